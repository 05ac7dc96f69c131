"""Is what was heard so far a whole request, and how much silence makes it final? The
endpointer asks, to answer without waiting out a long silence (voice.recognizers.endpoint).

A request is complete when the router accepts it with confidence and it does not end on a word
that English sentences do not end on ("start an ice timer for ...", "I can't feel my ...").
Safety triage runs inside the router, so a reported red flag is complete at once. A whole
sentence needs only a moment of silence; one or two words, or a timer without its minutes,
need a little more, since the person may go on after a breath."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from voice.messages import Intent
from voice.router.scoring import ACCEPT
from voice.router.templates import UNKNOWN

QUICK_S = 0.12
"""Silence that ends a whole, confident request."""
CAREFUL_S = 0.3
"""The same for one or two words ("is it ...", "right ..." are whole answers on their own, and a
breath after a sentence's first words is common) and for a timer or pain score still without
its number."""
SHORT_WORDS = 2
QUICK_FLOOR = max(ACCEPT, 0.9)
"""Surer than merely accepting: the router takes fragments ("should I use ...", "I took ...")
at 0.8 or so, rightly, but the person may not have finished them."""

DANGLING = frozenset(
    "a an the my your his her our their these those some any every "
    "and or but nor because if than when while until unless "
    "for to of with without from into onto at by about like as "
    "i i'm i've i'd we they he she it's is are was were been being "
    "can't cannot could should would won't don't have has had "
    "not very really how which who where why um uh er "
    "feel use put need want lost lose try".split())
"""Words a finished request rarely ends on: the person is still speaking."""
AWAITS_VALUE = {"start_ice_timer": "minutes", "start_heat_timer": "minutes", "log_pain": "score"}
"""Requests often followed by a number after a breath ("start an ice timer ... for ten
minutes")."""


class Routes(Protocol):
    def route(self, text: str) -> Intent: ...


def request_complete(router: Routes, floor: float = QUICK_FLOOR
                     ) -> Callable[[str], float | None]:
    """words -> seconds of silence after which they are a finished request, or None."""
    def complete(text: str) -> float | None:
        words = text.lower().split()
        if not words or words[-1] in DANGLING:
            return None
        intent = router.route(text)
        if intent.name == UNKNOWN or intent.confidence < floor:
            return None
        if len(words) <= SHORT_WORDS or (
                intent.name in AWAITS_VALUE and AWAITS_VALUE[intent.name] not in intent.slots):
            return CAREFUL_S
        return QUICK_S

    return complete
