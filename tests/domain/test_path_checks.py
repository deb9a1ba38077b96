"""``harmful-success`` and ``variant-unreachable``: the validator checks that follow play.

Each test writes a small scenario file, so the findings carry the line and column the
reader fills in from the path. A positive and a negative case per rule, and the
honest "could not finish" findings when a bound stops the exploration.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from trainer.domain.analysis import analyse
from trainer.domain.checks import check_playability, check_scenario
from trainer.domain.findings import Finding, Severity
from trainer.domain.path_checks import check_variants
from trainer.scenario_io.reader import LoadResult, load_scenario

HEADER = """\
format: 1.1
id: paths
version: 1
languages: [en]
title: {en: "Paths"}
competencies:
  communication: {}
variables:
  trust: {initial: 0, min: 0, max: 3}
start: start
nodes:
"""


def load(tmp_path: Path, nodes: str) -> LoadResult:
    folder = tmp_path / "paths"
    folder.mkdir()
    source = HEADER + textwrap.indent(textwrap.dedent(nodes).strip("\n") + "\n", "  ")
    (folder / "scenario.yaml").write_text(source, encoding="utf-8")
    result = load_scenario(folder)
    assert not result.errors, [f.format_line() for f in result.errors]
    return result


def coded(result: LoadResult, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def line_of(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "paths" / "scenario.yaml").read_text(encoding="utf-8").splitlines()
    matches = [number for number, line in enumerate(lines, start=1) if needle in line]
    assert len(matches) == 1, (needle, matches)
    return matches[0]


# -- harmful-success ---------------------------------------------------------------------

DIRECT = """
start:
  type: decision
  text: {en: "What now?"}
  choices:
    - id: listen
      text: {en: "Listen"}
      rating: best
      feedback: {en: "Good."}
      next: good_end
    - id: shove
      text: {en: "Shove him"}
      rating: harmful
      feedback: {en: "Bad."}
      next: good_end
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
"""


def test_a_harmful_choice_followed_by_success_is_named_with_its_ending(tmp_path: Path) -> None:
    result = load(tmp_path, DIRECT)
    [finding] = coded(result, "harmful-success")
    assert finding.severity is Severity.WARNING
    assert (finding.node, finding.choice) == ("start", "shove")
    assert finding.line == line_of(tmp_path, "- id: shove")
    assert finding.column is not None and finding.column > 0
    assert "'good_end'" in finding.message
    assert "e.g. shove ends in 'good_end'" in finding.message
    assert not coded(result, "harmful-success-incomplete")


def test_a_harmful_choice_that_leads_only_to_failure_is_not_flagged(tmp_path: Path) -> None:
    nodes = DIRECT.replace(
        'rating: harmful\n      feedback: {en: "Bad."}\n      next: good_end',
        'rating: harmful\n      feedback: {en: "Bad."}\n      next: bad_end',
    )
    nodes += """
bad_end:
  type: ending
  outcome: failure
  text: {en: "It went wrong."}
"""
    result = load(tmp_path, nodes)
    assert coded(result, "harmful-success") == []
    assert coded(result, "harmful-success-incomplete") == []


GATED = """
start:
  type: decision
  text: {en: "What now?"}
  choices:
    - id: listen
      text: {en: "Listen"}
      rating: best
      feedback: {en: "Good."}
      next: gate
    - id: shove
      text: {en: "Shove him"}
      rating: harmful
      feedback: {en: "Bad."}
      next: gate
gate:
  type: scene
  text: {en: "Later."}
  next:
    - if: "CONDITION"
      to: good_end
    - to: bad_end
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
bad_end:
  type: ending
  outcome: failure
  text: {en: "It went wrong."}
"""


def test_success_reached_only_through_a_route_that_needs_the_harmful_choice(
    tmp_path: Path,
) -> None:
    result = load(tmp_path, GATED.replace("CONDITION", "chose('start', 'shove')"))
    [finding] = coded(result, "harmful-success")
    assert (finding.node, finding.choice) == ("start", "shove")
    assert "'good_end'" in finding.message


def test_a_route_that_closes_success_after_the_harmful_choice_is_followed(
    tmp_path: Path,
) -> None:
    # Every node is reachable from every other ignoring conditions: only play says no.
    result = load(tmp_path, GATED.replace("CONDITION", "not chose('start', 'shove')"))
    assert coded(result, "harmful-success") == []


LOOP = """
start:
  type: decision
  text: {en: "What now?"}
  choices:
    - id: wait
      text: {en: "Wait and see"}
      rating: harmful
      feedback: {en: "Time passes."}
      effects: {trust: EFFECT}
      next: start
    - id: talk
      if: "trust == 0"
      text: {en: "Talk"}
      rating: best
      feedback: {en: "Good."}
      next: good_end
    - id: leave
      text: {en: "Leave"}
      rating: poor
      feedback: {en: "Hm."}
      next: bad_end
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
bad_end:
  type: ending
  outcome: failure
  text: {en: "It went wrong."}
"""


def test_a_harmful_choice_on_a_loop_that_can_still_end_well(tmp_path: Path) -> None:
    result = load(tmp_path, LOOP.replace("EFFECT", "0"))
    [finding] = coded(result, "harmful-success")
    assert (finding.node, finding.choice) == ("start", "wait")
    assert "e.g. wait → talk ends in 'good_end'" in finding.message


def test_a_harmful_choice_on_a_loop_that_closes_success_is_not_flagged(tmp_path: Path) -> None:
    result = load(tmp_path, LOOP.replace("EFFECT", "1"))
    assert coded(result, "harmful-success") == []


TIMED = """
start:
  type: decision
  text: {en: "Quick!"}
  time_limit: 20
  on_timeout:
    rating: RATING
    feedback: {en: "Too slow."}
    next: good_end
  choices:
    - id: act
      text: {en: "Act"}
      rating: best
      feedback: {en: "Good."}
      next: good_end
    - id: freeze
      text: {en: "Freeze"}
      rating: poor
      feedback: {en: "Hm."}
      next: good_end
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
"""


@pytest.mark.parametrize(("rating", "flagged"), [("harmful", True), ("poor", False)])
def test_the_timeout_counts_when_rated_harmful(tmp_path: Path, rating: str, flagged: bool) -> None:
    result = load(tmp_path, TIMED.replace("RATING", rating))
    findings = coded(result, "harmful-success")
    assert bool(findings) == flagged
    if flagged:
        [finding] = findings
        assert (finding.node, finding.choice) == ("start", "timeout")
        assert finding.line == line_of(tmp_path, "on_timeout:")


def chain(length: int, *, first: str = "start", harmful_last: bool = True) -> str:
    """Decisions ``first``, c1, c2… with two choices each; every path reaches good_end."""
    parts = []
    for index in range(length):
        name = first if index == 0 else f"c{index}"
        after = f"c{index + 1}" if index + 1 < length else "good_end"
        harmful = harmful_last and index == length - 1
        parts.append(f"""
{name}:
  type: decision
  text: {{en: "Step {index}"}}
  choices:
    - id: a
      text: {{en: "A"}}
      rating: best
      feedback: {{en: "Fine."}}
      effects: {{trust: 1}}
      next: {after}
    - id: b
      text: {{en: "B"}}
      rating: {"harmful" if harmful else "good"}
      feedback: {{en: "Hm."}}
      next: {after}
""")
    return "".join(parts)


SUCCESS = """
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
"""


TWO_ENDINGS = """
start:
  type: decision
  text: {en: "What now?"}
  choices:
    - id: listen
      text: {en: "Listen"}
      rating: best
      feedback: {en: "Good."}
      next: after
    - id: shove
      text: {en: "Shove him"}
      rating: harmful
      feedback: {en: "Bad."}
      effects: {trust: EFFECT}
      next: after
after:
  type: decision
  text: {en: "And then?"}
  choices:
    - id: stay
      text: {en: "Stay"}
      rating: good
      feedback: {en: "Fine."}
      next: good_end
    - id: hand_over
      if: "trust == 0"
      text: {en: "Hand over"}
      rating: good
      feedback: {en: "Fine."}
      next: other_end
good_end:
  type: ending
  outcome: success
  text: {en: "Done."}
other_end:
  type: ending
  outcome: success
  text: {en: "Also done."}
"""


@pytest.mark.parametrize(
    ("effect", "named"),
    [("0", "success endings 'good_end', 'other_end'"), ("1", "success ending 'good_end';")],
)
def test_every_success_ending_still_reachable_is_named(
    tmp_path: Path, effect: str, named: str
) -> None:
    result = load(tmp_path, TWO_ENDINGS.replace("EFFECT", effect))
    [finding] = coded(result, "harmful-success")
    assert finding.choice == "shove"
    assert named in finding.message


def test_a_state_limit_makes_the_check_say_it_is_incomplete(tmp_path: Path) -> None:
    result = load(tmp_path, chain(4) + SUCCESS)
    assert result.scenario is not None
    # Complete: the harmful last choice is found, nothing is said about limits.
    assert [f.choice for f in coded(result, "harmful-success")] == ["b"]
    assert coded(result, "harmful-success-incomplete") == []
    # Four states: the exploration stops before the last decision is ever reached.
    tiny = analyse(result.scenario, max_states=4, keep_exploration=True)
    assert not tiny.exact
    findings = list(check_playability(result.scenario, tiny))
    assert [f.code for f in findings if f.code == "harmful-success"] == []
    [incomplete] = [f for f in findings if f.code == "harmful-success-incomplete"]
    assert incomplete.severity is Severity.WARNING
    assert incomplete.path == ("nodes",)
    assert "too many distinct situations" in incomplete.message
    assert "may still lead to success" in incomplete.message


def test_a_work_limit_is_named_as_such(tmp_path: Path) -> None:
    result = load(tmp_path, chain(4) + SUCCESS)
    assert result.scenario is not None
    stopped = analyse(result.scenario, max_work=30, keep_exploration=True)
    assert not stopped.exact
    [incomplete] = [
        f
        for f in check_playability(result.scenario, stopped)
        if f.code == "harmful-success-incomplete"
    ]
    assert "too much work" in incomplete.message


def test_a_partial_graph_still_reports_the_harmful_success_it_found(tmp_path: Path) -> None:
    nodes = DIRECT.replace("next: good_end", "next: later", 1) + chain(6, first="later")
    result = load(tmp_path, nodes)
    assert result.scenario is not None
    # Three states: start, later and good_end (after shove); later is never followed.
    partial = analyse(result.scenario, max_states=3, keep_exploration=True)
    assert not partial.exact
    findings = list(check_playability(result.scenario, partial))
    assert [f.choice for f in findings if f.code == "harmful-success"] == ["shove"]
    assert [f.code for f in findings if f.code == "harmful-success-incomplete"] == [
        "harmful-success-incomplete"
    ]


def test_a_limit_in_a_scenario_without_harmful_choices_hides_nothing(tmp_path: Path) -> None:
    result = load(tmp_path, chain(3, harmful_last=False) + SUCCESS)
    assert result.scenario is not None
    stopped = analyse(result.scenario, max_states=2, keep_exploration=True)
    codes = [f.code for f in check_playability(result.scenario, stopped)]
    assert "harmful-success-incomplete" not in codes
    assert "analysis-inexact" in codes


def test_check_scenario_does_not_keep_the_state_graph(tmp_path: Path) -> None:
    result = load(tmp_path, DIRECT)
    assert result.scenario is not None and result.analysis is not None
    assert result.analysis.exploration is None
    findings, analysis = check_scenario(result.scenario)
    assert analysis is not None and analysis.exploration is None
    assert [f.code for f in findings if f.code == "harmful-success"] == ["harmful-success"]
    # A caller's own analysis without the graph: the check explores again, same answer.
    again = list(check_playability(result.scenario, analyse(result.scenario)))
    assert [f.choice for f in again if f.code == "harmful-success"] == ["shove"]


# -- variant-unreachable -----------------------------------------------------------------

VARIANTS = """
start:
  type: decision
  title:
    - if: "TITLE_CONDITION"
      text: {en: "Again"}
    - text: {en: "Arrival"}
  text: {en: "What now?"}
  choices:
    - id: listen
      text: {en: "Listen"}
      rating: best
      feedback:
        - if: "FEEDBACK_CONDITION"
          text: {en: "As before."}
        - text: {en: "Good."}
      effects: {trust: 1}
      next: good_end
    - id: shout
      text: {en: "Shout"}
      rating: poor
      feedback: {en: "Hm."}
      next: good_end
good_end:
  type: ending
  outcome: success
  text:
    - if: "ENDING_FIRST"
      text: {en: "Calm."}
    - if: "ENDING_SECOND"
      text: {en: "Quiet."}
    - text: {en: "Over."}
  debrief:
    - if: "DEBRIEF_CONDITION"
      text: {en: "You listened."}
    - text: {en: "Think again."}
"""

#: Conditions under which every alternative above can be shown.
REACHABLE = {
    "TITLE_CONDITION": "trust >= 5",  # replaced per test; trust starts at 0, max 3
    "FEEDBACK_CONDITION": "trust == 0",  # the state before the choice: trust still 0
    "ENDING_FIRST": "trust >= 1",
    "ENDING_SECOND": "chose('start', 'shout')",
    "DEBRIEF_CONDITION": "chose('start', 'listen')",
}


def variants(tmp_path: Path, **conditions: str) -> LoadResult:
    nodes = VARIANTS
    for name, condition in {**REACHABLE, "TITLE_CONDITION": "trust == 0", **conditions}.items():
        nodes = nodes.replace(name, condition)
    return load(tmp_path, nodes)


def unreachable(result: LoadResult) -> list[tuple[tuple[str | int, ...], str | None]]:
    return [(f.path, f.choice) for f in coded(result, "variant-unreachable")]


def test_alternatives_a_player_can_see_are_not_flagged(tmp_path: Path) -> None:
    # ENDING_SECOND and DEBRIEF test chose() facts that no route or choice tests: the
    # analysis must track them for this, or it would call them never true.
    result = variants(tmp_path)
    assert unreachable(result) == []
    assert coded(result, "variant-unreachable-incomplete") == []


def test_an_always_false_condition_is_flagged_at_its_alternative(tmp_path: Path) -> None:
    result = variants(tmp_path, TITLE_CONDITION="trust >= 5")
    [finding] = coded(result, "variant-unreachable")
    assert finding.severity is Severity.WARNING
    assert finding.path == ("nodes", "start", "title", 0)
    assert (finding.node, finding.choice) == ("start", None)
    assert finding.line == line_of(tmp_path, 'if: "trust >= 5"')
    assert "alternative 1 of 2 of this title" in finding.message
    assert "false in every situation" in finding.message


def test_feedback_is_judged_with_the_state_before_the_choice_applies(tmp_path: Path) -> None:
    # After listen, trust is 1 and listen is chosen; before it, neither holds yet.
    for condition in ("trust == 1", "chose('start', 'listen')"):
        folder = tmp_path / condition[:5]
        folder.mkdir()
        result = variants(folder, FEEDBACK_CONDITION=condition)
        [finding] = coded(result, "variant-unreachable")
        assert finding.path == ("nodes", "start", "choices", 0, "feedback", 0)
        assert (finding.node, finding.choice) == ("start", "listen")
        assert "before the choice applies" in finding.message


def test_an_alternative_shadowed_by_an_earlier_one_that_always_holds(tmp_path: Path) -> None:
    # Whenever shout was chosen trust is 0... so make the first one always true there.
    result = variants(tmp_path, ENDING_FIRST="trust >= 0")
    [finding] = coded(result, "variant-unreachable")
    assert finding.path == ("nodes", "good_end", "text", 1)
    assert "alternative 2 of 3 of this text" in finding.message
    assert "an earlier alternative (1) holds too" in finding.message


def test_a_condition_on_a_node_never_visited_before_this_one(tmp_path: Path) -> None:
    result = variants(tmp_path, TITLE_CONDITION="visited('good_end')")
    assert unreachable(result) == [(("nodes", "start", "title", 0), None)]


def test_a_debrief_alternative_that_cannot_hold_at_the_ending(tmp_path: Path) -> None:
    result = variants(
        tmp_path, DEBRIEF_CONDITION="chose('start', 'listen') and chose('start', 'shout')"
    )
    assert unreachable(result) == [(("nodes", "good_end", "debrief", 0), None)]
    [finding] = coded(result, "variant-unreachable")
    assert "when the ending is reached" in finding.message


def test_text_of_a_node_no_one_reaches_is_left_to_unreachable_node(tmp_path: Path) -> None:
    nodes = (
        VARIANTS
        + """
orphan:
  type: ending
  outcome: failure
  text:
    - if: "trust >= 5"
      text: {en: "Never."}
    - text: {en: "Never either."}
"""
    )
    for name, condition in {**REACHABLE, "TITLE_CONDITION": "trust == 0"}.items():
        nodes = nodes.replace(name, condition)
    result = load(tmp_path, nodes)
    assert unreachable(result) == []
    assert [f.node for f in coded(result, "unreachable-node")] == ["orphan"]


def test_too_many_situations_for_the_texts_facts_keeps_the_scores_exact(tmp_path: Path) -> None:
    # A chain of six two-way decisions; the ending's text asks which way each went.
    # Tracking that splits 2**6 ways; the flow alone needs one state per node and trust.
    wanted = " and ".join(f"chose('{'start' if i == 0 else f'c{i}'}', 'a')" for i in range(6))
    ending = f"""
good_end:
  type: ending
  outcome: success
  text:
    - if: "{wanted}"
      text: {{en: "All A."}}
    - text: {{en: "Mixed."}}
"""
    result = load(tmp_path, chain(6, harmful_last=False) + ending)
    assert result.scenario is not None
    assert unreachable(result) == []
    full = analyse(result.scenario, keep_exploration=True)
    assert full.exploration is not None and full.exploration.text_exact
    flow_only_states = 22  # start; c1 with trust 0-1; c2 0-2; c3, c4, c5 and the end 0-3
    limited = analyse(result.scenario, max_states=flow_only_states, keep_exploration=True)
    assert limited.exact and limited.state_count == flow_only_states
    assert limited.maximum == full.maximum
    findings = list(check_playability(result.scenario, limited))
    [incomplete] = [f for f in findings if f.code == "variant-unreachable-incomplete"]
    assert "too many distinct situations" in incomplete.message
    assert not [f for f in findings if f.code == "variant-unreachable"]
    # Stopped even without the texts' facts: the check says so, and names no alternative.
    stopped = analyse(result.scenario, max_states=3, keep_exploration=True)
    codes = [f.code for f in check_playability(result.scenario, stopped)]
    assert "variant-unreachable-incomplete" in codes
    assert "variant-unreachable" not in codes


def test_too_much_work_testing_text_conditions_is_said_not_hidden(tmp_path: Path) -> None:
    result = variants(tmp_path, TITLE_CONDITION="trust >= 5")
    assert result.scenario is not None
    analysis = analyse(result.scenario, keep_exploration=True)
    assert analysis.exploration is not None
    findings = list(check_variants(result.scenario, analysis.exploration, max_work=3))
    assert [f.code for f in findings] == ["variant-unreachable-incomplete"]
    assert "too much work" in findings[0].message
    enough = list(check_variants(result.scenario, analysis.exploration, max_work=1_000))
    assert [f.code for f in enough] == ["variant-unreachable"]


def test_a_scenario_without_text_alternatives_is_analysed_as_before(tmp_path: Path) -> None:
    result = load(tmp_path, chain(6, harmful_last=False) + SUCCESS)
    assert result.scenario is not None
    analysis = analyse(result.scenario, keep_exploration=True)
    assert analysis.state_count == 22  # as in the test above: one state per node and trust
    codes = [f.code for f in check_playability(result.scenario, analysis)]
    assert "variant-unreachable-incomplete" not in codes


def test_a_debriefs_conditions_are_checked_like_every_other(tmp_path: Path) -> None:
    folder = tmp_path / "paths"
    folder.mkdir()
    nodes = VARIANTS
    for name, condition in {**REACHABLE, "DEBRIEF_CONDITION": "visited('nowhere')"}.items():
        nodes = nodes.replace(name, condition)
    source = HEADER + textwrap.indent(textwrap.dedent(nodes).strip("\n") + "\n", "  ")
    (folder / "scenario.yaml").write_text(source, encoding="utf-8")
    [finding] = [f for f in load_scenario(folder).errors]
    assert finding.code == "unknown-node"
    assert finding.path[:5] == ("nodes", "good_end", "debrief", 0, "if")
