"""What the GUI receives from the composition root (no globals, no singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.services.context import Services
from trainer.services.library import LibraryService


@dataclass
class GuiContext:
    """Services and helpers shared by the pages."""

    services: Services
    library: LibraryService
    runner: TaskRunner
    settings: UiSettings
    data_dir: Path
