"""The content loader accepts the real content and names file, line and reason for broken files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from voice.content import CONTENT_DIR, load_content
from voice.errors import ContentError


def test_real_content_loads_with_the_first_three_intents() -> None:
    content = load_content()
    for intent in ("ice_or_heat", "when_doctor", "emergency"):
        ans = content.answers[intent]
        assert len(ans.reply.split()) >= 8
        assert ans.sources and all(s in content.sources for s in ans.sources)
    assert "help" in content.dialog


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1))


def test_missing_file_is_named(content_copy: Path) -> None:
    (content_copy / "answers.yaml").unlink()
    with pytest.raises(ContentError, match=r"answers\.yaml: file is missing"):
        load_content(content_copy)


def test_invalid_yaml_reports_the_line(content_copy: Path) -> None:
    path = content_copy / "answers.yaml"
    lines = path.read_text().splitlines()
    idx = next(i for i, line in enumerate(lines) if line.strip().startswith("emergency:"))
    lines.insert(idx + 1, "    reply: [unclosed")
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ContentError) as err:
        load_content(content_copy)
    assert re.search(r"answers\.yaml: line \d+: not valid YAML", str(err.value))


def test_unlisted_source_is_reported_with_intent_and_line(content_copy: Path) -> None:
    path = content_copy / "answers.yaml"
    text = path.read_text()
    first = re.search(r"\b\d{3}_[0-9a-f]{16}\.txt", text)
    assert first
    path.write_text(text.replace(first.group(0), "999_not_a_seed.txt", 1))
    with pytest.raises(ContentError) as err:
        load_content(content_copy)
    msg = str(err.value)
    assert "999_not_a_seed.txt" in msg and "not listed in sources.yaml" in msg
    assert re.search(r"line \d+: answers\.\w+\.sources", msg)


def test_empty_reply_is_rejected(content_copy: Path) -> None:
    path = content_copy / "answers.yaml"
    path.write_text(path.read_text() + "  broken_intent:\n    topic: x\n    reply: ''\n"
                    "    sources: [000_753aa0f4b13afca2.txt]\n")
    with pytest.raises(ContentError, match=r"answers\.broken_intent\.reply: expected non-empty"):
        load_content(content_copy)


def test_unknown_field_is_rejected(content_copy: Path) -> None:
    path = content_copy / "answers.yaml"
    path.write_text(path.read_text() + "  other:\n    topic: x\n    reply: hello there\n"
                    "    sources: [000_753aa0f4b13afca2.txt]\n    dose: 400 mg\n")
    with pytest.raises(ContentError, match=r"answers\.other\.dose: unknown field"):
        load_content(content_copy)


def test_duplicate_dialog_key_names_both_files(content_copy: Path) -> None:
    (content_copy / "dialog" / "zz_extra.yaml").write_text("help: [Another help text.]\n")
    with pytest.raises(ContentError,
                       match=r"zz_extra\.yaml: line 1: help: dialog key also defined"):
        load_content(content_copy)


def test_bad_pause_is_rejected(content_copy: Path) -> None:
    path = content_copy / "answers.yaml"
    path.write_text(path.read_text() + "  paced:\n    topic: x\n    reply: breathe with me\n"
                    "    sources: [000_753aa0f4b13afca2.txt]\n"
                    "    steps:\n      - say: breathe in\n        pause: forever\n")
    with pytest.raises(ContentError, match=r"answers\.paced\.steps\.0: pause must be a number"):
        load_content(content_copy)
