"""The review queries: read-only listings and counts for history, overview and reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal_column, or_, select

from trainer.fileio import paused_gc
from trainer.storage import schema
from trainer.storage.play_records import ScenarioSnapshot
from trainer.storage.records import AttemptRecord, HistorySummary
from trainer.storage.rows import attempt_from_row as _attempt
from trainer.storage.store_play import PlayRecordStore

#: The actions whose steps tick items (their ``ticked`` is what the overview counts).
_TICKED = ("checklist", "report")


def _step_counts(rows: list[tuple[Any, ...]]) -> dict[str, list[tuple[Any, ...]]]:
    """The one pass's rows as :meth:`ReportStore.overview_rows` gives them: ``choices``,
    ``checklists`` and ``reports``."""
    choices: dict[tuple[str, str, str], int] = {}
    ticked: dict[str, dict[tuple[str, str, str], int]] = {action: {} for action in _TICKED}
    for version_id, node_id, action, choice_id, items, count in rows:
        if choice_id is not None:  # a choice, or the timeout: grouped by choice alone
            key = (version_id, node_id, choice_id)
            choices[key] = choices.get(key, 0) + count
        elif action in ticked:
            key = (version_id, node_id, items)
            ticked[action][key] = ticked[action].get(key, 0) + count
    return {
        "choices": [(*key, count) for key, count in choices.items()],
        "checklists": [(*key, count) for key, count in ticked["checklist"].items()],
        "reports": [(*key, count) for key, count in ticked["report"].items()],
    }


class ReportStore(PlayRecordStore):
    """What the history, the trainer overview, the replay and the reports read."""

    def history_summaries(self, profile_id: str) -> list[HistorySummary]:
        """The listing columns of a profile's attempts, oldest first, as fast as SQLite allows.

        A history may hold thousands of attempts: this reads plain tuples from the
        driver (no ORM rows) and decodes every JSON column of the listing in one call.
        """
        sql = (
            "SELECT a.id, a.scenario_id, v.version, v.title, a.mode, a.language, a.status, "
            "a.started_at, a.finished_at, a.ending, a.outcome, a.scenario_version_id, "
            "a.overall_percent, a.path, a.points, a.maximum "
            "FROM attempts AS a JOIN scenario_versions AS v ON v.id = a.scenario_version_id "
            f"WHERE a.profile_id = {self.db.placeholder} ORDER BY a.started_at, a.id"
        )
        with self.db.read() as session, paused_gc():
            cursor = session.connection().connection.driver_connection
            assert cursor is not None
            rows = cursor.execute(sql, (profile_id,)).fetchall()
            # The JSON columns are documents this store wrote: one parse for all of them.
            decoded = json.loads("[" + ",".join(f"[{r[13]},{r[14]},{r[15]}]" for r in rows) + "]")
            return [
                HistorySummary._make((*row[:11], *columns, row[11], row[12]))
                for row, columns in zip(rows, decoded, strict=True)
            ]

    def played_titles(self, profile_id: str) -> dict[str, dict[str, str]]:
        """The title by language of every scenario version a profile has played.

        Read from the snapshots with the database's JSON functions, one row per version (a
        profile plays a handful), so listings can name each attempt in the language it
        was played in. A title written as a plain string is in the first language.
        """
        if self.db.dialect == "postgresql":
            # The same three values from PostgreSQL's JSON operators ('string' for 'text').
            sql = (
                "SELECT id, replace(json_typeof(snapshot::json -> 'title'), 'string', 'text'), "
                "snapshot::json ->> 'title', snapshot::json -> 'languages' ->> 0 "
                "FROM scenario_versions WHERE id IN (SELECT DISTINCT scenario_version_id "
                "FROM attempts WHERE profile_id = %s)"
            )
        else:
            sql = (
                "SELECT id, json_type(snapshot, '$.title'), json_extract(snapshot, '$.title'), "
                "json_extract(snapshot, '$.languages[0]') FROM scenario_versions "
                "WHERE id IN (SELECT DISTINCT scenario_version_id FROM attempts "
                "WHERE profile_id = ?)"
            )
        titles: dict[str, dict[str, str]] = {}
        with self.db.read() as session:
            cursor = session.connection().connection.driver_connection
            assert cursor is not None
            for version_id, kind, value, first_language in cursor.execute(sql, (profile_id,)):
                if kind == "object":
                    decoded = json.loads(value)
                    titles[version_id] = {
                        str(k): v for k, v in decoded.items() if isinstance(v, str)
                    }
                elif kind == "text" and isinstance(first_language, str):
                    titles[version_id] = {first_language: value}
        return titles

    def count_attempts(self) -> int:
        """How many attempts are stored (all profiles)."""
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(schema.Attempt)) or 0)

    # -- review: overview, replay, reports (read-only) ------------------------------------

    def overview_rows(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        scenario_id: str | None = None,
        mode: str | None = None,
    ) -> dict[str, list[tuple[Any, ...]]]:
        """The trainer overview's counts, all read in one transaction (one consistent view).

        Attempts count when ``since <= started_at < until`` (timestamps as stored; either
        bound may be None), of ``scenario_id`` and ``mode`` when given. Keys and rows:

        - ``profiles``: (profile id, display name, role, attempts, finished attempts,
          average overall percent, newest start, abandoned attempts), every profile, by
          name;
        - ``outcomes``: (scenario id, scenario version id, ending id, outcome, attempts,
          finished attempts, sum of overall percents, how many had one, abandoned
          attempts), per version and ending (ending and outcome are None for attempts
          in progress or abandoned);

        Only finished attempts have an overall percent and competency results, so every
        sum and average here counts finished attempts alone. An abandoned attempt has
        a ``finished_at`` too (when it was abandoned): finished ones are counted by status.
        - ``choices``: (scenario version id, node id, choice id, times chosen);
        - ``checklists``: (scenario version id, node id, ticked items as JSON, times);
        - ``reports``: (scenario version id, node id, items ticked as JSON, times);
        - ``competencies``: (scenario id, competency, sum of percents, how many).
        """
        where = _review_filters(since=since, until=until, scenario_id=scenario_id, mode=mode)
        attempt, step = schema.Attempt, schema.Step
        result = schema.CompetencyResult
        profile = schema.Profile
        # COUNT skips NULL: these count the attempts with that status.
        finished = case((attempt.status == "finished", 1))
        abandoned = case((attempt.status == "abandoned", 1))
        queries: dict[str, Any] = {
            "profiles": select(
                profile.id,
                profile.display_name,
                profile.role,
                func.count(attempt.id),
                func.count(finished),
                func.avg(attempt.overall_percent),
                func.max(attempt.started_at),
                func.count(abandoned),
            )
            .outerjoin(attempt, and_(attempt.profile_id == profile.id, *where))
            .group_by(profile.id)
            .order_by(profile.name_key),
            # Grouped ending first: SQLite then reads the table once instead of walking an
            # index and looking every row up (twice as fast on 10,000 attempts).
            "outcomes": select(
                func.min(attempt.scenario_id),
                attempt.scenario_version_id,
                attempt.ending,
                attempt.outcome,
                func.count(),
                func.count(finished),
                func.sum(attempt.overall_percent),
                func.count(attempt.overall_percent),
                func.count(abandoned),
            )
            .where(*where)
            .group_by(attempt.ending, attempt.outcome, attempt.scenario_version_id),
            # The choices, checklists and reports in one pass over the steps (each step
            # read and its attempt looked up once, not three times): at a centre with
            # 131,000 steps, 115 ms where the three passes took 150 ms.
            "steps": select(
                attempt.scenario_version_id,
                step.node_id,
                step.action,
                step.choice_id,
                step.ticked,
                func.count(),
            )
            .join(step, step.attempt_id == attempt.id)
            .where(or_(step.choice_id.is_not(None), step.action.in_(_TICKED)), *where)
            .group_by(
                attempt.scenario_version_id, step.node_id, step.action, step.choice_id, step.ticked
            ),
            "competencies": select(
                attempt.scenario_id,
                result.competency,
                func.sum(result.percent),
                func.count(result.percent),
            )
            .join(result, result.attempt_id == attempt.id)
            .where(*where)
            .group_by(attempt.scenario_id, result.competency),
        }
        with self.db.read() as session:
            found = {
                key: [tuple(row) for row in session.execute(query)]
                for key, query in queries.items()
            }
        found.update(_step_counts(found.pop("steps")))
        return found

    def scenario_snapshots(
        self, scenario_version_ids: Iterable[str], *, documents: bool = True
    ) -> list[ScenarioSnapshot]:
        """The stored snapshots with these ids, oldest version first within a scenario.

        ``documents=False`` leaves every ``document`` empty and skips reading them (for
        callers that keep models by content hash).
        """
        ids = sorted(set(scenario_version_ids))
        if not ids:
            return []
        version = schema.ScenarioVersion
        body = version.snapshot if documents else literal_column("'{}'")
        with self.db.read() as session:
            rows = session.execute(
                select(
                    version.id,
                    version.scenario_id,
                    version.version,
                    version.title,
                    version.content_hash,
                    body,
                )
                .where(version.id.in_(ids))
                .order_by(version.scenario_id, version.version, version.created_at, version.id)
            )
            return [
                ScenarioSnapshot(vid, sid, number, title, content_hash, json.loads(document))
                for vid, sid, number, title, content_hash, document in rows
            ]

    def attempts_between(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        profile_id: str | None = None,
        scenario_id: str | None = None,
        mode: str | None = None,
    ) -> list[AttemptRecord]:
        """Attempts (of every profile, or one) started in ``[since, until)``, oldest first."""
        query = self._attempt_query(with_state=False).where(
            *_review_filters(since=since, until=until, scenario_id=scenario_id, mode=mode)
        )
        if profile_id is not None:
            query = query.where(schema.Attempt.profile_id == profile_id)
        with self.db.read() as session:
            rows = session.execute(query.order_by(schema.Attempt.started_at, schema.Attempt.id))
            return [_attempt(r, with_state=False) for r in rows]

    def self_assessed_points(self, attempt_ids: Iterable[str]) -> dict[str, int]:
        """Points each of these attempts earned at report nodes (the officer ticked them);
        attempts with no report step are left out."""
        ids = list(dict.fromkeys(attempt_ids))
        points: dict[str, int] = {}
        with self.db.read() as session:
            for start in range(0, len(ids), 500):  # well under SQLite's variable limit
                rows = session.execute(
                    select(schema.Step.attempt_id, schema.Step.gained).where(
                        schema.Step.action == "report",
                        schema.Step.attempt_id.in_(ids[start : start + 500]),
                    )
                )
                for attempt_id, gained in rows:
                    earned = sum(int(v) for v in json.loads(gained).values())
                    points[attempt_id] = points.get(attempt_id, 0) + earned
        return points

    def card_lookups(self, attempt_id: str) -> list[tuple[int, str, str, str]]:
        """An attempt's knowledge-card look-ups: (step seq, node id, card id, time), in order."""
        lookup = schema.CardLookup
        # The row's place in the table: insertion order, for look-ups stamped with the
        # same time. PostgreSQL's ctid is that too for a table whose rows are never
        # updated (look-ups are only added and deleted), until a VACUUM FULL or CLUSTER
        # rewrites it; then ties at one time may come in another order.
        place = "ctid" if self.db.dialect == "postgresql" else "rowid"
        with self.db.read() as session:
            rows = session.execute(
                select(lookup.seq, lookup.node_id, lookup.card_id, lookup.created_at)
                .where(lookup.attempt_id == attempt_id)
                .order_by(lookup.seq, lookup.created_at, literal_column(f"card_lookups.{place}"))
            )
            return [(seq, node, card, at) for seq, node, card, at in rows]


def _review_filters(
    *, since: str | None, until: str | None, scenario_id: str | None, mode: str | None
) -> list[ColumnElement[bool]]:
    """Conditions on ``attempts`` shared by the review queries."""
    attempt = schema.Attempt
    where: list[ColumnElement[bool]] = []
    if since is not None:
        where.append(attempt.started_at >= since)
    if until is not None:
        where.append(attempt.started_at < until)
    if scenario_id is not None:
        where.append(attempt.scenario_id == scenario_id)
    if mode is not None:
        where.append(attempt.mode == mode)
    return where
