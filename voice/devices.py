"""`voice devices`: the audio devices PortAudio sees, marking the ones that would be used."""

from __future__ import annotations

import argparse

from voice.errors import AudioDeviceError
from voice.speaker import _sd


def cmd_devices(args: argparse.Namespace) -> int:
    sd = _sd()
    try:
        devices = list(sd.query_devices())
        default_in, default_out = sd.default.device
    except sd.PortAudioError as exc:
        raise AudioDeviceError(f"cannot list audio devices ({exc}); "
                               "install: sudo apt-get install libportaudio2") from None
    if not devices:
        print("no audio devices found: plug in a microphone and speakers, "
              "or use voice listen --text --no-speak")
        return 0
    for idx, dev in enumerate(devices):
        marks = []
        if idx == default_in and dev["max_input_channels"] > 0:
            marks.append("default input")
        if idx == default_out and dev["max_output_channels"] > 0:
            marks.append("default output")
        kinds = "/".join(k for k, n in (("in", dev["max_input_channels"]),
                                        ("out", dev["max_output_channels"])) if n > 0)
        mark = f"  <- {', '.join(marks)}" if marks else ""
        print(f"{idx:3d}  {dev['name']}  ({kinds}){mark}")
    return 0
