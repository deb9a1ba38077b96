"""Identifier types, so that a node id is never passed where a choice id belongs."""

from __future__ import annotations

import re
from typing import NewType

ScenarioId = NewType("ScenarioId", str)
NodeId = NewType("NodeId", str)
ChoiceId = NewType("ChoiceId", str)
ItemId = NewType("ItemId", str)
CardId = NewType("CardId", str)
CompetencyId = NewType("CompetencyId", str)
VariableName = NewType("VariableName", str)

#: The id of the pseudo-choice applied when a timed decision runs out.
TIMEOUT_CHOICE = ChoiceId("timeout")

SCENARIO_ID_PATTERN = r"[a-z0-9][a-z0-9-]{0,63}"
SLUG_PATTERN = r"[a-z0-9][a-z0-9_-]{0,63}"
NAME_PATTERN = r"[a-z][a-z0-9_]{0,63}"
LANGUAGE_PATTERN = r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"

SCENARIO_ID_RE = re.compile(rf"\A{SCENARIO_ID_PATTERN}\Z")
SLUG_RE = re.compile(rf"\A{SLUG_PATTERN}\Z")
NAME_RE = re.compile(rf"\A{NAME_PATTERN}\Z")
LANGUAGE_RE = re.compile(rf"\A{LANGUAGE_PATTERN}\Z")
