"""The n-gram language model pocketsphinx decodes with: a proper distribution, shaped by our
sentences, and able to hear a word sequence it was never given."""

from __future__ import annotations

import math

import pytest

from voice.recognizers.arpa import BOS, EOS, build_arpa

Tables = list[dict[tuple[str, ...], tuple[float, float]]]


def parse(arpa: str) -> Tables:
    """n-gram -> (log10 p, log10 backoff) for each order."""
    tables: Tables = []
    for line in arpa.splitlines():
        if line.startswith("\\") and line.endswith("-grams:"):
            tables.append({})
        elif line and tables and not line.startswith("\\"):
            parts = line.split("\t")
            tables[-1][tuple(parts[1].split())] = (
                float(parts[0]), float(parts[2]) if len(parts) > 2 else 0.0)
    return tables


def prob(tables: Tables, history: tuple[str, ...], word: str) -> float:
    """p(word | history) with Katz backoff, as a decoder reads the file."""
    gram = (*history, word)
    n = len(gram)
    if n <= len(tables) and gram in tables[n - 1]:
        return 10 ** tables[n - 1][gram][0]
    if not history:
        raise KeyError(word)
    bow = tables[len(history) - 1].get(history, (0.0, 0.0))[1]
    return 10 ** bow * prob(tables, history[1:], word)


SENTENCES = [s.split() for s in (
    "should i use ice or heat",
    "should i use heat",
    "start an ice timer",
    "start a heat timer",
    "i can't feel my legs",
)]


def test_every_history_is_a_distribution() -> None:
    tables = parse(build_arpa(SENTENCES))
    vocab = [w[0] for w in tables[0] if w[0] != BOS]
    histories = [h for h in tables[1] if h[-1] != EOS] + [(BOS,), ("i",)]
    for history in histories:
        total = sum(prob(tables, history, w) for w in vocab)
        assert total == pytest.approx(1.0, abs=1e-3), history


def test_a_sequence_never_said_can_still_be_heard() -> None:
    tables = parse(build_arpa(SENTENCES))
    unseen = prob(tables, ("use", "ice"), "timer")
    assert 0.0 < unseen < prob(tables, ("use", "ice"), "or")


def test_a_template_that_expands_a_lot_does_not_drown_a_single_sentence() -> None:
    """A thousand sentences in ten numbered variants against one plain sentence sharing their
    start: compressed counts keep the plain one far likelier than raw counts would (1 in 1001)."""
    many = [f"i took {n} tablets".split() for n in
            ("one two three four five six seven eight nine ten".split() * 100)]
    plain = ["i took a bath".split()]
    raw = parse(build_arpa(many + plain, compress=False))
    squeezed = parse(build_arpa(many + plain))
    p_raw = prob(raw, ("i", "took"), "a")
    p_squeezed = prob(squeezed, ("i", "took"), "a")
    assert p_raw < 0.002
    assert p_squeezed > 5 * p_raw


def test_a_heavier_sentence_is_likelier_and_a_lighter_one_still_a_distribution() -> None:
    """Weights count a sentence more or less: "i can't feel my legs" at 2 against "i can't
    sleep" at 1 makes "feel" the likelier word after "i can't"; at 1 each they are level."""
    pair = [s.split() for s in ("i can't feel my legs", "i can't sleep")]
    level = parse(build_arpa(pair))
    heavy = parse(build_arpa(pair, weights=[2.0, 1.0]))
    hist = ("i", "can't")
    assert prob(level, hist, "feel") == pytest.approx(prob(level, hist, "sleep"))
    assert prob(heavy, hist, "feel") > 1.2 * prob(heavy, hist, "sleep")
    light = parse(build_arpa(SENTENCES, weights=[1.0, 0.25, 1.0, 1.0, 2.0]))
    vocab = [w[0] for w in light[0] if w[0] != BOS]
    for history in [(BOS,), ("i",), ("should", "i")]:
        assert sum(prob(light, history, w) for w in vocab) == pytest.approx(1.0, abs=1e-3)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        build_arpa(SENTENCES, discount=1.0)
    with pytest.raises(ValueError):
        build_arpa([])
    with pytest.raises(ValueError, match="one weight per sentence"):
        build_arpa(SENTENCES, weights=[1.0])
    with pytest.raises(ValueError, match="under the discount"):  # sqrt(0.04) = 0.2 < 0.3
        build_arpa(SENTENCES, weights=[1.0, 0.04, 1.0, 1.0, 1.0])


def test_log_probabilities_are_finite() -> None:
    tables = parse(build_arpa(SENTENCES))
    for table in tables:
        for gram, (logp, bow) in table.items():
            if gram != (BOS,):
                assert math.isfinite(logp) and logp <= 0.0
            assert math.isfinite(bow)
