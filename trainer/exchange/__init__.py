"""Scenarios to and from other authoring tools (Twine's Twee 3); Qt-free."""
