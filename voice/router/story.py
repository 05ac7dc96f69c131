"""A request said at the end of a story: "I bent down to pick up the cat and something went, so
what do I do now, ice or heat" (or, less often, first: "heat for fifteen minutes before I hit
the shower"). What happened comes first and what the person wants last, and
the story's words (a time, a place, what they were doing) can outweigh the request's. The router
routes the whole sentence first; when it is not sure of that, it tries the end alone, from a
word a request opens with to the last word (`tails`)."""

from __future__ import annotations

import re
from typing import Any

from voice.messages import Intent

TOLD = frozenset({"set_onset", "log_activity"})
"""What a story alone would be taken for: when it began, what the person was doing."""
THEORIES = ("i reckon", "i think", "i bet", "i guess", "i suspect", "i expect", "i imagine",
            "probably", "maybe", "must be", "it must be", "it is probably", "it is got to be",
            "it has got to be", "knowing me")
"""How a guess at the cause opens ("I reckon it's past the ice stage, start a heat timer", "must
be sciatica, what stretches help"): the guess is told, like a story, and the request is after it."""
OPENERS = frozenset("""
    what which how should shall do does is are can could would will when why where any
    tell give start set time remind let pause cancel log record note carry resume read
    repeat skip""".split())
"""Words a question or a request to us opens with. Not "stop", a verb inside too many questions
("would a firmer mattress stop this coming back")."""
STORY_WORDS = 3
"""Words told before the request, at least: fewer are no story."""
REQUEST_WORDS = 3
"""Words of the request, at least: "do any good" is no request alone."""
MAX_TAILS = 4
"""The request is at the end: only the last few places one may begin are tried, so a long story
costs a few routes, not one per word."""
ANY_TAILS = 12
"""After a guess at the cause, a request may begin at any word: so many of the last places are
tried."""


REASONS = ("because", "cause", "cos", "since", "as", "seeing as", "seeing that", "now that",
           "given that")
"""How a reason said first opens ("because I've never used this before, how does it work",
"since the chemist's shut, what else can I take"): told, like a story, before the request."""
REASON_WORDS = frozenset(r for r in REASONS if " " not in r)


def theorised(words: list[str]) -> bool:
    """Whether the sentence opens with a guess at the cause (THEORIES)."""
    return _opens_with(words, THEORIES)


def reasoned(words: list[str]) -> bool:
    """Whether the sentence opens with a reason (REASONS)."""
    return _opens_with(words, REASONS)


def _opens_with(words: list[str], openings: tuple[str, ...]) -> bool:
    opening = " ".join(words[:4]) + " "
    return any(opening.startswith(first + " ") for first in openings)


TELLERS = frozenset("i we he she they".split())
TOLD_AFTER = frozenset("""do does tell give start set time remind let pause cancel log record note
    carry resume read repeat skip""".split())
"""Who tells, and the openers (OPENERS but questions' and modals') that just after one tell what
is done, and ask nothing: "start the ice while I do the breathing" ("... before I should see a
doctor" may still ask)."""


def tails(words: list[str], anywhere: bool = False) -> list[str]:
    """Where a request may begin after a story, to the end of `words`: longest first. After a
    guess at the cause (`anywhere`), a request may begin with any word ("I think I pulled
    something lifting the shopping, ice or heat?")."""
    starts = [i for i in range(STORY_WORDS, len(words) - REQUEST_WORDS + 1)
              if (anywhere or words[i] in OPENERS)
              and not (words[i] in TOLD_AFTER and words[i - 1] in TELLERS
                       and words[i + 1] not in ASKED_ABOUT)]  # (not "... do i, do i need")
    return [" ".join(words[i:]) for i in starts[-(ANY_TAILS if anywhere else MAX_TAILS):]]


PIVOTS = ("anyway", "anyhow", "anyways", "where was i", "as i was saying", "long story",
          "ignore them", "ignore him", "ignore her", "ignore that", "never mind that",
          "never mind them", "okay", "ok", "alright", "all right")
"""Words that close an aside and turn back to what the person wants: "my physio, well
ex-physio, we fell out over a parking space, long story, anyway, why does my back do this";
"the kids are arguing about the remote, ignore them, heat timer for fifteen please"."""
JUDGED = frozenset("okay ok alright".split())
"""Pivots that are also a judgement ("is that okay for a spasm")..."""
JUDGING = frozenset("""is are am was were be been that it this feel feels felt look looks seem
    seems sound sounds not all""".split())
"""...when said after these words."""


def resumed(words: list[str]) -> str | None:
    """The words after the last pivot (PIVOTS) with at least STORY_WORDS words before it and
    REQUEST_WORDS after it, or None."""
    for i in range(len(words) - REQUEST_WORDS, STORY_WORDS - 1, -1):
        for pivot in PIVOTS:
            size = pivot.count(" ") + 1
            if " ".join(words[i - size:i]) != pivot or i - size < STORY_WORDS:
                continue
            if words[i - 1] in JUDGED and words[i - size - 1] in JUDGING:
                continue
            return " ".join(words[i:])
    return None


AFTERWORDS = frozenset("before then while after until till because cause so".split())
"""Words a clause said after a request opens with: "heat for fifteen minutes before I hit the
shower", "ice for ten, then I'll go to bed"."""
DOERS = frozenset("i we he she they you".split())
"""Who the clause after a request is about, then what they will do, not what they were doing
("my back seized while I was on the loo" tells when it began): "before I hit the shower" is
another clause;
"before it goes back on", "until this morning" belong to the request ("how long do I wait
before it goes back on")."""
HEAD_WORDS = 3
"""Words of a request said first, at least ("how long before I ..." and "is it because I ..."
are one question)."""


ASIDES = (("by", "the", "way"), ("oh", "and"), ("oh", "also"), ("and", "also"), ("also",),
          ("just", "so", "you", "know"), ("while", "i", "remember"), ("incidentally",),
          ("not", "sure", "it", "matters"), ("one", "more", "thing"))
"""Words that open an afterthought after a request ("start the ice timer, by the way I've
already eaten"; "should I have a bath, oh and I'm cold from lying on the floor")."""


def aside_at(words: list[str]) -> tuple[int, int] | None:
    """Where the first afterthought (ASIDES) after the first word begins and its opening words
    end, if one is said."""
    for i in range(1, len(words)):
        if (aside := _aside_from(words, i)) is not None:
            return i, i + len(aside)
    return None


def _aside_from(words: list[str], i: int) -> tuple[str, ...] | None:
    """The afterthought's opening words (ASIDES) that `words` say from `i`, if any."""
    return _said_at(words, i, ASIDES)


def _said_at(words: list[str], i: int,
             phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first of `phrases` that `words` say from `i`, if any."""
    return next((p for p in phrases if tuple(words[i:i + len(p)]) == p), None)


REASON_WHO = DOERS | frozenset("the my it there that this".split())
"""Who or what a reason said after a request is about ("resume now, since the delivery man's
gone")."""


def heads(words: list[str]) -> list[str]:
    """Where a request said first may end, before a clause about what someone does next or an
    afterthought (ASIDES): from the start of `words`, longest first."""
    ends = [i for i in range(HEAD_WORDS, len(words) - 1)
            if (words[i] in AFTERWORDS and words[i + 1] in DOERS
                and words[i + 2:i + 3] not in (["was"], ["were"]))
            or _aside_from(words, i) is not None]
    return [" ".join(words[:i]) for i in reversed(ends[-MAX_TAILS:])]


AS_AS = frozenset("as well soon long much far such same just".split())
"""Words before an "as" that is a comparison or a time, not a reason ("as soon as I ...")."""


def reason_heads(words: list[str]) -> list[str]:
    """Where a request said first may end before its reason (REASON_WORDS, then REASON_WHO:
    "again, since I didn't hold it long enough", "should I get up and move about, since I've
    been lying here"), of any length: from the start of `words`, longest first. Not "so",
    whose purpose is often the ask ("what can I do so this doesn't recur")."""
    ends = [i for i in range(1, len(words) - 1)
            if words[i] in REASON_WORDS and words[i + 1] in REASON_WHO
            # ("as well as the back", "as soon as the timer ends": no reason)
            and not (words[i] == "as" and (words[i + 1] not in DOERS
                                           or words[i - 1] in AS_AS))]
    return [" ".join(words[:i]) for i in reversed(ends[-MAX_TAILS:])]


def told(story: Intent) -> dict[str, Any]:
    """What a sentence taken for a story told that the request after it does not say: when
    the spasm began, for the episode (ice or heat depends on it)."""
    hours = story.slots.get("hours_ago") if story.name == "set_onset" else None
    return {"hours_ago": hours} if hours is not None else {}


JOINERS = frozenset("and but so then".split())
"""Words that join the clauses of a story: "it went three days ago and I've been icing it"."""


def unjoined(words: list[str]) -> list[str]:
    """The words without the JOINERS they open with ("and so stop" -> "stop")."""
    start = 0
    while start < len(words) and words[start] in JOINERS:
        start += 1
    return words[start:]


def clauses(words: list[str]) -> list[str]:
    """A story's clauses, split at JOINERS: the one that tells when it began may be any."""
    out: list[list[str]] = [[]]
    for word in words:
        if word in JOINERS:
            out.append([])
        else:
            out[-1].append(word)
    return [" ".join(c) for c in out if c]


MIDDLE_WORDS = (4, 12)
"""Words of a request in the middle of a ramble, fewest and most."""
AUXILIARIES = frozenset("should shall do does is are can could would will".split())
"""Openers that open a question only with who it is about next: "can I go for a walk" asks,
"... the match starts at eight, can put it on" and "what the weather will be like" do not."""
ASKED_ABOUT = frozenset("i you we it".split())
LOOSE_ENDS = frozenset("""a an the my your his her our their i we you he she they to of in at by
    for with from and or but so if than is am are was were be do does did have has had can could
    will would should""".split())
"""Words a request does not end with: what follows them belongs to it ("time fifteen minutes, i
don't ..." is no request ending in "i")."""
IMPERATIVES = frozenset("tell give start set time remind let".split())
"""Openers that order only when no one did them before: "Grandad, you've set the timer on the
slow cooker" tells what someone did; "... set the timer for me" asks."""
DONE_BY = frozenset("""i you we he she they it who have has had having been be was were is are
    am""".split())
"""Words before an imperative opener that make it something done ("you have set")."""


def _done_by(before: list[str]) -> bool:
    """Whether the words before an imperative opener make it something done ("you have set",
    "you have just set"; not "just give me")."""
    if before and before[-1] in ("just", "already"):
        before = before[:-1]
    return bool(before) and before[-1] in DONE_BY


def middles(words: list[str]) -> list[tuple[int, int]]:
    """Where a request in the middle of a ramble may begin and end (`words[start:end]`): it
    opens, after the first word, with a word a question or a request opens with (OPENERS; an
    auxiliary only with its subject after it, an order word not after who did it), runs
    MIDDLE_WORDS words, and ends on no loose word. Spoken sentences have no commas, so every
    such end is tried."""
    fewest, most = MIDDLE_WORDS
    starts = [i for i in range(1, len(words) - fewest + 1) if words[i] in OPENERS
              and (words[i] not in AUXILIARIES or words[i + 1] in ASKED_ABOUT)
              and not (words[i] in IMPERATIVES and _done_by(words[:i]))]
    return [(i, j) for i in starts for j in range(i + fewest, min(len(words), i + most) + 1)
            if words[j - 1] not in LOOSE_ENDS]


WHILE_WORDS = (("while",), ("whilst",), ("once",), ("when",), ("whenever",), ("every", "time"),
               ("after",), ("as", "soon", "as"))
"""Words a clause about the timer running opens with, said beside a request ("can I take
ibuprofen while the ice timer is going", "once this ice round is finished, which stretch").
Not "before", "until" or "till", which a question is often about ("how long do I wait before
the ice goes back on")."""
TIMER_WORDS = frozenset("timer timers round countdown ice heat peas pack".split())
"""What such a clause is about, within TIMER_REACH words of its opening."""
TIMER_REACH = 3


def beside_timer(words: list[str]) -> list[tuple[str, bool]]:
    """The sentence without a clause about the timer running, where it has one, and whether
    that clause was said last: the words before the clause, when it is said last; the words
    from the next opener of a request (OPENERS) to the end, when it is said first."""
    out: list[tuple[str, bool]] = []
    for at in range(len(words)):
        size = len(_said_at(words, at, WHILE_WORDS) or ())
        if not size or TIMER_WORDS.isdisjoint(words[at + size:at + size + TIMER_REACH]):
            continue
        if at >= REQUEST_WORDS:
            out.append((" ".join(words[:at]), True))
        after = next((i for i in range(at + size + 1, len(words) - REQUEST_WORDS + 1)
                      if words[i] in OPENERS), None)
        if at <= 1 and after is not None:
            out.append((" ".join(words[after:]), False))
    return out


REMARK_OPENERS = frozenset("i it we".split())
"""How a remark said after a short command opens ("talk faster, I've only got two minutes left
on the heat"), or with the timer told of ("speed up, the ice is nearly done"; not "stop the
ice timer, I've taken it off", which is the command's own)."""
QUESTION_WORDS = frozenset("what which how why when where who".split())
"""The words a question asks with (the router's test of whether words ask uses them too). A
remark asks nothing: "hurry up, I've got the freezer open and the heat pad plugged in, which one
do I use" is a question after a hurry."""
TOLD_VERBS = frozenset("is are am was were have has had got".split())
"""A remark tells something ("the ice is nearly done"); "stop the ice timer" tells nothing."""
COMMAND_HEAD = 3
"""Words of such a command, at most."""
REMARK_SUBJECTS = frozenset("i my someone somebody there he she we they".split())
"""Words a remark of its own opens with, after any command said first (the router's
_began_on_command; wider than REMARK_OPENERS, which a remark about the timer opens with)..."""
REMARK_IF_VERB = frozenset("it that this you".split())
"""... and words that do so only with a verb next ("stop, it's the wrong one"); else they are the
command's object ("stop it, you two", "stop that")."""
REMARK_VERBS = frozenset("is was are were has have had will would".split())


REMARK_THINGS = frozenset("the a an our your".split())
THING_VERBS = REMARK_VERBS | frozenset("""needs wants keeps does did can could just seems looks
    came went got arrived""".split())
"""... and words that do so when a verb follows a word or two after them, with no other of them
between ("stop, the delivery man's here"; not "pause the telly, the kettle's boiled", whose
first words are the command's object)."""


TIME_CLAUSES = (("each", "time"), ("every", "time"), ("the", "moment"), ("whenever",),
                ("as", "soon", "as"), ("the", "minute"), ("the", "second"))
"""How a remark told with the time it holds for opens, a doer after it ("pause the timer, each
time I reach for my tea the pack slides off"; "stop, every time you talk I lose my train of
thought")."""


def opens_a_remark(words: list[str]) -> bool:
    """Whether the words open a remark of their own (REMARK_SUBJECTS, REMARK_IF_VERB,
    REMARK_THINGS, or a time (TIME_CLAUSES) with its doer)."""
    return bool(words) and (words[0] in REMARK_SUBJECTS or (
        words[0] in REMARK_IF_VERB and len(words) > 1 and words[1] in REMARK_VERBS) or (
        words[0] in REMARK_THINGS and _verb_follows(words)) or _timed(words))


TIME_DOERS = DOERS | {"my", "the"}
"""Who or what a time clause opening a remark is about ("each time I reach", "the moment the
pad came off")."""


def _timed(words: list[str]) -> bool:
    """Whether the words open on a time (TIME_CLAUSES) and its doer (TIME_DOERS)."""
    time = _said_at(words, 0, TIME_CLAUSES)
    return time is not None and len(words) > len(time) and words[len(time)] in TIME_DOERS


def opens_a_clause(words: list[str]) -> bool:
    """Whether the words open a remark of their own, as opens_a_remark says, where "my" too
    needs its verb a word or two after ("my leg's only gone to sleep"; not "my back as a
    five", still the request's)."""
    return _verb_follows(words) if words[:1] == ["my"] else opens_a_remark(words)


_PAST = re.compile(r"[a-z]{3,}(?<!e)ed")
"""A verb in the past ("the telly distracted me", "the dog barked"), not "red", "bed", "need"."""


def _verb_follows(words: list[str]) -> bool:
    """Whether a verb (THING_VERBS, or one in the past: _PAST) follows the first word a word or
    two after, with no other opener between."""
    return any((word in THING_VERBS or _PAST.fullmatch(word) is not None)
               and REMARK_THINGS.isdisjoint(words[1:k])
               and REMARK_SUBJECTS.isdisjoint(words[1:k])  # ("stop the telly i can not hear")
               for k, word in enumerate(words[2:4], start=2))


def before_timer_remark(words: list[str]) -> list[str]:
    """The first one to COMMAND_HEAD words, where what follows them is a remark about the timer
    (it opens like one, REMARK_OPENERS, and names the timer, TIMER_WORDS): shortest first."""
    return [" ".join(words[:k]) for k in range(1, min(COMMAND_HEAD, len(words) - REQUEST_WORDS) + 1)
            if (words[k] in REMARK_OPENERS or _timer_told(words[k:]))
            and not TIMER_WORDS.isdisjoint(words[k:]) and not TOLD_VERBS.isdisjoint(words[k:])
            and QUESTION_WORDS.isdisjoint(words[k:])]


def _timer_told(words: list[str]) -> bool:
    """Whether the words open by telling of the timer: "the ice is ...", "the heat timer has"."""
    if words[:1] != ["the"]:
        return False
    rest = words[1:]
    while rest and rest[0] in TIMER_WORDS:
        rest = rest[1:]
    return len(rest) < len(words) - 1 and bool(rest) and rest[0] in TOLD_VERBS


UNWANTED = (("i", "do", "not", "want"), ("i", "would", "rather", "not"), ("i", "am", "not"),
            ("no",), ("not",), ("never", "mind", "about"), ("never", "mind"),
            ("forget", "about"), ("forget",), ("skip",), ("scrap",), ("ditch",))
"""How what is not wanted is said first ("I don't want stretches right now, just tell me how to
lie", "no pills, just the breathing exercise", "not the whole list, just my last painkiller"),
or put aside ("skip the stretches for now, what can I take", "never mind the ice, how long
should the heat stay on")."""
PUT_ASIDE = frozenset({"never", "forget", "skip", "scrap", "ditch"})
"""The first words of those openings that put a thing aside: what follows may be the reason, not
a request ("skip this one, it hurts")."""
NOT_WANTING = frozenset("after bothered interested fussed".split())
"""After "I am not", what says what is not wanted ("I'm not bothered about the timer")."""
UNWANTED_WORDS = 8
"""Words at most between that opening and the "just" that turns to what is wanted."""


def unwanted(words: list[str]) -> int:
    """How many of the first words say what is not wanted (UNWANTED); 0 when they do not. "I am
    not" says so before what one is doing or after ("I'm not asking about pills", "I'm not after
    the stretches"), not before how one is ("I'm not sure I should be stretching")."""
    size = next((len(u) for u in UNWANTED if tuple(words[:len(u)]) == u), 0)
    if words[:size] == ["i", "am", "not"] and not (
            len(words) > size and (words[size].endswith("ing") or words[size] in NOT_WANTING)):
        return 0
    return size


def wanted_instead(words: list[str]) -> tuple[str, str] | None:
    """What is not wanted and what is, said after "just" once what is not wanted was said
    first (UNWANTED), or None."""
    opening = unwanted(words)
    if not opening:
        return None
    for at in range(opening + 1, min(len(words) - 1, opening + UNWANTED_WORDS + 1)):
        if words[at] == "just":
            return " ".join(words[opening:at]), " ".join(words[at + 1:])
    return None


BEGAN = frozenset("""started start began begun went gone seized locked grabbed happened struck
    hit caught spasmed twinged popped clicked snapped kicked""".split())
"""What a back did when the spasm began ("that's when it seized", "that was when my back
went")."""
BEGAN_WHO = frozenset("it my back the pain this spasm everything things".split())
BEGAN_REACH = 4
"""Words at most between "that is when" and the verb it began with ("that's when my lower back
just went")."""


def when_it_began(words: list[str]) -> bool:
    """Whether the words end on the moment the spasm began: "that is (was) when", then the
    back, the pain or "it", then a verb of beginning (BEGAN), and at most a few words after it
    that ask nothing: "Saturday at one in the afternoon, that's when my back locked" (not
    "..., that's when it started, can I take ibuprofen")."""
    for i in range(len(words) - 3):
        if words[i:i + 3] not in (["that", "is", "when"], ["that", "was", "when"]):
            continue
        if words[i + 3] not in BEGAN_WHO:
            continue
        verb = next((j for j in range(i + 4, min(len(words), i + 3 + BEGAN_REACH))
                     if words[j] in BEGAN), None)
        if verb is None:
            continue
        rest = words[verb + 1:]
        if len(rest) <= BEGAN_REACH and (not rest or rest[0] not in (*AUXILIARIES,
                                                                        *QUESTION_WORDS)):
            return True
    return False


_ONSET_SAID = re.compile(
    r"\b(?:it|my (?:\w+ )?back|the (?:pain|spasm|back)|this|the whole thing|this spasm)"
    r"(?: (?:just|first|only|all|really|properly|suddenly|actually|finally))? "
    r"(?:started|began|begun|came on|come on|went|kicked off|kicked in|grabbed me|caught me"
    r"|seized(?: up)?|locked(?: up)?|struck|hit me|gave out|gave way|spasmed)\b(?! \w+ing\b)")
"""The spasm's beginning told ("it came on", "my back went", "it grabbed me"): not "it started
raining"."""
_ONSET_TIME = re.compile(
    r"\b(?:ago|yesterday|today|tonight|this (?:morning|afternoon|evening)|last (?:night|week"
    r"|weekend|\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|o clock|noon|midday|midnight"
    r"|lunch(?:time)?|breakfast|dinner|teatime|after tea|sometime|some point|the weekend"
    r"|half past|quarter (?:past|to)|a while|in the night|overnight|first thing"
    r"|(?:at|about|around|just after|just before|gone) (?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|\d+))\b")
"""A time, told or vague, that an onset is told with ("sometime after lunch", "at five")."""


def onset_told(words: list[str]) -> bool:
    """Whether the words tell when the spasm began: its beginning (_ONSET_SAID) and a time
    (_ONSET_TIME), however vague ("it came on sometime after lunch", "it grabbed me an hour and
    a half ago, hoovering the stairs")."""
    said = " ".join(words)
    return _ONSET_SAID.search(said) is not None and _ONSET_TIME.search(said) is not None
