"""How the person wants the answer said, set off from the request: "just tell me the usual dose
of naproxen, no extra chat", "ice timer please, and don't say a word until it's finished",
"give me one answer: how long should the ice stay on?", "carry on, no recap"; that it be kept
between us ("don't tell my wife, but ...", "keep it hush"); a check that it hears ("can you
hear me?", "did you catch that?"); whom it is for ("explain to my flatmate why ..."); or that
only marks the last answer
("eight out of ten for the ice advice, now the heat timer"). Such a piece
asks for no intent of its own, yet its words ("recap", "say", "finished", "one") pull the
router towards others (a summary, a timer's state, a one-minute timer). The sentence is
routed without it. Only whole pieces that punctuation sets off are dropped, and only when
something is left ("keep it short" said alone is routed as it is).
"""

from __future__ import annotations

import re

from voice.router.triage import KIN

_NOT = r"(?:do not|don't|dont)"
_HEARS = (r"(?:(?:can|could) you (?:hear|understand) me(?: (?:okay|ok|alright|all right|now"
          r"|properly|at all))?"
          r"|are you (?:listening|there|awake|hearing me)(?: to me)?"
          r"|(?:did|do) you (?:catch|get|hear|understand) (?:that|me|it|what i said|all that"
          r"|any of that)(?: (?:okay|ok|alright|all right|properly|this time))?"
          r"|(?:i will|i'll|ill|let me) (?:say|ask) (?:it|that) (?:again|once more)(?: (?:slowly"
          r"|slower|louder|more slowly|clearly|properly))?)")
"""A check that it hears, or heard ("can you hear me?", "did you catch that?")."""
_HEARS_FIRST = re.compile(r"(?:(?:okay|ok|right|hello|so) )*" + _HEARS + r" (?=\w+ \w)",
                          re.IGNORECASE)
"""The check said first without a mark after it, as a recogniser writes it ("can you hear me it
started about forty minutes ago"), before at least two more words."""
_HELPERS = (*KIN, "kids", "children", "teenager", "teenagers", "housemate", "roommate", "carer",
            "lodger", "family")
"""Who may be in the room to help, besides triage's KIN."""
_FOR_HELPER = re.compile(
    r"(?:(?:okay|ok|right|so|please) )*(?:(?:can|could|would|will) you (?:please )?)?"
    r"(?:explain|describe|tell|show|say)(?: (?:it|that|this))?(?: to| two| too)? (?:my|the|our)"
    r" (?:\w+ )?"
    + "(?:" + "|".join(_HELPERS) + r")(?: please)?,? (?=(?:how|why|what|when|where|which"
    r"|whether|if)\b)", re.IGNORECASE)
"""Whom the answer is for, said first: a helper in the room ("can you explain to my teenager how
to avoid a bad back", "tell my husband where the ice pack should go")."""
_HEADED_OFF = (
    # the answer guessed or headed off before the ask ("I know you'll ask again, and it's still
    # a no", "before you tell me to rest, ...", "don't just say follow the label, ...", "yes,
    # yes, I know, fifteen minutes, start the ice")
    r"(?:(?:(?:yes|yeah|look|okay|ok|right|and|now) )*(?:i know|i bet|i am sure|i'm sure"
    r"|knowing you)(?: that)? you(?:'ll|ll| will|'re going to| are going to|re going to"
    r"| would|'d|'re gonna| are gonna)? (?:probably |just |only )?(?:say|tell me|ask"
    r"|suggest)\b[\w' ]*"
    r"|before you (?:ask|say|tell me|suggest|go on)\b[\w' ]*"
    r"|" + _NOT + r" (?:just )?(?:tell me to|say|bother (?:saying|telling me))\b[\w' ]*"
    r"|(?:(?:yes|yeah) )*i know(?: i know)?)")
"""... but not before a "but", whose ask leans on what was headed off ("I know you'll say gentle
walks, but how far is too far?")."""
_LEADS = r"(?:(?:and|but|oh|please|so|just|okay|ok|right) )*"
"""Words a piece that says how to answer may open on ("oh, and don't tell my wife")."""
_HEADED = re.compile(_LEADS + "(?:" + _HEADED_OFF + ")", re.IGNORECASE)
_BUT_NEXT = re.compile(r"\s*but\b", re.IGNORECASE)
_MANNER = re.compile(
    _LEADS + "(?:" + "|".join((
        # "don't say a word until it's finished", "don't say anything till I'm back"
        _NOT + r" (?:say|tell me|talk|speak|chat)(?: (?:a word|anything|a thing|much))?"
        r"(?: (?:else|more))?(?: (?:until|till|til) [\w' ]+)?",
        _NOT + r" ask(?: me)?(?: anything| any questions| questions)?(?: just [\w' ]+)?",
        r"(?:i )?" + _NOT + r" (?:need|want) (?:the|a) (?:whole|full|long) "
        r"(?:list|lecture|explanation|speech|story|thing)",
        # "no extra chat", "no lecture please", "no recap"
        r"no (?:extra |more |long |big |fancy )?(?:chat|chatter|chit chat|lecture|lectures|recap"
        r"|waffle|waffling|preamble|essay|speech|speeches|fuss|small talk|frills)"
        r"(?: (?:please|thanks|thank you))?",
        # "give me one answer", "just one word", "in a sentence", "bullet points only"
        r"(?:give me |tell me )?(?:just )?(?:one|a single|a one) (?:answer|word|line)(?: answer)?"
        r"(?: (?:please|only))?",
        r"(?:in )?(?:one|a|a single) (?:sentence|word)(?: (?:please|only))?",
        r"bullet points?(?: only| please)?",
        r"(?:in )?plain (?:words|english)(?: please)?",
        r"keep it (?:short|brief|quick|simple|snappy)(?: (?:please|and sweet))?",
        r"(?:short|quick) (?:and sweet|answer|version)(?: please| only)?",
        r"nothing (?:else|more)",
        r"(?:quietly|softly|gently) (?:please|now)",
        r"whisper(?: it)?(?: (?:please|if you can))?",
        # what is said kept from others: "don't tell my wife, but ...", "between you and me",
        # "keep it hush", "shh" (not what is not to be told: "don't tell my wife I fell" keeps it)
        _NOT + r" (?:tell|let on to|mention (?:it|this|that) to) (?:my \w+|anyone|anybody|him"
        r"|her|them|the \w+|a soul|nobody|mum|dad)(?: (?:about (?:this|it|that)|this|that))?",
        r"(?:just )?between (?:you and me|you and i|ourselves|us)(?: (?:though|mind|like))?",
        # (not "keep it down", "keep it quiet", mostly said to others in the room: "kids,
        # keep it down, I'm trying to rest")
        r"keep (?:it|this) (?:hush(?: hush)?|to yourself|between us)(?: please)?",
        r"(?:shh+|sh|hush|psst)",
        # louder, or the last answer missed over a noise, when something else is asked ("next,
        # and speak up over the telly"; "I didn't catch that with the kettle going, am I
        # better on my side?")
        r"(?:please )?(?:speak|talk) (?:up|louder)(?: (?:a bit|a little|please))?"
        r"(?: (?:over|above) the [\w' ]+)?",
        r"(?:a bit |a little )?louder(?: please)?",
        # whether it hears at all, or heard what was asked ("can you hear me? right, ice or
        # heat?", "start the heat, did you catch that?", "I'll say it again slowly, ...")
        _HEARS,
        # (not "hello", which opens a phone call: "hello? yeah, no, I can't come in today")
        r"testing(?: (?:testing|one two(?: three)?))*",
        _HEADED_OFF,
        # a mark for the last answer, not a pain score: "ten out of ten for the breathing"
        r"(?:a |an )?\w+ out of (?:ten|10) for (?:the |that |your |this )?(?:\w+ )?"
        r"(?:advice|answer|tip|tips|help|breathing|stretch|stretches|timer|explanation|one|bit"
        r"|job|effort)",
    )) + r")")
"""A piece that says only how to answer (or marks the last one)."""
_MISSED = re.compile(
    r"(?:sorry )?(?:i )?(?:did not|didn't|didnt|could not|couldn't|couldnt) (?:catch|hear)"
    r" (?:that|it|you|what you said|the (?:first|last|end|start|beginning) ?(?:part|bit)?)"
    r"(?: (?:with|over) the [\w' ]+)?")
"""The last answer missed over a noise, told before a question that asks something else ("I
didn't catch that with the kettle going, am I better on my side?"); with no question after it
("I didn't catch that, uh, the TV was on"), it asks to hear it again."""
_WHEN_DONE = re.compile(
    r"(?<=\w)[\s,]+(?:and |but )?(?:just |please |then )?(?:beep|buzz|ping|chime|ring|shout|bleep"
    r"|tell me|let me know|give me a (?:shout|beep|buzz|nudge)|wake me(?: up)?)"
    r"(?: (?:me|quietly|softly|gently|loudly|once|out))*"
    r" (?:when|once|as soon as) (?:it is|it has|it's|its|the (?:time|timer|round) is|time is"
    r"|the (?:time|timer|round) has|it) ?(?:done|finished|up|over|gone off|run out|ends|finishes)"
    r"\b", re.IGNORECASE)
"""How to be told a timer is done, said after starting it ("start the heat timer and just buzz
quietly when it's done"): its words ("done", "finished") would ask how the timer stands."""
_STARTED = re.compile(r"\b(?:start|set|begin|put|time|run|kick off)\b", re.IGNORECASE)
PIECE = re.compile(r"([^,.;:!?]+)([,.;:!?]*)")
"""A piece of a sentence that punctuation sets off, and the marks after it."""
_OPENING_BUT = re.compile(r"^(?:but|and)\s+(?=\w)", re.IGNORECASE)


def plain(piece: str) -> str:
    """A piece's words, lower case, with a curly apostrophe made straight."""
    return " ".join(piece.lower().replace("\u2019", "'").split())


def without_manner(text: str) -> str | None:
    """The text without its pieces that say only how to answer; None when it has none, or
    when nothing else would be left."""
    kept: list[str] = []
    dropped = False
    asked = "?" in text
    told = _WHEN_DONE.search(text)
    if told is not None and _STARTED.search(text, 0, told.start()):
        text, dropped = text[: told.start()] + text[told.end():], True
    for m in PIECE.finditer(text):
        piece = plain(m[1])
        if piece and (_MANNER.fullmatch(piece) or (asked and _MISSED.fullmatch(piece))):
            if _HEADED.fullmatch(piece) and _BUT_NEXT.match(text, m.end()):
                kept.append(m[0])
                continue
            dropped = True
            continue
        kept.append(m[0])
    # (what is left opens on the "but" that followed a dropped piece: "don't tell my wife, but
    # log that I took a co-codamol")
    rest = _OPENING_BUT.sub("", "".join(kept).strip(" ,;:"))
    if not dropped and (first := _HEARS_FIRST.match(text) or _FOR_HELPER.match(text)):
        rest, dropped = text[first.end():], True
    if not dropped or not re.search(r"\w", rest):
        return None
    return rest
