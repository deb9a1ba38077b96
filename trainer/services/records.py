"""The records the services hand to the GUI (defined by the storage layer)."""

from __future__ import annotations

from trainer.storage.records import AttemptRecord, ProfileRecord

# The roles a profile has. Here, not in services.profiles, so that the first screen can
# tell an instructor without importing the store (and SQLAlchemy) before it is painted.
OFFICER = "officer"
TRAINER = "trainer"
ROLES = (OFFICER, TRAINER)

__all__ = ["OFFICER", "ROLES", "TRAINER", "AttemptRecord", "ProfileRecord"]
