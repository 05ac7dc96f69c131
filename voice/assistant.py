"""Putting the pieces together: content, router, skills and settings for one session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from voice.content import Content, default_content
from voice.errors import StateError
from voice.log_skill import LogSkill
from voice.messages import Reply
from voice.paths import voice_home
from voice.settings import Settings, load_settings, save_settings
from voice.skill import Conversation, Handler, Thresholds
from voice.stretch_skill import StretchSkill
from voice.stretches import default_stretches
from voice.timer_skill import open_timers
from voice.tts import SpeechConfig


@dataclass
class Session:
    home: Path
    content: Content
    settings: Settings
    convo: Conversation
    due_prompts: Callable[[], list[Reply]] = lambda: []
    """Timer prompts that have fallen due (the loop polls this)."""


def warn(message: str) -> None:
    print(f"voice: {message}", file=sys.stderr)


def build_session(*, listening: bool = False, rate: int | None = None,
                  voice: str | None = None) -> Session:
    from voice.router import ACCEPT, CLARIFY, Router

    home = voice_home()
    try:
        settings = load_settings(home)
    except StateError as exc:
        warn(str(exc))
        settings = Settings()
    if rate is not None:
        settings.rate = rate
    if voice is not None:
        settings.voice = voice
    content = default_content()
    timers = open_timers(home, content, warn)
    log = LogSkill(timers, content)
    speech = SpeechConfig(rate=settings.rate, voice=settings.voice)
    stretches = StretchSkill(default_stretches(), content, timers.scheduler.clock, speech)
    handlers: list[Handler] = [timers, stretches, log]

    def remember(cfg: SpeechConfig) -> None:
        settings.rate = cfg.rate
        save_settings(home, settings)

    convo = Conversation(
        content=content,
        router=Router.load(),
        thresholds=Thresholds(ACCEPT, CLARIFY),
        handlers=handlers,
        onset_hours=timers.onset_hours,
        keep_told=timers.keep_told,
        speech=speech,
        on_settings_changed=remember,
        observers=[log.observe, stretches.observe],
        listening=listening,
        running=timers.running,
    )
    return Session(home, content, settings, convo,
                   due_prompts=lambda: timers.scheduler.due() + stretches.due())
