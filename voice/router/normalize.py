"""Text normalisation shared by the templates and the router, so both sides meet in one form.

"Um, what's better — ICE or heat?" -> "what is better ice or heat"; "I took two Tylenol" ->
"i took 2 tylenol". Lower case, no punctuation, contractions spelled out (with or without the
apostrophe a recogniser may drop), skip words gone, number words as digits (text2num).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from text_to_num import alpha2digit

# Spelled-out forms; apostrophe-less spellings are what recognisers and hurried typists write.
_CONTRACTIONS = {
    "can't": "can not", "cant": "can not", "cannot": "can not", "won't": "will not",
    "shan't": "shall not", "ain't": "is not", "let's": "let us", "lets": "let us",
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'd": "i would",
    "i'll": "i will", "it's": "it is", "its": "it is", "that's": "that is", "thats": "that is",
    "what's": "what is", "whats": "what is", "there's": "there is", "theres": "there is",
    "you're": "you are", "youre": "you are", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wasnt": "was not",
    "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "couldnt": "could not", "shouldnt": "should not", "wouldnt": "would not",
    "wanna": "want to", "gonna": "going to", "gotta": "have to", "gimme": "give me",
    "outta": "out of", "kinda": "kind of", "sorta": "sort of", "lotta": "lot of",
    "lemme": "let me", "dunno": "do not know", "ya": "you", "y'know": "you know",
    "yknow": "you know", "s'posed": "supposed", "sposed": "supposed", "meself": "myself",
    "ok": "okay", "o.k.": "okay", "alright": "alright",
    "nought": "zero", "naught": "zero",  # British "nought out of ten"
    # Scots and northern English: "I cannae feel me feet", "nowt'll come out"
    "cannae": "can not", "canna": "can not", "dinnae": "do not", "didnae": "did not",
    "doesnae": "does not", "isnae": "is not", "wasnae": "was not", "wouldnae": "would not",
    "couldnae": "could not", "shouldnae": "should not", "willnae": "will not",
    "havenae": "have not", "hasnae": "has not", "nowt": "nothing", "owt": "anything",
    "summat": "something", "naw": "no", "nae": "no", "tae": "to", "ye": "you", "yer": "your",
    "wi": "with",
    "ah've": "i have", "ah'm": "i am", "ah'd": "i would", "ah'll": "i will", "ahve": "i have",
    # formal words for everyday ones: "terminate the current cryotherapy timer" (not those the
    # templates say themselves, as "cryotherapy", "nsaids": the recognisers must keep them)
    "analgesic": "painkiller", "analgesics": "painkillers", "terminate": "cancel",
    "abort": "cancel",
    "suspend": "pause", "restroom": "toilet", "halt": "stop", "initiate": "start",
    "commence": "start", "thermal": "heat",
    # "because" clipped ("cause" with its apostrophe only: _CLIPPED)
    "cos": "because", "coz": "because", "cuz": "because",
    # clipped words people say and type
    "mins": "minutes", "secs": "seconds", "hottie": "hot water bottle",
    "hotty": "hot water bottle", "hotties": "hot water bottles",
    # a child's words for a parent: "mummy's back is stuck"
    "mummy": "mum", "mommy": "mom", "daddy": "dad",
    # old-fashioned English, said for fun: "prithee, say that again", "fare thee well", "nay"
    "thee": "you", "thou": "you", "thy": "your", "thine": "your", "thyself": "yourself",
    "nay": "no", "yea": "yes", "prithee": "please", "tis": "it is", "twas": "it was",
    "doth": "does", "dost": "do", "canst": "can", "hath": "has", "hast": "have", "wilt": "will",
    "shalt": "shall",
}
_CLIPPED = {"'cause": "because", "'cos": "because", "'coz": "because", "'cuz": "because",
            # text-speak, typed or said as letters: "say that again pls", "IDK, ice or heat?"
            "pls": "please", "plz": "please", "thx": "thanks", "idk": "i do not know",
            "tbh": "honestly", "btw": "by the way", "imo": "in my opinion",
            "omg": "oh my god", "ttfn": "bye"}
"""Words known by their leading apostrophe: "I'm shivering 'cause the ice pack's dripping" (not
"cause", a noun too), and text-speak spelled out."""
_SUFFIXES = (("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"),
             ("'d", " would"), ("'m", " am"), ("'s", " is"))

_NUMBER_WORDS = frozenset((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand",
))
_JOINED = re.compile(r"\b(?:uh huh|uh-huh|mm hmm|mm-hmm|uh oh)\b")
"""Sounds that mean something only together ("uh huh" is a yes), kept from the filler list."""
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
_SOUNDS = frozenset({"um", "uh", "erm", "uhm", "hmm", "mm", "ah", "eh"})
"""Fillers that are only a sound, never the end of a word split in two."""
_CUT_OFF = re.compile(r"(?<![\w'-])([a-z']+)-\s+(?=\1)")
"""A word begun, dropped and said again, as a transcript writes it: "st- start the ice", "i f-
fell", "what- what stretches" (not a word joined to another: "cross-legged", "co-codamol"; nor
one left when another is taken out: "the cryo-whatsit clock")."""
_STUTTER = frozenset("""i me my you your it the a an and so but can could do does is are was to
    of in on at for what how when should would will we he she they that this""".split())
"""Small words a person in pain says twice or three times over ("i i need the the ice"): once."""
_REPEATED = re.compile(r"\b(" + "|".join(sorted(_STUTTER)) + r")\b.*\b\1\b")
"""A quick first check: a small word said twice (not always in a row)."""


def _unstutter(tokens: list[str]) -> list[str]:
    """Words said again straight away, once: "i i need", "can you can you help" (a run of up to
    three words with a small word in it; "bye bye" and "one one one" are words of their own)."""
    out: list[str] = []
    for token in tokens:
        out.append(token)
        for n in (1, 2, 3):
            run = out[-n:]
            if (len(out) >= 2 * n and out[-2 * n:-n] == run and not _STUTTER.isdisjoint(run)
                    and _NUMBER_WORDS.isdisjoint(run)):
                del out[-n:]
                break
    return out
_FRACTION = re.compile(r"\b(\d+)\s*/\s*(\d+)\b")
_EMERGENCY_NUMBER = re.compile(r"\b(?:9 1 1|911|9 9 9|999|1 1 2|112)\b"
                               r"|(?<=\bcall )9 9\b")
"""Emergency phone numbers are names, not quantities: one word, never a slot value. So is a
number called with a nine lost ("call nine nine, I've fallen" as piper heard it in babble)."""
_AM_PM = re.compile(r"\b(\d{1,2}(?: \d\d)?) ([ap]) m\b")
""""10 p m" (as "p.m." reads without its dots) is "10 pm"."""
_MILITARY = re.compile(r"\b(?P<lead>(?:oh|zero) |0)?(?P<h>\d{1,2})00(?P<hours> hours| hrs)?\b")
_AT = frozenset("at since from until till by".split())


def _clock(m: re.Match[str]) -> str:
    """A time told the 24-hour way ("thirteen hundred hours", "oh six hundred", "at nineteen
    hundred") as a time of day ("1 pm", "6 am"); any other hundred is left as it is."""
    hour, before = int(m["h"]), m.string[: m.start()].split()[-1:]
    at = bool(before) and before[0] in _AT
    told = ((m["lead"] and hour < 10) or (at and hour > 12)
            or (m["hours"] and (at or len(m["h"]) == 2)))  # not "for 100 hours"
    if not told or hour > 23:
        return m[0]
    return f"{hour % 12 or 12} {'am' if hour < 12 else 'pm'}"


_OCLOCK = re.compile(r"\bo(?:'| )?clock\b")
"""One word, "oclock", however written: number-word parsing reads a lone "o" as a zero."""
_ZERO_HUNDRED = re.compile(r"\b(?:zero|oh) hundred hours\b"
                           r"|(?:(?<=\bat )|(?<=\bsince ))(?:zero|oh) hundred\b")
"""Midnight the 24-hour way, which the number reader would make 0100 ("oh" and "one hundred")."""
_TOO_THE_HOUR = re.compile(r"\b(quarter|five|ten|twenty|twenty five) too (?=(?:one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|eleven|twelve)\b)")
""""A quarter too seven": a clock's "to" as a recogniser may write it (never "too" there)."""
_ISH = re.compile(r"\b(" + "|".join(sorted(_NUMBER_WORDS - {"hundred", "thousand"}))
                  + r"|\d+)[ -]?ish\b")
"""A number said loosely ("twenty-ish minutes", "sevenish", "at six ish"): the number."""
_HOURS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday"
          "|midnight|half|quarter")
_NEAR_THE_HOUR = re.compile(r"\b(?:just|shortly|a little|a bit|not long|soon) "
                            r"(?:after|gone|past|before) (?=(?:" + _HOURS + r"|\d+)\b)"
                            r"(?!\w+ (?:minutes?|mins?|hours?|seconds?|days?)\b)")
"""A time said loosely ("just after seven", "just gone six", "shortly before noon"): at the time
itself, which the time reader then reads (a doubled "at" is said once: see _unstutter). Not a
length of time ("just after ten minutes of ice")."""
_SHOULDER = re.compile(r"\bshoulder (?=(?:i|we|she|he|you|they|be)\b)"
                       r"(?!i (?:think|guess|reckon|suppose|believe)\b)")
""""Should I" as a recogniser often writes it ("shoulder i take ibuprofen", "shoulder she press
on the knot"): no shoulder is followed by its own "I". Not "it should, I think"."""
_MY = re.compile(r"\b(?:me|ma) (?=(?:back|legs?|feet|foot|toes?|knees?|hips?|bum|bottom|groin|"
                 r"bladder|bowels?|water|waterworks|pants|trousers|spine|side|neck|bike|car|"
                 r"temperature|lass|husband|wife|fella|bed)\b)")
""""Me back's gone", "ma feet": the dialect "my" before a part of the body, or one's own
things ("knocked off me bike"); "rub me back" is "rub my back" too."""
_SCOTS_NOT = re.compile(r"(?<!')\bno'(?=\s|$)|\bno(?= been\b)")
"""Scots "no'" is "not" ("I've no' been able to pass water"; not a quoted 'no'), and so is "no
been", as it is heard without its apostrophe."""
_THUMBS = re.compile(r"\b(?:a )?thumbs? (up|down)\b")
"""A thumb shown in words, as emoji are named: "thumbs up" is "yes", "thumbs down" is "no"."""
_NEGATIVE_ON = re.compile(r"\bnegative on\b")
"""A denial in a radio's words: "negative on the fever" is "no fever"."""
_SAID_SO = ((re.compile(r"\b(?:roger (?:that|wilco|roger)|wilco|copy that)\b|^roger$"), "yes"),
            (re.compile(r"\bmute (?:yourself|the voice|the assistant)\b"), "be quiet"),
            (re.compile(r"\bcarry on (?:with )?(?=(?:the|my) (?:timer|countdown)\b)"), "continue "),
            (re.compile(r"\b(?:you are |stop |do not |quit )?rush(?:ing)? me\b"
                        r"|\b(?:drop|lower|reduce|bring down|cut) the (?:tempo|pace)\b"),
             "slow down"),
            (re.compile(r"\bhold (?:your|my|thy) tongue\b"), "be quiet"),
            # (not "my sister says guided stretches work better", nor "guided breathing")
            (re.compile(r"\b(?:(?<=the )|(?<=a )|(?<=an )|(?<=some )|(?<=my )|(?<=start )"
                        r"|(?<=begin )|(?<=do )|(?<=try ))guided (?=(?:stretch|stretches"
                        r"|stretching|exercises?|routine|session|sequence|core|mobility)\b)"), ""))
"""Radio's yes ("roger that", "wilco", "copy that"; not "Roger" the neighbour), the assistant
muted ("mute yourself", "hold your tongue"), a timer carried on ("carry on the timer") and a pace
too quick ("you're rushing me", "drop the tempo"), in the templates' words; and a routine called
"guided", which every routine here is ("start the guided stretches" is "start the stretches")."""
_SUBJECT = r"(i|it|there|he|she|they|we|(?:my|the|his|her|our) \w+)"
_AUXILIARY = r"(am|is|are|was|were|have|has|had|do|does|did|can|could|will)"
_WOULD_NOT_SAY = re.compile(r"\b(?:i )?(?:would not|could not|can not) "
                            r"(?:really |honestly |exactly )?say (?:that )?" + _SUBJECT + " "
                            + _AUXILIARY + r"\b( not\b)?")
"""A statement put round a negative, said plainly: "i would not say my bladder is working" is "my
bladder is not working"; "can not say i have had a wee since" is "i have not had a wee since";
"can not say i am not running a temperature" is "i am running a temperature"."""
_NOT_THAT = re.compile(r"^not that " + _SUBJECT + " " + _AUXILIARY + r"\b( not\b)?")
"""The same at the head of a piece: "not that i have fallen" is "i have not fallen", "not that i
can not move my legs" is "i can move my legs" (not "it is not that i can not...", said of a sign
one has)."""
_NOT_NOT = re.compile(r"\b(did|do|does|am|is|was|have|has|had|can) not not\b")
"""A double negative: "i did not not fall" is "i did fall"."""
_PUNCT = re.compile(r"(?<!\d)\.|\.(?!\d)|[^\w\s'.]")
_OUGHT = re.compile(r"\bought (not )?(?:(i|we|you|it|he|she|they|one) )?to\b")
""""Ought to" is "should": "ought I to put a pillow under my knees?" is "should I put ...",
"oughtn't it to ..." is "should not it ...", as the templates ask."""


def _should(m: re.Match[str]) -> str:
    """_OUGHT's "should", with its "not" and subject."""
    return " ".join(["should", *(["not"] if m[1] else []), *([m[2]] if m[2] else [])])


def _said_plainly(m: re.Match[str]) -> str:
    """_WOULD_NOT_SAY's and _NOT_THAT's statement, its negative turned over."""
    return f"{m[1]} {m[2]}" if m[3] else f"{m[1]} {m[2]} not"


_HAD_DONE = re.compile(
    r"\b(i|you|he|she|we|they|it|that|who|there|mum|dad)'d "
    r"(?=(?:(?:just|already|never|not|only|ever|also|really|actually) )?"
    r"(?:[a-z]*[a-df-z]ed|been|had|taken|fallen|done|gone|got|gotten|given|seen|eaten|drunk"
    r"|slept|lost|forgotten|woken|thrown|broken|felt|kept|said|told"
    r"|heard|spoken|written|driven|ridden|worn|become|begun|known|shown|grown|stood|sat|left"
    r"|brought|bought|thought|caught|taught|fought|sought|slid|fell)\b)")
""""'d" before a past participle is "had", not "would": "say I'd slipped down the stairs" is "say i
had slipped ..." ("I'd need", "I'd put" stay "would")."""
_GLUED = re.compile(r"([a-z]+(?:n't|'s|'re|'ve|'ll|'d|'m))([a-z]{2,})")
"""A contraction typed with no space after it: "can'tfeel", "it'sbeen"."""


@lru_cache(maxsize=8192)
def _expand(token: str) -> str:
    if token in _CLIPPED:
        return _CLIPPED[token]
    token = token.strip("'")
    glued = _GLUED.fullmatch(token)
    if glued:
        return f"{_expand(glued[1])} {_expand(glued[2])}"
    if token in _CONTRACTIONS:
        return _CONTRACTIONS[token]
    for suffix, spelled in _SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix):
            stem = token[: -len(suffix)]
            return _CONTRACTIONS.get(stem, stem) + spelled
    return token


class Normalizer:
    """Turns any utterance or template sentence into the router's canonical word string."""

    def __init__(self, skip_words: Iterable[str] = (), known: Iterable[str] = (),
                 whole: Callable[[str], bool] | None = None) -> None:
        self.known = frozenset(known) | _NUMBER_WORDS
        """Words the templates use: a recogniser's glued or split words are mended towards them."""
        self._whole = whole
        """Whether a word is one of the language, said whole (see _said_whole)."""
        self._mending = len(self.known) > len(_NUMBER_WORDS)
        words = [" ".join(_expand(t) for t in w.lower().split()) for w in skip_words]
        self.skip = frozenset(w for w in words if " " not in w)
        phrases = sorted((w for w in words if " " in w), key=len, reverse=True)
        # Words that make a plain lower-case text need more than splitting (see __call__).
        self._special = (self.skip | _NUMBER_WORDS | frozenset(_CONTRACTIONS)
                         | frozenset(p.split()[0] for p in phrases) | {"uh", "mm", "ought"})
        self._skip_phrases = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None
        )

    def words(self, text: str) -> str:
        """Lower case, no punctuation, contractions spelled out; numbers and fillers kept."""
        text = text.lower().replace("’", "'").replace("‘", "'")
        text = _FRACTION.sub(r"\1 out of \2", text)
        text = _ZERO_HUNDRED.sub("midnight", _OCLOCK.sub("oclock", text))
        text = _TOO_THE_HOUR.sub(r"\1 to ", text)
        text = _NEAR_THE_HOUR.sub("at ", _ISH.sub(r"\1", text))
        text = _JOINED.sub(lambda m: m[0].replace(" ", "").replace("-", ""), text)
        text = _CUT_OFF.sub("", text)
        text = _MY.sub("my ", _SHOULDER.sub("should ", _PUNCT.sub(" ", text)))
        if "'d " in text:
            text = _HAD_DONE.sub(r"\1 had ", text)
        text = _NEGATIVE_ON.sub("no", _SCOTS_NOT.sub("not", text))
        text = _THUMBS.sub(lambda m: "yes" if m[1] == "up" else "no", text)
        for said, meant in _SAID_SO:
            text = said.sub(meant, text)
        text = " ".join(_expand(t) for t in text.split() if t.strip("'"))
        if "not " in text:
            text = _NOT_NOT.sub(r"\1", _NOT_THAT.sub(_said_plainly,
                                                     _WOULD_NOT_SAY.sub(_said_plainly, text)))
        return _OUGHT.sub(_should, text) if "ought" in text else text

    def __call__(self, text: str) -> str:
        """The canonical form: `words()` without skip words, with number words as digits."""
        if _PLAIN.fullmatch(text):
            # Already canonical (most template sentences): nothing to expand, skip or mend.
            tokens = text.split()
            mendable = self._mending and not self.known.issuperset(tokens)
            if (self._special.isdisjoint(tokens) and not mendable and not _REPEATED.search(text)
                    and not _MY.search(text) and not _SCOTS_NOT.search(text)
                    and not _NEGATIVE_ON.search(text) and not _THUMBS.search(text)
                    and not any(said.search(text) for said, _ in _SAID_SO)):
                return text
        text = self.words(text)
        if self._skip_phrases is not None:
            text = self._skip_phrases.sub(" ", text)
        text = " ".join(t for t in text.split() if t not in self.skip)
        tokens = self.mend(_unstutter(text.split()))
        if any(t in _NUMBER_WORDS for t in tokens):
            # threshold=0: "two" and "one" become digits too, in templates and input alike.
            tokens = alpha2digit(" ".join(tokens), "en", threshold=0).split()
        text = _MILITARY.sub(_clock, _AM_PM.sub(r"\1 \2m", " ".join(tokens)))
        return _EMERGENCY_NUMBER.sub("emergency_number", text)

    def mend(self, tokens: list[str]) -> list[str]:
        """Glue or split words a recogniser split or glued, when that gives template words:
        "heating pad" from "heatingpad", "for ten" from "forten", "relaxants" from "rela xants"."""
        if not self._mending:
            return tokens
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            both_known = token in self.known and nxt in self.known
            if nxt and token + nxt in self.known and not both_known:
                out.append(token + nxt)
                i += 2
                continue
            out.extend(self._split(token))
            i += 1
        return out

    def _split(self, token: str) -> tuple[str, ...]:
        if token in self.known or len(token) < 5 or not token.isalpha():
            return (token,)
        for cut in range(len(token) - 2, 1, -1):
            head, tail = token[:cut], token[cut:]
            # not a word and a filler's sound ("forum" is not "for um"; but "nextplease" is
            # "next please", "mmhmm" "mm hmm", and "weaker" "weak er", which triage reads)
            if (head in self.known and tail in self.known
                    and (tail not in _SOUNDS or head in _SOUNDS)):
                return (token,) if self._said_whole(token, head, tail) else (head, tail)
        return (token,)

    def _said_whole(self, token: str, head: str, tail: str) -> bool:
        """Whether `token`, which splits into `head` and `tail`, is a word of the language said
        whole: "noticed" is not "not iced", "coach" not "co ach", "grabbed" not "grab bed". A
        comparative still loses its "er" ("weaker": "weak er", as triage reads it), and two
        words of four letters or more may be two run together ("slowdown", "waterbottle")."""
        if self._whole is None or tail == "er" or (len(head) >= 4 and len(tail) >= 4):
            return False
        return self._whole(token)
