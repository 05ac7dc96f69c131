"""The hands-free loop: hear (mic or typed lines) -> route -> answer aloud, with timer prompts
spoken in between. One thread speaks; the main thread keeps listening so "stop" can cut an
answer short, and the assistant never answers its own voice (while it speaks, only "stop"
counts)."""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from voice.errors import AudioDeviceError, VoiceError
from voice.messages import Intent, Reply
from voice.skill import Conversation

POLL_S = 0.25
"""How often due timer prompts are checked: they fire within a second of their time."""
STOP_WORDS = frozenset({"stop", "quiet", "enough", "shush", "silence"})
"""Single words that end playback at once when heard while speaking (barge-in)."""
_BARGE_IN = frozenset({"stop", "hurts", "pause", "emergency"})
"""Intents that may interrupt the assistant while it speaks."""


@dataclass
class Heard:
    """Something the person said or typed (None text: input ended)."""

    text: str | None
    stt_ms: float | None = None


class Say:
    """Speaks replies one at a time on its own thread; printing is done by the caller."""

    def __init__(self, speak: Callable[[Reply], None] | None, stop: Callable[[], None]) -> None:
        self._speak = speak
        self._stop = stop
        self._queue: queue.Queue[Reply | None] = queue.Queue()
        self.current: Reply | None = None
        self.busy = threading.Event()
        self._thread = threading.Thread(target=self._run, name="voice-say", daemon=True)
        self._thread.start()

    def submit(self, reply: Reply) -> None:
        if self._speak is None:
            return  # --no-speak: nothing plays, so the assistant is never busy speaking
        self.busy.set()
        self._queue.put(reply)

    def interrupt(self) -> None:
        """Cut the current reply short and drop the answers waiting behind it. Timer prompts
        waiting stay: "stop" was said to the answer, and "take the ice off" must still be
        heard (the store has already marked it spoken)."""
        kept: list[Reply | None] = []
        while True:
            try:
                waiting = self._queue.get_nowait()
            except queue.Empty:
                break
            if waiting is None or waiting.intent == "timer":  # None: close() asked for
                kept.append(waiting)
        for reply in kept:  # back in the queue before the cut, so busy never blinks off
            if reply is not None:
                self.busy.set()
            self._queue.put(reply)
        self._stop()

    def close(self, wait: bool = True) -> None:
        self._queue.put(None)
        if wait:
            self._thread.join()

    def wait_idle(self, timeout: float | None = None) -> bool:
        end = None if timeout is None else time.monotonic() + timeout
        while self.busy.is_set():
            if end is not None and time.monotonic() > end:
                return False
            time.sleep(0.01)
        return True

    def _run(self) -> None:
        while True:
            reply = self._queue.get()
            if reply is None:
                return
            self.current = reply
            try:
                if self._speak is not None:
                    self._speak(reply)
            finally:
                self.current = None
                if self._queue.empty():
                    self.busy.clear()


@dataclass
class Loop:
    convo: Conversation
    say: Say
    due_prompts: Callable[[], list[Reply]] = lambda: []
    out: TextIO = field(default_factory=lambda: sys.stdout)
    timestamps: bool = True
    clock: Callable[[], float] = time.time
    on_intent: Callable[[Intent, Reply], None] = lambda i, r: None
    _held: list[Reply] = field(default_factory=list)

    def show(self, reply: Reply) -> None:
        if reply.silent or not reply.text:
            return
        stamp = time.strftime("[%H:%M:%S] ", time.localtime(self.clock())) if self.timestamps \
            else ""
        print(f"{stamp}{reply.text}", file=self.out, flush=True)

    def deliver(self, reply: Reply) -> None:
        self.show(reply)
        if not reply.silent and reply.text:
            self.say.submit(reply)

    def heard(self, text: str) -> Reply:
        """Handle one utterance while not speaking."""
        intent = self.convo.router.route(text)
        reply = self.convo.respond(intent)
        self.on_intent(intent, reply)
        self.deliver(reply)
        return reply

    def heard_while_speaking(self, text: str) -> bool:
        """While the assistant speaks only "stop" (and "that hurts", "pause" and emergencies)
        count; returns True when it acted."""
        intent = self.convo.router.route(text)
        if intent.name not in _BARGE_IN:
            return False
        cut = self.say.current
        self.say.interrupt()
        # A prompt from a running timer or routine is cut AND the routine/timer is told; a
        # plain answer cut by "stop" needs no reply.
        streamed = cut is not None and cut.intent in ("timer", "stretch")
        if intent.name != "stop" or streamed:
            self.say.wait_idle(2.0)
            self.deliver(self.convo.respond(intent))
        return True

    def tick(self) -> None:
        """Speak timer prompts that are due, but never over an urgent answer."""
        self._held += self.due_prompts()
        current = self.say.current
        if not self._held or (current is not None and current.urgent):
            return
        held, self._held = self._held, []
        for reply in held:
            if reply.intent == "timer":  # "repeat" after a timer prompt repeats it (not a count)
                self.convo.last_reply = reply
            self.deliver(reply)

    def run(self, inputs: Iterator[Heard], greet: list[Reply]) -> bool:
        """Until input ends (False) or the person says goodbye (True)."""
        events: queue.Queue[Heard] = queue.Queue()

        def pump() -> None:
            # An input that breaks must not leave the loop deaf without a word, nor end it:
            # one line says so, and timer prompts go on being spoken until Ctrl-C.
            try:
                for item in inputs:
                    events.put(item)
            except Exception as exc:
                what = str(exc) if isinstance(exc, VoiceError) else f"{type(exc).__name__}: {exc}"
                print(f"voice: stopped listening ({what}); timers are still spoken; "
                      "restart with: voice listen", file=sys.stderr, flush=True)
                return
            events.put(Heard(None))

        threading.Thread(target=pump, name="voice-input", daemon=True).start()
        for reply in greet:
            self.deliver(reply)
        while True:
            self.tick()
            try:
                item = events.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if item.text is None:
                self.say.wait_idle()
                return False
            if self.say.busy.is_set() and self.heard_while_speaking(item.text):
                continue
            if self.say.busy.is_set() and not self.convo.listening:
                self.say.wait_idle()
            elif self.say.busy.is_set():
                continue  # our own voice, or talk over it: ignored
            if self.heard(item.text).end_session:
                self.say.wait_idle()
                return True


def typed_lines(stream: TextIO) -> Iterator[Heard]:
    for line in stream:
        if line.strip():
            yield Heard(line.strip())


def speaker_or_none(make: Callable[[], Callable[[Reply], None]],
                    warn: Callable[[str], None]) -> Callable[[Reply], None] | None:
    """The speaking function, or None (with one warning) when no output device works."""
    try:
        speak = make()
    except AudioDeviceError as exc:
        warn(f"speech could not be played: {exc}")
        return None

    def guarded(reply: Reply) -> None:
        try:
            speak(reply)
        except AudioDeviceError as exc:
            warn(f"speech could not be played: {exc}; will retry with the next answer")

    return guarded
