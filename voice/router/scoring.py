"""From matcher scores to one intent and a confidence, and the thresholds the skill acts on.

    confidence >= ACCEPT            act on it
    CLARIFY <= confidence < ACCEPT  ask "Did you mean <topic>?" (the intent holds the guess)
    confidence < CLARIFY            "unknown" (the confidence is still the best score seen)

An exact template match is certain. Otherwise the confidence is the best intent's similarity,
lowered when a second intent comes close (a near tie is a guess, worth a question). When the
matcher is not sure, the classifier's guess (`second_opinion`) may stand, always as a question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voice.router.matcher import Match
from voice.router.templates import UNKNOWN
from voice.router.triage import Triage, Verdict

ACCEPT = 0.75
CLARIFY = 0.5
TIE_MARGIN = 0.08
"""When the runner-up is within this of the best, confidence drops by the shortfall."""
OVERRULE = 0.8
"""How likely the classifier's guess must be to replace another intent the matcher was unsure of
(bench/router.py --holdout: blind set 4 173 -> 175 of 185, eval noisy 486 -> 489 of 517)."""
UNADDRESSED = 0.6
"""An utterance whose match with the `unknown` templates (TV, talk to others) is this close gets no
second opinion: over the phrasing and dev splits' transcripts (16 cells each), it kept 104 of the
107 right guesses and dropped 14 of the 29 asked about speech not meant for us."""
RED_FLAG_GUESS = 0.4
"""An emergency is taken from the classifier at this probability (other guesses need CLARIFY):
the router has already made sure a red-flag word was heard, and a missed red flag costs more
than a false alarm."""
ASKING_FLOOR = 0.8
"""A general question about a red flag ("is numbness a bad sign?") is when_doctor, this sure."""


@dataclass(frozen=True)
class Decision:
    name: str
    confidence: float


_BELOW_CLARIFY = round(CLARIFY - 0.001, 3)
_BELOW_ACCEPT = round(ACCEPT - 0.001, 3)


def decide(match: Match, triage: Triage) -> Decision:
    """The intent and confidence for a match; `triage` has already ruled out an emergency."""
    if match.exact is not None and match.exact != UNKNOWN:
        return Decision(match.exact, 1.0)
    ranked = sorted(((score, name) for name, score in match.scores.items() if name != UNKNOWN),
                    key=lambda sn: -sn[0])
    best, name = ranked[0] if ranked else (0.0, UNKNOWN)
    garbage = match.scores.get(UNKNOWN, 0.0)
    if triage.verdict is Verdict.ASKING and match.exact != UNKNOWN:
        # A red flag asked about: when to get help is the answer, however unsure the words
        # around it ("is there any chance a spasm could make me lose control of my bowels"),
        # at the floor alone when they are closest to speech not meant for us.
        asked = 0.0 if garbage > best else match.scores.get("when_doctor", 0.0)
        return Decision("when_doctor", min(1.0, max(ASKING_FLOOR, asked)))
    if match.exact == UNKNOWN or garbage > best:
        # Closest to speech not meant for us: unknown, with the best score a real intent had,
        # kept below CLARIFY so that "unknown" always means confidence < CLARIFY.
        return Decision(UNKNOWN, min(best, _BELOW_CLARIFY))
    runner_up = max(ranked[1][0] if len(ranked) > 1 else 0.0, garbage)
    confidence = best - max(0.0, TIE_MARGIN - (best - runner_up))
    confidence = min(1.0, max(0.0, confidence))
    if confidence < CLARIFY:
        return Decision(UNKNOWN, confidence)
    return Decision(name, confidence)


def second_opinion(decision: Decision, match: Match, ranked: Sequence[tuple[str, float]],
                   triage: Triage) -> Decision:
    """The classifier's best guess (`ranked`, most likely first) for an utterance the matcher
    was not sure of: taken when the matcher found nothing and the guess is at least CLARIFY
    likely, or when the matcher half-guessed another intent and the guess is OVERRULE likely.
    Its probability is the confidence, but below ACCEPT, so that it is asked about ("Did you
    mean ...?") before acting. Not for speech as close to what is not meant for us (the
    `unknown` templates) as UNADDRESSED, nor may a denied or asked-about red flag become an
    emergency here."""
    if match.scores.get(UNKNOWN, 0.0) >= UNADDRESSED:
        return decision
    calm = triage.verdict is not Verdict.NONE
    guesses = [(name, p) for name, p in ranked if not (calm and name == "emergency")]
    if not guesses:
        return decision
    # where nothing matched, a red flag guessed as likely as RED_FLAG_GUESS stands even when
    # another guess is a hair likelier ("i can't my left egg": timer_status 0.407, emergency 0.406)
    alarms = [(n, q) for n, q in guesses if n == "emergency" and q >= RED_FLAG_GUESS]
    name, p = alarms[0] if alarms and decision.name == UNKNOWN else guesses[0]
    if name in (UNKNOWN, decision.name):
        return decision
    if decision.name == UNKNOWN:
        if p < (RED_FLAG_GUESS if name == "emergency" else CLARIFY):
            return decision
    elif p < OVERRULE or calm:
        return decision
    if triage.verdict is Verdict.ASKING:
        name = "when_doctor"
    return Decision(name, min(p, _BELOW_ACCEPT))
