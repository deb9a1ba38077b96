"""Profiles: create, sign in with PIN or password (with lockout), export, erase.

A profile also says how Polish scenarios address the officer (:class:`Address`:
masculine, feminine, or both forms), chosen at creation and changeable later.

Who may do what on a shared laptop: anyone may create an officer's profile; the
first instructor is created by a deliberate setup step (refused once there is one);
after that, creating an instructor, unlocking, erasing or exporting someone else's
profile, restoring a backup and setting the retention period need an existing
instructor's name and password (:meth:`ProfileService.confirm_trainer`), and the
audit log names that instructor. An officer exports or erases their own profile
with their own PIN.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from trainer.domain.address import Address, parse_address
from trainer.services.profile_names import ProfileNameError, clean_name, name_key
from trainer.services.records import IMPORTED
from trainer.services.records import OFFICER as OFFICER
from trainer.services.records import ROLES as ROLES
from trainer.services.records import TRAINER as TRAINER
from trainer.services.secrets import (
    FAILURES_BEFORE_LOCK,
    LockState,
    check_password_policy,
    check_pin_policy,
    hash_secret,
    verify_secret,
)
from trainer.storage.errors import ProfileError
from trainer.storage.records import ProfileRecord
from trainer.storage.store import Store, iso


class ProfileLockedError(ProfileError):
    """Too many wrong PINs: the profile is locked for a while."""

    def __init__(self, until: dt.datetime) -> None:
        self.until = until
        super().__init__(
            f"Too many wrong attempts: this profile is locked until "
            f"{until.astimezone().strftime('%H:%M')}. A trainer can unlock it."
        )


class WrongSecretError(ProfileError):
    """The PIN or password did not match."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__(f"wrong PIN or password ({tries_left} tries left before a lock)")


class NotAnInstructorError(ProfileError):
    """An administrative action named, as the one who confirms, a profile that is no instructor."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"{name!r} is not an instructor: only an instructor can confirm this")


class NoInstructorError(ProfileError):
    """An action needs an instructor, and none is set up on this laptop yet."""

    def __init__(self) -> None:
        super().__init__(
            "no instructor is set up on this laptop yet: the first one is created with "
            "`trainer setup NAME` (or the app's Profile menu)"
        )


class InstructorExistsError(ProfileError):
    """The first-instructor setup, when an instructor already exists."""

    def __init__(self) -> None:
        super().__init__(
            "an instructor is already set up on this laptop: a new instructor is created by "
            "an existing one (`trainer profile create NAME --trainer --by INSTRUCTOR`)"
        )


@dataclass(frozen=True, slots=True)
class Operator:
    """An instructor who has just confirmed with their password, or an officer with their PIN.

    Only :meth:`ProfileService.confirm_trainer` and :meth:`ProfileService.confirm_self`
    make one, so a method that takes an ``Operator`` was confirmed by a secret.
    """

    profile: ProfileRecord

    @property
    def id(self) -> str:
        """The operator's profile id, as the audit log records it."""
        return self.profile.id


def _lock_state(profile: ProfileRecord) -> LockState:
    locked_at = dt.datetime.fromisoformat(profile.locked_at) if profile.locked_at else None
    return LockState(profile.failed_logins, profile.lock_level, locked_at, profile.locked_seconds)


class ProfileService:
    """Use cases around the people on this laptop."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(
        self,
        name: str,
        role: str = OFFICER,
        secret: str | None = None,
        *,
        address: Address = Address.NONE,
    ) -> ProfileRecord:
        """A new profile. Officers may set a PIN (6+ digits); trainers need a password.

        The name is cleaned (:func:`clean_name`: NFKC, spaces collapsed, control and
        invisible characters refused) and must differ from every existing name by
        more than case, width or spacing. ``address``: how scenarios address them
        (by default both forms, so nothing is assumed).
        """
        clean = clean_name(name)
        existing = self._lookup(clean)
        if existing is not None:
            raise ProfileNameError(
                f"a profile called {existing.display_name!r} already exists",
                "name-taken",
                name=existing.display_name,
            )
        if role not in ROLES:
            raise ProfileError(f"the role must be one of {', '.join(ROLES)}")
        if role == TRAINER:
            if secret is None:
                raise ProfileError("a trainer profile needs a password")
            check_password_policy(secret)
        elif secret is not None:
            check_pin_policy(secret)
        profile = self.store.create_profile(
            clean, role, hash_secret(secret) if secret is not None else None
        )
        if address is Address.NONE:
            return profile
        return self.set_address(profile, address)

    def set_address(self, profile: ProfileRecord, address: Address) -> ProfileRecord:
        """Change how scenarios address the officer; the updated profile.

        Only attempts started from now on use it: every attempt keeps the form it was
        started with (stored with the attempt), so a replay shows what was read then.
        """
        if self.store.get_profile(profile.id) is None:
            raise ProfileError("this profile no longer exists")
        # Both forms are stored as no choice: profiles made before forms existed read alike.
        self.store.update_profile(
            profile.id, address=None if address is Address.NONE else address.value
        )
        return self.store.get_profile(profile.id) or profile

    def address_of(self, profile: ProfileRecord) -> Address:
        """How scenarios address ``profile`` as stored now (both forms when none was chosen).

        Read from the store, not from ``profile``, which may be stale (changed elsewhere).
        """
        current = self.store.get_profile(profile.id)
        return parse_address((current or profile).address)

    def has_trainer(self) -> bool:
        """Whether an instructor is set up on this laptop."""
        return any(p.role == TRAINER for p in self.store.list_profiles())

    def set_up_first_trainer(
        self, name: str, password: str, *, address: Address = Address.NONE
    ) -> ProfileRecord:
        """The laptop's first instructor; InstructorExistsError once there is one.

        The deliberate first step: after it, only an instructor creates another.
        """
        if self.has_trainer():
            raise InstructorExistsError()
        profile = self.create(name, TRAINER, password, address=address)
        self.store.audit("setup-trainer", profile.id, profile.id)
        return profile

    def create_trainer(
        self, name: str, password: str, *, by: Operator, address: Address = Address.NONE
    ) -> ProfileRecord:
        """Another instructor, created by an instructor who confirmed with their password."""
        self._require_trainer(by)
        profile = self.create(name, TRAINER, password, address=address)
        self.store.audit("create-trainer", profile.id, by.id)
        return profile

    def confirm_trainer(self, name: str, password: str) -> Operator:
        """The named instructor, confirmed by their password, for an administrative action.

        An officer's name is refused before any password is checked; a wrong password
        counts towards the instructor's lock like a wrong PIN, so it cannot be guessed.
        """
        found = self.store.find_profile(name)
        if found is None:
            if not self.has_trainer():
                raise NoInstructorError()
            raise ProfileError(f"there is no profile called {name!r}")
        if found.role != TRAINER:
            raise NotAnInstructorError(found.display_name)
        confirmed = self.sign_in(found, password)
        if confirmed.role != TRAINER:
            raise NotAnInstructorError(confirmed.display_name)
        return Operator(confirmed)

    def confirm_self(self, profile: ProfileRecord, secret: str | None) -> Operator:
        """``profile`` acting on itself, confirmed by its own PIN or password (if it has one).

        A profile without a PIN is open to anyone at the keyboard, here as when signing in.
        """
        return Operator(self.sign_in(profile, secret))

    def _require_trainer(self, by: Operator) -> None:
        current = self.store.get_profile(by.id)
        if current is None or current.role != TRAINER:
            raise NotAnInstructorError(by.profile.display_name)

    def get_or_create_officer(self, name: str) -> ProfileRecord:
        """The named profile, created as an officer without PIN if it does not exist."""
        found = self._lookup(name)
        return found if found is not None else self.create(name, OFFICER)

    def find(self, name: str) -> ProfileRecord:
        """The named profile; ProfileError if there is none."""
        found = self._lookup(name)
        if found is None:
            raise ProfileError(f"there is no profile called {name!r}")
        return found

    def _lookup(self, name: str) -> ProfileRecord | None:
        """The profile whose name matches ``name`` by :func:`name_key`, or None.

        The store's own key finds every name stored clean; names stored before
        names were cleaned (full-width letters, a zero-width space) are found by
        keying each stored display name the same way here, at read time, so no
        migration rewrites them. A laptop holds tens of profiles, so the scan is cheap.
        """
        found = self.store.find_profile(name)
        if found is not None:
            return found
        key = name_key(name)
        for profile in self.store.list_profiles():
            if name_key(profile.display_name) == key:
                return profile
        return None

    def sign_in(self, profile: ProfileRecord, secret: str | None) -> ProfileRecord:
        """Check the PIN or password; counts failures and locks after five.

        While locked, even the right secret is refused without running Argon2 at all.
        The counters are read from the store, not from ``profile``, which may be stale.
        """
        current = self.store.get_profile(profile.id)
        if current is None:
            raise ProfileError("this profile no longer exists")
        profile = current
        if profile.role == IMPORTED:
            # Merged from another station without a secret: open to no one, here or there.
            raise ProfileError(
                "a profile imported with results from another station cannot sign in"
            )
        if profile.secret_hash is None:
            return profile
        now = self.store.clock()
        state = _lock_state(profile)
        if state.is_locked(now):
            until = state.locked_until()
            assert until is not None
            raise ProfileLockedError(max(until, now))
        ok, rehashed = verify_secret(profile.secret_hash, secret or "")
        if not ok:
            after = state.after_failure(now)
            self._save(profile.id, after)
            if after.is_locked(now):
                until = after.locked_until()
                assert until is not None
                raise ProfileLockedError(until)
            left = FAILURES_BEFORE_LOCK - after.failed_logins
            raise WrongSecretError(left)
        cleared = LockState.cleared()
        extra: dict[str, Any] = {"secret_hash": rehashed} if rehashed else {}
        self._save(profile.id, cleared, **extra)
        return self.store.get_profile(profile.id) or profile

    def unlock(self, profile: ProfileRecord, *, trainer: ProfileRecord, password: str) -> None:
        """A trainer lifts a lock, confirming with their own password; the unlock is audited.

        The password is checked like any sign-in (wrong ones count towards the
        trainer's own lock), so an unattended trainer session cannot be used for it.
        """
        if trainer.role != TRAINER:
            raise NotAnInstructorError(trainer.display_name)
        confirmed = self.sign_in(trainer, password)
        if confirmed.role != TRAINER:
            raise NotAnInstructorError(confirmed.display_name)
        self.unlock_by(profile, by=Operator(confirmed))

    def unlock_by(self, profile: ProfileRecord, *, by: Operator) -> None:
        """Lift a lock for a confirmed instructor; audited with their id."""
        self._require_trainer(by)
        if self.store.get_profile(profile.id) is None:
            raise ProfileError("this profile no longer exists")
        self._save(profile.id, LockState.cleared())
        self.store.audit("unlock-profile", profile.id, by.id)

    def locked(self) -> list[ProfileRecord]:
        """The profiles locked now (too many wrong PINs), by name."""
        now = self.store.clock()
        return [p for p in self.store.list_profiles() if _lock_state(p).is_locked(now)]

    def _save(self, profile_id: str, state: LockState, **extra: Any) -> None:
        self.store.update_profile(
            profile_id,
            failed_logins=state.failed_logins,
            lock_level=state.lock_level,
            locked_at=iso(state.locked_at) if state.locked_at else None,
            locked_seconds=state.locked_seconds,
            **extra,
        )

    def export(self, profile: ProfileRecord) -> dict[str, Any]:
        """Everything stored about the profile (JSON-ready)."""
        return self.store.export_profile(profile.id)

    def export_by(self, profile: ProfileRecord, *, by: Operator) -> dict[str, Any]:
        """The export for the profile itself, or for an instructor (audited then)."""
        self._require_self_or_trainer(profile, by)
        if by.id != profile.id:
            self.store.audit("export-profile", profile.id, by.id)
        return self.export(profile)

    def erase_by(self, profile: ProfileRecord, *, by: Operator) -> None:
        """Erase the profile, for the profile itself or for an instructor; audited with who.

        A self-erasure names the person as operator: their id, which the audit keeps
        as the subject anyway, so it adds no trace of them.
        """
        self._require_self_or_trainer(profile, by)
        self.erase(profile, operator=by.profile)

    def _require_self_or_trainer(self, profile: ProfileRecord, by: Operator) -> None:
        if by.id != profile.id:
            self._require_trainer(by)

    def erase(self, profile: ProfileRecord, *, operator: ProfileRecord | None = None) -> None:
        """Delete the profile and all its data for good."""
        self.store.erase_profile(profile.id, operator_id=operator.id if operator else None)
