"""The tag vocabulary: every shipped tag has labels, the format doc lists them, typos warn."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from trainer.domain.tags import TAG_LABELS, readable_slug, similar_tag, tag_label
from trainer.scenario_io.reader import load_scenario

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
FORMAT_DOC = ROOT / "docs" / "scenario-format.md"
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def shipped_tags() -> set[str]:
    tags: set[str] = set()
    for folder in sorted(p for p in SCENARIOS.iterdir() if p.is_dir()):
        loaded = load_scenario(folder)
        assert loaded.scenario is not None, folder
        tags.update(loaded.scenario.tags)
    return tags


def test_every_shipped_tag_has_a_polish_and_an_english_label() -> None:
    tags = shipped_tags()
    assert len(tags) > 20
    missing = sorted(tags - set(TAG_LABELS))
    assert not missing, f"tags without labels in trainer/domain/tags.py: {missing}"
    assert tag_label("roma-community", "pl") == "Społeczność romska"
    assert tag_label("roma-community", "en") == "Roma community"
    assert tag_label("place-of-worship", "pl") == "Miejsce kultu"


@pytest.mark.parametrize("tag", sorted(TAG_LABELS))
def test_each_label_reads_as_words(tag: str) -> None:
    assert SLUG.match(tag)
    polish, english = TAG_LABELS[tag]
    for label in (polish, english):
        assert label and label == label.strip() and label[0].isupper(), label
        assert not SLUG.match(label), label  # words, capitalised: never the slug itself
    assert tag_label(tag, "uk") == english  # other languages: the English label


def test_an_unknown_tag_is_shown_as_words_in_every_language() -> None:
    assert readable_slug("river-bank") == "River bank"
    assert readable_slug("night_bus-stop") == "Night bus stop"
    assert tag_label("river-bank", "pl") == tag_label("river-bank", "en") == "River bank"
    assert readable_slug("x") == "X"


def test_the_format_doc_lists_the_vocabulary() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    section = text[text.index("### Tags") :]
    text = section[: section.index("\n#", 1)]
    rows = {
        m.group(1): (m.group(2), m.group(3))
        for m in re.finditer(r"^\| `([a-z0-9_-]+)` \| ([^|]+?) \| ([^|]+?) \|$", text, re.M)
    }
    assert rows == TAG_LABELS


def test_a_tag_a_letter_away_from_a_known_one_is_a_warning(tmp_path: Path) -> None:
    assert similar_tag("jewish-comunity") == "jewish-community"
    assert similar_tag("jewish-community") is None
    assert similar_tag("river-bank") is None  # a new topic, not a typo
    folder = tmp_path / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    line = re.search(r"^tags: \[(.*)\]$", text, re.M)
    assert line is not None
    text = text.replace(line.group(0), "tags: [tutorial, jewish-comunity, river-bank]")
    file.write_text(text, encoding="utf-8")
    loaded = load_scenario(folder)
    assert loaded.playable
    found = [f for f in loaded.findings if f.code == "similar-tag"]
    assert len(found) == 1 and not found[0].is_error
    assert "'jewish-community'" in found[0].message
    tags_line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("tags:"))
    assert found[0].line == tags_line


def test_a_tag_is_found_by_its_labels_in_either_language() -> None:
    """The library searches a tag's words (trainer.gui.library.model): any label finds it."""
    from trainer.domain.search import SearchText
    from trainer.domain.tags import tag_words

    tags = ("roma-community", "river-bank")
    text = SearchText.of([word for tag in tags for word in (tag, *tag_words(tag))])
    for query in ("społeczność romska", "spolecznosci romskiej", "roma community", "river bank"):
        assert text.matches(query), query
    assert not text.matches("żydowska")
