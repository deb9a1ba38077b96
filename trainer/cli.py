"""The ``trainer`` command line: validate, analyze, play and schema.

Exit codes: 0 success, 1 the input is wrong (findings, a token not offered),
2 usage error, 3 an internal error (a bug; a crash report is saved).
These paths import neither Qt nor SQLAlchemy, so they start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class UsageError(Exception):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() decides the exit code."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the GUI entry point)."""
    parser = _Parser(
        prog="trainer",
        description="Offline case-scenario trainer for police officers.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="user data folder (default: $TRAINER_DATA_DIR or the per-user data folder)",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser(
        "validate", help="check scenario folders against the format and report findings"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    validate.add_argument("--json", action="store_true", help="print findings as JSON")
    validate.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on warnings too, as CI does"
    )

    analyze = commands.add_parser(
        "analyze", help="maximum points, reachable endings and the best path of a scenario"
    )
    analyze.add_argument("path", metavar="PATH", type=Path)
    analyze.add_argument("--json", action="store_true", help="print JSON")

    play = commands.add_parser("play", help="play a scenario headless with scripted choices")
    play.add_argument("path", metavar="PATH", type=Path)
    play.add_argument(
        "--choose",
        nargs="*",
        default=[],
        metavar="TOKEN",
        help="choice ids, 'timeout', or comma-separated checklist items, in order",
    )
    play.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("schema", help="print the JSON Schema of scenario.yaml")
    commands.add_parser("list", help="list the shipped scenarios")
    return parser


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _dump(data: Any) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=2))


# -- commands ------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    from trainer.scenario_io.reader import find_scenario_folders, load_scenario

    results = []
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"trainer validate: no such file or folder: {path}")
        folders = find_scenario_folders(path)
        if not folders:
            results.append(load_scenario(path))  # reports "no scenario file" with the path
        results.extend(load_scenario(folder) for folder in folders)
    findings = [f for result in results for f in result.findings]
    if args.json:
        _dump([f.to_json() for f in findings])
    else:
        for finding in findings:
            _out(finding.format_line())
        errors = sum(1 for f in findings if f.is_error)
        warnings = len(findings) - errors
        checked = sum(1 for r in results if r.file is not None)
        _err(f"{checked} scenario(s) checked: {errors} error(s), {warnings} warning(s)")
    failing = findings if args.strict else [f for f in findings if f.is_error]
    return EXIT_INPUT if failing else EXIT_OK


def _load_playable(path: Path) -> Any:
    from trainer.scenario_io.reader import load_scenario

    if not path.exists():
        raise UsageError(f"no such file or folder: {path}")
    result = load_scenario(path)
    if not result.playable:
        for finding in result.errors:
            _err(finding.format_line())
        _err(f"{path}: the scenario has errors and cannot be played or analysed")
        return None
    return result


def cmd_analyze(args: argparse.Namespace) -> int:
    result = _load_playable(args.path)
    if result is None:
        return EXIT_INPUT
    analysis = result.analysis
    data = {
        "scenario": result.scenario.id,
        "version": result.scenario.version,
        "exact": analysis.exact,
        "maximum": analysis.maximum,
        "endings": list(analysis.endings),
        "best_path": None if analysis.best_path is None else list(analysis.best_path),
        "best_choices": None if analysis.best_tokens is None else list(analysis.best_tokens),
        "best_points": analysis.best_points,
        "states": analysis.state_count,
    }
    if args.json:
        _dump(data)
        return EXIT_OK
    scenario = result.scenario
    _out(f"{scenario.id} (version {scenario.version})")
    _out("exact analysis" if analysis.exact else "NOT EXACT: maxima are upper bounds")
    _out(f"states explored: {analysis.state_count:,}")
    _out("maximum points:")
    for cid, points in analysis.maximum.items():
        _out(f"  {cid:<22} {points}")
    _out(f"reachable endings: {', '.join(analysis.endings) or '(none)'}")
    if analysis.best_path is not None:
        _out(f"best path: {' → '.join(analysis.best_path)}")
        _out(f"best choices: {' '.join(repr(t) for t in analysis.best_tokens or ())}")
    else:
        _out("best path: none reaches a success ending")
    return EXIT_OK


def cmd_play(args: argparse.Namespace) -> int:
    from trainer.domain.engine import PlayEngine
    from trainer.domain.errors import NotOfferedError, PlayError
    from trainer.domain.model import EndingNode
    from trainer.domain.scoring import score_sheet

    result = _load_playable(args.path)
    if result is None:
        return EXIT_INPUT
    scenario = result.scenario
    engine = PlayEngine(scenario)
    state = engine.continue_scenes(engine.start())
    tokens = list(args.choose)
    used = 0
    for token in tokens:
        if state.finished:
            break
        try:
            state = engine.continue_scenes(engine.play(state, token))
        except NotOfferedError as exc:
            offered = ", ".join(repr(o) for o in exc.offered) or "nothing"
            _err(f"token {used + 1} ({token!r}): {exc}; offered here: {offered}")
            return EXIT_INPUT
        except PlayError as exc:
            _err(f"token {used + 1} ({token!r}): {exc}")
            return EXIT_INPUT
        used += 1
    if used < len(tokens):
        _err(f"the attempt ended after {used} token(s); {len(tokens) - used} left unused")
    node = engine.current_node(state)
    sheet = score_sheet(state.points, result.analysis.maximum)
    ending = node if isinstance(node, EndingNode) else None
    data = {
        "scenario": scenario.id,
        "version": scenario.version,
        "path": list(state.path),
        "ending": ending.id if ending else None,
        "outcome": ending.outcome.value if ending else None,
        "awaiting": None if ending else state.node,
        "points": sheet.points,
        "maximum": sheet.maximum,
        "percent": sheet.percent,
        "overall_percent": sheet.overall_percent,
        "variables": dict(state.variables),
    }
    if args.json:
        _dump(data)
        return EXIT_OK
    _out(f"{scenario.id} (version {scenario.version})")
    _out(f"path: {' → '.join(state.path)}")
    if ending:
        _out(f"ending: {ending.id} ({ending.outcome.value})")
    else:
        _out(f"awaiting a choice at: {state.node}")
    for cid in sheet.maximum:
        pct = sheet.percent[cid]
        shown = "n/a" if pct is None else f"{pct:.1f}%"
        _out(f"  {cid:<22} {sheet.points[cid]:>4} / {sheet.maximum[cid]:<4} {shown}")
    overall = sheet.overall_percent
    _out(f"overall: {'n/a' if overall is None else f'{overall:.1f}%'}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from trainer.scenario_io.format_v1 import json_schema

    _dump(json_schema())
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from trainer.paths import shipped_scenarios_dir
    from trainer.scenario_io.reader import find_scenario_folders, load_scenario

    root = shipped_scenarios_dir()
    folders = find_scenario_folders(root)
    _out(f"Scenarios in {root}:")
    for folder in folders:
        result = load_scenario(folder)
        if result.playable and result.scenario is not None:
            scenario = result.scenario
            title = scenario.title.resolve("pl", scenario.default_language)
            timed = ", timed" if scenario.is_timed else ""
            minutes = f"{scenario.minutes} min" if scenario.minutes else "?"
            _out(f"  {scenario.id:<24} {minutes:>7}{timed}  {title}")
        else:
            _out(f"  {folder.name:<24} UNAVAILABLE: {len(result.errors)} error(s)")
    _out("")
    _out("Play one headless: trainer play scenarios/tutorial --choose ...")
    return EXIT_OK


COMMANDS = {
    "validate": cmd_validate,
    "analyze": cmd_analyze,
    "play": cmd_play,
    "schema": cmd_schema,
    "list": cmd_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; never lets a Python traceback reach the user."""
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            from trainer import __version__

            _out(__version__)
            return EXIT_OK
        command = COMMANDS.get(args.command or "list")
        assert command is not None
        return command(args)
    except UsageError as exc:
        _err(str(exc))
        _err("run 'trainer --help' for usage")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from trainer.crash import save_crash_report

        report = save_crash_report(exc)
        _err(
            f"internal error: {type(exc).__name__}. "
            "This is a bug in the trainer, not in your files."
        )
        if report is not None:
            _err(f"a crash report was saved to {report}")
        return EXIT_INTERNAL
