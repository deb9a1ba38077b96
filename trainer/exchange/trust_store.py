"""The centres a station trusts: their public key files in ``<data>/trust/``.

One file per centre, named by its fingerprint (``1a2b3c4d5e6f7a8b.centre-pub.json``) so
two centres of the same name never collide and a name never becomes a path. A file
there that does not read as a key, or whose name is not its key's fingerprint, is
trusted for nothing and reported by :meth:`TrustStore.problems`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from trainer.exchange.centre_keys import (
    PUBLIC_SUFFIX,
    CentreKeyError,
    CentrePublicKey,
    grouped,
    read_public_key,
)
from trainer.fileio import atomic_write_bytes, fsync_dir

TRUST_FOLDER = "trust"


class NotTrustedError(CentreKeyError):
    """No trusted centre has this fingerprint."""


@dataclass(frozen=True)
class TrustProblem:
    """A file in the trust folder that is trusted for nothing, and why."""

    path: Path
    detail: str


class TrustStore:
    """The trusted centres' public keys in one folder (created on first trust)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> TrustStore:
        return cls(data_dir / TRUST_FOLDER)

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.name.endswith(PUBLIC_SUFFIX))

    def _scan(self) -> tuple[list[CentrePublicKey], list[TrustProblem]]:
        keys: list[CentrePublicKey] = []
        problems: list[TrustProblem] = []
        for path in self._files():
            if path.is_symlink() or not path.is_file():
                problems.append(TrustProblem(path, "not a regular file"))
                continue
            try:
                key = read_public_key(path)
            except CentreKeyError as exc:
                problems.append(TrustProblem(path, exc.detail))
                continue
            if path.name != self._name(key.fingerprint):
                problems.append(TrustProblem(path, "its name is not its key's fingerprint"))
                continue
            keys.append(key)
        return keys, problems

    def centres(self) -> list[CentrePublicKey]:
        """Every trusted centre's key, by centre name then fingerprint."""
        keys, _ = self._scan()
        return sorted(keys, key=lambda k: (k.centre.casefold(), k.fingerprint))

    def problems(self) -> list[TrustProblem]:
        """Files in the folder that are trusted for nothing (damaged, renamed, foreign)."""
        return self._scan()[1]

    def find(self, fingerprint: str) -> CentrePublicKey | None:
        """The trusted key with ``fingerprint`` (16 hex digits), or None."""
        return next((k for k in self.centres() if k.fingerprint == fingerprint), None)

    def trusts(self, key: CentrePublicKey) -> bool:
        """Whether exactly these public keys are trusted (not merely the fingerprint)."""
        found = self.find(key.fingerprint)
        return (
            found is not None
            and found.signing == key.signing
            and found.encryption == key.encryption
        )

    def add(self, key: CentrePublicKey) -> tuple[Path, bool]:
        """Trust ``key``: its file written atomically; (the path, whether it was new)."""
        target = self.folder / self._name(key.fingerprint)
        new = not self.trusts(key)
        if new:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(target, key.to_bytes())
            except OSError as exc:
                raise CentreKeyError(target, f"cannot be written ({exc.strerror or exc})") from None
        return target, new

    def remove(self, fingerprint: str) -> CentrePublicKey:
        """Stop trusting the key with ``fingerprint``; NotTrustedError if none has it."""
        key = self.find(fingerprint)
        if key is None:
            raise NotTrustedError(
                grouped(fingerprint),
                "no trusted centre has this fingerprint (`trainer keys list` shows them)",
            )
        path = self.folder / self._name(fingerprint)
        try:
            os.remove(path)
            fsync_dir(self.folder)
        except OSError as exc:
            raise CentreKeyError(path, f"cannot be removed ({exc.strerror or exc})") from None
        return key

    @staticmethod
    def _name(fingerprint: str) -> str:
        return f"{fingerprint}{PUBLIC_SUFFIX}"


__all__ = ["TRUST_FOLDER", "NotTrustedError", "TrustProblem", "TrustStore"]
