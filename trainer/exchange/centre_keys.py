"""A training centre's keys: one Ed25519 key that signs scenario packs, one X25519 key
that station exports are encrypted to (docs/keys.md).

Two files per centre, both JSON:

- the **public key file** (``NAME.centre-pub.json``), handed to every station::

    {"format": "trainer-centre-public-key", "format_version": 1, "centre": NAME,
     "created_at": ISO, "ed25519": B64, "x25519": B64, "fingerprint": "1a2b 3c4d 5e6f 7a8b"}

- the **private key file** (``NAME.centre-key.json``), kept at the centre: the same
  fields plus both private keys as PKCS#8 PEM encrypted with the library's
  ``BestAvailableEncryption``. That encryption is PBKDF2-SHA256 with only 2,048 rounds
  in the ``cryptography`` releases we use, far too cheap against a guesser who has the
  file; so the passphrase is first stretched with scrypt (the library's, parameters
  and salt in the file under ``kdf``) and the stretched value is the PKCS#8 password.

The fingerprint is the first 16 hex digits of SHA-256 over a fixed label and both raw
public keys: a short name to read out on the phone. Trust never rests on it alone: a
signature is checked against the full key the station trusted.

Everything here is the ``cryptography`` library's (pyca); nothing is hand-made.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from trainer.domain.errors import TrainerError
from trainer.exchange.twee import load_json

PUBLIC_FORMAT = "trainer-centre-public-key"
PRIVATE_FORMAT = "trainer-centre-private-key"
FORMAT_VERSION = 1
PUBLIC_SUFFIX = ".centre-pub.json"
PRIVATE_SUFFIX = ".centre-key.json"
#: A passphrase shorter than this is refused (it guards the centre's signing key).
MIN_PASSPHRASE_CHARS = 12
MAX_CENTRE_CHARS = 80
#: Key files are small; anything larger is not one (read no further).
MAX_KEY_FILE_BYTES = 64 * 1024
#: scrypt's cost: 2**17 × 8 × 128 bytes = 128 MiB and ~0.3 s a guess here (RFC 7914's
#: interactive-login figures doubled; the key is opened a few times a year).
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
#: What a key file may ask for: enough for tests (2**14) up to 1 GiB of memory.
_SCRYPT_N_RANGE = (2**14, 2**20)
_FINGERPRINT_LABEL = b"trainer centre key v1\x00"
_FINGERPRINT_HEX = 16
_HEX_RE = re.compile(r"\A[0-9a-f]{16}\Z")


class CentreKeyError(TrainerError):
    """A key file that cannot be written or read; the message names the file."""

    def __init__(self, where: Path | str, detail: str) -> None:
        self.where = str(where)
        self.detail = detail
        super().__init__(f"{where}: {detail}")


class PassphraseError(CentreKeyError):
    """The passphrase does not open the private key file."""


# -- names, fingerprints and passphrases ------------------------------------------------


def fingerprint_of(signing: bytes, encryption: bytes) -> str:
    """The 16 hex digits naming a centre's pair of public keys (raw 32 bytes each)."""
    digest = hashlib.sha256(_FINGERPRINT_LABEL + signing + encryption).hexdigest()
    return digest[:_FINGERPRINT_HEX]


def grouped(fingerprint: str) -> str:
    """``1a2b3c4d5e6f7a8b`` as ``1a2b 3c4d 5e6f 7a8b``, easier to read out and compare."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint typed any way (spaces, colons, dashes, capitals) as 16 hex digits.

    ValueError if it is not one.
    """
    compact = re.sub(r"[\s:\-]", "", text).lower()
    if not _HEX_RE.match(compact):
        raise ValueError(f"{text!r} is not a key fingerprint (16 hex digits, e.g. 1a2b 3c4d …)")
    return compact


def centre_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a centre, or None."""
    if not name.strip():
        return "the centre's name is empty"
    if len(name) > MAX_CENTRE_CHARS:
        return f"the centre's name is over {MAX_CENTRE_CHARS} characters"
    if name != name.strip():
        return "the centre's name starts or ends with a space"
    for char in name:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"the centre's name holds the invisible character U+{ord(char):04X}"
    return None


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` may not protect a private key, or None."""
    if not passphrase.strip():
        return "the passphrase is empty"
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return f"the passphrase is shorter than {MIN_PASSPHRASE_CHARS} characters"
    return None


# -- the keys ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CentrePublicKey:
    """What a station knows of a centre: its name and its two public keys."""

    centre: str
    created_at: str
    signing: bytes  # Ed25519, raw 32 bytes
    encryption: bytes  # X25519, raw 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing, self.encryption)

    def verifies(self, signature: bytes, message: bytes) -> bool:
        """Whether ``signature`` is this centre's Ed25519 signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encryption)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_FORMAT,
            "format_version": FORMAT_VERSION,
            "centre": self.centre,
            "created_at": self.created_at,
            "ed25519": _b64(self.signing),
            "x25519": _b64(self.encryption),
            "fingerprint": grouped(self.fingerprint),
        }

    def to_bytes(self) -> bytes:
        return _json_bytes(self.to_json())


@dataclass(frozen=True)
class CentreKey:
    """A centre's private keys, opened with the passphrase: it signs and decrypts."""

    public: CentrePublicKey
    signing_key: Ed25519PrivateKey
    encryption_private: X25519PrivateKey

    @property
    def centre(self) -> str:
        return self.public.centre

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, message: bytes) -> bytes:
        """The Ed25519 signature of ``message`` (deterministic: same bytes, same signature)."""
        return self.signing_key.sign(message)

    def exchange(self, peer: X25519PublicKey) -> bytes:
        """The X25519 shared secret with ``peer`` (an envelope's ephemeral key)."""
        return self.encryption_private.exchange(peer)


def new_centre_key(centre: str, *, created_at: str) -> CentreKey:
    """A new pair of keys for ``centre`` (CentreKeyError for a bad name)."""
    problem = centre_name_problem(centre)
    if problem is not None:
        raise CentreKeyError(centre, problem)
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    public = CentrePublicKey(
        centre=centre,
        created_at=created_at,
        signing=signing.public_key().public_bytes_raw(),
        encryption=encryption.public_key().public_bytes_raw(),
    )
    return CentreKey(public, signing, encryption)


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return base64.b64encode(raw)  # PKCS#8 takes a password of bytes; keep it printable


def private_key_bytes(key: CentreKey, passphrase: str, *, scrypt_n: int = SCRYPT_N) -> bytes:
    """The private key file's bytes, both keys encrypted under ``passphrase``."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise CentreKeyError("the passphrase", problem)
    salt = secrets.token_bytes(16)
    password = _stretch(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    encryption = serialization.BestAvailableEncryption(password)

    def pem(private: Ed25519PrivateKey | X25519PrivateKey) -> str:
        return private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        ).decode("ascii")

    data = key.public.to_json()
    data.update(
        {
            "format": PRIVATE_FORMAT,
            "kdf": {"name": "scrypt", "salt": _b64(salt), "n": scrypt_n, "r": SCRYPT_R, "p": 1},
            "ed25519_private": pem(key.signing_key),
            "x25519_private": pem(key.encryption_private),
        }
    )
    return _json_bytes(data)


def file_stem(centre: str) -> str:
    """A file name for ``centre``'s key files: its name with unsafe characters as '-'."""
    stem = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", centre)).strip("-.")
    return stem[:60] or "centre"


@dataclass(frozen=True)
class WrittenKeys:
    """The two files ``write_new_keys`` made."""

    private: Path
    public: Path
    key: CentreKey


def write_new_keys(
    centre: str,
    passphrase: str,
    folder: Path,
    *,
    created_at: str,
    scrypt_n: int = SCRYPT_N,
) -> WrittenKeys:
    """Make ``centre``'s keys and write both files into ``folder``; never over a file.

    The private key file is created with mode 0600 (owner only) where the OS has modes.
    """
    key = new_centre_key(centre, created_at=created_at)
    private_data = private_key_bytes(key, passphrase, scrypt_n=scrypt_n)
    stem = file_stem(centre)
    private = folder / f"{stem}{PRIVATE_SUFFIX}"
    public = folder / f"{stem}{PUBLIC_SUFFIX}"
    for path in (private, public):
        if os.path.lexists(path):
            raise CentreKeyError(path, "the file exists; it is never overwritten (move it away)")
    if folder.exists() and not folder.is_dir():
        raise CentreKeyError(folder, "is a file, not a folder: give the folder to write into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CentreKeyError(folder, f"cannot be made ({exc.strerror or exc})") from None
    _write_new(private, private_data, 0o600)
    try:
        _write_new(public, key.public.to_bytes(), 0o644)
    except BaseException:
        private.unlink(missing_ok=True)
        raise
    return WrittenKeys(private, public, key)


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` (O_EXCL: never over another file) with ``mode``, write, fsync."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags, mode)
    except FileExistsError:
        raise CentreKeyError(path, "the file exists; it is never overwritten") from None
    except OSError as exc:
        raise CentreKeyError(path, f"cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise CentreKeyError(path, f"cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise


# -- reading -------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise CentreKeyError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise CentreKeyError(path, "too large to be a key file")
    return data


def _object(data: bytes, where: Path | str) -> dict[str, Any]:
    try:
        value = load_json(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CentreKeyError(where, f"not a key file (not valid JSON: {exc})") from None
    if not isinstance(value, dict):
        raise CentreKeyError(where, "not a key file (not a JSON object)")
    return value


def _text(data: dict[str, Any], key: str, where: Path | str, limit: int = 4096) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise CentreKeyError(where, f"{key!r} is missing or not text")
    return value


def _public_from(data: dict[str, Any], where: Path | str) -> CentrePublicKey:
    if data.get("format_version") != FORMAT_VERSION:
        raise CentreKeyError(
            where, f"key file version {data.get('format_version')!r} is not one this trainer reads"
        )
    centre = _text(data, "centre", where, MAX_CENTRE_CHARS)
    problem = centre_name_problem(centre)
    if problem is not None:
        raise CentreKeyError(where, problem)
    keys = []
    for field in ("ed25519", "x25519"):
        raw = _unb64(_text(data, field, where, 64), f"{field!r}", where)
        if len(raw) != 32:
            raise CentreKeyError(where, f"{field!r} is not a 32-byte public key")
        keys.append(raw)
    public = CentrePublicKey(centre, _text(data, "created_at", where, 64), keys[0], keys[1])
    try:
        written = parse_fingerprint(_text(data, "fingerprint", where, 64))
    except ValueError as exc:
        raise CentreKeyError(where, str(exc)) from None
    if written != public.fingerprint:
        raise CentreKeyError(
            where, "the fingerprint written in it does not match its keys (altered or damaged)"
        )
    return public


def parse_public_key(data: bytes, where: Path | str) -> CentrePublicKey:
    """A centre's public key from a public key file's bytes; CentreKeyError if not one."""
    value = _object(data, where)
    if value.get("format") == PRIVATE_FORMAT:
        raise CentreKeyError(
            where,
            "this is the centre's PRIVATE key file: it never leaves the centre; give the"
            f" stations the {PUBLIC_SUFFIX} file",
        )
    if value.get("format") != PUBLIC_FORMAT:
        raise CentreKeyError(where, "not a centre's public key file")
    return _public_from(value, where)


def read_public_key(path: Path) -> CentrePublicKey:
    """The public key in the file at ``path``; CentreKeyError naming it if it is not one."""
    return parse_public_key(_read(path), path)


def read_private_key(path: Path, passphrase: str) -> CentreKey:
    """Open the private key file at ``path`` with ``passphrase``.

    PassphraseError for a wrong passphrase; CentreKeyError for anything else amiss
    (including private keys that do not belong to the public keys beside them).
    """
    value = _object(_read(path), path)
    if value.get("format") == PUBLIC_FORMAT:
        raise CentreKeyError(
            path, "this is a public key file; signing and decrypting need the private one"
        )
    if value.get("format") != PRIVATE_FORMAT:
        raise CentreKeyError(path, "not a centre's private key file")
    public = _public_from(value, path)
    kdf = value.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise CentreKeyError(path, "its 'kdf' is missing or not scrypt")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if (
        not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
        or not _SCRYPT_N_RANGE[0] <= n <= _SCRYPT_N_RANGE[1]  # type: ignore[operator]
        or (r, p) != (SCRYPT_R, SCRYPT_P)
    ):
        raise CentreKeyError(path, "its scrypt parameters are outside what this trainer accepts")
    assert isinstance(n, int)
    salt = _unb64(_text(kdf, "salt", path, 64), "the salt", path)
    password = _stretch(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    signing = _load_private(_text(value, "ed25519_private", path), password, path)
    encryption = _load_private(_text(value, "x25519_private", path), password, path)
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(encryption, X25519PrivateKey):
        raise CentreKeyError(path, "its private keys are not an Ed25519 and an X25519 key")
    if (
        signing.public_key().public_bytes_raw() != public.signing
        or encryption.public_key().public_bytes_raw() != public.encryption
    ):
        raise CentreKeyError(path, "its private keys do not match its public keys (altered?)")
    return CentreKey(public, signing, encryption)


def _load_private(pem: str, password: bytes, path: Path) -> Any:
    try:
        return serialization.load_pem_private_key(pem.encode("ascii"), password=password)
    except (ValueError, TypeError, UnsupportedAlgorithm, UnicodeEncodeError) as exc:
        # The library says "Bad decrypt. Incorrect password?" for a wrong one; a damaged
        # PEM reads the same, and both are told apart from the file's other checks.
        if "decrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise PassphraseError(path, "the passphrase is wrong") from None
        raise CentreKeyError(path, f"a private key in it cannot be read ({exc})") from None


# -- small helpers -------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, what: str, where: Path | str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise CentreKeyError(where, f"{what} is not base64") from None


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "PRIVATE_SUFFIX",
    "PUBLIC_SUFFIX",
    "CentreKey",
    "CentreKeyError",
    "CentrePublicKey",
    "PassphraseError",
    "WrittenKeys",
    "centre_name_problem",
    "file_stem",
    "fingerprint_of",
    "grouped",
    "new_centre_key",
    "parse_fingerprint",
    "parse_public_key",
    "passphrase_problem",
    "private_key_bytes",
    "read_private_key",
    "read_public_key",
    "write_new_keys",
]
