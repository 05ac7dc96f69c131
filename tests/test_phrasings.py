"""content/phrasings.yaml: people's own wording teaches the recognisers and the router."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.errors import ContentError
from voice.recognizers.domain import (
    CALLS,
    CRIES,
    CRY_SHARE,
    PHRASINGS_WEIGHT,
    RED_FLAG_WEIGHT,
    SHORT_WEIGHT,
    SKIPPED_WEIGHT,
    TAGS,
    openings,
    spoken_domain_sentences,
    spoken_domain_weights,
    with_cries,
)
from voice.router import Router
from voice.router.phrasings import FILE_NAME, examples, load_phrasings
from voice.router.templates import INTENTS_FILE

PACKAGED = INTENTS_FILE.with_name(FILE_NAME)


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


def test_every_red_flag_report_in_peoples_own_words_is_an_emergency(router: Router) -> None:
    reports = [t for i, t in load_phrasings(PACKAGED) if i == "emergency"]
    assert len(reports) > 150
    assert [t for t in reports if router.route(t).name != "emergency"] == []


def test_the_router_has_learnt_peoples_own_wording(router: Router) -> None:
    """Not a measure of generalisation (blind sets 10 and later are): that the examples reach
    the matcher and the classifier at all. Before there were any, 94.0% of the first 1213 (the
    phrasing set and sets 1-7, emergencies aside) were routed right."""
    own = examples(INTENTS_FILE)
    right = sum(router.route(t).name == i for i, t in own)
    assert right / len(own) >= 0.97


def test_the_recognisers_can_hear_a_strangers_words() -> None:
    heard = {w for s in spoken_domain_sentences() for w in s.split()}
    assert {"kip", "honestly", "chemist", "cupboard"} <= heard


def test_red_flag_reports_are_not_the_routers_examples() -> None:
    assert "emergency" not in {i for i, _ in examples(INTENTS_FILE)}


def test_templates_without_a_phrasings_file_have_none(tmp_path: Path) -> None:
    assert examples(tmp_path / "intents.yaml") == []


@pytest.mark.parametrize(("text", "says"), [
    ("phrasings:\n  ice_or_hot: [\"ice?\"]\n", "'ice_or_hot' is not an intent"),
    ("phrasings:\n  ice_or_heat: \"ice?\"\n", "expected a list of sentences"),
    ("sentences: []\n", "expected 'phrasings:'"),
    ("phrasings: [\n", "cannot read it"),
])
def test_a_broken_phrasings_file_is_named_with_what_is_wrong(
        tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=str(path)) as caught:
        load_phrasings(path)
    assert says in str(caught.value)


def test_the_words_the_router_skips_are_heard_but_are_no_request() -> None:
    """Hedges and swearing are in the language model, lightly, even a single word, and the
    endpointer does not take one said alone for a whole sentence of ours."""
    weight = dict(zip(spoken_domain_sentences(), spoken_domain_weights(), strict=True))
    assert weight["perhaps"] == SKIPPED_WEIGHT < 1.0
    assert weight["sorry to bother you"] == SKIPPED_WEIGHT
    assert weight["bloody"] == SKIPPED_WEIGHT
    known = openings()
    assert not known.whole("sorry to bother you") and not known.whole("perhaps")
    assert known.whole("slow down")


def test_some_sentences_are_said_after_a_cry_of_pain() -> None:
    """"ugh, how long is left": a cry before a request is expected, lightly, so that it is not
    heard as the likeliest opening ("i've"); in the language model only, not the endpointer's
    openings."""
    plain = spoken_domain_sentences()
    sentences, weights = with_cries(plain, spoken_domain_weights())
    weight = dict(zip(sentences, weights, strict=True))
    first = plain[0]
    total = sum(weights)
    known = openings()
    for cry in (*CRIES, *CALLS):  # a call to the assistant too: "hey voice, ..."
        assert 0 < weight[f"{cry} {first}"] < weight[first]
        assert not known.whole(f"{cry} {first}")
        after = sum(w for s, w in weight.items() if s.startswith(f"{cry} "))
        assert CRY_SHARE * total / 2 < after < CRY_SHARE * total * 2
    for tag in TAGS:  # and softened after: "..., I guess"
        assert 0 < weight[f"{first} {tag}"] < weight[first]
        assert not known.whole(f"{first} {tag}")


def test_the_language_model_counts_each_sentence_by_its_source() -> None:
    """People's own wording counts less than the templates, red-flag reports more, and the
    shortest sentences (the controls, said alone) more again."""
    weight = dict(zip(spoken_domain_sentences(), spoken_domain_weights(), strict=True))
    assert weight["should i use ice or heat"] == 1.0
    assert weight["i can't feel my legs"] == RED_FLAG_WEIGHT
    assert weight["next"] == SHORT_WEIGHT
    assert weight["i fell"] == RED_FLAG_WEIGHT * SHORT_WEIGHT
    own = [t for i, t in load_phrasings(PACKAGED) if i != "emergency"]
    lighter = [weight.get(" ".join(t.lower().replace(",", "").split())) for t in own]
    assert lighter.count(PHRASINGS_WEIGHT) > 1000
    assert set(lighter) <= {1.0, PHRASINGS_WEIGHT, SHORT_WEIGHT * PHRASINGS_WEIGHT,
                            SHORT_WEIGHT, RED_FLAG_WEIGHT, None}
