"""A node's picture: chosen from disk, checked as the reader checks it, copied into media/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import WARNING_COLOUR, Field, message_label
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.media_import import (
    ImageRefused,
    check_image_file,
    copy_into_media,
    is_large,
)
from trainer.scenario_io.media import resolve_image

_PREVIEW_WIDTH = 280


class ImageField(Field):
    """The ``image`` at ``path``: its file name, a preview, Choose and Remove."""

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, path, caption, parent=parent)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setReadOnly(True)
        self.name.setAccessibleName(caption)
        self.name.setPlaceholderText(self.tr("no picture"))
        self.label.setBuddy(self.name)
        self.choose = QPushButton(self.tr("Choose picture…"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self.tr("Remove picture"))
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.name, 1)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        self.body.addLayout(row)
        self.note = message_label(WARNING_COLOUR)
        self.body.addWidget(self.note)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.preview)
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        self.name.setText("" if value is None else str(value))
        self.remove.setEnabled(value is not None and self.ctx.editable)
        pixmap = QPixmap()
        folder = self.ctx.folder()
        if value and folder is not None:
            try:
                pixmap = QPixmap(str(resolve_image(folder, str(value))))
            except ValueError:
                pixmap = QPixmap()
        if value and folder is not None and pixmap.isNull():
            self.show_message(
                self.tr("The picture “%1” cannot be shown: it is missing or damaged.").replace(
                    "%1", str(value)
                )
            )
        if pixmap.isNull():
            self.preview.clear()
            self.preview.hide()
        else:
            self.preview.setPixmap(
                pixmap.scaledToWidth(
                    min(_PREVIEW_WIDTH, pixmap.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
            self.preview.show()

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.choose if self.ctx.editable else self.name

    def set_editable(self, editable: bool) -> None:
        self.choose.setVisible(editable)
        self.remove.setVisible(editable)

    def choose_file(self) -> None:
        """Ask for a picture file, then use it (see :meth:`use_file`)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp)"),
        )
        if chosen:
            self.use_file(Path(chosen))

    def use_file(self, source: Path) -> None:
        """Check ``source``, copy it into media/ and point the node at the copy."""
        self.note.hide()
        folder = self.ctx.folder()
        if folder is None:
            self.show_message(self.tr("Save the scenario first: the picture is copied next to it."))
            return
        try:
            size = check_image_file(source)
        except ImageRefused as refused:
            self.show_message(self._refusal(source, refused))
            return
        try:
            reference = copy_into_media(source, folder)
        except OSError as exc:
            self.show_message(
                self.tr("Could not copy “%1” into the scenario's media folder: %2")
                .replace("%1", source.name)
                .replace("%2", exc.strerror or str(exc))
            )
            return
        if self.push_failed(self.ctx.push(SetValue(self.path, reference))):
            return
        self.show_message(None)
        if is_large(size):
            self.note.setText(
                self.tr("⚠ “%1” is %2 MB: pictures over 5 MB make the scenario slow to open.")
                .replace("%1", source.name)
                .replace("%2", f"{size / 1_000_000:.1f}")
            )
            self.note.show()

    def _refusal(self, source: Path, refused: ImageRefused) -> str:
        if refused.reason == "type":
            return self.tr(
                "“%1” is not a picture the trainer can show: use PNG, JPEG or WebP."
            ).replace("%1", source.name)
        if refused.reason == "size":
            return (
                self.tr("“%1” is too large (%2 MB): a picture may have at most 20 MB.")
                .replace("%1", source.name)
                .replace("%2", refused.detail)
            )
        return (
            self.tr("“%1” cannot be used: %2")
            .replace("%1", source.name)
            .replace("%2", refused.detail)
        )

    def _remove(self) -> None:
        if self.ctx.doc.has(self.path):
            self.push_failed(self.ctx.push(RemoveKey(self.path)))
