"""The scenario model: immutable, validated, independent of any file format.

Built by :mod:`trainer.scenario_io` from a scenario file (or, later, by the
editor), and shared by the play engine, the analysis and the GUI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from trainer.domain.conditions import Condition
from trainer.domain.ids import (
    CardId,
    ChoiceId,
    CompetencyId,
    ItemId,
    NodeId,
    ScenarioId,
    VariableName,
)
from trainer.domain.text import Text
from trainer.domain.variants import PathText

FORMAT_VERSION = 1
#: The format versions this app reads, as written in ``format`` (see the format's 1.1 additions).
FORMAT_VERSIONS = ("1", "1.1")
#: The version whose additions (alternatives, forms of address, report, order) a file uses.
FORMAT_1_1 = "1.1"


class Rating(StrEnum):
    """How good a choice is, shown in feedback and the debrief."""

    BEST = "best"
    GOOD = "good"
    POOR = "poor"
    HARMFUL = "harmful"


class Outcome(StrEnum):
    """How an ending turned out."""

    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"


class Stage(StrEnum):
    """The decision-model stage (NDM / PERF CDM) a node exercises."""

    INFORMATION = "information"
    ASSESSMENT = "assessment"
    POWERS = "powers"
    OPTIONS = "options"
    ACTION = "action"


class Order(StrEnum):
    """How a decision's choices or a checklist's items are shown (format 1.1)."""

    SHUFFLED = "shuffled"  # once per attempt, the default
    FIXED = "fixed"  # as in the file: a scale, or "do nothing" last


class Mode(StrEnum):
    """Practice shows feedback after each choice; assessment only in the debrief."""

    PRACTICE = "practice"
    ASSESSMENT = "assessment"


class NodeType(StrEnum):
    """The five kinds of node (``report`` is format 1.1)."""

    SCENE = "scene"
    DECISION = "decision"
    CHECKLIST = "checklist"
    REPORT = "report"
    ENDING = "ending"


@dataclass(frozen=True, slots=True)
class Competency:
    """A scored dimension; ``label`` falls back to the built-in label."""

    id: CompetencyId
    label: Text | None = None
    description: Text | None = None


@dataclass(frozen=True, slots=True)
class Variable:
    """Integer state that choices change; values are clamped to [minimum, maximum]."""

    name: VariableName
    initial: int = 0
    minimum: int | None = None
    maximum: int | None = None
    label: Text | None = None

    def clamp(self, value: int) -> int:
        """``value`` kept within the declared bounds."""
        if self.minimum is not None and value < self.minimum:
            return self.minimum
        if self.maximum is not None and value > self.maximum:
            return self.maximum
        return value


@dataclass(frozen=True, slots=True)
class Card:
    """A knowledge card the officer can open from a node ("learn more")."""

    id: CardId
    title: Text
    text: Text


@dataclass(frozen=True, slots=True)
class Route:
    """One way out of a choice or node; ``condition`` None means always."""

    to: NodeId
    condition: Condition | None = None


@dataclass(frozen=True, slots=True)
class Next:
    """Where the story goes: routes tried in order, the last one unconditional.

    ``as_list`` records that the author wrote a route list rather than a bare id.
    """

    routes: tuple[Route, ...]
    as_list: bool = field(default=False, compare=False)

    @classmethod
    def to(cls, node_id: NodeId) -> Next:
        """A plain ``next: node_id``."""
        return cls((Route(node_id),))

    @property
    def targets(self) -> tuple[NodeId, ...]:
        """Every node this can lead to, in order."""
        return tuple(route.to for route in self.routes)


@dataclass(frozen=True, slots=True)
class Choice:
    """An option at a decision; also the timeout outcome (id ``timeout``, no text)."""

    id: ChoiceId
    text: Text | None
    rating: Rating
    next: Next
    #: Chosen with the state as it was before the choice applied.
    feedback: PathText | None = None
    score: Mapping[CompetencyId, int] = field(default_factory=dict)
    effects: Mapping[VariableName, int] = field(default_factory=dict)
    condition: Condition | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One tickable statement; ticking a correct one earns a point, a wrong one costs one."""

    id: ItemId
    text: Text
    correct: bool
    feedback: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Node:
    """Fields every node has."""

    id: NodeId
    #: Chosen when the node is entered (a list of alternatives in format 1.1).
    text: PathText
    title: PathText | None = None
    image: str | None = None
    #: What the image shows, for an officer who cannot see it (format 1.1).
    image_alt: Text | None = None
    cards: tuple[CardId, ...] = ()
    stage: Stage | None = None

    @property
    def type(self) -> NodeType:
        raise NotImplementedError


@dataclass(frozen=True, slots=True, kw_only=True)
class SceneNode(Node):
    """Read, then continue."""

    next: Next

    @property
    def type(self) -> NodeType:
        return NodeType.SCENE


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionNode(Node):
    """Pick one of the offered choices, possibly against the clock."""

    choices: tuple[Choice, ...]
    time_limit: int | None = None
    on_timeout: Choice | None = None
    #: As written in the file; None: not written (shuffled).
    order: Order | None = None

    @property
    def type(self) -> NodeType:
        return NodeType.DECISION

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with that id (``timeout`` gives the timeout outcome)."""
        for choice in self.choices:
            if choice.id == choice_id:
                return choice
        if choice_id == "timeout" and self.on_timeout is not None:
            return self.on_timeout
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class ChecklistNode(Node):
    """Tick every item that applies, then confirm."""

    prompt: Text
    items: tuple[ChecklistItem, ...]
    competency: CompetencyId
    next: Next
    #: As written in the file; None: not written (shuffled).
    order: Order | None = None

    @property
    def type(self) -> NodeType:
        return NodeType.CHECKLIST

    @property
    def maximum(self) -> int:
        """Points for ticking exactly the correct items."""
        return sum(1 for item in self.items if item.correct)

    def points_for(self, ticked: frozenset[str]) -> int:
        """Correct items ticked minus wrong items ticked, never below zero."""
        right = sum(1 for item in self.items if item.id in ticked and item.correct)
        wrong = sum(1 for item in self.items if item.id in ticked and not item.correct)
        return max(0, right - wrong)


#: The longest report note kept, in characters. An official note runs to a page or two
#: (3,000-6,000 characters); 20,000 leaves room for a very thorough one, while a whole
#: document pasted by mistake is refused rather than stored with the attempt, exported
#: and printed in every report made of it.
MAX_NOTE_CHARACTERS = 20_000


@dataclass(frozen=True, slots=True)
class ReportItem:
    """Something a good note contains; the officer ticks it if theirs does (self-assessed)."""

    id: ItemId
    text: Text
    feedback: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportNode(Node):
    """A writing exercise (format 1.1): write a note, then compare it with a model answer.

    The officer writes free text, submits it, then sees ``model`` and ticks each item
    their own note contains. Points to ``competency`` = items ticked, once per attempt;
    they are self-assessed, and every report says so.
    """

    prompt: Text | None
    items: tuple[ReportItem, ...]
    competency: CompetencyId
    model: Text
    next: Next
    min_words: int | None = None

    @property
    def type(self) -> NodeType:
        return NodeType.REPORT

    @property
    def maximum(self) -> int:
        """Every item ticked."""
        return len(self.items)

    def points_for(self, ticked: frozenset[str]) -> int:
        """One point per item the officer says their note contains."""
        return sum(1 for item in self.items if item.id in ticked)


@dataclass(frozen=True, slots=True, kw_only=True)
class EndingNode(Node):
    """The end of the story, then the debrief."""

    outcome: Outcome
    #: Chosen when the ending is reached.
    debrief: PathText | None = None

    @property
    def type(self) -> NodeType:
        return NodeType.ENDING


AnyNode = SceneNode | DecisionNode | ChecklistNode | ReportNode | EndingNode


def node_successors(node: AnyNode) -> tuple[NodeId, ...]:
    """Every node ``node`` can lead to, ignoring conditions (here, beside the nodes,
    so that the engine and the analysis, which imports the engine, share it)."""
    if isinstance(node, SceneNode | ChecklistNode | ReportNode):
        return node.next.targets
    if isinstance(node, DecisionNode):
        choices = (*node.choices, *(() if node.on_timeout is None else (node.on_timeout,)))
        return tuple(dict.fromkeys(t for c in choices for t in c.next.targets))
    return ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    """One scenario, as validated from its file."""

    id: ScenarioId
    version: int
    languages: tuple[str, ...]
    title: Text
    competencies: Mapping[CompetencyId, Competency]
    start: NodeId
    nodes: Mapping[NodeId, AnyNode]
    summary: Text | None = None
    tags: tuple[str, ...] = ()
    minutes: int | None = None
    modes: tuple[Mode, ...] = (Mode.PRACTICE, Mode.ASSESSMENT)
    variables: Mapping[VariableName, Variable] = field(default_factory=dict)
    cards: Mapping[CardId, Card] = field(default_factory=dict)
    #: The ``format`` field as text: ``"1"`` or ``"1.1"`` (see FORMAT_VERSIONS).
    format: str = str(FORMAT_VERSION)

    @property
    def default_language(self) -> str:
        """The first declared language."""
        return self.languages[0]

    @property
    def is_timed(self) -> bool:
        """Whether any decision has a time limit (the player is told before starting)."""
        return any(
            isinstance(node, DecisionNode) and node.time_limit is not None
            for node in self.nodes.values()
        )

    @property
    def reads_address_forms(self) -> bool:
        """Whether ``{m|f}`` in this scenario's texts is a form of address (format 1.1).

        In a version-1 file braces were plain text, and stay so.
        """
        return self.format != str(FORMAT_VERSION)

    def node(self, node_id: str) -> AnyNode:
        """The node with that id; KeyError if there is none."""
        return self.nodes[NodeId(node_id)]
