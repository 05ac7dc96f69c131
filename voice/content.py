"""Guidance content: answers, dialog and sources loaded from content/ and validated.

Files (the schema of each is written at the top of the file itself):
    content/sources.yaml    sources: [{file, title}]           the seed documents
    content/answers.yaml    answers: {intent: {topic, reply, more?, sources, variants?, steps?}}
    content/dialog/*.yaml   {key: [alternative, ...]}           spoken texts for controls, timers...

Every error names the file, the key and (where known) the line, and says what is wrong.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from voice.errors import ContentError

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


@dataclass(frozen=True)
class Source:
    file: str
    """Seed file name, e.g. 000_753aa0f4b13afca2.txt."""
    title: str


@dataclass(frozen=True)
class Step:
    say: str
    pause: float
    """Seconds of quiet after saying it."""


@dataclass(frozen=True)
class Variant:
    reply: str
    more: str | None = None


@dataclass(frozen=True)
class Answer:
    intent: str
    topic: str
    """Noun phrase for "Did you mean <topic>?"."""
    reply: str
    more: str | None
    sources: tuple[str, ...]
    variants: dict[str, Variant] = field(default_factory=dict)
    steps: tuple[Step, ...] = ()
    full: bool = False
    """Never shortened (the emergency answer)."""

    def variant(self, name: str | None) -> Variant:
        if name and name in self.variants:
            return self.variants[name]
        return Variant(self.reply, self.more)


@dataclass
class Content:
    sources: dict[str, Source]
    answers: dict[str, Answer]
    dialog: dict[str, list[str]]
    root: Path

    def say(self, key: str, rng: random.Random | None = None, **values: Any) -> str:
        """A dialog line by key, one of its alternatives, with {placeholders} filled in."""
        try:
            options = self.dialog[key]
        except KeyError:
            raise ContentError(
                f"content/dialog: no dialog key {key!r}; add it to a dialog file"
            ) from None
        text = options[0] if rng is None or len(options) == 1 else rng.choice(options)
        return text.format(**values) if values else text


class _Doc:
    """A parsed YAML file that remembers the line of each mapping key, for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ContentError(f"{path}: file is missing; restore it from git") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(f"{path}: cannot read it ({exc})") from None
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            self.data: Any = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ContentError(f"{path}:{where}: not valid YAML: {problem}") from None
        self.lines: dict[tuple[str, ...], int] = {}
        if node is not None:
            self._index(node, ())

    def _index(self, node: yaml.Node, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = (*path, str(key.value))
                self.lines[sub] = key.start_mark.line + 1
                self._index(value, sub)

    def error(self, keys: tuple[str, ...], reason: str) -> ContentError:
        line = None
        for n in range(len(keys), 0, -1):
            if keys[:n] in self.lines:
                line = self.lines[keys[:n]]
                break
        where = f" line {line}" if line else ""
        return ContentError(f"{self.path}:{where}: {'.'.join(keys) or '(top)'}: {reason}")

    def mapping(self, value: Any, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(keys, f"expected a mapping, found {type(value).__name__}")
        return value

    def text(self, value: Any, keys: tuple[str, ...]) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(keys, "expected non-empty text")
        return " ".join(value.split())


def _load_sources(root: Path) -> dict[str, Source]:
    doc = _Doc(root / "sources.yaml")
    top = doc.mapping(doc.data, ())
    items = top.get("sources")
    if not isinstance(items, list) or not items:
        raise doc.error(("sources",), "expected a non-empty list of {file, title}")
    sources: dict[str, Source] = {}
    for i, item in enumerate(items):
        keys = ("sources", str(i))
        entry = doc.mapping(item, keys)
        file = doc.text(entry.get("file"), (*keys, "file"))
        sources[file] = Source(file, doc.text(entry.get("title"), (*keys, "title")))
    return sources


def _load_answers(root: Path, sources: dict[str, Source]) -> dict[str, Answer]:
    doc = _Doc(root / "answers.yaml")
    top = doc.mapping(doc.data, ())
    raw = doc.mapping(top.get("answers"), ("answers",))
    answers: dict[str, Answer] = {}
    for intent, body in raw.items():
        keys = ("answers", intent)
        entry = doc.mapping(body, keys)
        unknown = set(entry) - {"topic", "reply", "more", "sources", "variants", "steps", "full"}
        if unknown:
            raise doc.error((*keys, sorted(unknown)[0]), "unknown field")
        cited = entry.get("sources")
        if not isinstance(cited, list) or not cited:
            raise doc.error((*keys, "sources"), "expected a non-empty list of seed file names")
        for name in cited:
            if name not in sources:
                raise doc.error((*keys, "sources"), f"{name!r} is not listed in sources.yaml")
        more = entry.get("more")
        variants: dict[str, Variant] = {}
        for vname, vbody in doc.mapping(entry.get("variants", {}), (*keys, "variants")).items():
            vkeys = (*keys, "variants", vname)
            v = doc.mapping(vbody, vkeys)
            vmore = v.get("more")
            variants[vname] = Variant(
                doc.text(v.get("reply"), (*vkeys, "reply")),
                doc.text(vmore, (*vkeys, "more")) if vmore is not None else None,
            )
        steps: list[Step] = []
        raw_steps = entry.get("steps", [])
        if not isinstance(raw_steps, list):
            raise doc.error((*keys, "steps"), "expected a list of {say, pause}")
        for i, s in enumerate(raw_steps):
            skeys = (*keys, "steps", str(i))
            step = doc.mapping(s, skeys)
            pause = step.get("pause", 0)
            if not isinstance(pause, int | float) or not 0 <= pause <= 30:
                raise doc.error(skeys, "pause must be a number of seconds between 0 and 30")
            steps.append(Step(doc.text(step.get("say"), (*skeys, "say")), float(pause)))
        answers[intent] = Answer(
            intent=intent,
            topic=doc.text(entry.get("topic"), (*keys, "topic")),
            reply=doc.text(entry.get("reply"), (*keys, "reply")),
            more=doc.text(more, (*keys, "more")) if more is not None else None,
            sources=tuple(cited),
            variants=variants,
            steps=tuple(steps),
            full=bool(entry.get("full", False)),
        )
    return answers


def _load_dialog(root: Path) -> dict[str, list[str]]:
    folder = root / "dialog"
    if not folder.is_dir():
        raise ContentError(f"{folder}: folder is missing; restore it from git")
    dialog: dict[str, list[str]] = {}
    seen_in: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = _Doc(path)
        for key, value in doc.mapping(doc.data or {}, ()).items():
            if key in dialog:
                raise doc.error((key,), f"dialog key also defined in {seen_in[key]}")
            options = value if isinstance(value, list) else [value]
            if not options:
                raise doc.error((key,), "expected at least one spoken alternative")
            dialog[key] = [doc.text(o, (key,)) for o in options]
            seen_in[key] = path
    return dialog


def load_content(root: Path | str | None = None) -> Content:
    """Load and validate everything in content/. Raises ContentError naming file, key and reason."""
    base = Path(root) if root is not None else CONTENT_DIR
    sources = _load_sources(base)
    return Content(sources, _load_answers(base, sources), _load_dialog(base), base)


@cache
def default_content() -> Content:
    """The packaged content, loaded once per process."""
    return load_content()
