"""Profiles and the audit log: who trains here, and which administrative actions were taken."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from trainer.storage import schema
from trainer.storage.errors import ProfileError
from trainer.storage.records import ProfileRecord
from trainer.storage.store_base import StoreBase


def _profile(row: schema.Profile) -> ProfileRecord:
    return ProfileRecord(
        id=row.id,
        display_name=row.display_name,
        role=row.role,
        secret_hash=row.secret_hash,
        failed_logins=row.failed_logins,
        lock_level=row.lock_level,
        locked_at=row.locked_at,
        locked_seconds=row.locked_seconds,
        language=row.language,
        created_at=row.created_at,
        address=row.address,
    )


def name_key(display_name: str) -> str:
    """How names are compared: trimmed, case-insensitive."""
    return " ".join(display_name.split()).casefold()


class ProfileStore(StoreBase):
    """Creating, finding, listing and updating profiles; recording audit entries."""

    def create_profile(
        self, display_name: str, role: str, secret_hash: str | None = None
    ) -> ProfileRecord:
        """A new profile; ProfileError if the name is taken."""
        clean = " ".join(display_name.split())
        with self.db.write() as session:
            taken = session.scalar(
                select(schema.Profile.id).where(schema.Profile.name_key == name_key(clean))
            )
            if taken is not None:
                raise ProfileError(f"a profile called {clean!r} already exists")
            row = schema.Profile(
                id=schema.new_id(),
                display_name=clean,
                name_key=name_key(clean),
                role=role,
                secret_hash=secret_hash,
                failed_logins=0,
                lock_level=0,
                locked_seconds=0,
                created_at=self.now(),
            )
            session.add(row)
            session.flush()
            return _profile(row)

    def find_profile(self, display_name: str) -> ProfileRecord | None:
        """The profile with that name (case-insensitive), or None."""
        with self.db.read() as session:
            row = session.scalar(
                select(schema.Profile).where(schema.Profile.name_key == name_key(display_name))
            )
            return None if row is None else _profile(row)

    def get_profile(self, profile_id: str) -> ProfileRecord | None:
        """The profile with that id, or None."""
        with self.db.read() as session:
            row = session.get(schema.Profile, profile_id)
            return None if row is None else _profile(row)

    def list_profiles(self) -> list[ProfileRecord]:
        """Every profile, by name."""
        with self.db.read() as session:
            rows = session.scalars(select(schema.Profile).order_by(schema.Profile.name_key))
            return [_profile(r) for r in rows]

    def update_profile(self, profile_id: str, **values: Any) -> None:
        """Set profile columns (login counters, secret hash, language, form of address)."""
        allowed = {
            "secret_hash",
            "failed_logins",
            "lock_level",
            "locked_at",
            "locked_seconds",
            "language",
            "address",
        }
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not profile settings: {sorted(unknown)}")
        with self.db.write() as session:
            session.execute(
                update(schema.Profile).where(schema.Profile.id == profile_id).values(**values)
            )

    def audit(self, action: str, subject_id: str | None, operator_id: str | None) -> None:
        """Record an administrative action (no personal data, only ids)."""
        with self.db.write() as session:
            session.add(self._audit_entry(action, subject_id, operator_id))

    def _audit_entry(
        self, action: str, subject_id: str | None, operator_id: str | None
    ) -> schema.AuditEntry:
        """The audit log row of an administrative action done now, for a caller that adds
        it in the same transaction as the action itself."""
        return schema.AuditEntry(
            id=schema.new_id(),
            at=self.now(),
            action=action,
            subject_id=subject_id,
            operator_id=operator_id,
        )
