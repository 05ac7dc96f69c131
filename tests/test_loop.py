"""The loop's turn-taking: while it speaks only "stop" counts, prompts wait for an urgent
answer, and "repeat" after a prompt repeats the prompt. The speaker here is a stand-in that
takes time to "play" (the real device path is tested in test_listen_audio.py)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator

from voice.assistant import build_session
from voice.loop import Heard, Loop, Say
from voice.messages import Reply


class SlowSpeaker:
    """Plays each reply for `seconds` unless stopped; records what was played and how."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.stop_flag = threading.Event()
        self.played: list[tuple[str, bool]] = []

    def speak(self, reply: Reply) -> None:
        self.stop_flag.clear()
        done = not self.stop_flag.wait(self.seconds)
        self.played.append((reply.text, done))

    def stop(self) -> None:
        self.stop_flag.set()


def _paced(items: list[tuple[float, str]]) -> Iterator[Heard]:
    start = time.monotonic()
    for at, text in items:
        time.sleep(max(0.0, start + at - time.monotonic()))
        yield Heard(text)


def _loop(listening: bool, seconds: float, prompts: list[Reply] | None = None
          ) -> tuple[Loop, SlowSpeaker, io.StringIO]:
    session = build_session(listening=listening)
    spk = SlowSpeaker(seconds)
    out = io.StringIO()
    pending = list(prompts or [])

    def due() -> list[Reply]:
        nonlocal pending
        got, pending = pending, []
        return got

    return Loop(session.convo, Say(spk.speak, spk.stop), due_prompts=due, out=out,
                timestamps=False), spk, out


def test_stop_while_speaking_cuts_the_answer_short() -> None:
    loop, spk, _ = _loop(listening=True, seconds=3.0)
    t0 = time.monotonic()
    loop.run(_paced([(0.0, "what stretches can I do"), (0.5, "stop"), (0.6, "goodbye")]), [])
    assert spk.played[0][1] is False  # the stretches answer was cut short
    assert time.monotonic() - t0 < 5.5


def test_talk_while_speaking_is_ignored_when_listening() -> None:
    loop, spk, out = _loop(listening=True, seconds=1.0)
    loop.run(_paced([(0.0, "ice or heat"), (0.3, "when should I see a doctor"),
                     (1.5, "goodbye")]), [])
    content = loop.convo.content
    spoken = [text for text, _ in spk.played]
    assert spoken[0] == content.answers["ice_or_heat"].reply
    assert spoken[1] in content.dialog["goodbye"] and len(spoken) == 2
    assert content.answers["when_doctor"].reply not in out.getvalue()


def test_typed_lines_while_speaking_wait_their_turn() -> None:
    loop, spk, _ = _loop(listening=False, seconds=0.5)
    loop.run(_paced([(0.0, "ice or heat"), (0.1, "when should I see a doctor")]), [])
    assert len(spk.played) == 2 and all(done for _, done in spk.played)


def test_prompts_wait_for_an_urgent_answer_and_repeat_covers_them() -> None:
    prompt = Reply("Time to take the ice off. Rest at least 20 minutes.", "timer")
    loop, spk, _ = _loop(listening=True, seconds=0.8, prompts=[])
    loop.run(_paced([(0.0, "I fell down the stairs")]), [])
    # now a prompt falls due while the emergency answer plays
    loop.say.submit(loop.convo.respond(loop.convo.router.route("I can't feel my legs")))
    time.sleep(0.1)
    loop.due_prompts = lambda: [prompt]
    loop.tick()
    assert loop.say.current is not None and loop.say.current.urgent
    loop.due_prompts = lambda: []
    loop.say.wait_idle()
    loop.tick()
    loop.say.wait_idle()
    assert [t for t, _ in spk.played][-1] == prompt.text
    assert all(done for _, done in spk.played)  # the urgent answer was never cut
    assert loop.convo.respond(loop.convo.router.route("repeat")).text == prompt.text
