"""The emitter of imported scenarios: whatever it writes reads back as the data."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.exchange.scenario_yaml import scenario_yaml
from trainer.scenario_io.yaml_tree import YamlProblem, parse_yaml

_WORDS = st.sampled_from(
    ["yes", "no", "on", "null", "true", "~", "1", "0x1f", "1e5", ".inf", "-", "a: b", "#x",
     "żółw", "  lead", "trail  ", "", "a\nb", "a\nb\n", "a\n\nb\n\n", "\tx\ny", "- x\n- y",
     "|", ">", "'q'", '"q"', "{x}", "[x]", "x,y", "&a", "*a", "!t", "%p", "@", "`"]
)  # fmt: skip
_TEXT = st.one_of(_WORDS, st.text(max_size=20))
_SCALARS = st.one_of(_TEXT, st.integers(-(10**12), 10**12), st.booleans(), st.none())
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_TEXT, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_TEXT, _DATA, min_size=1, max_size=5))
def test_emitted_yaml_reads_back_as_the_data(data: dict[str, Any]) -> None:
    text = scenario_yaml(data)  # raises AssertionError if it reads back different
    try:
        assert parse_yaml(text).data == data
    except YamlProblem as problem:
        # Only what the reader refuses in any file (control characters and the like).
        assert problem.code in {"bad-character", "text-too-long"}, problem.message


def test_texts_of_several_lines_are_literal_blocks_and_words_stay_words() -> None:
    text = scenario_yaml(
        {"id": "x", "text": "Akapit pierwszy.\n\nAkapit drugi.\n", "answer": "yes", "items": [1, 2]}
    )
    assert text == (
        'id: x\ntext: |\n  Akapit pierwszy.\n\n  Akapit drugi.\nanswer: "yes"\nitems: [1, 2]\n'
    )
