"""Semantic checks of a scenario model: references, graph shape, playability, translations.

Pure functions over :class:`~trainer.domain.model.Scenario`, so the validator,
the CLI and (later) the editor's live validation share them. Findings carry a
document path; the file reader turns it into a line and column.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace

from trainer.domain.address import alternation_problem
from trainer.domain.analysis import LIMIT_WORK, MAX_WORK, Analysis, analyse, node_successors
from trainer.domain.competencies import BUILT_IN_LABELS
from trainer.domain.conditions import RESERVED_WORDS
from trainer.domain.findings import Finding, error, warning
from trainer.domain.ids import TIMEOUT_CHOICE, NodeId
from trainer.domain.model import (
    FORMAT_VERSIONS,
    AnyNode,
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Next,
    ReportNode,
    Scenario,
)
from trainer.domain.path_checks import check_paths
from trainer.domain.tags import similar_tag
from trainer.domain.variants import PathText, Variants
from trainer.domain.walk import (
    Located,
    iter_conditions,
    iter_nexts,
    iter_path_texts,
    iter_texts,
)


def check_scenario(scenario: Scenario) -> tuple[list[Finding], Analysis | None]:
    """Every semantic finding, and the analysis when the scenario is sound enough for one."""
    findings = list(check_structure(scenario))
    if any(f.is_error for f in findings):
        return findings, None
    analysis = analyse(scenario, keep_exploration=True)
    findings.extend(check_playability(scenario, analysis))
    # The state graph served the path checks; callers keep the analysis, not its memory.
    return findings, replace(analysis, exploration=None)


def check_structure(scenario: Scenario) -> Iterator[Finding]:
    """Checks that need no exploration of play: ids, references, shape, texts."""
    yield from _check_header(scenario)
    yield from _check_nodes(scenario)
    yield from _check_references(scenario)
    yield from _check_alternatives(scenario)
    yield from _check_conditions(scenario)
    yield from _check_graph(scenario)
    yield from _check_texts(scenario)


def _at(where: Located) -> dict[str, object]:
    return {"path": where.path, "node": where.node, "choice": where.choice}


def _check_header(scenario: Scenario) -> Iterator[Finding]:
    if scenario.format not in FORMAT_VERSIONS:
        yield error(
            "unsupported-format",
            f"format {scenario.format} is not supported; this app reads format "
            f"{' and '.join(FORMAT_VERSIONS)}: open the file in a newer version of the"
            " trainer, or ask its author for a version this app reads",
            path=("format",),
        )
    seen: set[str] = set()
    for index, language in enumerate(scenario.languages):
        if language in seen:
            yield error(
                "duplicate-id",
                f"the language {language!r} is listed twice",
                path=("languages", index),
            )
        seen.add(language)
    for index, tag in enumerate(scenario.tags):
        if tag in scenario.tags[:index]:
            yield warning("duplicate-id", f"the tag {tag!r} is listed twice", path=("tags", index))
        # A tag outside the vocabulary is allowed (shown as words); one a letter or two
        # away from a known tag is most likely a typo that would split the topic filter.
        known = similar_tag(tag)
        if known is not None:
            yield warning(
                "similar-tag",
                f"the tag {tag!r} is not in the tag vocabulary; did you mean {known!r}?",
                path=("tags", index),
            )
    for cid, competency in scenario.competencies.items():
        if competency.label is None and cid not in BUILT_IN_LABELS:
            built_in = ", ".join(BUILT_IN_LABELS)
            yield error(
                "missing-label",
                f"competency {cid!r} is not built in, so it needs a label "
                f"(built-in ids: {built_in})",
                path=("competencies", cid),
            )
    for name, variable in scenario.variables.items():
        if name in RESERVED_WORDS:
            yield error(
                "reserved-id",
                f"{name!r} is a word of the condition language and cannot name a variable",
                path=("variables", name, "#key"),
            )
        low, high = variable.minimum, variable.maximum
        if low is not None and high is not None and low > high:
            yield error(
                "bad-value",
                f"variable {name!r} has min {low} above max {high}",
                path=("variables", name),
            )
        elif variable.clamp(variable.initial) != variable.initial:
            yield error(
                "bad-value",
                f"variable {name!r} starts at {variable.initial}, outside min {low} / max {high}",
                path=("variables", name, "initial"),
            )
    if scenario.start not in scenario.nodes:
        yield error(
            "unknown-node",
            f"start names {scenario.start!r}, which is not a node",
            path=("start",),
        )


def _check_nodes(scenario: Scenario) -> Iterator[Finding]:
    for node in scenario.nodes.values():
        base = ("nodes", node.id)
        for index, card in enumerate(node.cards):
            if card not in scenario.cards:
                yield error(
                    "unknown-card",
                    f"card {card!r} is not defined under cards",
                    path=(*base, "cards", index),
                    node=node.id,
                )
        yield from _check_image_alt(scenario, node)
        if isinstance(node, DecisionNode):
            yield from _check_decision(scenario, node)
        elif isinstance(node, ChecklistNode):
            yield from _check_checklist(scenario, node)
        elif isinstance(node, ReportNode):
            yield from _check_report(scenario, node)
        if scenario.format == "1":
            yield from _check_version_1(node)


def _check_image_alt(scenario: Scenario, node: AnyNode) -> Iterator[Finding]:
    """An image says in words what it shows; words with no image describe nothing."""
    base = ("nodes", node.id)
    if node.image is not None and node.image_alt is None and scenario.format != "1":
        # Version-1 files cannot have the field, so only 1.1 files are asked for it.
        yield warning(
            "image-without-alt",
            "the image has no image_alt: say in words what it shows, for an officer "
            "who cannot see it (a screen reader reads it aloud)",
            path=(*base, "image"),
            node=node.id,
        )
    if node.image is None and node.image_alt is not None:
        yield warning(
            "alt-without-image",
            "image_alt describes an image, but the node has no image",
            path=(*base, "image_alt"),
            node=node.id,
        )


def _check_version_1(node: AnyNode) -> Iterator[Finding]:
    """Format-1.1 additions in a file that declares version 1.

    A version-1 reader would refuse them; say what to change, not just that.
    """
    base = ("nodes", node.id)
    found: list[tuple[str, tuple[str | int, ...], str | None]] = []
    if isinstance(node, DecisionNode | ChecklistNode) and node.order is not None:
        found.append(("'order' is a format 1.1 field", (*base, "order"), None))
    if isinstance(node, ReportNode):
        found.append(("a report node is a format 1.1 addition", (*base, "type"), None))
    if node.image_alt is not None:
        found.append(("'image_alt' is a format 1.1 field", (*base, "image_alt"), None))
    fields: list[tuple[str, PathText | None, tuple[str | int, ...], str | None]] = [
        ("title", node.title, (*base, "title"), None),
        ("text", node.text, (*base, "text"), None),
    ]
    if isinstance(node, DecisionNode):
        for index, option in enumerate(node.choices):
            at: tuple[str | int, ...] = (*base, "choices", index, "feedback")
            fields.append(("feedback", option.feedback, at, option.id))
        if node.on_timeout is not None:
            at = (*base, "on_timeout", "feedback")
            fields.append(("feedback", node.on_timeout.feedback, at, TIMEOUT_CHOICE))
    if isinstance(node, EndingNode):
        fields.append(("debrief", node.debrief, (*base, "debrief"), None))
    for name, value, at, choice_id in fields:
        if isinstance(value, Variants):
            found.append((f"a list of alternatives for '{name}' is format 1.1", at, choice_id))
    for what, path, choice in found:
        yield error(
            "needs-format-1.1",
            f"{what}: write 'format: 1.1' at the top of the file to use it",
            path=path,
            node=node.id,
            choice=choice,
        )


def _check_report(scenario: Scenario, node: ReportNode) -> Iterator[Finding]:
    base = ("nodes", node.id)
    seen: set[str] = set()
    for index, item in enumerate(node.items):
        if item.id in seen:
            yield error(
                "duplicate-id",
                f"two report items are called {item.id!r}",
                path=(*base, "items", index, "id"),
                node=node.id,
            )
        seen.add(item.id)
    if node.competency not in scenario.competencies:
        yield error(
            "unknown-competency",
            f"the report scores {node.competency!r}, which is not declared under competencies",
            path=(*base, "competency"),
            node=node.id,
        )


def _check_alternatives(scenario: Scenario) -> Iterator[Finding]:
    """Text alternatives: the last has no ``if``, the others each have one."""
    for where, value in iter_path_texts(scenario):
        if not isinstance(value, Variants):
            continue
        last = len(value.alternatives) - 1
        for index, alternative in enumerate(value.alternatives):
            path = (*where.path, index)
            at = {"node": where.node, "choice": where.choice}
            if index == last and alternative.condition is not None:
                yield error(
                    "alternative-without-default",
                    "the last alternative must have no 'if', so that some text is always shown",
                    path=(*path, "if"),
                    **at,
                )
            if index < last and alternative.condition is None:
                yield error(
                    "unreachable-alternative",
                    "only the last alternative may go without 'if'; the alternatives after "
                    "this one could never be shown",
                    path=path,
                    **at,
                )


def _check_decision(scenario: Scenario, node: DecisionNode) -> Iterator[Finding]:
    base = ("nodes", node.id)
    seen: set[str] = set()
    for index, choice in enumerate(node.choices):
        where = {"path": (*base, "choices", index, "id"), "node": node.id, "choice": choice.id}
        if choice.id in seen:
            yield error("duplicate-id", f"two choices are called {choice.id!r}", **where)
        seen.add(choice.id)
        if choice.id == TIMEOUT_CHOICE and node.on_timeout is not None:
            yield error(
                "reserved-id",
                "a timed decision cannot have a choice called 'timeout' (that id means the "
                "time ran out)",
                **where,
            )
        if choice.feedback is None:
            yield warning(
                "no-feedback",
                "the choice has no feedback: say why it helps or harms",
                path=(*base, "choices", index),
                node=node.id,
                choice=choice.id,
            )
    if len(node.choices) == 1:
        yield warning(
            "single-choice",
            "a decision with a single choice is not a decision (use a scene?)",
            path=(*base, "choices"),
            node=node.id,
        )
    if node.time_limit is not None and node.on_timeout is None:
        yield error(
            "missing-field",
            "a decision with a time_limit needs on_timeout",
            path=(*base, "time_limit"),
            node=node.id,
        )
    if node.on_timeout is not None:
        if node.time_limit is None:
            yield error(
                "missing-field",
                "on_timeout needs a time_limit (seconds)",
                path=(*base, "on_timeout"),
                node=node.id,
                choice=TIMEOUT_CHOICE,
            )
        if node.on_timeout.feedback is None:
            yield warning(
                "no-feedback",
                "the timeout outcome has no feedback",
                path=(*base, "on_timeout"),
                node=node.id,
                choice=TIMEOUT_CHOICE,
            )
    for index, choice in enumerate((*node.choices, *(c for c in [node.on_timeout] if c))):
        path = (*base, "choices", index) if index < len(node.choices) else (*base, "on_timeout")
        for cid in choice.score:
            if cid not in scenario.competencies:
                yield error(
                    "unknown-competency",
                    f"score names competency {cid!r}, which is not declared under competencies",
                    path=(*path, "score", cid),
                    node=node.id,
                    choice=choice.id,
                )
        for name in choice.effects:
            if name not in scenario.variables:
                yield error(
                    "unknown-variable",
                    f"effects change {name!r}, which is not declared under variables",
                    path=(*path, "effects", name),
                    node=node.id,
                    choice=choice.id,
                )


def _check_checklist(scenario: Scenario, node: ChecklistNode) -> Iterator[Finding]:
    base = ("nodes", node.id)
    seen: set[str] = set()
    for index, item in enumerate(node.items):
        if item.id in seen:
            yield error(
                "duplicate-id",
                f"two checklist items are called {item.id!r}",
                path=(*base, "items", index, "id"),
                node=node.id,
            )
        seen.add(item.id)
        if item.feedback is None:
            yield warning(
                "no-feedback",
                f"checklist item {item.id!r} has no feedback",
                path=(*base, "items", index),
                node=node.id,
            )
    if node.competency not in scenario.competencies:
        yield error(
            "unknown-competency",
            f"the checklist scores {node.competency!r}, which is not declared under competencies",
            path=(*base, "competency"),
            node=node.id,
        )
    if node.maximum == 0:
        yield warning(
            "no-correct-item",
            "no item is marked correct, so the checklist can earn nothing",
            path=(*base, "items"),
            node=node.id,
        )


def _check_references(scenario: Scenario) -> Iterator[Finding]:
    for where, next_ in iter_nexts(scenario):
        yield from _check_next(scenario, where, next_)


def _check_next(scenario: Scenario, where: Located, next_: Next) -> Iterator[Finding]:
    last = len(next_.routes) - 1
    for index, route in enumerate(next_.routes):
        path = (*where.path, index) if next_.as_list else where.path
        if route.to not in scenario.nodes:
            yield error(
                "unknown-node",
                f"next goes to {route.to!r}, which is not a node",
                path=(*path, "to") if next_.as_list else path,
                node=where.node,
                choice=where.choice,
            )
        if index == last and route.condition is not None:
            yield error(
                "route-without-default",
                "the last route must have no 'if', so that some route always applies",
                path=(*path, "if"),
                node=where.node,
                choice=where.choice,
            )
        if index < last and route.condition is None:
            yield error(
                "unreachable-route",
                "only the last route may go without 'if'; the routes after this one "
                "could never be taken",
                path=path,
                node=where.node,
                choice=where.choice,
            )


def _check_conditions(scenario: Scenario) -> Iterator[Finding]:
    for where, condition in iter_conditions(scenario):
        for ref in condition.references:
            path = (*where.path, f"@{ref.position}")
            at = {"path": path, "node": where.node, "choice": where.choice}
            if ref.kind == "variable":
                if ref.name not in scenario.variables:
                    yield error(
                        "unknown-variable",
                        f"the condition uses {ref.name!r}, which is not declared under variables",
                        **at,
                    )
                continue
            target = scenario.nodes.get(NodeId(ref.name))
            if target is None:
                yield error(
                    "unknown-node",
                    f"the condition names node {ref.name!r}, which does not exist",
                    **at,
                )
            elif ref.kind == "chose":
                if not isinstance(target, DecisionNode):
                    yield error(
                        "unknown-choice",
                        f"chose() needs a decision node, and {ref.name!r} is a "
                        f"{target.type.value} node",
                        **at,
                    )
                elif target.choice(ref.choice or "") is None:
                    yield error(
                        "unknown-choice",
                        f"node {ref.name!r} has no choice {ref.choice!r}",
                        **at,
                    )


def _check_graph(scenario: Scenario) -> Iterator[Finding]:
    if scenario.start not in scenario.nodes:
        return
    successors = {
        node_id: [t for t in node_successors(node) if t in scenario.nodes]
        for node_id, node in scenario.nodes.items()
    }
    reachable = _closure([scenario.start], successors)
    predecessors: dict[NodeId, list[NodeId]] = {node_id: [] for node_id in scenario.nodes}
    for source, targets in successors.items():
        for target in targets:
            predecessors[target].append(source)
    endings = [n for n, node in scenario.nodes.items() if isinstance(node, EndingNode)]
    finishing = _closure(endings, predecessors)
    if not any(n in reachable for n in endings):
        yield error(
            "no-ending",
            "no ending can be reached from the start node",
            path=("start",),
        )
    for node_id in scenario.nodes:
        where = {"path": ("nodes", node_id), "node": node_id}
        if node_id not in reachable:
            yield warning("unreachable-node", "no path from the start leads here", **where)
        elif node_id not in finishing:
            yield error(
                "dead-end",
                "no ending can be reached from this node (it only loops or stops)",
                **where,
            )


def _closure(roots: list[NodeId], edges: dict[NodeId, list[NodeId]]) -> set[NodeId]:
    seen = set(roots)
    queue = deque(roots)
    while queue:
        for target in edges[queue.popleft()]:
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def _check_texts(scenario: Scenario) -> Iterator[Finding]:
    declared = set(scenario.languages)
    for where, text in iter_texts(scenario):
        if scenario.reads_address_forms:
            for language, value in text.items():
                problem = alternation_problem(value)
                if problem is not None:
                    yield error(
                        "bad-alternation",
                        f"form of address: {problem.message} (at character"
                        f" {problem.position + 1}; {{masculine|feminine}}, e.g."
                        " {zrobiłeś|zrobiłaś})",
                        path=(*where.path, language) if not text.plain else where.path,
                        node=where.node,
                        choice=where.choice,
                    )
        for language in text:
            if language not in declared:
                yield error(
                    "unknown-language",
                    f"text in {language!r}, which is not in the scenario's languages "
                    f"({', '.join(scenario.languages)})",
                    path=(*where.path, language),
                    node=where.node,
                    choice=where.choice,
                )
        missing = [lang for lang in scenario.languages if lang not in text]
        if missing:
            yield warning(
                "missing-translation",
                f"no {', '.join(missing)} translation ({scenario.default_language} is shown "
                "instead)",
                **_at(where),
            )


def check_playability(scenario: Scenario, analysis: Analysis) -> Iterator[Finding]:
    """Checks that follow every playable path (conditions and variables honoured)."""
    # First: they say themselves how far they got when the analysis is not exact.
    yield from check_paths(scenario, analysis)
    if not analysis.exact:
        if analysis.limit_reached == LIMIT_WORK:
            reason = (
                f"following every path takes too much work (over {MAX_WORK:,} steps, each"
                " condition test counted, after"
                f" {analysis.state_count:,} distinct situations)"
            )
        else:
            reason = (
                f"too many distinct situations to follow every path (over {analysis.state_count:,})"
            )
        yield warning(
            "analysis-inexact",
            f"{reason}; maxima are upper bounds and dead ends may go unnoticed",
            path=("nodes",),
        )
        return
    for problem in analysis.problems:
        example = " → ".join(problem.example_path[-8:])
        where = {"path": ("nodes", problem.node), "node": problem.node}
        if problem.kind == "no-way-out":
            yield error(
                "no-way-out",
                f"a player can get here with no choice offered (every 'if' false), e.g. via "
                f"{example}",
                **where,
            )
        else:
            yield error(
                "trapped",
                f"a player can get here and then never reach an ending, e.g. via {example}",
                **where,
            )
    static = _closure(
        [scenario.start],
        {
            n: [t for t in node_successors(node) if t in scenario.nodes]
            for n, node in scenario.nodes.items()
        },
    )
    for node_id in scenario.nodes:
        if node_id in static and node_id not in analysis.reached_nodes:
            yield warning(
                "unreachable-node",
                "no playthrough reaches this node: the conditions on the way never allow it",
                path=("nodes", node_id),
                node=node_id,
            )
    for node in scenario.nodes.values():
        if not isinstance(node, DecisionNode) or node.id not in analysis.reached_nodes:
            continue
        for index, choice in enumerate(node.choices):
            if (node.id, choice.id) not in analysis.offered_choices:
                yield warning(
                    "never-offered",
                    "this choice is never offered: its 'if' is false whenever a player gets here",
                    path=("nodes", node.id, "choices", index),
                    node=node.id,
                    choice=choice.id,
                )
    for cid, points in analysis.maximum.items():
        if points <= 0:
            yield warning(
                "unearnable-competency",
                f"no playable path earns points in {cid!r}",
                path=("competencies", cid),
            )
    if analysis.best_path is None:
        yield warning(
            "no-success",
            "no playable path reaches an ending with outcome success",
            path=("nodes",),
        )
