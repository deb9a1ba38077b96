"""PDF reports laid out with Qt's own PDF writer."""
