"""Results leaving a station and merging at a training centre (``trainer results``).

What travels: every attempt that has *ended* (finished or abandoned) with its steps,
competency results, card look-ups, saved state and the scenario version it was played
on (content hash and snapshot). An attempt still in progress stays at the station and
goes in a later export, once it has ended: an ended attempt never changes again, so
"this attempt id is already here" means "all of it is already here".

Who travels: each profile as a stable pseudonym, an HMAC-SHA256 of its id under a
random per-station secret kept in the database's ``meta`` table (never the name, never
a PIN or password hash). ``with_names`` adds the display name. The same profile gets
the same pseudonym in every export from its station, so a centre can follow a person
across files without learning who they are. A profile merged from another station keeps
that station's pseudonym when it travels on (a centre's export, its xAPI statements).

Merging is idempotent: attempts, steps and card look-ups are keyed by the UUIDs the
station made; scenario versions by content hash; profiles by pseudonym (the merged
profile's id is a UUID derived from it). Merged profiles have the role ``imported``
and no secret: they cannot sign in anywhere. One file merges in one transaction.

The file (:func:`encode_file`, :func:`decode_file`) is gzip-compressed JSON::

    {"format": "trainer-results", "format_version": 1, "exported_at": ..., "device_id": ...,
     "since": ..., "checksum": {"sha256": HEX}, "payload": {...}}

where the checksum is over the canonical JSON of ``payload`` (sorted keys, no spaces,
UTF-8). An encrypted envelope can later wrap these bytes whole, under a ``format`` of
its own; :func:`decode_file` reads the format first and refuses any it does not know.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import io
import json
import secrets
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from trainer.storage import schema
from trainer.storage.database import Database
from trainer.storage.errors import StorageError
from trainer.storage.store import Store

FORMAT = "trainer-results"
FORMAT_VERSION = 1
#: The role merged profiles get: not an officer's, not an instructor's; no sign-in.
IMPORTED_ROLE = "imported"
#: Largest file read (compressed) and largest JSON it may hold (decompressed).
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_BYTES = 512 * 1024 * 1024
#: The statuses that travel (see the module docstring).
ENDED = ("finished", "abandoned")
_SECRET_KEY = "results_pseudonym_secret"
# Derives merged profiles' ids from pseudonyms (any fixed UUID; never change it).
_PROFILE_NAMESPACE = uuid.UUID("6f1d3c52-2b0e-4d4f-9a57-6c1e0b5b9e21")
_CHUNK = 500
#: A merged profile's ``name_key``: this, then its pseudonym.
_IMPORTED_PREFIX = "imported:"


class ResultsFileError(StorageError):
    """A results file that cannot be merged (damaged, truncated, tampered, foreign)."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{path}: {detail}; nothing was imported from it")


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """What merging one or more files did."""

    attempts_added: int = 0
    attempts_skipped: int = 0
    steps_added: int = 0
    profiles_added: int = 0
    versions_added: int = 0

    def __add__(self, other: MergeCounts) -> MergeCounts:
        return MergeCounts(
            self.attempts_added + other.attempts_added,
            self.attempts_skipped + other.attempts_skipped,
            self.steps_added + other.steps_added,
            self.profiles_added + other.profiles_added,
            self.versions_added + other.versions_added,
        )


# -- the file ---------------------------------------------------------------------------


def canonical(payload: Any) -> bytes:
    """The bytes the checksum covers."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode_file(
    payload: dict[str, Any], *, exported_at: str, device_id: str, since: str | None
) -> bytes:
    """The file's bytes: gzip of the envelope around ``payload``."""
    envelope = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at,
        "device_id": device_id,
        "since": since,
        "checksum": {"sha256": hashlib.sha256(canonical(payload)).hexdigest()},
        "payload": payload,
    }
    return gzip.compress(canonical(envelope), mtime=0)


def read_file(path: Path) -> dict[str, Any]:
    """The verified envelope of the results file at ``path``; ResultsFileError if not."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ResultsFileError(path, f"the file is larger than {MAX_FILE_BYTES} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ResultsFileError(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    return decode_file(data, path)


def decode_file(data: bytes, path: Path | str = "<results>") -> dict[str, Any]:
    """The verified envelope from a file's bytes: format and checksum checked first."""
    if not data:
        raise ResultsFileError(path, "the file is empty: damaged or cut short")
    if not data.startswith(b"\x1f\x8b"):
        raise ResultsFileError(path, "not a results file (it is not gzip-compressed): damaged?")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            text = stream.read(MAX_JSON_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ResultsFileError(
            path, f"not a results file, or damaged or cut short ({exc})"
        ) from exc
    if len(text) > MAX_JSON_BYTES:
        raise ResultsFileError(path, f"it holds more than {MAX_JSON_BYTES} bytes of data")
    try:
        envelope = json.loads(text.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ResultsFileError(path, "its contents are not valid JSON") from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise ResultsFileError(path, "it is not a trainer results file")
    if envelope.get("format_version") != FORMAT_VERSION:
        raise ResultsFileError(
            path,
            f"its format version {envelope.get('format_version')!r} is not one this trainer "
            f"reads ({FORMAT_VERSION}); update the trainer",
        )
    checksum = envelope.get("checksum")
    expected = checksum.get("sha256") if isinstance(checksum, dict) else None
    payload = envelope.get("payload")
    if not isinstance(expected, str) or not isinstance(payload, dict):
        raise ResultsFileError(path, "its checksum or data is missing")
    try:
        # Every text in the payload is encoded here: one that cannot be (a lone
        # surrogate spelt as a JSON escape) could not be stored either.
        actual = hashlib.sha256(canonical(payload)).hexdigest()
    except (UnicodeEncodeError, RecursionError, ValueError) as exc:
        raise ResultsFileError(path, "its contents are not valid text") from exc
    if actual != expected:  # a checksum against damage, not a secret
        raise ResultsFileError(
            path, "its checksum does not match its contents (damaged or altered)"
        )
    try:
        _check_payload(payload)
    except _Bad as exc:
        raise ResultsFileError(path, f"its data is not valid ({exc})") from exc
    return envelope


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON, though Python's reader takes them."""
    raise ValueError(f"{name} is not a number JSON allows")


class _Bad(Exception):
    """A payload that does not have the shape this format promises."""


def _text(value: Any, what: str, limit: int, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or len(value) > limit:
        raise _Bad(f"{what} must be text of at most {limit} characters")


def _int(value: Any, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
        raise _Bad(f"{what} must be a whole number")


def _parsed(value: Any, what: str) -> Any:
    """A JSON column's text (as the station stored it), parsed to be checked."""
    _text(value, what, 1_000_000)
    try:
        return json.loads(value)
    except (ValueError, RecursionError) as exc:
        raise _Bad(f"{what} must be JSON") from exc


def _points(value: Any, what: str) -> None:
    value = _parsed(value, what)
    if not isinstance(value, dict):
        raise _Bad(f"{what} must be a mapping")
    for key, number in value.items():
        _text(key, what, 64)
        _int(number, what)


def _names(value: Any, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    value = _parsed(value, what)
    if not isinstance(value, list):
        raise _Bad(f"{what} must be a list")
    for item in value:
        _text(item, what, 64)


def _records(payload: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = payload.get(key)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _Bad(f"{key} must be a list of records")
    return value


def _check_payload(payload: dict[str, Any]) -> None:
    """Every field the merge writes has the type and size its column takes."""
    keys = set()
    for profile in _records(payload, "profiles"):
        _text(profile.get("key"), "a profile key", 64)
        _text(profile.get("name"), "a profile name", 80, optional=True)
        keys.add(profile["key"])
    hashes = set()
    for version in _records(payload, "scenario_versions"):
        snapshot = version.get("snapshot")
        _text(snapshot, "a snapshot", 50_000_000)
        assert isinstance(snapshot, str)
        if hashlib.sha256(snapshot.encode()).hexdigest() != version.get("content_hash"):
            raise _Bad("a scenario snapshot does not match its content hash")
        _text(version.get("scenario_id"), "a scenario id", 64)
        _int(version.get("version"), "a scenario version")
        _text(version.get("title"), "a scenario title", 10_000)
        _text(version.get("created_at"), "a time", 32)
        hashes.add(version["content_hash"])
    for attempt in _records(payload, "attempts"):
        _check_attempt(attempt, keys, hashes)


def _check_attempt(attempt: dict[str, Any], keys: set[str], hashes: set[str]) -> None:
    for field in ("id", "device_id"):
        _text(attempt.get(field), f"an attempt's {field}", 36)
    if attempt.get("profile") not in keys:
        raise _Bad("an attempt names a profile the file does not hold")
    if attempt.get("content_hash") not in hashes:
        raise _Bad("an attempt names a scenario version the file does not hold")
    if attempt.get("status") not in ENDED:
        raise _Bad("an attempt that has not ended")
    _text(attempt.get("scenario_id"), "a scenario id", 64)
    for field, limit in (("mode", 16), ("language", 8), ("outcome", 16), ("address", 8)):
        _text(
            attempt.get(field),
            f"an attempt's {field}",
            limit,
            optional=field in ("outcome", "address"),
        )
    for field in ("started_at", "updated_at", "finished_at"):
        _text(attempt.get(field), "a time", 32)
    _text(attempt.get("ending"), "an ending", 64, optional=True)
    _int(attempt.get("order_seed"), "an order seed", optional=True)
    percent = attempt.get("overall_percent")
    if percent is not None and (isinstance(percent, bool) or not isinstance(percent, int | float)):
        raise _Bad("an overall percent must be a number")
    _names(attempt.get("path"), "a path")
    _points(attempt.get("points"), "points")
    _points(attempt.get("maximum"), "maxima")
    _text(attempt.get("state"), "a saved state", 10_000_000)
    steps = _records(attempt, "steps")
    if sorted(_seq(step) for step in steps) != list(range(1, len(steps) + 1)):
        raise _Bad("an attempt's steps are not numbered 1, 2, 3 …")
    if attempt.get("step_count") != len(steps):
        raise _Bad("an attempt's step count does not match its steps")
    for step in steps:
        _text(step.get("id"), "a step id", 36)
        for field in ("node_id", "action", "to_node"):
            _text(step.get(field), f"a step's {field}", 64 if field != "action" else 16)
        _text(step.get("choice_id"), "a choice id", 64, optional=True)
        _names(step.get("ticked"), "ticked items")
        _points(step.get("gained"), "points gained")
        _int(step.get("elapsed_ms"), "a time taken", optional=True)
        _text(step.get("created_at"), "a time", 32)
        _names(step.get("shown_order"), "an order shown", optional=True)
        _text(step.get("note"), "a note", 100_000, optional=True)
    for result in _records(attempt, "results"):
        _text(result.get("competency"), "a competency", 64)
        _int(result.get("points"), "points")
        _int(result.get("maximum"), "a maximum")
        percent = result.get("percent")
        if percent is not None and (
            isinstance(percent, bool) or not isinstance(percent, int | float)
        ):
            raise _Bad("a percent must be a number")
    for lookup in _records(attempt, "card_lookups"):
        _text(lookup.get("id"), "a look-up id", 36)
        _seq(lookup)
        _text(lookup.get("node_id"), "a node id", 64)
        _text(lookup.get("card_id"), "a card id", 64)
        _text(lookup.get("created_at"), "a time", 32)


def _seq(record: dict[str, Any]) -> int:
    seq = record.get("seq")
    _int(seq, "a step number")
    assert isinstance(seq, int)
    return seq


# -- reading a station's results -----------------------------------------------------------


def pseudonym_secret(store: Store) -> bytes:
    """This station's secret for pseudonyms, made (and kept in the database) on first use."""
    with store.db.write() as session:
        row = session.get(schema.Meta, _SECRET_KEY)
        if row is None:
            row = schema.Meta(key=_SECRET_KEY, value=secrets.token_hex(32))
            session.add(row)
        return bytes.fromhex(row.value)


def pseudonym(secret: bytes, profile_id: str) -> str:
    """A profile's stable pseudonym under a station's secret (32 hex digits)."""
    return hmac.new(secret, profile_id.encode(), hashlib.sha256).hexdigest()[:32]


def collect(
    store: Store, *, since: str | None = None, until: str | None = None, with_names: bool = False
) -> dict[str, Any]:
    """The payload of an export: attempts that ended at ``since`` or later (and before
    ``until``), with everything they need (see the module docstring)."""
    secret = pseudonym_secret(store)
    attempt = schema.Attempt
    query = select(attempt, schema.AttemptState.state, schema.ScenarioVersion.content_hash).join(
        schema.AttemptState, schema.AttemptState.attempt_id == attempt.id
    )
    query = query.join(
        schema.ScenarioVersion, schema.ScenarioVersion.id == attempt.scenario_version_id
    ).where(attempt.status.in_(ENDED))
    if since is not None:
        query = query.where(attempt.finished_at >= since)
    if until is not None:
        query = query.where(attempt.finished_at < until)
    with store.db.read() as session:
        rows = session.execute(query.order_by(attempt.finished_at, attempt.id)).all()
        ids = [row[0].id for row in rows]
        steps = _grouped(session, schema.Step, ids)
        results = _grouped(session, schema.CompetencyResult, ids)
        lookups = _grouped(session, schema.CardLookup, ids)
        profile_ids = {row[0].profile_id for row in rows}
        keys: dict[str, str] = {}
        names: dict[str, str | None] = {}
        for profile_id, name, role, name_key in session.execute(
            select(
                schema.Profile.id,
                schema.Profile.display_name,
                schema.Profile.role,
                schema.Profile.name_key,
            ).where(schema.Profile.id.in_(profile_ids))
        ):
            keys[profile_id], names[profile_id] = _profile_key(
                secret, profile_id, role=role, name_key=name_key, name=name
            )
        hashes = {row[2] for row in rows}
        versions = [
            {
                "content_hash": v.content_hash,
                "scenario_id": v.scenario_id,
                "version": v.version,
                "title": v.title,
                "snapshot": v.snapshot,
                "created_at": v.created_at,
            }
            for v in session.scalars(
                select(schema.ScenarioVersion)
                .where(schema.ScenarioVersion.content_hash.in_(hashes))
                .order_by(schema.ScenarioVersion.content_hash)
            )
        ]
        profiles = []
        for profile_id in sorted(profile_ids):
            entry: dict[str, Any] = {"key": keys[profile_id]}
            if with_names and names[profile_id] is not None:
                entry["name"] = names[profile_id]
            profiles.append(entry)
        attempts = [
            _attempt_out(
                row[0],
                row[1],
                row[2],
                keys[row[0].profile_id],
                steps,
                results,
                lookups,
            )
            for row in rows
        ]
    profiles.sort(key=lambda p: p["key"])
    return {"profiles": profiles, "scenario_versions": versions, "attempts": attempts}


def _profile_key(
    secret: bytes, profile_id: str, *, role: str, name_key: str, name: str
) -> tuple[str, str | None]:
    """A profile's key in an export, and its name (None: it has none to give).

    A profile merged here from a station keeps that station's pseudonym, so a centre's
    export names the same person as the station's own did (and merges into the same
    profile elsewhere); its placeholder name is no name.
    """
    if role == IMPORTED_ROLE and name_key.startswith(_IMPORTED_PREFIX):
        key = name_key.removeprefix(_IMPORTED_PREFIX)
        return key, None if name == _placeholder_name(key) else name
    return pseudonym(secret, profile_id), name


def _placeholder_name(key: str) -> str:
    """The display name of a profile merged without a name."""
    return f"anon-{key[:12]}"


def _grouped(session: Session, table: Any, ids: list[str]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for chunk in _chunks(ids):
        for row in session.scalars(select(table).where(table.attempt_id.in_(chunk))):
            grouped.setdefault(row.attempt_id, []).append(row)
    return grouped


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _attempt_out(
    row: schema.Attempt,
    state: str,
    content_hash: str,
    key: str,
    steps: dict[str, list[schema.Step]],
    results: dict[str, list[schema.CompetencyResult]],
    lookups: dict[str, list[schema.CardLookup]],
) -> dict[str, Any]:
    return {
        "id": row.id,
        "profile": key,
        "content_hash": content_hash,
        "scenario_id": row.scenario_id,
        "mode": row.mode,
        "language": row.language,
        "status": row.status,
        "started_at": row.started_at,
        "updated_at": row.updated_at,
        "finished_at": row.finished_at,
        "ending": row.ending,
        "outcome": row.outcome,
        "step_count": row.step_count,
        "overall_percent": row.overall_percent,
        # JSON columns travel as stored, so they merge byte for byte (key order too).
        "path": row.path,
        "points": row.points,
        "maximum": row.maximum,
        "device_id": row.device_id,
        "order_seed": row.order_seed,
        "address": row.address,
        "state": state,
        "steps": [
            {
                "id": s.id,
                "seq": s.seq,
                "node_id": s.node_id,
                "action": s.action,
                "choice_id": s.choice_id,
                "ticked": s.ticked,
                "gained": s.gained,
                "to_node": s.to_node,
                "elapsed_ms": s.elapsed_ms,
                "created_at": s.created_at,
                "shown_order": s.shown_order,
                "note": s.note,
            }
            for s in sorted(steps.get(row.id, []), key=lambda s: s.seq)
        ],
        "results": [
            {
                "competency": r.competency,
                "points": r.points,
                "maximum": r.maximum,
                "percent": r.percent,
            }
            for r in sorted(results.get(row.id, []), key=lambda r: r.competency)
        ],
        "card_lookups": [
            {
                "id": c.id,
                "seq": c.seq,
                "node_id": c.node_id,
                "card_id": c.card_id,
                "created_at": c.created_at,
            }
            for c in sorted(lookups.get(row.id, []), key=lambda c: (c.seq, c.id))
        ],
    }


# -- merging into a store --------------------------------------------------------------------


def imported_profile_id(key: str) -> str:
    """The id a merged profile gets: the same for the same pseudonym in every store."""
    return str(uuid.uuid5(_PROFILE_NAMESPACE, key))


def merge(store: Store, payload: dict[str, Any]) -> MergeCounts:
    """Merge a verified payload (:func:`decode_file`) into ``store``, in one transaction.

    Attempts already present (by id) are skipped whole, as are attempts of a profile
    erased here (an erasure is final: a file from before it must not bring it back).
    """
    erased = set(store.erased_profile_ids())
    now = store.now()
    with store.db.write() as session:
        present = _present(session, schema.Attempt.id, [a["id"] for a in payload["attempts"]])
        wanted = [
            a
            for a in payload["attempts"]
            if a["id"] not in present and imported_profile_id(a["profile"]) not in erased
        ]
        skipped = len(payload["attempts"]) - len(wanted)
        # The same attempt twice in one file counts once.
        unique: dict[str, dict[str, Any]] = {}
        for attempt in wanted:
            unique.setdefault(attempt["id"], attempt)
        skipped += len(wanted) - len(unique)
        attempts = list(unique.values())
        profiles_added = _merge_profiles(session, payload["profiles"], attempts, now)
        version_ids, versions_added = _merge_versions(
            session, payload["scenario_versions"], attempts
        )
        steps_added = _insert_attempts(store.db, session, attempts, version_ids)
        # Results and look-ups come with the attempts, about as many: counted as such.
        added = {"profiles": profiles_added, "scenario_versions": versions_added}
        for table in ("attempts", "attempt_states", "competency_results", "card_lookups"):
            added[table] = len(attempts)
        store.db.bulk_written(session, {**added, "steps": steps_added})
    return MergeCounts(len(attempts), skipped, steps_added, profiles_added, versions_added)


def _present(session: Session, column: Any, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(set(ids))):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _merge_profiles(
    session: Session, profiles: list[dict[str, Any]], attempts: list[dict[str, Any]], now: str
) -> int:
    needed = {a["profile"] for a in attempts}
    incoming = {p["key"]: p for p in profiles}
    ids = {key: imported_profile_id(key) for key in incoming}
    present = _present(session, schema.Profile.id, ids.values())
    added = 0
    for key, profile in sorted(incoming.items()):
        name = profile.get("name")
        if ids[key] in present:
            if name:  # a later export with names names a profile first seen anonymously
                row = session.get(schema.Profile, ids[key])
                if row is not None and row.role == IMPORTED_ROLE:
                    row.display_name = " ".join(name.split())[:80] or row.display_name
            continue
        if key not in needed:
            continue  # no new attempt of theirs: no profile either
        session.add(
            schema.Profile(
                id=ids[key],
                display_name=" ".join(name.split())[:80] if name else _placeholder_name(key),
                # Never clashes with a local name: imported profiles are not found by name.
                name_key=_IMPORTED_PREFIX + key,
                role=IMPORTED_ROLE,
                secret_hash=None,
                failed_logins=0,
                lock_level=0,
                locked_seconds=0,
                created_at=now,
            )
        )
        added += 1
    session.flush()
    return added


def _merge_versions(
    session: Session, versions: list[dict[str, Any]], attempts: list[dict[str, Any]]
) -> tuple[dict[str, str], int]:
    needed = {a["content_hash"] for a in attempts}
    by_hash = {v["content_hash"]: v for v in versions if v["content_hash"] in needed}
    ids: dict[str, str] = {}
    for chunk in _chunks(sorted(by_hash)):
        rows = session.execute(
            select(schema.ScenarioVersion.content_hash, schema.ScenarioVersion.id).where(
                schema.ScenarioVersion.content_hash.in_(chunk)
            )
        )
        ids.update({content_hash: version_id for content_hash, version_id in rows})
    added = 0
    for content_hash, version in sorted(by_hash.items()):
        if content_hash in ids:
            continue
        ids[content_hash] = schema.new_id()
        session.add(
            schema.ScenarioVersion(
                id=ids[content_hash],
                content_hash=content_hash,
                scenario_id=version["scenario_id"],
                version=version["version"],
                title=version["title"],
                snapshot=version["snapshot"],
                created_at=version["created_at"],
            )
        )
        added += 1
    session.flush()
    return ids, added


def _table(model: Any) -> Table:
    # Core's executemany (COPY on a server): the ORM's bulk insert ran one statement per
    # row here.
    table: Table = model.__table__
    return table


def _insert_attempts(
    db: Database, session: Session, attempts: list[dict[str, Any]], version_ids: dict[str, str]
) -> int:
    if not attempts:
        return 0
    db.insert_many(
        session,
        _table(schema.Attempt),
        [
            {
                "id": a["id"],
                "profile_id": imported_profile_id(a["profile"]),
                "scenario_version_id": version_ids[a["content_hash"]],
                "scenario_id": a["scenario_id"],
                "mode": a["mode"],
                "language": a["language"],
                "status": a["status"],
                "started_at": a["started_at"],
                "updated_at": a["updated_at"],
                "finished_at": a["finished_at"],
                "ending": a["ending"],
                "outcome": a["outcome"],
                "step_count": a["step_count"],
                "overall_percent": a["overall_percent"],
                "path": a["path"],
                "points": a["points"],
                "maximum": a["maximum"],
                "device_id": a["device_id"],
                "order_seed": a["order_seed"],
                "address": a["address"],
            }
            for a in attempts
        ],
    )
    db.insert_many(
        session,
        _table(schema.AttemptState),
        [{"attempt_id": a["id"], "state": a["state"]} for a in attempts],
    )
    steps = [(a["id"], s) for a in attempts for s in a["steps"]]
    taken = _present(session, schema.Step.id, [s["id"] for _a, s in steps])
    new_steps = []
    for attempt_id, s in steps:
        if s["id"] in taken:
            continue  # a step id is the device's: never two steps under one
        taken.add(s["id"])
        new_steps.append(
            {
                "id": s["id"],
                "attempt_id": attempt_id,
                "seq": s["seq"],
                "node_id": s["node_id"],
                "action": s["action"],
                "choice_id": s["choice_id"],
                "ticked": s["ticked"],
                "gained": s["gained"],
                "to_node": s["to_node"],
                "elapsed_ms": s["elapsed_ms"],
                "created_at": s["created_at"],
                "shown_order": s["shown_order"],
                "note": s["note"],
            }
        )
    if new_steps:
        db.insert_many(session, _table(schema.Step), new_steps)
    results = [
        {
            "attempt_id": a["id"],
            "competency": r["competency"],
            "points": r["points"],
            "maximum": r["maximum"],
            "percent": r["percent"],
        }
        for a in attempts
        for r in {r["competency"]: r for r in a["results"]}.values()
    ]
    if results:
        db.insert_many(session, _table(schema.CompetencyResult), results)
    lookups = [(a["id"], c) for a in attempts for c in a["card_lookups"]]
    taken = _present(session, schema.CardLookup.id, [c["id"] for _a, c in lookups])
    new_lookups = []
    for attempt_id, c in lookups:
        if c["id"] in taken:
            continue
        taken.add(c["id"])
        new_lookups.append(
            {
                "id": c["id"],
                "attempt_id": attempt_id,
                "seq": c["seq"],
                "node_id": c["node_id"],
                "card_id": c["card_id"],
                "created_at": c["created_at"],
            }
        )
    if new_lookups:
        db.insert_many(session, _table(schema.CardLookup), new_lookups)
    return len(new_steps)
