"""Due prompts: which timer prompts have fallen due, claimed so that exactly one process says
each, turned into Replies for the loop to speak.

The loop calls `due()` every fraction of a second (and may sleep `next_due_in()`); it alone decides
when to speak, so a prompt never talks over an emergency answer.

Clock: due times are UTC epoch seconds (they survive a restart). Within a process, each call
compares how far the wall clock moved with how far the monotonic clock did; a difference of more
than `JUMP_S` is a step of the wall clock (NTP, a person setting the time), and every pending due
time is shifted by it, so a round keeps its real length. The step is recorded in the store, so a
second process that notices the same step does not shift twice. A step while no process runs
cannot be noticed: the wall clock is then the only truth.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Callable

from voice import timers
from voice.clock import JUMP_S, Clock, SystemClock
from voice.content import Content
from voice.errors import StateError
from voice.messages import Reply
from voice.state import Store
from voice.timers import Prompt

__all__ = ["PROMPT_INTENT", "Scheduler"]

PROMPT_INTENT = "timer"
"""The `intent` of a Reply that is a timer prompt rather than an answer."""


class Scheduler:
    """Timer prompts that have fallen due, from the store, on an injected clock."""

    def __init__(self, store: Store, clock: Clock | None = None, content: Content | None = None,
                 rng: random.Random | None = None,
                 warn: Callable[[str], None] | None = None) -> None:
        from voice.content import default_content

        self.store = store
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.content = content if content is not None else default_content()
        self.rng = rng
        self.warn = warn if warn is not None else _stderr
        """Told (once per message) when the store fails; the prompts wait for the next call."""
        self._last: tuple[float, float] | None = None
        self._warned: set[str] = set()

    def now(self) -> float:
        """The wall time (UTC epoch seconds), after shifting pending prompts if it was stepped."""
        wall, mono = self.clock.wall(), self.clock.monotonic()
        if self._last is not None:
            last_wall, last_mono = self._last
            step = (wall - last_wall) - (mono - last_mono)
            if abs(step) > JUMP_S:
                self._shift(step, last_mono, mono)
        self._last = (wall, mono)
        return wall

    def _shift(self, step: float, since_mono: float, mono: float) -> None:
        with self.store.transaction():
            seen_at, seen_step = self.store.meta("jump_mono"), self.store.meta("jump_s")
            if (seen_at is not None and seen_step is not None and seen_at > since_mono
                    and abs(seen_step - step) <= JUMP_S):
                return  # another process saw this step and already shifted
            self.store.shift(step)
            self.store.set_meta("jump_mono", mono)
            self.store.set_meta("jump_s", step)

    def next_due_in(self) -> float | None:
        """Seconds until the next prompt is due (0 when one is due now); None: nothing pending."""
        now = self.now()
        at = self.store.next_due_at()
        return None if at is None else max(0.0, at - now)

    def due(self) -> list[Reply]:
        """The prompts due now, each claimed for this process (another process gets none of
        them). When the assistant was down, a round's missed prompts become one, said as late.
        A failing store is reported once and its prompts stay pending, for the next call."""
        try:
            return self._due()
        except StateError as exc:
            if str(exc) not in self._warned:
                self._warned.add(str(exc))
                self.warn(str(exc))
            return []

    def _due(self) -> list[Reply]:
        now = self.now()
        if not self.store.any_due(now):
            return []
        spoken: list[list[timers.Say]] = []
        with self.store.transaction():
            by_round: dict[int, list[Prompt]] = defaultdict(list)
            for p in self.store.due_prompts(now):
                if p.id is not None and p.round_id is not None and self.store.claim(p.id, now):
                    by_round[p.round_id].append(p)
            for round_id, claimed in by_round.items():
                r = self.store.round(round_id)
                firing = timers.fire(r, claimed, now, self.store.pending_count(round_id) > 0)
                if firing.change is not None:
                    self.store.apply(firing.change, now)
                if firing.say:
                    for p in reversed(claimed):
                        if p.id is not None and self.store.mark_spoken(p.id):
                            break
                    spoken.append(firing.say)
        return [Reply(timers.render(self.content, says, self.rng), PROMPT_INTENT)
                for says in spoken]


def _stderr(message: str) -> None:
    print(f"voice: {message}", file=sys.stderr)
