"""The intent classifier: the router's second opinion for wording no template is close to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from voice.router import ACCEPT, CLARIFY, Router, classifier, scoring
from voice.router.classifier import IntentClassifier, load_or_train, train
from voice.router.matcher import Match
from voice.router.scoring import Decision, second_opinion
from voice.router.triage import Triage, Verdict

TOY = [
    ("ice", "put some ice on my back"), ("ice", "a cold pack please"),
    ("ice", "frozen peas on the sore bit"), ("ice", "ice it now"),
    ("heat", "a hot water bottle please"), ("heat", "put the heat pad on"),
    ("heat", "a warm bath"), ("heat", "heat it now"),
    ("unknown", "what is on the telly"), ("unknown", "put the kettle on"),
    ("unknown", "who is at the door"),
]


@pytest.fixture(scope="module")
def toy() -> IntentClassifier:
    return train(TOY)


def test_it_ranks_every_intent_with_probabilities(toy: IntentClassifier) -> None:
    ranked = toy.rank("a bag of frozen peas")
    assert ranked[0][0] == "ice"
    assert sorted(name for name, _ in ranked) == ["heat", "ice", "unknown"]
    assert sum(p for _, p in ranked) == pytest.approx(1.0)
    assert toy.rank("a warm water bottle")[0][0] == "heat"


def test_words_it_never_saw_weigh_nothing(toy: IntentClassifier) -> None:
    indices, _ = toy.features("zzzz qqqq")
    assert len(indices) == 0
    # Only the known word counts: the same guess with or without the unknown ones.
    assert toy.rank("cold qqqq zzzz")[0][0] == toy.rank("cold")[0][0] == "ice"


def test_two_intents_are_enough(toy: IntentClassifier) -> None:
    two = train([s for s in TOY if s[0] != "unknown"])
    ranked = two.rank("a hot bath")
    assert ranked[0][0] == "heat" and ranked[0][1] > 0.5
    assert sum(p for _, p in ranked) == pytest.approx(1.0)


def test_weights_are_cached_and_read_back(tmp_path: Path, toy: IntentClassifier,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_or_train(TOY, tmp_path)
    files = list(tmp_path.glob("intents-*.npz"))
    assert len(files) == 1
    monkeypatch.setattr(classifier, "train_apart", lambda samples: pytest.fail("trained again"))
    again = load_or_train(TOY, tmp_path)
    assert again.rank("frozen peas") == first.rank("frozen peas")
    assert again.classes == first.classes
    # Other sentences are another classifier, in another file.
    monkeypatch.undo()
    load_or_train(TOY[:-1], tmp_path)
    assert len(list(tmp_path.glob("intents-*.npz"))) == 2


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_cache_file_is_trained_again(tmp_path: Path, damage: str) -> None:
    load_or_train(TOY, tmp_path)
    (path,) = tmp_path.glob("intents-*.npz")
    whole = path.read_bytes()
    path.write_bytes(b"not a numpy file" if damage == "garbage" else whole[:len(whole) // 2])
    rebuilt = load_or_train(TOY, tmp_path)
    assert rebuilt.rank("a cold pack")[0][0] == "ice"
    assert IntentClassifier.read(path).classes == rebuilt.classes


def test_training_happens_in_a_child_process(tmp_path: Path) -> None:
    """The listening process never holds scikit-learn or the memory training takes."""
    code = ("import sys; from pathlib import Path; from tests.test_classifier import TOY; "
            "from voice.router.classifier import load_or_train; "
            f"c = load_or_train(TOY, Path({str(tmp_path)!r})); "
            "print(c.rank('a cold pack')[0][0], 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.split() == ["ice", "False"], out.stderr
    assert list(tmp_path.glob("intents-*.npz"))


def _train_in_worker(cache: str) -> str:
    return load_or_train(TOY, Path(cache)).rank("a cold pack")[0][0]


def test_a_pool_worker_trains_in_its_own_process(tmp_path: Path) -> None:
    """A pool's workers may not start children: a bench with several jobs on a first run kept
    restarting its workers instead of training."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(_train_in_worker, (str(tmp_path),)).get(timeout=120) == "ice"


def test_an_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert load_or_train(TOY, blocked / "cache").rank("ice it")[0][0] == "ice"


# The router: wording no template sentence is near (the matcher alone says "unknown"), which
# the classifier places; it is always asked about, never acted on at once.
OWN_WORDS = [
    ("might dragging the wheelie bin out have caused this", "causes"),
    ("would a firmer mattress stop this coming back in future", "prevention"),
]


@pytest.mark.parametrize(("text", "intent"), OWN_WORDS)
def test_the_router_asks_about_the_classifiers_guess(text: str, intent: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    router = Router.load()
    got = router.route(text)
    assert got.name == intent
    assert CLARIFY <= got.confidence < ACCEPT
    monkeypatch.setattr(scoring, "second_opinion", lambda decision, *_: decision)
    assert router.route(text).name == "unknown"


@pytest.mark.parametrize("text", [
    "my son is asking if we have any more milk",
    "the weather tomorrow looks grim in the north",
])
def test_speech_not_for_us_stays_unknown(text: str) -> None:
    assert Router.load().route(text).name == "unknown"


FOR_US = Match({"unknown": 0.2}, None)
"""A match far from the `unknown` templates (speech not meant for us)."""


def test_a_denied_red_flag_is_no_emergency_from_the_classifier_either() -> None:
    unknown = Decision("unknown", 0.3)
    denied = Triage(Verdict.NEGATED, "numbness")
    sure_emergency = [("emergency", 0.9), ("hurts", 0.1)]
    assert second_opinion(unknown, FOR_US, sure_emergency, denied) == unknown
    hurts = [("emergency", 0.4), ("hurts", 0.6)]
    assert second_opinion(unknown, FOR_US, hurts, denied).name == "hurts"
    asking = Triage(Verdict.ASKING, "numbness")
    assert second_opinion(unknown, FOR_US, [("ice_how", 0.8)], asking).name == "when_doctor"


# "i have got" opens many red-flag reports; the classifier (and for "a migraine" the matcher)
# had taken any condition it did not know, said that way, for one, and the whole emergency
# answer was given.
@pytest.mark.parametrize("text", ["I've got arthritis", "I've got lumbago", "I've got cramp",
                                  "I've got a headache", "I've got a migraine",
                                  "I've got pain in my shoulder", "I have pain in my neck"])
def test_an_everyday_complaint_is_no_emergency(text: str) -> None:
    assert Router.load().route(text).name != "emergency"


@pytest.mark.parametrize("text", ["my are dumb", "i can't my left egg"])
def test_a_misheard_red_flag_word_still_counts(text: str) -> None:
    """Recognition errors in the router's noisy evaluation ("my legs are numb"): spelt nearly
    like a red-flag word, the classifier's guess of an emergency stands."""
    assert Router.load().route(text).name == "emergency"


def test_a_red_flag_is_guessed_at_a_lower_probability() -> None:
    unknown, none = Decision("unknown", 0.3), Triage(Verdict.NONE)
    p = (scoring.RED_FLAG_GUESS + CLARIFY) / 2
    assert second_opinion(unknown, FOR_US, [("emergency", p)], none).name == "emergency"
    assert second_opinion(unknown, FOR_US, [("ice_how", p)], none) == unknown


def test_a_sure_guess_is_still_a_question() -> None:
    unknown, none = Decision("unknown", 0.3), Triage(Verdict.NONE)
    sure = second_opinion(unknown, FOR_US, [("ice_how", 0.99)], none)
    assert sure.name == "ice_how" and CLARIFY <= sure.confidence < ACCEPT
    assert second_opinion(unknown, FOR_US, [("ice_how", 0.4)], none) == unknown


def test_a_half_guess_of_the_matcher_is_overruled_only_by_a_sure_guess() -> None:
    half = Decision("log_activity", 0.6)
    none = Triage(Verdict.NONE)
    overruled = second_opinion(half, FOR_US, [("heat_how", 0.85), ("log_activity", 0.1)], none)
    assert overruled.name == "heat_how" and CLARIFY <= overruled.confidence < ACCEPT
    assert second_opinion(half, FOR_US, [("heat_how", 0.7), ("log_activity", 0.2)], none) == half
    assert second_opinion(half, FOR_US, [("log_activity", 0.9)], none) == half
    assert second_opinion(half, FOR_US, [("unknown", 0.9)], none) == half
    denied = Triage(Verdict.NEGATED, "numbness")
    assert second_opinion(half, FOR_US, [("heat_how", 0.9)], denied) == half


def test_speech_close_to_what_is_not_for_us_gets_no_second_opinion() -> None:
    unknown = Decision("unknown", 0.4)
    guess = [("medication", 0.8), ("unknown", 0.1)]
    none = Triage(Verdict.NONE)
    assert second_opinion(unknown, FOR_US, guess, none).name == "medication"
    assert second_opinion(unknown, Match({"unknown": scoring.UNADDRESSED}, None), guess,
                          none) == unknown
