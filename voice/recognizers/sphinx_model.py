"""The domain language model and dictionary pocketsphinx decodes with, built from our sentences.

Built once per sentence set and kept in the cache dir (voice.paths.cache_dir) as sphinx-<hash>/
(the hash covers the sentences, the build settings and the pronunciation dictionary), so start-up
after the first run only reads two small files. Words the dictionary cannot pronounce are left
out of the model and listed in `dropped.txt` (grapheme-to-phoneme conversion is out of scope);
`extra.dict` beside this module supplies hand-written pronunciations for the domain words
cmudict lacks (drug names, "tingly", "sciatica"...), and every word gets its southern British
vowels as a variant (voice.recognizers.accents); "pain's" and the like are spelt from "pain"
(voice.recognizers.clitics).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from voice import built
from voice.errors import ModelError
from voice.recognizers.accents import with_british_variants
from voice.recognizers.arpa import DISCOUNT, build_arpa
from voice.recognizers.clitics import with_clitics
from voice.recognizers.domain import (
    fingerprint,
    spoken_domain_sentences,
    spoken_domain_weights,
    with_cries,
)

EXTRA_DICT = Path(__file__).with_name("extra.dict")
"""Hand-written pronunciations for our words that cmudict lacks."""
BUILD_VERSION = "5"
"""Bump when the way the model is built changes, so old caches are not reused."""


@dataclass(frozen=True)
class SphinxDomain:
    """A language model and a matching dictionary, ready for pocketsphinx."""

    lm: Path
    """ARPA n-gram model over the sentences."""
    dict: Path
    """Pronunciations of exactly the words in the model."""
    dropped: tuple[str, ...]
    """Words in the sentences that the dictionary has no pronunciation for (left out)."""


def acoustic_model() -> Path:
    from pocketsphinx import get_model_path

    return Path(get_model_path("en-us/en-us"))


def cmudict_path() -> Path:
    from pocketsphinx import get_model_path

    return Path(get_model_path("en-us/cmudict-en-us.dict"))


@cache
def _general_model() -> tuple[Any, float] | None:
    """pocketsphinx's general English language model, and what it gives a word it lacks."""
    try:
        from pocketsphinx import Config, LogMath, NGramModel, get_model_path

        model = NGramModel(Config(), LogMath(), get_model_path("en-us/en-us.lm.bin"))
        return model, model.prob(["\x01"])
    except Exception:  # no such model, or a damaged one: no word is known to it
        return None


def general_english(word: str) -> bool:
    """Whether `word` is one of the general model's words: a word of the language as people use
    it ("noticed", "coach"), not one run together ("fellin", "waterbottle"). The model (some
    30 MB) is read on the first call only."""
    model = _general_model()
    return model is not None and model[0].prob([word]) > model[1]


def read_pronunciations(path: Path, wanted: set[str]) -> dict[str, list[str]]:
    """Dictionary lines ("word PH ONES", "word(2) ...") for the wanted words only."""
    found: dict[str, list[str]] = {}
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith(";;") or not line.strip():
                    continue
                head = line.split(" ", 1)[0]
                word = head.split("(", 1)[0]
                if word in wanted:
                    found.setdefault(word, []).append(line.rstrip("\n"))
    except OSError as exc:
        raise ModelError(f"cannot read the pocketsphinx dictionary {path} ({exc.strerror}); "
                         "reinstall it with: pip install --force-reinstall pocketsphinx") from None
    return found


def domain_model(cache_root: Path) -> SphinxDomain:
    """The model from our own sentences and their weights, as the recogniser and `voice
    prepare` both build it (voice.recognizers.domain)."""
    sentences, weights = with_cries(spoken_domain_sentences(), spoken_domain_weights())
    return build_domain(sentences, cache_root, weights=weights)


def build_domain(sentences: list[str], cache_root: Path, order: int = 3,
                 discount: float = DISCOUNT, compress: bool = True,
                 weights: list[float] | None = None) -> SphinxDomain:
    """The cached model for these sentences (each counted as its weight, 1 when none are given),
    building it on the first call."""
    if not sentences:
        raise ModelError("no sentences to build the speech model from; check content/intents.yaml")
    dictionary = cmudict_path()
    stat = dictionary.stat() if dictionary.exists() else None
    extra = EXTRA_DICT.read_text(encoding="utf-8") if EXTRA_DICT.exists() else ""
    key = fingerprint(sentences, BUILD_VERSION, str(order), str(discount), str(compress),
                      f"{dictionary}:{stat.st_size if stat else 0}", extra,
                      " ".join(map(str, weights or [])))
    target = cache_root / f"sphinx-{key}"
    if (target / "domain.lm").exists():
        built.used(target)
    else:
        built.building(cache_root, target)
        _build_into(target, sentences, weights, dictionary, order, discount, compress)
    dropped_file = target / "dropped.txt"
    dropped = tuple(dropped_file.read_text(encoding="utf-8").split())
    return SphinxDomain(target / "domain.lm", target / "domain.dict", dropped)


def _build_into(target: Path, sentences: list[str], weights: list[float] | None,
                dictionary: Path, order: int, discount: float, compress: bool) -> None:
    vocab = {w for s in sentences for w in s.split()}
    prons = read_pronunciations(dictionary, vocab)
    if EXTRA_DICT.exists():
        for word, lines in read_pronunciations(EXTRA_DICT, vocab - prons.keys()).items():
            prons[word] = lines
    prons = with_clitics(prons, vocab)
    dropped = sorted(vocab - prons.keys())
    prons = with_british_variants(prons)
    kept = [[w for w in s.split() if w in prons] for s in sentences]
    arpa = build_arpa(kept, order=order, discount=discount, compress=compress, weights=weights)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write into a temp dir beside the target, then rename: a crash never leaves half a model.
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        (tmp / "domain.lm").write_text(arpa, encoding="utf-8")
        lines = [line for w in sorted(prons) for line in prons[w]]
        (tmp / "domain.dict").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (tmp / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        if target.exists():  # another process built the same model first: use theirs
            return
        raise ModelError(f"cannot write the speech model cache in {target.parent} "
                         f"({exc.strerror}); free some disk space or set VOICE_HOME") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
