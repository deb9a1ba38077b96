"""Widgets that show scenario text without letting it reach files, links or the network.

Qt's rich text reads local files by default: ``QTextBrowser``, ``QTextDocument``
and a ``QLabel`` in ``AutoText`` mode load ``<img src>`` given as an absolute
path, a ``file://`` URL or a ``../`` path, and a default ``QTextBrowser`` follows a
clicked ``file://`` link and shows the file. The widgets here close every one of
those doors:

- :class:`SafeTextBrowser` shows HTML built by :func:`~trainer.domain.markup.render_html`
  (our own tags only, everything the author typed escaped), and even for HTML
  set some other way it refuses every resource, never opens or follows links,
  and has no "Copy link" menu entry;
- :class:`SafeLabel` (and :func:`plain_label`) is a word-wrapped ``QLabel`` that
  only ever shows plain text.

Tooltips and message boxes decide for themselves: text that *might be* rich text
(``Qt.mightBeRichText``: a known tag such as ``<img`` on the first line) is shown
as rich text and loads what it names. :func:`plain_tooltip` turns any text into a
tooltip that shows it verbatim, and :func:`show_plain_message` is a message box
pinned to plain text; use them wherever scenario or profile text may appear.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Final

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QFontMetricsF, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QTextBrowser, QWidget

from trainer.domain.markup import render_html, render_plain
from trainer.gui.widgets.tooltips import plain_tooltip

__all__ = [
    "SafeLabel",
    "SafeTextBrowser",
    "plain_label",
    "plain_message_box",
    "plain_tooltip",
    "show_plain_message",
]

_LINK_FLAGS: Final = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)
_READ_ONLY_FLAGS: Final = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)

# Spacing as multiples of the font's line spacing, so it scales with the font.
_LINE_HEIGHT_PERCENT: Final = 135
_PARAGRAPH_GAP: Final = 0.6
_ITEM_GAP: Final = 0.2
_LIST_INDENT: Final = 1.5
_DOCUMENT_MARGIN: Final = 0.4


def _refused_value(resource_type: int) -> object:
    """A value that is empty but not null, so Qt does not fall back to the file.

    ``QTextDocument.loadResource`` reads the file itself when the widget's
    ``loadResource`` returns a null value (``None``, an empty string or an empty
    byte array). A null ``QImage`` is the one empty answer it accepts for images;
    for style sheets and anything else a one-space string is.
    """
    if resource_type == QTextDocument.ResourceType.ImageResource.value:
        return QImage()
    return " "


class SafeTextBrowser(QTextBrowser):
    """A read-only text view for scenario text: no resources, no links, no navigation.

    Use :meth:`set_markup` with the scenario's text (the format's Markdown subset).
    Whatever HTML ends up in the document, :meth:`loadResource` refuses every
    request (images, style sheets, anything) and counts it in
    :attr:`refused_count`, with the latest URLs in :attr:`refused_urls`. Links are
    neither opened nor followed, and ``setSource`` does nothing.

    The document's default style sheet (line height, paragraph spacing, list
    indent) is worked out from the widget's font and rebuilt when the font
    changes, so the text keeps its proportions when the user zooms the app font.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused_count = 0
        self.refused_urls: deque[str] = deque(maxlen=64)
        self._markup: str | None = None
        self._markup_revision = -1
        self._minimum_lines = 0
        super().setOpenLinks(False)
        super().setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(_READ_ONLY_FLAGS)
        self._apply_document_style()

    # --- content --------------------------------------------------------------

    def set_markup(self, text: str) -> None:
        """Show scenario ``text`` (Markdown subset), rendered by our own HTML builder."""
        self.setHtml(render_html(text))
        self._markup = text
        self._markup_revision = self.document().revision()

    def markup(self) -> str | None:
        """The scenario text on show, or None if the content was set some other way."""
        if self._markup is not None and self.document().revision() != self._markup_revision:
            self._markup = None
        return self._markup

    def setDocument(self, document: QTextDocument) -> None:
        """Refused: a document not owned by this widget would load resources itself."""
        raise TypeError(
            "SafeTextBrowser keeps its own document; a foreign one bypasses loadResource"
        )

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Refuse every resource: scenario text never loads files, URLs or data."""
        self.refused_count += 1
        self.refused_urls.append(QUrl(name).toString())
        return _refused_value(type)

    def doSetSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Never navigate: ``setSource``, ``backward`` and ``reload`` all end here."""
        self.refused_count += 1
        self.refused_urls.append(QUrl(name).toString())

    # --- links, always off ----------------------------------------------------

    def setOpenLinks(self, open: bool) -> None:
        """Links are never followed, whatever the caller asks."""
        super().setOpenLinks(False)

    def setOpenExternalLinks(self, open: bool) -> None:
        """Links are never handed to the desktop, whatever the caller asks."""
        super().setOpenExternalLinks(False)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        """Selection is allowed; link activation and editing never are."""
        flags &= ~_LINK_FLAGS
        flags &= ~Qt.TextInteractionFlag.TextEditable
        super().setTextInteractionFlags(flags)

    def build_context_menu(self) -> QMenu:
        """The context menu: copy and select all, never link actions (no position given)."""
        return self.createStandardContextMenu()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- look -------------------------------------------------------------------

    def set_minimum_lines(self, lines: int) -> None:
        """Never shrink below ``lines`` lines of text, at whatever the text size is.

        A crowded layout (large text on a small screen) would otherwise leave a text
        view one line high; its page scrolls instead.
        """
        self._minimum_lines = lines
        self._apply_document_style()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() != QEvent.Type.FontChange:
            super().changeEvent(event)
            return
        # Ask before Qt hands the new font to the document, which counts as an edit.
        markup = self.markup()
        super().changeEvent(event)
        self._apply_document_style()
        # The style sheet applies when HTML is parsed: render our text again.
        if markup is not None:
            self.set_markup(markup)

    def _apply_document_style(self) -> None:
        line = QFontMetricsF(self.font()).lineSpacing()
        document = self.document()
        document.setDocumentMargin(round(line * _DOCUMENT_MARGIN))
        document.setIndentWidth(round(line * _LIST_INDENT))
        document.setDefaultStyleSheet(document_style_sheet(line))
        if self._minimum_lines:
            text = line * _LINE_HEIGHT_PERCENT / 100 * self._minimum_lines
            # The document's margins, the frame and the style sheet's padding: a line.
            self.setMinimumHeight(round(text + document.documentMargin() * 2 + line))


def document_style_sheet(line_spacing: float) -> str:
    """The document CSS for a font whose line spacing is ``line_spacing`` pixels.

    Qt's rich text resolves ``em`` against a fixed font, not the widget's, so the
    sizes are given in pixels computed from the font and rebuilt when it changes.
    """
    paragraph = round(line_spacing * _PARAGRAPH_GAP)
    item = round(line_spacing * _ITEM_GAP)
    return (
        f"p {{ margin-top: 0px; margin-bottom: {paragraph}px;"
        f" line-height: {_LINE_HEIGHT_PERCENT}%; }}\n"
        f"ul {{ margin-top: 0px; margin-bottom: {paragraph}px; -qt-list-indent: 1; }}\n"
        f"li {{ margin-bottom: {item}px; line-height: {_LINE_HEIGHT_PERCENT}%; }}\n"
    )


class SafeLabel(QLabel):
    """A word-wrapped label that only ever shows plain text.

    ``setTextFormat`` is pinned to ``Qt.PlainText`` (an ``AutoText`` label would
    render ``<img src=...>`` and read the file), and links are never opened.
    ``setText`` shows its argument verbatim; :meth:`set_markup` shows scenario
    text with its emphasis markers removed.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        super().setOpenExternalLinks(False)
        self.setWordWrap(True)
        self.setText(text)

    def set_markup(self, text: str) -> None:
        """Show scenario ``text`` (Markdown subset) as plain text."""
        self.setText(render_plain(text))

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        """Always plain text, whatever the caller asks."""
        super().setTextFormat(Qt.TextFormat.PlainText)

    def setOpenExternalLinks(self, open: bool) -> None:
        """Links are never handed to the desktop, whatever the caller asks."""
        super().setOpenExternalLinks(False)


def plain_label(text: str, parent: QWidget | None = None) -> SafeLabel:
    """A :class:`SafeLabel` showing scenario ``text`` (Markdown subset) as plain text."""
    label = SafeLabel(parent=parent)
    label.set_markup(text)
    return label


def plain_message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box with an OK button that shows ``text`` as plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_plain_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> None:
    """Show :func:`plain_message_box` and wait for OK (instead of ``QMessageBox.warning``
    and friends, which read their text as rich text when it looks like HTML)."""
    box = plain_message_box(parent, icon, title, text)
    box.exec()
    box.deleteLater()
