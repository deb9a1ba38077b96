"""The instructor's scenario packs: import (checked, signature read first) and export."""
