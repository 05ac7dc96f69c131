"""Time, injected: the wall clock for due times that survive a restart, a monotonic clock for
noticing when the wall clock is stepped, and a fake of both for tests.

Decisions (issue #7):
- Every stored time is UTC epoch seconds from `wall()`. It means the same thing in every process
  and after a kill -9, and a DST change does not move it.
- `monotonic()` counts real elapsed seconds within one boot, including time spent suspended
  (CLOCK_BOOTTIME where there is one): an ice pack stays on while a laptop sleeps.
- When the wall clock steps (NTP, a person setting the time) by more than `JUMP_S` relative to the
  monotonic clock, the scheduler shifts pending due times by the step, so a round keeps its real
  elapsed length (see voice.scheduler).
- Clock times are spoken in local time as "3:40": a round is at most 20 minutes long, so which
  3:40 is never in doubt and "AM/PM" would only add words.
"""

from __future__ import annotations

import time
from typing import Protocol

__all__ = ["JUMP_S", "Clock", "FakeClock", "SystemClock", "clock_time"]

JUMP_S = 5.0
"""A wall-clock step larger than this (against the monotonic clock) is treated as a jump."""


class Clock(Protocol):
    def wall(self) -> float:
        """Now, as UTC epoch seconds."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that only ever move forward at the real rate."""


class SystemClock:
    """The machine's clocks."""

    def wall(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.monotonic()


class FakeClock:
    """A clock for tests: `advance` moves both clocks, `jump` moves only the wall clock."""

    def __init__(self, wall: float = 1_700_000_000.0, monotonic: float = 1000.0) -> None:
        self._wall = wall
        self._mono = monotonic

    def wall(self) -> float:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Real time passes."""
        self._wall += seconds
        self._mono += seconds

    def jump(self, seconds: float) -> None:
        """The wall clock is stepped (forward or back) without real time passing."""
        self._wall += seconds


def clock_time(epoch: float) -> str:
    """A local clock time for speech: "3:40", "12:05" (12-hour, no leading zero, no seconds)."""
    t = time.localtime(epoch)
    return f"{t.tm_hour % 12 or 12}:{t.tm_min:02d}"


def local_midnight(epoch: float) -> float:
    """The epoch of the start of the local calendar day that `epoch` falls in."""
    t = time.localtime(epoch)
    return time.mktime((t.tm_year, t.tm_mon, t.tm_mday, 0, 0, 0, 0, 0, -1))


DAY_STARTS_AT = 4
"""The hour a day of the recovery log begins: a pain score given at ten to midnight is still
"today" when asked about at ten past (a bad night is one day, not two)."""


def log_day_start(epoch: float) -> float:
    """The epoch of the start of the log's day (from DAY_STARTS_AT local time) holding `epoch`."""
    t = time.localtime(epoch - DAY_STARTS_AT * 3600)
    return time.mktime((t.tm_year, t.tm_mon, t.tm_mday, DAY_STARTS_AT, 0, 0, 0, 0, -1))
