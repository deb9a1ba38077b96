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
#: Most characters of condition text in one scenario, each different condition
#: counted once (a real scenario has a few thousand; each 1,000 take a millisecond
#: to parse).
MAX_CONDITION_CHARS = 200_000
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

# The largest numbers the format accepts (docs/scenario-format.md, "Limits"). Each is
# far above any real scenario and far below what the app's widgets and storage hold
# (Qt's timers and progress bars take 32-bit milliseconds: 2,147,483 s at most).
#: A decision's time limit, in seconds: over an hour is a unit mistake.
MAX_TIME_LIMIT_SECONDS = 3600
#: Points one choice may give or take, per competency.
MAX_SCORE_POINTS = 1000
#: How much one choice may change a variable, either way.
MAX_EFFECT = 1000
#: Largest size of a variable's initial, min and max values.
MAX_VARIABLE_VALUE = 1_000_000
#: A scenario's stated length, in minutes (a working day).
MAX_MINUTES = 600
#: A scenario's version number.
MAX_VERSION = 1_000_000
#: Competencies in one scenario (the built-in ones are eight); every analysis pass
#: runs once per competency, so this also bounds the analysis's upper-bound search.
MAX_COMPETENCIES = 50
#: A report node's ``min_words``: a note of more than this is an essay, not a note.
MAX_REPORT_WORDS = 2000
