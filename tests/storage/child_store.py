"""A child process for the storage tests: open a store, report on stdout, then wait or close.

Usage::

    python child_store.py hold DATA_DIR
        Open the store, print "ready", then sleep until killed (instance-lock tests).
    python child_store.py open DATA_DIR [MIGRATIONS_DIR]
        Open the store (migrating with the given Alembic folder), print "opened", close
        without an exit backup, print "closed" (kill-during-migration tests).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    if len(sys.argv) > 3:
        import trainer.storage.migrate as migrate

        # The folder is read at every call: the store migrates with this one.
        migrate.MIGRATIONS = Path(sys.argv[3])
    from trainer.storage.store import Store

    store = Store.open(data_dir)
    if mode == "hold":
        print("ready", flush=True)
        while True:
            time.sleep(60)
    print("opened", flush=True)
    store.close(backup=False)
    print("closed", flush=True)


if __name__ == "__main__":
    main()
