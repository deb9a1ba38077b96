"""Run with ``python -m trainer``."""

import sys

from trainer.app import main

sys.exit(main())
