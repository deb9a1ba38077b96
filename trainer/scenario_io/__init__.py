"""The scenario file format: read, validate, write."""
