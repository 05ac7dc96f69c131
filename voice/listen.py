"""`voice listen`: wires a session, an input (microphone or typed lines), the speaker and the
timer scheduler into the loop."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator

from voice.assistant import Session, build_session, warn
from voice.errors import AudioDeviceError
from voice.loop import Heard, Loop, Say, speaker_or_none, typed_lines
from voice.messages import Reply
from voice.settings import save_settings


def _speaker(args: argparse.Namespace, session: Session
             ) -> tuple[Callable[[Reply], None] | None, Callable[[], None]]:
    if args.no_speak:
        return None, lambda: None
    from voice.output import SpeechOutput
    from voice.speaker import Speaker, quiet_native_stderr
    from voice.tts import make_synthesizer

    speech = session.convo.speech
    holder: list[SpeechOutput] = []
    failing: list[bool] = []

    def make() -> Callable[[Reply], None]:
        synth = make_synthesizer(speech)
        holder.append(SpeechOutput(synth, Speaker(args.output_device
                                                  or session.settings.output_device)))

        def speak(reply: Reply) -> None:
            # A failing speaker is reported once, not on every answer (replies are still
            # printed), and tried again with each answer; when it plays again, that is said.
            try:
                if failing:  # ALSA's own lines about it were shown with our first warning
                    with quiet_native_stderr():
                        holder[0].speak(reply)
                else:
                    holder[0].speak(reply)
            except AudioDeviceError as exc:
                if not failing:
                    failing.append(True)
                    warn(f"speech could not be played: {exc}; answers are still printed, "
                         "and each one tries the speaker again")
                return
            if failing:
                failing.clear()
                warn("the speaker is working again")

        return speak

    speak = speaker_or_none(make, warn)
    return speak, (lambda: holder[0].stop() if holder else None)


def _mic_input(args: argparse.Namespace, session: Session, say: Say) -> Iterator[Heard]:
    """Opens the recogniser and the microphone now, so their errors surface before the loop.
    A microphone that fails later (an unplugged headset) is reported once and looked for again
    every few seconds while the loop carries on (timer prompts are still spoken); when it is
    back, that is said once and listening goes on with a fresh recogniser stream, so half an
    utterance from before the loss is not joined to what comes after."""
    from voice.hearing import utterances
    from voice.mic import Microphone, reopen
    from voice.recognizers import open_recognizer
    from voice.recognizers.domain import openings
    from voice.router.complete import request_complete

    recognizer = open_recognizer(args.engine or session.settings.engine, args.model)
    known = openings()
    device = args.input_device or session.settings.input_device
    first = Microphone(device=device)
    first.__enter__()

    def heard() -> Iterator[Heard]:
        mic = first
        try:
            while True:
                try:
                    stream = recognizer.stream(request_complete(session.convo.router, known=known))
                    yield from utterances(stream, mic.blocks(), say.busy, mic.block_s)
                    return  # closed: the session is ending
                except AudioDeviceError as exc:
                    warn(f"{exc}; listening again as soon as it works")
                    mic.close()
                    mic = reopen(device)
                    warn("the microphone is working again; listening")
        finally:
            mic.close()

    return heard()


def _stop_on_ctrl_c() -> None:
    """Ctrl-C ends the session (with a goodbye) however we were started. A script that starts
    us in the background (`voice listen &`, nohup) hands us SIGINT *ignored*, and Python keeps
    it so: the assistant could then only be killed, not stopped."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def cmd_listen(args: argparse.Namespace) -> int:
    _stop_on_ctrl_c()
    session = build_session(listening=not args.text, rate=args.rate, voice=args.voice)
    speak, stop = _speaker(args, session)
    if args.voice and speak is not None:
        # A voice chosen on the command line, and shown to work, is the voice next time too
        # (settings.json), as a rate chosen by saying "slower" is.
        save_settings(session.home, session.settings)
    say = Say(speak, stop)
    inputs = typed_lines(sys.stdin) if args.text else _mic_input(args, session, say)
    loop = Loop(session.convo, say, due_prompts=session.due_prompts, timestamps=True)
    greet = [Reply(session.content.say("greeting"), "greeting")]
    if not session.settings.disclaimer_heard:
        greet.append(Reply(session.content.say("disclaimer"), "disclaimer"))
        session.settings.disclaimer_heard = True
        save_settings(session.home, session.settings)
    try:
        said_goodbye = loop.run(inputs, greet)
    except KeyboardInterrupt:
        said_goodbye = False
    if not said_goodbye:
        say.interrupt()
        loop.deliver(Reply(session.content.say("goodbye"), "goodbye", end_session=True))
    say.close()
    return 0
