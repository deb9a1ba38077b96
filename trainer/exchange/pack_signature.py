"""A pack's signature: the member ``manifest.json.sig`` (docs/packs.md, "Signed packs").

A small JSON object::

    {"format": "trainer-pack-signature", "format_version": 1, "algorithm": "ed25519",
     "signed": "manifest.json", "centre": NAME, "fingerprint": "1a2b 3c4d 5e6f 7a8b",
     "ed25519": B64, "x25519": B64, "signature": B64}

``signature`` is Ed25519 over a fixed label followed by the manifest's exact bytes
(the label keeps a pack signature from ever reading as a signature of anything else
the centre's key might sign). The signer's public keys ride along, so a signature is
checked even when its signer is unknown here: a pack whose signature does not verify
is refused, whoever signed it. Whether the signer is *trusted* is the station's trust
store's answer, by the full keys, never by the name written here.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from trainer.exchange.centre_keys import (
    CentreKey,
    CentreKeyError,
    CentrePublicKey,
    grouped,
    parse_public_key,
)
from trainer.exchange.twee import load_json

SIGNATURE_NAME = "manifest.json.sig"
SIGNATURE_FORMAT = "trainer-pack-signature"
SIGNATURE_VERSION = 1
MAX_SIGNATURE_BYTES = 8 * 1024
_LABEL = b"trainer pack manifest v1\x00"
_FIELDS = frozenset(
    {
        "format",
        "format_version",
        "algorithm",
        "signed",
        "centre",
        "created_at",
        "fingerprint",
        "ed25519",
        "x25519",
        "signature",
    }
)


class SignatureFormatError(ValueError):
    """The signature member is not one this trainer reads (the pack is refused)."""


@dataclass(frozen=True)
class PackSignature:
    """A parsed signature member: who claims to have signed, and the signature bytes."""

    key: CentrePublicKey
    signature: bytes
    #: The member's bytes as read (kept with an installed scenario, to check it again).
    raw: bytes = b""

    def verifies(self, manifest: bytes) -> bool:
        """Whether this is the key's signature of ``manifest`` (its exact bytes)."""
        return self.key.verifies(self.signature, _LABEL + manifest)


def sign_manifest(manifest: bytes, signer: CentreKey) -> bytes:
    """The signature member's bytes for ``manifest`` signed by ``signer`` (deterministic)."""
    data = {
        "format": SIGNATURE_FORMAT,
        "format_version": SIGNATURE_VERSION,
        "algorithm": "ed25519",
        "signed": "manifest.json",
        "centre": signer.public.centre,
        "created_at": signer.public.created_at,
        "fingerprint": grouped(signer.fingerprint),
        "ed25519": base64.b64encode(signer.public.signing).decode("ascii"),
        "x25519": base64.b64encode(signer.public.encryption).decode("ascii"),
        "signature": base64.b64encode(signer.sign(_LABEL + manifest)).decode("ascii"),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def parse_signature(raw: bytes) -> PackSignature:
    """The signature member from its bytes; SignatureFormatError saying what is wrong."""
    if len(raw) > MAX_SIGNATURE_BYTES:
        raise SignatureFormatError(f"over {MAX_SIGNATURE_BYTES:,} bytes")
    try:
        value = load_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SignatureFormatError(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise SignatureFormatError("not a JSON object")
    if value.get("format") != SIGNATURE_FORMAT:
        raise SignatureFormatError("not a pack signature")
    if value.get("format_version") != SIGNATURE_VERSION:
        raise SignatureFormatError(
            f"signature version {value.get('format_version')!r} is not one this trainer reads"
        )
    if value.get("algorithm") != "ed25519" or value.get("signed") != "manifest.json":
        raise SignatureFormatError("not an Ed25519 signature of manifest.json")
    unknown = sorted(set(value) - _FIELDS)
    if unknown:
        raise SignatureFormatError(f"unknown field {unknown[0]!r}")
    # The signer's keys and fingerprint are checked as a public key file's are.
    as_key = {k: value.get(k) for k in ("centre", "created_at", "fingerprint", "ed25519", "x25519")}
    as_key.update({"format": "trainer-centre-public-key", "format_version": 1})
    try:
        key = parse_public_key(json.dumps(as_key).encode(), "the signer")
    except CentreKeyError as exc:
        raise SignatureFormatError(str(exc)) from None
    text = value.get("signature")
    if not isinstance(text, str) or len(text) > 200:
        raise SignatureFormatError("'signature' is missing or not text")
    try:
        signature = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureFormatError("'signature' is not base64") from None
    if len(signature) != 64:
        raise SignatureFormatError("'signature' is not a 64-byte Ed25519 signature")
    return PackSignature(key, signature, raw)


__all__ = [
    "MAX_SIGNATURE_BYTES",
    "SIGNATURE_NAME",
    "PackSignature",
    "SignatureFormatError",
    "parse_signature",
    "sign_manifest",
]
