"""The editor's map: the scenario as cards and arrows, mirroring the document."""

from trainer.gui.editor.map.panel import MapPanel

__all__ = ["MapPanel"]
