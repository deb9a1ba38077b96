"""Which training centres a station trusts: an instructor's decision, audited.

Trusting a centre's public key makes the packs it signs install as official and makes
results exports encrypted to it (docs/keys.md); so adding or removing one is done by an
instructor who confirmed with their password (an :class:`Operator`), and the audit log
records it (the centre's fingerprint is not personal data; no name is logged).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.exchange.centre_keys import CentrePublicKey, read_public_key
from trainer.exchange.trust_store import TrustStore
from trainer.services.profiles import Operator
from trainer.services.records import TRAINER
from trainer.storage.errors import ProfileError
from trainer.storage.store import Store


@dataclass(frozen=True)
class Trusted:
    """A centre trusted (or already trusted) and where its key file lies."""

    key: CentrePublicKey
    path: Path
    new: bool


class CentreTrustService:
    """Adds and removes trusted centres in one data folder's trust store."""

    def __init__(self, store: Store, trust: TrustStore) -> None:
        self.store = store
        self.trust = trust

    def _require_trainer(self, by: Operator) -> None:
        current = self.store.get_profile(by.id)
        if current is None or current.role != TRAINER:
            raise ProfileError("only an instructor can change which centres are trusted")

    def trust_file(self, file: Path, *, by: Operator) -> Trusted:
        """Trust the centre whose public key file is ``file`` (CentreKeyError if not one)."""
        return self.trust_key(read_public_key(file), by=by)

    def trust_key(self, key: CentrePublicKey, *, by: Operator) -> Trusted:
        """Trust ``key`` (already read and checked)."""
        self._require_trainer(by)
        path, new = self.trust.add(key)
        if new:
            self.store.audit(f"centre-trust:{key.fingerprint}", None, by.id)
        return Trusted(key, path, new)

    def forget(self, fingerprint: str, *, by: Operator) -> CentrePublicKey:
        """Stop trusting the centre with ``fingerprint`` (NotTrustedError if none has it)."""
        self._require_trainer(by)
        key = self.trust.remove(fingerprint)
        self.store.audit(f"centre-forget:{fingerprint}", None, by.id)
        return key


__all__ = ["CentreTrustService", "Trusted"]
