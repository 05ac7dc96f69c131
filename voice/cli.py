"""The `voice` command (DESIGN.md §5). Every error becomes one line on stderr and exit code 2."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from voice import built
from voice.errors import AudioDeviceError, VoiceError

EXIT_OK, EXIT_USAGE = 0, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, says what to do
        self.exit(EXIT_USAGE, f"voice: {message}; see: {self.prog} --help\n")


def _speech_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-speak", action="store_true", help="print the answer, do not speak it")
    p.add_argument("--rate", type=int, help="speaking rate in words a minute (default 150)")
    p.add_argument("--voice", help="espeak-ng voice name, or 'piper' for the neural voice")
    p.add_argument("--output-device", help="output device: index or part of its name")


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=["auto", "vosk", "sphinx"], default=None,
                   help="speech recogniser (default auto: vosk if an English model is installed)")
    p.add_argument("--model", help="a vosk model directory to use")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="voice", description="Offline, hands-free help for a back spasm.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    listen = sub.add_parser("listen", help="the hands-free loop: listen, answer aloud, run timers")
    listen.add_argument("--text", action="store_true", help="read typed lines instead of the mic")
    listen.add_argument("--input-device", help="input device: index or part of its name")
    _engine_options(listen)
    _speech_options(listen)

    ask = sub.add_parser("ask", help="answer one typed question, stdin lines, or WAV files")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--wav", nargs="+", metavar="F.wav", help="spoken questions in WAV files")
    ask.add_argument("text", nargs="*", help="the question; '-' reads one question per line")
    _engine_options(ask)
    _speech_options(ask)

    models = sub.add_parser("models", help="speech models: list, download NAME, verify")
    models.add_argument("action", nargs="?", default="list", choices=["list", "download", "verify"])
    models.add_argument("name", nargs="?", help="model name for download (see: voice models list)")

    sub.add_parser("devices", help="list audio devices, marking the ones that would be used")
    sub.add_parser("prepare", help="build the speech model and intent classifier now "
                   "(otherwise the first start does, taking about 20 s)")

    log = sub.add_parser("log", help="the recovery log: print it, summarise it, or delete it")
    log.add_argument("--summary", action="store_true",
                     help="a short summary of the episode for a doctor's visit")
    log.add_argument("--clear", action="store_true",
                     help="delete the whole log after typing yes to confirm")
    log.add_argument("--yes", action="store_true", help="with --clear: do not ask (for scripts)")

    say = sub.add_parser("say", help="speak a text (or write it to a WAV file)")
    say.add_argument("text", nargs="+")
    say.add_argument("--out", metavar="F.wav", help="write the speech to this WAV file")
    say.add_argument("--rate", type=int, help="words a minute (default 150)")
    say.add_argument("--voice", help="espeak-ng voice name, or 'piper'")
    say.add_argument("--output-device", help="output device: index or part of its name")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "listen"
    if args.command is None:
        args = build_parser().parse_args(["listen", *(argv or sys.argv[1:])])
    if command in ("listen", "ask", "prepare"):
        built.announce_builds(lambda message: print(f"voice: {message}", file=sys.stderr))
    try:
        return _COMMANDS[command](args)
    except VoiceError as exc:
        print(f"voice: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _listen(args: argparse.Namespace) -> int:
    from voice.listen import cmd_listen

    return cmd_listen(args)


def _log(args: argparse.Namespace) -> int:
    from voice.log_cli import cmd_log

    return cmd_log(args)


def _devices(args: argparse.Namespace) -> int:
    from voice.devices import cmd_devices

    return cmd_devices(args)


def _models(args: argparse.Namespace) -> int:
    from voice.speech_models import cmd_models

    return cmd_models(args)


class _Voice:
    """Speaks replies unless --no-speak; reports a missing device once and carries on."""

    def __init__(self, args: argparse.Namespace, rate: int, voice: str | None) -> None:
        self.enabled = not getattr(args, "no_speak", False)
        self._output: Any = None
        self._warned = False
        self._device = getattr(args, "output_device", None)
        self._rate, self._voice = rate, voice

    def speak(self, reply: Any) -> float | None:
        if not self.enabled or reply.silent or not reply.text:
            return None
        from voice.output import SpeechOutput
        from voice.speaker import Speaker
        from voice.tts import SpeechConfig, make_synthesizer

        try:
            if self._output is None:
                synth = make_synthesizer(SpeechConfig(self._rate, self._voice))
                self._output = SpeechOutput(synth, Speaker(self._device))
            self._output.synth.config.rate = self._rate
            return float(self._output.speak(reply).first_audio_ms)
        except AudioDeviceError as exc:
            if not self._warned:
                print(f"voice: speech could not be played: {exc}", file=sys.stderr)
                self._warned = True
            self.enabled = False
            return None


def _record(line: str, intent: Any, reply: Any, route_ms: float, tts_ms: float | None,
            transcript: str | None = None, stt_ms: float | None = None) -> dict[str, Any]:
    timings: dict[str, Any] = {"route": round(route_ms, 3), "tts": _round(tts_ms)}
    rec: dict[str, Any] = {"input": line}
    if transcript is not None:
        rec["transcript"] = transcript
        timings = {"stt": _round(stt_ms), **timings}
    rec.update({
        "intent": intent.name,
        "confidence": round(intent.confidence, 4),
        "slots": intent.slots,
        "answer": reply.text,
        "sources": reply.sources,
        "timings_ms": timings,
    })
    return rec


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def _lines(args: argparse.Namespace) -> Iterator[str]:
    if args.text == ["-"]:
        for line in sys.stdin:
            if line.strip():
                yield line.strip()
    else:
        yield " ".join(args.text)


def cmd_ask(args: argparse.Namespace) -> int:
    from voice.assistant import build_session

    if not args.text and not args.wav:
        print("voice: say what to ask, e.g. voice ask 'ice or heat?', or use - or --wav",
              file=sys.stderr)
        return EXIT_USAGE
    session = build_session(rate=args.rate, voice=args.voice)
    out = _Voice(args, session.convo.speech.rate, session.settings.voice)
    convo = session.convo
    status = EXIT_OK

    def answer(line: str, transcript: str | None = None, stt_ms: float | None = None) -> None:
        """`line` is what came in (typed text or a WAV path); audio is routed by transcript."""
        t0 = time.perf_counter()
        intent = convo.router.route(line if transcript is None else transcript)
        route_ms = (time.perf_counter() - t0) * 1000.0
        reply = convo.respond(intent)
        if args.json:
            tts_ms = out.speak(reply)
            rec = _record(line, intent, reply, route_ms, tts_ms, transcript, stt_ms)
            print(json.dumps(rec, ensure_ascii=False), flush=True)
        else:
            if reply.text:
                print(reply.text, flush=True)
            out.speak(reply)

    if args.wav:
        from voice.recognizers import open_recognizer

        recognizer = open_recognizer(args.engine or session.settings.engine, args.model)
        for path in args.wav:
            try:
                utt = recognizer.transcribe_file(path)
            except VoiceError as exc:
                print(f"voice: {exc}", file=sys.stderr)
                status = EXIT_USAGE
                continue
            answer(path, transcript=utt.text, stt_ms=utt.stt_ms)
        return status
    for line in _lines(args):
        answer(line)
    return status


def cmd_prepare(args: argparse.Namespace) -> int:
    """Build what a start needs from our own files (voice.built), so the first start is quick."""
    from voice.paths import cache_dir
    from voice.recognizers.sphinx_model import domain_model
    from voice.router import Router

    started = time.perf_counter()
    Router.load()
    domain_model(cache_dir())
    print(f"ready ({time.perf_counter() - started:.0f} s); kept in {cache_dir()}")
    return EXIT_OK


def cmd_say(args: argparse.Namespace) -> int:
    from voice.audio import write_wav
    from voice.messages import Reply
    from voice.output import render
    from voice.tts import DEFAULT_RATE, SpeechConfig, make_synthesizer

    text = " ".join(args.text)
    reply = Reply(text, "say")
    if args.out:
        synth = make_synthesizer(SpeechConfig(args.rate or DEFAULT_RATE, args.voice))
        write_wav(args.out, render(synth, reply))
        return EXIT_OK
    out = _Voice(args, args.rate or DEFAULT_RATE, args.voice)
    out.speak(reply)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ask": cmd_ask,
    "say": cmd_say,
    "listen": lambda a: _listen(a),
    "log": _log,
    "models": lambda a: _models(a),
    "devices": lambda a: _devices(a),
    "prepare": cmd_prepare,
}
