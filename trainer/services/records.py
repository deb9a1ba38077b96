"""The records the services hand to the GUI (defined by the storage layer)."""

from __future__ import annotations

from trainer.storage.records import AttemptRecord, ProfileRecord

__all__ = ["AttemptRecord", "ProfileRecord"]
