"""The validator run after each edit, off the UI thread, latest edit wins.

A pause in typing (the debounce) starts a check of a copy of the document on a
thread pool of its own (never the serial database runner: a check can take a while
and the officer's work must not queue behind it). Each check carries the document's
revision; a result that comes back after a newer edit is dropped, so the panels only
ever show the findings of the text on screen.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from trainer.authoring.document import DocumentSnapshot, ScenarioDocument
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.domain.path_checks import HarmfulSuccess
from trainer.scenario_io.reader import LoadResult

# How long typing must pause before the check starts (ms).
DEBOUNCE_MS = 400
# Python's thread switch interval while a check runs (s). A check is pure Python and
# holds the interpreter lock; the UI thread waits up to this long for it after each
# step, so a key typed meanwhile would wait several times the default 5 ms.
CHECKING_SWITCH_INTERVAL = 0.0005


@dataclass(frozen=True)
class CheckResult:
    """One check of the document: the validator's result, and for the analysis panel the
    harmful choices after which success can still be reached (with an example each)."""

    result: LoadResult
    harmful: list[HarmfulSuccess] = field(default_factory=list)


def scenario_glossary(folder: Path, shipped_dir: Path | None) -> Glossary:
    """The glossary ``trainer validate`` checks the scenario in ``folder`` against.

    A glossary that cannot be read checks nothing here; ``trainer validate`` names its
    problem (the editor edits the scenario, not the glossary).
    """
    from trainer.scenario_io.glossary import GlossaryError, glossary_file_for, load_glossary

    file = glossary_file_for(folder, shipped_dir)
    if file is None:
        return EMPTY_GLOSSARY
    try:
        return load_glossary(file)
    except (GlossaryError, OSError):
        return EMPTY_GLOSSARY


def check_document(
    doc: ScenarioDocument | DocumentSnapshot, folder: Path, glossary: Glossary = EMPTY_GLOSSARY
) -> CheckResult:
    """Validate ``doc`` as ``trainer validate`` does (pedagogy included); runs off the UI thread.

    The harmful-success details are worked out again only when the validator found
    one: the validator drops its state graph, and most scenarios have none to show.
    """
    from trainer.domain.analysis import analyse
    from trainer.domain.path_checks import harmful_successes

    result = doc.validate(folder, pedagogy=True, glossary=glossary)
    harmful: list[HarmfulSuccess] = []
    if result.scenario is not None and any(f.code == "harmful-success" for f in result.findings):
        exploration = analyse(result.scenario, keep_exploration=True).exploration
        if exploration is not None:
            harmful = harmful_successes(result.scenario, exploration)
    return CheckResult(result, harmful)


class _Relay(QObject):
    done = Signal(int, object)  # (revision, CheckResult or the exception)


class _Check(QRunnable):
    def __init__(self, work: Callable[[], CheckResult], revision: int, relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.revision = revision
        self.relay = relay

    def run(self) -> None:
        try:
            result: object = self.work()
        except Exception as exc:  # reported on the UI thread, never lost
            result = exc
        self.relay.done.emit(self.revision, result)


class LiveChecker(QObject):
    """Checks ``doc`` a moment after each change; ``checked(result)`` with each fresh result.

    ``failed(exception)`` when the check itself broke (our bug, not the author's). With
    ``synchronous`` (tests) :meth:`check_now` runs inline and the debounce is skipped.
    """

    checked = Signal(object)  # CheckResult
    failed = Signal(object)  # the exception
    started = Signal()

    def __init__(
        self,
        doc: ScenarioDocument,
        folder: Path,
        *,
        glossary: Glossary = EMPTY_GLOSSARY,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.folder = folder
        self.glossary = glossary
        self.synchronous = synchronous
        self.latest: CheckResult | None = None
        self._checked_revision = -1
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one check at a time; later ones wait, stale ones drop
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self._stopped = False
        self._usual_interval: float | None = None
        self._last_started = -1
        # What is alive now (the app, the open document) stays alive while it is edited:
        # out of the collector's sight, a full collection during a check (which makes
        # many objects) walks only what the check made, not the whole editor: 20–30 ms
        # instead of 60–100 ms that a key typed meanwhile would wait for.
        if not synchronous:
            gc.collect()
            gc.freeze()

    @property
    def running(self) -> bool:
        """Whether a check of the document as it is now runs on its thread."""
        return self.busy and self._last_started == self.doc.revision

    @property
    def busy(self) -> bool:
        """Whether the findings on screen are older than the document."""
        return self._checked_revision != self.doc.revision

    def schedule(self) -> None:
        """An edit happened: check once typing pauses."""
        if self.synchronous:
            self.check_now()
        else:
            self._timer.start()

    def check_now(self) -> None:
        """Check the document as it is now (a copy: the author keeps typing meanwhile)."""
        if self._stopped:
            return
        self._timer.stop()
        revision = self.doc.revision
        copy = self.doc.snapshot()  # the text now: shares nothing later edits change
        folder, glossary = self.folder, self.glossary

        def work() -> CheckResult:
            return check_document(copy, folder, glossary)

        self.started.emit()
        if self.synchronous:
            try:
                result: object = work()
            except Exception as exc:
                result = exc
            self._done(revision, result)
            return
        self._pool.clear()  # checks still waiting are stale already: only this one matters
        self._share_lock_finely(True)
        self._last_started = revision
        self._pool.start(_Check(work, revision, self._relay))

    def stop(self) -> None:
        """No more checks (the document closes); waits for one under way."""
        self._stopped = True
        self._timer.stop()
        self._pool.clear()
        self._pool.waitForDone()
        self._share_lock_finely(False)
        if not self.synchronous:
            gc.unfreeze()  # the closed document's objects may be collected again

    def _share_lock_finely(self, on: bool) -> None:
        """Keep typing immediate while a check runs; the usual interval otherwise."""
        if on and self._usual_interval is None:
            self._usual_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._usual_interval, CHECKING_SWITCH_INTERVAL))
        elif not on and self._usual_interval is not None:
            sys.setswitchinterval(self._usual_interval)
            self._usual_interval = None

    @Slot(int, object)
    def _done(self, revision: int, result: object) -> None:
        if revision == self._last_started:  # no newer check started after this one
            self._share_lock_finely(False)
        if self._stopped or revision != self.doc.revision:
            return  # stale: a newer edit has its own check coming
        self._checked_revision = revision
        if isinstance(result, CheckResult):
            self.latest = result
            self.checked.emit(result)
        else:
            self.failed.emit(result)
