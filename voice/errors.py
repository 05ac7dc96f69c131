"""The few exception types the CLI turns into one-line messages that name the fix."""


class VoiceError(Exception):
    """Base class: the message is one line saying what went wrong and what to do."""


class ContentError(VoiceError):
    """A file in content/ is broken: the message names the file, the key and the reason."""


class InputError(VoiceError):
    """Bad input from the user: an unreadable WAV, a bad argument."""


class AudioDeviceError(VoiceError):
    """No usable microphone or speaker, or a device went away."""


class ModelError(VoiceError):
    """A speech model is missing, broken or could not be fetched."""


class StateError(VoiceError):
    """The saved state (timers, episode, settings) could not be read or written."""
