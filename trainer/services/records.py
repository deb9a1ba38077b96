"""The records the services hand to the GUI (defined by the storage layer)."""

from __future__ import annotations

from trainer.storage.records import AttemptRecord, ProfileRecord

# The roles a profile has. Here, not in services.profiles, so that the first screen can
# tell an instructor without importing the store (and SQLAlchemy) before it is painted.
OFFICER = "officer"
TRAINER = "trainer"
ROLES = (OFFICER, TRAINER)
#: A profile merged from another station's results file (``trainer results import``):
#: a pseudonym (or a name) with attempts, no secret, and no way to sign in.
IMPORTED = "imported"

__all__ = ["IMPORTED", "OFFICER", "ROLES", "TRAINER", "AttemptRecord", "ProfileRecord"]
