"""A one-hour scripted session on a sped-up clock, watching memory (issue 6).

The real loop (voice.loop.Loop on a session from voice.assistant.build_session: real router,
skills, SQLite store, scheduler) is fed typed lines by a simulated person over one simulated
hour: questions, ice and heat rounds started, their prompts firing and acknowledged, a guided
stretch, pain and medicine logged, repeat / more / stop / slower / faster, goodbye at the end.
Time is a FakeClock the script moves forward in steps, so an hour passes in about a minute;
every prompt still falls due on the loop's own polling, exactly as in a real session.

By default each reply is really spoken: rendered by espeak-ng (pyttsx3) and played through
PortAudio into an ALSA file device that discards it, so text-to-speech and the audio stack
are in the memory measured. RSS is read from /proc/self/statm every simulated 5 minutes.

    nice -n 10 .venv/bin/python bench/session.py [--minutes 60] [--no-speak]

tests/test_long_session.py runs a shorter session with run() and checks what must hold: every
timer prompt fired once, no reply lost, state kept across a restart.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STEP_S = 5.0
"""Simulated seconds per step: timer prompts are said at most this late (in simulated time)."""
SAMPLE_EVERY_MIN = 5

# (simulated minute, what the person says); "*" marks a line said while the assistant is still
# speaking (barge-in), every other line waits until it has finished, as a listener does.
HOUR: list[tuple[float, str]] = [
    (0.0, "it started yesterday"),
    (0.5, "should I use ice or heat"),
    (1.0, "tell me more"),
    (1.5, "repeat that"),
    (2.0, "start an ice timer for fifteen minutes"),
    (5.0, "how much longer"),
    (6.0, "what can I take for the pain"),
    (6.5, "I took ibuprofen"),
    (7.0, "my pain is a seven"),
    (9.0, "what position should I lie in"),
    (10.0, "slower"),
    (11.0, "what stretches can I do"),
    (11.0, "*stop"),
    (12.5, "faster"),
    (17.5, "how much longer"),
    (20.0, "guide me through a stretch"),
    (20.5, "yes"),
    (24.0, "next"),
    (27.0, "stop"),
    (28.0, "help me breathe"),
    (31.0, "how has my pain been"),
    (38.0, "start an ice timer for ten minutes"),
    (40.0, "when did I last take ibuprofen"),
    (42.0, "my pain is a five"),
    (49.0, "start a heat timer for ten minutes"),
    (50.0, "how much longer"),
    (52.0, "what can I do to prevent this"),
    (55.0, "when should I see a doctor"),
    (56.0, "repeat that"),
    (58.0, "what's the weather tomorrow"),
    (59.25, "ok"),
    (59.5, "goodbye"),
]
"""One hour of use. The ice round at 2:00 warns at 12:00, ends at 17:00 and its rest ends at
37:00; the next ice round (38:00) ends at 48:00, and its rest ends after the hour, so that
prompt is still pending when the session closes (and must survive it); the heat round at 49:00
ends at 59:00 and is acknowledged with "ok"."""


def script(minutes: float) -> list[tuple[float, str]]:
    """The hour, repeated or cut to `minutes`; only the last line is goodbye."""
    hours = [[(h * 60.0 + at, text) for at, text in HOUR if text != "goodbye"]
             for h in range(int(minutes // 60.0) + 1)]
    lines = [(at, text) for hour in hours for at, text in hour if at < minutes - 0.5]
    return [*lines, (minutes - 0.5, "goodbye")]


@dataclass
class Sample:
    minute: int
    rss_mb: float
    turns: int
    prompts: int


@dataclass
class Result:
    samples: list[Sample] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    """Every line the person said, in order."""
    intents: list[str] = field(default_factory=list)
    """The intent of every line the loop answered (a barge-in "stop" is not among them)."""
    printed: list[str] = field(default_factory=list)
    """Every reply the loop showed, in order."""
    spoken: list[str] = field(default_factory=list)
    """Every reply that reached the speaker, in order."""
    prompts: list[tuple[float, str, str]] = field(default_factory=list)
    """(simulated minute, intent, text) of every timer or stretch prompt the loop was given."""
    said_goodbye: bool = False
    started_at: float = 0.0
    """Simulated wall-clock time (UTC epoch seconds) when the session began..."""
    ended_at: float = 0.0
    """...and when it ended."""
    wall_s: float = 0.0


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


class _Lines(io.StringIO):
    """The loop's stdout: keeps each printed reply."""

    def __init__(self, into: list[str]) -> None:
        super().__init__()
        self._into = into

    def write(self, s: str) -> int:
        if s.strip():
            self._into.append(s.rstrip("\n"))
        return len(s)


def run(minutes: float, home: Path, speak: Callable[[Any], None] | None = None,
        stop: Callable[[], None] = lambda: None, step_s: float = STEP_S,
        lines: list[tuple[float, str]] | None = None, start_wall: float | None = None) -> Result:
    """Drive one session of `minutes` simulated minutes; state lives in `home`. It begins now,
    or at `start_wall` (epoch seconds) of simulated time."""
    import voice.loop
    import voice.scheduler
    from voice.assistant import build_session
    from voice.clock import FakeClock, SystemClock
    from voice.loop import Heard, Loop, Say

    real = SystemClock()
    clock = FakeClock(wall=real.wall() if start_wall is None else start_wall,
                      monotonic=real.monotonic())
    # The clock is the one thing replaced: the scheduler (and the stretch routine, which takes
    # the scheduler's clock) builds its default clock through this name.
    saved_clock, saved_poll = voice.scheduler.SystemClock, voice.loop.POLL_S
    saved_home = os.environ.get("VOICE_HOME")
    voice.scheduler.SystemClock = lambda: clock  # type: ignore[assignment,misc,return-value]
    voice.loop.POLL_S = 0.01  # the loop polls 25x as often, so a simulated hour takes ~1 min
    os.environ["VOICE_HOME"] = str(home)
    try:
        session = build_session(listening=False)
    finally:
        voice.scheduler.SystemClock = saved_clock  # type: ignore[misc]
        if saved_home is None:
            os.environ.pop("VOICE_HOME")
        else:
            os.environ["VOICE_HOME"] = saved_home
    res = Result(started_at=clock.wall())
    ticks = threading.Condition()
    count = {"ticks": 0, "answered": 0}
    start_wall = clock.wall()

    def sim_min() -> float:
        return (clock.wall() - start_wall) / 60.0

    def due() -> list[Any]:
        got = session.due_prompts()
        for reply in got:
            res.prompts.append((sim_min(), reply.intent, reply.text))
        with ticks:
            count["ticks"] += 1
            ticks.notify_all()
        return got

    def answered(intent: Any, reply: Any) -> None:
        res.intents.append(intent.name)
        with ticks:
            count["answered"] += 1
            ticks.notify_all()

    def wait(key: str, target: int) -> None:
        with ticks:
            ticks.wait_for(lambda: count[key] >= target, timeout=10.0)

    def spoken(reply: Any) -> None:
        res.spoken.append(reply.text)
        if speak is not None:
            speak(reply)

    say = Say(spoken, stop)
    loop = Loop(session.convo, say, due_prompts=due, out=_Lines(res.printed), timestamps=False,
                clock=clock.wall, on_intent=answered)
    todo = list(lines if lines is not None else script(minutes))

    def person() -> Iterator[Heard]:
        steps = int(minutes * 60 / step_s) + 1
        for step in range(steps):
            now = step * step_s / 60.0
            if step % int(SAMPLE_EVERY_MIN * 60 / step_s) == 0:
                res.samples.append(Sample(round(now), rss_mb(), len(res.intents),
                                          len(res.prompts)))
            while todo and todo[0][0] <= now:
                _, text = todo.pop(0)
                barge_in = text.startswith("*")
                text = text.lstrip("*")
                if not barge_in:
                    say.wait_idle(30.0)  # a person waits for the answer to end
                res.said.append(text)
                before = count["answered"]
                yield Heard(text)
                if not barge_in:
                    wait("answered", before + 1)
            # time passes; then two whole loop ticks, so whatever fell due has been said
            clock.advance(step_s)
            seen = count["ticks"]
            wait("ticks", seen + 2)

    started = time.perf_counter()
    try:
        res.said_goodbye = loop.run(person(), [])
    finally:
        voice.loop.POLL_S = saved_poll
        say.close()
    res.wall_s = time.perf_counter() - started
    res.ended_at = clock.wall()
    res.samples.append(Sample(round(sim_min()), rss_mb(), len(res.intents), len(res.prompts)))
    return res


def _alsa_home(tmp: Path) -> Path:
    """A HOME whose default ALSA output is a file device writing to /dev/null: the audio path
    runs for real and nothing is kept (see shared/AUDIO-TESTING.md)."""
    home = tmp / "alsa-home"
    home.mkdir()
    (home / ".asoundrc").write_text(
        'pcm.!default { type asym  playback.pcm "speaker"  capture.pcm "mic" }\n'
        'pcm.speaker { type file  slave.pcm "null"  file "/dev/null"  format "raw" }\n'
        'pcm.mic { type file  slave.pcm "null"  file "/dev/null"  infile "/dev/zero"  '
        'format "raw" }\n'
    )
    return home


def _nothing() -> None:
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=60.0,
                    help="simulated minutes (default 60; longer repeats the hour's script)")
    ap.add_argument("--no-speak", action="store_true",
                    help="do not synthesise and play the replies (router, skills, store only)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="voice-session-"))
    speak: Callable[[Any], None] | None = None
    stop: Callable[[], None] = _nothing
    if not args.no_speak:
        os.environ["HOME"] = str(_alsa_home(tmp))  # before PortAudio starts
        from voice.output import SpeechOutput
        from voice.speaker import Speaker
        from voice.tts import make_synthesizer

        out = SpeechOutput(make_synthesizer(), Speaker())

        def speak(reply: Any) -> None:
            out.speak(reply)

        stop = out.stop
    res = run(args.minutes, tmp / "voice-home", speak, stop)
    print(f"simulated {args.minutes:g} min in {res.wall_s:.1f} s wall; "
          f"{'spoken through PortAudio' if speak else 'not spoken'}; {len(res.said)} lines said")
    print()
    print("| minute | RSS MB | turns | prompts fired |")
    print("|---|---|---|---|")
    for s in res.samples:
        print(f"| {s.minute} | {s.rss_mb:.1f} | {s.turns} | {s.prompts} |")
    quarter = min(res.samples, key=lambda s: abs(s.minute - args.minutes / 4))
    end = res.samples[-1]
    print()
    print(f"RSS growth from minute {quarter.minute} to the end: "
          f"{end.rss_mb - quarter.rss_mb:+.1f} MB ({quarter.rss_mb:.1f} -> {end.rss_mb:.1f})")
    lost = len(res.printed) - len(res.spoken)
    print(f"replies shown {len(res.printed)}, reached the speaker {len(res.spoken)} "
          f"({lost} not spoken), goodbye said: {res.said_goodbye}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
