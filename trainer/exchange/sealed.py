"""Sealed files: bytes encrypted to a training centre's X25519 key (docs/keys.md).

A station seals its results export to the centre it trusts, so that a lost USB stick
exposes nothing: only the centre's private key opens the file. The layout (all
lengths fixed except the centre's name)::

    MAGIC            16 bytes  b"TRAINER-SEALED\\n\\x00"
    version           1 byte   1
    fingerprint       8 bytes  the recipient key's fingerprint (16 hex digits, raw)
    name length       1 byte   n (0-255)
    centre name       n bytes  UTF-8, so a refusal can say whom the file is for
    ephemeral key    32 bytes  a fresh X25519 public key, one per file
    nonce            12 bytes  random
    ciphertext       rest      AES-256-GCM of the payload, with its 16-byte tag

The AES key is HKDF-SHA256 (info: a fixed label, the ephemeral and the recipient
public keys) of the X25519 shared secret; the whole header above is the associated
data, so changing any byte of it, or of the ciphertext, makes opening fail. The same
construction as ECIES / libsodium's sealed boxes, built from ``cryptography``'s
primitives only.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trainer.domain.errors import TrainerError
from trainer.exchange.centre_keys import CentreKey, CentrePublicKey, grouped

MAGIC = b"TRAINER-SEALED\n\x00"
VERSION = 1
_HKDF_INFO = b"trainer sealed file v1\x00"
_FINGERPRINT_BYTES = 8
_KEY_BYTES = 32
_NONCE_BYTES = 12
_TAG_BYTES = 16


class SealedFileError(TrainerError):
    """A sealed file that cannot be opened; the message names the file and why."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{path}: {detail}; nothing was imported from it")


class KeyNeededError(SealedFileError):
    """A sealed file and no (or another centre's) private key to open it."""


@dataclass(frozen=True)
class SealedHeader:
    """Whom a sealed file is for, read without any key."""

    fingerprint: str
    centre: str
    ephemeral: bytes
    nonce: bytes
    length: int  # of the header in bytes: the associated data

    def describe(self) -> str:
        return f"the centre {self.centre!r} (key {grouped(self.fingerprint)})"


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` begins as a sealed file does."""
    return data.startswith(MAGIC)


def seal(plaintext: bytes, recipient: CentrePublicKey) -> bytes:
    """``plaintext`` sealed to ``recipient`` (a fresh ephemeral key and nonce each time)."""
    name = recipient.centre.encode("utf-8")[:255]
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    nonce = secrets.token_bytes(_NONCE_BYTES)
    header = b"".join(
        (
            MAGIC,
            bytes([VERSION]),
            bytes.fromhex(recipient.fingerprint),
            bytes([len(name)]),
            name,
            ephemeral_public,
            nonce,
        )
    )
    key = _derive(
        ephemeral.exchange(recipient.encryption_key()), ephemeral_public, recipient.encryption
    )
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def read_header(data: bytes, path: Path | str = "<sealed>") -> SealedHeader:
    """The header of the sealed file ``data``; SealedFileError if it is cut short."""
    if not is_sealed(data):
        raise SealedFileError(path, "not a sealed file")
    at = len(MAGIC)
    if len(data) < at + 1 + _FINGERPRINT_BYTES + 1:
        raise SealedFileError(path, "the encrypted file is cut short")
    if data[at] != VERSION:
        raise SealedFileError(
            path, f"sealed with format version {data[at]}, which this trainer cannot open"
        )
    at += 1
    fingerprint = data[at : at + _FINGERPRINT_BYTES].hex()
    at += _FINGERPRINT_BYTES
    name_length = data[at]
    at += 1
    name_bytes = data[at : at + name_length]
    at += name_length
    ephemeral = data[at : at + _KEY_BYTES]
    at += _KEY_BYTES
    nonce = data[at : at + _NONCE_BYTES]
    at += _NONCE_BYTES
    if len(data) < at + _TAG_BYTES:
        raise SealedFileError(path, "the encrypted file is cut short")
    centre = name_bytes.decode("utf-8", errors="replace")
    return SealedHeader(fingerprint, centre, ephemeral, nonce, at)


def open_sealed(data: bytes, key: CentreKey | None, path: Path | str = "<sealed>") -> bytes:
    """The plaintext of the sealed file ``data``, opened with the centre's ``key``.

    KeyNeededError without a key or with another centre's; SealedFileError if any byte
    was changed (the AEAD tag does not verify) or the file is cut short.
    """
    header = read_header(data, path)
    if key is None:
        raise KeyNeededError(
            path,
            f"the file is encrypted for {header.describe()}: give that centre's private"
            " key file with --key",
        )
    if key.fingerprint != header.fingerprint:
        raise KeyNeededError(
            path,
            f"the file is encrypted for {header.describe()}, not for the key given"
            f" ({key.centre!r}, key {grouped(key.fingerprint)})",
        )
    try:
        peer = X25519PublicKey.from_public_bytes(header.ephemeral)
        shared = key.exchange(peer)
        aes = AESGCM(_derive(shared, header.ephemeral, key.public.encryption))
        return aes.decrypt(header.nonce, data[header.length :], data[: header.length])
    except (InvalidTag, ValueError):
        raise SealedFileError(
            path, "the encrypted file does not open: it was damaged or altered"
        ) from None


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO + ephemeral + recipient
    ).derive(shared)


__all__ = [
    "MAGIC",
    "KeyNeededError",
    "SealedFileError",
    "SealedHeader",
    "is_sealed",
    "open_sealed",
    "read_header",
    "seal",
]
