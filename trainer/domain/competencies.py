"""The built-in competencies every scenario may score without declaring a label."""

from __future__ import annotations

from trainer.domain.ids import CompetencyId
from trainer.domain.model import Scenario
from trainer.domain.text import Text

BUILT_IN_LABELS: dict[CompetencyId, Text] = {
    CompetencyId(key): Text({"pl": pl, "en": en})
    for key, pl, en in (
        ("bias_indicators", "Wskaźniki uprzedzeń", "Bias indicators"),
        ("cultural_competence", "Kompetencje kulturowe", "Cultural competence"),
        ("communication", "Komunikacja i deeskalacja", "Communication and de-escalation"),
        ("victim_support", "Wsparcie ofiary", "Victim support"),
        ("legal_procedure", "Procedura i prawo", "Legal procedure"),
        ("safety", "Bezpieczeństwo", "Safety"),
        ("partnership", "Partnerstwo ze społecznością", "Community partnership"),
        ("ethics", "Etyka i bezstronność", "Ethics and impartiality"),
    )
}

BUILT_IN_DESCRIPTIONS: dict[CompetencyId, Text] = {
    CompetencyId(key): Text({"pl": pl, "en": en})
    for key, pl, en in (
        (
            "bias_indicators",
            "Rozpoznawanie oznak przestępstwa z nienawiści.",
            "Recognising signs of a hate crime.",
        ),
        (
            "cultural_competence",
            "Zwyczaje, miejsca kultu, struktury społeczności.",
            "Customs, places of worship, community structures.",
        ),
        (
            "communication",
            "Dialog, deeskalacja, mediacja.",
            "Dialogue, de-escalation, mediation.",
        ),
        (
            "victim_support",
            "Postępowanie skoncentrowane na ofierze, unikanie wtórnej wiktymizacji.",
            "Victim-centred conduct, avoiding secondary victimisation.",
        ),
        (
            "legal_procedure",
            "Właściwa kwalifikacja prawna, dowody, dokumentowanie.",
            "Correct legal qualification, evidence, recording.",
        ),
        (
            "safety",
            "Bezpieczeństwo funkcjonariusza, ofiary i społeczności.",
            "Officer, victim and community safety.",
        ),
        (
            "partnership",
            "Współpraca z liderami społeczności, NGO i instytucjami.",
            "Working with community leaders, NGOs, institutions.",
        ),
        (
            "ethics",
            "Bezstronność, brak profilowania, świadomość własnych uprzedzeń.",
            "Impartiality, no profiling, awareness of one's own bias.",
        ),
    )
}


def competency_label(scenario: Scenario, competency_id: str, language: str) -> str:
    """The label to show for a competency: the scenario's own, else the built-in one."""
    cid = CompetencyId(competency_id)
    declared = scenario.competencies.get(cid)
    if declared is not None and declared.label is not None:
        return declared.label.resolve(language, scenario.default_language)
    built_in = BUILT_IN_LABELS.get(cid)
    if built_in is not None:
        return built_in.resolve(language, "en")
    return competency_id
