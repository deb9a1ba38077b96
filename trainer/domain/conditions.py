"""The condition language of scenario files: parse once, evaluate fast.

Authors write conditions such as ``trust >= 2 and not visited('leader_talk')``. A
scenario file is untrusted input, so the source is read by the small hand-written
recursive-descent parser below and never reaches ``eval`` or Python's own parser.
Grammar, loosest binding first::

    condition  := or_expr END
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not"* comparison
    comparison := unary (CMP unary)?           # never chained
    unary      := "-"? primary
    primary    := INT | NAME | call | "(" or_expr ")"
    call       := ("visited" | "chose") "(" STRING ("," STRING)* ")"

Syntax is checked first, left to right, so the reported problem is the leftmost one;
types (numbers vs. true/false) are checked afterwards while compiling the tree into
nested closures, which is what :meth:`Condition.evaluate` runs.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final, Literal, NamedTuple, Protocol

__all__ = [
    "ERROR_CODES",
    "MAX_DEPTH",
    "MAX_SOURCE_LENGTH",
    "RESERVED_WORDS",
    "Condition",
    "ConditionContext",
    "ConditionSyntaxError",
    "Reference",
    "parse_condition",
]

#: Every ``ConditionSyntaxError.code`` the parser and the type check can give, one per
#: kind of mistake; a UI translates the message by it, quoting ``params``.
ERROR_CODES: Final = (
    "too-long",
    "symbol-junction",
    "arithmetic",
    "dot",
    "bracket",
    "control-character",
    "bad-character",
    "odd-space",
    "non-ascii-character",
    "unprintable-character",
    "decimal",
    "number-or-name",
    "unterminated",
    "empty-id",
    "bad-id",
    "triple-equals",
    "reversed-operator",
    "diamond",
    "single-equals",
    "bang",
    "empty",
    "too-deep",
    "chained",
    "empty-parentheses",
    "unclosed",
    "unknown-function",
    "true-false",
    "keyword-case",
    "function-as-name",
    "name-too-long",
    "bad-name",
    "expected-comma",
    "arity",
    "unquoted-id",
    "expected-id",
    "misplaced-id",
    "unbalanced",
    "expected-condition",
    "expected-number-after",
    "expected-condition-after",
    "stray-comma",
    "is",
    "missing-operator",
    "number-as-condition/condition",
    "number-as-condition/not",
    "number-as-condition/junction",
    "condition-as-number/compare/call",
    "condition-as-number/compare/comparison",
    "condition-as-number/compare/not",
    "condition-as-number/compare/junction",
    "condition-as-number/minus/call",
    "condition-as-number/minus/comparison",
    "condition-as-number/minus/not",
    "condition-as-number/minus/junction",
)

#: Longest accepted source; real conditions are one line, so this only stops abuse.
MAX_SOURCE_LENGTH: Final = 1000
#: Deepest accepted nesting of parentheses and ``not``; keeps the recursive parser,
#: the type check and the compiled closures far away from Python's recursion limit.
MAX_DEPTH: Final = 32
#: Words that can never be variable names (the validator should refuse such names).
RESERVED_WORDS: Final = frozenset({"and", "or", "not", "true", "false", "visited", "chose"})

_NAME_RE: Final = re.compile(r"[a-z][a-z0-9_]{0,63}")
_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# Scanned wider than what is valid, so that `Trust` or `__import__` get a precise
# message about the whole word instead of one about its first odd character.
_WORD_RE: Final = re.compile(r"[A-Za-z0-9_]+")
_DIGITS_RE: Final = re.compile(r"[0-9]+")
_SPACE: Final = " \t\r\n"
_KEYWORDS: Final = frozenset({"and", "or", "not"})
_SIGNATURES: Final = {"visited": "visited('node')", "chose": "chose('node', 'choice')"}
_ARITY: Final = {"visited": 1, "chose": 2}
_CMP_LIST: Final = "==, !=, <, <=, >, >="
_ARITHMETIC: Final = f"arithmetic is not supported: conditions compare numbers with {_CMP_LIST}"

# Token kinds; operators and keywords use their own text as kind.
_INT: Final = "int"
_NAME: Final = "name"
_STRING: Final = "string"
_CMP: Final = "cmp"
_EOF: Final = "end"


class ConditionSyntaxError(ValueError):
    """A condition that cannot be used, and where in its source the problem starts.

    Attributes:
        message: A sentence for the author, without the position.
        position: 0-based offset into the source; ``len(source)`` at most.
        code: Which mistake it is, one of ``ERROR_CODES``: a UI translates by it.
        params: The parts the message quotes (words, operators, numbers), by name.
    """

    message: str
    position: int
    code: str
    params: dict[str, str]

    def __init__(
        self,
        message: str,
        position: int,
        code: str = "syntax",
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, position)
        self.message = message
        self.position = position
        self.code = code
        self.params = dict(params or {})

    def __str__(self) -> str:
        return f"{self.message} (at character {self.position + 1})"


@dataclass(frozen=True, slots=True)
class Reference:
    """One use of a variable, ``visited(...)`` or ``chose(...)`` in a condition.

    ``position`` is the offset of the variable name, or of the opening quote of the
    first argument of ``visited``/``chose``, so a validator can point at the id.
    """

    kind: Literal["variable", "visited", "chose"]
    name: str
    choice: str | None
    position: int


class ConditionContext(Protocol):
    """The game state a condition is evaluated against."""

    def variable(self, name: str) -> int:
        """The current value of variable ``name``."""
        ...

    def visited(self, node_id: str) -> bool:
        """Whether node ``node_id`` has been visited in this attempt."""
        ...

    def chose(self, node_id: str, choice_id: str) -> bool:
        """Whether choice ``choice_id`` was made at node ``node_id`` in this attempt."""
        ...


_BoolFn = Callable[[ConditionContext], bool]
_IntFn = Callable[[ConditionContext], int]


@dataclass(frozen=True, eq=False, repr=False, slots=True)
class Condition:
    """A parsed, type-checked condition; build it with :func:`parse_condition`.

    Equal and hashed by source text. Pickling re-parses the source, because the
    compiled closures cannot be pickled.
    """

    source: str
    references: tuple[Reference, ...]
    _function: _BoolFn
    _variables: frozenset[str] = field(init=False)
    _visited: frozenset[str] = field(init=False)
    _chosen: frozenset[tuple[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        # Precomputed once: the validator and the analysis ask for these repeatedly.
        refs = self.references
        variables = frozenset(r.name for r in refs if r.kind == "variable")
        visited = frozenset(r.name for r in refs if r.kind == "visited")
        chosen = frozenset((r.name, r.choice) for r in refs if r.choice is not None)
        object.__setattr__(self, "_variables", variables)
        object.__setattr__(self, "_visited", visited)
        object.__setattr__(self, "_chosen", chosen)

    def evaluate(self, context: ConditionContext) -> bool:
        """Whether the condition holds in ``context``; ``and``/``or`` short-circuit."""
        return self._function(context)

    @property
    def variables(self) -> frozenset[str]:
        """Names of the variables the condition reads."""
        return self._variables

    @property
    def visited_nodes(self) -> frozenset[str]:
        """Node ids passed to ``visited(...)``."""
        return self._visited

    @property
    def chosen_pairs(self) -> frozenset[tuple[str, str]]:
        """``(node id, choice id)`` pairs passed to ``chose(...)``."""
        return self._chosen

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Condition):
            return NotImplemented
        return self.source == other.source

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Condition({self.source!r})"

    def __reduce__(self) -> tuple[Callable[[str], Condition], tuple[str]]:
        return (parse_condition, (self.source,))


def parse_condition(source: str) -> Condition:
    """Parse and type-check ``source``.

    Raises:
        ConditionSyntaxError: The source is not a valid condition.
    """
    if len(source) > MAX_SOURCE_LENGTH:
        # Checked before anything else so hostile input costs nothing to refuse.
        raise ConditionSyntaxError(
            f"the condition is too long: {len(source)} characters, at most {MAX_SOURCE_LENGTH}",
            MAX_SOURCE_LENGTH,
            "too-long",
            {"length": str(len(source)), "max": str(MAX_SOURCE_LENGTH)},
        )
    parser = _Parser(source)
    tree = parser.parse()
    function = _compile_bool(tree, "a condition must be true or false", "condition")
    return Condition(source, tuple(parser.references), function)


# --- syntax tree -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Num:
    value: int
    position: int


@dataclass(frozen=True, slots=True)
class _Var:
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class _Neg:
    operand: _Node
    position: int


@dataclass(frozen=True, slots=True)
class _Visited:
    node: str
    position: int


@dataclass(frozen=True, slots=True)
class _Chose:
    node: str
    choice: str
    position: int


@dataclass(frozen=True, slots=True)
class _Not:
    operand: _Node
    position: int


@dataclass(frozen=True, slots=True)
class _Compare:
    op: str
    left: _Node
    right: _Node
    position: int


@dataclass(frozen=True, slots=True)
class _Junction:
    op: str
    operands: tuple[_Node, ...]
    position: int


_Node = _Num | _Var | _Neg | _Visited | _Chose | _Not | _Compare | _Junction


# --- lexer and parser --------------------------------------------------------------


class _Token(NamedTuple):
    kind: str
    text: str
    start: int
    end: int


def _show(text: str, limit: int = 30) -> str:
    """``text`` quoted for a message, shortened, with unprintable characters escaped."""
    if len(text) > limit:
        text = text[:limit] + "..."
    return f"'{text}'" if text.isprintable() else ascii(text)


def _bad_character(char: str) -> tuple[str, str, dict[str, str]]:
    """The message, code and parameters for a character that can start no token."""
    code = ord(char)
    params = {"char": char, "unicode": f"U+{code:04X}"}
    if char == ".":
        return "'.' is not allowed: conditions have no decimals and no attributes", "dot", params
    if char in "[]":
        return (
            f"'{char}' is not allowed: conditions have no lists or subscripts",
            "bracket",
            params,
        )
    if code < 32 or code == 127:
        return f"control character U+{code:04X} is not allowed", "control-character", params
    if code < 128:
        return f"'{char}' is not allowed in a condition", "bad-character", params
    if char.isspace():
        return (
            f"character U+{code:04X} is not allowed: separate words with plain spaces, "
            "tabs or line breaks",
            "odd-space",
            params,
        )
    if char.isprintable():
        shown, code_name = f"'{char}' (U+{code:04X})", "non-ascii-character"
    else:
        shown, code_name = f"character U+{code:04X}", "unprintable-character"
    return (
        f"{shown} is not allowed: names and ids use only a-z, 0-9, '_' and '-'",
        code_name,
        params,
    )


class _Parser:
    """One parse of one source; tokens are read lazily, one ahead."""

    __slots__ = ("_depth", "_end", "_open", "_prev", "_source", "_token", "references")

    def __init__(self, source: str) -> None:
        self._source = source
        # Problems at the end point just past the last token, not past trailing blanks.
        self._end = len(source.rstrip(_SPACE))
        self._depth = 0
        self._open = 0
        self._prev: _Token | None = None
        self.references: list[Reference] = []
        self._token = self._lex(0)

    # lexer

    def _error(self, message: str, position: int, code: str, **params: str) -> ConditionSyntaxError:
        return ConditionSyntaxError(message, position, code, params)

    def _found(self, token: _Token, key: str = "found") -> dict[str, str]:
        """``token`` as parameters: its kind ("end", "id" or "text") and its text."""
        if token.kind == _EOF:
            return {f"{key}_kind": "end", key: ""}
        if token.kind == _STRING:
            return {f"{key}_kind": "id", key: self._source[token.start : token.end]}
        return {f"{key}_kind": "text", key: _show(token.text)}

    def _lex(self, pos: int) -> _Token:
        src = self._source
        size = len(src)
        while pos < size and src[pos] in _SPACE:
            pos += 1
        if pos >= size:
            return _Token(_EOF, "", self._end, size)
        char = src[pos]
        nxt = src[pos + 1] if pos + 1 < size else ""
        if char.isascii() and (char.isalpha() or char == "_"):
            match = _WORD_RE.match(src, pos)
            assert match is not None
            word = match.group()
            kind = word if word in _KEYWORDS else _NAME
            return _Token(kind, word, pos, match.end())
        if "0" <= char <= "9":
            return self._lex_number(pos)
        if char in "'\"":
            return self._lex_string(pos, char)
        if char in "(),-":
            return _Token(char, char, pos, pos + 1)
        if char in "<>=!":
            return self._lex_comparison(pos, char, nxt, src[pos + 2 : pos + 3])
        if char in "&|":
            word = "and" if char == "&" else "or"
            spelled = char * 2 if nxt == char else char
            raise self._error(
                f"use '{word}' instead of '{spelled}'",
                pos,
                "symbol-junction",
                word=word,
                spelled=spelled,
            )
        if char in "+*/%":
            raise self._error(_ARITHMETIC, pos, "arithmetic", operator=char)
        message, code, params = _bad_character(char)
        raise self._error(message, pos, code, **params)

    def _lex_number(self, pos: int) -> _Token:
        src = self._source
        match = _DIGITS_RE.match(src, pos)
        assert match is not None
        end = match.end()
        after = src[end : end + 1]
        if after == "." and _DIGITS_RE.match(src, end + 1):
            raise self._error(
                "decimal numbers are not supported: use whole numbers", pos, "decimal"
            )
        if after.isascii() and (after.isalpha() or after == "_"):
            word = _WORD_RE.match(src, pos)
            assert word is not None
            raise self._error(
                f"{_show(word.group())} is neither a number nor a name: "
                "numbers are plain digits and names start with a letter",
                pos,
                "number-or-name",
                word=_show(word.group()),
            )
        return _Token(_INT, match.group(), pos, end)

    def _lex_string(self, pos: int, quote: str) -> _Token:
        close = self._source.find(quote, pos + 1)
        if close < 0:
            raise self._error(
                f"unterminated string: add the closing {quote}", pos, "unterminated", quote=quote
            )
        text = self._source[pos + 1 : close]
        if not text:
            raise self._error(
                "empty id: put a node or choice id between the quotes", pos, "empty-id"
            )
        if not _ID_RE.fullmatch(text):
            raise self._error(
                f"{_show(text)} is not a valid id: ids use lowercase letters, digits, '_' "
                "and '-', start with a letter or digit and have at most 64 characters",
                pos,
                "bad-id",
                id=_show(text),
            )
        return _Token(_STRING, text, pos, close + 1)

    def _lex_comparison(self, pos: int, char: str, nxt: str, third: str) -> _Token:
        two = char + nxt
        if two in ("==", "!="):
            if third == "=":
                raise self._error(
                    f"'{two}=' is not an operator: use '{two}'", pos, "triple-equals", operator=two
                )
            return _Token(_CMP, two, pos, pos + 2)
        if two in ("<=", ">="):
            return _Token(_CMP, two, pos, pos + 2)
        if two in ("=<", "=>"):
            raise self._error(
                f"'{two}' is not an operator: use '{nxt}='",
                pos,
                "reversed-operator",
                operator=two,
                fix=f"{nxt}=",
            )
        if two == "<>":
            raise self._error("'<>' is not an operator: use '!='", pos, "diamond")
        if char == "=":
            raise self._error("use '==' to compare, not '='", pos, "single-equals")
        if char == "!":
            raise self._error("use 'not' instead of '!'", pos, "bang")
        return _Token(_CMP, char, pos, pos + 1)

    def _advance(self) -> None:
        self._prev = self._token
        self._token = self._lex(self._token.end)

    def _describe(self, token: _Token) -> str:
        if token.kind == _EOF:
            return "the end of the condition"
        if token.kind == _STRING:
            # Lexing validated the id, so the quoted source is short and printable.
            return f"the quoted id {self._source[token.start : token.end]}"
        return _show(token.text)

    # parser

    def parse(self) -> _Node:
        """The syntax tree of the whole source."""
        if self._token.kind == _EOF:
            raise self._error("the condition is empty", 0, "empty")
        tree = self._or()
        if self._token.kind != _EOF:
            raise self._unexpected(self._token)
        return tree

    def _enter(self, token: _Token) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise self._error(
                f"the condition is nested too deeply: at most {MAX_DEPTH} levels of "
                "parentheses and 'not'",
                token.start,
                "too-deep",
                max=str(MAX_DEPTH),
            )

    def _or(self) -> _Node:
        first = self._and()
        if self._token.kind != "or":
            return first
        operands = [first]
        while self._token.kind == "or":
            self._advance()
            operands.append(self._and())
        # Chains stay flat (one node, many operands) so long chains add no depth.
        return _Junction("or", tuple(operands), first.position)

    def _and(self) -> _Node:
        first = self._not()
        if self._token.kind != "and":
            return first
        operands = [first]
        while self._token.kind == "and":
            self._advance()
            operands.append(self._not())
        return _Junction("and", tuple(operands), first.position)

    def _not(self) -> _Node:
        depth = self._depth
        starts: list[int] = []
        # A loop, not recursion: a run of `not`s costs no stack, only depth budget.
        while self._token.kind == "not":
            self._enter(self._token)
            starts.append(self._token.start)
            self._advance()
        node = self._comparison()
        for start in reversed(starts):
            node = _Not(node, start)
        self._depth = depth
        return node

    def _comparison(self) -> _Node:
        left_start = self._token.start
        left = self._unary()
        left_end = self._end_of_prev()
        op = self._token
        if op.kind != _CMP:
            return left
        self._advance()
        right_start = self._token.start
        right = self._unary()
        if self._token.kind == _CMP:
            src = self._source
            raise self._chained(
                src[left_start:left_end], op.text, src[right_start : self._end_of_prev()]
            )
        return _Compare(op.text, left, right, left.position)

    def _end_of_prev(self) -> int:
        return self._prev.end if self._prev is not None else 0

    def _chained(self, left: str, op: str, middle: str) -> ConditionSyntaxError:
        second = self._token
        example = "1 < x and x < 3"
        try:
            self._advance()
            right_start = self._token.start
            self._unary()
            right = self._source[right_start : self._end_of_prev()]
            spelled = f"{left} {op} {middle} and {middle} {second.text} {right}"
            spelled = " ".join(spelled.split())
            if len(spelled) <= 60:
                example = spelled
        except ConditionSyntaxError:
            pass  # The example is a courtesy; the chaining is the error to report.
        return self._error(
            f"comparisons cannot be chained: join two comparisons with 'and', e.g. `{example}`",
            second.start,
            "chained",
            example=example,
        )

    def _unary(self) -> _Node:
        minus = self._token
        if minus.kind != "-":
            return self._primary()
        self._advance()
        token = self._token
        if token.kind == _INT:
            self._advance()
            return _Num(-int(token.text), minus.start)
        if token.kind not in (_NAME, "("):
            raise self._expected_operand(token)
        return _Neg(self._primary(), minus.start)

    def _primary(self) -> _Node:
        token = self._token
        if token.kind == _INT:
            self._advance()
            return _Num(int(token.text), token.start)
        if token.kind == _NAME:
            return self._name(token)
        if token.kind == "(":
            return self._group(token)
        raise self._expected_operand(token)

    def _group(self, lparen: _Token) -> _Node:
        self._enter(lparen)
        self._open += 1
        self._advance()
        if self._token.kind == ")":
            raise self._error(
                "empty parentheses: put a condition inside", lparen.start, "empty-parentheses"
            )
        node = self._or()
        if self._token.kind != ")":
            if self._token.kind == _EOF:
                raise self._error("'(' is never closed: add ')'", lparen.start, "unclosed")
            raise self._unexpected(self._token)
        self._advance()
        self._open -= 1
        self._depth -= 1
        # Type errors about a parenthesised part point at its '('.
        return replace(node, position=lparen.start)

    def _followed_by_paren(self, pos: int) -> bool:
        src = self._source
        while pos < len(src) and src[pos] in _SPACE:
            pos += 1
        return src[pos : pos + 1] == "("

    def _name(self, token: _Token) -> _Node:
        name = token.text
        # Decided by peeking at the source, before the next token is lexed, so that a
        # bad name is reported before any oddity that follows it.
        if self._followed_by_paren(token.end):
            if name not in _ARITY:
                raise self._error(
                    f"unknown function {_show(name)}; the functions are "
                    f"{_SIGNATURES['visited']} and {_SIGNATURES['chose']}",
                    token.start,
                    "unknown-function",
                    name=_show(name),
                )
            return self._call(token)
        self._check_variable_name(token)
        self._advance()
        self.references.append(Reference("variable", name, None, token.start))
        return _Var(name, token.start)

    def _check_variable_name(self, token: _Token) -> None:
        name = token.text
        if _NAME_RE.fullmatch(name) and name not in RESERVED_WORDS:
            return
        lower = name.lower()
        params = {"name": _show(name), "word": lower}
        if lower in ("true", "false"):
            code = "true-false"
            message = (
                f"'{name}' is not supported: conditions have no true/false values; "
                "write a comparison, e.g. `trust > 0`"
            )
        elif lower in _KEYWORDS:
            code = "keyword-case"
            message = f"write '{lower}' in lowercase"
        elif name in _SIGNATURES:
            code = "function-as-name"
            params["signature"] = _SIGNATURES[name]
            message = f"'{name}' is a function: call it as {_SIGNATURES[name]}"
        elif len(name) > 64:
            code = "name-too-long"
            message = f"the name {_show(name)} is too long: names have at most 64 characters"
        else:
            code = "bad-name"
            message = (
                f"{_show(name)} is not a valid name: names use lowercase letters, digits "
                "and '_', and start with a letter"
            )
        raise self._error(message, token.start, code, **params)

    def _call(self, name_token: _Token) -> _Node:
        name = name_token.text
        self._advance()
        lparen = self._token
        self._advance()
        args: list[_Token] = []
        if self._token.kind != ")":
            while True:
                arg = self._token
                if arg.kind != _STRING:
                    raise self._bad_argument(arg)
                args.append(arg)
                self._advance()
                token = self._token
                if token.kind == ",":
                    self._advance()
                elif token.kind == ")":
                    break
                elif token.kind == _EOF:
                    raise self._error("'(' is never closed: add ')'", lparen.start, "unclosed")
                else:
                    raise self._error(
                        f"expected ',' or ')' after the argument, found {self._describe(token)}",
                        token.start,
                        "expected-comma",
                        **self._found(token),
                    )
        arity = _ARITY[name]
        if len(args) != arity:
            where = args[arity].start if len(args) > arity else self._token.start
            plural = "argument" if arity == 1 else "arguments"
            raise self._error(
                f"{name}() takes {arity} {plural}, e.g. {_SIGNATURES[name]}, but got {len(args)}",
                where,
                "arity",
                name=name,
                arity=str(arity),
                signature=_SIGNATURES[name],
                got=str(len(args)),
            )
        self._advance()
        first = args[0]
        if name == "visited":
            self.references.append(Reference("visited", first.text, None, first.start))
            return _Visited(first.text, name_token.start)
        choice = args[1].text
        self.references.append(Reference("chose", first.text, choice, first.start))
        return _Chose(first.text, choice, name_token.start)

    def _bad_argument(self, token: _Token) -> ConditionSyntaxError:
        if token.kind in (_NAME, _INT):
            message = f"put the id in quotes: '{token.text}'"
            return self._error(message, token.start, "unquoted-id", id=token.text)
        message = f"expected a quoted id, found {self._describe(token)}"
        return self._error(message, token.start, "expected-id", **self._found(token))

    def _expected_operand(self, token: _Token) -> ConditionSyntaxError:
        """The error for ``token`` where a number, name, call or '(' must start."""
        if token.kind == _STRING:
            return self._error(
                "a quoted id can only be an argument of visited(...) or chose(...)",
                token.start,
                "misplaced-id",
            )
        if token.kind == ")" and self._open == 0:
            return self._error(
                "unbalanced ')': there is no '(' to match it", token.start, "unbalanced"
            )
        prev = self._prev
        if prev is None:
            return self._error(
                f"expected a condition, found {self._describe(token)}",
                token.start,
                "expected-condition",
                **self._found(token),
            )
        number = prev.kind in (_CMP, "-")
        wanted = "a number or a name" if number else "a condition"
        return self._error(
            f"expected {wanted} after {self._describe(prev)}, found {self._describe(token)}",
            token.start,
            "expected-number-after" if number else "expected-condition-after",
            **self._found(prev, "after"),
            **self._found(token),
        )

    def _unexpected(self, token: _Token) -> ConditionSyntaxError:
        """The error for ``token`` right after a complete (sub)condition."""
        lower = token.text.lower()
        params: dict[str, str] = {}
        if token.kind == ")":
            code, message = "unbalanced", "unbalanced ')': there is no '(' to match it"
        elif token.kind == ",":
            code = "stray-comma"
            message = "',' is only allowed between the arguments of chose(...)"
        elif token.kind == "-":
            code, message = "arithmetic", _ARITHMETIC
            params["operator"] = "-"
        elif token.kind == _NAME and lower in _KEYWORDS:
            code, message = "keyword-case", f"write '{lower}' in lowercase"
            params["word"] = lower
        elif token.kind == _NAME and lower == "is":
            code, message = "is", "use '==' or '!=' to compare, not 'is'"
        else:
            code = "missing-operator"
            params = self._found(token)
            message = (
                f"missing operator before {self._describe(token)}: join conditions with "
                f"'and' or 'or', or compare numbers with {_CMP_LIST}"
            )
        return self._error(message, token.start, code, **params)


# --- type check and compilation ----------------------------------------------------

_COMPARE: Final[dict[str, Callable[[int, int], bool]]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_NUMBERS_ONLY: Final = "comparisons take numbers"


def _compile_bool(node: _Node, lead: str, context: str, op: str = "") -> _BoolFn:
    """A closure computing ``node``, which must be true/false; ``lead`` opens the error.

    ``context`` names ``lead`` for translation: "condition", "not" or "junction" (of ``op``).
    """
    if isinstance(node, _Compare):
        return _compile_compare(node)
    if isinstance(node, _Visited):
        node_id = node.node
        return lambda c: c.visited(node_id)
    if isinstance(node, _Chose):
        node_id, choice_id = node.node, node.choice
        return lambda c: c.chose(node_id, choice_id)
    if isinstance(node, _Not):
        inner = _compile_bool(node.operand, "'not' needs something true or false", "not")
        return lambda c: not inner(c)
    if isinstance(node, _Junction):
        lead = f"both sides of '{node.op}' must be true or false"
        parts = tuple(
            _compile_bool(operand, lead, "junction", node.op) for operand in node.operands
        )
        return _junction(node.op, parts)
    # A number here; compiling it as one first reports any mistake inside it, such as
    # `-visited('a')`, which is more precise than "compare it".
    _compile_int(node, _NUMBERS_ONLY)
    example = f"{node.name} > 0" if isinstance(node, _Var) else "trust > 0"
    raise ConditionSyntaxError(
        f"{lead}: compare it, e.g. `{example}`",
        node.position,
        f"number-as-condition/{context}",
        {"example": example, "op": op},
    )


def _junction(op: str, parts: tuple[_BoolFn, ...]) -> _BoolFn:
    # Two operands is by far the common case; spelling it out saves a loop per call.
    if len(parts) == 2:
        first, second = parts
        if op == "and":
            return lambda c: first(c) and second(c)
        return lambda c: first(c) or second(c)

    if op == "and":
        # Plain loops, not all()/any() over a generator: this runs in the analysis' inner
        # loop and the generator would roughly double the cost of a long chain.
        def every(context: ConditionContext) -> bool:
            for part in parts:  # noqa: SIM110
                if not part(context):
                    return False
            return True

        return every

    def some(context: ConditionContext) -> bool:
        for part in parts:  # noqa: SIM110
            if part(context):
                return True
        return False

    return some


def _compile_compare(node: _Compare) -> _BoolFn:
    left, right = node.left, node.right
    left_fn = _compile_int(left, _NUMBERS_ONLY)
    right_fn = _compile_int(right, _NUMBERS_ONLY)
    test = _COMPARE[node.op]
    # `variable OP literal` is the usual shape; reading the variable directly skips a call.
    if isinstance(left, _Var) and isinstance(right, _Num):
        name, value = left.name, right.value
        return lambda c: test(c.variable(name), value)
    if isinstance(left, _Num) and isinstance(right, _Var):
        value, name = left.value, right.name
        return lambda c: test(value, c.variable(name))
    return lambda c: test(left_fn(c), right_fn(c))


def _compile_int(node: _Node, lead: str, context: str = "compare") -> _IntFn:
    """A closure computing ``node``, which must be a number; ``lead`` opens the error.

    ``context`` names ``lead`` for translation: "compare" or "minus".
    """
    if isinstance(node, _Num):
        value = node.value
        return lambda c: value
    if isinstance(node, _Var):
        name = node.name
        return lambda c: c.variable(name)
    if isinstance(node, _Neg):
        inner = _compile_int(node.operand, "'-' needs a number", "minus")
        return lambda c: -inner(c)
    params = {"op": ""}
    if isinstance(node, _Visited | _Chose):
        what = "visited(...)" if isinstance(node, _Visited) else "chose(...)"
        kind = "call"
        params["function"] = what
        message = f"{lead}, but {what} is true or false: use it without comparing"
    elif isinstance(node, _Compare):
        kind = "comparison"
        message = f"{lead}, but a comparison is true or false"
    elif isinstance(node, _Not):
        kind = "not"
        message = f"{lead}, but a 'not' expression is true or false"
    else:
        kind = "junction"
        params["op"] = node.op
        message = f"{lead}, but an '{node.op}' expression is true or false"
    raise ConditionSyntaxError(
        message, node.position, f"condition-as-number/{context}/{kind}", params
    )
