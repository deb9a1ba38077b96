"""A child process that plays the tutorial over and over through the real services.

Run from the repository root: ``python -m tests.storage.recorder_child DATA_DIR [options]``.
Every stdout line is one JSON object, flushed at once:

- ``{"ev": "ready"}``: the store is open, recording starts now;
- ``{"ev": "attempt", "attempt": ID, "resumed": N}``: an attempt was started (N = 0) or
  resumed with N steps;
- ``{"ev": "try", ...}``: a step is about to be submitted;
- ``{"ev": "ack", "attempt", "seq", "id", "tok", "ms"}``: ``advance`` returned, so the
  step is committed (never printed before that);
- ``{"ev": "error", "type", "message", "traceback"}``: a failure reached the "user";
- ``{"ev": "done", ...}``: the run ended on its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import signal
import sys
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

from tests.storage.crash_helpers import TUTORIAL, pick_token
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services
from trainer.storage.errors import StorageError

PROFILE = "Crash Test"


def emit(event: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"ev": event, **fields}) + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=0, help="stop after N steps (0: never)")
    parser.add_argument("--resume-prob", type=float, default=0.8)
    parser.add_argument("--abandon-prob", type=float, default=0.02)
    parser.add_argument("--no-lock", action="store_true", help="bypass the instance lock")
    parser.add_argument(
        "--fsize-margin",
        type=int,
        default=None,
        help="after opening, limit every file this process writes to the database's "
        "size plus this many bytes (RLIMIT_FSIZE), and record until a step fails",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)

    services = open_services(args.data_dir, single_instance=not args.no_lock)
    loaded = load_scenario(TUTORIAL)
    profile = services.profiles.get_or_create_officer(PROFILE)
    if args.fsize_margin is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of dying
        sizes = [
            p.stat().st_size
            for p in args.data_dir.iterdir()
            if p.name.startswith("progress.db") and p.is_file()
        ]
        limit = max(sizes) + args.fsize_margin
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        emit("limit", bytes=limit, sizes=sizes)

    active = None
    waiting = services.play.unfinished(profile, "tutorial")
    if waiting and rng.random() < args.resume_prob:
        active = services.play.resume(waiting[0])
        emit("attempt", attempt=active.attempt_id, resumed=len(active.state.steps))
    emit("ready")
    acked = 0
    latencies: list[float] = []
    try:
        while args.steps == 0 or acked < args.steps:
            if active is None or active.state.finished or rng.random() < args.abandon_prob:
                active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
                emit("attempt", attempt=active.attempt_id, resumed=0)
            token = pick_token(active.engine, active.state, rng)
            step_id = str(uuid.uuid4())
            seq = len(active.state.steps) + 1
            emit("try", attempt=active.attempt_id, seq=seq, id=step_id, tok=token)
            started = time.perf_counter()
            services.play.advance(active, token, step_id=step_id)
            elapsed = (time.perf_counter() - started) * 1000
            latencies.append(elapsed)
            emit("ack", attempt=active.attempt_id, seq=seq, id=step_id, tok=token, ms=elapsed)
            acked += 1
    except StorageError as exc:
        emit("error", type=type(exc).__name__, message=str(exc), traceback="")
        if args.fsize_margin is None:
            return 1
    except Exception as exc:  # reported to the parent, which fails the test
        emit("error", type=type(exc).__name__, message=str(exc), traceback=traceback.format_exc())
        return 1
    if args.fsize_margin is not None:
        # The rest of the session under the same limit: closing checkpoints the WAL into
        # the main file, which may also fail; it must fail as a classified error.
        try:
            services.close(backup=False)
            emit("closed", error=None)
        except StorageError as exc:
            emit("closed", error=type(exc).__name__, message=str(exc))
        except Exception as exc:
            emit("closed", error=type(exc).__name__, traceback=traceback.format_exc())
        return 0
    services.close(backup=False)
    emit("done", acked=acked, latencies=latencies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
