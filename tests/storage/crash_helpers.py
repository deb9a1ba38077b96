"""Shared pieces of the crash-safety and fault tests: token picking, database
invariants checked with plain sqlite3 (independent of the app's own code), and a
child-process runner that reads the child's JSON lines as they arrive."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.domain.engine import PlayEngine, PlayState
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, ReportNode

REPO_ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
LONG_TESTS = os.environ.get("TRAINER_LONG_TESTS") == "1"


# -- tokens ---------------------------------------------------------------------------


def pick_token(engine: PlayEngine, state: PlayState, rng: random.Random) -> str:
    """A random token the current node accepts (as the CLI's ``--choose`` takes them)."""
    node = engine.current_node(state)
    if isinstance(node, DecisionNode):
        options = [c.id for c in engine.offered(state)]
        if node.on_timeout is not None:
            options.append("timeout")
        return rng.choice(options)
    if isinstance(node, ChecklistNode | ReportNode):  # a report's token: the items ticked
        return ",".join(item.id for item in node.items if rng.random() < 0.5)
    if isinstance(node, EndingNode):
        raise AssertionError("no token is accepted at an ending")
    return ""  # a scene: continue


def stored_token(action: str, choice_id: str | None, ticked: Sequence[str]) -> str:
    """The token that produced a stored step."""
    if action == "continue":
        return ""
    if action in ("checklist", "report"):
        return ",".join(ticked)
    if action == "timeout":
        return "timeout"
    assert choice_id is not None
    return choice_id


def replay(engine: PlayEngine, tokens: Sequence[str]) -> PlayState:
    """The state an uninterrupted, unrecorded play of ``tokens`` reaches."""
    state = engine.start()
    for token in tokens:
        state = engine.play(state, token)
    return state


# -- database checks (plain sqlite3) -----------------------------------------------


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection to a database file (WAL recovery still happens)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def integrity(connection: sqlite3.Connection) -> tuple[str, list[Any]]:
    """``integrity_check``'s verdict and ``foreign_key_check``'s rows."""
    verdict = "; ".join(r[0] for r in connection.execute("PRAGMA integrity_check"))
    return verdict, connection.execute("PRAGMA foreign_key_check").fetchall()


def tables(connection: sqlite3.Connection) -> list[str]:
    """The app's tables (not SQLite's own, not Alembic's), sorted."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
        if not name.startswith("sqlite_") and name != "alembic_version"
    ]


# The saved play state lives in ``attempt_states`` since schema 0002, before in ``attempts``.
_ATTEMPTS_WITH_STATE = (
    "SELECT a.id, a.step_count, a.status, s.state, a.path, a.maximum "
    "FROM attempts a LEFT JOIN attempt_states s ON s.attempt_id = a.id"
)
_ATTEMPTS_OLD = "SELECT id, step_count, status, state, path, maximum FROM attempts"


def half_written(connection: sqlite3.Connection) -> list[str]:
    """Every attempt that breaks the app's invariants, with what is wrong.

    An attempt is whole when its ``step_count`` equals its number of step rows, the
    steps' ``seq`` run 1..n, the stored engine state holds exactly those steps (in that
    order, ending where the attempt says), and a finished attempt has its per-competency
    results while an unfinished one has none.
    """
    steps: dict[str, list[tuple[int, str, str, str | None, str]]] = {}
    for attempt_id, seq, node, action, choice, to in connection.execute(
        "SELECT attempt_id, seq, node_id, action, choice_id, to_node FROM steps ORDER BY seq"
    ):
        steps.setdefault(attempt_id, []).append((seq, node, action, choice, to))
    results = dict(
        connection.execute(
            "SELECT attempt_id, count(*) FROM competency_results GROUP BY attempt_id"
        ).fetchall()
    )
    problems = []
    for attempt_id, count, status, state_text, path_text, maximum_text in connection.execute(
        _ATTEMPTS_WITH_STATE if "attempt_states" in tables(connection) else _ATTEMPTS_OLD
    ):
        rows = steps.pop(attempt_id, [])
        seqs = [r[0] for r in rows]
        if state_text is None:
            problems.append(f"attempt {attempt_id}: no saved play state")
            continue
        state = json.loads(state_text)
        saved = [(s["node"], s["action"], s["choice"], s["to"]) for s in state["steps"]]
        wrong = []
        if count != len(rows):
            wrong.append(f"step_count {count} but {len(rows)} step rows")
        if seqs != list(range(1, len(rows) + 1)):
            wrong.append(f"seq not 1..n: {seqs}")
        if len(state["steps"]) != count:
            wrong.append(f"state holds {len(state['steps'])} steps, step_count {count}")
        if saved != [r[1:] for r in rows]:
            wrong.append("state steps differ from the step rows")
        if json.loads(path_text) != state["path"]:
            wrong.append("path differs from the state's path")
        if (status == "finished") != bool(state["finished"]):
            wrong.append(f"status {status} but state finished={state['finished']}")
        expected_results = len(json.loads(maximum_text)) if status == "finished" else 0
        if results.get(attempt_id, 0) != expected_results:
            wrong.append(f"{results.get(attempt_id, 0)} results for a {status} attempt")
        if wrong:
            problems.append(f"attempt {attempt_id}: " + "; ".join(wrong))
    problems.extend(f"steps of unknown attempt {a}" for a in steps)
    return problems


def step_index(connection: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """Every stored step id -> (attempt id, seq)."""
    return {
        step_id: (attempt_id, seq)
        for step_id, attempt_id, seq in connection.execute("SELECT id, attempt_id, seq FROM steps")
    }


def digest(
    connection: sqlite3.Connection, *, attempt: str | None = None, of_attempt: bool = False
) -> str:
    """A hash of every row of the app's tables.

    With ``attempt``, only the rows of every other attempt (and of the other tables),
    or with ``of_attempt`` only that attempt's own rows: the two halves together
    cover every row, and while one attempt is played only its half may change.
    """
    h = hashlib.sha256()
    for table in tables(connection):
        columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
        quoted = " || '|' || ".join(f"quote({c})" for c in columns)
        key = "id" if table == "attempts" else "attempt_id"
        where, params = "", ()
        if attempt is not None and key in columns:
            where, params = f"WHERE {key} {'=' if of_attempt else '!='} ?", (attempt,)
        elif attempt is not None and of_attempt:
            continue
        (text,) = connection.execute(
            f"SELECT group_concat(row, char(10)) FROM "
            f"(SELECT {quoted} AS row FROM {table} {where} ORDER BY 1)",
            params,
        ).fetchone()
        h.update(f"{table}\n{text or ''}\n".encode())
    return h.hexdigest()


# -- child processes ------------------------------------------------------------------


@dataclass
class Child:
    """A child started with ``python -m MODULE``; its stdout JSON lines arrive in a queue."""

    process: subprocess.Popen[bytes]
    events: queue.Queue[dict[str, Any] | None] = field(default_factory=queue.Queue)
    seen: list[dict[str, Any]] = field(default_factory=list)
    stderr: bytes = b""
    _reader: threading.Thread | None = None

    @classmethod
    def start(
        cls,
        module: str,
        *args: str,
        preexec_fn: Callable[[], None] | None = None,
    ) -> Child:
        process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=preexec_fn,
        )
        child = cls(process)
        child._reader = threading.Thread(target=child._read, daemon=True)
        child._reader.start()
        return child

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if not raw.endswith(b"\n"):
                break  # a line cut short by the kill: never acknowledged
            self.events.put(json.loads(raw))
        self.events.put(None)

    def wait_for(self, kind: str, timeout: float = 30.0) -> dict[str, Any]:
        """Block until an event of this kind arrives (fails if the child dies first)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise AssertionError(f"no {kind!r} from the child in {timeout} s")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if event is None:
                self.finish()
                raise AssertionError(
                    f"the child ended before {kind!r}: {self.stderr.decode(errors='replace')}"
                )
            self.seen.append(event)
            if event["ev"] == kind:
                return event

    def drain(self) -> list[dict[str, Any]]:
        """Every event the child has printed since the last look, without waiting."""
        events = []
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                break
            if event is None:
                self.events.put(None)  # keep the end mark for finish()
                break
            self.seen.append(event)
            events.append(event)
        return events

    def kill(self) -> None:
        """SIGKILL, then collect everything it wrote before dying."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 120.0) -> list[dict[str, Any]]:
        """Wait for the end; returns every event (also those already consumed)."""
        self.process.wait(timeout=timeout)
        if self._reader is not None:
            self._reader.join(timeout=10)
            self._reader = None
            while True:
                event = self.events.get()
                if event is None:
                    break
                self.seen.append(event)
        assert self.process.stderr is not None
        if not self.process.stderr.closed:
            self.stderr = self.process.stderr.read()
            self.process.stderr.close()
        if self.process.stdout is not None and not self.process.stdout.closed:
            self.process.stdout.close()
        return self.seen


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[rank]
