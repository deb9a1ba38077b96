"""Human-readable text in one or more languages (the format's *Text*)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Text(Mapping[str, str]):
    """A text with one entry per language code, in the order the author wrote them.

    ``plain`` records that the author wrote a bare string (meaning the scenario's
    default language), so a writer can save it back the same way.
    """

    translations: Mapping[str, str]
    plain: bool = field(default=False, compare=False)

    @classmethod
    def single(cls, language: str, value: str) -> Text:
        """A text written as a plain string in ``language``."""
        return cls({language: value}, plain=True)

    def __getitem__(self, language: str) -> str:
        return self.translations[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self.translations)

    def __len__(self) -> int:
        return len(self.translations)

    def __hash__(self) -> int:
        return hash(tuple(self.translations.items()))

    def resolve(self, language: str, default_language: str) -> str:
        """The text in ``language``, falling back to the default language, then to any."""
        if language in self.translations:
            return self.translations[language]
        if default_language in self.translations:
            return self.translations[default_language]
        return next(iter(self.translations.values()), "")
