"""The ``order`` field of format 1.1 (decisions and checklists), and ``format: 1.1`` itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.scenario_io.test_validation_rules import ERROR, expect, node, with_code, write
from trainer.domain.model import ChecklistNode, DecisionNode, Order


def _fixed(d: dict[str, Any], node_id: str = "ask") -> None:
    d["format"] = 1.1
    node(d, node_id)["order"] = "fixed"


def test_format_1_1_is_read_with_order_fixed_on_a_decision_and_a_checklist(
    tmp_path: Path,
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _fixed(d, "ask")
        node(d, "check")["order"] = "shuffled"

    written = write(tmp_path, mutate)
    assert "format: 1.1\n" in written.text
    result = written.load()
    assert result.findings == []
    assert result.scenario is not None
    assert result.scenario.format == "1.1"
    ask, check = result.scenario.node("ask"), result.scenario.node("check")
    assert isinstance(ask, DecisionNode) and ask.order is Order.FIXED
    assert isinstance(check, ChecklistNode) and check.order is Order.SHUFFLED


def test_format_1_1_without_order_is_valid_and_shuffles(tmp_path: Path) -> None:
    result = write(tmp_path, lambda d: d.update(format=1.1)).load()
    assert result.findings == []
    assert result.scenario is not None
    ask = result.scenario.node("ask")
    assert isinstance(ask, DecisionNode) and ask.order is None


@pytest.mark.parametrize("node_id", ["ask", "check"])
def test_order_in_a_format_1_file_says_to_declare_format_1_1(tmp_path: Path, node_id: str) -> None:
    written = write(tmp_path, lambda d: node(d, node_id).update(order="fixed"))
    finding = expect(
        written,
        "needs-format-1.1",
        ERROR,
        f"{node_id}:",
        'order: "fixed"',
        '"fixed"',
        node=node_id,
        message=r"'order' is a format 1\.1 field: write 'format: 1\.1' at the top",
    )
    assert finding.path == ("nodes", node_id, "order")


def test_order_only_takes_fixed_or_shuffled(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: (_fixed(d), node(d, "ask").update(order="random")))
    expect(
        written,
        "bad-value",
        ERROR,
        "ask:",
        '"random"',
        node="ask",
        message="use one of shuffled, fixed",
    )


@pytest.mark.parametrize("node_id", ["intro", "good_end"])
def test_order_is_refused_on_scenes_and_endings(tmp_path: Path, node_id: str) -> None:
    written = write(tmp_path, lambda d: _fixed(d, node_id))
    result = written.load()
    assert with_code(result, "unknown-field"), result.findings
    assert not result.playable


@pytest.mark.parametrize("version", [1.2, 2.0, 1.0])
def test_other_decimal_versions_are_refused(tmp_path: Path, version: float) -> None:
    result = write(tmp_path, lambda d: d.update(format=version)).load()
    assert [f.code for f in result.errors] == ["wrong-type"]
