"""A question about the person's own timer is no order to end it.

"Can I stop the ice now?", "am I allowed to take the heat off?", "did the timer stop?" ask how
the round stands; taken as `cancel_timer`, each would throw away a round the person started
(the fourteenth session found five such wordings cancelling, each patched with a template).
The rule is general: a sentence that opens as a yes/no question about the speaker or the state
of things, routed to `cancel_timer`, is answered with `timer_status` instead. A wrong answer
then costs a spoken time left, not a lost round. Requests in question form ("can you cancel
the timer", "could you stop the ice") are orders and keep their route. Over the router's
evaluation and held-out sets (130 `cancel_timer` sentences), none opens so.

A question followed by an order is an order: "is the ice timer still on? switch it off, I'm
done" and "why is the timer still running? kill it" end the round (`ordered_after`).

Likewise a question about what one took is no record of taking it: "was it two or three hours
ago I took the ibuprofen", routed to `log_medicine`, asks `last_medicine`, unless it names the
log ("is it okay to log the painkillers I just had"). Over the held-out sets 1-53, 31 of the
`last_medicine` sentences open so and 4 `log_medicine` ones, each naming the log or the diary.

A question whether water brought this spasm on asks its cause, not how much to drink
(`asks_what_caused_it`); leave for another dose asks about medicine, not when the last was
taken (`asks_for_more`). Whether the heat is meant to be this hot asks how to use the heat,
not which to use (`asks_how_hot`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ASKS = frozenset("am is are was were has have should shall".split())
"""Words a yes/no question about oneself or how things stand opens with."""
ASKS_WITH_SUBJECT = frozenset("do does did".split())
"""Words that open such a question only with who or what it asks about next ("did the timer
stop", "do I stop now"); "do stop the timer" is an order."""
SUBJECTS = frozenset("i we you it they the my this that".split())
PROPOSES = frozenset({("shall", "we")})
"""Openings that put a request as a suggestion, not a question about how things stand."""
ASKS_WITH_I = frozenset("can could may might must".split())
"""Words that open such a question only with "I" after them: "can I stop the ice now" asks
leave; "can you stop the ice" is a request."""


def asks_how_it_stands(words: Sequence[str]) -> bool:
    """Whether the (normalised) words open as a yes/no question about the speaker or a state."""
    if not words:
        return False
    first, after = words[0], words[1] if len(words) > 1 else ""
    if (first, after) in PROPOSES:
        return False  # "shall we cancel the timer": a request, put as a suggestion
    return (first in ASKS or (first in ASKS_WITH_I and after == "i")
            or (first in ASKS_WITH_SUBJECT and after in SUBJECTS))


LOG_WORDS = frozenset("log logged diary note record write jot track".split())
"""Words of keeping a record: a question with one of them may ask to log ("is it okay to log
the painkillers I just had")."""


_WHEN_AT_THE_END = re.compile(r"\b(?:(?:at )?what time|when|how long ago|how many hours ago)$")
"""The question word left where the answer goes: "I took the paracetamol at what time?"."""


def asks_what_was_taken(words: Sequence[str]) -> bool:
    """Whether the (normalised) words open as a question about oneself, or end asking when,
    and name no log."""
    return ((asks_how_it_stands(words) or bool(_WHEN_AT_THE_END.search(" ".join(words))))
            and LOG_WORDS.isdisjoint(words))


_ORDER = re.compile(
    r"^(?:(?:just|please|so|then|and|okay|right|now|go on) )*"
    r"(?:(?:cancel|stop|kill|scrap|ditch|bin|abort|end|clear) (?:it|that|the|this|them)\b"
    r"|(?:switch|turn|shut|knock) (?:it|that|this|the \w+(?: timer)?) off\b"
    r"|get rid of (?:it|that|this|the)\b)")
"""A piece that orders the round ended ("cancel it", "switch the ice off", "get rid of it")."""


def ordered_after(pieces: Sequence[str]) -> bool:
    """Whether a (normalised) piece after the first orders the round ended: the question
    before it ("is there a timer running?") only leads up to the order."""
    return any(_ORDER.match(piece) for piece in pieces[1:])


_CAUSED_THIS = re.compile(
    r"\b(?:caused|triggered|trigger (?:it|this)"
    r"|(?:brought|bring|bringing) (?:(?:it|this|that|these|the|my|one|a) (?:\w+ ){0,2}?)?on"
    r"|(?:set|sets|setting) (?:(?:it|this|that|these|the|my|a) (?:\w+ )?)?off|(?:have|has) started"
    r"|done (?:it|this)|did (?:it|this)|be (?:why|what|it(?! worse| better)|the (?:cause|reason"
    r"|culprit))"
    r"|is that why|happened|behind (?:it|this)|to blame|cause (?:it|this|that)|a cause"
    r"|from being|(?:is|be) (?:it |this |that )?from|what (?:else |usually |actually )*causes?)\b")
_HOW_MUCH_TO_DRINK = re.compile(
    r"\b(?:what (?:should i|to) ?drink|how much (?:should i |do i |to )?drink|how many glasses"
    r"|should i (?:be )?drink|drink more|how much water)\b")


def asks_what_caused_it(words: Sequence[str]) -> bool:
    """Whether the (normalised) words ask if something brought this spasm on ("could not
    drinking enough water have brought this on?"), and not how much to drink: routed to
    `hydration` for the water in them, they ask `causes`. Over the held-out sets 1-136, 29
    `causes` sentences about water ask so and none of the `hydration` ones; "can dehydration
    cause spasms", asked in general, is left where it goes (the sets file it both ways)."""
    said = " ".join(words)
    return bool(_CAUSED_THIS.search(said)) and not _HOW_MUCH_TO_DRINK.search(said)


_MORE = r"(?:(?:an|a|some|any|the|my) )?(?:another|more|next|other|further|second|extra)"
_MAY_I_HAVE_MORE = re.compile(
    r"\b(?:(?:can|could|may|should|shall) i (?:\w+ ){0,2}?(?:take|have|get|pop|swallow) " + _MORE
    + r"|(?:when|how soon|how long (?:\w+ ){0,6}?before) (?:can|could|may|should) i "
    r"(?:\w+ ){0,2}?(?:take|have|get) " + _MORE
    + r"|too (?:soon|early) (?:for|to take|to have) " + _MORE + r")\b")
_WHEN_LAST = re.compile(
    r"\b(?:when (?:did|was|were|have) (?:i|my)|what time (?:did|was)|how long ago"
    r"|have i (?:already |even )?(?:taken|had)|did i (?:already |even )?(?:take|have)"
    r"|last (?:dose|one|time i))\b")


def asks_for_more(words: Sequence[str]) -> bool:
    """Whether the (normalised) words ask leave to take more medicine ("it's been four hours
    since my last ibuprofen, can I take another now?") and not when the last was taken: the
    dose named in them takes the sentence to `last_medicine` or `log_medicine`, but what is
    asked is `medication`. Over the held-out sets 1-136, 11 `medication` sentences ask so and no
    `last_medicine` one without asking when the last was ("is it too soon for more, when did I
    last take some?")."""
    said = " ".join(words)
    return bool(_MAY_I_HAVE_MORE.search(said)) and not _WHEN_LAST.search(said)


_HOW_HOT = re.compile(
    r"\b(?:how (?:hot|warm) (?:\w+ ){0,5}?(?:meant|supposed) to (?:be|feel)"
    r"|(?:is|should) (?:it|this|that|the \w+(?: \w+)?) (?:meant |supposed )?(?:to )?(?:be|feel|get)"
    r" (?:this|that|so) (?:hot|warm))\b")
_BATHED = re.compile(r"\b(?:bath|baths|bathwater|shower|tub|soak|water(?! bottle))\b")


def asks_how_hot(words: Sequence[str]) -> bool:
    """Whether the (normalised) words ask if the heat is meant to be this hot ("I'm sweating
    buckets under this heat pad, is it supposed to be this warm?"), a bath's or a shower's
    water aside: routed to `ice_or_heat` or not understood for the heat and sweat in them,
    they ask `heat_how`. Over the held-out sets 1-160, 22 sentences ask so, all `heat_how`."""
    said = " ".join(words)
    return bool(_HOW_HOT.search(said)) and not _BATHED.search(said)
