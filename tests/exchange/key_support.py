"""Helpers for the key tests: centres made cheaply (scrypt at its lowest accepted cost)."""

from __future__ import annotations

from pathlib import Path

from trainer.exchange.centre_keys import WrittenKeys, write_new_keys

PASSPHRASE = "poprawna-bateria-konia-zszywka"
#: The lowest cost a key file may ask for: the tests open keys often.
CHEAP_N = 2**14


def make_centre(folder: Path, name: str = "Centrum Szkolenia Policji") -> WrittenKeys:
    """A centre's key files in ``folder`` (passphrase :data:`PASSPHRASE`)."""
    return write_new_keys(
        name, PASSPHRASE, folder, created_at="2026-05-01T08:00:00+00:00", scrypt_n=CHEAP_N
    )
