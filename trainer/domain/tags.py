"""Scenario tags as officers read them: a vocabulary of labels in the UI languages.

A tag in a scenario file is a slug (``roma-community``); the library shows its label in
the UI language ("Społeczność romska" / "Roma community"). Authors may use tags outside
the vocabulary: those are shown readably from the slug itself ("Roma community"), never
with hyphens. docs/scenario-format.md lists the vocabulary (a test keeps the two equal).
"""

from __future__ import annotations

import difflib
from typing import Final

#: Every known tag with its Polish and English label, grouped as docs/scenario-format.md.
TAG_LABELS: Final[dict[str, tuple[str, str]]] = {
    # Communities and groups targeted
    "jewish-community": ("Społeczność żydowska", "Jewish community"),
    "muslim-community": ("Społeczność muzułmańska", "Muslim community"),
    "roma-community": ("Społeczność romska", "Roma community"),
    "ukrainian-community": ("Społeczność ukraińska", "Ukrainian community"),
    "belarusian-community": ("Społeczność białoruska", "Belarusian community"),
    "lgbt-community": ("Osoby LGBT", "LGBT people"),
    "foreign-national": ("Cudzoziemcy", "Foreign nationals"),
    "refugees": ("Uchodźcy", "Refugees"),
    "migrants": ("Migranci", "Migrants"),
    "students": ("Studenci", "Students"),
    "people-with-disabilities": ("Osoby z niepełnosprawnościami", "People with disabilities"),
    # Faith
    "place-of-worship": ("Miejsce kultu", "Place of worship"),
    "synagogue": ("Synagoga", "Synagogue"),
    "mosque": ("Meczet", "Mosque"),
    "church": ("Kościół", "Church"),
    "orthodox-church": ("Cerkiew", "Orthodox church"),
    "greek-catholic": ("Grekokatolicy", "Greek Catholics"),
    "cemetery": ("Cmentarz", "Cemetery"),
    "religious-dress": ("Strój religijny", "Religious dress"),
    "religious-holiday": ("Święto religijne", "Religious holiday"),
    # Kinds of bias
    "antisemitism": ("Antysemityzm", "Antisemitism"),
    "anti-muslim": ("Wrogość wobec muzułmanów", "Anti-Muslim hatred"),
    "antigypsyism": ("Antycyganizm", "Antigypsyism"),
    "racism": ("Rasizm", "Racism"),
    "xenophobia": ("Ksenofobia", "Xenophobia"),
    "homophobia": ("Homofobia", "Homophobia"),
    # Offences and incidents
    "hate-crime": ("Przestępstwo z nienawiści", "Hate crime"),
    "hate-incident": ("Incydent z nienawiści", "Hate incident"),
    "hate-speech": ("Mowa nienawiści", "Hate speech"),
    "online-hate": ("Nienawiść w internecie", "Online hate"),
    "threat": ("Groźby", "Threats"),
    "assault": ("Napaść", "Assault"),
    "vandalism": ("Zniszczenie mienia", "Vandalism"),
    "desecration": ("Profanacja", "Desecration"),
    "graffiti": ("Napisy i graffiti", "Graffiti"),
    "hate-symbols": ("Symbole nienawiści", "Hate symbols"),
    "hate-group": ("Zorganizowane grupy", "Organised hate groups"),
    "hooligans": ("Pseudokibice", "Football hooligans"),
    "citizen-patrols": ("Patrole obywatelskie", "Citizen patrols"),
    # Police work
    "bias-indicators": ("Wskaźniki uprzedzeń", "Bias indicators"),
    "first-response": ("Pierwsza interwencja", "First response"),
    "de-escalation": ("Deeskalacja", "De-escalation"),
    "mediation": ("Mediacja", "Mediation"),
    "victim-support": ("Wsparcie ofiary", "Victim support"),
    "secondary-victimisation": ("Wtórna wiktymizacja", "Secondary victimisation"),
    "evidence": ("Zabezpieczanie dowodów", "Evidence"),
    "recording": ("Dokumentowanie", "Recording"),
    "legal-qualification": ("Kwalifikacja prawna", "Legal qualification"),
    "interpreter": ("Tłumacz", "Interpreter"),
    "profiling": ("Profilowanie", "Profiling"),
    "partnership": ("Partnerstwo", "Partnership"),
    "neighbourhood-officer": ("Dzielnicowy", "Neighbourhood officer"),
    "media": ("Media", "Media"),
    # Places and occasions
    "public-space": ("Przestrzeń publiczna", "Public space"),
    "public-transport": ("Komunikacja miejska", "Public transport"),
    "community-centre": ("Ośrodek społeczności", "Community centre"),
    "school": ("Szkoła", "School"),
    "stadium": ("Stadion", "Stadium"),
    "nightlife": ("Życie nocne", "Nightlife"),
    "memorial": ("Miejsce pamięci", "Memorial"),
    "assembly": ("Zgromadzenie", "Assembly"),
    "commemoration": ("Upamiętnienie", "Commemoration"),
    "krakow": ("Kraków", "Kraków"),
    "kazimierz": ("Kazimierz", "Kazimierz"),
    "nowa-huta": ("Nowa Huta", "Nowa Huta"),
    "podgorze": ("Podgórze", "Podgórze"),
    "tarnow": ("Tarnów", "Tarnów"),
    "malopolska": ("Małopolska", "Lesser Poland"),
    # How the scenario plays
    "tutorial": ("Samouczek", "Tutorial"),
    "timed": ("Na czas", "Timed"),
}

_COLUMN: Final = {"pl": 0, "en": 1}


def readable_slug(tag: str) -> str:
    """A tag outside the vocabulary as words: ``roma-community`` -> "Roma community"."""
    words = tag.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def tag_label(tag: str, language: str) -> str:
    """The tag's label in ``language`` (English for other languages), else the slug as words."""
    labels = TAG_LABELS.get(tag)
    if labels is None:
        return readable_slug(tag)
    return labels[_COLUMN.get(language, 1)]


def tag_words(tag: str) -> tuple[str, ...]:
    """What a search may match a tag by: its labels in every language, else its words."""
    labels = TAG_LABELS.get(tag)
    return labels if labels is not None else (readable_slug(tag),)


def similar_tag(tag: str) -> str | None:
    """The known tag ``tag`` is probably a misspelling of, if any (None for a known tag)."""
    if tag in TAG_LABELS:
        return None
    close = difflib.get_close_matches(tag, TAG_LABELS, n=1, cutoff=0.85)
    return close[0] if close else None
