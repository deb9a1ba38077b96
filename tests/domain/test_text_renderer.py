"""What the officer reads: the path's alternative, their language, their form of address."""

from __future__ import annotations

from trainer.domain.address import Address
from trainer.domain.engine import PlayEngine
from trainer.domain.model import DecisionNode, Scenario
from trainer.domain.render import TextRenderer
from trainer.scenario_io.reader import scenario_from_snapshot
from trainer.scenario_io.yaml_tree import parse_yaml

SCENARIO = """\
format: {format}
id: words
version: 1
languages: [pl, en]
title: {{pl: "Słowa", en: "Words"}}
competencies:
  communication: {{}}
start: ask
nodes:
  ask:
    type: decision
    title: {{pl: "Pytanie", en: "Question"}}
    text: {{pl: "Co {{zrobiłbyś|zrobiłabyś}}?", en: "What would you do?"}}
    choices:
      - id: talk
        text: {{pl: "Rozmawiam", en: "Talk"}}
        rating: best
        feedback: {{pl: "Dobrze {{zrobiłeś|zrobiłaś}}.", en: "Well done."}}
        next: end
  end:
    type: ending
    outcome: success
    text: {{pl: "Koniec.", en: "The end."}}
"""


def _scenario(version: str) -> Scenario:
    text = SCENARIO.format(format=version)
    if version == "1":  # braces are plain text in version 1: write them single
        text = text.replace("{{zrobiłbyś|zrobiłabyś}}", "{zrobiłbyś|zrobiłabyś}")
        text = text.replace("{{zrobiłeś|zrobiłaś}}", "{zrobiłeś|zrobiłaś}")
    scenario, _ = scenario_from_snapshot(parse_yaml(text).data)
    return scenario


def test_forms_of_address_are_applied_in_a_1_1_scenario() -> None:
    scenario = _scenario("1.1")
    node = scenario.node("ask")
    state = PlayEngine(scenario).start()
    shown = {
        address: TextRenderer(scenario, "pl", address).at(node.text, state) for address in Address
    }
    assert shown == {
        Address.MASCULINE: "Co zrobiłbyś?",
        Address.FEMININE: "Co zrobiłabyś?",
        Address.NONE: "Co zrobiłbyś/zrobiłabyś?",
    }
    assert TextRenderer(scenario, "en", Address.FEMININE).at(node.text, state) == (
        "What would you do?"
    )
    assert isinstance(node, DecisionNode)
    feedback = node.choices[0].feedback
    assert TextRenderer(scenario, "pl", Address.FEMININE).at(feedback, state) == (
        "Dobrze zrobiłaś."
    )


def test_braces_in_a_version_1_scenario_are_shown_as_typed() -> None:
    scenario = _scenario("1")
    node = scenario.node("ask")
    for address in Address:
        shown = TextRenderer(scenario, "pl", address).at(node.text, None)
        assert shown == "Co {zrobiłbyś|zrobiłabyś}?"


def test_a_missing_language_falls_back_to_the_default() -> None:
    scenario = _scenario("1.1")
    renderer = TextRenderer(scenario, "de", Address.MASCULINE)
    assert renderer.at(scenario.node("ask").text, None) == "Co zrobiłbyś?"
    assert renderer.optional_at(None, None) is None
    assert renderer.at(None, None) == ""
