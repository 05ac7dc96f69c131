"""Pronunciations for "back's", "leg's", "pain's": a noun with 's ("my back's killing me", "the
pain's down to a four"). People say them all the time; cmudict has a few ("back's") and lacks
most ("pain's", "foot's", "temperature's"). The 's sounds as English always sounds it: IH Z after
a hissing sound, S after another voiceless one, Z after anything else."""

from __future__ import annotations

_HISSING = frozenset({"S", "Z", "SH", "ZH", "CH", "JH"})
_VOICELESS = frozenset({"P", "T", "K", "F", "TH"})


def suffix_for(phones: list[str]) -> list[str]:
    last = phones[-1] if phones else ""
    if last in _HISSING:
        return ["IH", "Z"]
    if last in _VOICELESS:
        return ["S"]
    return ["Z"]


def with_clitics(prons: dict[str, list[str]], wanted: set[str]) -> dict[str, list[str]]:
    """`prons` (word -> dictionary lines) plus lines for every wanted "x's" the dictionary lacks
    whose "x" it has; the word's own lines are numbered "x's", "x's(2)"... as cmudict does."""
    out = dict(prons)
    for word in sorted(wanted - prons.keys()):
        stem = word[:-2]
        if not word.endswith("'s") or stem not in prons:
            continue
        lines: list[str] = []
        for line in prons[stem]:
            phones = line.split()[1:]
            head = word if not lines else f"{word}({len(lines) + 1})"
            lines.append(" ".join([head, *phones, *suffix_for(phones)]))
        out[word] = lines
    return out
