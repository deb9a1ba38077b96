"""PINs and passwords: policy, Argon2id hashing, lockout after repeated failures.

A 6-digit PIN falls to an offline attack on a copied database in minutes whatever
the hash; the lockout protects a running laptop, disk encryption a stolen one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from trainer.domain.errors import TrainerError

MIN_PIN_DIGITS = 6
MIN_PASSWORD_CHARS = 12
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK_SECONDS = 5 * 60
MAX_LOCK_SECONDS = 4 * 60 * 60

# OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane (about 30 ms a check here).
TIME_COST = 2
MEMORY_COST_KIB = 19_456
PARALLELISM = 1


class SecretPolicyError(TrainerError):
    """A PIN or password that is too weak; ``code`` says which rule (for translations)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def _hasher() -> object:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM)


def check_pin_policy(pin: str) -> None:
    """SecretPolicyError unless ``pin`` is 6+ digits and not trivially guessable."""
    if not pin.isdigit() or not pin.isascii():
        raise SecretPolicyError("a PIN is made of digits only", "pin-digits")
    if len(pin) < MIN_PIN_DIGITS:
        raise SecretPolicyError(f"a PIN needs at least {MIN_PIN_DIGITS} digits", "pin-short")
    if len(set(pin)) == 1:
        raise SecretPolicyError("a PIN cannot repeat one digit", "pin-repeat")
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        raise SecretPolicyError("a PIN cannot be a run of digits such as 123456", "pin-run")
    # A short block typed again and again (121212, 123123, 12341234): among the first
    # PINs anyone tries.
    if any(pin == pin[:period] * (len(pin) // period) for period in _divisors(len(pin))):
        raise SecretPolicyError("a PIN cannot repeat a short group such as 121212", "pin-pattern")


def _divisors(length: int) -> list[int]:
    """The periods a repeated block of a ``length``-digit PIN could have."""
    return [p for p in range(2, length // 2 + 1) if length % p == 0]


def check_password_policy(password: str) -> None:
    """SecretPolicyError unless ``password`` has at least 12 characters and some variety."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise SecretPolicyError(
            f"a trainer password needs at least {MIN_PASSWORD_CHARS} characters",
            "password-short",
        )
    if len(set(password)) < 5:
        raise SecretPolicyError(
            "the password repeats too few different characters", "password-variety"
        )


def hash_secret(secret: str) -> str:
    """An Argon2id hash (``$argon2id$…``) with a fresh random salt."""
    return str(_hasher().hash(secret))  # type: ignore[attr-defined]


def verify_secret(stored_hash: str, secret: str) -> tuple[bool, str | None]:
    """Whether ``secret`` matches, and a new hash if the parameters have since changed."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    try:
        hasher.verify(stored_hash, secret)  # type: ignore[attr-defined]
    except (VerificationError, InvalidHashError):
        return False, None
    if hasher.check_needs_rehash(stored_hash):  # type: ignore[attr-defined]
        return True, hash_secret(secret)
    return True, None


@dataclass(frozen=True, slots=True)
class LockState:
    """A profile's login counters, as stored."""

    failed_logins: int
    lock_level: int
    locked_at: dt.datetime | None
    locked_seconds: int

    def locked_until(self) -> dt.datetime | None:
        """When the current lock ends, or None if there is none."""
        if self.locked_at is None or self.locked_seconds <= 0:
            return None
        return self.locked_at + dt.timedelta(seconds=self.locked_seconds)

    def is_locked(self, now: dt.datetime) -> bool:
        """Locked now. A clock set back before the lock started keeps the lock on."""
        until = self.locked_until()
        if until is None or self.locked_at is None:
            return False
        return now < self.locked_at or now < until

    def after_failure(self, now: dt.datetime) -> LockState:
        """The counters after one more wrong PIN; every fifth failure locks, doubling."""
        failures = self.failed_logins + 1
        if failures < FAILURES_BEFORE_LOCK:
            return LockState(failures, self.lock_level, self.locked_at, self.locked_seconds)
        level = self.lock_level + 1
        seconds = min(FIRST_LOCK_SECONDS * 2 ** (level - 1), MAX_LOCK_SECONDS)
        return LockState(0, level, now, seconds)

    @staticmethod
    def cleared() -> LockState:
        """The counters after a successful login or a trainer's unlock."""
        return LockState(0, 0, None, 0)
