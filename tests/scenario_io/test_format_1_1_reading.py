"""Reading the format-1.1 additions: text alternatives, forms of address, the report node.

Each rule has a case that is accepted and one that is refused, with the finding's
code, node, choice and the line and column it points at in the file as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.scenario_io.test_validation_rules import (
    ERROR,
    choice,
    expect,
    node,
    t,
    with_code,
    write,
)
from trainer.domain.model import DecisionNode, EndingNode, ReportNode, SceneNode
from trainer.domain.variants import Variants


def _alternatives(first: str = "visited('ask')") -> list[dict[str, Any]]:
    return [
        {"if": first, "text": t("Po pytaniu.", "After the question.")},
        {"text": t("Zwykle.", "As usual.")},
    ]


def _report() -> dict[str, Any]:
    return {
        "type": "report",
        "title": t("Notatka", "Note"),
        "text": t("Zapisz notatkę.", "Write the note."),
        "prompt": t("Twoja notatka", "Your note"),
        "min_words": 10,
        "competency": "safety",
        "model": t("Wzór.", "A model."),
        "items": [
            {"id": "motive", "text": t("Motyw", "Motive"), "feedback": t("Tak.", "Yes.")},
            {"id": "words", "text": t("Słowa", "Words")},
        ],
        "next": "good_end",
    }


def _v11(d: dict[str, Any]) -> None:
    d["format"] = 1.1


def _insert_report(d: dict[str, Any], report: dict[str, Any] | None = None) -> dict[str, Any]:
    """A report node between the checklist and the endings it routed to."""
    report = _report() if report is None else report
    report["next"] = node(d, "check")["next"]
    node(d, "check")["next"] = "write"
    d["nodes"]["write"] = report
    return report


# -- text alternatives ----------------------------------------------------------------


def test_alternatives_are_read_in_every_path_aware_field(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        # Conditions that can hold where they are tested (the start: trust is 1 there).
        node(d, "intro")["title"] = _alternatives("trust >= 1")
        node(d, "intro")["text"] = _alternatives("trust >= 1")
        choice(d, "ask", 0)["feedback"] = _alternatives("trust >= 1")
        node(d, "good_end")["debrief"] = _alternatives()

    result = write(tmp_path, mutate).load()
    assert result.findings == []
    scenario = result.scenario
    assert scenario is not None
    intro, ask, end = scenario.node("intro"), scenario.node("ask"), scenario.node("good_end")
    assert isinstance(intro, SceneNode) and isinstance(intro.text, Variants)
    assert isinstance(intro.title, Variants)
    assert [a.condition is None for a in intro.text.alternatives] == [False, True]
    assert intro.text.fallback["en"] == "As usual."
    assert isinstance(ask, DecisionNode) and isinstance(ask.choices[0].feedback, Variants)
    assert isinstance(end, EndingNode) and isinstance(end.debrief, Variants)


@pytest.mark.parametrize(
    ("where", "needles"),
    [
        (lambda d: node(d, "intro").update(text=_alternatives("trust >= 2")), ("intro:", "text:")),
        (
            lambda d: node(d, "intro").update(title=_alternatives("trust >= 2")),
            ("intro:", "title:"),
        ),
        (lambda d: node(d, "good_end").update(debrief=_alternatives()), ("good_end:", "debrief:")),
    ],
)
def test_alternatives_in_a_format_1_file_say_to_declare_format_1_1(
    tmp_path: Path, where: Any, needles: tuple[str, ...]
) -> None:
    written = write(tmp_path, where)
    node_id = needles[0].rstrip(":")
    expect(
        written,
        "needs-format-1.1",
        ERROR,
        *needles,
        node=node_id,
        message=r"list of alternatives .* is format 1\.1: write 'format: 1\.1'",
    )


def test_alternative_feedback_in_a_format_1_file_names_the_choice(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).update(feedback=_alternatives()))
    expect(
        written,
        "needs-format-1.1",
        ERROR,
        "ask:",
        'id: "shout"',
        "feedback:",
        node="ask",
        choice="shout",
    )


def test_the_last_alternative_must_have_no_condition(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        alternatives = _alternatives()
        alternatives[1]["if"] = "trust >= 1"
        node(d, "intro")["text"] = alternatives

    written = write(tmp_path, mutate)
    expect(
        written,
        "alternative-without-default",
        ERROR,
        "intro:",
        "text:",
        "Zwykle",
        '"trust >= 1"',
        node="intro",
    )


def test_an_unconditional_alternative_before_the_last_hides_the_rest(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["text"] = [
            {"text": t("Pierwszy.", "First.")},
            {"text": t("Drugi.", "Second.")},
        ]

    written = write(tmp_path, mutate)
    expect(
        written,
        "unreachable-alternative",
        ERROR,
        "intro:",
        "text:",
        "- text:",
        "text:",
        node="intro",
    )


def test_a_condition_of_an_alternative_is_checked_like_a_route(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["text"] = _alternatives("visited('nowhere') and patience > 1")

    result = write(tmp_path, mutate).load()
    found = sorted((f.code, f.node, f.path) for f in result.findings)
    assert found == [
        ("unknown-node", "intro", ("nodes", "intro", "text", 0, "if", "@8")),
        ("unknown-variable", "intro", ("nodes", "intro", "text", 0, "if", "@23")),
    ]


def test_a_syntax_error_in_an_alternative_points_into_the_condition(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["text"] = _alternatives("trust >=")

    result = write(tmp_path, mutate).load()
    [finding] = with_code(result, "condition-syntax")
    assert finding.node == "intro"
    assert finding.path[:5] == ("nodes", "intro", "text", 0, "if")


def test_an_empty_list_of_alternatives_is_refused(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["text"] = []

    assert with_code(write(tmp_path, mutate).load(), "empty-list")


# -- forms of address -----------------------------------------------------------------


def test_forms_of_address_are_accepted_in_a_1_1_file(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "ask")["text"] = t("Co {zrobiłbyś|zrobiłabyś}? {{klamra}}", "What would you do?")

    result = write(tmp_path, mutate).load()
    assert result.findings == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Co {zrobiłbyś|zrobiłabyś?", r"not closed"),
        ("Co zrobiłbyś|zrobiłabyś}?", r"no '\{' before it"),
        ("Co {zrobiłbyś}?", r"two forms"),
        ("Co {zrobiłbyś||zrobiłabyś}?", r"two forms"),
        ("Co {|zrobiłabyś}?", r"empty form"),
    ],
)
def test_an_unbalanced_or_empty_alternation_is_an_error(
    tmp_path: Path, text: str, message: str
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "ask")["text"] = t(text, "What would you do?")

    written = write(tmp_path, mutate)
    expect(written, "bad-alternation", ERROR, "ask:", "text:", '"Co', node="ask", message=message)


def test_braces_in_a_format_1_file_are_plain_text(tmp_path: Path) -> None:
    result = write(tmp_path, lambda d: node(d, "ask").update(text=t("Co {x}?", "What {x}?"))).load()
    assert result.findings == []


# -- the report node --------------------------------------------------------------------


def test_a_report_node_is_read(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        _insert_report(d)

    result = write(tmp_path, mutate).load()
    assert result.findings == []
    assert result.scenario is not None
    report = result.scenario.node("write")
    assert isinstance(report, ReportNode)
    assert report.min_words == 10
    assert [item.id for item in report.items] == ["motive", "words"]
    assert report.maximum == 2
    assert report.points_for(frozenset({"words"})) == 1
    assert report.model["en"] == "A model."


def test_a_report_node_in_a_format_1_file_says_to_declare_format_1_1(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _insert_report(d)

    written = write(tmp_path, mutate)
    expect(
        written,
        "needs-format-1.1",
        ERROR,
        "write:",
        '"report"',
        node="write",
        message="a report node is a format 1.1 addition",
    )


@pytest.mark.parametrize("missing", ["model", "items", "competency", "next"])
def test_a_report_node_needs_its_fields(tmp_path: Path, missing: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        _insert_report(d)
        del d["nodes"]["write"][missing]

    [finding] = with_code(write(tmp_path, mutate).load(), "missing-field")
    assert finding.node == "write"
    assert missing in finding.message


def test_report_items_need_distinct_ids_and_a_declared_competency(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        report = _insert_report(d)
        report["items"][1]["id"] = "motive"
        report["competency"] = "nonsense"

    result = write(tmp_path, mutate).load()
    assert [f.node for f in with_code(result, "duplicate-id")] == ["write"]
    assert [f.node for f in with_code(result, "unknown-competency")] == ["write"]


@pytest.mark.parametrize(("value", "code"), [(0, "too-small"), (50_000, "too-large")])
def test_min_words_is_bounded(tmp_path: Path, value: int, code: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        _insert_report(d)["min_words"] = value

    result = write(tmp_path, mutate).load()
    assert result.errors, result.findings
    assert all(f.node == "write" for f in result.errors)
