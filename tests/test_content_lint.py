"""Content lint: the spoken guidance in content/ is complete, sourced and speakable.

Everything in content/ is read aloud by a TTS engine to someone lying on the
floor with a back spasm, so these tests parse the YAML directly and pin down
what every text must (and must never) contain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
SEEDS = REPO.parent / "shared" / "seeds"

INTENTS = [
    "ice_or_heat",
    "ice_how",
    "heat_how",
    "position",
    "medication",
    "topical",
    "stretches",
    "movement",
    "when_doctor",
    "emergency",
    "causes",
    "prevention",
    "hydration",
    "massage",
    "bath",
    "what_is_spasm",
    "recovery_time",
    "alternatives",
    "sleep",
    "breathing",
]

DIALOG_KEYS = [
    "greeting",
    "disclaimer",
    "help",
    "unknown",
    "not_heard",
    "clarify",
    "clarify_declined",
    "no_more",
    "nothing_to_repeat",
    "goodbye",
    "stopped",
    "slower",
    "faster",
    "slowest",
    "fastest",
    "affirm_nothing",
    "deny_nothing",
    "ask_onset",
]

MAX_REPLY_WORDS = 45
MAX_FULL_REPLY_WORDS = 70

BRANDS = [
    # medicines and rubs
    "Tylenol",
    "Panadol",
    "Advil",
    "Motrin",
    "Aleve",
    "Naprosyn",
    "Excedrin",
    "Bayer",
    "Flexeril",
    "Voltaren",
    "Aspercreme",
    "Lidoderm",
    "Biofreeze",
    "Icy Hot",
    "Bengay",
    "Salonpas",
    "Tiger Balm",
    "ThermaCare",
    # clinics, hospitals and programs named in the seeds
    "Liv Hospital",
    "Orthopedic & Laser Spine",
    "Laser Spine",
    "OLSS",
    "Healthy Back Institute",
    "Lose the Back Pain",
    "Muscle Balance Therapy",
    "Mayo Clinic",
    "Cleveland Clinic",
]

URL_RE = re.compile(r"https?://|www\.|\b[\w-]+\.(com|org|net|io|gov|edu)\b", re.IGNORECASE)
PHONE_RE = re.compile(r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}|\b1-8\d\d\b")
NUMBER_WORDS = r"one|two|three|four|five|six|half"
DOSE_RE = re.compile(
    rf"(\d+|\b(?:{NUMBER_WORDS}))\s*"
    r"(mg|milligrams?|mcg|micrograms?|g|grams?|ml|millilit(?:er|re)s?|"
    r"tablets?|pills?|capsules?|caplets?|doses?)\b",
    re.IGNORECASE,
)
UNIT_ABBREV_RE = re.compile(r"\d\s*(min|mins|hr|hrs|h|sec|secs|s|x)\b|%|\d\s*-\s*\d")
MARKDOWN_CHARS = set("*_#`[]|<>~\u2022\u25cf\u25aa\u25e6\u00b7")
PLACEHOLDER_RE = re.compile(r"[{}]")


@cache
def load(relpath: str) -> Any:
    with (CONTENT / relpath).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def answers() -> dict[str, dict[str, Any]]:
    data = load("answers.yaml")
    assert isinstance(data, dict) and isinstance(data.get("answers"), dict)
    return data["answers"]


def listed_sources() -> list[str]:
    data = load("sources.yaml")
    assert isinstance(data, dict) and isinstance(data.get("sources"), list)
    return [entry["file"] for entry in data["sources"]]


def controls() -> dict[str, list[str]]:
    data = load("dialog/controls.yaml")
    assert isinstance(data, dict)
    return data


def replies() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, reply text, the entry holding it) for every first reply and variant reply."""
    for intent, entry in answers().items():
        yield intent, entry["reply"], entry
        for name, variant in (entry.get("variants") or {}).items():
            yield f"{intent}.variants.{name}", variant["reply"], entry


def answer_texts() -> Iterator[tuple[str, str]]:
    for intent, entry in answers().items():
        for field in ("topic", "reply", "more"):
            if field in entry:
                yield f"{intent}.{field}", entry[field]
        for name, variant in (entry.get("variants") or {}).items():
            for field in ("reply", "more"):
                if field in variant:
                    yield f"{intent}.variants.{name}.{field}", variant[field]
        for i, step in enumerate(entry.get("steps") or []):
            yield f"{intent}.steps[{i}].say", step["say"]


def dialog_texts() -> Iterator[tuple[str, str]]:
    for key, alternatives in controls().items():
        for i, text in enumerate(alternatives):
            yield f"dialog.{key}[{i}]", text


def all_texts() -> list[tuple[str, str]]:
    return [*answer_texts(), *dialog_texts()]


def words(text: str) -> int:
    return len(text.split())


# --- completeness and sourcing ---------------------------------------------


@pytest.mark.parametrize("intent", INTENTS)
def test_every_guidance_intent_has_topic_reply_and_sources(intent: str) -> None:
    entry = answers().get(intent)
    assert isinstance(entry, dict), f"missing answer for {intent}"
    for field in ("topic", "reply"):
        assert isinstance(entry.get(field), str) and entry[field].strip(), f"{intent}.{field}"
    sources = entry.get("sources")
    assert isinstance(sources, list) and sources, f"{intent} cites no sources"
    assert all(isinstance(s, str) and s for s in sources)


def test_every_cited_source_is_listed_in_sources_yaml() -> None:
    listed = set(listed_sources())
    unlisted = {
        (intent, s) for intent, e in answers().items() for s in e["sources"] if s not in listed
    }
    assert not unlisted


def test_sources_yaml_entries_have_file_and_title() -> None:
    for entry in load("sources.yaml")["sources"]:
        assert isinstance(entry.get("file"), str) and entry["file"]
        assert isinstance(entry.get("title"), str) and entry["title"]
    assert len(set(listed_sources())) == len(listed_sources()), "duplicate source"


def test_every_listed_source_exists_in_the_seeds_dir() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds dir at {SEEDS}")
    missing = [f for f in listed_sources() if not (SEEDS / f).is_file()]
    assert not missing


def test_every_listed_source_is_cited_by_at_least_one_answer() -> None:
    cited = {s for e in answers().values() for s in e["sources"]}
    assert not [f for f in listed_sources() if f not in cited]


# --- length and shape of what is spoken first ------------------------------


def test_first_replies_are_at_most_45_words_unless_full() -> None:
    too_long = {
        where: words(text)
        for where, text, entry in replies()
        if not entry.get("full") and words(text) > MAX_REPLY_WORDS
    }
    assert not too_long


def test_full_replies_are_at_most_70_words() -> None:
    too_long = {
        where: words(text)
        for where, text, entry in replies()
        if entry.get("full") and words(text) > MAX_FULL_REPLY_WORDS
    }
    assert not too_long


def test_only_emergency_is_marked_full() -> None:
    assert [i for i, e in answers().items() if e.get("full")] == ["emergency"]


def test_answers_with_more_tell_the_listener_to_ask_for_more() -> None:
    silent = []
    for intent, entry in answers().items():
        holders = [(intent, entry)]
        holders += [(f"{intent}.{n}", v) for n, v in (entry.get("variants") or {}).items()]
        for where, holder in holders:
            if holder.get("more") and not re.search(r"\bmore\b", holder["reply"], re.I):
                silent.append(where)
    assert not silent


def test_more_texts_are_not_empty() -> None:
    for where, text in answer_texts():
        if where.endswith(".more"):
            assert words(text) >= 20, where


# --- specific intents -----------------------------------------------------


def test_emergency_has_no_more_and_says_to_get_urgent_help() -> None:
    entry = answers()["emergency"]
    assert "more" not in entry
    assert entry.get("full") is True
    reply = entry["reply"].lower()
    assert "urgent" in reply or "emergency" in reply
    assert "emergency services" in reply
    assert "bladder" in reply and "bowel" in reply
    assert "numbness" in reply and "weakness" in reply
    assert "stay with you" in reply


def test_ice_or_heat_has_acute_and_later_variants() -> None:
    entry = answers()["ice_or_heat"]
    assert "more" in entry
    variants = entry.get("variants")
    assert isinstance(variants, dict) and set(variants) == {"acute", "later"}
    for name, variant in variants.items():
        assert variant.get("reply") and variant.get("more"), name
    assert "ice" in variants["acute"]["reply"].lower()
    assert "heat" in variants["later"]["reply"].lower()


def test_ice_or_heat_asks_when_the_spasm_started() -> None:
    assert answers()["ice_or_heat"]["reply"].rstrip().endswith("When did the spasm start?")


@pytest.mark.parametrize(
    ("where", "numbers"),
    [
        ("ice_or_heat", ["48 to 72 hours"]),
        ("ice_how", ["10 to 20 minutes", "at least 20 minutes", "48 to 72 hours"]),
        ("ice_or_heat.acute", ["10 to 20 minutes", "at least 20 minutes", "48 to 72 hours"]),
        ("heat_how", ["15 to 20 minutes", "3 or 4 times a day", "48 to 72 hours"]),
        ("ice_or_heat.later", ["15 to 20 minutes", "3 or 4 times a day", "48 to 72 hours"]),
        ("movement", ["5 to 10 minutes", "several times a day"]),
        ("topical", ["4 times a day"]),
        ("when_doctor", ["2 weeks"]),
        ("recovery_time", ["2 weeks"]),
        ("hydration", ["8 glasses"]),
    ],
)
def test_numbers_to_act_on_are_in_the_first_reply(where: str, numbers: list[str]) -> None:
    intent, _, variant = where.partition(".")
    entry = answers()[intent]
    reply = entry["variants"][variant]["reply"] if variant else entry["reply"]
    for number in numbers:
        assert number in reply, f"{where} reply lacks {number!r}"


def test_heat_replies_warn_not_to_fall_asleep_on_it() -> None:
    for reply in (
        answers()["heat_how"]["reply"],
        answers()["ice_or_heat"]["variants"]["later"]["reply"],
    ):
        assert "fall asleep" in reply.lower()


def test_medication_says_follow_the_label_and_names_no_brand() -> None:
    entry = answers()["medication"]
    text = f"{entry['reply']} {entry['more']}".lower()
    assert "follow the label" in text
    for generic in ("ibuprofen", "naproxen", "acetaminophen"):
        assert generic in text
    assert "pharmacist" in text or "doctor" in text


def test_stretches_wait_for_pain_to_ease_and_stop_if_sharper() -> None:
    reply = answers()["stretches"]["reply"].lower()
    assert "pelvic tilt" in reply and "knee-to-chest" in reply
    assert "stop" in reply


def test_breathing_has_guided_steps_with_short_numeric_pauses() -> None:
    entry = answers()["breathing"]
    steps = entry.get("steps")
    assert isinstance(steps, list) and 8 <= len(steps) <= 14
    for i, step in enumerate(steps):
        assert isinstance(step.get("say"), str) and step["say"].strip(), i
        pause = step.get("pause")
        assert isinstance(pause, int | float) and not isinstance(pause, bool), i
        assert 0 <= pause <= 10, i
    breaths_in = sum("breathe in" in s["say"].lower() for s in steps)
    assert 3 <= breaths_in <= 4


# --- speakable, clean text everywhere ---------------------------------------


def test_all_texts_are_nonempty_strings() -> None:
    for where, text in all_texts():
        assert isinstance(text, str) and text.strip(), where


def test_no_text_contains_a_url() -> None:
    assert not [w for w, t in all_texts() if URL_RE.search(t)]


def test_no_text_contains_a_phone_number() -> None:
    assert not [w for w, t in all_texts() if PHONE_RE.search(t)]


def test_no_text_names_a_brand_clinic_or_hospital() -> None:
    hits = [
        (w, brand)
        for w, t in all_texts()
        for brand in BRANDS
        if re.search(rf"\b{re.escape(brand)}\b", t, re.IGNORECASE)
    ]
    assert not hits


def test_no_text_gives_a_dose() -> None:
    assert not [(w, m.group(0)) for w, t in all_texts() if (m := DOSE_RE.search(t))]


def test_no_text_contains_markdown_or_bullets() -> None:
    bad = [(w, sorted(set(t) & MARKDOWN_CHARS)) for w, t in all_texts() if set(t) & MARKDOWN_CHARS]
    bad += [(w, "list dash") for w, t in all_texts() if re.match(r"\s*[-+]\s", t)]
    assert not bad


def test_no_text_uses_unit_abbreviations_or_digit_ranges() -> None:
    assert not [(w, m.group(0)) for w, t in all_texts() if (m := UNIT_ABBREV_RE.search(t))]


def test_texts_are_plain_ascii_without_emoji_or_semicolons() -> None:
    assert not [w for w, t in all_texts() if not t.isascii() or ";" in t]


def test_answers_contain_no_placeholders() -> None:
    assert not [w for w, t in answer_texts() if PLACEHOLDER_RE.search(t)]


# --- dialog controls -------------------------------------------------------


def test_dialog_has_every_control_key_with_spoken_alternatives() -> None:
    data = controls()
    missing = [k for k in DIALOG_KEYS if k not in data]
    assert not missing
    for key in DIALOG_KEYS:
        alternatives = data[key]
        assert isinstance(alternatives, list) and alternatives, key
        assert all(isinstance(a, str) and a.strip() for a in alternatives), key


def test_clarify_names_the_topic() -> None:
    assert all("{topic}" in text for text in controls()["clarify"])


def test_dialog_placeholders_are_only_topic() -> None:
    found = {p for _, t in dialog_texts() for p in re.findall(r"\{[^{}]*\}", t)}
    assert found <= {"{topic}"}


def topic_texts() -> Iterator[tuple[str, str]]:
    """Everything "Did you mean {topic}?" can end with: the answers' topics, and the lines in any
    dialog file saying what an unsure request would change (keys with _topic_ or ending _topic)."""
    for intent, entry in answers().items():
        yield f"{intent}.topic", entry["topic"]
    for path in sorted((CONTENT / "dialog").glob("*.yaml")):
        for key, alternatives in load(f"dialog/{path.name}").items():
            if "_topic_" in key or key.endswith("_topic"):
                for i, text in enumerate(alternatives):
                    yield f"{path.name}:{key}[{i}]", text


def test_topics_end_the_clarify_question_in_a_few_plain_words() -> None:
    topics = list(topic_texts())
    assert any(w.startswith("timers.yaml") for w, _ in topics)
    bad = [w for w, t in topics
           if t[0].isupper() or t[-1] in ".?!," or words(t) > 12 or not t.isascii()
           or DOSE_RE.search(t) or UNIT_ABBREV_RE.search(t)]
    assert not bad


def test_topic_placeholders_are_what_was_heard() -> None:
    """A topic is filled from the request's slots, said as its skill says them."""
    found = {p for _, t in topic_texts() for p in re.findall(r"\{[^{}]*\}", t)}
    assert found <= {"{minutes}", "{ago}", "{medicine}", "{score}", "{activity}"}


def test_dialog_texts_are_short() -> None:
    assert not [(w, words(t)) for w, t in dialog_texts() if words(t) > 35]


def test_every_red_flag_speech_sentence_is_routed_to_emergency() -> None:
    """content/red_flag_speech.yaml teaches the recognisers red-flag words the templates lack;
    each of its sentences must then reach the emergency answer through triage."""
    from voice.recognizers.domain import red_flag_sentences
    from voice.router import Router

    router = Router.load()
    sentences = red_flag_sentences()
    assert len(sentences) > 100
    missed = [s for s in sentences if router.route(s).name != "emergency"]
    assert missed == []


@cache
def _recogniser_words() -> frozenset[str]:
    """Every word the recognisers are built to hear (the sentences as they are said)."""
    from voice.recognizers.domain import spoken_domain_sentences

    return frozenset(w for s in spoken_domain_sentences() for w in s.split())


def test_red_flag_speech_words_are_in_the_recognisers_sentences() -> None:
    assert {"stairs", "ladder", "pee", "thighs", "tailbone", "shivering"} <= _recogniser_words()


def test_every_red_flag_report_triage_is_tested_on_can_be_heard() -> None:
    """A word that is in no sentence cannot be heard at all: "there's no feeling in my left
    foot" and "... after I was rear ended" could not be, until their words were added."""
    from tests.test_triage import REPORTS
    from voice.recognizers.domain import spoken_forms

    reports = [*REPORTS, "my back started hurting after I was rear ended"]
    said = spoken_forms([r.lower() for r in reports])
    assert [w for s in said for w in s.split() if w not in _recogniser_words()] == []


def test_everyone_a_carer_may_speak_for_can_be_heard() -> None:
    """Triage hears "my husband can't feel his legs" as a report; a word for the person that
    the recogniser cannot hear would never reach it."""
    from voice.router.triage import KIN

    assert [k for k in KIN if k not in _recogniser_words()] == []


def test_every_place_where_numbness_is_a_red_flag_can_be_heard() -> None:
    """Triage counts numbness and weakness in these places; a place the recogniser cannot hear
    ("my privates are numb") never reaches triage."""
    from voice.router.triage import LIMBS, SADDLE

    places = [w for place in (*LIMBS, *SADDLE) for w in place.split()]
    assert [w for w in places if w not in _recogniser_words()] == []
