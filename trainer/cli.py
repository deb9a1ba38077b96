"""The ``trainer`` command line: validate, analyze, play and schema.

Exit codes: 0 success, 1 the input is wrong (findings, a token not offered),
2 usage error, 3 an internal error (a bug; a crash report is saved).
These paths import neither Qt nor SQLAlchemy, so they start fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from trainer.domain.errors import TrainerError
from trainer.services.profile_names import printable

if TYPE_CHECKING:
    from trainer.domain.findings import Finding
    from trainer.domain.glossary import Glossary

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


def _data_dir_option(value: str) -> str:
    """``--data-dir``'s value: an empty one would silently mean the default folder."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "an empty folder name: give the data folder's path, or leave --data-dir out"
            " to use the default folder"
        )
    return value


def _finding_code(value: str) -> str:
    """``--allow-code``'s value: a finding code as printed in brackets, e.g. ``length-tell``."""
    if not _CODE_RE.fullmatch(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a finding code (lower-case words joined by '-', as printed"
            " in brackets, e.g. length-tell)"
        )
    return value


_CODE_RE = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")
#: ``--address`` values (the profile's codes, see trainer.domain.address.Address).
_ADDRESS_CODES = ("m", "f", "none")


def _seed_option(value: str) -> int:
    """``--seed``'s value: a whole number the app could have stored as an attempt's seed."""
    from trainer.domain.ordering import SEED_LIMIT

    try:
        seed = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if not 0 <= seed < SEED_LIMIT:
        raise argparse.ArgumentTypeError(f"the seed must be from 0 to {SEED_LIMIT - 1}")
    return seed


def _variable_setting(value: str) -> tuple[str, int]:
    """``--set``'s value: ``NAME=VALUE`` with a whole-number value."""
    name, equals, number = value.partition("=")
    name = name.strip()
    if not equals or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE (e.g. trust=2), not {value!r}")
    try:
        return name, int(number.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"the value of {name!r} must be a whole number, not {number.strip()!r}"
        ) from None


def _node_list(value: str) -> tuple[str, ...]:
    """``--visited``'s value: node ids separated by commas (spaces around them ignored)."""
    return tuple(part.strip() for part in value.split(",") if part.strip())


#: Options that take a path: any bytes a file name may hold are fine there.
_PATH_OPTIONS = frozenset({"data_dir", "path", "paths", "output", "file"})


def _check_text_arguments(args: argparse.Namespace) -> None:
    """UsageError for a text argument (a name, a token) that is not valid UTF-8.

    Python hands such bytes over as lone surrogates ("surrogateescape"); a name made
    of them can be neither stored nor printed, so it is refused here with its place.
    """
    for dest, value in vars(args).items():
        if dest in _PATH_OPTIONS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            bad = next((c for c in text if "\udc80" <= c <= "\udcff"), None)
            if bad is not None:
                option = "the name" if dest == "name" else "--" + dest.replace("_", "-")
                raise UsageError(
                    f"{option} is not valid text: it holds the byte"
                    f" 0x{ord(bad) - 0xDC00:02x}, which is not UTF-8 (set the terminal to"
                    " UTF-8, e.g. LANG=pl_PL.UTF-8, and type it again)"
                )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the GUI entry point)."""
    parser = _Parser(
        prog="trainer",
        description="Offline case-scenario trainer for police officers.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_data_dir_option,
        help="user data folder (default: $TRAINER_DATA_DIR or the per-user data folder)",
    )
    # PostgreSQL at a training centre (docs/postgres.md): the flag, else TRAINER_DB_URL,
    # else the data folder's database-url.txt; none of them: the folder's SQLite file.
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="keep progress on a PostgreSQL server, e.g. postgresql://trainer@localhost/trainer"
        " (default: $TRAINER_DB_URL, else DATA_DIR/database-url.txt, else SQLite in DATA_DIR)",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, then exit"
    )
    # --data-dir is accepted after the command too (``trainer play X --data-dir D``).
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_data_dir_option,
        default=argparse.SUPPRESS,
        help=argparse.SUPPRESS,
    )
    common.add_argument(
        "--db-url", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="check scenario folders against the format and report findings",
        description="Check scenario folders against the format and report every finding,"
        " including the pedagogical warnings (length-tell, feedback-long, time-too-short,"
        " gender-form, untitled-step, glossary, ...). The glossary used is the"
        " glossary.yaml beside the scenario folders, else the one shipped with the app.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    validate.add_argument("--json", action="store_true", help="print findings as JSON")
    validate.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on warnings too, as CI does"
    )
    validate.add_argument(
        "--allow-code",
        action="append",
        default=[],
        metavar="CODE",
        type=_finding_code,
        help="with --strict, do not fail on warnings with this code (still printed);"
        " repeatable; never excuses an error",
    )

    analyze = commands.add_parser(
        "analyze",
        parents=[common],
        help="maximum points, reachable endings and the best path of a scenario",
    )
    analyze.add_argument("path", metavar="PATH", type=Path)
    analyze.add_argument("--json", action="store_true", help="print JSON")

    play = commands.add_parser(
        "play", parents=[common], help="play a scenario headless with scripted choices"
    )
    play.add_argument("path", metavar="PATH", type=Path)
    play.add_argument(
        "--choose",
        nargs="*",
        action="extend",  # repeated flags add up: --choose a --choose b is --choose a b
        default=[],
        metavar="TOKEN",
        help="one token per decision, checklist or report, in order (may be repeated):"
        " a choice id, 'timeout' at a timed decision, or the ids of the ticked checklist"
        " or report items comma-separated ('' for none)",
    )
    play.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="TEXT",
        help="the note written at a report node (format 1.1); repeat it, in order, once"
        " for every report node the tokens reach (with --profile it is stored)",
    )
    play.add_argument(
        "--seed",
        type=_seed_option,
        metavar="N",
        help="the order seed (0 to 2147483647): the same seed shows choices and checklist"
        " items in the same order; without it the order is random, as in the app"
        " (not with --profile)",
    )
    play.add_argument(
        "--address",
        choices=tuple(_ADDRESS_CODES),
        metavar="m|f|none",
        help="how the player is addressed in Polish {m|f} forms: m masculine, f feminine,"
        " none both forms as 'a/b' (the default; not with --profile)",
    )
    play.add_argument(
        "--from",
        dest="from_node",
        metavar="NODE",
        help="start at this node instead of the scenario's start, as a fresh attempt"
        " standing there (test from here; not with --profile)",
    )
    play.add_argument(
        "--set",
        dest="set_variables",
        action="append",
        default=[],
        type=_variable_setting,
        metavar="NAME=VALUE",
        help="start with this variable at VALUE, a whole number (clamped to its declared"
        " bounds; repeat for more; the rest start at their initial values; not with"
        " --profile)",
    )
    play.add_argument(
        "--visited",
        type=_node_list,
        default=(),
        metavar="ID,ID",
        help="node ids counted as visited before the start, in order (for conditions that"
        " ask visited(...); not with --profile)",
    )
    play.add_argument(
        "--json",
        action="store_true",
        help="print JSON, with a 'transcript' of every node shown: its title and text as"
        " rendered (path alternatives, form of address, language) and the ids of its"
        " choices or items in the order shown",
    )
    play.add_argument("--profile", metavar="NAME", help="record the attempt for this profile")
    play.add_argument(
        "--mode", choices=("practice", "assessment"), default="practice", help="with --profile"
    )
    play.add_argument(
        "--lang",
        "--language",
        dest="language",
        metavar="CODE",
        help="content language (default: the scenario's first)",
    )
    play.add_argument(
        "--resume", action="store_true", help="continue the profile's unfinished attempt"
    )

    history = commands.add_parser("history", parents=[common], help="a profile's attempts")
    history.add_argument("--profile", metavar="NAME", required=True)
    history.add_argument("--json", action="store_true", help="print JSON")

    setup = commands.add_parser(
        "setup",
        parents=[common],
        help="set up this laptop's first instructor (refused once there is one)",
    )
    setup.add_argument("name", metavar="NAME")
    _address_option(setup)
    setup.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the password (12+ characters) from the first line of standard input",
    )
    setup.add_argument(
        "--trust",
        metavar="FILE",
        type=Path,
        help="also trust a training centre's public key file (see docs/keys.md)",
    )

    profile = commands.add_parser("profile", parents=[common], help="manage profiles")
    profile_commands = profile.add_subparsers(
        dest="profile_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    profile_commands.add_parser("list", parents=[common], help="list profiles")
    create = profile_commands.add_parser(
        "create", parents=[common], help="create a profile (an instructor with --trainer)"
    )
    create.add_argument("name", metavar="NAME")
    _address_option(create)
    create.add_argument(
        "--trainer",
        action="store_true",
        help="an instructor: needs a password (12+ characters) and an instructor's --by",
    )
    create.add_argument(
        "--by", metavar="INSTRUCTOR", help="with --trainer: the instructor who confirms"
    )
    create.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the secrets from standard input, one a line: the --by instructor's "
        "password first, then the new PIN or password",
    )
    export = profile_commands.add_parser(
        "export", parents=[common], help="everything stored about a profile, as JSON"
    )
    export.add_argument("name", metavar="NAME")
    export.add_argument("--output", metavar="FILE", type=Path, help="write to FILE")
    _add_authority(export, "someone else's profile", own=True)
    unlock = profile_commands.add_parser(
        "unlock", parents=[common], help="lift a lock after too many wrong PINs (instructors)"
    )
    unlock.add_argument("name", metavar="NAME")
    unlock.add_argument(
        "--by", metavar="INSTRUCTOR", required=True, help="the instructor's profile, who confirms"
    )
    unlock.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the instructor's password from the first line of standard input",
    )
    address = profile_commands.add_parser(
        "address",
        parents=[common],
        help="change how Polish scenarios address a profile (from its next attempt on)",
    )
    address.add_argument("name", metavar="NAME")
    _address_option(address, required=True)
    _add_authority(address, "someone else's profile", own=True)
    delete = profile_commands.add_parser(
        "delete", parents=[common], help="erase a profile and all its data"
    )
    delete.add_argument("name", metavar="NAME")
    delete.add_argument("--yes", action="store_true", help="confirm the erasure")
    _add_authority(delete, "someone else's profile", own=True)

    db = commands.add_parser("db", parents=[common], help="check, back up or restore the database")
    db_commands = db.add_subparsers(
        dest="db_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    db_commands.add_parser("check", parents=[common], help="integrity and reference checks")
    db_commands.add_parser("backup", parents=[common], help="make a verified backup now")
    restore = db_commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup"
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    _add_authority(restore, "a restore")
    retention = db_commands.add_parser(
        "retention",
        parents=[common],
        help="how long attempts are kept (as the data protection officer decides)",
    )
    period = retention.add_mutually_exclusive_group()
    period.add_argument(
        "--months",
        type=int,
        metavar="N",
        help="delete attempts N months (1-120) after their last step, now and at every start",
    )
    period.add_argument("--off", action="store_true", help="keep attempts until erased by hand")
    retention.add_argument("--yes", action="store_true", help="confirm deleting old attempts")
    _add_authority(retention, "a change")
    retention.add_argument(
        "--apply-now",
        action="store_true",
        help="run a purge that was held back (clock in doubt, or over half the attempts)",
    )

    results = commands.add_parser(
        "results",
        parents=[common],
        help="export this station's results; merge stations' results (an instructor's)",
    )
    results_commands = results.add_subparsers(
        dest="results_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    results_export = results_commands.add_parser(
        "export",
        parents=[common],
        help="write the attempts that have ended to a file for the training centre",
        description="Write every attempt that has ended (finished or abandoned) with its"
        " steps, results, card look-ups and the scenario version played, to a checksummed"
        " file. Officers appear as stable pseudonyms, never by name, unless --with-names."
        " Attempts still in progress go in a later export, once they end.",
    )
    results_export.add_argument(
        "--since",
        metavar="DATE",
        help="only attempts that ended on or after DATE (YYYY-MM-DD, local midnight, or an"
        " ISO date and time)",
    )
    results_export.add_argument(
        "--with-names", action="store_true", help="include the profiles' display names"
    )
    results_export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the file to write"
    )
    results_export.add_argument("--json", action="store_true", help="print the report as JSON")
    results_export.add_argument(
        "--to",
        metavar="FINGERPRINT",
        help="the trusted centre to encrypt the file to, when more than one is trusted"
        " (`trainer keys list`); with one, the file is always encrypted to it",
    )
    _add_authority(results_export, "the export")
    results_import = results_commands.add_parser(
        "import",
        parents=[common],
        help="merge results files into this database (the same file twice adds nothing)",
    )
    results_import.add_argument("files", metavar="FILE", type=Path, nargs="+")
    results_import.add_argument(
        "--json",
        action="store_true",
        help='print {"attempts_added", "attempts_skipped", "steps_added"} summed over the files',
    )
    results_import.add_argument(
        "--key",
        metavar="KEYFILE",
        type=Path,
        help="the centre's private key file, to open encrypted results files",
    )
    _add_passphrase_option(results_import, "after the instructor's password")
    _add_authority(results_import, "the import")
    # -- results xapi (its own block: statements for a learning record store) --
    results_xapi = results_commands.add_parser(
        "xapi",
        parents=[common],
        help="write the attempts that have ended as xAPI 1.0.3 statements for an LRS",
        description="Write one xAPI statement per step of every attempt that has ended, and"
        " one 'completed' statement per finished attempt (score, success from the ending's"
        " outcome, duration, competency results), as a JSON array that an LRS's"
        " POST /statements takes (or JSON Lines with --lines). Officers are accounts named"
        " by their pseudonyms; statement ids are derived from the attempts' UUIDs, so an"
        " export sent again adds nothing. See docs/xapi.md.",
    )
    results_xapi.add_argument(
        "--since",
        metavar="DATE",
        help="only attempts that ended on or after DATE (YYYY-MM-DD, local midnight, or an"
        " ISO date and time)",
    )
    results_xapi.add_argument(
        "--with-names",
        action="store_true",
        help="add the profiles' display names as the agents' names (the account stays the"
        " pseudonym)",
    )
    results_xapi.add_argument(
        "--lines", action="store_true", help="write JSON Lines (one statement a line)"
    )
    results_xapi.add_argument(
        "--base-iri",
        metavar="IRI",
        help="where activity ids and extension keys start (default:"
        " https://hate-crime-trainer.invalid/xapi/, a placeholder: set your centre's own)",
    )
    results_xapi.add_argument(
        "--home-page",
        metavar="IRL",
        help="the accounts' homePage (default: https://hate-crime-trainer.invalid/)",
    )
    results_xapi.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the file to write"
    )
    results_xapi.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_authority(results_xapi, "the export")

    import_twee = commands.add_parser(
        "import-twee",
        parents=[common],
        help="make a scenario folder from a Twine story (Twee 3)",
        description="Make a scenario from a Twee 3 story: passages become nodes, links"
        " choices, positions go to the map. Whatever the scenario cannot carry (macros,"
        " scripts, styles, broken links) is printed as a warning naming the passage and"
        " line. The result is validated; exit 1 if it has errors (fix them in the editor"
        " or the YAML). See docs/twine.md.",
    )
    import_twee.add_argument("file", metavar="FILE.twee", type=Path)
    import_twee.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=Path,
        required=True,
        help="the scenario folder to write (its name is the scenario id)",
    )
    import_twee.add_argument(
        "--lang",
        metavar="CODE",
        help="the language the story is written in (default: as exported, else pl)",
    )
    import_twee.add_argument(
        "--force", action="store_true", help="replace a scenario already in DIR"
    )
    import_twee.add_argument("--json", action="store_true", help="print the report as JSON")
    export_twee = commands.add_parser(
        "export-twee",
        parents=[common],
        help="write a scenario as a Twine story (Twee 3)",
        description="Write a valid scenario as a Twee 3 story to edit in Twine (story"
        " format Harlowe 3). Everything Twine cannot show rides in a comment at the end of"
        " each passage, so import-twee brings the same scenario back. See docs/twine.md.",
    )
    export_twee.add_argument("path", metavar="DIR", type=Path)
    export_twee.add_argument(
        "-o",
        "--output",
        metavar="FILE.twee",
        type=Path,
        required=True,
        help="the file to write ('-' for standard output)",
    )
    export_twee.add_argument(
        "--lang", metavar="CODE", help="the language of the passages (default: the first)"
    )
    export_twee.add_argument("--force", action="store_true", help="replace an existing file")
    export_twee.add_argument("--json", action="store_true", help="print the report as JSON")

    pack = commands.add_parser(
        "pack",
        parents=[common],
        help="export or import scenario packs (zip files with a manifest)",
        description="Scenario packs carry scenarios between laptops: a zip with a manifest"
        " listing every file's size and SHA-256. See docs/packs.md.",
    )
    pack_commands = pack.add_subparsers(
        dest="pack_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    pack_export = pack_commands.add_parser(
        "export",
        parents=[common],
        help="write valid scenarios into a pack",
        description="Write the scenarios into a pack. SCENARIO is a scenario folder or the"
        " id of an installed scenario. Only valid scenarios are exported; the same"
        " scenarios always give the same bytes.",
    )
    pack_export.add_argument("paths", nargs="+", metavar="SCENARIO")
    pack_export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the pack to write"
    )
    pack_export.add_argument("--force", action="store_true", help="replace an existing file")
    pack_export.add_argument("--json", action="store_true", help="print the report as JSON")
    pack_export.add_argument(
        "--sign",
        metavar="KEYFILE",
        type=Path,
        help="sign the pack with a training centre's private key file (see docs/keys.md)",
    )
    _add_passphrase_option(pack_export)
    pack_import = pack_commands.add_parser(
        "import",
        parents=[common],
        help="check a pack whole, then install its scenarios into the data folder",
        description="Check everything in the pack (names, links, sizes, compression,"
        " file types, SHA-256 against the manifest, validation) before touching the"
        " library, then install each scenario into the data folder's scenarios/. A newer"
        " installed version is never replaced; the same version with other content only"
        " with --yes. Exit 1 if the pack is refused or any scenario is.",
    )
    pack_import.add_argument("file", metavar="FILE", type=Path)
    pack_import.add_argument(
        "--yes",
        action="store_true",
        help="replace an installed scenario of the same version whose content differs",
    )
    pack_import.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_authority(pack_import, "a pack not signed by a trusted centre (it installs as unofficial)")
    scenarios = commands.add_parser("scenarios", parents=[common], help="installed scenarios")
    scenarios_commands = scenarios.add_subparsers(
        dest="scenarios_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    scenarios_list = scenarios_commands.add_parser(
        "list",
        parents=[common],
        help="every installed scenario: id, version, source (shipped/user), folder",
    )
    scenarios_list.add_argument("--json", action="store_true", help="print JSON")
    _add_keys_parser(commands, common)

    commands.add_parser("schema", parents=[common], help="print the JSON Schema of scenario.yaml")
    commands.add_parser("list", parents=[common], help="list the shipped scenarios")
    return parser


# -- trainer keys: centre keys and the station's trust store (docs/keys.md) -------------


def _add_keys_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    keys = commands.add_parser(
        "keys",
        parents=[common],
        help="training centres' keys: make one; trust, list or forget centres on a station",
        description="A training centre signs scenario packs and receives encrypted results"
        " with its keys; stations trust its public key file. See docs/keys.md.",
    )
    keys_commands = keys.add_subparsers(
        dest="keys_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    create = keys_commands.add_parser(
        "create",
        parents=[common],
        help="make a centre's keys: a private key file (passphrase) and a public key file",
    )
    create.add_argument("--centre", metavar="NAME", required=True, help="the centre's name")
    create.add_argument(
        "-o", "--output", metavar="DIR", type=Path, required=True, help="the folder to write to"
    )
    create.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_passphrase_option(create)
    trust = keys_commands.add_parser(
        "trust", parents=[common], help="trust a centre's public key file on this station"
    )
    trust.add_argument("file", metavar="FILE", type=Path)
    _add_authority(trust, "trusting a centre")
    listing = keys_commands.add_parser(
        "list", parents=[common], help="the centres this station trusts"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    forget = keys_commands.add_parser(
        "forget", parents=[common], help="stop trusting a centre (by its key's fingerprint)"
    )
    forget.add_argument("fingerprint", metavar="FINGERPRINT")
    _add_authority(forget, "forgetting a centre")


def _add_passphrase_option(command: argparse.ArgumentParser, order: str = "") -> None:
    where = f" ({order})" if order else ""
    command.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"read the key's passphrase from a line of standard input{where}",
    )


def _read_passphrase(args: argparse.Namespace, prompt: str, *, new: bool = False) -> str:
    """A key's passphrase: a line of standard input, or typed (twice if ``new``)."""
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise UsageError("a passphrase is needed: use --passphrase-stdin or run this in a terminal")
    import getpass

    passphrase = getpass.getpass(prompt)
    if new and getpass.getpass("Again: ") != passphrase:
        raise UsageError("the two passphrases differ")
    return passphrase


def _open_centre_key(args: argparse.Namespace, file: Path) -> Any:
    """The centre's private key in ``file``, opened with its passphrase."""
    from trainer.exchange.centre_keys import read_private_key

    if not file.is_file():
        raise UsageError(f"no such key file: {file}")
    return read_private_key(file, _read_passphrase(args, f"Passphrase of {file.name}: "))


def _key_json(key: Any) -> dict[str, Any]:
    from trainer.exchange.centre_keys import grouped

    return {
        "centre": key.centre,
        "fingerprint": grouped(key.fingerprint),
        "created_at": key.created_at,
    }


def cmd_keys(args: argparse.Namespace) -> int:
    from trainer.exchange.centre_keys import grouped, parse_fingerprint, passphrase_problem
    from trainer.exchange.trust_store import TrustStore

    if args.keys_command == "create":
        import datetime as dt

        from trainer.exchange.centre_keys import centre_name_problem, write_new_keys

        problem = centre_name_problem(args.centre)
        if problem is not None:
            raise UsageError(f"--centre: {problem}")
        passphrase = _read_passphrase(
            args, "Passphrase for the private key (12+ characters): ", new=True
        )
        problem = passphrase_problem(passphrase)
        if problem is not None:
            raise UsageError(f"{problem}: choose a long one and keep it apart from the key")
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        written = write_new_keys(args.centre, passphrase, args.output, created_at=now)
        if args.json:
            _dump(
                {
                    **_key_json(written.key.public),
                    "private_key_file": str(written.private),
                    "public_key_file": str(written.public),
                }
            )
        else:
            _out(f"centre:      {written.key.centre}")
            _out(f"fingerprint: {grouped(written.key.fingerprint)}")
            _out(f"private key: {written.private}  (keep it at the centre, with its passphrase)")
            _out(f"public key:  {written.public}  (give it to the stations)")
        return EXIT_OK
    from trainer.paths import data_dir

    store = TrustStore.for_data_dir(data_dir(getattr(args, "data_dir", None)))
    if args.keys_command == "list":
        centres = store.centres()
        problems = store.problems()
        if args.json:
            _dump([_key_json(key) for key in centres])
        else:
            if not centres:
                _out("no centre is trusted on this station")
            for key in centres:
                created = f"(created {key.created_at})"
                _out(f"{grouped(key.fingerprint)}  {printable(key.centre)}  {created}")
        for damaged in problems:
            _err(f"warning: {damaged.path}: trusted for nothing: {damaged.detail}")
        return EXIT_OK
    from trainer.services.centre_trust import CentreTrustService

    if args.keys_command == "trust":
        from trainer.exchange.centre_keys import read_public_key

        if not args.file.is_file():
            raise UsageError(f"no such key file: {args.file}")
        key = read_public_key(args.file)  # checked before a password is asked
        with _services(args, backup_on_exit=False) as services:
            operator = _confirm_trainer(services, args, "trusting a centre")
            trusted = CentreTrustService(services.store, store).trust_key(key, by=operator)
        state = "now trusted" if trusted.new else "was already trusted"
        _err(
            f"{printable(key.centre)!r} (key {grouped(key.fingerprint)}) {state}: packs it signs"
            " install as official, and results exports are encrypted to it"
        )
        return EXIT_OK
    try:
        fingerprint = parse_fingerprint(args.fingerprint)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with _services(args, backup_on_exit=False) as services:
        operator = _confirm_trainer(services, args, "forgetting a centre")
        forgotten = CentreTrustService(services.store, store).forget(fingerprint, by=operator)
    _err(
        f"{printable(forgotten.centre)!r} (key {grouped(fingerprint)}) is no longer trusted;"
        " scenarios it signed are now listed as unofficial"
    )
    return EXIT_OK


def _results_recipient(args: argparse.Namespace) -> Any:
    """The centre a results export is encrypted to (None: no centre is trusted here)."""
    from trainer.exchange.trust_store import TrustStore
    from trainer.paths import data_dir
    from trainer.services.results import RecipientError, choose_recipient

    trust = TrustStore.for_data_dir(data_dir(getattr(args, "data_dir", None)))
    try:
        return choose_recipient(trust, args.to)
    except RecipientError as exc:
        raise UsageError(f"--to: {exc}" if args.to is not None else str(exc)) from None


def _add_authority(command: argparse.ArgumentParser, what: str, *, own: bool = False) -> None:
    """``--by INSTRUCTOR`` and ``--secret-stdin``, for a command that needs an instructor."""
    command.add_argument(
        "--by", metavar="INSTRUCTOR", help=f"the instructor who confirms {what} with their password"
    )
    secret = "the --by instructor's password" + (" (or the profile's own PIN)" if own else "")
    command.add_argument(
        "--secret-stdin",
        action="store_true",
        help=f"read {secret} from the first line of standard input",
    )


def _out(text: str = "") -> None:
    # Names and scenario text come from people: never let them drive the terminal.
    sys.stdout.write(printable(text) + "\n")


def _err(text: str) -> None:
    sys.stderr.write(printable(text) + "\n")


def _json_escape(char: str) -> str:
    code = ord(char)
    if code > 0xFFFF:  # JSON spells these as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _json_text(data: Any) -> str:
    """Indented JSON with every non-printable character escaped (safe on a terminal)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Outside strings JSON has only printable characters and line breaks, so this
    # escapes only inside strings, where \uXXXX means the same character.
    return "".join(c if c == "\n" or c.isprintable() else _json_escape(c) for c in text)


def _dump(data: Any) -> None:
    _out(_json_text(data))


# -- commands ------------------------------------------------------------------


def _address_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--address",
        choices=("m", "f", "none"),
        required=required,
        default=None if required else "none",
        help="how Polish scenarios address the person: masculine (zrobiłeś), feminine "
        "(zrobiłaś), or none: both forms, zrobiłeś/zrobiłaś"
        + ("" if required else " (the default)"),
    )


def _address(args: argparse.Namespace) -> Any:
    from trainer.domain.address import Address

    return Address(args.address)


def cmd_validate(args: argparse.Namespace) -> int:
    from trainer.paths import shipped_scenarios_dir
    from trainer.scenario_io.folders import find_scenario_folders
    from trainer.scenario_io.reader import load_scenario

    glossaries = _Glossaries(shipped_scenarios_dir())
    results = []
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"trainer validate: no such file or folder: {path}")
        folders = find_scenario_folders(path)
        if not folders:
            results.append(load_scenario(path))  # reports "no scenario file" with the path
        for folder in folders:
            glossary = glossaries.for_folder(folder)
            results.append(load_scenario(folder, pedagogy=True, glossary=glossary))
    findings = glossaries.findings + [f for result in results for f in result.findings]
    allowed = set(args.allow_code)
    excused = [f for f in findings if not f.is_error and f.code in allowed]
    if args.json:
        _dump([f.to_json() for f in findings])
    else:
        for finding in findings:
            _out(finding.format_line())
        errors = sum(1 for f in findings if f.is_error)
        warnings = len(findings) - errors
        checked = sum(1 for r in results if r.file is not None)
        note = f" ({len(excused)} with an allowed code)" if excused else ""
        _err(f"{checked} scenario(s) checked: {errors} error(s), {warnings} warning(s){note}")
    if args.strict:
        failing = [f for f in findings if f.is_error or f.code not in allowed]
    else:
        failing = [f for f in findings if f.is_error]
    return EXIT_INPUT if failing else EXIT_OK


class _Glossaries:
    """The glossary for each scenario folder, each file read once; a broken one is a finding."""

    def __init__(self, shipped_scenarios: Path) -> None:
        self.shipped_scenarios = shipped_scenarios
        self.findings: list[Finding] = []
        self._read: dict[Path, Glossary] = {}

    def for_folder(self, folder: Path) -> Glossary:
        from trainer.domain.glossary import EMPTY_GLOSSARY
        from trainer.scenario_io.glossary import GlossaryError, glossary_file_for, load_glossary

        file = glossary_file_for(folder, self.shipped_scenarios)
        if file is None:
            return EMPTY_GLOSSARY
        if file not in self._read:
            try:
                self._read[file] = load_glossary(file)
            except GlossaryError as problem:
                # Reported once, on the glossary file; the scenarios are still checked.
                self.findings.append(problem.finding())
                self._read[file] = EMPTY_GLOSSARY
        return self._read[file]


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
        "work": analysis.work,
        "limit_reached": analysis.limit_reached,
    }
    if args.json:
        _dump(data)
        return EXIT_OK
    scenario = result.scenario
    _out(f"{scenario.id} (version {scenario.version})")
    if analysis.exact:
        _out("exact analysis")
    else:
        _out(f"NOT EXACT ({analysis.limit_reached} bound reached): maxima are upper bounds")
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


def _play_json(scenario: Any, analysis: Any, engine: Any, state: Any) -> dict[str, Any]:
    from trainer.domain.model import EndingNode
    from trainer.domain.scoring import score_sheet

    node = engine.current_node(state)
    sheet = score_sheet(state.points, analysis.maximum)
    ending = node if isinstance(node, EndingNode) else None
    return {
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


def _print_play(data: dict[str, Any]) -> None:
    _out(f"{data['scenario']} (version {data['version']})")
    if data.get("attempt"):
        _out(f"attempt: {data['attempt']}")
    _out(f"path: {' → '.join(data['path'])}")
    if data["ending"]:
        _out(f"ending: {data['ending']} ({data['outcome']})")
    else:
        _out(f"awaiting a choice at: {data['awaiting']}")
    for cid, top in data["maximum"].items():
        pct = data["percent"][cid]
        shown = "n/a" if pct is None else f"{pct:.1f}%"
        _out(f"  {cid:<22} {data['points'][cid]:>4} / {top:<4} {shown}")
    overall = data["overall_percent"]
    _out(f"overall: {'n/a' if overall is None else f'{overall:.1f}%'}")


class _Notes:
    """The ``--note`` texts, handed out in order to the report nodes the tokens reach."""

    def __init__(self, notes: Sequence[str], *, required: bool = True) -> None:
        self.waiting = list(notes)
        self.used = 0
        # A recorded attempt may go without: its report stores an empty note, as the
        # app would if the officer sent nothing (scripts that only walk a path).
        self.required = required

    def next_for(self, node_id: str) -> str:
        if not self.waiting and not self.required:
            return ""
        if not self.waiting:
            raise UsageError(
                f"the tokens reach the report node {node_id!r}, but"
                f" {'no --note was given' if not self.used else 'every --note is used up'}:"
                " give one --note TEXT for each report node, in order"
            )
        self.used += 1
        return self.waiting.pop(0)

    def check_all_used(self) -> None:
        if self.waiting:
            raise UsageError(
                f"{len(self.waiting)} --note left unused: the tokens reached"
                f" {self.used} report node(s), and each takes one --note, in order"
            )


def _feed(tokens: list[str], step: Any, is_done: Any) -> int | None:
    """Apply tokens with ``step``; exit code 1 on a token not offered, else None."""
    from trainer.domain.errors import NotOfferedError, PlayError

    used = 0
    for token in tokens:
        if is_done():
            break
        try:
            step(token)
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
    return None


def _play_language(args: argparse.Namespace, scenario: Any) -> str:
    language: str = args.language or scenario.default_language
    if language not in scenario.languages:
        raise UsageError(
            f"{scenario.id} is written in {', '.join(scenario.languages)}, not {language!r};"
            f" choose one of them with --lang"
        )
    return language


def cmd_play(args: argparse.Namespace) -> int:
    from trainer.domain.address import parse_address
    from trainer.domain.engine import PlayEngine
    from trainer.domain.model import ReportNode, SceneNode
    from trainer.domain.ordering import new_seed
    from trainer.domain.render import TextRenderer
    from trainer.services.transcript import Transcript

    result = _load_playable(args.path)
    if result is None:
        return EXIT_INPUT
    scenario = result.scenario
    language = _play_language(args, scenario)
    if args.profile is not None:
        return _play_recorded(args, result, language)
    if args.resume:
        raise UsageError("--resume needs --profile NAME")
    engine = PlayEngine(scenario)
    seed = new_seed() if args.seed is None else args.seed
    renderer = TextRenderer(scenario, language, parse_address(args.address))
    transcript = Transcript(engine, renderer, seed)
    notes = _Notes(args.note)
    box = {"state": _first_state(args, engine)}

    def walk_scenes() -> None:
        transcript.see(box["state"])
        while not box["state"].finished and isinstance(
            engine.current_node(box["state"]), SceneNode
        ):
            box["state"] = engine.continue_(box["state"])
            transcript.see(box["state"])

    def step(token: str) -> None:
        node = engine.current_node(box["state"])
        note = notes.next_for(node.id) if isinstance(node, ReportNode) else ""
        box["state"] = engine.play(box["state"], token, note)
        transcript.answered(box["state"])
        walk_scenes()

    walk_scenes()
    failed = _feed(list(args.choose), step, lambda: box["state"].finished)
    if failed is not None:
        return failed
    notes.check_all_used()
    data = _play_json(scenario, result.analysis, engine, box["state"])
    data["transcript"] = transcript.entries
    _dump(data) if args.json else _print_play(data)
    return EXIT_OK


def _first_state(args: argparse.Namespace, engine: Any) -> Any:
    """The state play starts from: the scenario's start, or ``--from`` NODE, with the
    ``--set`` variables and the ``--visited`` path (a UsageError names what is unknown)."""
    from trainer.domain.engine import StartPointError

    scenario = engine.scenario
    values: dict[str, int] = {}
    for name, value in args.set_variables:
        if name in values and values[name] != value:
            raise UsageError(f"--set gives {name!r} twice: {values[name]} and {value}")
        values[name] = value
    node = scenario.start if args.from_node is None else args.from_node
    # Each option checked on its own, so the message names the one that is wrong.
    for option, given in (("--from", [node]), ("--visited", list(args.visited))):
        unknown = [n for n in given if n not in scenario.nodes]
        if unknown:
            raise UsageError(f"{option}: the scenario {scenario.id} has no node {unknown[0]!r}")
    try:
        return engine.start_at(node, variables=values, visited=args.visited)
    except StartPointError as exc:  # only variables are left to be unknown here
        raise UsageError(f"--set: {exc}") from None


def _play_recorded(args: argparse.Namespace, loaded: Any, language: str) -> int:
    from trainer.domain.model import Mode, ReportNode, SceneNode
    from trainer.services.transcript import Transcript

    unrecorded_only = (
        ("--seed", args.seed),
        ("--address", args.address),
        ("--from", args.from_node),
        ("--set", args.set_variables or None),
        ("--visited", args.visited or None),
    )
    for option, given in unrecorded_only:
        if given is not None:
            raise UsageError(
                f"{option} works only without --profile: a recorded attempt takes its order"
                " and form of address from the app (the profile's form, as stored)"
            )
    notes = _Notes(args.note, required=False)
    with _services(args) as services:
        if args.resume:
            profile = services.profiles.find(args.profile)  # nothing to resume for a stranger
        else:
            profile = services.profiles.get_or_create_officer(args.profile)
        _sign_in(services, profile)
        if args.resume:
            waiting = services.play.unfinished(profile, loaded.scenario.id)
            if not waiting:
                _err(f"{profile.display_name} has no unfinished attempt of {loaded.scenario.id}")
                return EXIT_INPUT
            active = services.play.resume(waiting[0])
        else:
            active = services.play.start(profile, loaded, mode=Mode(args.mode), language=language)
        transcript = Transcript(active.engine, active.renderer, active.seed)

        def continue_scenes() -> None:
            transcript.see(active.state)
            while not active.state.finished and isinstance(
                active.engine.current_node(active.state), SceneNode
            ):
                services.play.advance(active, "")
                transcript.see(active.state)

        def step(token: str) -> None:
            node = active.engine.current_node(active.state)
            note = notes.next_for(node.id) if isinstance(node, ReportNode) else ""
            services.play.advance(active, token, note=note)
            transcript.answered(active.state)
            continue_scenes()

        continue_scenes()
        failed = _feed(list(args.choose), step, lambda: active.state.finished)
        if failed is None:
            notes.check_all_used()
        data = {
            "attempt": active.attempt_id,
            **_play_json(active.scenario, active.analysis, active.engine, active.state),
            "transcript": transcript.entries,
        }
        if failed is not None:
            _err(f"the attempt {active.attempt_id} stays unfinished at {active.state.node}")
            return failed
        _dump(data) if args.json else _print_play(data)
        return EXIT_OK


@contextmanager
def _services(args: argparse.Namespace, *, backup_on_exit: bool = True) -> Iterator[Any]:
    from trainer.paths import check_data_dir, data_dir
    from trainer.services.context import open_services

    folder = data_dir(getattr(args, "data_dir", None))
    check_data_dir(folder, for_writing=True)
    services = open_services(folder, db_url=getattr(args, "db_url", None))
    held = services.store.purge.held
    if held is not None and not getattr(args, "apply_now", False):
        _err(f"warning: {held.message()}")
    try:
        yield services
    finally:
        services.close(backup=backup_on_exit)
        for note in services.store.backups.notes:
            _err(f"warning: {note}")
        if services.store.exit_backup_error is not None:
            _err(f"warning: {services.store.exit_backup_error}")


@contextmanager
def _writer_lock(args: argparse.Namespace, instead: str) -> Iterator[None]:
    """The data folder's instance lock for a command that writes files but not the
    database; while the desktop app holds it, the command is refused, saying ``instead``."""
    from trainer.paths import data_dir
    from trainer.storage.errors import AnotherInstanceError
    from trainer.storage.instance_lock import InstanceLock

    lock = InstanceLock(data_dir(getattr(args, "data_dir", None)))
    try:
        lock.acquire()
    except AnotherInstanceError as exc:
        raise AnotherInstanceError(lock.data_dir, instead=instead) from exc
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _reading(args: argparse.Namespace, *, check_schema: bool = True) -> Iterator[Any]:
    """The services for a command that only reads: it works while the app is open.

    The database is opened read-only and nothing in the data folder changes (no
    creation, migration, backup or checkpoint); only writers take the instance lock.
    ``check_schema=False``: `db check` reports a schema that is not the app's itself.
    """
    from trainer.paths import check_data_dir, data_dir
    from trainer.services.context import open_read_only_services

    folder = data_dir(getattr(args, "data_dir", None))
    check_data_dir(folder, for_writing=False)
    services = open_read_only_services(
        folder, check_schema=check_schema, db_url=getattr(args, "db_url", None)
    )
    try:
        yield services
    finally:
        services.close(backup=False)


def _sign_in(services: Any, profile: Any) -> Any:
    if profile.secret_hash is None:
        # No secret to ask, and nothing written; refuses a profile merged from results.
        return services.profiles.sign_in(profile, None)
    if not sys.stdin.isatty():
        raise UsageError(
            f"the profile {profile.display_name!r} has a PIN: run this in a terminal to enter it"
        )
    import getpass

    return services.profiles.sign_in(profile, getpass.getpass("PIN or password: "))


def cmd_history(args: argparse.Namespace) -> int:
    from trainer.storage.errors import AnotherInstanceError, ProfileError
    from trainer.storage.reader import NoDatabaseError

    try:
        with _reading(args) as services:
            profile = services.profiles.find(args.profile)
            entries = None
            if profile.secret_hash is None:
                _sign_in(services, profile)  # open to anyone, unless merged from results
                entries = services.history.entries(profile)
    except NoDatabaseError as exc:
        raise ProfileError(f"there is no profile called {args.profile!r}: {exc}") from exc
    if entries is None:
        # Signing in is a write (a wrong PIN counts towards a lock), so a profile with a
        # PIN is read the writers' way, which waits for the desktop app to close.
        try:
            with _services(args, backup_on_exit=False) as services:
                profile = services.profiles.find(args.profile)
                _sign_in(services, profile)
                entries = services.history.entries(profile)
        except AnotherInstanceError as exc:
            raise ProfileError(
                f"{profile.display_name} has a PIN, and signing in is recorded, which cannot "
                f"happen while the desktop app is open. {exc}"
            ) from exc
    if args.json:
        _dump(entries)
        return EXIT_OK
    if not entries:
        _out(f"{profile.display_name} has no attempts yet")
    for e in entries:
        # A result only for a finished attempt (--json gives the points so far of others).
        finished = e["status"] == "finished" and e["overall_percent"] is not None
        overall = f"{e['overall_percent']:5.1f}%" if finished else ""
        # The status (finished, abandoned, in progress) in a column of its own; the
        # outcome beside it only for a finished attempt.
        status = e["status"].replace("_", " ")
        _out(
            f"{e['started'][:16].replace('T', ' ')}  {e['scenario']:<24} v{e['version']:<3} "
            f"{e['mode']:<10} {status:<11} {e['outcome'] or '':<8} {overall}".rstrip()
        )
    return EXIT_OK


def cmd_profile(args: argparse.Namespace) -> int:
    if args.profile_command == "list":
        return _list_profiles(args)
    if args.profile_command == "create":
        return _create_profile(args)
    if args.profile_command == "unlock":
        return _unlock_profile(args)
    if args.profile_command == "address":
        return _change_address(args)
    if args.profile_command == "export":
        with _services(args, backup_on_exit=False) as services:
            profile = services.profiles.find(args.name)
            data = services.profiles.export_by(
                profile, by=_self_or_trainer(services, profile, args)
            )
        text = _json_text(data)
        if args.output is None:
            _out(text)
        else:
            from trainer.fileio import atomic_write_bytes

            try:
                atomic_write_bytes(args.output, (text + "\n").encode("utf-8"))
            except OSError as exc:
                _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
                return EXIT_INPUT
            _err(f"exported {len(data['attempts'])} attempt(s) to {args.output}")
        return EXIT_OK
    # delete
    if not args.yes:
        raise UsageError("erasing a profile cannot be undone: add --yes to confirm")
    with _services(args) as services:
        profile = services.profiles.find(args.name)
        services.profiles.erase_by(
            profile, by=_self_or_trainer(services, profile, args, erasing=True)
        )
    _err(f"erased the profile {args.name!r} and all its attempts")
    return EXIT_OK


def _list_profiles(args: argparse.Namespace) -> int:
    from trainer.services.profiles import TRAINER
    from trainer.storage.reader import NoDatabaseError

    try:
        with _reading(args) as services:
            locked = {p.id for p in services.profiles.locked()}
            profiles = services.store.list_profiles()
    except NoDatabaseError as exc:
        _err(str(exc))  # no profiles yet: not an error
        return EXIT_OK
    for profile in profiles:
        lock = ""
        if profile.secret_hash:
            lock = " (password)" if profile.role == TRAINER else " (PIN)"
        if profile.id in locked:
            lock += " (locked: `trainer profile unlock`)"
        _out(f"{profile.display_name:<30} {profile.role}{lock}")
    return EXIT_OK


def _create_profile(args: argparse.Namespace) -> int:
    """An officer's profile (anyone may sign up), or an instructor's (an instructor's --by)."""
    if not args.trainer:
        secret: str | None = None
        if args.secret_stdin:
            secret = sys.stdin.readline().rstrip("\n") or None
        with _services(args, backup_on_exit=False) as services:
            profile = services.profiles.create(args.name, "officer", secret, address=_address(args))
        _err(f"created the officer profile {profile.display_name!r}")
        return EXIT_OK
    with _services(args, backup_on_exit=False) as services:
        operator = _confirm_trainer(services, args, "creating an instructor")
        password = _new_password(args)
        profile = services.profiles.create_trainer(
            args.name, password, by=operator, address=_address(args)
        )
    _err(f"created the trainer profile {profile.display_name!r}")
    return EXIT_OK


def cmd_setup(args: argparse.Namespace) -> int:
    """The laptop's first instructor: a deliberate step, refused once there is one."""
    from trainer.services.profiles import InstructorExistsError

    centre = None
    if args.trust is not None:
        # Read and checked first: a bad key file sets up nothing.
        from trainer.exchange.centre_keys import read_public_key

        if not args.trust.is_file():
            raise UsageError(f"--trust: no such key file: {args.trust}")
        centre = read_public_key(args.trust)
    with _services(args, backup_on_exit=False) as services:
        if services.profiles.has_trainer():
            raise InstructorExistsError()
        password = _new_password(args)
        profile = services.profiles.set_up_first_trainer(
            args.name, password, address=_address(args)
        )
        if centre is not None:
            from trainer.exchange.trust_store import TrustStore
            from trainer.services.centre_trust import CentreTrustService

            operator = services.profiles.confirm_trainer(profile.display_name, password)
            trust = TrustStore.for_data_dir(services.store.data_dir)
            CentreTrustService(services.store, trust).trust_key(centre, by=operator)
    _err(
        f"set up {profile.display_name!r} as this laptop's first instructor; other "
        "instructors are now created with `trainer profile create NAME --trainer --by "
        f"{profile.display_name}`"
    )
    if centre is not None:
        from trainer.exchange.centre_keys import grouped

        _err(f"trusted the centre {printable(centre.centre)!r} (key {grouped(centre.fingerprint)})")
    return EXIT_OK


def _change_address(args: argparse.Namespace) -> int:
    """The profile itself (its PIN) or an instructor changes its form of address.

    Attempts already started keep theirs: the change applies from the next one.
    """
    with _services(args, backup_on_exit=False) as services:
        profile = services.profiles.find(args.name)
        _self_or_trainer(services, profile, args)
        services.profiles.set_address(profile, _address(args))
    form = {"m": "masculine (zrobiłeś)", "f": "feminine (zrobiłaś)"}.get(
        args.address, "both forms (zrobiłeś/zrobiłaś)"
    )
    _err(
        f"{profile.display_name!r} is addressed in the {form} form from the next attempt on "
        "(attempts already started keep theirs)"
    )
    return EXIT_OK


def _unlock_profile(args: argparse.Namespace) -> int:
    with _services(args, backup_on_exit=False) as services:
        profile = services.profiles.find(args.name)
        operator = _confirm_trainer(services, args, "unlocking a profile")
        services.profiles.unlock_by(profile, by=operator)
    _err(f"unlocked the profile {profile.display_name!r}")
    return EXIT_OK


# -- who confirms an administrative action -----------------------------------------


def _read_secret(args: argparse.Namespace, prompt: str, needed: str) -> str:
    """The next secret: a line of standard input with --secret-stdin, else from the terminal."""
    if args.secret_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise UsageError(f"{needed} is needed: use --secret-stdin or run this in a terminal")
    import getpass

    return getpass.getpass(prompt)


def _new_password(args: argparse.Namespace) -> str:
    """A new instructor's password: typed twice at a terminal, or one line of stdin."""
    prompt = "New instructor's password (12+ characters): "
    password = _read_secret(args, prompt, "the new instructor's password")
    if not args.secret_stdin and _read_secret(args, "Again: ", "the password") != password:
        raise UsageError("the two passwords differ")
    return password


def _confirm_trainer(services: Any, args: argparse.Namespace, what: str) -> Any:
    """The --by instructor, confirmed by their password (wrong ones count towards a lock)."""
    if args.by is None:
        hint = (
            "" if services.profiles.has_trainer() else " (none is set up yet: `trainer setup NAME`)"
        )
        raise UsageError(f"{what} needs an instructor: add --by INSTRUCTOR{hint}")
    from trainer.services.profiles import TRAINER, NotAnInstructorError

    named = services.store.find_profile(args.by)
    if named is not None and named.role != TRAINER:
        raise NotAnInstructorError(named.display_name)  # before any password is asked
    password = _read_secret(args, f"Password of {args.by}: ", f"the password of {args.by}")
    return services.profiles.confirm_trainer(args.by, password)


def _self_or_trainer(
    services: Any, profile: Any, args: argparse.Namespace, *, erasing: bool = False
) -> Any:
    """Who acts on ``profile``: the --by instructor, or the profile itself with its own PIN.

    Erasing a profile without a PIN needs an instructor: nothing shows that the person at
    the keyboard is its owner, and an erasure cannot be undone.
    """
    if args.by is not None or (erasing and profile.secret_hash is None):
        return _confirm_trainer(services, args, "acting on someone else's profile")
    secret = None
    if profile.secret_hash is not None:
        secret = _read_secret(
            args,
            "PIN or password: ",
            f"the PIN of {profile.display_name!r} (or an instructor's --by)",
        )
    return services.profiles.confirm_self(profile, secret)


def cmd_db(args: argparse.Namespace) -> int:
    if args.db_command == "check":
        return _check_database(args)
    if args.db_command == "restore":
        return _restore(args)
    with _services(args, backup_on_exit=False) as services:
        if args.db_command == "backup":
            _out(str(services.store.backup("manual")))
            return EXIT_OK
        return _retention(services, args)


def _check_database(args: argparse.Namespace) -> int:
    """Full integrity and reference checks, read-only: the file is reported, never moved."""
    with _reading(args, check_schema=False) as services:
        health = services.store.health()
        verdict = health.verdict()
        path = services.store.location
        server = services.store.db.is_server
        newest = None if verdict == "ok" or server else services.store.backups.newest_good()
    _out(f"{path}: {verdict}")
    if verdict == "ok":
        return EXIT_OK
    if health.usable:
        _err(
            "error: some stored text is not valid UTF-8 (a damaged byte); the trainer shows "
            "it with replacement characters and keeps working. The file was left unchanged."
        )
        if newest is not None:
            _err(f"The newest good backup is {newest}: `trainer db restore {newest}` puts it back.")
        return EXIT_INPUT
    if server:
        _err("error: the database on the server is not this app's; it was left unchanged.")
        return EXIT_INPUT
    _err("error: the progress database is damaged; it was left unchanged.")
    if newest is not None:
        _err(f"The newest good backup is {newest}: `trainer db restore {newest}` puts it back.")
    _err(
        "Starting the trainer or restoring a backup moves the damaged file aside, unchanged, "
        "into the data folder's 'damaged' folder first."
    )
    return EXIT_INPUT


def _restore(args: argparse.Namespace) -> int:
    from trainer.paths import data_dir
    from trainer.services.context import recover_from_backup
    from trainer.storage.errors import DatabaseCorruptError

    if not args.file.is_file():
        raise UsageError(f"no such backup file: {args.file}")
    try:
        kept = _restore_from(args.file, args)
    except DatabaseCorruptError as exc:
        # Opening moved a damaged file aside, unchanged (a missing one needs nothing):
        # the backup takes its place, after the same full check.
        _err(f"warning: {exc}")
        recover_from_backup(data_dir(getattr(args, "data_dir", None)), args.file)
        with _services(args, backup_on_exit=False):
            pass  # the start-up checks and migrations, as the app would run them
        _err(f"restored {args.file}")
        return EXIT_OK
    _err(f"restored {args.file}; the previous database was kept as {kept}")
    return EXIT_OK


def _restore_from(backup: Path, args: argparse.Namespace) -> Path:
    with _services(args, backup_on_exit=False) as services:
        # With no instructor set up (a new database, or a damaged one just moved
        # aside) there is no one to ask, as in the app's recovery dialog.
        operator = None
        if services.profiles.has_trainer() or args.by is not None:
            operator = _confirm_trainer(services, args, "restoring a backup")
        kept: Path = services.store.restore(backup)
        if operator is not None:
            # In the restored database, whose log is the one read from now on.
            services.store.audit("restore-backup", None, operator.id)
        return kept


def _retention(services: Any, args: argparse.Namespace) -> int:
    from trainer.storage.retention import MAX_MONTHS as MAX_RETENTION_MONTHS

    store = services.store
    if args.apply_now:
        operator = _confirm_trainer(services, args, "running a held-back purge")
        deleted = store.apply_retention_now(operator)
        _out(f"{deleted} attempt(s) past the retention period deleted (a backup was made first).")
        return EXIT_OK
    if args.off:
        operator = _confirm_trainer(services, args, "changing the retention period")
        store.set_retention_months(None, operator_id=operator.id)
        _out("Attempts are now kept until they are erased by hand.")
        return EXIT_OK
    if args.months is None:
        months = store.retention_months()
        if months is None:
            _out("Attempts are kept until they are erased by hand (no retention period set).")
        else:
            _out(f"Attempts are deleted {months} month(s) after their last step, at every start.")
        return EXIT_OK
    if not 1 <= args.months <= MAX_RETENTION_MONTHS:
        raise UsageError(f"--months takes 1 to {MAX_RETENTION_MONTHS}")
    older = store.attempts_older_than(args.months)
    if older and not args.yes:
        raise UsageError(
            f"{older} attempt(s) are older than {args.months} month(s) and would be deleted "
            "now, which cannot be undone: add --yes to confirm"
        )
    operator = _confirm_trainer(services, args, "changing the retention period")
    deleted = store.set_retention_months(args.months, operator_id=operator.id)
    _out(
        f"Attempts are now deleted {args.months} month(s) after their last step; "
        f"{deleted} older one(s) deleted now."
    )
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    """``results export`` and ``results import``: an instructor's, confirmed by password."""
    from trainer.services.results import ResultsService, since_bound

    if args.results_command == "xapi":
        return _results_xapi(args)
    since = None
    if args.results_command == "export" and args.since is not None:
        try:
            since = since_bound(args.since)
        except ValueError as exc:
            raise UsageError(f"--since takes a date (YYYY-MM-DD): {args.since!r}") from exc
    recipient = None
    if args.results_command == "import":
        for file in args.files:
            if not file.is_file():
                raise UsageError(f"no such results file: {file}")
        if args.key is not None and not args.key.is_file():
            raise UsageError(f"no such key file: {args.key}")
    else:
        recipient = _results_recipient(args)  # decided before a password is asked
    with _services(args, backup_on_exit=args.results_command == "import") as services:
        operator = _confirm_trainer(services, args, f"a results {args.results_command}")
        service = ResultsService(services.store)
        if args.results_command == "export":
            try:
                summary = service.export(
                    args.output,
                    by=operator,
                    since=since,
                    with_names=args.with_names,
                    recipient=recipient,
                )
            except OSError as exc:
                _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
                return EXIT_INPUT
            if args.json:
                _dump(
                    {
                        "file": str(summary.path),
                        "attempts": summary.attempts,
                        "steps": summary.steps,
                        "profiles": summary.profiles,
                        "encrypted_for": None if recipient is None else _key_json(recipient),
                    }
                )
            else:
                names = "with names" if args.with_names else "as pseudonyms"
                _out(
                    f"exported {summary.attempts} attempt(s), {summary.steps} step(s) of "
                    f"{summary.profiles} profile(s) ({names}) to {summary.path}"
                )
                if recipient is not None:
                    from trainer.exchange.centre_keys import grouped

                    _out(
                        f"encrypted for the centre {printable(recipient.centre)!r} (key"
                        f" {grouped(recipient.fingerprint)}): only its private key opens it"
                    )
                else:
                    _err(
                        "warning: not encrypted (no centre is trusted on this station): keep"
                        " the file safe, it holds officers' results"
                    )
            return EXIT_OK
        key = None if args.key is None else _open_centre_key(args, args.key)
        counts = service.import_files(args.files, by=operator, key=key)
    if args.json:
        _dump(
            {
                "attempts_added": sum(c.attempts_added for c in counts),
                "attempts_skipped": sum(c.attempts_skipped for c in counts),
                "steps_added": sum(c.steps_added for c in counts),
            }
        )
        return EXIT_OK
    for file, c in zip(args.files, counts, strict=True):
        _out(
            f"{file}: added {c.attempts_added} attempt(s) with {c.steps_added} step(s), "
            f"{c.profiles_added} profile(s), {c.versions_added} scenario version(s); "
            f"skipped {c.attempts_skipped} attempt(s) already here"
        )
    return EXIT_OK


def _results_xapi(args: argparse.Namespace) -> int:
    """``results xapi``: statements for a learning record store (an instructor's)."""
    from trainer.exchange.xapi import DEFAULT_BASE_IRI, XapiSettings
    from trainer.services.results import since_bound
    from trainer.services.xapi import XapiService

    since = None
    if args.since is not None:
        try:
            since = since_bound(args.since)
        except ValueError as exc:
            raise UsageError(f"--since takes a date (YYYY-MM-DD): {args.since!r}") from exc
    given = {"base_iri": args.base_iri, "home_page": args.home_page}
    settings = XapiSettings(**{k: v for k, v in given.items() if v is not None})
    with _services(args, backup_on_exit=False) as services:
        operator = _confirm_trainer(services, args, "an xAPI export")
        try:
            done = XapiService(services.store).export(
                args.output,
                by=operator,
                since=since,
                with_names=args.with_names,
                settings=settings,
                lines=args.lines,
            )
        except OSError as exc:
            _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
            return EXIT_INPUT
        from trainer.exchange.trust_store import TrustStore

        centres = TrustStore.for_data_dir(services.store.data_dir).centres()
    if centres:
        # Results leave such a station encrypted (results export); statements do not.
        names = ", ".join(key.centre for key in centres)
        _err(
            f"note: this data folder encrypts its results exports to {names}; these"
            f" statements are not encrypted: keep {args.output} off a USB stick and delete it"
            " once the LRS has it (docs/xapi.md)"
        )
    if args.json:
        _dump(
            {
                "file": str(done.path),
                "statements": done.statements,
                "attempts": done.attempts,
                "completed": done.completed,
                "profiles": done.profiles,
                "base_iri": settings.base_iri,
            }
        )
        return EXIT_OK
    names = "with names" if args.with_names else "as pseudonyms"
    _out(
        f"wrote {done.statements} xAPI statement(s) for {done.attempts} attempt(s)"
        f" ({done.completed} completed) of {done.profiles} profile(s) ({names}) to {done.path}"
    )
    if settings.base_iri == DEFAULT_BASE_IRI:
        _err(
            f"note: activity ids start with the placeholder {DEFAULT_BASE_IRI}; give"
            " --base-iri your centre's own before sending them to a shared LRS (docs/xapi.md)"
        )
    return EXIT_OK


def _twee_warning_json(warning: Any) -> dict[str, Any]:
    return {"line": warning.line or None, "passage": warning.passage, "message": warning.message}


def _twee_warning_line(file: Path, warning: Any) -> str:
    place = f"{file}:{warning.line}" if warning.line else str(file)
    passage = f" (passage {warning.passage!r})" if warning.passage is not None else ""
    return f"{place}: warning: {warning.message}{passage}"


def cmd_import_twee(args: argparse.Namespace) -> int:
    from trainer.exchange.twee import TweeError
    from trainer.scenario_io.reader import load_scenario
    from trainer.services.twine import TwineFolderError, import_twee_folder, scenario_id_for

    if not args.file.exists():
        raise UsageError(f"trainer import-twee: no such file: {args.file}")
    try:
        scenario_id_for(args.output)
    except TwineFolderError as problem:
        raise UsageError(f"trainer import-twee: {problem}") from None
    try:
        written = import_twee_folder(args.file, args.output, language=args.lang, force=args.force)
    except TweeError as problem:
        where = f":{problem.line}" if problem.line is not None else ""
        _err(f"{args.file}{where}: error: {problem.reason}")
        return EXIT_INPUT
    except TwineFolderError as problem:
        _err(f"error: {problem}")
        return EXIT_INPUT
    except OSError as exc:
        _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_INPUT
    result = written.result
    checked = load_scenario(args.output)
    errors = checked.errors
    files = [written.scenario_file] + ([written.map_file] if written.map_file else [])
    if args.json:
        _dump(
            {
                "scenario": result.data["id"],
                "folder": str(args.output),
                "files": [str(file) for file in files],
                "nodes": len(result.data["nodes"]),
                "start": result.data["start"],
                "warnings": [_twee_warning_json(w) for w in result.warnings],
                "findings": [f.to_json() for f in checked.findings],
                "valid": not errors,
            }
        )
    else:
        for warning in result.warnings:
            _out(_twee_warning_line(args.file, warning))
        for finding in checked.findings:
            _out(finding.format_line())
        _err(
            f"wrote {' and '.join(str(file) for file in files)}: "
            f"{len(result.data['nodes'])} node(s), {len(result.warnings)} import warning(s);"
            f" validation: {len(errors)} error(s), {len(checked.findings) - len(errors)}"
            " warning(s)"
        )
    return EXIT_INPUT if errors else EXIT_OK


def cmd_export_twee(args: argparse.Namespace) -> int:
    from trainer.exchange.twee import TweeError
    from trainer.fileio import atomic_write_bytes
    from trainer.services.twine import export_twee_document

    to_stdout = str(args.output) == "-"
    if not to_stdout and args.output.is_dir():
        _err(f"{args.output}: is a folder; give the file to write, e.g. story.twee")
        return EXIT_INPUT
    if not to_stdout and args.output.exists() and not args.force:
        _err(f"{args.output}: the file exists; add --force to replace it")
        return EXIT_INPUT
    result = _load_playable(args.path)
    if result is None:
        return EXIT_INPUT
    try:
        exported = export_twee_document(result.document, result.file, language=args.lang)
    except TweeError as problem:
        _err(f"{args.path}: error: {problem.reason}")
        return EXIT_INPUT
    if to_stdout:
        sys.stdout.write(exported.text)
    else:
        try:
            atomic_write_bytes(args.output, exported.text.encode("utf-8"))
        except OSError as exc:
            _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
            return EXIT_INPUT
    if args.json and not to_stdout:
        _dump(
            {
                "file": str(args.output),
                "passages": len(result.document["nodes"]),
                "warnings": [_twee_warning_json(w) for w in exported.warnings],
            }
        )
    else:
        for warning in exported.warnings:
            _err(_twee_warning_line(args.path, warning))
        if not to_stdout:
            _err(f"wrote {args.output}: {len(result.document['nodes'])} passage(s)")
    return EXIT_OK


def _packs(args: argparse.Namespace) -> Any:
    from trainer import __version__
    from trainer.paths import data_dir, shipped_scenarios_dir
    from trainer.services.packs import ScenarioPacks

    return ScenarioPacks(
        shipped=shipped_scenarios_dir(),
        data_dir=data_dir(getattr(args, "data_dir", None)),
        app_version=__version__,
    )


def cmd_pack(args: argparse.Namespace) -> int:
    from trainer.exchange.packs import PackError

    if args.pack_command == "export":
        if args.output.is_dir():
            _err(f"{args.output}: is a folder; give the file to write, e.g. scenarios.zip")
            return EXIT_INPUT
        if args.output.exists() and not args.force:
            _err(f"{args.output}: the file exists; add --force to replace it")
            return EXIT_INPUT
        signer = None if args.sign is None else _open_centre_key(args, args.sign)
        try:
            exported = _packs(args).export(args.paths, args.output, signer=signer)
        except PackError as problem:
            _err(f"error: {problem}")
            return EXIT_INPUT
        except OSError as exc:
            _err(f"error: cannot write {args.output}: {exc.strerror or exc}")
            return EXIT_INPUT
        scenarios = exported.manifest.scenarios
        if args.json:
            _dump(
                {
                    "file": str(args.output),
                    "scenarios": [
                        {"id": s.id, "version": s.version, "files": len(s.files)} for s in scenarios
                    ],
                    "left_out": [{"path": p, "reason": r} for p, r in exported.left_out],
                    "signed_by": None if signer is None else _key_json(signer.public),
                }
            )
        else:
            for path, reason in exported.left_out:
                _err(f"warning: {path} left out: {reason}")
            listed = ", ".join(f"{s.id} (version {s.version})" for s in scenarios)
            _err(f"wrote {args.output}: {listed}")
            if signer is not None:
                from trainer.exchange.centre_keys import grouped

                _err(f"signed by {printable(signer.centre)!r} (key {grouped(signer.fingerprint)})")
        return EXIT_OK
    if not args.file.is_file():
        raise UsageError(f"trainer pack import: no such file: {args.file}")
    from trainer.services.packs import REFUSED, UnofficialPackError

    try:
        if args.by is None:
            # The desktop app reads the library: while it is open on this data folder,
            # the pack goes in through its own dialog (the lock is the app's).
            with _writer_lock(args, "import the pack in the app: Profile → Scenario packs…"):
                outcomes = _packs(args).import_pack(args.file, replace_same_version=args.yes)
        else:
            # An instructor vouches for a pack no trusted centre signed: it installs,
            # marked unofficial. A signed pack from a trusted centre is official anyway.
            with _services(args, backup_on_exit=False) as services:
                operator = _confirm_trainer(services, args, "an unofficial pack")
                outcomes = _packs(args).import_pack(
                    args.file, replace_same_version=args.yes, confirmed_unofficial=True
                )
                if not all(o.official for o in outcomes):
                    services.store.audit("pack-import-unofficial", None, operator.id)
    except UnofficialPackError as problem:
        _err(f"error: {problem}")
        return EXIT_INPUT
    except PackError as problem:
        _err(f"error: {args.file}: {problem}")
        _err("The pack was refused; nothing was installed.")
        return EXIT_INPUT
    except OSError as exc:
        # Checked and valid, but the disk refused: the scenario being moved in kept its
        # old copy; those reported before it are installed (run the import again).
        _err(
            f"error: cannot install into {exc.filename or 'the data folder'}: {exc.strerror or exc}"
        )
        return EXIT_INPUT
    if args.json:
        _dump([outcome.to_json() for outcome in outcomes])
    else:
        for outcome in outcomes:
            _out(f"{outcome.id} (version {outcome.version}): {outcome.action}: {outcome.reason}")
        if outcomes and outcomes[0].official:
            _err(f"official: signed by {printable(outcomes[0].signed_by or '')!r}")
        elif outcomes:
            _err("unofficial: not signed by a centre this station trusts")
    return EXIT_INPUT if any(o.action == REFUSED for o in outcomes) else EXIT_OK


def cmd_scenarios(args: argparse.Namespace) -> int:
    installed = _packs(args).installed()
    if args.json:
        _dump([scenario.to_json() for scenario in installed])
        return EXIT_OK
    for scenario in installed:
        version = "?" if scenario.version is None else str(scenario.version)
        origin = "official" if scenario.official else "unofficial"
        signer = f" (signed by {printable(scenario.signed_by)})" if scenario.signed_by else ""
        _out(
            f"{scenario.id:<28} v{version:<4} {scenario.source:<8} {origin:<10} "
            f"{scenario.path}{signer}"
        )
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from trainer.scenario_io.format_v1 import json_schema

    _dump(json_schema())
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from trainer.paths import shipped_scenarios_dir
    from trainer.scenario_io.folders import find_scenario_folders
    from trainer.scenario_io.reader import load_scenario

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
    "history": cmd_history,
    "setup": cmd_setup,
    "profile": cmd_profile,
    "db": cmd_db,
    "results": cmd_results,
    "import-twee": cmd_import_twee,
    "export-twee": cmd_export_twee,
    "pack": cmd_pack,
    "scenarios": cmd_scenarios,
    "keys": cmd_keys,
    "schema": cmd_schema,
    "list": cmd_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; never lets a Python traceback reach the user."""
    data_dir_hint: str | None = None
    try:
        args = build_parser().parse_args(argv)
        _check_text_arguments(args)
        data_dir_hint = getattr(args, "data_dir", None)
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
    except TrainerError as exc:
        _err(f"error: {exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from trainer.crash import save_crash_report

        report = save_crash_report(exc, data_dir_hint)
        _err(
            f"internal error: {type(exc).__name__}. "
            "This is a bug in the trainer, not in your files."
        )
        if report is not None:
            _err(f"a crash report was saved to {report}")
        return EXIT_INTERNAL
