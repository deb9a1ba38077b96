"""Whether this build's cryptography works: the frozen bundle's ``--self-test`` asks.

``cryptography`` ships a compiled Rust extension with OpenSSL inside; a bundle that
left part of it out fails only when a centre first signs or opens something. This
makes a throw-away key (at scrypt's lowest accepted cost), signs, seals and opens.
"""

from __future__ import annotations

from pathlib import Path


def crypto_problems(folder: Path) -> list[str]:
    """What does not work (empty: all of it works), using ``folder`` for a key file."""
    try:
        from trainer.exchange.centre_keys import read_private_key, write_new_keys
        from trainer.exchange.sealed import open_sealed, seal

        passphrase = "self-test passphrase"
        written = write_new_keys(
            "Self test", passphrase, folder, created_at="2026-01-01T00:00:00+00:00", scrypt_n=2**14
        )
        key = read_private_key(written.private, passphrase)
        problems = []
        if not key.public.verifies(key.sign(b"manifest"), b"manifest"):
            problems.append("an Ed25519 signature does not verify")
        if open_sealed(seal(b"results", key.public), key) != b"results":
            problems.append("a sealed file does not open to what was sealed")
        return problems
    except Exception as exc:  # a module or library missing from the build: say which
        return [f"the centre keys do not work: {type(exc).__name__}: {exc}"]
