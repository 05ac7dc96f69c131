"""voice: an offline, hands-free voice assistant for someone lying down with a back spasm."""

from voice.errors import VoiceError
from voice.messages import Intent, Reply, Utterance

__all__ = ["Intent", "Reply", "Utterance", "VoiceError"]
__version__ = "0.1.0"
