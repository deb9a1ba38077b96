"""The scenario editor's Qt-free core: an editable document, undoable commands, a stack."""
