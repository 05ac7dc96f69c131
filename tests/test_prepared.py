"""The router's prepared samples are kept in the cache dir, and made again whenever anything
that shapes them changes or the file is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.router import prepared
from voice.router.normalize import Normalizer

RAW = [("ice_how", "How long should I ice it?"), ("stop", "Stop!"), ("sleep", "can't sleep")]
RED = ["I can't feel my legs"]


class Maker:
    """The real normaliser over RAW, counting how often it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> tuple[list[tuple[str, str]], list[str]]:
        self.calls += 1
        normalize = Normalizer()
        return ([(i, normalize(t)) for i, t in RAW],
                sorted({w for s in RED for w in normalize(s).split()}))


def test_samples_are_made_once_and_read_back_the_same(tmp_path: Path) -> None:
    make = Maker()
    first = prepared.load_or_make(RAW, RED, tmp_path, make)
    again = prepared.load_or_make(RAW, RED, tmp_path, make)
    assert make.calls == 1
    assert again == first
    assert ("stop", "stop") in first[0] and "feel" in first[1]
    assert len(list(tmp_path.glob("samples-*.json"))) == 1


@pytest.mark.parametrize("change", ["raw", "extra", "code"])
def test_a_change_to_what_shapes_them_makes_them_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    make = Maker()
    prepared.load_or_make(RAW, RED, tmp_path, make)
    raw, extra = RAW, RED
    if change == "raw":
        raw = [*RAW, ("affirm", "yes please")]
    elif change == "extra":
        extra = [*RED, "I fell off a ladder"]
    else:  # the router's code changed: copy it, edit a line
        code = tmp_path / "code"
        code.mkdir()
        for path in prepared.CODE.glob("*.py"):
            (code / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        with (code / "normalize.py").open("a", encoding="utf-8") as f:
            f.write("\n# a change\n")
        monkeypatch.setattr(prepared, "CODE", code)
    prepared.load_or_make(raw, extra, tmp_path, make)
    assert make.calls == 2
    assert len(list(tmp_path.glob("samples-*.json"))) == 2


@pytest.mark.parametrize("damage", ["not json", '{"samples": 3}', '{"samples": [["a"]]}', ""])
def test_a_damaged_file_is_made_again(tmp_path: Path, damage: str) -> None:
    make = Maker()
    first = prepared.load_or_make(RAW, RED, tmp_path, make)
    (path,) = tmp_path.glob("samples-*.json")
    path.write_text(damage, encoding="utf-8")
    assert prepared.load_or_make(RAW, RED, tmp_path, make) == first
    assert make.calls == 2
    assert prepared.load_or_make(RAW, RED, tmp_path, make) == first
    assert make.calls == 2  # and written back whole
