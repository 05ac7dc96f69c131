"""The conversation's controls: repeat, more, clarify yes/no, slower/faster, not-heard once."""

from __future__ import annotations

from voice.content import default_content
from voice.messages import Intent
from voice.skill import Conversation, Thresholds
from voice.tts import MAX_RATE, MIN_RATE, SpeechConfig


class ScriptedRouter:
    """Routes by a fixed table, so these tests pin down the skill and nothing else."""

    def __init__(self, table: dict[str, tuple[str, float]]) -> None:
        self.table = table

    def route(self, text: str) -> Intent:
        name, conf = self.table.get(text, ("unknown", 0.1))
        return Intent(name, conf, {}, text)


TABLE = {
    "ice or heat": ("ice_or_heat", 0.95),
    "ice thing": ("ice_how", 0.6),
    "more": ("more", 0.95),
    "repeat": ("repeat", 0.95),
    "yes": ("affirm", 0.95),
    "no": ("deny", 0.95),
    "slower": ("slower", 0.95),
    "faster": ("faster", 0.95),
    "numb legs": ("emergency", 1.0),
    "goodbye": ("goodbye", 0.95),
}


def convo(listening: bool = False) -> Conversation:
    saved: list[int] = []
    c = Conversation(default_content(), ScriptedRouter(TABLE), Thresholds(0.75, 0.5),
                     speech=SpeechConfig(rate=150), listening=listening,
                     on_settings_changed=lambda cfg: saved.append(cfg.rate))
    c.saved_rates = saved  # type: ignore[attr-defined]
    return c


def test_repeat_says_the_last_answer_word_for_word() -> None:
    c = convo()
    _, first = c.ask("ice or heat")
    _, again = c.ask("repeat")
    assert again.text == first.text and again.sources == first.sources


def test_more_gives_the_detail_of_the_last_topic_then_nothing_more() -> None:
    c = convo()
    _, first = c.ask("ice or heat")
    _, more = c.ask("more")
    assert more.text == first.more and more.text != first.text
    _, none_left = c.ask("more")
    assert none_left.text in c.content.dialog["no_more"]


def test_onset_picks_the_ice_or_heat_variant() -> None:
    c = convo()
    c.onset_hours = lambda: 10.0
    assert c.ask("ice or heat")[1].text == c.content.answers["ice_or_heat"].variants["acute"].reply
    c.onset_hours = lambda: 100.0
    assert c.ask("ice or heat")[1].text == c.content.answers["ice_or_heat"].variants["later"].reply


def test_unsure_routing_asks_and_yes_answers_the_guess() -> None:
    c = convo()
    _, question = c.ask("ice thing")
    assert question.text == "Did you mean how to use ice?"
    _, answer = c.ask("yes")
    assert answer.intent == "ice_how" and answer.text == c.content.answers["ice_how"].reply


def test_unsure_routing_and_no_asks_to_rephrase() -> None:
    c = convo()
    c.ask("ice thing")
    _, answer = c.ask("no")
    assert answer.text in c.content.dialog["clarify_declined"]
    _, later_yes = c.ask("yes")  # the question was answered: a later yes means nothing
    assert later_yes.text in c.content.dialog["affirm_nothing"]


def test_emergency_overrides_a_pending_question() -> None:
    c = convo()
    c.ask("ice thing")
    _, reply = c.ask("numb legs")
    assert reply.urgent and reply.intent == "emergency"
    assert c.ask("yes")[1].text in c.content.dialog["affirm_nothing"]
    assert c.ask("repeat")[1].urgent


def test_slower_and_faster_are_bounded_and_remembered() -> None:
    c = convo()
    for _ in range(20):
        c.ask("slower")
    assert c.speech.rate == MIN_RATE
    assert c.ask("slower")[1].text in c.content.dialog["slowest"]
    for _ in range(30):
        c.ask("faster")
    assert c.speech.rate == MAX_RATE
    assert c.saved_rates[-1] == MAX_RATE  # type: ignore[attr-defined]


def test_listening_says_not_heard_once_in_a_row_and_ignores_long_chatter() -> None:
    c = convo(listening=True)
    first = c.ask("mumble")[1]
    assert first.text == "Sorry, I didn't catch that. You can say help."
    assert c.ask("mumble")[1].silent
    c.ask("ice or heat")
    assert not c.ask("mumble")[1].silent
    assert c.ask("and then the detective walked into the room and said nothing")[1].silent


def test_typed_unknown_explains_what_it_can_do() -> None:
    reply = convo().ask("play music")[1]
    assert reply.text in default_content().dialog["unknown"] and not reply.silent


def test_goodbye_ends_the_session() -> None:
    assert convo().ask("goodbye")[1].end_session
