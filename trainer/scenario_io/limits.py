"""Caps that keep a hostile or broken scenario file from hurting the app."""

from __future__ import annotations

#: Largest scenario file read at all (a 2,000-node scenario is about 1.2 MB).
MAX_FILE_BYTES = 4 * 1024 * 1024
#: Deepest nesting of mappings and lists; the format itself needs about 8.
MAX_DEPTH = 32
#: Longest single text value, in characters.
MAX_TEXT_CHARS = 10_000
#: Most YAML nodes (scalars, mappings, lists) in one file.
MAX_YAML_NODES = 300_000
#: Integers beyond this are refused rather than parsed (and never needed).
MAX_INT_DIGITS = 15
#: Images above this size get a warning; above the hard cap an error. Decimal
#: megabytes, as the format's documentation and every message state them (5 and 20 MB).
IMAGE_WARN_BYTES = 5_000_000
IMAGE_MAX_BYTES = 20_000_000
#: Largest image dimensions the app will decode.
IMAGE_MAX_SIDE = 4096
#: Qt's image allocation limit for the app, in megabytes. A 4096 × 4096 image with
#: 4 bytes a pixel is exactly 64 MB, so the largest image the dimension check lets
#: through still fits.
IMAGE_ALLOCATION_LIMIT_MB = 64
