"""What the progress database holds about people (reliability.md T39).

Every column of every table, whether it is personal data, why it is kept, and where a
person's export (``trainer profile export``, GDPR access) carries it. A test checks
this register against the schema, so a column added without an entry here fails CI;
another checks that the export holds every personal column it names.

The training-centre export (``trainer results export``,
:mod:`trainer.storage.results_exchange`) carries ended attempts with their steps,
results and card look-ups as stored, profiles only as pseudonyms (names with
``--with-names``), and no profile column else; this register does not yet say so
entry by entry. The xAPI statements (``trainer results xapi``,
:mod:`trainer.exchange.xapi`) carry less of the same rows: no report notes, card
look-ups, orders shown or saved states (docs/xapi.md, "What is not sent").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One column: personal data or not, its purpose, and its place in a person's export.

    ``exported``: the export's key holding it (``attempts[].steps[].node``), or None when
    it is not exported; the purpose then says why.
    """

    personal: bool
    purpose: str
    exported: str | None = None


def _personal(purpose: str, exported: str | None) -> Entry:
    return Entry(True, purpose, exported)


def _other(purpose: str) -> Entry:
    return Entry(False, purpose)


_ATTEMPT = "attempts[]."
_STEP = "attempts[].steps[]."

REGISTER: dict[str, dict[str, Entry]] = {
    "meta": {
        "key": _other("the database's own settings (device id, retention period)"),
        "value": _other("the setting's value"),
    },
    "profiles": {
        "id": _personal("links a person's attempts to them (a random id)", "profile.id"),
        "display_name": _personal(
            "the name or pseudonym chosen to sign in", "profile.display_name"
        ),
        "name_key": _personal(
            "the name folded for uniqueness; not exported: the same as display_name", None
        ),
        "role": _personal("officer or instructor: what the profile may see", "profile.role"),
        "secret_hash": _personal(
            "Argon2id hash of the PIN or password; not exported: a credential "
            "(the export says whether one is set)",
            "profile.has_pin_or_password",
        ),
        "failed_logins": _personal(
            "wrong PINs in a row, for the lock; not exported: security state", None
        ),
        "lock_level": _personal("how long the next lock lasts; not exported: security state", None),
        "locked_at": _personal("when the profile was locked; not exported: security state", None),
        "locked_seconds": _personal("the lock's length; not exported: security state", None),
        "language": _personal("the profile's preferred language", "profile.language"),
        "address": _personal(
            "how scenarios address the officer (masculine, feminine, or both forms)",
            "profile.address",
        ),
        "created_at": _personal("when the profile was made", "profile.created"),
    },
    "scenario_versions": {
        "id": _other("a scenario version as played"),
        "content_hash": _other("the scenario files' checksum"),
        "scenario_id": _other("which scenario"),
        "version": _other("the scenario's version number"),
        "title": _other("the scenario's title, for listings"),
        "snapshot": _other("the scenario as played, so a replay shows what was shown"),
        "created_at": _other("when this version was first played here"),
    },
    "attempts": {
        "id": _personal("one attempt of one person", _ATTEMPT + "id"),
        "profile_id": _personal("whose attempt it is", "profile.id"),
        "scenario_version_id": _personal(
            "the version played (its id is internal; exported as scenario and version)",
            _ATTEMPT + "version",
        ),
        "scenario_id": _personal("the scenario played", _ATTEMPT + "scenario"),
        "mode": _personal("practice or assessment", _ATTEMPT + "mode"),
        "language": _personal("the language played in", _ATTEMPT + "language"),
        "status": _personal(
            "in_progress, finished, or abandoned (the officer started it over)",
            _ATTEMPT + "status",
        ),
        "started_at": _personal("when it began", _ATTEMPT + "started"),
        "updated_at": _personal(
            "when the last step was made (or the attempt abandoned), to offer the newest "
            "unfinished attempt and to count the retention period; not exported: the last "
            "step's time (or the abandoned time) says it",
            None,
        ),
        "finished_at": _personal(
            "when it ended: finished, or abandoned (exported as attempts[].abandoned then)",
            _ATTEMPT + "finished",
        ),
        "ending": _personal("the ending reached", _ATTEMPT + "ending"),
        "outcome": _personal("the ending's kind", _ATTEMPT + "outcome"),
        "step_count": _personal("steps made, for listings; not exported: the steps are", None),
        "overall_percent": _personal("the overall result", _ATTEMPT + "overall_percent"),
        "path": _personal("the nodes passed, for listings", _ATTEMPT + "path"),
        "points": _personal("points per competency", _ATTEMPT + "points"),
        "maximum": _personal(
            "the most points possible per competency; not exported: in results[]", None
        ),
        "device_id": _personal("the laptop it was played on", _ATTEMPT + "device"),
        "order_seed": _personal(
            "the number that shuffled the choices and items shown in this attempt, so a "
            "resume shows the same order",
            _ATTEMPT + "order_seed",
        ),
        "address": _personal(
            "the form of address the attempt was shown in, so a replay shows the same words",
            _ATTEMPT + "address",
        ),
    },
    "attempt_states": {
        "attempt_id": _personal("the attempt being resumed", _ATTEMPT + "id"),
        "state": _personal(
            "where an unfinished attempt stands, to resume it; not exported: rebuilt from "
            "the steps",
            None,
        ),
        "clock_step": _personal(
            "which step a paused timed decision's clock belongs to; not exported: kept only "
            "until that step is taken",
            None,
        ),
        "clock_left_ms": _personal(
            "the time left on a paused timed decision, so a pause gives none back; not "
            "exported: kept only until that step is taken",
            None,
        ),
        "draft_note": _personal(
            "the note being written at a report node, so an interruption loses nothing; not "
            "exported: kept only until the note is submitted",
            None,
        ),
    },
    "steps": {
        "id": _personal("the step's id (makes a repeated submit harmless); internal", None),
        "attempt_id": _personal("the attempt it belongs to", _ATTEMPT + "id"),
        "seq": _personal("its place in the attempt", _STEP + "seq"),
        "node_id": _personal("where the choice was made", _STEP + "node"),
        "action": _personal("a choice, a checklist, a time-out", _STEP + "action"),
        "choice_id": _personal("the option chosen", _STEP + "choice"),
        "ticked": _personal("the checklist items ticked", _STEP + "ticked"),
        "gained": _personal("points gained", _STEP + "gained"),
        "to_node": _personal("where it led", _STEP + "to"),
        "elapsed_ms": _personal("time taken to decide", _STEP + "elapsed_ms"),
        "created_at": _personal("when it was made", _STEP + "at"),
        "shown_order": _personal("the order the choices or items were shown in", _STEP + "shown"),
        "note": _personal("the note the officer wrote at a report node", _STEP + "note"),
    },
    "card_lookups": {
        "id": _personal("the look-up's id; internal", None),
        "attempt_id": _personal("the attempt it belongs to", _ATTEMPT + "id"),
        "seq": _personal("the step it came before", _ATTEMPT + "card_lookups[].seq"),
        "node_id": _personal("where the card was opened", _ATTEMPT + "card_lookups[].node"),
        "card_id": _personal("the knowledge card opened", _ATTEMPT + "card_lookups[].card"),
        "created_at": _personal("when", _ATTEMPT + "card_lookups[].at"),
    },
    "competency_results": {
        "attempt_id": _personal("the attempt it belongs to", _ATTEMPT + "id"),
        "competency": _personal("which competency", _ATTEMPT + "results"),
        "points": _personal("points reached", _ATTEMPT + "results.*.points"),
        "maximum": _personal("points possible", _ATTEMPT + "results.*.maximum"),
        "percent": _personal("the result", _ATTEMPT + "results.*.percent"),
    },
    "audit_log": {
        "id": _other("one administrative action"),
        "at": _other("when"),
        "action": _other("what was done (unlock, erase, restore)"),
        "subject_id": _personal(
            "the random id of the profile acted on, never a name; kept after an erasure "
            "as proof it was done; not exported",
            None,
        ),
        "operator_id": _personal("the random id of the instructor who acted; not exported", None),
    },
}


def personal_columns() -> list[tuple[str, str, Entry]]:
    """(table, column, entry) for every column holding personal data."""
    return [
        (table, column, entry)
        for table, columns in REGISTER.items()
        for column, entry in columns.items()
        if entry.personal
    ]
