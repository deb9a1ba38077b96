"""Use cases as plain classes, shared by the CLI and the GUI."""
