"""Offline case-scenario trainer for police officers."""

__version__ = "0.1.0"
