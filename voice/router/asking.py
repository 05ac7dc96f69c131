"""A question about the person's own timer is no order to end it.

"Can I stop the ice now?", "am I allowed to take the heat off?", "did the timer stop?" ask how
the round stands; taken as `cancel_timer`, each would throw away a round the person started
(the fourteenth session found five such wordings cancelling, each patched with a template).
The rule is general: a sentence that opens as a yes/no question about the speaker or the state
of things, routed to `cancel_timer`, is answered with `timer_status` instead. A wrong answer
then costs a spoken time left, not a lost round. Requests in question form ("can you cancel
the timer", "could you stop the ice") are orders and keep their route. Over the router's
evaluation and held-out sets (130 `cancel_timer` sentences), none opens so.

Likewise a question about what one took is no record of taking it: "was it two or three hours
ago I took the ibuprofen", routed to `log_medicine`, asks `last_medicine`, unless it names the
log ("is it okay to log the painkillers I just had"). Over the held-out sets 1-53, 31 of the
`last_medicine` sentences open so and 4 `log_medicine` ones, each naming the log or the diary.
"""

from __future__ import annotations

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


def asks_what_was_taken(words: Sequence[str]) -> bool:
    """Whether the (normalised) words open as a question about oneself and name no log."""
    return asks_how_it_stands(words) and LOG_WORDS.isdisjoint(words)
