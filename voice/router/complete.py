"""Is what was heard so far a whole request, and how much silence makes it final? The
endpointer asks, to answer without waiting out a long silence (voice.recognizers.endpoint).

A request is complete when the router accepts it and it does not end on a word that English
sentences do not end on ("start an ice timer for ...", "I can't feel my ..."), unless the whole
of it is one of our sentences word for word ("what can you help with"). Safety triage runs
inside the router, so a reported red flag is complete at once.

How much silence then makes it final is graded by how sure we are that nothing follows: a whole,
confident sentence needs only a moment (QUICK_S); one or two words, a sentence of ours ending on
a preposition, or one that also begins a longer one ("should I use ice" ... "or heat") a little
more (CAREFUL_S), as does a request in the person's own words that the router is less sure of
but that no sentence of ours begins with (most of the quiet room's slow answers were such: "best
way to lie with a back spasm", 0.86); a timer or pain score still without its number a breath
(VALUE_S), since people say "start an ice timer ... for ten minutes"; any other match the router
is less sure of, a bare denial ("no numbness": people go on), or words that begin one of our
sentences without being one (the router accepts "should I take" as readily as the whole), a
breath and a little more (OPENING_S). What is not a request waits out the recogniser's full
silence (endpoint.SLOW_END_S).

bench/endpointing.py --pause measures the price: how often a pause mid-sentence ends the
utterance. Ending the less sure matches after CAREFUL_S instead of OPENING_S cut twice as many
sentences paused for 0.3 s (49% against 24%); ending only those no sentence of ours begins with
(and more than barely accepted) after CAREFUL_S cut as many (piper 27.6% both; espeak en-us
26.3%, against 25.0-26.3% in two runs before), and brought p95 in a quiet room from 361 to
241 ms (piper) and from 362 to 265 ms (espeak)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

import numpy as np

from voice.messages import Intent
from voice.router.scoring import ACCEPT
from voice.router.templates import UNKNOWN

QUICK_S = 0.12
"""Silence that ends a whole, confident request."""
CAREFUL_S = 0.2
"""The same for one or two words ("is it ...", "right ..." are whole answers on their own, and a
breath after a sentence's first words is common), and for one of our sentences that ends on a
preposition or begins a longer one."""
OPENING_S = 0.35
"""The same for a request the router accepts with less confidence (unless it is more than barely
accepted and no sentence of ours begins with it), and for words that begin a sentence of ours
without being one: longer than the pause of a breath."""
VALUE_S = 0.3
"""The same for a timer or pain score still without its number: an action started on a default
the person was about to change."""
SHORT_WORDS = 2
QUICK_FLOOR = max(ACCEPT, 0.9)
"""Surer than merely accepting: the router takes fragments ("should I use ...", "I took ...")
at 0.8 or so, rightly, but the person may not have finished them."""
EXACT = 0.99
"""A sentence of ours word for word: whole even when it ends on a preposition."""
ENDS_ON = frozenset("with for about in on to of at from".split())
"""Prepositions that do end English questions ("what can you help with", "which side should I
lie on"), but only in a sentence known word for word."""

DANGLING = frozenset(
    "a an the my your his her our their these those some any every "
    "and or but nor because if than when while until unless "
    "for to of with without from into onto at by about like as "
    "i i'm i've i'd we they he she it's is are was were been being "
    "can't cannot could should would won't don't have has had "
    "not very really how which who where why um uh er "
    "feel use put need want lost lose try".split())
"""Words a finished request rarely ends on: the person is still speaking."""
SOUNDS_DANGLING = frozenset("aye eye bye buy".split())
"""Whole requests on their own ("aye": yes; "bye"), but they sound like "I" and "by": a person
who says "I ..." and stops to think is heard as "aye" or "bye", and must not be answered (or,
for "bye", the session closed) before going on (bench/endpointing.py --pause: "I ... took the
ice off")."""
AWAITS_VALUE = {"start_ice_timer": "minutes", "start_heat_timer": "minutes", "log_pain": "score"}
"""Requests often followed by a number after a breath ("start an ice timer ... for ten
minutes")."""


class Openings:
    """Which word sequences are whole sentences of ours, and which begin a longer one. Kept as
    sorted 64-bit hashes: a hundred thousand sentences and their beginnings take 2 MB, not the
    30 MB of a set of strings."""

    def __init__(self, sentences: Iterable[str]) -> None:
        whole: set[int] = set()
        opening: set[int] = set()
        for sentence in sentences:
            words = sentence.split()
            whole.add(hash(" ".join(words)))
            for k in range(1, len(words)):
                opening.add(hash(" ".join(words[:k])))
        self._whole = np.array(sorted(whole), dtype=np.int64)
        self._opening = np.array(sorted(opening), dtype=np.int64)

    @staticmethod
    def _has(table: np.ndarray, key: int) -> bool:
        i = int(np.searchsorted(table, key))
        return i < len(table) and int(table[i]) == key

    def whole(self, said: str) -> bool:
        return self._has(self._whole, hash(said))

    def opens(self, said: str) -> bool:
        """More words can follow in one of our sentences."""
        return self._has(self._opening, hash(said))


class Routes(Protocol):
    def route(self, text: str) -> Intent: ...


def request_complete(router: Routes, floor: float = QUICK_FLOOR,
                     known: Openings | None = None) -> Callable[[str], float | None]:
    """words -> seconds of silence after which they are a finished request, or None."""
    def complete(text: str) -> float | None:
        words = text.lower().split()
        if not words:
            return None
        dangling = words[-1] in DANGLING
        if dangling and words[-1] not in ENDS_ON:
            return None
        said = " ".join(words)
        opens = known is not None and known.opens(said)
        partway = opens and known is not None and not known.whole(said)
        intent = router.route(text)
        if intent.name == UNKNOWN or intent.confidence < ACCEPT:
            return None
        awaiting = intent.name in AWAITS_VALUE and AWAITS_VALUE[intent.name] not in intent.slots
        if dangling:
            whole = intent.confidence >= EXACT and len(words) > SHORT_WORDS and not awaiting
            return CAREFUL_S if whole else None
        if awaiting:
            return VALUE_S
        alone_like_i = len(words) == 1 and words[0] in SOUNDS_DANGLING
        if partway or alone_like_i:
            return OPENING_S
        if intent.confidence < floor:
            # words none of our sentences begin with: a request put in the person's own words
            # rather than the start of one of ours cut short
            unheard_of = (known is not None and not opens and len(words) > SHORT_WORDS
                          and intent.confidence > ACCEPT)
            return CAREFUL_S if unheard_of else OPENING_S
        if len(words) <= SHORT_WORDS or opens:
            return CAREFUL_S
        return QUICK_S

    return complete
