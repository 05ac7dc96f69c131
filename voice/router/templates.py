"""content/intents.yaml: sentence templates as data, loaded and checked in one place.

The schema is written at the top of the YAML file. Templates are expanded with hassil's sampler
twice: with list values (what a recogniser can hear: `sentences()`, `vocabulary()`) and with the
lists' `match_as` tags (what the matcher compares an utterance with: `Templates.samples()`).
Errors name the file, the line and the key, and say what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hassil import Intents, parse_sentence, sample_expression
from hassil.errors import HassilError
from hassil.expression import Expression, Group, Sentence, TextChunk
from hassil.intents import SlotList, TextSlotList
from hassil.parser import ParseError

from voice.content import CONTENT_DIR
from voice.errors import ContentError
from voice.router.slots import TAGS

INTENTS_FILE = CONTENT_DIR / "intents.yaml"

CATALOGUE = (
    # guidance
    "ice_or_heat", "ice_how", "heat_how", "position", "medication", "topical", "stretches",
    "movement", "when_doctor", "emergency", "causes", "prevention", "hydration", "massage", "bath",
    "what_is_spasm", "recovery_time", "alternatives", "sleep", "breathing",
    # timers and episode
    "start_ice_timer", "start_heat_timer", "timer_status", "cancel_timer", "set_onset",
    # controls
    "repeat", "stop", "more", "help", "slower", "faster", "affirm", "deny", "goodbye",
    # stretch routines and recovery log
    "start_stretches", "next", "again", "pause", "resume", "hurts", "log_medicine", "log_pain",
    "log_activity", "last_medicine", "log_summary",
)
"""Every intent the router can return, besides "unknown" (DESIGN.md §4 and the log intents)."""
UNKNOWN = "unknown"
"""The optional template intent for speech not meant for the assistant."""

_SPOKEN_PUNCT = re.compile(r"[^\w\s']")


def spoken(text: str) -> str:
    """A sampled sentence as a recogniser writes it: lower case, no punctuation, words kept."""
    return " ".join(_SPOKEN_PUNCT.sub(" ", text.lower()).split())


def _lines(node: yaml.Node, path: tuple[str, ...], out: dict[tuple[str, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[(*path, str(key.value))] = key.start_mark.line + 1
            _lines(value, (*path, str(key.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, str(i)), out)


@dataclass
class Templates:
    """The parsed templates file."""

    path: Path
    intents: dict[str, list[tuple[tuple[str, ...], Sentence]]]
    """Intent -> its parsed sentence templates (with their YAML keys), in file order."""
    lists: dict[str, SlotList]
    rules: dict[str, Sentence]
    match_as: dict[str, tuple[str, ...]]
    """List name -> the tags the matcher sees instead of its values."""
    skip_words: tuple[str, ...]
    sounds_like: dict[str, str]
    common_words: tuple[str, ...]
    self_repairs: dict[str, Any] = field(default_factory=dict)
    """The `self_repairs` mapping: markers of a correction mid-sentence (voice/router/repair.py)."""
    _lines: dict[tuple[str, ...], int] = field(default_factory=dict, repr=False)

    def error(self, keys: tuple[str, ...], reason: str) -> ContentError:
        line = next((self._lines[keys[:n]] for n in range(len(keys), 0, -1)
                     if keys[:n] in self._lines), None)
        where = f" line {line}:" if line else ""
        return ContentError(f"{self.path}:{where} {'.'.join(keys) or '(top)'}: {reason}")

    def _expand(self, intent: str, lists: dict[str, SlotList]) -> Iterator[str]:
        for keys, sentence in self.intents[intent]:
            try:
                yield from sample_expression(sentence.expression, lists, self.rules)
            except HassilError as exc:
                raise self.error(keys, f"{exc}; define it under lists or expansion_rules") from None

    def sizes(self) -> Iterator[tuple[tuple[str, ...], int]]:
        """(YAML keys, sentences it says) for each template, lists expanded: one that names a
        long list twice multiplies the recogniser's sentences (`error(keys, ...)` says where)."""
        for templates in self.intents.values():
            for keys, sentence in templates:
                yield keys, sum(1 for _ in sample_expression(sentence.expression, self.lists,
                                                             self.rules))

    def sentences(self, intents: Iterable[str] | None = None) -> list[str]:
        """Every sentence the templates can say, as a recogniser would write it, no duplicates."""
        names = list(self.intents) if intents is None else list(intents)
        seen: dict[str, None] = {}
        for name in names:
            if name not in self.intents:
                known = ", ".join(self.intents)
                raise ContentError(f"{self.path}: no intent {name!r}; known: {known}")
            for text in self._expand(name, self.lists):
                seen.setdefault(spoken(text), None)
        seen.pop("", None)
        return list(seen)

    def samples(self) -> Iterator[tuple[str, str]]:
        """(intent, sentence) with each `match_as` list replaced by its tags, for the matcher."""
        tagged: dict[str, SlotList] = dict(self.lists)
        for name, tags in self.match_as.items():
            tagged[name] = TextSlotList.from_strings(list(tags))
        for intent in self.intents:
            for text in self._expand(intent, tagged):
                yield intent, text

    def words(self) -> set[str]:
        """Every word written anywhere in the templates, lists and rules, in lower case."""
        found: set[str] = set()

        def walk(expression: Expression) -> None:
            if isinstance(expression, TextChunk):
                found.update(spoken(expression.original_text).split())
            elif isinstance(expression, Group):
                for item in expression.items:
                    walk(item)

        for sentences in self.intents.values():
            for _, sentence in sentences:
                walk(sentence.expression)
        for rule in self.rules.values():
            walk(rule.expression)
        for slot_list in self.lists.values():
            if isinstance(slot_list, TextSlotList):
                for value in slot_list.values:
                    walk(value.text_in)
        return found

    def lexicon(self, list_name: str) -> dict[str, str]:
        """A text list as {spoken phrase: slot value}, longest phrases first."""
        slot_list = self.lists.get(list_name)
        if not isinstance(slot_list, TextSlotList):
            raise self.error(("lists", list_name), "expected a list with values")
        pairs: dict[str, str] = {}
        for value in slot_list.values:
            for said in sample_expression(value.text_in, self.lists, self.rules):
                phrase = spoken(said)
                out = value.value_out if value.value_out is not None else phrase
                pairs.setdefault(phrase, str(out))
        return dict(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def _parse(path: Path, data: Any, lines: dict[tuple[str, ...], int]) -> Templates:
    t = Templates(path, {}, {}, {}, {}, (), {}, (), _lines=lines)
    if not isinstance(data, dict):
        raise t.error((), "expected a mapping with language, intents, lists, expansion_rules")
    raw_intents = data.get("intents")
    if not isinstance(raw_intents, dict):
        raise t.error(("intents",), "expected a mapping of intent name -> {data: [{sentences}]}")
    for name in CATALOGUE:
        if name not in raw_intents:
            raise t.error(("intents",), f"intent {name!r} has no sentences; add it")
    for name, body in raw_intents.items():
        keys = ("intents", str(name))
        if name not in CATALOGUE and name != UNKNOWN:
            raise t.error(keys, "not an intent of the catalogue (DESIGN.md §4); fix the name")
        blocks = body.get("data") if isinstance(body, dict) else None
        if not isinstance(blocks, list) or not blocks:
            raise t.error(keys, "expected data: [{sentences: [...]}]")
        parsed: list[tuple[tuple[str, ...], Sentence]] = []
        for b, block in enumerate(blocks):
            texts = block.get("sentences") if isinstance(block, dict) else None
            if not isinstance(texts, list) or not texts:
                raise t.error((*keys, "data", str(b)), "expected a non-empty sentences list")
            for i, text in enumerate(texts):
                skeys = (*keys, "data", str(b), "sentences", str(i))
                if not isinstance(text, str) or not text.strip():
                    raise t.error(skeys, "expected a non-empty template string")
                try:
                    parsed.append((skeys, parse_sentence(text, keep_text=True)))
                except (ParseError, ValueError, IndexError) as exc:
                    raise t.error(skeys, f"bad template syntax ({exc})") from None
        t.intents[str(name)] = parsed
    try:
        hassil = Intents.from_dict({"language": data.get("language", "en"), "intents": {},
                                    "lists": data.get("lists") or {},
                                    "expansion_rules": data.get("expansion_rules") or {}})
    except (ParseError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise t.error(("lists",), f"bad list or expansion rule ({exc})") from None
    t.lists, t.rules = hassil.slot_lists, hassil.expansion_rules
    for name, spec in (data.get("lists") or {}).items():
        tags = spec.get("match_as") if isinstance(spec, dict) else None
        if tags is None:
            continue
        if not isinstance(tags, list) or not tags or any(tag not in TAGS for tag in tags):
            raise t.error(("lists", name, "match_as"), f"expected a list of tags from {TAGS}")
        t.match_as[name] = tuple(tags)
    skip = data.get("skip_words") or []
    common = data.get("common_words") or []
    sounds = data.get("sounds_like") or {}
    for key, words in (("skip_words", skip), ("common_words", common)):
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise t.error((key,), "expected a list of words")
    if not isinstance(sounds, dict) or not all(isinstance(v, str) for v in sounds.values()):
        raise t.error(("sounds_like",), "expected a mapping of heard word -> meant word")
    t.skip_words = tuple(skip)
    t.common_words = tuple(w.lower() for w in common)
    t.sounds_like = {str(k).lower(): v.lower() for k, v in sounds.items()}
    repairs = data.get("self_repairs") or {}
    lists_ok = isinstance(repairs, dict) and all(
        isinstance(v, list) and all(isinstance(w, str | list) for w in v) for v in repairs.values())
    if not lists_ok or not set(repairs) <= {"markers", "values", "bare", "families", "swaps"}:
        raise t.error(("self_repairs",),
                      "expected markers, values, bare (lists of phrases), families (lists of "
                      "intents) and swaps (lists of words)")
    for i, family in enumerate(repairs.get("families") or ()):
        if not isinstance(family, list) or not set(family) <= set(CATALOGUE):
            raise t.error(("self_repairs", "families", str(i)), "expected a list of intents")
    t.self_repairs = repairs
    return t


def load_templates(path: Path | str | None = None) -> Templates:
    """Read and check the templates file (content/intents.yaml by default)."""
    file = Path(path) if path is not None else INTENTS_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{file}: file is missing; restore it from git") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{file}: cannot read it ({exc})") from None
    # One parse gives both the data and the line of every key (libyaml when present: fast).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        problem = getattr(exc, "problem", exc)
        raise ContentError(f"{file}:{where} not valid YAML: {problem}") from None
    finally:
        loader.dispose()
    lines: dict[tuple[str, ...], int] = {}
    if node is not None:
        _lines(node, (), lines)
    return _parse(file, data, lines)


@cache
def default_templates() -> Templates:
    """content/intents.yaml, loaded once per process."""
    return load_templates()


def sentences(intents: Iterable[str] | None = None) -> list[str]:
    """The expanded, normalised sentences of the packaged templates (all intents, or these):
    lower case, no punctuation, numbers as words; the recogniser's grammar / language model."""
    return default_templates().sentences(None if intents is None else list(intents))


def vocabulary() -> set[str]:
    """Every word of `sentences()`: the words the recogniser must know."""
    return {word for sentence in sentences() for word in sentence.split()}
