"""Safety triage: does the person REPORT a red-flag symptom? Runs before, and apart from, matching.

Red flags (content seeds 000 and 002): loss of bladder or bowel control; numbness, tingling or
weakness in the legs or the groin/saddle area; fever or chills; a fall, accident or other trauma;
unexplained weight loss; pain that is worse at night. Beyond the seeds, because a wrong "it is
nothing" costs far more than a needless "get help": chest pain (with back pain it can be the
heart), pain shooting down both legs (the same pressed nerves as numbness in both), and back
pain in someone who has had cancer (it can be its spread to the spine).

Each mention is judged in its own clause (split at punctuation and at "but", "also", "and I"...):
- negated ("no fever", "I don't have any numbness", "my legs aren't numb") -> NEGATED;
- hypothetical ("what if my leg goes numb", "if I get a fever") -> ASKING;
- told as one's own ("I have a fever", "my legs are numb", "numbness in my groin", "I fell"),
  or a bare statement or fragment ("fever and chills") -> REPORT, even inside a question
  ("is it bad that my legs are numb?");
- a question about the sign in general ("is numbness a bad sign?", "should I worry about
  fever?") -> ASKING: the router sends it to `when_doctor`.
When unsure between a report and a question about oneself, it is a REPORT.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise


class Verdict(Enum):
    NONE = "none"
    REPORT = "report"
    """A red flag the person has: emergency."""
    ASKING = "asking"
    """A question about a red flag in general, or a hypothetical one: when_doctor."""
    NEGATED = "negated"
    """Red flags mentioned only to say they are absent."""


@dataclass(frozen=True)
class Triage:
    verdict: Verdict
    flag: str | None = None
    """Which red flag: bladder_bowel, numbness, weakness, fever, trauma, weight_loss, night_pain,
    chest, both_legs, cancer."""
    said: str = ""
    """The words that raised it."""
    rest: str = ""
    """The normalised utterance without its negated mentions ("no fever, should I use ice" ->
    "should i use ice"): what the matcher should compare, so a denial does not drag the
    utterance towards the emergency templates or leave unexplained words behind."""
    denied: int = 0
    """How many red-flag signs were said to be absent ("no numbness, no tingling": 2). A sign
    explained by its cause ("the TENS pads make my leg tingle", "the film gave me the chills")
    is cut from `rest` but denies nothing."""
    pieces: tuple[str, ...] = ()
    """`rest` in the pieces the punctuation split it into (where that is known), for a second
    look that must judge each piece apart, as the first did."""


def _any(*options: str) -> str:
    """A non-capturing alternation: _any("a", "b c") -> "(?:a|b c)"."""
    return "(?:" + "|".join(options) + ")"


def _not_after(*words: str) -> str:
    """Look-behinds, one a word, for "not just after any of `words`": _not_after("a", "b c") ->
    "(?<!a )(?<!b c )" (Python's look-behinds must each be of one width)."""
    return "".join(f"(?<!{w} )" for w in words)


LIMBS = ("leg", "legs", "foot", "feet", "toe", "toes", "thigh", "thighs", "knee", "knees", "ankle",
         "ankles", "calf", "calves", "shin", "shins")
SADDLE = ("groin", "bum", "butt", "buttock", "buttocks", "bottom", "backside", "saddle", "crotch",
          "privates", "genitals", "private parts", "perineum", "between my legs", "back passage",
          "pack passage", "bag passage",  # (as heard)
          "down below", "down there", "when i wipe", "the area i sit on", "the bit i sit on",
          "the part i sit on", "patch i sit on", "spot i sit on", "the seat under me",
          "the toilet seat", "the loo seat", "my bits")
"""Where numbness and weakness are red flags; the recognisers must know every one of these
words (tests/test_content_lint.py)."""
_LIMB = _any(*LIMBS)
_SADDLE = _any(*SADDLE)
_DOWN_BOTH = r"down both(?! (?:arms?|hands?|fingers?|shoulders?|sides of my (?:face|neck)))"
_PLACES = _any(_LIMB, _SADDLE, "tip ?toes?", "heels?", "way under (?:me|him|her)", _DOWN_BOTH,
               # "when I wiped just now I couldn't feel it back there"
               r"when i (?:wiped|was wiping|am wiping)", "back there",
               # the thigh's muscles, by name ("my quads keep giving out")
               "quads", "quadriceps", r"hamstrings?")
_FURNITURE = _not_after("sofa", "chair", "table", "stool", "bed", "desk", "piano", "couch",
                        "settee", "cot", "ladder")
"""Not a thing's leg ("gripping the sofa leg")."""
_PLACE = re.compile(rf"\b{_FURNITURE}{_PLACES}\b")
"""Where numbness or weakness is a red flag; what gives way under a person is a leg, and what
goes "down both" (heard without its "legs") is legs too."""
_IN_SADDLE = re.compile(rf"\b{_SADDLE}\b")
"""A place of the saddle area named."""
_ONE_LIMB = re.compile(r"^(?!.*\b(?:fine|okay|ok|normal|alright|all right)\b)"
                       r".*\bmy (?:left |right )?(?:leg|foot)\b(?:(?! the | a )\W|\w)*"
                       r"\bcan not (?:even )?(?:lift|raise) it\b")
"""One leg or foot of one's own named before "I can't lift it", no other thing named between, and
nothing said to be fine: what "it" is in "my left leg's offline, I can't lift it"."""
_BLADDER = re.compile(r"\b(?:bladder|bowels?)\b")
"""The bladder or bowels named, where "it" may be them ("I can't empty it")."""
_NUMBS_THE_PAIN = _any(r"numb(?:s|ed|ing)? (?:the|my|that|this|your|some of the) "
                       + _any("pain", "ache", "aching", "agony", "soreness", "spasm", "throbbing"),
                       r"(?:to numb|numbs|numbed|numbing) (?:it|them)(?! (?:is|are|has|have)\b)")
"""Numbing as what is done to the pain ("something to numb the pain", "the tablets numbed it a
bit"): relief wanted or had, no numbness felt."""
_OTHER_PLACE = re.compile(r"\b" + _any(
    # not "back" as in again: "the numbness I had is back", "it has come back"
    r"(?<!\bis )(?<!\bare )(?<!\bhas come )(?<!\bhave come )(?<!\bcame )(?<!\bcoming )back",
    "skin",
    r"arms?", r"hands?", r"fingers?", "face", r"lips?", "neck", r"shoulders?", "ice", "cold",
    "cream", "gel", "patch", "lotion", "ointment", "liniment", "menthol", "(?<=the )rub",
    _NUMBS_THE_PAIN,
    # numb in a figure of speech: "the only thing that's gone numb is my sense of humour"
    "sense of humou?r", "brain", "heart", "soul", "patience", "(?<=my )mind", "memory") + r"\b")
FEARS = frozenset(("scared", "afraid", "terrified", "frightened", "worried", "worry", "worrying",
                   "fear", "feared", "fearing", "dread", "dreading", "nervous", "paranoid",
                   "panicking"))
"""Words that fear a sign to come, not had: never put right to a word they sound like in the
router's second look ("dreading" is not "reading")."""
FEELINGS = _any("panic", "boredom", "fear", "shock", "worry", "dread", "grief", "nerves",
                 "exhaustion", "tiredness", "disbelief", "terror", "anxiety", "horror", "fright",
                 "embarrassment", "hope", "excitement", "anticipation", "pleasure", "joy", "relief",
                 "impatience", "frustration")
"""Feelings that a sign word is used of as a figure ("numb with panic", "a tingle of hope")."""
_NUMB_AS_A_FIGURE = (r"(?! (?:to|too|2) (?!(?:the |my |both |his |her |your )?"
                     + _any("touch", "waist", r"hips?", "bone", "core", "knee", _LIMB, _SADDLE)
                     + r"\b))(?! with " + FEELINGS + r"\b)")
"""Numb as a figure of speech: numb to something not a place ("I'm numb to all the conflicting
advice"; not "numb to the touch", "numb to the knee"), numb with a feeling ("numb with panic";
not "numb with cold")."""
_SIGN_ELSEWHERE = re.compile(r"\b(?:numb\w*|tingl\w*|pins and needles) "
                             r"(?:in|down|on|across|all over) (?:my |both |the |his |her )?"
                             r"(?:arms?|hands?|fingers?|face|lips?|neck|shoulders?)\b")
"""Numbness told in a place not a sign's, in its own words: the legs named elsewhere do not make
it one ("the tingling in my hands is my MS, it's the same as ever, my legs are fine")."""
_NOT_HOW_MUCH = r"(?<!how long )(?<!how much )"
_DOWN_STAIRS = (r" (?:all the way )?down (?:(?:the |some |a flight of |\d+ |a few |a couple of )?"
                r"(?:whole |entire |full )?"
                r"(?:flight of )?(?:stairs|steps|staircase)|them) ")
"""Down the stairs, how a fall down them is told before how one landed (or "them", the stairs
named before: "the trike was on the stairs and I went down them backwards")."""
_NOT_SLIPPED_ON = (r"(?! (?:on|over) (?:the |some |a |my )?" + _any(
    "heat", "heating", "timer", "countdown", "clock", "log", "pain", "paracetamol", "ibuprofen",
    "naproxen", "tablets", "pills", "medicine", "knot", "rub", "stop", "breathing", "stretch",
    "stretches", "weather", "light", "lights", "word", "words", "tongue", "name") + r"\b)")
"""Not what no one slips on: en-gb hears "let's", "what's left" and "note that I've" as
"slipped on" ("what's slipped on the heat", "note I slipped on some paracetamol"); nor a word
one trips over ("I've tripped over the word acetaminophen")."""
_UNRELENTING = _any(r"(?:never|does not|do not|will not|would not) (?:really |ever |even )?"
                    + _any("stops?", "lets? up", "let us up", "eases?", "goes? away", "settles?"),
                    "(?:is|it is) (?:constant|relentless|non stop)",
                    # however one lies or whatever one takes ("nothing touched it")
                    r"nothing (?:\w+ )?" + _any("takes it off", "touches it", "touched it",
                                                 "eases it", "eased it", "shifts it"),
                    r"no position (?:\w+ )?" + _any("helps", "helped", "works", "worked"))
_CANNOT = _any("can not", "could not", "unable to", "unable(?= pass)", "can barely", "can hardly",
               "can not seem to",
               "can not be able to", "can not being able to",  # "haven't been able to", as heard
               # ("not been able pass water", its "to" unheard)
               r"(?:(?:am|is|are|was|were|have|has|had) )?not (?:been )?able(?: to|(?= pass))",
               r"(?:can|could) not manage to", r"(?:have|has|had) not managed to",
               # "I can no longer hold my wee", "she's no longer able to lift her foot"
               r"(?:can|could) no longer", r"(?:am|is|are|was|were) no longer able to",
               r"(?:do|does|did) not seem to be able to")
_BEDDING_WORDS = ("blanket", "blankets", "duvet", "covers", "quilt", "sheet", "sheets", "throw")
"""Bedding: it falls off ("the duvet fell off the bed"), and leaves one uncovered (_UNCOVERED)."""
_THINGS = ("pack", "packs", "pad", "bag", "bottle", "peas", "pillow", "cushion", "cushions",
           "glasses", "phone", "remote", "towel", *_BEDDING_WORDS, "cover", "lid", "book", "cup",
           "mug",
           "tablet", "tablets", "pills", "box", "plaster", "patch")
"""Things that fall, slip or get knocked off (a pack, the remote, my glasses)."""
_SPILT = _any("cream", "gel", "rub", "lotion", "ointment", "tea", "coffee", "milk", "water",
              "juice", "wine", "drink", "cup", "mug", "glass", "kettle", "paint", "soup", "sauce",
              "peas", "ice pack", "hot water bottle", "oil", "tray", "ice", "bag", "bottle", "bowl",
              "jar", "plate", "cubes")
"""What one has an accident with, or knocks over, that is a spill, not a crash."""
_UNBIDDEN = ("on its own", "on it is own", "by itself", "without warning", "with no warning",
             "without me")
"""How a bladder or the bowels emptied unbidden ("my bladder just emptied on its own")."""
_WHERE_ONE_FALLS = ("stairs", "steps", "ice", "ladder", "floor", "pavement", "path", "shower",
                    "bath", "tiles", "driveway", "patio", "decking", "pitch", "slope", "hill")
"""Where people fall, named with the fall ("a fall on the stairs", "a little slip in the
shower")."""
_PETS = ("cat", "dog", "kitten", "puppy", "budgie", "hamster", "rabbit", "parrot")
_NOT_A_THING = _not_after("it", "they", "that", "this", *_THINGS, *_PETS, "has", "have",
                          *(f"{t} is" for t in _THINGS))
"""Not a thing that fell ("the ice pack fell off", "my glasses, they fell off the sofa"); nor
"it has fallen off" (the pack); nor a pet ("the cat fell off the windowsill")."""
_LIKENED = _not_after("it is been", "it has been", "feels", "feel", "felt", "feel i have been",
                      "feels i have been", "feel i have just been", "felt getting", "feels getting",
                      "feel getting", "felt being", "feels being", "like being",
                      "like getting")
"""Not the back likened to it ("my back feels like it's been hit by a bus", its "like" gone by
now)."""
_PAIN_DOERS = ("pain", "spasm", "spasms", "it", "cramp", "twinge", "agony", "that", "this", "ache")
"""What does it to one in a figure of speech ("the spasm slammed me into the floor")."""
_ON_SCREEN = r"(?! on (?:the )?(?:telly|tv|television|news|radio|film|screen)\b)"
"""Not a crash one watched ("the car crash on the telly made me jump")."""
_FELL_IN = r"in the " + _any("bath", "bathtub", "tub", "shower", "garden", "street", "road",
                            "car park", "kitchen", "bathroom", "hall", "snow", "mud", "playground",
                            "hallway", "landing", "bedroom", "living room", "lounge", "yard",
                            "driveway", "garage", "shop", "supermarket")
"""Where one falls in ("mum's just fallen in the bath"); not "fell in love"."""
_BUZZING = _any("buzzing", "fizzing", "fizzy", "prickling", "prickly")
"""Tingling in other words."""
_WEE = _any("pee", "wee", "urinate", "pass water", "pass urine", r"go(?: to the (?:toilet|loo))?",
             "a pee", "a wee", "the toilet", "the loo", "number 1", "a number 1",
             "spend a penny")
_NOT_PACKS = (r"(?!(?: \w+){0,2}? (?:packs?|compress|compresses|therapy|treatment|water|showers?"
              r"|baths?)\b)")
"""Not the packs one goes between: "should I keep going hot and cold with the packs"."""
_NOT_FROM_HEAT = (r"(?!(?: \w+){0,3}? " + _any("from", "under", "because of", "off", "in",
                                                 "because") + " "
                  # "clammy from lying on the heat pad"
                  + r"(?:(?:lying|laying|sitting|lay|sat|being) (?:on|in|under|with) )?"
                  + r"(?:the |my |this |that |a |an |these |those |all the |all these "
                  + r"|two |three |2 |3 )?"
                  + r"(?:hot |thick |heavy |warm |electric )?"
                  + _any("heat", "heating", "hot water", "wheat bag", "bath", "shower", "duvet",
                         "duvets", "blanket", "blankets", "covers", "radiator", "fire", "sun")
                  + r"\b)")
"""Not hot from a heat one is under or in ("all clammy and sweaty under the heat pack"; "burning
up in this hot bath"; "only clammy 'cause the heat pad's been on")."""
_HOT = re.compile(r"\b" + _any("i am", "i feel", "i felt", "i was", "feeling", "i have been",
                                "i keep", "i get", "i keep getting", "getting")
                  + r" (?:\w+ ){0,2}?" + _any("hot", "boiling", "burning", "roasting", "sweating",
                                              "sweaty", "clammy") + r"\b"
                  + _NOT_FROM_HEAT)
"""Feeling hot, told as one's own: with shivers or shakes anywhere in the utterance, a fever.
Not from a heat one is under ("all clammy and sweaty under the heat pack")."""
_FEVERISH = r"(?:37\.[5-9]|3[89]|4[0-2]|99|10[0-5])"
"""A body temperature that is a fever, Celsius or Fahrenheit (number words already digits)."""
_READING = _FEVERISH + r"(?: point \w+)?(?! minutes| mins| seconds| hours| percent| per cent)"
"""Such a temperature said as a reading ("39 point 2"), not a time ("38 minutes")."""
_GENERAL_SUBJECT_NOT = _not_after("does", "do", "would", "will", "could", "can", "is")
"""Not right after the verb of a general question, whose subject a gerund after it is ("does
having a temperature with back pain mean I should see someone?")."""
_TESTED = _any("pinched", "touched", "poked", "prodded", "pricked", "tapped", "scratched",
               "stroked", "brushed")
"""How one tests for feeling ("I pinched my bum cheek and felt nothing")."""
_GERUND_ASKED_NOT = _not_after(*(f"^{verb}" for verb in ("is", "does", "would", "could", "can",
                                                           "will")))
"""Not a doing that opens a question as its subject ("is getting a temperature with back ache
ever serious?"): asked of in general (not "she is getting a temperature")."""
_NOT_ITS = _not_after(
    "bath", "room", "water", "oven", "meat", "fridge", "freezer", "cooking", "kitchen", "outdoor",
    "outside", "greenhouse", "garden", "car", "pool", "sugar", "jam", "wall", "window")
"""Not a thermometer of a thing or a place ("the greenhouse thermometer says 39"): its reading
is no fever."""
_COLD_THINGS = _any("ice", "ice pack", "cold pack", "frozen", "peas", "fridge", "igloo", "icebox",
                    "freezer", "cold floor", "floor", "cold", "snow", "draught", "draft", "fan",
                    "air con", "freezing", "chilly", "nippy", "parky", r"(?:back |front )?door",
                    "window", "windows", "heating")
_COLD_WORDS = _any("cold", "freezing", "chilly", "icy", "nippy", "parky", "baltic", "arctic")
_FROM_THE_COLD = (r"(?! (?:\w+ ){0,4}?" + _any("from", "because of", "off", "under",
                                                 # a cold place or thing, not "because I'm cold"
                                                 "because (?:the|this|that|it is|our|my)",
                                                 # "because I've had the ice on"
                                                 r"because i (?:\w+ ){1,3}?(?:the|my|this)",
                                                 # "from" as piper may hear it
                                                 "for (?:this|the|that|my)",
                                                 # "since the ice pack went on"
                                                 "since (?:the|this|that|my|i put)",
                                                 # "all shivery after the ice"
                                                 "after (?:the|this|that|my|a)",
                                                 # "shivery with this ice pack on"; not "with a
                                                 # cold", which may be a fever
                                                 "with (?:this|the|that|my)",
                                                 # "shivering in this freezing spare room"
                                                 r"in (?:this|here|the)(?= (?:\w+ )?"
                                                 + _COLD_WORDS + r"\b)",
                                                 # "shivering on these cold tiles"
                                                 r"on (?:these|the|this|those|that|my)(?= (?:\w+ )?"
                                                 + _COLD_WORDS + r"\b)")
                  + r" (?:\w+ ){0,5}?" + _COLD_THINGS + r"\b)")
"""Not shivers from the ice pack or the cold floor one lies on ("I'm a bit shivery from the ice
pack", "shivery with this ice pack on"): cold felt from the cold, no fever. Not "with a cold":
shivering with a cold may be one."""
_HOW_COLD = (r"(?:(?:gone|got|getting|going|turned) )?"  # "the bath's gone totally cold"
             r"(?:so |really |absolutely |bloody |proper |that |totally |completely |stone |all )?")
# ("the spare room", heard as "the spa re room")
_PLACE_IS_COLD = (r"(?:(?:the|this|my|our) (?:\w+ ){0,2}?"
                  + _any("room", "bathroom", "bedroom", "kitchen", "house", "flat", "place",
                         "floor", "water", "bath", "hall", "hallway", "lounge")
                  + r"(?: is)? " + _HOW_COLD + _COLD_WORDS  # ("'s" may go unheard)
                  # "it's freezing in here": the place, not the person
                  + r"|it is " + _HOW_COLD + _COLD_WORDS
                  + r" (?:in here|in this \w+|in the \w+|out here|down here))")
"""A cold place, which brings on shivers ("the bathroom's baltic", "the spare room is freezing",
"it's freezing in here")."""
_BEDDING = _any(*_BEDDING_WORDS)
_SWUNG = _any("hot", "boiling", "roasting", "burning up", "sweating", "sweaty", "freezing", "cold",
              "shivering", "frozen")
"""Either end of a swing told by the minute ("boiling one minute and freezing the next")."""
_HEATING_OFF = (r"(?:(?:(?:the|our) )?heating (?:is|went|has gone) off"
                # "because the boiler's broken"
                r"|(?:the|our|my) (?:boil ?er|heating|central heating) (?:is |has |went |has gone "
                r"|is gone )?" + _any("broken", "broke", "bust", "off", "out", "down", "packed up",
                                      "conked out", "died", "playing up") + ")")
"""No heating: a cold cause for shivers, told with "because" or after them ("I'm shivering, the
boiler's packed up")."""
_UNCOVERED = (r"(?:i (?:have |had )?(?:kicked|threw|thrown|pushed|took|taken) (?:off )?"
              r"(?:the |my )?" + _BEDDING
              # "because the duvet fell off the bed"
              + r"|(?:the|my) (?:\w+ )?" + _BEDDING + r" (?:fell|has fallen|had fallen|came"
              r"|slipped|slid|falls|slides|slips|comes|keeps (?:falling|sliding|slipping|coming))"
              r" off"
              + r"|(?:the|a|my) (?:\w+ )?" + _any("window", "door")
              + r" (?:is |was |has been )?(?:wide |stuck |jammed |left )?open"
              + r"|" + _HEATING_OFF + r")\b")
"""Uncovered or in a draught: a cold cause for shivers ("because I kicked the blanket off")."""
_COLD_DIP = (_any("cold", "cool", "icy", "ice", "freezing", "chilly", "lukewarm", "tepid")
             + " " + _any("bath", "baths", "shower", "showers", "swim", "dip", "plunge",
                          "bath water"))
"""A cold bath or swim, which brings on shivers ("shivering after a cool bath")."""
_COLD_SAID_AFTER = re.compile(r"^ (?:(?!not |never )\w+ ){0,3}?(?:but |and )?(?:that|it) "
                              r"(?:is|will be|must be) (?:just |only |probably |all |from "
                              r"|because of )*(?:the |this |my |that )?(?:(?!not |no )\w+ ){0,2}?"
                              + _COLD_THINGS + r"\b"
                              # "..., but only because the water went cold"
                              r"|^ (?:(?!not |never )\w+ ){0,4}?(?:but |and )?"
                              # "all shivery when the bath water went cold"
                              r"(?:only |just |probably )?(?:because|as|when|once|after) "
                              r"(?:the |this |my |that )?(?:\w+ ){0,2}?(?:went|got|was|is"
                              r"|has gone|had gone|is gone|has got|turned) (?:a bit |so |really "
                              r"|too )?"
                              + _any("cold", "freezing", "chilly", "icy", "nippy", "lukewarm",
                                     "tepid") + r"\b"
                              # "I'm shivering in here, the bathroom's baltic"
                              r"|^ (?:\w+ ){0,3}?(?:but |and )?" + _PLACE_IS_COLD + r"\b"
                              # "I'm only shivering because I kicked the blanket off"
                              r"|^ (?:(?!not |never )\w+ ){0,4}?(?:but |and )?"
                              r"(?:only |just |probably )?(?:because|as|since) " + _UNCOVERED
                              + r"|^ (?:\w+ ){0,3}?(?:but |and )?" + _HEATING_OFF + r"\b"
                              # "shivery stepping out of a bath", "when I got out of the bath"
                              r"|^ (?:\w+ ){0,2}?(?:when |after |as |once |whenever |every time "
                              r"|each time )?(?:i |you )?(?:\w+ )?"
                              + _any("get", "got", "getting", "gets", "step", "stepped",
                                     "stepping", "climb", "climbed", "climbing", "come", "came",
                                     "coming", "hop", "hopped", "hopping")
                              + r" out of (?:the|a|my) (?:\w+ )?"
                              + _any("bath", "shower", "pool", "sea", "tub", "bathtub",
                                     "swimming pool") + r"\b"
                              # "I was shivering after a cool bath"
                              r"|^ (?:\w+ ){0,3}?" + _any("after", "from", "since", "following",
                                                          "because of")
                              + r" (?:a |the |my |that |this |your )?(?:\w+ )?" + _COLD_DIP
                              + r"\b")
"""Shivers put down to a cold thing in the next clause ("I'm shivering a bit, but that's just the
frozen peas"; "I've got the shivers, but it's just the cold floor"): no fever. Not "it's not the
floor"."""
_COLD_SAID_BEFORE = re.compile(r"\b" + _any("cold", "freezing", "chilly", "nippy", "parky", "icy",
                                             "draughty", "drafty")
                               + r"(?: in here| out there| outside| in the \w+)? "
                               + _any("so", "and so", "which is why", "that is why", "hence")
                               + r" (?:\w+ ){0,4}?$"
                               # "the bathroom's freezing and I'm shivering": a cold place
                               # (its "and" or "so" may be unsaid: "the bathroom's so cold
                               # I'll be shivering")
                               + r"|\b" + _PLACE_IS_COLD + r" (?:and |so )?(?:\w+ ){0,5}?$"
                               # "I always come out of the bath shivery"
                               + r"|\bout of (?:the|a|my) (?:\w+ )?"
                               + _any("bath", "shower", "pool", "sea", "tub", "bathtub")
                               + r" (?:\w+ ){0,2}?$"
                               # "got out of a cool bath and I'm shivering", "I hoped a cool
                               # bath would help, but I'm shivering"
                               + r"|\b" + _COLD_DIP + r" (?:\w+ ){0,6}?$"
                               # "the heating's broken and I've been shivering", "heating's
                               # off, I'm shivering"
                               + r"|\b" + _HEATING_OFF + r" (?:and |so )?(?:\w+ ){0,4}?$"
                               # "I've let it go cold, I'm shivering now" (the bath)
                               + r"|\blet (?:it|the (?:\w+ )?(?:bath|water)) (?:go|get) "
                               + _HOW_COLD + _COLD_WORDS + r" (?:\w+ ){0,4}?$")
"""... or in what was said just before, the shivers following from it ("the window's been open
and the room's cold, so I'm shivering a bit")."""
_SHIVERS = re.compile(r"\b(?:shiver|chill)")
"""The signs of fever that a cold thing explains (not "fever" itself)."""
_MY_TEMPERATURE = re.compile(r"\b(?:my|his|her) (?:temperature|temp)\b")
_URINE = re.compile(r"\b" + _any("pee", "wee", "urine", "urinate", "toilet", "loo", "bathroom",
                                 "bladder", "prostate",
                                 r"(?:pass(?:ed|es|ing)?|past) (?:any |some |much |my )?water",
                                 "water ?works",
                                 # "I'm bursting" (for the loo; not "bursting with pride")
                                 r"bursting(?! with)",
                                 # a wee heard as "we'll": "I tried to have we'll a while ago"
                                 r"(?:have|having|had) (?:a )?we will",
                                 r"(?:need|needed|want|wanted|try|tried|trying) to go",
                                 # "desperate to go but nothing will come out" (not "desperate to
                                 # go home")
                                 r"(?:desperate|dying|busting) (?:(?:to|2) )?go"
                                 r"(?! (?:to|home|out|back|on|and)\b)",
                                 "number 1")
                    + r"\b")
_EXCRETA = re.compile(r"\b" + _any("pee", "wee", "urine", "bladder", "poo", "poop", r"bowels?",
                                   "number 1", "number 2") + r"\b")
_SAT_ON = _any("wheelchair", "chair", "stool", "ladder", "stepladder", "step ladder", "bike",
               "scooter", "trolley", "deckchair", "deck chair", "bench", "swing", "kayak", "canoe")
"""What one sits or stands on, which may go over with one."""
_VEHICLE = _any("car", "truck", "van", "bus", "lorry", "vehicle", "motorbike", "motorcycle", "bike",
                "moped", "bicycle", "cyclist", "horse", "scooter", "ute", "tractor", "trailer",
                "taxi", "cab", "tram", "coach", "jeep", "minibus", "pickup")

_THERMOMETER = (r"(?:thermometer|(?:my|the) (?:ear|forehead)(?: 1| reading)?"
                r"|(?:temperature|thermometer|temp) app)")
"""A thermometer, or the ear or forehead one or an app, its word often lost ("my ear reads
thirty-eight and a half")."""

_PEE_SAID = (r"pee(?! even (?!when|though|tho|if|i|it|a|one|with|after|trying|straining|properly"
             r"|sitting|standing|now|in|at|on)\b)(?! any more of\b| trust\b| over\b)")
""""Pee" after "I can't", where piper hears it for "be", "do" or nothing ("i can't pee even
pick up my toddler", "i can't pee any more of those", "i can't pee trust them ...") unless what
follows goes on about peeing ("I can't pee even when I try")."""

# (flag, pattern). REPORT patterns are first person by construction; TERM patterns are the bare
# sign, judged by the clause around them (see _judge).
_CONTROLLED = _any("bladder", r"bowels?", "water ?works")
"""What is lost control of, or not in control of: "lost control of my waterworks"."""
_EXCEPTING = ("apart from", "other than", "besides")
"""Words that except one thing from an all-clear or a denial ("nothing wrong apart from ...")."""
_EXCEPT_FIRST = r"(?:(?:^|(?<=^ ))(?:for )?|" + _any(*_EXCEPTING) + " )"
"""What the one thing excepted from an all-clear opens with: "apart from ...", or a clause of
its own after "but" or "except (for)"."""
_REPORTS: list[tuple[str, str]] = [
    ("bladder_bowel", _any("wet", "peed", "pissed", "soiled", "pooped", "pooed", "messed", "shat",
                           "crapped", "wetting", "peeing", "soiling")
     # ("pooed in my pants", as a child tells it of a parent; "messed my shorts")
     + " " + _any("myself", r"(?:in )?my " + _any("pants", "trousers", "knickers", "underwear",
                                                  "shorts?", "jeans", "joggers", "boxers",
                                                  "pyjamas", "leggings"),
                  "the bed", "a bed", "my bed")),
    # what one lies in or wears found wet ("... and now the bed's wet"), not by the ice pack
    ("bladder_bowel", _any("the bed", "my bed", "the sheets?", "my pants", "my trousers",
                           "my pyjamas", "my knickers")
     + " " + _any("is", "are", "was", "were", "has got", "got", "have got")
     + r" (?:all |soaking |sopping )?"
     + _any("wet", "soaked", "soaking", "soiled")
     # (not wet with sweat or a drink: "my pyjamas are soaked with wee" is)
     + r"(?! (?:from|because|where|under)\b| with (?!wee|pee|urine|piss|poo)\w)"),
    # "I woke up in a wet bed and had no idea": not wet from what leaked or spilled
    ("bladder_bowel", r"(?:woke|woken|wake|waking) (?:up )?(?:in|to) (?:a |my |the )?"
     r"(?:soaking |sopping )?wet "
     + _any("bed", "sheets", "pyjamas", "pants", "mattress")
     + r"(?! (?:\w+ ){0,3}?(?:from|because|cos|where|under|as)\b)"),
    # the verb lost in noise: "i can't [feel] my bum", "i can't [move] my legs", "i couldn't
    # [feel] a thing down below"
    ("numbness", r"(?:can|could) not (?:really |even |properly )?(?:my|me) "
     + _any(_SADDLE, _LIMB) + r"\b"),
    ("numbness", r"(?:can|could) not (?:a thing|anything) (?:in |at all )?(?:my )?" + _SADDLE),
    # "neither foot has any feeling in it": told with "neither", not denied
    ("numbness", r"neither (?:of )?(?:my )?" + _LIMB + r" (?:has|have|has got|had|is getting)"
     r" (?:any )?(?:feeling|sensation)\b"),
    # the one thing excepted from an all-clear ("I'm fine apart from not feeling my left foot",
    # "okay, but not being able to hold my bowels"); not "why does not being able to wee mean
    # hospital", a question of what it means
    ("numbness", _EXCEPT_FIRST + r"not (?:really )?feeling "
     r"(?:anything in |a thing in )?(?:my|either|both|the) (?:left |right )?"
     + _any(_LIMB, _SADDLE) + r"\b"),
    ("bladder_bowel", _EXCEPT_FIRST + r"not being able to (?:hold|control|pass|empty"
     r"|wee|pee|go)\b"),
    ("numbness", _EXCEPT_FIRST + r"not being able to feel\b"),
    ("weakness", _EXCEPT_FIRST + r"not being able to (?:lift|move|stand on|walk on)"
     r" (?:my|either|both)\b"),
    # an accident told coyly: "I've done a number two in my pants", "I've gone in my pants"
    ("bladder_bowel", r"(?:have |had |just )?(?:gone|went) in (?:my |the )?"
     + _any("pants", "trousers", "knickers", "underwear", "pyjamas", "nappy")
     + r"(?! pockets?\b)"),
    ("bladder_bowel", r"(?:done|did|had|have) a (?:number (?:1|2)|poo|wee|pee) in (?:my |the )?"
     + _any("pants", "trousers", "knickers", "underwear", "bed", "pyjamas", "nappy")),
    # "I've drunk a whole pot of tea and I can't pass a drop"
    # (its "a" heard as "the": "can't pass the drop")
    ("bladder_bowel", _CANNOT + r" (?:seem to )?pass (?:a|one|a single|the) (?:drop|drip|dribble)\b"
     r"(?! of (?!wee|pee|urine|water)\w)"),
    # "I can't get my waterworks going": retention
    ("bladder_bowel", _CANNOT + r" (?:seem to )?get (?:my |the |a )?(?:own )?"
     + _any("water works", "waterworks", "bladder", "pee", "wee", "urine")
     + " " + _any("going", "started", "to start", "working", "to work", "flowing", "moving")),
    # the waterworks stopped: retention, as urgent as losing control
    ("bladder_bowel", r"(?:my )?water ?works (?:have |has )?(?:just )?"
     + _any("stopped", "stopped working", "packed up", "shut down", "given up", "gave up")),
    # "my bladder's not working", "my bowels have stopped working"
    ("bladder_bowel", r"my " + _any("bladder", r"bowels?", r"water ?works") + " "
     + _any("is not", "are not", "has stopped", "have stopped", "stopped") + " working"),
    ("bladder_bowel", _any(_CANNOT, "trouble", "struggling to", "difficulty",
                           r"(?:getting |it is |so )?hard(?: ?er)?(?: and hard(?: ?er)?)? to")
     + " "
     + _any("control", "controlling", "hold", "holding", "stop", "stopping") + r" (?:in )?"
     + r"(?:my |in my |the |of )?"
     + _any("bladder", r"bowels?", "pee", "urine", "wee", "poo", "poop", "stool", "water")),
    ("bladder_bowel", _any("lost", "losing", "lose", "no") + r" control (?:of|over) (?:my )?"
     + _CONTROLLED),
    # "I'm not in control of my bowels", "I'm not exactly in charge of my bladder" (_IN_CHARGE)
    ("bladder_bowel", _any("am", "is", "are", "was", "were", "feel", "feels") + " not "
     + r"(?:fully |really |exactly |quite |totally |entirely |completely |properly )?"
     # (in heard as "and", the "of" unheard: "i'm not fully and control my bowels")
     + r"(?:in|and) (?:full |proper )?control (?:of |over )?(?:my|his|her|their) "
     + _CONTROLLED),
    ("bladder_bowel", r"(?:have|got|there is) no " + _any("bladder", r"bowels?")
     + r" control(?! (?:problems?|issues?))"),
    ("bladder_bowel", _CANNOT + r" (?:go |make |make myself |get myself to |do |have )?(?:a )?"
     + _any(_PEE_SAID, "urinate", "wee", r"pass (?:the |any )?urine", r"pass (?:the |any )?water",
            r"pass (?:the )?motion", "number 1")),
    # not being able to go, told other ways: retention is as urgent as losing control
    # ("I've been trying to pee for half an hour and nothing")
    ("bladder_bowel", _any("trying", "tried", "try") + " to (?:have |do |pass )?"
     # (not "go for a walk")
     + r"(?!go (?:for (?:a |an )?(?:walk|run|stroll|swim|drive|jog|coffee|drink|lie down)|out"
     + r"|back|on|up|down|outside|home|shopping|round|to (?!the toilet|the loo))\b)"
     + _any(_WEE, "pass anything")
     + r" (?:\w+ ){0,6}?(?:(?:and|but) )?(?:absolutely |just |still )?"
     + _any("nothing", "no luck", "not a drop", "zilch", "nowt", "not a thing")
     + r"(?! (?:hurts?|hurt|wrong|bad|worse)\b)"),
    ("bladder_bowel", _CANNOT + r" (?:fully |properly |completely )?empty (?:my )?"
     + _any("bladder", r"bowels?")),
    # "my body just let go down there"
    ("bladder_bowel", r"(?:let|letting) go (?:down there|down below)"),
    # "I press on my bottom and my inner thighs feel nothing at all"
    ("numbness", _any(_LIMB, _SADDLE) + r" (?:just |now |still )?(?:feel|feels|felt) "
     + r"(?:absolutely |completely |literally )?nothing(?! (?:wrong|bad|unusual|odd|strange"
     + r"|different|new|of it)\b)"),
    # "a dead patch right round the saddle area"; "like I'm sitting on nothing"
    ("numbness", r"dead (?:patch|spot|area|bit|zone)(?: \w+){0,4}? (?:round|around|on|in|over"
     + r"|across|covering) (?:my |the |the whole |my whole )?" + _SADDLE),
    ("numbness", r"(?:i am|like|as if i am|as though i am|i feel i am|feels i am) sitting on "
     + _any("nothing", "air", "thin air", "fresh air")),
    # "her bladder just won't empty", "a bladder that's full and won't empty"
    ("bladder_bowel", _any("bladder", r"bowels?")
     + r" (?:(?:is |feels )?(?:full|fit to burst|bursting) (?:and|but) )?(?:just |still )?"
     + _any("will not", "would not", "does not", "did not", "is not", "can not")
     + r" (?:fully |properly |completely )?empty"),
    # "I haven't managed to go all day": going, with no place to go to, is the toilet
    ("bladder_bowel", _CANNOT + r" go "
     + _any("all day", "today", "at all", r"for (?:\w+ )?hours",
            r"since (?:this|last|yesterday|lunch|breakfast|i woke|i got up|[0-9])")),
    # "it's been fourteen hours since I last passed any water": half a day or more without
    ("bladder_bowel", r"(?:been|over|more than|nearly|almost|it is) "
     r"(?:about |around |over |nearly )?"
     + _any("[89]", "[1-9][0-9]", "a day", "a whole day", "a full day", "all day")
     + r" (?:hours? )?since (?:i|he|she) (?:last |was last able to |could last |managed to )?"
     + _any(r"(?:had|did|done|managed|went for) a (?:pee|wee)", r"peed", r"weed", r"urinated",
            # "since I last managed to pee"
            r"(?:last )?(?:managed|was able) to (?:pee|wee|urinate|go)",
            r"(?:passed|past) (?:any |some )?(?:water|urine)", "been to the (?:toilet|loo)")),
    ("bladder_bowel", r"(?:have|has) not " + _any("peed", "weed", "urinated",
                                                  r"passed (?:any )?(?:water|urine)",
                                                  r"(?:had|been for) a (?:pee|wee)")),
    ("bladder_bowel", _any(_CANNOT, "trouble", "struggling to", "difficulty") + " "
     + _any("control", "tell", "feel", "sense", "know")
     # "... when I need the toilet", heard without its "I"; "can't tell if I need the loo"
     + r" (?:(?:when|if|whether) (?:i )?(?:need to |have to |need |want |want to )?"
     + _any(_WEE, "the toilet", "the loo", "a wee", "a pee", "a poo", "poo", "a number 2",
            "number 2")
     # "I can't tell when my bladder's full any more"
     + r"|(?:(?:when|if|whether) )?my " + _any("bladder", r"bowels?") + " "
     + _any("is", "are", "gets", "get", "feels")
     + " full)"),
    ("bladder_bowel", _any("did not", "never", "could not", "can not") + " "
     + _any("make it", "get", "reach") + " to the " + _any("toilet", "loo", "bathroom")
     + r"(?: in time)?(?<!can not make it to the toilet)(?<!can not get to the toilet)"
     + r"(?<!can not make it to the loo)(?<!can not get to the loo)"),
    # numbness told by likeness: "the insides of my thighs feel like cotton wool"
    ("numbness", _any(_LIMB, _SADDLE) + r" (?:\w+ ){0,2}?"
     + _any("feel", "feels", "feeling", "felt", "are", "is", "have gone", "has gone", "went")
     # ("like" is a skip word)
     + r" (?:all |a bit |kind of |sort of |completely |totally )?(?:like )?"
     + _any("cotton wool", "rubber", "wood", "cardboard", "they are not mine", "it is not mine",
            # "the saddle area feels like it's been frozen at the dentist"
            r"(?:it has been |it is been |they have been |they are been |it is |been |)"
            r"(?:frozen|numbed|injected) "
            r"(?:at|by|like at) the dentist", r"(?:at|after) the dentist",
            "they belong to someone else", "it belongs to someone else",
            # "my groin feels completely dead"; not "dead tired"
            r"dead(?! tired| beat| on| set| easy| good| right| heavy| sore| stiff)")),
    # "both my feet feel like they're wrapped in cotton wool": nothing else is
    ("numbness", _any(_LIMB, _SADDLE) + r" (?:\w+ ){0,2}?"
     + _any("feel", "feels", "feeling", "felt") + r" (?:\w+ ){0,4}?(?:in |of )?cotton wool"),
    # "I peed without feeling it": a bladder that empties unfelt
    # a wee not felt as it came ("I'm not sure I actually felt the wee come out")
    ("bladder_bowel", _any("did not", "could not", "can not", "never", "not sure i",
                           "do not think i") + r" (?:actually |really |even )?(?:feel|felt) "
     + r"(?:the |my )?" + _any("wee", "pee", "urine", "poo") + " "
     + _any("come", "coming", "go", "going", "pass", "passing")),
    # "I never felt myself pee", "I didn't even feel myself wee"
    ("bladder_bowel", _any("did not", "could not", "can not", "never", "not sure i",
                           "do not think i") + r" (?:actually |really |even )?(?:feel|felt) "
     + "myself " + _any("wee", "pee", "weeing", "peeing", "wet", "wetting", "poo", "pooing",
                        "leak", "leaking",
                        r"go(?:ing)?(?! to| off| under| into| out| back| down| up)")),
    # "I've just wet through my joggers"
    ("bladder_bowel", _any("wet", "soiled", "peed", "weed") + r" (?:right )?through (?:my |the )?"
     + r"(?:\w+ )?" + _any("joggers", "trousers", "pants", "knickers", "pyjamas", "jeans", "shorts",
                           "leggings", "underwear", "boxers", "bed", "sheets", "nightie")),
    ("bladder_bowel", _any("peed", "weed", "urinated", "pooed", "pooped", "wet myself",
                           "wet the bed", r"(?:had|done|did) a (?:little )?(?:wee|pee|poo)")
     + r" (?:myself )?(?:without (?:even )?"
     + _any("feeling", "noticing", "knowing", "realising", "realizing",
            r"(?:meaning|wanting|intending) (?:to|2|too)", "trying") + "|by accident)"),
    # whatever was done to oneself, it came unknown: "I've [crapped] myself and didn't even
    # know it was coming", the verb misheard ("cramp", "wrapped")
    ("bladder_bowel", r"\bi (?:have |had |have just |just )?\w+ myself (?:and |but )?(?:i )?"
     r"(?:did not|never) (?:even )?(?:know|realise|realize|notice) it was (?:coming|happening)"),
    # "I've accidentally weed myself"
    ("bladder_bowel", r"\b(?:accidentally|involuntarily) "
     + _any("peed", "weed", "urinated", "pooed", "pooped", "wet myself", "wet the bed", "soiled",
            "leaked")),
    # "some leaking of urine that couldn't be held in": told without a person
    ("bladder_bowel", _any("pee", "wee", "urine", "poo", "bowels?", "bladder")
     + r" (?:that |which )?(?:just )?(?:could not|can not|would not|will not) be "
     + _any("held", "stopped", "controlled", "kept in")),
    ("bladder_bowel", _any("leaked", "leaking", "leak", "leaks", "dribbling", "dribbled")
     + r" (?:a bit of |a little |some |a few drops of )?" + _any("pee", "wee", "urine", "poo")),
    # "I've leaked without knowing": the person, not a pack ("the gel pack leaked without ...")
    ("bladder_bowel", r"\bi (?:\w+ ){0,2}?" + _any("leaked", "leaking", "leak", "dribbled")
     + r" (?:myself )?without (?:even )?"
     + _any("feeling", "noticing", "knowing", "realising", "realizing")),
    # "I've leaked and didn't feel a thing"
    # (or where it went: "I did a wee on the floor and didn't even know")
    ("bladder_bowel", r"\bi (?:have |had |have just |just )?" + _any("leaked", "wet myself",
                                                                   "peed", "weed", "soiled",
                                                                   r"(?:did|done|had) a (?:wee|pee"
                                                                   r"|poo)")
     + r" (?:myself )?(?:(?:on|in) (?:the|my) (?:\w+ )?\w+ )?and (?:i )?"
     r"(?:did not|could not|never) (?:even )?"
     + _any(r"feel(?! (?!anything|something|nothing)\w+ing\b)", "notice", "know", "realise",
            "realize")
     # (not "... and didn't feel like eating", its "like" gone by now, "... and didn't know
     # whether to ice")
     + r"\b(?! (?:whether|if|what|how|where|which|when|why|who|like|up to|well|great|good"
       r"|better|right)\b)"),
    ("bladder_bowel", r"(?:keep|been|started|am|kept|keeps) having (?:little |some )?accidents"),
    # "I've leaked in bed and didn't wake up for it"
    ("bladder_bowel", r"\bi (?:have |had |have just |just )?leaked (?:in|into|on) (?:the |my )?"
     + _any("bed", "sheets", "chair", "sofa", "pants", "knickers", "trousers", "pyjamas")),
    # bowels or a bladder that went without warning: "bowels went, no warning, help", "my
    # bladder's just let go"
    ("bladder_bowel", _any("bladder", r"bowels?")
     + r" (?:is |has |have |must have |must of |might have |may have )?(?:just )?"
     + r"(?:went|gone|gave way|given way|gave out|given out|let go"
     r"|(?:got |has got )?a mind of (?:its|it is|their) own)"
     r"(?! (?:fine|normally|ok|okay|as normal|normal|all right|alright|regular))"),
    ("bladder_bowel", r"accidents? down (?:below|there)"),
    # "my bladder just emptied on its own"
    ("bladder_bowel", _any("bladder", r"bowels?") + r" (?:has |have )?(?:just )?emptied "
     r"(?:itself |themselves )?" + _any(*_UNBIDDEN, "on their own", "by themselves")),
    # "I was let down by my bladder"
    ("bladder_bowel", _any("let down", "betrayed", "failed") + " by my " + _CONTROLLED),
    # "still no wee since lunchtime"
    ("bladder_bowel", r"\bno " + _any("wee", "pee", "urine", "poo")
     + r" (?:at all )?(?:since|for) "),
    ("bladder_bowel", r"accidents? (?:with|in) (?:my |the )?"
     + _any(r"bowels?", "bladder", "pants", "trousers", "knickers", "underwear", "bed")),
    # not what leaks from a tube or a pack onto them: "I'm leaking some of that gel"
    ("bladder_bowel", r"i (?:keep|kept|am|have been|started|keep on) leaking"
     + r"(?! (?:\w+ ){0,3}?" + _any("gel", "cream", "ointment", "oil", "lotion", "balm",
                                   "ice", "coffee", "tea") + ")"),
    # "my waterworks have gone haywire, it's just leaking out of me"
    ("bladder_bowel", _any("leaking", "leaks", "leaked", "dribbling", "dribbles") + " out of me"),
    # "I've leaked from my back passage and didn't feel a thing"
    ("bladder_bowel", _any("leaking", "leaks", "leaked", "leak", "soiled", "messed")
     + r" (?:a bit |a little |something )?(?:from|out of) (?:my )?"
     + _any("back passage", "bottom", "behind", "backside", "bum", "rear end", "bowels?")),
    # tingling told in other words: "an electric buzzing all down my legs", "my legs are fizzing
    # like a shaken up bottle of pop" (not a phone buzzing: the legs or feet are named)
    ("numbness", _any(_BUZZING, "crawling") + r" (?:\w+ ){0,4}?"
     + _any("in", "down", "through", "into", "along", "up") + r" (?:\w+ )?"
     + r"(?:my |both |the |either )?(?:left |right )?" + _LIMB),
    ("numbness", _LIMB + r" (?:are |is |keep |keeps |have been |has been |feel |feels |all )?"
     + r"(?:all )?" + _BUZZING),
    ("bladder_bowel", _CANNOT + r" (?:seem to )?hold it in"),
    # "I can't stop myself weeing, it just comes out"
    ("bladder_bowel", _any("can not", "could not", "can not seem to")
     + r" stop (?:myself )?(?:from )?"
     + _any("weeing", "peeing", "urinating", "leaking", "dribbling", "wetting myself", "pooing",
            "pooping", "soiling myself", "messing myself",
            # (its "ing" lost in the hearing: "i can't stop myself wee")
            r"(?<=myself )(?:wee|pee)(?! (?:on|in|at|for|before|after|when)\b)")),
    ("numbness", _CANNOT + r" (?:even )?feel\b(?! (?:the |any |a )?" + _any(
        "ice", "heat", "cold", "pad", "pack", "difference", "better", "like", "good", "well",
        "comfortable", "relief", "stretch", "stretches", "stretching", "pull", "benefit",
        "effect") + ")"),
    ("weakness", _LIMB + r" (?:\w+ )?" + _any("gave", "give", "gives", "giving", "buckled",
                                              "buckle", "buckles", "buckling", "collapsed",
                                              "collapses", "folded", "folds", "folding",
                                              "crumpled", "crumples", "crumpling")),
    # "we can't get his legs to hold him"
    ("weakness", _CANNOT + r" get (?:my |his |her |their |your |the )?" + _LIMB + " to "
     + _any("hold", "support", "work", "take", "bear", "move")),
    ("weakness", _CANNOT + " " + _any("lift", "raise", "move", "bend", "flex", "point", "wiggle",
                                      "stand on", "put weight on")
     # ("wiggle the toes on my left foot")
     + r" (?:the (?:toes|front|end|top|ball) (?:on|of) )?"
     + r"(?:my |either |both |either of my |both of my )?(?:left |right )?" + _LIMB),
    # pressing down through the foot, as on a pedal: "I can't push my foot down at all"
    ("weakness", _CANNOT + r" (?:push|press) (?:my |either |both )?(?:left |right )?"
     + _any("foot", "feet", "toes") + r" (?:down|into the floor)\b"),
    ("weakness", _LIMB + r" (?:just |really |simply |still )?"
     + _any("will not", "would not", "do not", "does not", "can not", "are not", "is not") + " "
     + _any("hold", "holding", "support", "supporting", "work", "working", "move", "lift")),
    # the same asked why: "why won't my legs move?"
    ("weakness", r"why " + _any("will not", "would not", "do not", "does not", "can not")
     + r" (?:my |both my |both of my )?(?:left |right )?" + _LIMB + " "
     + _any("hold me", "hold me up", "support me", "work", "move", "lift")),
    ("weakness", _any("foot drop", r"dragging my (?:foot|leg)")),
    # "my left leg won't do what I tell it", "my legs have stopped listening"
    ("weakness", _LIMB + r" (?:just |really |simply |still )?"
     + _any("will not", "would not", "does not", "do not", "did not", "is not", "are not")
     + " " + _any(r"do (?:what|as) i (?:tell|want|ask)", r"doing (?:what|as) i (?:tell|want|ask)",
                  "listen", "listening", "obey")),
    # what a leg stopped doing, or does no longer: "my right foot has stopped obeying me", "my
    # legs quit working", "my legs no longer hold me up" (not "stopped hurting")
    ("weakness", _LIMB + r" (?:has |have |had |just |now |completely |totally |all but ){0,2}"
     + _any("stopped", "quit", "quitted", "given up", "gave up", "no longer") + " "
     + _any("obeying", "obey", "listening", "listen", "responding", "respond", "answering",
            "answer", "working", "work", "cooperating", "co operating", "moving", "move",
            r"doing (?:what|as) i (?:tell|want|ask|say)", r"do (?:what|as) i (?:tell|want|ask|say)",
            "taking my weight", "take my weight", r"holding me(?: up)?", r"hold me(?: up)?",
            "supporting me", "support me", "taking orders", "take orders")),
    # what a place stopped feeling: "the skin between my legs has stopped feeling anything",
    # "her legs have stopped feeling anything below the knees"
    ("numbness", _any(_LIMB, _SADDLE) + r" (?:has |have |had |just |now |completely |totally ){0,2}"
     + _any("stopped", "quit", "given up", "gave up", "no longer") + " "
     + _any("feeling", "feel", "having any feeling", "having feeling")
     # (what it no longer feels: anything, not "the cold" nor "stiff")
     + r"(?= (?:anything|a thing|any ?thing|at all|touch|the floor|the ground|like mine)\b|$)"),
    # ... or told of oneself: "I've stopped feeling anything in my left foot", "I no longer feel
    # my toes"
    ("numbness", r"\bi (?:have |had |just |now ){0,2}" + _any("stopped feeling", "no longer feel",
                                                            "quit feeling")
     + r" (?:anything |a thing |any ?thing )?(?:in |on |at |from |around |round )?"
     + r"(?:my|both|either|the) (?:left |right )?" + _any(_LIMB, _SADDLE) + r"\b"),
    # a bladder or bowels that stopped doing their job: "my bladder's given up, it just goes on
    # its own", "my bladder's stopped listening" (not "stopped hurting")
    ("bladder_bowel", _any("bladder", r"bowels?") + r" (?:has |have |had |just |completely "
     r"|totally ){0,2}" + _any("given up", "gave up", "quit", "stopped", "no longer") + r"(?: "
     + _any("on me", "listening", "listen", "obeying", "obey", "responding", "holding",
            "hold", "holding it", "hold it", "doing its job", "do its job", "doing their job",
            "taking orders", "behaving", "working", "work", "cooperating", "co operating")
     + r"|(?<!stopped)(?<!no longer)(?! (?:hurting|aching|complaining|being sore|bothering)\b))"),
    # no water will pass: "my bladder is full to bursting, yet no water will pass"
    ("bladder_bowel", r"\bno " + _any("water", "wee", "pee", "urine") + " "
     + _any("will", "would", "is going to", "wants to", "can", "seems to", "comes", "is coming",
            "came") + r"(?: \w+)?? " + _any("pass", "come", "come out", "flow", "out") + r"\b"),
    # a question, then the answer to it: "should I be able to feel it when I wipe? because I
    # can't" (heard without its "not")
    ("numbness", r"feel (?:it |anything )?when i wipe (?:and |but |because |cos )?i "
     + _any("can not", "could not", "do not", "did not")),
    # a negative question tells what one cannot do: "shouldn't I be able to feel it when I
    # wipe?", "shouldn't I be able to lift my foot?" (where: `_location_ok`)
    ("numbness", r"should not i be able to feel"),
    ("bladder_bowel", r"should not i be able to " + _any("pee", "wee", "urinate", "pass water",
                                                          "go to the toilet", "hold it")),
    ("weakness", r"should not i be able to (?:lift|move|stand on) (?:my )?" + _LIMB),
    # feeling in the saddle changed, told by how it feels ("the skin between my legs feels
    # duller than it did at lunchtime"; "when I wipe it feels different, like someone else's")
    ("numbness", _SADDLE + r" (?:it |things |everything |the skin )?"
     + _any("feels", "feel", "felt", "has felt", "is", "are", "has gone", "is gone", "gone",
            "went", "seems")
     + r" (?:a bit |all |really |much |quite |kind of |so |very |a lot |completely |totally )?"
     + _any("duller", "dull", "different", "strange", "odd", "weird", "funny", "wrong",
            "less sensitive", r"not (?:right|normal|the same)", "muffled", "wooden",
            "like cardboard", "like rubber", "like someone else is", "like it is not mine",
            r"(?:like )?nothing(?! (?:much|wrong|different|unusual|new)\b)")),
    # "the loo roll feels like nothing down there": what wipes, felt as nothing
    ("numbness", _any("loo roll", "toilet roll", "toilet paper", "loo paper", "the paper",
                      "the tissue", "wiping", "a wipe")
     + r" (?:\w+ )?(?:feels|felt|is) (?:like )?(?:nothing|not there)\b"),
    # "... my back passage and didn't feel a thing" (what was done to it lost in the hearing)
    ("numbness", _SADDLE + r" (?:\w+ ){0,2}?(?:and |but )?(?:i )?"
     + _any("did not", "could not", "can not", "do not") + " feel "
     + _any("a thing", "anything", "a single thing")),
    # "I don't feel anything when I wipe"
    ("numbness", _any("do not", "did not", "can not", "could not", "never", "not to", "to not",
                      "not being able to", "not to be able to") + " feel "
     + _any("anything", "a thing", "it", "the paper", "the tissue", "much")
     + r" when i (?:wipe|wiped|go to wipe)\b"),
    # "every time I sit on the loo it feels like someone else's bum"
    ("numbness", r"(?:like|feels|feel|felt) (?:it is |they are )?(?:someone|somebody) else is "
     + _any("bum", "bottom", "backside", "behind", "bits", "privates", "leg", "legs", "foot",
            "feet")),
    # "I can feel less down there than I could this morning" (not "less pain")
    ("numbness", r"feel (?:a lot |much |far |a bit |a little )?less (?:in |on |around )?(?:my )?"
     + _any(_SADDLE, _LIMB)),
    # a self-test: "I pinched my bum cheek and felt nothing", "I touched between my legs with a
    # cold spoon and I can't feel the cold"
    ("numbness", _any(_TESTED, "rubbed", "felt") + r" (?:\w+ ){0,3}?"
     + _any(_SADDLE, _LIMB) + r"(?: \w+){0,6}? (?:and |but )?(?:i )?(?:just )?"
     + _any("felt nothing", "feel nothing", "could not feel", "can not feel",
            "did not feel", "could feel nothing", "can feel nothing") + r"\b"
     + r"(?! (?:a |the )?(?:stretch|pull|burn|pain|difference|benefit)\b)"),
    # "my groin's gone dead" (a leg gone dead is numbness below too)
    ("numbness", _SADDLE + r"(?: area| region)?(?: it| they)? (?:is |are |has |have )?"
     + r"(?:gone|going|went|feels|feel|felt) "
     + r"(?:all |completely |totally |a bit )?dead\b"),
    # "my right leg's gone from the knee down": no feeling below it
    ("numbness", _LIMB + r" (?:is |are |has |have )?(?:just |completely |totally )?"
     + _any("gone", "went", "going") + r" from (?:the|my|a|both|his|her) "
     + _any("knees?", "hips?", "waist", "thighs?", "ankles?", "shins?", "groin", "bum") + " down"),
    # a leg that will not bear one ("my left leg won't take my weight"), has no strength in it,
    # or is dragged ("I've had to drag my leg behind me to get to the bathroom")
    ("weakness", _LIMB + r" (?:just )?(?:will not|would not|can not|could not|does not|is not) "
     + _any(_any("take", "hold", "bear", "carry", "support") + r" (?:my|the|any) weight",
            r"hold me(?: up)?\b", r"support me\b")),
    ("weakness", r"(?:no|not any) (?:strength|power) (?:left )?in "
     + r"(?:my |that |the |this |either |both )?"
     + r"(?:left |right )?" + _LIMB),
    # "I tell my knee to bend and nothing happens", "tried to push up on my toes and nothing"
    ("weakness", _any("try", "tries", "tried", "trying", "tell", "tells", "told", "telling")
     + r" (?:to )?(?:\w+ ){0,4}?my (?:left |right |big )?" + _LIMB
     + r" (?:\w+ ){0,3}?(?:and|but) (?:just |absolutely |literally )?nothing"
     + r"(?: (?:happens|happened|happening|at all|moves|moved))?(?! (?:hurts?|wrong|bad)\b)"),
    ("weakness", _any("drag", "dragging", "dragged", "drags") + r" my (?:left |right )?"
     + _any("leg", "foot", "legs", "feet")),
    # hot then freezing: chills with a heat of one's own, told as the swing
    ("fever", _any("hot then freezing", "hot and then freezing", "freezing then hot",
                   "boiling then freezing", "freezing then boiling", "hot one minute freezing",
                   "sweating then shivering", "shivering then sweating",
                   # "I'm burning up and shaking under the duvet"
                   r"burning up and (?:shaking|shivering|trembling)",
                   r"(?:shaking|shivering|trembling) and burning up")),
    # "boiling one minute and freezing the next", "freezing one minute, roasting the next"
    # (a person's, not the heat pad's or the room's)
    ("fever", _any("i am", "i feel", "feeling", "i have been", "i keep", "i go", "going",
                   "me is", "me feels", "she is", "he is", "they are", "we are")
     + r" (?:\w+ ){0,2}?" + _SWUNG + " (?:1|one) minute (?:and |then |and then )?" + _SWUNG
     + " the next"),
    # the swing with the chills straight after it: "hot then cold shaking my back very painful"
    # (heard without commas; with them, the swing alone in its piece: _IN_CONTEXT)
    ("fever", _any("hot", "boiling", "sweaty", "sweating") + " " + _any("then", "and", "and then")
     + r" (?:really |very )?" + _any("cold", "freezing") + " (?:and )?"
     + _any("shaking", "shivering", "shivery", "trembling", "shaky")),
    # "the thermometer says I'm really hot", "... says she's got one" (a temperature)
    ("fever", _NOT_ITS + _THERMOMETER + " "
     + _any("says", "said", "reads", "read", "shows", "showed", "is showing", "is saying")
     + r" (?:that )?(?:i am |i have |i have got |i am running |it is )?"
     + r"(?:really |very |quite |a bit |pretty |so |too )?"
     + _any("hot", "high", "a fever", "a temperature", "feverish", "a high 1", "1")),
    # "feel a bit fluey, hot then cold": the swing as felt (not "should I do hot then cold")
    ("fever", _any("feel", "feels", "feeling", "felt", "fluey", "flu", "am", "was", "been",
                   "going", "gone", "getting", "keep going") + r" (?:\w+ ){0,2}?"
     + _any("hot then cold", "cold then hot", "hot and then cold", "hot one minute cold")
     + _NOT_PACKS),
    # a foot that drops or drags, legs that feel heavy or go from under one, told in other words
    # (or the thigh muscles: "my quads keep giving out")
    ("weakness", _any(_LIMB, "quads", "quadriceps", "hamstrings")
     + r" (?:is |are |keeps |keep |has |have |just |be ){0,2}"
     + r"(?:been |gone |started )?"
     + _any("flopping", "floppy", "flops", "flopped", "slapping", "slaps", "slapped", "drags",
            "dragging", "dragged", "dropping", "catching", "gave out", "giving out", "give out",
            # "my legs have given up on me"
            r"(?:given|gave|giving) up on (?:me|him|her|them)")),
    # "my foot seems to drag when I walk", "my leg has started to give out"
    ("weakness", _LIMB + " " + _any("seems to", "seem to", "seemed to", "starts to",
                                    "started to", "has started to", "have started to",
                                    "tends to", "keeps trying to", "wants to", "likes to")
     + " " + _any("drag", "flop", "slap", "drop", "give out", "give way", "buckle", "fold")),
    # a foot that will not come up, in plain words ("my foot is not lifting, it slaps down";
    # "my left foot won't flex at all")
    ("weakness", r"(?:foot|feet|toes) (?:that |which )?(?:is |are |does |do |will |just )?not "
     + _any("lifting", "lift", "lifting up", "come up", "coming up", "flex", "flexing",
            "respond", "responding") + r"(?! (?:much|very|far|as|so)\b)"),
    ("weakness", _LIMB + r" (?:\w+ ){1,2}(?:out )?from under me"),
    # a part that does not feel a touch ("my feet don't feel a thing", "my private parts
    # don't feel it when I touch them"; not "my legs don't feel it any more", an ache gone)
    ("numbness", _any(_LIMB, _SADDLE) + r" (?:just )?(?:do|does|did|can|could|will) not "
     r"(?:really |even )?feel "
     + _any("anything", "a thing", "a touch", "any touch", r"it when", "it at all", "a pinch",
            r"my (?:hand|finger|fingers|touch)", r"the (?:water|floor|paper|touch|pinch)")
     + r"\b(?! (?:like|as|they|it did|compared)\b)"),
    # a leg that has "gone to sleep" is a numb one
    # (not "a pillow between my knees to sleep": "to sleep" needs its going)
    ("numbness", _LIMB + r" (?:is |are |keeps |keep |kept |has |have |feels |feel |just )?"
     + r"(?:(?:been |gone |going |went |fell |falls |falling )to sleep|(?:been |gone |going |went "
     + r"|fell |falls |falling |like it is |like they are )?asleep)"),
    ("weakness", r"(?:keep|kept|am|was) tripping over my (?:own )?(?:foot|feet|toes)"),
    # "numb" heard as "dumb": nothing else makes a leg (or a bum) dumb
    ("numbness", _any(_any(_LIMB, _SADDLE) + r"(?: \w+){0,4}?",  # "my bum and my legs ..."
                      "my")  # "my ... are dumb": the limb itself unheard
     + r" (?:are|is|feel|feels|felt|(?:have|has|is|are) gone|gone|went|(?:have|has) been|been"
     + r"|go|goes|going) (?:all |really |so |completely |totally )?dumb\b"),
    # ... or said first, before the place: "dumb round my bum and groin"
    # (or "dumb all down the back of my leg")
    ("numbness", r"dumb (?:all )?" + _any("round", "around", "in", "down", "between")
     + r" (?:my |the |both )?(?:" + _any("back", "front", "side", "outside", "inside", "top",
                                        "soles?") + r" of (?:my |both )?)?"
     + _any(_SADDLE, _LIMB)),
    # ... or told after it, of the saddle: "it's gone all dumb down there"
    ("numbness", _any("is", "are", "gone", "went", "feels", "feel", "felt")
     + r" (?:all |really |so |completely |totally )?dumb (?:in (?:my |the )?)?" + _SADDLE),
    # "it's gone numb down below", "it's all tingly in my left leg": a state told of a place,
    # a report even inside a sentence heard as a question ("what ... it's all numb down there")
    ("numbness", _any("it is", "it has", "has", "have", "is", "are") + " "
     + r"(?:gone |going |gone all |all |really |completely |totally |a bit )?"
     + _any("numb", "tingly", "dead") + " "  # not "is tingling in the leg bad?"
     # ("it's dead right round my backside")
     + _any(_SADDLE, r"(?:right |all )?(?:a?round|in) (?:my |the )?" + _SADDLE,
            r"in (?:my |the |both )?(?:left |right )?" + _LIMB)),
    # the limb named first, the lack told after it: "my left foot's slapping the floor when
    # I walk, I can't lift it"
    ("weakness", r"my (?:left |right )?" + _LIMB + r" (?:\w+ ){0,8}?" + _CANNOT + " "
     + _any("lift", "raise", "move") + " " + _any("it", "them")),
    # no strength left in a leg: "the leg's got no strength", "no strength in my legs"
    # (its "no" heard as "know" or "now": "my right leg has know strength")
    ("weakness", _LIMB + r" (?:\w+ ){0,2}?(?:has |have |is |are )?(?:got )?"
     + _any("no strength", "lost (?:its |their |all |all its |all their )?strength",
            r"(?<=has |got )(?:know|now) strength(?:en)?(?! back| again| returning| coming)")),
    ("weakness", _any("no", "lost(?: the| all| all the| my| all my)?",
                      "losing(?: the| all| my)?") + r" strength in (?:my |either |both |the )?"
     + r"(?:left |right )?" + _LIMB),
    # standing on tiptoe or the heels is how a weak calf or foot shows: "I can't go up on my
    # toes on the left", "I tried to stand on my tiptoes and my right leg just won't do it"
    ("weakness", _CANNOT + " " + _any("stand", "go up", "get up", "push up", "rise up", "walk",
                                      "balance")
     + r" (?:\w+ )?(?:on|onto) (?:to )?(?:my |the |me )?" + _any("tiptoes", "tip toes", "toes",
                                                                  "heels", "tiptoe", "tip toe")
     + r"(?! for (?:very |that |so )?long\b)"),
    # "I can't lift my foot, it just flops": the limb may be misheard (so no place is asked
    # for, as "weakness" would), the flopping says enough
    ("foot_drop", _CANNOT + r" (?:lift|raise) (?:\w+ ){1,3}(?:it |and it |they )?(?:just )?"
     + r"(?:sort of |kind of )?" + _any("flops", "flop", "flopping", "floppy")),
    ("weakness", _LIMB + r" (?:feel|feels|felt|are|is|(?:have|has|is|are) gone|gone|went|going"
     r"|go|goes"
     r"|(?:have|has) turned|turned) "
     + r"(?:really |so |very |all |totally |completely )?"
     + _any("heavy", "(?:like )?lead", "(?:like |to )?jelly", "dead", "useless", "limp", "floppy",
            "(?:to )?mush", "rubbery", "(?:like |to )rubber",
            r"(?:like )?(?:wet |limp |cooked |overcooked )?(?:spaghetti|noodles)")),
    ("weakness", _CANNOT + " " + _any("lift", "raise", "pull up", "move") + " "
     + _any("them", "(?:either|both|one|any) of them",
            r"the (?:front|top|toes|end)s? of (?:my |either |both )?(?:left |right )?"
            + _LIMB, r"the (?:front|toes) of (?:it|them)")),
    ("fever", _any("i am", "i feel", "i felt", "i was", "feeling", "i keep getting", "i have been",
                   "i keep going", "i go", "i went", "i have gone", "i have been going",
                   "my body")
     + r" (?:\w+ ){0,2}?" + _any("hot", "sweating", "sweaty") + " " + _any("and", "then")
     + r" (?:\w+ )?" + _any("cold", "freezing")
     # (not of two minds: "I'm hot and cold about acupuncture")
     + r"(?! about\b| over\b)" + _NOT_PACKS),
    # hot and cold at once, told bare ("sweating and freezing at the same time")
    ("fever", _any("sweating", "sweaty", "clammy", r"cold sweats?", "the sweats") + " "
     + _any("and", "then", "but")
     + r" (?:\w+ ){0,2}?" + _any("freezing", "shivering", "shivery", "cold", "shaking", "shaky")),
    ("fever", _any("freezing", "shivering", "shivery", "shaking", "shaky") + " "
     + _any("and", "then", "but") + r" (?:\w+ ){0,2}?" + _any("sweating", "sweaty", "clammy")),
    # chills told as what they are like: cold with shaking one cannot stop
    ("fever", _any("freezing", "freezing cold", "frozen", "so cold", "ice cold", "cold") + " "
     + _any("and", "with") + r" (?:\w+ )?" + _any("shaking", "trembling", "shaky", "quivering",
                                                 "my teeth chattering", "teeth chattering")),
    ("fever", _any("shaking", "trembling") + " " + _any("with", "from") + " "
     + _any("cold", "the cold", "chills")),
    # teeth chattering, not from the ice ("my teeth are chattering, cold sweats")
    ("fever", r"(?:my )?teeth (?:are |keep |have been |started |have started )?"
     + r"(?:still )?chattering"
     + _FROM_THE_COLD),
    # "a big dog knocked me flying": something or someone did it (not "this spasm knocked me
    # down", nor piper's "thank you for knocked me down" in babble)
    ("trauma", _any("dog", "car", "van", "bike", "cyclist", "man", "woman", "bloke", "guy",
                    "lad", "kid", "child", "boy", "girl", "horse", "cow", "someone", "somebody",
                    "something", "he", "she", "they", "player", "wave", "door")
     + " knocked me "
     + _any("flying", "over", "down", "off my feet", "to the ground", "to the floor")),
    # whoever did it ("my grandson was running about and knocked me over onto the patio"; not
    # the pain: "this spasm knocked me down", "it knocked me flat"; nor piper's "thank you for
    # knocked me down" in babble)
    ("trauma", r"(?<!spasm )(?<!spasms )(?<!pain )(?<!it )(?<!this )(?<!that )(?<!cramp )"
     r"(?<!news )(?<!agony )(?<!twinge )(?<!flu )(?<!virus )(?<!for )knocked me "
     + _any("flying", "over", "down", "off my feet", "to the ground", "to the floor")),
    # what one sat or stood on went over with one ("my wheelchair tipped over backwards", "the
    # ladder went over with me on it", "the stepladder gave way under me"; not "I tipped
    # the chair back", nor the thing alone: "the chair tipped over")
    ("trauma", r"my (?:\w+ )?wheelchair (?:just |suddenly )?"
     + _any("tipped", "toppled", "flipped", "went") + " " + _any("over", "backwards", "sideways")),
    ("trauma", _any("my", "the", "our") + r" (?:\w+ )?" + _SAT_ON
     + r" (?:just |suddenly )?"
     + _any("tipped", "toppled", "keeled", "flipped", "went", "fell") + " "
     + _any("over", "backwards", "sideways") + r"(?: \w+){0,3}? "
     + _any("with me", "threw me", "me off", "and me", "with me on it")),
    ("trauma", _any("my", "the", "our") + r" (?:\w+ )?" + _SAT_ON
     + r" (?:just |suddenly )?"
     + _any("collapsed", "gave way", "broke under me", "broke beneath me", "went from under me",
            "slipped from under me", "slid from under me", "went out from under me")),
    # "I heard a crack when I landed on the garden steps"
    ("trauma", r"\b(?:i|(?:slid|slipped|tripped|skidded|stumbled|toppled|tumbled) and) "
     r"(?:just |then |also )?landed (?:right |flat |hard |smack |badly |heavily )?"
     r"(?:on|onto|on to) (?:the|a|some|our|my) (?:\w+ ){0,2}?"
     + _any("steps", "step", "stairs", "patio", "concrete", "floor", "ground", "pavement",
            "sidewalk", "tiles", "kerb", "curb", "drive", "driveway", "path", "decking", "ice",
            "rocks", "road", "tarmac", "edge", "corner", "coccyx", "tailbone")),
    ("fever", _any("can not stop", "can not stop myself") + " "
     + _any("shaking", "shivering", "trembling", r"(?:my )?teeth (?:from )?chattering")),
    # a temperature of one's own that a remedy must bring down ("the ibuprofen's not bringing
    # my temperature down", "my temp won't come down")
    ("fever", _any("bring", "brings", "bringing", "brought", "get", "gets", "getting", "got")
     + " " + _any("my", "the") + " " + _any("temperature", "temp", "fever") + " down"),
    ("fever", _any("my", "a", "his", "her") + " " + _any("temperature", "temp") + " "
     + _any("will not", "would not", "is not", "does not", "has not", "can not")
     + " (?:seem to )?" + _any("come", "coming", "go", "going", "gone", "budge", "budging", "shift",
                             "shifting") + r"(?: down)?\b"),
    # a head hot to the touch, as a parent or child feels it ("her forehead's boiling when I
    # touch it"); not from the heat pad or the bath
    ("fever", r"my (?:fore)?head (?:is |feels |felt |was |has been |is feeling )?(?:all |really "
     r"|very |so |proper |absolutely )?"
     + _any("boiling", "roasting", "burning up", "burning hot", "red hot", "scorching",
            r"hot to (?:the )?touch", r"(?<=forehead is )burning") + _NOT_FROM_HEAT),
    # "my teeth won't stop chattering"
    ("fever", r"(?:my )?teeth " + _any("will not", "would not", "can not", "do not")
     + " stop chattering"),
    ("fever", _any("burning up" + _NOT_FROM_HEAT, r"night sweats?", "hot and shivery",
                   # "hot and cold by turns", and the old word for it ("seized with an ague")
                   r"hot and cold (?:by|in) turns", r"(?:an|the) ague",
                   r"hot (?:and )?cold sweats?",
                   # "I'm running hot": a heat of one's own (not the heat pad's)
                   r"(?:i am|i have been|i was|i keep) running (?:a bit |a little |really |very "
                   r"|quite |pretty )?hot\b" + _NOT_FROM_HEAT,
                   # flu felt now: "I feel a bit fluey", "flu-like", "like I've got the flu"
                   r"(?:feel|feels|feeling|felt|am|been|gone|going|all) (?:a bit |a little "
                   r"|really |quite |very |proper |kind of |sort of |dead )?fluey",
                   r"flu ?like (?:symptoms|feeling|aches)",
                   r"(?:feel|feels|feeling|felt) (?:like |as if |as though )?"
                   r"(?:i have |i have got |i am getting |i got )(?:the )?flu\b",
                   # not a habit ("I always get a temperature when I'm run down")
                   r"(?<!always )(?<!usually )(?<!normally )(?<!often )"
                   + _any("have", "had", "got", "get", "running", "run", "with",
                          _GENERAL_SUBJECT_NOT + "having", _GERUND_ASKED_NOT + "getting",
                          "developed")
                   # ("a raging temperature", heard as "reaching temperature")
                   + r" (?:a |an )?(?:high |slight |bit of a |little |raised |raging |reaching "
                   r"|roaring |proper )?temperature",
                   # the chills beside it ("I've got the shakes [and a] raging temperature")
                   r"(?:shakes|shivers|chills|sweats|shaking|shivering) (?:and |with )?(?:a )?"
                   r"(?:high |raging |reaching |roaring )temperature",
                   # a reading said after it, the verb often lost in speech ("my temperature's
                   # thirty nine" heard as "my temperature thirty nine"); not the bath's
                   # "my temperature's been climbing all afternoon" (not the bath's)
                   r"(?<!bath )(?<!water )(?<!room )temperature (?:is |has |keeps |has been "
                   r"|keeps on |was |seems to be |just keeps )?(?:been )?"
                   + _any("climbing", "climb", "climbed", "rising", "risen", "rose", "going up",
                          "creeping up", "shooting up", "shot up", "shoots up", "soared",
                          "soaring", "went up", "gone up", "up and down", "spiking", "spiked",
                          "through the roof", "sky high"),
                   # a reading of one's own, in degrees or "at" ("I'm at thirty-nine degrees",
                   # "I've got thirty-nine degrees"; not an age: "I'm thirty-nine")
                   r"(?:i am|i have|i have got|i have been|i am running|i am up) (?:at |on |to )?"
                   r"(?:a )?" + _READING + " " + _any("degrees", "celsius", "centigrade",
                                                      "fahrenheit", "on the thermometer"),
                   r"i am (?:at|up at|running at) (?:a )?" + _READING
                   + r"\b(?! (?:years|miles|steps|reps|times|pounds|kilos|stone|percent"
                   r"|per cent|minutes|mins|seconds|hours|quid|mg|milligrams)\b)",
                   r"(?<!bath )(?<!water )(?<!room )temp(?:erature)? "
                   r"(?:it is |it was |it says |says |reads |is |of |has been |was |went up to "
                   r"|hit |reached |at |is at |was at |is up at )?(?:a )?"
                   r"(?:up|high|" + _FEVERISH + ")"
                   # the room's ("the temperature's up in here") is no fever
                   r"(?! in here| in the (?:room|house|flat|kitchen|lounge|bedroom|office))")),
    # not "how long's left" heard as "how long slipped", "how much is left" as "how much i slipped"
    # ("I've just slipped in the bath", "I had tripped on the rug")
    ("trauma", _NOT_HOW_MUCH + r"i (?:(?:have|had) (?=(?:just |actually |literally )?"
     r"(?:slipped|tripped|fainted|blacked)" + _NOT_SLIPPED_ON + r"))?"
     r"(?:just |actually |literally |then |also )?"
     + _any("fell", "have fallen",
                            r"(?:have |has )?(?:just )?(?:had|took|taken) (?:an? )?"
                            r"(?:really |very |pretty |quite |proper |real )?"
                            r"(?:bad |nasty |hard |big |heavy |great |terrible |horrible "
                            r"|awful |massive |huge |almighty |serious )?(?:fall|tumble|spill)",
                            r"took an? (?:bad |nasty |hard |big )?(?:hit|knock)",
                            # not the mistake: "I slipped up and took them twice"
                            # nor a thing slipped under one ("I slipped the hot water bottle
                            # under my back")
                            r"slipped(?! (?:a )?discs?\b| you up| up$| up (?:there|with|by|again)\b"
                            r"| (?:the|a|an|my|some|this|that|it|them)(?: \w+){0,3}? "
                            r"(?:under|behind|beneath|into|in|onto|between|down)\b"
                            r"| up and (?!fell|went|landed|hurt|hit|bang|twist|crash|came|ended))"
                            + _NOT_SLIPPED_ON,
                            # (not "passed out on the sofa", asleep)
                            # (not a word one trips over: "I tripped over my words")
                            r"tripped(?! over (?:the |my |a |that |this |his |her )?"
                            r"(?:words?|tongue|name)\b)", r"crashed(?! out)", "blacked out",
                            "fainted",
                            "keeled over", r"came over (?:all )?faint and (?:went|fell|dropped)")
     # ("fell sleep": asleep, heard without its "a"; not taken in: "I fell for an advert"; not
     # "told" heard as "fell": "I fell myself I'd do it properly")
     + r"\b(?! asleep| sleep| apart| behind| ill| in love| for (?:it|that|this|an?|the)\b"
     r"| myself\b)"),
    # down the stairs on one's back, however told ("I'm after coming down the stairs on my back")
    ("trauma", _any("came", "come", "coming", "went", "gone", "bumped", "slid", "tumbled")
     + _DOWN_STAIRS + "on my "
     + _any("back", "bum", "bottom", "backside", "side", "tailbone", "coccyx")),
    # ... or like a sack of potatoes ("like" is gone by now)
    ("trauma", _any("came", "come", "went", "gone", "tumbled", "fell") + _DOWN_STAIRS
     + "(?:like )?" + _any("a sack", "a ton", "a rag doll", "a stone", "a bag", "head first",
                           "headfirst", "face first", "backwards")),
    # "cracked my back on the side of the bath" (not "I cracked my back stretching")
    # ... told as a story in the present ("I smash my back on the edge")
    ("trauma", _any("cracked", "banged", "bashed", "smacked", "whacked", "hit", "thumped",
                    "knocked", "caught", "smashed", "slammed", "smash", "bang", "bash", "smack",
                    "whack", "slam") + " my "
     + _any("back", "spine", "tailbone", "coccyx", "head", "hip", "lower back", "backside")
     + " (?:on|against|off) " + _any("the", "a", "an", "some", "my", "our")),
    # falling again and again: "I keep falling when I try to get up"
    ("trauma", _any("keep falling", "kept falling", "keep falling over", "been falling",
                    "keep going over", "keep toppling over", "keep collapsing")
     + r"\b(?! asleep| for| in love| behind)"),
    # "went flat on my backside on the wet decking" (not "I went flat on my back to do the
    # stretch": that is lying down)
    ("trauma", _any("went", "landed", "came down", "ended up") + " "
     + _any("flat", "smack", "straight", "right", "hard") + " on my "
     + _any("backside", "bum", "bottom", "behind", "arse", "butt", "coccyx", "tailbone", "face")),
    ("trauma", _NOT_A_THING + "fell "
     + r"(?:right |straight |flat |smack |clean )?"  # "fell right on my back"
     + _any("down", "off", "over", "from", "out of", "onto", "backwards", "hard", "on my",
            "on the", _FELL_IN)),
    # down the stairs, tumbling or toppling: "I tumbled down the last few stairs"
    ("trauma", _any("tumbled", "toppled", "tumbling", "toppling", "bounced", "rolled", "slid",
                    "slithered", "skidded")
     + r" down (?:the |some |a few |the last few |a couple of |the last couple of |a flight of )?"
     + _any("stairs", "steps", "step", "ladder", "bank", "hill", "slope")),
    # a fall told in the present, as a learner of English may ("I fall from the chair and hit
    # my back on the table"), or as a recogniser hears "tumbled" ("i tumble down the whole
    # flight of stairs"); not "I fall asleep"
    ("trauma", r"i (?:just )?(?:fall|tumble) " + _any("from", "off", "down") + " (?:"
     + _any("the", "a", "my", "some", "our") + r" )?\w+"),
    # ... or told as a story in the present ("I slip on the wet kitchen floor, land on my
    # tailbone"; "it tips, I land flat on my back"); not "slip on my slippers", nor "can I
    # slip on my stomach" (sleep, as heard)
    ("trauma", _NOT_HOW_MUCH + _not_after("can", "could", "should", "shall", "do", "will",
                                          "would", "may", "might")
     + r"\bi (?:just |then |suddenly )?" + _any("slip", "trip", "skid")
     + _NOT_SLIPPED_ON + " " + _any("on", "over", "off", "down")
     + r"(?! (?:my |a |some |the |his |her )?(?:\w+ )?(?:shoes?|slippers?|socks?|coat|jacket"
       r"|jumper|dressing gown|gown|robe|trainers|boots|shirt|dress|clothes|stomach|front"
       r"|side|tummy|belly)\b)"
     + r" (?:the|a|some|my|our|his|her|this|that|wet|icy)\b"),
    ("trauma", r"\bi (?:just |then |suddenly )?land (?:right |flat |hard |smack |badly |heavily "
     r"|awkwardly |straight )?(?:on|onto|on to) (?:my|the|a|some) (?:\w+ ){0,2}?"
     + _any("back", "tailbone", "coccyx", "bum", "backside", "bottom", "spine", "hip", "floor",
            "ground", "steps", "stairs", "concrete", "patio", "tiles", "edge", "pavement")),
    ("trauma", _NOT_A_THING + "fallen "
     + _any("down", "off", "over", "from", "out of", "onto", "backwards", _FELL_IN)),
    # "fell" heard as "felt" or "feel": only with what one falls down or off ("felt down"
    # alone is sad; "felt off the loft ladder", "felt offa ladder")
    ("trauma", _any("felt", "feel") + " " + _any("down", "off", "from", "out of", "offa")
     + r" (?:the |a |some |my )?(?:\w+ )?"
     + _any("stairs", "steps", "step", "ladder", "roof", "chair", "stool", "bed", "wall", "horse",
            "bike", "kerb", "curb")),
    # told without the "i": "slipped on the ice and landed flat on my back"
    ("trauma", _NOT_HOW_MUCH + _any("slipped", "tripped") + _NOT_SLIPPED_ON + " "
     + _any("on", "over") + " " + _any("the", "some", "a", "my") + r"\b"),
    # ... or with no "the" at all, told short: "slipped on ice, landed on my spine"
    ("trauma", _NOT_HOW_MUCH + _any("slipped", "tripped") + " " + _any("on", "over") + " "
     + r"(?:icy |wet |black )?"
     + _any("ice", "stairs", "steps", "pavement", "floor", "tiles", "mud", "leaves", "grass",
            "kerb", "curb", "rug", "snow")),
    # not a pet's ("the dog's had an accident by the back door")
    # nor said to someone else ("Bramble, you've had an accident on the rug again")
    ("trauma", r"(?<!dog is )(?<!dog has )(?<!cat is )(?<!cat has )(?<!puppy is )(?<!puppy has )"
     r"(?<!you have )(?<!you )"
     + _any("had", "was in", "were in", "been in", "got in", "involved in")
     + r" an? (?:\w+ )?" + _any("accident", "crash", "collision", "wreck", "fender bender",
                                "shunt", "prang", "smash")
     # a spill, not a crash: "I had an accident with my tea, it's everywhere", "I had a little
     # accident and knocked my water all over the rug"
     + r"(?! (?:with|and (?:i )?(?:knocked|spilt|spilled|dropped|tipped)(?: over)?) "
       r"(?:the|my|some|a|an|this|that|our|his|her) (?:\w+ )?" + _SPILT + r"\b)"),
    # "just a small bump in the car", "a little shunt on the motorway"
    ("trauma", r"(?:a|an|the) (?:\w+ )?" + _any("bump", "knock", "shunt", "prang") + " "
     + _any("in", "on") + " " + _any("the", "my", "a", "our", "his", "her") + " " + _VEHICLE),
    ("trauma", _any("came a cropper", "come a cropper", "went flying", "took a header",
                    r"i went (?:straight|right|flat) down(?! to\b)",
                    # (the subject left out after a comma, or said once for two verbs: "...,
                    # went down hard on me back", "I came off and went down hard")
                    r"(?:\bi |^|\band )went down (?:hard|(?:like )?a sack)",
                    # on what one slips on or lands on: not "went down on the floor" to lie there
                    r"i went down on (?:the |some |a )?(?:icy |wet |slippery |frozen )?"
                    + _any("ice", "pavement", "sidewalk", "path", "road", "tarmac", "concrete",
                           "stairs", "steps", "pitch", "court", "rink", "kerb", "curb"),
                    "went head over heels", "gone head over heels", "fender bender",
                    # a fall on what one walks on: "went over on the patio"
                    r"went over on (?:the |some |a |my )?(?:icy |wet |slippery |frozen )?"
                    r"(?:front |back |bottom |top |last |garden |kitchen )?"
                    + _any("ice", "patio", "pavement", "sidewalk", "path", "drive", "driveway",
                           "decking", "steps", "stairs", "step", "kerb", "curb", "tiles",
                           "floor", "grass", "mud", "road", "gravel", "garden path"),
                    "over the handlebars",
                    # not "i'm wiped out" (worn out): wiped out on or at something
                    r"wiped out " + _any("on", "at", "off", "skiing", "snowboarding", "surfing",
                                         "cycling", "skating", "riding"))),
    ("trauma", _any("car", "bike", "motorbike", "motorcycle", "road", "traffic", "skiing", "sports",
                    "work") + " " + _any("accident", "crash") + _ON_SCREEN),
    # not "i have got hit" (possession: "i've got it" is heard as "i've got hit"); "i've got
    # tackled" is no possession
    # not "how long ago was it" heard as "... ago was hit"
    ("trauma", _any("(?<!have )(?<!'ve )got", "(?<!ago )(?<!when )was", "been", "being", "i get")
     + " hit"),
    ("trauma", _any("got", "was", "been", "being", "i get") + " " + _any(
        "struck", "kicked", "punched", "tackled", "kneed", "elbowed", "clattered", "flattened",
        # not the pain that floored one ("I was floored by it on Sunday")
        r"floored(?! by (?:the |this |that |my )?(?:pain|spasm|spasms|it|agony|cramp|news))",
        "bowled over",
        "knocked down", "knocked over",
        # not "I got knocked flat by the pain"
        r"knocked (?:flat|flying)(?! by (?:the |this |that |my )?(?:pain|spasm|it|agony|cramp))",
        "knocked out", "run over", "rear ended", "assaulted", "attacked", "thrown",
        # not "the dog's just jumped on me" heard as "the dog's got jumped on me"
        "jumped(?! on me)",
        "mugged", "beaten", "pushed (?:over|down|off)", "shoved (?:over|down|off)")),
    # "got knocked off the bike", however the bike was heard ("the buy"); not "i have got
    # knocked off", which the recogniser makes of other words, nor the pain that "knocked me
    # off my feet"
    ("trauma", _any("(?<!have )got", "was", "been", "being", "i get")
     + " knocked off(?! (?:my |me |his |her )?feet)"),
    # thrown against something hard by someone: "some bloke shoulder-charged me into a wall"
    # (not "it threw me into a panic", nor the spasm that "slammed me into the floor")
    ("trauma", _not_after(*_PAIN_DOERS)
     + _any("shoulder charged", "shoulder barged", "charged", "barged", "shoved", "pushed",
            "slammed", "threw", "tackled", "body checked", "rammed", "knocked", "pinned", "crushed",
            "squashed", "trapped")
     + " me " + _any("into", "against", "onto", "on to", "down", "over", "through")
     + r" (?:the |a |an |some |that |this )?(?:\w+ )?"
     + _any("wall", "walls", "door", "fence", "floor", "ground", "table", "car", "post", "railings",
            "pavement", "road", "bar", "counter", "stairs", "steps", "step", "radiator", "cupboard",
            "tree", "window", "corner", "lamppost", "goalpost", "pitch", "turf", "kerb", "curb",
            "concrete", "hedge", "barrier", "boards", "gate", "gatepost", "rails", "shed")),
    # struck across the back: "a branch swung back and smacked me across the back" (not the
    # pain that "hit me in the back")
    ("trauma", _not_after(*_PAIN_DOERS)
     + _any("smacked", "whacked", "hit", "thumped", "struck", "clobbered", "walloped", "bashed",
            "caught", "slammed", "smashed")
     + " me " + _any("across", "in", "on", "right in", "right across", "square in", "full in")
     + r" (?:the (?:small of )?(?:my |the )?|my )(?:lower )?" + _any("back", "spine", "head")
     + r"\b"),
    # the fall as what hurt: "the fall on the ice did hurt", "my fall really hurt my back" (not
    # "the fall didn't hurt", nor a fall that would)
    ("trauma", r"(?:the|my|that) fall (?:(?!not |never |would |might |could |will )\w+ ){0,4}?"
     r"(?:did |really |properly |badly )?(?:hurt|hurts|injured|jarred)\b"),
    # "the fall I had on the wet patio is what set my back off"
    ("trauma", r"(?:the|that) fall (?:i|he|she) (?:just )?(?:had|took)\b"),
    ("trauma", _any("landed", "fell", "came down") + r" (?:really |so |very |quite |pretty )?"
     + _any("hard", "badly", "awkwardly", "heavily", "funny", "wrong")),
    # "I missed the bottom eight steps"
    # (its "the" may go unheard: "i missed bottom step carrying the laundry")
    ("trauma", r"missed (?:a|the|my|one|the last|the bottom|the top|a few|the last few|bottom|last"
     r"|top)"
     r"(?: \d+| few| couple of)? " + _any("steps?", "stairs?", "footing")),
    ("trauma", _any("someone", "somebody",
                    r"some (?:\w+ )?" + _any("idiot", "bloke", "guy", "driver", "lad", "man",
                                             "woman", "numpty", "clown", "muppet"),
                    r"(?:a|an|the|some|this|that|another) (?:\w+ )?"
                    # ("the car behind went into me at the lights")
                    + _VEHICLE + r"(?: behind(?: me| us)?)?") + r" (?:is |has |had )?"
     + _any("went", "gone", "drove", "ran", "crashed", "smashed", "ploughed", "plowed", "slammed",
            "reversed", "backed")
     # "into the back of us", whoever it hit as heard ("the back of those")
     # (its "the" may be lost: "a car went into uh back of mine")
     + " into " + _any(r"(?:(?:the|a) )?(?:back|pack|bag|side) of \w+", "me", "my car", "us",
                       "our car")),
    # a vehicle bumped into one's car: no small thing, as a bloke bumping into one is
    ("trauma", r"(?:a|an|the|some|this|that|another) (?:\w+ )?" + _VEHICLE + " "
     + _any("bumped", "rammed", "smacked", "shunted", "clipped") + " (?:into )?"
     + _any(r"(?:the|a) (?:back|side) of \w+", "me", "my car", "us", "our car", "mine", "ours")),
    # "my little boy jumped onto my back from the sofa": a weight landed on the back
    ("trauma", _any("jumped", "leapt", "leaped", "landed", "dived", "dove", "launched himself",
                    "launched herself", "threw himself", "threw herself") + " (?:right )?"
     + _any("on", "onto", "on to") + " (?:the small of )?my back"),
    ("trauma", _any("came", "come", "coming", "fell", "fall", "falling", "thrown", "knocked",
                    "flew", "flying") + " (?:down )?(?:me |him |her |them )?"
     + _any("off", "from", "out of")
     # (its "my" may be lost: "i came off bike about an hour ago"; "off my mountain bike")
     + " (?:" + _any("my", "a", "the", "his", "her") + r" )?(?:(?:back|edge|top) of (?:the|my|a) )?"
     + r"(?:(?:mountain|push|road|electric|dirt|quad|new|old|son's|daughter's) )?"
     + _any(_VEHICLE, "ladder", "roof", "skateboard", "wall", "chair", "stool", "trampoline",
            "stepladder", "step ladder", "scaffolding", "scaffold", "climbing frame", "swing",
            "top bunk", "bunk bed", "monkey bars", "climbing wall", "stage", "platform", "loft")),
    # the fall as how it was done ("this one's from falling down the stairs", "I hurt it
    # falling off the step"), or excepted from an all-clear ("nothing besides falling down the
    # stairs"); not a fall kept from ("stop me from falling down the stairs")
    ("trauma", "(?:" + _not_after("me", "myself", "you", "him", "her", "them", "people",
                                  "someone", "somebody", "us", "yourself")
     + _any("from", "after", "since", "besides", "other than") + "|"
     + _any("hurt", "did", "done", "injured", "jarred", "wrenched", "put out", "tweaked")
     + r" (?:it|my back|my (?:\w+ )?\w+)(?: in)?) falling"
     + _any(_DOWN_STAIRS.rstrip(), " off", " from", " out of", " backwards", " over backwards")
     + r"\b"),
    # "I got knocked flat by a dog" (not by the pain: "this spasm knocked me flat")
    ("trauma", "(?:" + _any("got", "was", "been", "get") + " )?knocked "
     + _any("down", "over", "flat", "off my feet", "to the ground", "to the floor")
     + " by " + _any("a", "an", "the", "my", "his", "her", "our", "some", "someone", "somebody")
     + r"\b(?! (?:\w+ )?" + _any("pain", "spasm", "spasms", "flu", "virus", "bug", "cold",
                                 "cough", "news", "heat", "tiredness") + r"\b)"),
    # "I was getting up from the floor and toppled over onto the coffee table": the "i" said
    # first (not "the lamp wobbled and toppled over")
    ("trauma", r"\bi (?:\w+ ){1,8}?and (?:then |just )?(?:toppled|tumbled|keeled) "
     + _any("off", "over", "down", "from", "onto", "backwards", "sideways")),
    # "I've just toppled off the kitchen stool", "I tumbled backwards"
    ("trauma", r"i (?:have |had )?(?:just |then |also |actually )?(?:toppled|tumbled|keeled) "
     + _any("off", "over", "down", "from", "out of", "backwards", "onto")),
    # a fall someone saw: "my buddy saw me slip on the wet sidewalk" (not "watched me fall
    # asleep")
    ("trauma", _any("saw", "seen", "watched", "caught") + " me "
     + _any("slip", "trip", "fall", "go over", "go down", "topple", "tumble", "come off",
            "come down")
     + r"\b(?! asleep| sleep| apart| behind| ill| in love| for\b)"),
    # out of bed onto the floor (not as the physio showed: "rolled off the bed onto my knees")
    ("trauma", r"i (?:rolled|toppled|tumbled|slid|slipped) (?:right )?off (?:the|my) "
     + _any("bed", "sofa", "couch", "settee", "bunk", "chair")
     + r"\b(?! (?:onto|on to|on) (?:my )?(?:knees|hands|side)| on purpose| like| as)"),
    ("trauma", _any("knocked off by", "knocked down by", "knocked over by", _LIKENED + "hit by",
                    "run over by", "clipped by", "struck by", "rammed by", "shunted by",
                    # said uninflected in some Englishes ("mi get knock down by a car")
                    "knock off by", "knock down by", "knock over by")
     + " " + _any("a", "an", "the") + " " + _VEHICLE),
    # someone or something did it to them
    ("trauma", _any("someone", "somebody", r"something (?:heavy|hard)", "he", "she", "they",
                    r"(?:a|an|the|some|this|that|my) "
                    + _any("man", "guy", "bloke", "woman", "lad", "kid", "player", "dog", "horse",
                           "cow", "car", "van", "truck", "lorry", "bus", "cyclist", "bike",
                           "driver", "brother", "sister", "son", "husband", "partner"))
     + " " + _any("hit", "kicked", "punched", "struck", "attacked", "pushed", "shoved", "tackled",
                  "knocked", "elbowed", "kneed", "jumped on", "ran into", "crashed into",
                  "drove into", "ran(?= me (?:over|down))", "threw", "mugged", "assaulted")
     + " " + _any("me", "my car", "our car", "the back of my car", "the back of our car",
                  "the car i was in")),
    # what one stood or sat on gave way: "the trampoline collapsed under me"
    ("trauma", r"(?:\w+ )(?:just )?" + _any("collapsed", "broke", "snapped", "gave way", "gave out",
                                         "went") + " " + _any("under", "beneath", "from under")
     + " me"),
    # "the quad bike rolled on me", "the horse went over on top of me": what one rode or worked
    # with came down on one (not the dog that rolled on me for a cuddle)
    ("trauma", _any("the", "a", "my", "his", "her", "our") + r" (?:\w+ )?"
     + _any(_VEHICLE, "quad", "cow", "bull", "pony", "mower", "digger")
     + r" (?:has |had )?(?:just )?" + _any("rolled", "tipped", "toppled", "went", "came down",
                                          "flipped")
     + r"(?: over| back)? (?:on|onto|on to) (?:top of )?me\b"),
    # "a box fell on me", "something heavy landed on top of me"
    # (not everything come crashing down on one: "it all came crashing down on me")
    ("trauma", r"(?<!pain )(?<!spasm )(?<!cramp )(?<!all )(?<!everything )"
     + _any("fell", "dropped", "landed", "came down", "collapsed", "toppled", "tumbled",
            "crashed", "came crashing down", "came tumbling down")
     + r" (?:on|onto|on to) (?:top of )?me\b"),
    ("trauma", _any("beaten up", "beat up", "beat me up", "mugged", "in a fight", "into a fight",
                    "pile up",
                    _any("a", "took a", "got a", "had a") + " "
                    + _any("blow", "kick", "punch", "knock", "whack", "bang", "smack") + " "
                    + _any("to", "in", "on", "across") + " " + _any("the", "my") + " "
                    + _any("back", "spine", "head", "lower back"),
                    # struck by someone or something at sport: "took a knee in the back at
                    # five-a-side", "caught a hockey stick right across the lower back" (not "got a
                    # tennis ball on my back", which is massage)
                    _any("took a", "got a", "caught a") + " "
                    + _any("knee", "elbow", "boot", "shoulder", r"(?:\w+ )?ball",
                           r"(?:hockey |cricket |baseball )?(?:stick|bat)")
                    + " (?:right |square |straight |full )?"
                    + _any("to", "in", "across", "into") + " " + _any("the", "my") + " "
                    + _any("back", "spine", "head", "lower back", "upper back"))),
    ("trauma", _any("rear ended", "real ended", _LIKENED + r"hit by an? \w+", "whiplash",
                    # (its "on" unheard: "landed my lower back on the decking")
                    r"landed (?:(?:\w+ ){0,2}on )?my (?:lower |upper |low )?"
                    + _any("back", "bum", "butt", "tailbone", "coccyx", "side", "backside",
                           "bottom", "behind", "head", "hip", "spine", "neck"),
                    _any("hit", "banged", "smacked", "bashed", "whacked") + " my "
                    + _any("back", "spine", "head", "tailbone"),
                    # "came off and hit the kerb with my back"
                    _any("hit", "banged", "smacked", "caught") + r" (?:the|a) (?:\w+ )?"
                    + _any("kerb", "curb", "step", "stairs", "floor", "ground", "wall", "edge",
                           "corner", "pavement", "table", "bath")
                    + " with my " + _any("back", "spine", "head", "tailbone"),
                    # the verb lost in noise: "i [fell] down the stairs", "i [came] off my bike"
                    r"\bi down (?:the |some |a few |the last few )?(?:stairs|steps)",
                    r"\bi (?:came )?off (?:my|a|the) " + _any(_VEHICLE, "ladder", "roof"),
                    r"tackled (?:really )?(?:hard|badly|heavily|late)",
                    _VEHICLE + r" knocked (?:me )?(?:over|down)",
                    # "the dog took me out, I went over backwards on the tiles"
                    r"(?:i|and) went (?:over |flying )?backwards(?! and forwards)")),
    # beyond the seeds, for safety: chest pain with back pain can be the heart
    ("chest", _any(r"(?<!to )chest (?:is |feels |has gone |is getting )?(?:very |so )?"
                   + _any("tight", "hurting", "sore", "crushing", "burning", "heavy"),
                   r"(?:pain|pains|tightness|pressure|ache|crushing|squeezing|heavy|tight) "
                   r"(?:\w+ ){0,2}?(?:in|across|on) (?:my |the )?chest",
                   r"(?:clutching|holding|gripping|grabbing) (?:at )?my chest",
                   _any("pain", "it") + r" (?:is )?" + _any("going", "goes", "spreading",
                                                             "spreads", "shooting", "shoots",
                                                             "moving", "moves", "radiating")
                   + r" (?:\w+ ){0,2}?" + _any("into", "down", "up", "to") + " my (?:left )?"
                   + _any("arm", "jaw"))),
    ("weight_loss", r"my " + _any("clothes", "jeans", "trousers", "pants", "belt", "skirt",
                                  "dress", "shirt", "top")
     + r" (?:are |is |have been |keep |keeps )?(?:\w+ )?"
     + _any("falling off me", "hanging off me", "loose", "baggy", "too big")),
    # "my temperature's been up since lunchtime" (one's own: not the room's)
    ("fever", r"(?:my|his|her) (?:temperature|temp) (?:is |has |was |keeps )?(?:been |being )?"
     r"(?:really |very |quite |a bit |still )?(?:up|high|raised|through the roof)\b"),
    ("night_pain", r"(?:the )?(?:nights?|night ?times?) "
     r"(?:are|is|have been|has been|were|was) (?:\w+ )?"
     + _any("the worst", "worst", "worse", "hell", "terrible", "unbearable", "agony")),
    # beyond the seeds: new back pain after cancer can be its spread to the spine, which
    # guidelines send for urgent assessment; one's own history, not a fear ("could it be cancer")
    ("cancer", _any(r"i (?:have |had |have had |have got |got |was treated for |beat |survived |"
                    r"am being treated for |have been treated for |had treatment for )"
                    r"(?:(?!no |not |never )\w+ ){0,2}?cancer(?! scare| test| check| screening)",
                    r"my cancer",
                    # "known history of breast cancer": one's own (not "mum has a history")
                    r"(?:(?<!\w )(?:known |a )?|i have (?:a )?|my )history of (?:\w+ ){0,2}?cancer",
                    "cancer survivor",
                    r"(?:had|have had|finished|on|having|doing|did|started|after) "
                    r"(?:my |the |some )?"
                    + _any("chemo", "chemotherapy", "radiotherapy", "radiation therapy"))),
    # (told bare too: "lost two stone in three months, no idea why")
    ("weight_loss", r"(?:(?<!\w )|i (?:have |had |have been |am |keep )?)"
     + _any("lost", "losing", "lose", "dropping", "dropped") + r" (?:\w+ ){0,3}?"
     + _any("weight", "pounds", "lbs", "kilos", "kg", "stone")),
    # "the thermometer says 39": a reading of one's own, not the bath's or the room's
    ("fever", _NOT_ITS + _THERMOMETER + " "
     + _any("says", "said", "reads", "read", "is reading", "shows", "showed", "is showing",
            "is at", "was at", "is on", "was on") + " " + _READING),
    # "I took paracetamol, my temperature's still thirty-eight", heard as "i temperature still
    # 38": a temperature that is a fever, whoever's the recogniser made it
    ("fever", _NOT_ITS + r"(?<!the )(?<!a )(?:temperature|temp) (?:is |was |has been )?"
     r"(?:still |now |up at |at |reading |already )?" + _READING),
]
_TERMS: list[tuple[str, str]] = [
    # something heavy came down on one ("a heavy shelf came down on my back")
    ("trauma", _any(r"heavy \w+", "shelf", "shelves", "wardrobe", "cupboard", "bookcase", "cabinet",
                    "beam", "branch", "tree", "ladder", "box", "boxes", "crate", "pallet",
                    "ceiling", "bar", "barbell", "telly", "tv", "gate")
     + r" (?:has |had |just )*" + _any("came", "come", "fell", "fallen", "crashed", "collapsed",
                                       "toppled", "dropped", "landed")
     + r" (?:down )?(?:on|onto) (?:top of )?"
     + _any("me", r"my (?:back|spine|neck|head|shoulders?|legs?)") + r"\b"),
    # feeling gone from a place, or as good as none ("zero sensation between my legs", "not a
    # flicker of feeling when I touch it", "the feeling's switched off in my privates")
    ("numbness", _any(r"(?:0|not a (?:flicker|scrap|shred|trace|hint|bit|ounce) of) "
                      + _any("feeling", "sensation"),
                      r"(?:the |all (?:the )?)?(?:feeling|sensation) (?:is |has |have )?(?:\w+ )?"
                      + _any("gone", "went", "switched off", "turned off", "disappeared",
                             "vanished", "drained")
                      + r" (?:out )?" + _any("of", "from", "in", "round", "around", "between")
                      + r" (?:my |both my |the )?" + _any(_SADDLE, _LIMB) + r"\b")),
    # what keeps one from passing water, asked ("what's stopping me from peeing?")
    # (not "the codeine hasn't stopped me weeing", whose "not" the stopping keeps)
    ("bladder_bowel", _any("stopping", "preventing") + " me (?:from )?"
     + _any("peeing", "weeing", "urinating", "passing water", "going to the toilet",
            "going to the loo")),
    # as a clinician puts it: "I sustained a fall onto my coccyx", "blunt trauma to the back"
    ("trauma", _any("sustained", "suffered") + r" (?:a |an )?(?:\w+ )?"
     + _any("fall", "blow", "knock", "tumble")),
    ("trauma", _any("blunt", "direct", "major") + r" (?:force )?trauma"),
    # asked of people in general ("is it normal not to be able to wee?"): whose, the asking says
    ("bladder_bowel", r"(?:not to be|not being|to not be) able to "
     + _any(_PEE_SAID, "urinate", "wee", r"pass (?:the |any )?urine", r"pass (?:the |any )?water")),
    # help asked for anywhere in what was heard ("... need an ambulance asap"); asked about
    # ("do I need an ambulance") it is left to the router, which errs on the emergency
    ("ambulance", r"(?<!reason to )(?<!enough to )(?<!grounds to )(?<!excuse to )"
     + _any("need", "call", "get", "send", "ring", "phone") + r"(?: me)? "
     + _any("an ambulance", "the ambulance", "emergency_number")),
    ("bladder_bowel", _any(r"incontinen(?:t|ce)",
                           r"(?:bladder|bowel) (?:control|problems?|issues?|leaks?|leaking)",
                           r"(?:my |the )?bladder (?:is|has been|keeps|started|has started) "
                           + _any("leaking", "going", "dribbling", "letting go"),
                           r"leaking (?:urine|pee)", r"loss of (?:bladder|bowel) control")),
    ("numbness", _any("numb" + _NUMB_AS_A_FIGURE, "numbness", "numbed", "numbing",
                      r"tingl(?:e|es|ing|y)(?! of " + FEELINGS + r"\b)"
                      # ("they" may be "i" by now: as_own)
                      r"(?! (?:it|that|this|they|those|i|the \w+) (?:gives?|gave|makes?|made)\b)",
                      "anaesthesia", "anesthesia", r"par(?:a)?esthesias?",
                      "pins and needles",
                      # (not one's pain likened to the bruise: "worse than a dead leg")
                      r"(?<!than a )(?<!like a )(?<!as a )dead legs?",
                      _any("no", "lost", "losing", "loss of", "reduced", "less", "lack of")
                      + " " + r"(?:all (?:the |its |it is |their )?|the |its |it is |any |some )?"
                      + _any("feeling", "sensation")
                      + r"(?! of (?!my|your|his|her|their|the)\b)",
                      # "feeling" heard cut short ("my back passage has lost all feel")
                      r"(?:lost|losing) all feel(?! (?:like|for|of|as|good|better|free|sorry)\b)",
                      # its "no" heard as "now" or "know" ("my back passage has know feeling")
                      r"(?:(?<=has )|(?<=have )|(?<=been )|(?<=got ))(?:now|know) "
                      r"(?:feeling|sensation)(?! (?:better|good|fine|okay|ok|much|a lot|a bit"
                      r"|more|less|like|sick|ill|tired|rough|awful|worse)\b)"
                      r"(?!(?: \w+){0,3} (?:again|back)\b(?! passage))")),
    # (not swooning at something: "I went weak at the knees when I saw the price")
    # nor made weak at the knees by something ("needles make me weak at the knees")
    ("weakness", _any(r"weak(?! at the knees (?:when|at|over|thinking|looking|seeing)\b)"
                      r"(?!(?<=me weak) at the knees\b)",
                      "weakness",
                      # (not a thing: "like a wedge under a wobbly table")
                      r"wobbly(?! (?:\w+ )?(?:table|chair|stool|shelf|ladder|desk|bookcase|tooth"
                      r"|teeth|wheel|trolley|bed|floorboard|step|bridge|fence|wardrobe|cabinet"
                      r"|stand|frame|jelly|picture|bike|voice)s?\b)",
                      "give way", "gives way", "gave way", "giving way", "given way")),
    # (not a figure of speech: "the telly's at fever pitch", "I'm in a fever of impatience")
    ("fever", _any(r"fever(?! pitch\b)(?!(?<=in a fever) of )", "fevers", "feverish", "febrile",
                   "pyrexial", "pyrexia",
                   _any("(?<!ice )chills", "the chill", "shivers(?! (?:is |are )?best)",
                        "shivering", "shivery",
                        r"(?:keep getting|shaking with|shivering with) chill") + _FROM_THE_COLD,
                   "rigors", "hot and colds",
                   _any("a proper", "a raging", "a real", "a really high", "a sky high")
                   + " temperature",
                   # "is a temperature with back pain a reason to get help": a fever named as
                   # one of two things felt together
                   r"(?<!at )(?<!to )(?:a|high|raised) temperature "
                   r"(?:with|as well as|on top of|along with)",
                   # ... or named bare, first in a piece of what is felt ("high temperature,
                   # cold sweats and my back's in bits"); not a setting ("set it to a high
                   # temperature"), nor one for something ("a high temperature for the bath")
                   r"(?<!\w )(?:a )?(?:very )?(?:high|raised) temperature"
                   r"(?! (?:for|setting|settings|on|of the|in the|wash|cycle|mode)\b)")),
    ("trauma", _any("after", "from", "since", "in") + " " + _any("a", "the", "my") + " "
     + _any("fall", "accident", "crash", "collision")),
    # "it was only a little slip in the shower": a slip or a fall, named, where people fall
    ("trauma", _not_after("scared of", "afraid of", "fear of", "risk of", "chance of",
                          "terrified of", "worried about", "avoid", "prevent", "stop")
     + _any("a", "an", "the", "my", "that", "this") + r" (?:\w+ )?"
     + _any("slip", "fall", "tumble") + " " + _any("in", "on", "down", "off", "from") + " "
     + _any("the", "my", "a", "some", "our", "those") + r" (?:\w+ )?"
     + _any(*_WHERE_ONE_FALLS, "bathtub", "tub", "stair", "step", "rug", "curb", "kerb", "mud")
     + r"\b"),
    # hurt in a tackle at sport ("got flattened in a tackle at rugby", "took a hard tackle")
    ("trauma", _any("in", "from", "during", "after", "took", "taken", "take", "got", "had")
     + " " + _any("a", "the", "that") + r" (?:\w+ )?tackle\b"),
    # something drove one into the ground: "a rugby tackle drove me into the ground" (not the
    # pain that put one on the floor: "the spasm drove me to the floor")
    ("trauma", r"(?<!pain )(?<!spasm )(?<!spasms )(?<!cramp )(?<!it )(?<!this )(?<!that )"
     + _any("drove", "driven", "drives", "slammed", "smashed", "threw", "thrown", "flung",
            "dumped", "planted", "pile drove", "piledrove", "knocked", "shoved", "pushed")
     + r" me (?:hard |straight |right |face first |head first |back )?"
     + _any("into", "onto", "on to") + " " + _any("the", "a") + " "
     + _any("ground", "floor", "deck", "turf", "pitch", "concrete", "tarmac", "wall", "mat")),
    # "got dumped on my back", "was slammed onto the ground"
    ("trauma", _any("got", "was", "been", "being") + " "
     + _any("dumped", "slammed", "flung", "tossed", "dropped", "hurled", "body slammed")
     + r" (?:down |hard |straight )?" + _any("on", "onto") + " " + _any("my", "the") + " "
     + _any("back", "spine", "bum", "backside", "tailbone", "coccyx", "head", "ground",
            "floor", "deck", "pitch", "concrete", "tarmac")),
    # (not the weather's: "a heavy fall of snow")
    ("trauma", _any("bad", "nasty", "hard", "heavy", "big", "worst", "hardest", "nastiest",
                    "biggest", "heaviest") + " " + _any("fall", "tumble")
     + r"(?! of (?:snow|rain|hail|sleet|leaves)\b)"),
    # "fell" heard as "fall" ("are a fall down the stairs and now my back's killing me"); not
    # one that may yet happen ("I might fall down the stairs")
    ("trauma", r"(?<!will )(?<!might )(?<!could )(?<!would )(?<!to )(?<!not )(?<!may )"
     + _any("fall", "a fall") + " " + _any("down", "off", "from") + " (?:the |a |some |my )?"
     + _any("stairs", "steps", "ladder", "roof")),
    # "hit the icy path like a sack of potatoes", "hit the tiles hard": what one lands on
    # (by the speaker, or said first: not "the quarterback took a hard hit the floor ...")
    ("trauma", r"(?:^|\bi (?:just |then |also )?|\b(?:and|then|i have) )"
     r"hit the (?:icy |wet |hard |cold |frozen |slippery |kitchen "
     r"|bathroom |stone |concrete )?"
     + _any("ground", "floor", "deck", "tiles", "pavement", "sidewalk", "concrete", "tarmac",
            "path", "ice(?! pack| bag| cube| timer)") + r"\b"),
    # a fall named, where it was: "a fall on the stairs this morning and now I can't move"
    ("trauma", r"(?<!will )(?<!might )(?<!could )(?<!would )(?<!to )(?<!not )(?<!may )"
     r"(?<!avoid )(?<!prevent )(?<!risk of )(?<!worried about )(?<!afraid of )(?<!scared of )"
     r"\ba (?:\w+ )?fall " + _any("on", "in", "down", "off", "from", "at") + " "
     + _any("the", "a", "some", "my", "our") + " (?:\\w+ )?"
     + _any(*_WHERE_ONE_FALLS, "roof", "kitchen", "garden", "street", "road", "drive", "court",
            "rink") + r"\b"),
    # a tumble is always a fall, whatever verb was heard before it ("i popped a tumble")
    ("trauma", r"(?<!how )(?<!what if i )(?:a|another) (?:little |small |bit of a )?tumble\b"
     r"(?! dryer| drier| dry er| dry)"),  # ("dryer" split by the router's normaliser)
    # losing weight as a remedy asked about ("would losing weight help") or wanted ("I need
    # to lose weight") is no sign
    ("weight_loss", _any("weight loss", r"(?<!would )(?<!does )(?<!will )(?<!could )losing weight",
                         # (nor advice to: "I know you'll say lose weight")
                         "lost weight", _not_after("to", "say", "says", "said", "saying",
                                                   "should", "must") + "lose weight",
                         # the verb misheard ("i want a lot of weight without trying")
                         r"(?:weight|pounds|stone|kilos) without (?:even )?"
                         r"(?:trying|dieting|meaning to)",
                         # what was lost misheard ("i've lost about a kills in two months
                         # without trying"): nothing else is lost that way
                         r"lost (?!my |his |her |the )(?:\w+ ){1,3}(?:in (?:\w+ ){1,3})?"
                         r"without (?:even )?(?:trying|dieting|meaning to)")),
    ("bladder_bowel", _any("urinary retention", "retaining urine", "retaining water")),
    # anyone's, judged by the clause: "how come losing control of your bowels is such a big
    # deal?"
    ("bladder_bowel", _any("losing", "lose", "lost", "loss of") + " control (?:of|over) "
     + _any("your", "one's", "ones", "the") + " " + _CONTROLLED),
    ("chest", _any(r"(?<!to )chest pains?", "chest tightness", "tight chest")),
    # beyond the seeds' numbness and tingling: pain down BOTH legs is a sign of the same
    # pressed nerves (one leg is everyday sciatica)
    ("both_legs", _any("pain", "pains", "shooting", "burning", "sciatica", "shocks", "shock", "it",
                       "shoots", "shoot")
     + r" (?:\w+ ){0,4}?" + _any("down", "into", "in", "through", "along")
     + r" (?:the (?:backs?|fronts?|sides?) of )?both (?:of )?(?:my )?"
     + _any("legs", "thighs", "calves", "buttocks")),
    ("both_legs", "sciatica " + _any("on", "in", "down") + " both " + _any("sides", "legs")),
    ("both_legs", r"both (?:of )?(?:my )?legs (?:are |have been |keep )?"
     + _any("hurting", "hurt", "aching", "burning", "shooting", "throbbing")),
    ("night_pain", _any(
        _any("worse", "worst", "more painful", "hurts more", "hurts most", "bad", "terrible",
             "unbearable") + " " + _any("at", "during the", "in the") + " night",
        _any("at", "during the") + " night " + _any("it is", "it gets", "the pain is", "it") + " "
        + _any("worse", "worst"),
        "night pain", "pain at night",
        r"(?:at|in the|during the) nights? (?:\w+ ){0,4}?" + _any(
            "worse", "worst", "unbearable", "agony", "terrible", "awful", "hell", "killing me"),
        _any("worse", "worst") + r" (?:\w+ ){0,5}?(?:at|in the|during the) nights?",
        _any("worse", "worst") + r" (?:\w+ ){0,3}?(?:in )?the (?:middle|dead) of the night",
        r"(?:wakes?|woke|woken|waking) me (?:up )?(?:\w+ ){0,2}?(?:every|each) (?:single )?night",
        # pain that wakes one as soon as one sleeps
        r"(?:wakes?|woke|keeps? waking) me (?:up )?(?:\w+ ){0,2}?(?:every|each) (?:single )?time "
        r"(?:\w+ )?"
        + _any("drop off", "nod off", "doze off", "drift off", "fall asleep", "get to sleep",
               "go to sleep"),
        _any("worse", "worst") + r" (?:\w+ ){0,2}?(?:every|each) (?:single )?night",
        # pain that never lets up through the night, however one lies
        r"(?:at|in the|during the|through the|all|last) nights? (?:\w+ ){0,5}?" + _UNRELENTING,
        # pain that wakes one in the small hours ("every night it wakes me at 2 or 3")
        r"(?:every|each|at|in the|during the|all|last) nights? (?:\w+ ){0,4}?"
        r"(?:wakes?|woke|keeps? waking) me",
        # (as a habit: "it woke me at two this morning" once is how many spasms start)
        r"(?:wakes|keeps? waking) me (?:up )?(?:at|about|around) [1-4]\b(?! minutes| hours)",
        _UNRELENTING + r" (?:\w+ ){0,2}?(?:at|in the|during the|through the|all) nights?",
        r"(?:every|each) (?:single )?night (?:\w+ ){0,5}?" + _UNRELENTING)),
]
_MENTIONS = [("mention", _any(r"(?:falls?|fell|fallen|falling)(?! asleep| sleep)", r"accidents?",
                              "slipped", "tripped",
                              "crash",
                              r"injur\w*", r"numb(?!er)\w*", r"tingl\w*", r"fever\w*", r"chills?",
                              r"weak\w*", "weight", "bladder", r"bowels?", r"incontinen\w*",
                              "temperature",
                              # "if wetting yourself counts as serious, then I've done it"
                              r"(?:wet|wetting|soiled|soiling) your ?self",
                              # a sign asked about in general ("is it serious if you can't
                              # hold your wee"), counted when then told as one's own
                              r"(?:can not|could not|unable to) (?:hold|control) "
                              r"(?:your|their|his|her|the|a) (?:wee|we|pee|bladder|bowels?)"))]
"""Words that count here only when NEGATED ("I didn't fall"): the denial is cut before matching;
or when a sign they name is then said to be one's own (_CONFIRMED)."""
_MENTIONED = [(re.compile(p), flag) for p, flag in [
    (r"^(?:numb|tingl)", "numbness"), (r"^(?:fever|chill)", "fever"),
    (r"^(?:bladder|bowel|incontinen|can not|could not|unable|wet|soil)", "bladder_bowel")]]
"""Which red flag a mention names, when it names one: not "a fall", "weight" or "temperature",
which are no sign alone ("what temperature should the bath be? it has just started running")."""
_CONFIRMED = re.compile(r"\b" + _any(
    r"(?:it|that|this) (?:is|has) (?:just |now |already |really )?"
    + _any("happening", "happened", "started", "begun", "kicked in", "come on", "set in"),
    r"(?:that|this) (?:just |now )?" + _any("happened", "started", "began", "kicked in")
    + " " + _any("to me", "now", "just now"),
    r"(?:yes|yeah|yep) (?:that|it|this) (?:has )?(?:just |now )?"
    + _any("happened", "started", "began", "kicked in"),
    r"i have (?:got )?(?:exactly |just )?(?:that|this|those|them|both|it) "
    r"(?:now|right now|as well|too)",
    # "the GP said to ring if she lost control of her bladder, and she just has" (as told of
    # oneself: "and i just has")
    r"(?:and|but|well|now|which) i (?:just |now |actually |really |already )?(?:have|has|did)$",
    # the question's sign, then "because I can't right now": the lack is one's own
    r"(?:because|cos|cause|and|but|well) i (?:can not|could not|do not|have not|am not) "
    r"(?:\w+ )?(?:right now|now|at the moment|today)",
    r"(?:that|this) is (?:me|what i have|what i have got)",
    # "does this thing understand pins and needles? both feet have had them for an hour"
    r"(?:i|both|both (?:my )?\w+|my \w+) (?:have|has) (?:had|got) (?:them|it|that|those)",
    # "if falling off a ladder counts, I did that earlier" ("..., then I've done it")
    r"i (?:have )?(?:just |actually |already )?(?:did|done) (?:that|this|exactly that|it)",
    # "... is a bad sign? because that's what I've got" (or "that's one I've got", as heard)
    r"(?:because|cos|and|but|well) (?:that|this)(?: is)? (?:\w+ )?i (?:have )?got") + r"\b")
"""A sign named, as what we said or asked about, then told as one's own ("that thing you said
about not being able to hold it in, that's happening now, with my bowels"; "what you said about
tingling down the legs, yeah, that's started in both"): a report of it. Not asked ("has that
happened?") nor denied ("that hasn't happened")."""
_WELL = re.compile(r"\b(?:my |both (?:my )?|the )?" + _any(
    _LIMB, _SADDLE, "water ?works", "bladder", r"bowels?", "pee", "wee")
    + r" (?:(?:no|nope|nah) )?(?:(?:they|it) )?" + _any(
    "are", "is", "feel", "feels", "seem", "seems", "seem to be", "seems to be", "are working",
    "is working", "have been", "has been", "have felt", "has felt", "felt")
    + r" (?:(?!not |no |never )\w+ )?" + _any(
    "fine", "normal", "okay", "alright", "all right", "good", "grand", "ok",
    # "my legs feel a lot better": better is well too (it had been an emergency at a guess)
    r"(?:a lot |a bit |a little |so much |loads )?better", "less sore", "easier", "looser",
    # "down below feels exactly the same as always" (not "the same as this morning")
    r"the same as (?:always|usual|normal|ever|it always does|they always do)",
    r"no different (?:from|than|to) (?:usual|normal|normally|always|ever|before)",
    # "my legs feel exactly as they should"
    # (its "as" heard as "is": "exactly is they should")
    r"(?:exactly |just )?(?:as|is) (?:they|it) should(?: do| be| feel)?",
    # "both legs feel the way they always do" ("like" is gone by now)
    r"(?:exactly |just )?(?:the way |as |how )?(?:they|it) (?:always|normally|usually) "
    r"(?:do|does|did|feel|feels|are|is)") + r"\b"
    # "I can feel less pain in my legs", "there's less pain in my leg now"
    + r"|\b(?:less|no more|not as much|not any|do not feel any|do not have any) "
    r"(?:pain|ache|aching|soreness|stiffness) (?:in|down) "
    r"(?:my |both (?:my )?)?" + _LIMB + r"\b"
    # "I can still feel my feet": feeling kept, unless what is felt is a sign ("I can feel my
    # legs going numb", "... my feet tingling")
    # (or everything in them: "I can feel everything in my feet")
    + r"|(?<!not )\bi can (?:still |definitely |actually |feel and )?(?:feel|move|wiggle) "
    r"(?:my |both (?:my )?|all (?:my )?|everything (?:in |on |down )?(?:my |both (?:my )?)?)"
    + _any(_LIMB, "bum", "bottom", "backside")
    + r"\b(?! (?:go|going|gone|get|getting|turn|turning|start|starting|tingl|numb|weak|prick"
    r"|buzz|burn|pins|twitch|spasm|jump|give|giving))")
"""A red-flag place said to be well ("my legs feel fine", "the pee is normal"): a denial, which
is cut like one ("not fine", "no good" are not); so is the place named first and answered
("my legs, no, they feel normal"). Alone, "legs" and "feel" are red-flag words
enough for a likeness to an emergency template ("my legs feel numb") to make one."""
_IN_CONTEXT: list[tuple[str, str, re.Pattern[str]]] = [
    # a wee told, and (after "and I", another clause) that it went unfelt or unstopped: "my
    # mum did a wee on the floor and she didn't even know it was happening"
    # (or what it wet: "I've wet the floor and I didn't feel a thing")
    ("bladder_bowel", r"i (?:have |had |just |have just )?(?:peed|weed|leaked|wet myself"
     r"|wet (?:the|my) (?:floor|carpet|rug|sofa|couch|chair|settee|mattress|sheets)"
     r"(?! (?:with|from|by|when|while|spilling|mopping)\b)"
     r"|(?:did|done|had) a (?:little )?(?:wee|pee|poo)(?: (?:on|in) (?:the|my) (?:\w+ )?\w+)?)",
     re.compile(r"\band (?:i |she |he )?(?:did not|could not|never) (?:even |actually |really )?"
                + _any("know", r"fe(?:el|lt) (?:it|a thing|anything)", "notice", "realise",
                       "realize", "stop it",
                       "stop herself", "stop himself", "stop myself", "help it")
                + r"\b(?! (?:whether|if|what|how|where|which|when|why|who|like|up to)\b)")),
    # "normally I'd feel the shower water down there, but just now I felt nothing at all"
    ("numbness", r"i (?:just )?(?:felt|feel|can feel|could feel) (?:absolutely )?nothing",
     _IN_SADDLE),
    # shaking with cold where one should be warm: "I'm shaking under two of them", duvets
    ("fever", _any("i am", "i was", "i keep") + " " + _any("shaking", "shivering", "trembling")
     + r" (?:\w+ )?under\b", re.compile(r"\b(?:duvets?|blankets?|covers|quilts?)\b")),
    # feet gone dead that "won't wake up"
    ("numbness", r"(?:they|it|mine|both of mine|both|and) (?:just )?(?:will|would) not wake "
                 r"(?:back )?up",
     re.compile(rf"\b{_any(_LIMB, _SADDLE)}\b")),
    # "I tried to stand on my tiptoes and my right leg just won't do it": the clauses are split
    # at "and my"
    ("weakness", r"(?:my )?(?:left |right )?" + _LIMB + r" (?:just |simply )?"
     + _any("will not", "would not", "can not", "could not") + " "
     + _any("do it", "have it", "take it", "take the weight", "hold me", "push me up", "lift me"),
     re.compile(r"\b(?:tip ?toes?|toes|heels)\b")),
    # "I've just wet my joggers and I didn't feel it happen": wet, and not felt
    ("bladder_bowel", r"i (?:have )?(?:just )?wet my\b",
     re.compile(r"\b(?:did not|never|could not|can not) (?:even )?(?:feel|notice) "
                r"(?:it|a thing)\b")),
    # "not sure if I've leaked or it's sweat, I didn't feel anything": a leak, and not felt
    ("bladder_bowel", r"i (?:have |had |might have |may have |must have |have just |just )?leaked",
     re.compile(r"\b(?:(?:did not|could not|never) (?:even )?(?:feel|felt|notice)"
                r"|without (?:feeling|noticing))\b")),
    # "my pyjama bottoms are soaked and I swear I didn't feel a thing": wet, and not felt (the
    # clauses are split at "and i"); not sweat, nor a pack that leaked
    ("bladder_bowel", _any("pyjamas", "pyjama bottoms", "pajamas", "pajama bottoms", "pants",
                           "knickers", "trousers", "joggers", "underwear", "boxers", "sheets",
                           "sheet", "bed", "mattress", "jeans", "leggings")
     + r" (?:are|is|were|was|have been|has been|got|were all|are all) (?:all |completely "
     r"|totally |a bit |really )?(?:soaked|wet|soaking|sopping|damp|drenched|sodden)\b"
     r"(?! (?:\w+ )?(?:from|with|because|after) )",
     re.compile(r"\b(?:(?:did not|could not|never) (?:even )?(?:feel|felt|notice|wake|woke)"
                r"|without (?:feeling|noticing|waking))\b")),
    # a self-test that finds no feeling: "I touched between my legs with a cold spoon and I
    # can't feel the cold" (the clauses are split at "and i")
    ("numbness", r"i (?:just )?(?:can not|could not|did not) feel "
     + _any("a thing", "anything", "it", "that", "the cold", "the pinch", "the touch", "a touch",
            "the spoon", "the pin"),
     re.compile(r"\b" + _TESTED + r" (?:\w+ ){0,3}?"
                + _any(_SADDLE, _LIMB) + r"\b")),
    # "... my bladder, it just emptied with no warning": the bladder named in another piece
    ("bladder_bowel", r"it (?:has |is )?(?:just )?emptied (?:itself )?" + _any(*_UNBIDDEN),
     re.compile(r"\b(?:bladder|bowels?|water ?works)\b")),
    # "I took my temperature after lunch and it was high" (the clauses are split at "and it")
    ("fever", r"\b(?:it|it is|it was|it has been|that was|that is) (?:really |very |quite |a bit "
              r"|pretty |way )?(?:high|raised|sky high)\b",
     re.compile(r"\b(?:took|taken|checked|take|check) my (?:temperature|temp)\b")),
    # "I poked my inner thighs up by the groin and it's like they belong to someone else"
    ("numbness", r"(?:they|it) (?:belong|belongs|belonged|be long|be longs|be longed) to "
                 r"(?:someone|somebody) else",
     re.compile(rf"\b{_any(_LIMB, _SADDLE, 'thighs?')}\b")),
    # "i need to wee but nothing comes out": the clauses are split at "but"
    ("bladder_bowel",
     r"(?:nothing|no thing|not (?:even )?a drop|not (?:even )?one drop|not a drip|not a dribble"
     r"|no pee|no wee|no urine|hardly anything|barely anything|next to nothing|almost nothing)"
     r" (?:comes|came|is coming|coming|will come|would come|happens|happened|has come"
     r"|has came|has happened)"
     r"(?: out)?", _URINE),
    # "I tried the bottle the nurse left me. Not a drop, and I'm desperate to go."
    ("bladder_bowel", r"not (?:even )?(?:a|one|a single) (?:drop|drip|dribble|trickle)\b",
     re.compile(_URINE.pattern + r"|\b(?:desperate|bursting|dying) (?:to go|for a|to pee|to wee)"
                r"|\bbottle\b")),
    # "i am boiling hot and then freezing", "sweating and shaking": chills with a heat of one's own
    ("fever", _any("freezing", "shivering", "shivery", "shaking", "shaky", "clammy",
                   r"cold sweats?", "the sweats"), _HOT),
    # "hot then cold, shaking, my back very painful": the swing told bare, in a piece of its
    # own, with the chills said beside it (not "should I do hot then cold")
    ("fever", r"^(?:all |really |very )?" + _any("hot", "boiling", "sweaty", "sweating") + " "
     + _any("then", "and", "and then") + r" (?:really |very )?" + _any("cold", "freezing") + "$",
     re.compile(r"\b(?:shaking|shivering|shivery|shivers|chills|trembling|shaky)\b")),
    # "woke up drenched in sweat with a temperature": sweats with the fever named, or a heat
    # of one's own ("soaked through with sweat and roasting"; not "boiling under the duvet")
    ("fever", r"(?:drenched|soaked|dripping|pouring)(?: through)? (?:in|with) sweat",
     re.compile(r"\b(?:temperature|temp|fever|feverish|shivering|shivery|chills)\b"
                r"|\b(?:roasting|boiling|burning up|burning hot)\b" + _NOT_FROM_HEAT)),
    # "my mum is very hot, like a temperature": a heat of one's own named as a temperature
    ("fever", r"(?:a|high|raised|bit of a) temperature", _HOT),
    # "bursting for a wee for hours but it just won't come", "I don't think it'll come out"
    ("bladder_bowel", r"(?:it |nothing |anything )?(?:just )?"
     + _any("will not", "would not", "does not", "did not", "can not",
            r"do not think (?:it |anything )?(?:will|would)") + " "
     # not "I tripped but didn't go down, log that I walked to the bathroom"
     + _any("come", "come out", "flow", "start",
            r"go(?! down| over| out| back| up| far| anywhere| off)"), _URINE),
    # "you said losing control of your bladder is serious, well it's just happened to me"
    # (its "-ed" lost as heard: "that's just happen to me")
    ("bladder_bowel", _any(r"(?:it|that|this) (?:has |is )?(?:just |now )?happen(?:ed)? "
                           r"(?:to me|just now)",
                           r"(?:it|that|this) (?:has|is) (?:just|now) happened",
                           r"(?:it|that|this) is (?:just |now )?happening (?:to me|now|right now)"),
     _EXCRETA),
    # told short, the place in a word of its own: "can't hold it. bladder. help.", "bowels.
    # went. couldn't stop.", "my bladder's, I can't control my"
    ("bladder_bowel", _CANNOT + r" (?:seem to )?hold it(?! in)", _EXCRETA),
    ("bladder_bowel", _CANNOT + r" (?:stop|control)(?: it| my| them)?(?: at all| whatsoever)?$",
     _EXCRETA),
    # "I can't hold my wee in, it keeps dribbling out" (its "is" may go unheard: "it just
    # leaking out"; "it's just leaking out")
    ("bladder_bowel", r"\b(?:it|wee|pee|urine) (?:just )?(?:(?:keeps|kept|keep|is|was|has been) )?"
     r"(?:just )?"
     + _any("dribbling", "leaking", "trickling", "seeping") + " out", _URINE),
    # "my bladder's stopped taking orders, it's leaking"
    ("bladder_bowel", r"\b(?:it|my bladder) (?:is |keeps |has been |was )(?:just )?"
     + _any("leaking", "dribbling") + r"\b(?! (?:\w+ ){0,3}?(?:gel|cream|oil|ice|pack|water|bottle"
     + r"|tea|coffee)\b)", _BLADDER),
    # a limb named elsewhere, then "I can't lift it" ("my left leg's offline, I can't lift it")
    ("weakness", _CANNOT + r" (?:even )?(?:lift|raise) it(?! (?:because|for|cos|with)\b)",
     _ONE_LIMB),
    # "bladder, no control, help": as a label says it
    ("bladder_bowel", r"^(?:and |with |but )?(?:no|zero) control(?: at all| whatsoever| of it"
     r"| over it| of them)?$", _EXCRETA),
    # "fell. stairs. back.": the fall in a word of its own, where it happened in another
    ("trauma", r"^(?:i )?(?:fell|fallen|have fallen|had a fall)$", re.compile(
        r"\b" + _any("stairs", "steps", "ladder", "ice", "floor", "roof", "bike", "horse")
        + r"\b")),
    # "my left leg won't take any weight, it folds under me" (a leg named elsewhere)
    # (not a posture: "from being folded under me")
    ("weakness", _not_after("being", "been", "is", "was", "are", "were", "got", "had", "have",
                            "has", "had it", "have it", "got it", "with it", "had them",
                            "have them", "with them", "tucked and")
     + _any("folds", "folded", "buckles", "buckled", "crumples", "crumpled", "gives way",
            "gave way", "collapses", "collapsed") + r" (?:right )?under me\b", _PLACE),
    # "my bladder's got a mind of its own, it just let go"
    ("bladder_bowel", r"(?:it|they) (?:has |have )?(?:just |completely |totally )?"
     + _any("let go", "gave way", "given way", "gave out") + r"\b",
     _BLADDER),
    # "my bladder's full and I can't empty it"
    ("bladder_bowel", _CANNOT + r" (?:fully |properly |completely )?empty it",
     _BLADDER),
    # "my bladder feels full but won't empty": the clause after "but" (_CLAUSE) on its own
    ("bladder_bowel", r"(?:(?<=^)|(?<=^ ))(?:it |they )?(?:just |still )?"
     + _any("will not", "would not", "does not", "can not") + r" (?:fully |properly |completely )?"
     + r"empty\b", _BLADDER),
    # "when I wiped just now I couldn't feel it back there at all"
    # (a word misheard between: "i can't zealand feel the toilet paper when i wipe")
    ("numbness", _CANNOT + r" (?:\w+ )?feel (?:it|anything|a thing|the paper|the toilet paper"
     r"|the loo roll|the tissue)\b",
     re.compile(r"\bwip(?:e|ed|ing)\b")),
    # "wiped after going and felt nothing down there"
    ("numbness", r"\b(?:i |and )?(?:felt|feel|could feel) (?:absolutely |just |literally )?"
     r"nothing\b"
     r"(?! (?:but|except|other than|apart from|wrong|untoward|unusual|odd|strange)\b)",
     re.compile(r"\bwip(?:e|ed|ing)\b")),
    # "I'm sitting on the toilet and I can't get anything to come out": not going
    ("bladder_bowel", _CANNOT + r" (?:seem to )?get (?:anything|any|a drop|a single drop|one drop"
     r"|a drip|a dribble|it) (?:(?:of )?(?:wee|we|pee|urine) )?(?:to )?"
     r"(?:come )?out", _URINE),
    # "I went to the toilet and I couldn't go" (not "couldn't go to the loo on my own")
    ("bladder_bowel", r"could not (?:seem to )?(?:actually )?go\b"
     r"(?! (?:to|and|on|back|up|down|out|with|for|over|anywhere|far|in|into)\b)", _URINE),
    # "needing a wee, no, actually, I can't at all": not going at all
    ("bladder_bowel", _CANNOT + r" (?:even )?(?:at all|a drop|a single drop)", _URINE),
    # "zero urine output since six despite a full bladder", as a clinician's note puts it
    ("bladder_bowel", r"(?:no|zero|0|nil) (?:urine|wee|pee) output\b", _URINE),
    # "I'm bursting and absolutely nothing will come out"
    ("bladder_bowel", r"nothing (?:at all )?"
     r"(?:will |would |is going to |wants to |seems to |at all )?"
     r"(?:come|comes|coming|came) out", _URINE),
    # "I couldn't hold my bowels, it just came out", heard as "... my bowels it's just came out"
    ("bladder_bowel", r"(?:just|suddenly|all) (?:came|come|comes|coming) out", _EXCRETA),
    # "weakness in the legs, and I can barely lift my right one": the limb named elsewhere
    ("weakness", _CANNOT + " " + _any("lift", "raise", "move")
     + r" my (?:left|right) (?:1|one|won)\b",
     re.compile(rf"\b{_LIMB}\b")),
    # "my legs have stopped listening to me, I can't stand on them"
    ("weakness", _CANNOT + " " + _any("stand on", "put weight on", "put any weight on", "walk on")
     + " them", re.compile(rf"\b{_LIMB}\b")),
    # "my right leg just went and it still won't hold me"
    ("weakness", r"(?:it|they) (?:just |still |simply )?"
     + _any("will not", "would not", "can not", "could not") + " "
     + _any("hold me", "support me", "take my weight", "take the weight"),
     re.compile(rf"\b{_LIMB}\b")),
    # "my leg's gone weak, I keep tripping over it"
    ("weakness", r"(?:keep|keeps|kept|am|was) tripping over (?:it|them)",
     re.compile(rf"\b{_LIMB}\b")),
    # pins and needles with the pins misheard ("both legs have had cancer needles", "and
    # needles"): the legs or feet named, not acupuncture's
    ("numbness", r"(?:(?<!pins )\band|(?:have|has|had|got|getting|get) "
     r"(?:had )?(?!acupuncture |dry |the |any |some )\w+) needles\b", re.compile(rf"\b{_LIMB}\b")),
    # "I couldn't [feel] the paper when I wiped", the verb lost in noise
    ("numbness", r"(?:can|could) not (?:the )?(?:paper|it)\b",
     re.compile(r"\bwip(?:e|ed|ing)\b")),
    # "it was going down one leg, now it is going down both of them"
    ("both_legs", r"(?:down|into|through) both of them", re.compile(rf"\b{_LIMB}\b")),
    # "it's every single night, the pain just doesn't stop": the night in a clause of its own
    ("night_pain", r"(?:the pain|it) (?:just |really |simply )?" + _UNRELENTING,
     re.compile(r"\b(?:(?:every|each) (?:single )?night|at night|nights)\b")),
    # a foot gone floppy that cannot be lifted, the foot itself misheard; the lifting may be
    # in a clause of its own ("my foot, it's gone floppy, I can't lift it")
    ("foot_drop", r"(?:gone|going|went|is|it is) (?:all |really |completely |a bit )?floppy",
     re.compile(r"\b(?:can not|could not|unable to) (?:lift|raise)\b")),
    # "my wife took my temperature, it's thirty nine": the reading in its own clause
    ("fever", _READING, _MY_TEMPERATURE),
    # "a hundred and two on the thermometer, teeth chattering": a reading with the thermometer
    # it was read from or the chills
    ("fever", _READING + r"(?: degrees)?(?: fahrenheit| celsius| centigrade)?",
     # not "shivering", said of a bath ("should the bath be thirty eight degrees, I'm shivering")
     re.compile(r"\b(?:" + _NOT_ITS + r"thermometer"
                r"|teeth (?:are |were )?chattering|chills)\b")),
    # "thirty-eight point nine and I'm shaking": a reading to the tenth of a degree, as only a
    # thermometer gives, with the shakes or sweats
    ("fever", r"(?<![\d.])(?:37\.[5-9]|3[89]\.\d|4[01]\.\d)\b",
     re.compile(r"\b(?:shaking|shivering|shivery|shivers|sweating|sweats|clammy|burning up"
                r"|teeth (?:are |were )?chattering)\b")),
    # "remember asking if I had a fever? I do, it's thirty nine point two": a reading told as
    # it is, after the fever was named (not "is 38 a fever?")
    ("fever", r"(?:it is|it was|it is reading|reading|i am at) " + _READING,
     re.compile(r"\b(?:fever|feverish|temperature|temp)\b")),
]
"""Reports that are red flags only with other words somewhere in the utterance."""
_TERMS_IN_CONTEXT: list[tuple[str, str, re.Pattern[str]]] = [
    # the night told in a piece of its own: "a different beast at night, way worse than in the
    # day"
    ("night_pain", r"(?:\w+ )?worse than (?:in |during )?the day(?:time)?(?! before| after)",
     re.compile(r"\b(?:at night|nights?|night ?time)\b")),
    # "a high temperature, thirty-nine degrees, with this back pain": the fever's reading said
    # in a piece of its own (not of a bath, nor "too high a temperature")
    ("fever", r"(?<!too )(?<!so )(?:a high|a raised) temperature(?! for)",
     re.compile(r"^(?!.*\b(?:bath|shower|water|pad|oven|room|bottle|tub)\b).*\b"
                r"(?:3[89]|4[0-2]|10[0-5])(?:\.\d+| point \w+)? degrees\b")),
    # a crash named on its own, told with the pain it left ("the crash, a prang yesterday, and
    # my back's been agony since"); judged like any sign ("was the crash to blame?" asks)
    ("trauma", r"(?:the|a|that|this) (?:car |road |bike |motorbike )?"
     + _any("crash", "prang", "pile up", "collision", "car accident", "road accident")
     + r"(?! course| diet| mat| helmet| barrier| test| landing| pad)" + _ON_SCREEN,
     re.compile(r"\b(?:back|spine|neck|pain|hurts?|hurting|agony|sore|whiplash)\b")),
]
"""Signs that count only with other words somewhere in the utterance."""
_Compiled = tuple[str, bool, re.Pattern[str], re.Pattern[str] | None]
"""(flag, told as one's own by construction, pattern, words needed elsewhere in the utterance)"""
_NO_CONTEXT: re.Pattern[str] | None = None
_COMPILED: list[_Compiled] = (
    [(flag, True, re.compile(rf"\b{p}\b"), _NO_CONTEXT) for flag, p in _REPORTS]
    + [(flag, True, re.compile(rf"\b{p}\b"), ctx) for flag, p, ctx in _IN_CONTEXT]
    + [(flag, False, re.compile(rf"\b{p}\b"), _NO_CONTEXT) for flag, p in _TERMS + _MENTIONS]
    + [(flag, False, re.compile(rf"\b{p}\b"), ctx) for flag, p, ctx in _TERMS_IN_CONTEXT]
)

_SEASONS_AGO = (r"(?:\w+ |a few |a couple of )(?:winters?|summers?|springs?|autumns?"
                r"|christmas(?:es)?) (?:ago|back)")
"""Seasons back ("two winters ago"; "winter" as a second look may put it right)."""
_LONG_AGO = re.compile(r"\b" + _any(
    r"(?:\w+ |a few |a couple of |a good few )?years? (?:ago|back|before)", "last year",
    "the year before last", r"last (?:winter|summer|spring|autumn)",
    _SEASONS_AGO,
    r"as a (?:child|kid|teenager|teen|boy|girl|student)",
    r"when i was (?:young|little|younger|small|at school"
    r"|a (?:child|kid|teenager|boy|girl|student))",
    r"in (?:19|20)\d\d") + r"\b")
"""When an injury told was long past ("I had a fall years ago", "she came off a horse as a
kid"): history, not the fresh trauma that makes back pain urgent."""
_FEVER_PAST = re.compile(_LONG_AGO.pattern + r"|\b(?<!since )" + _any(
    r"last (?:week|month)",
    r"(?:\w+ |a few |a couple of )?(?:weeks?|months?|fortnights?) (?:ago|back)",
    # "I had a fever once", "ran a fever with his back pain once and they kept him in"
    r"once(?! (?:i|he|she|it|we|they|you|my|his|her|the|that|this)\b)")
                         + r"\b")
"""When a fever had was past: long ago, or weeks or months back ("I had a fever last month and
took Tylenol for it"); not "since last week"."""
_HAD_ONCE = re.compile(r"\b(?:had|got|caught|ran) (?:a |an )?(?:\w+ )?$"
                       # "I had flu with a fever"
                       r"|\b(?:had|got|caught) (?:the )?(?:flu|a cold|a bug|covid|a virus) with "
                       r"(?:a |an )?$")
_HAD_SAID = re.compile(r"(?:had|got|caught|ran)\b")
"""... or the having said with the sign ("I had a temperature last week")..."""
_WAS_AFTER = re.compile(r" (?:was|were)\b")
"""... or the sign said to have been ("the fever was last week")."""
_STILL_HAD = re.compile(r"\b(?:still|since|ever since|again|and now|started|began)\b")
"""A fever had once ("I had a fever last month"), not one still had ("I had a fever last week
and I still have it")."""
_GAVE_ME = re.compile(r"\b(?:gave|gives|give|giving|given) me (?:the |a )?$")
"""Chills something gave ("the bathwater went cold and gave me the chills", "that film gave me
the chills"): what it did, no fever."""
_NEARLY = re.compile(r"\b(?:nearly|almost|very nearly|just about) $")
"""Said just before a fall ("I nearly slipped", "I almost fell down the stairs"): no fall, no
trauma; nor before a wetting ("I sneezed so hard I nearly wet myself"). Not of other signs: a
leg that "nearly gave way" is weak. Only right before it: "I almost certainly fell" is a
fall."""
_ASKED = re.compile(r"\b(?:what|how|should|can|could|is|do|does|when|which|why|would|will)\b")
_NO_FALL = re.compile(r"^ (?:\w+ ){0,6}?(?:but |and )?(?:i )?(?:just )?" + _any(
    r"stayed up ?right", "stayed on my feet", "kept my feet", "kept my balance", "caught myself",
    "did not fall", "did not go down", "managed not to fall", "saved myself", "did not land")
    + r"\b")
"""A trip or slip told with no fall after it ("I tripped over the dog last week but stayed
upright", "nearly slipped but caught myself"): no trauma."""
_TRIPPED = re.compile(r"\b(?:tripped|stumbled)\b")
_FELL_OUT = re.compile(r"^ out (?:with|over|of (?:the )?"
                      + _any("habit", "love", "favou?r", "touch", "practice", "routine", "shape")
                      + r")\b")
"""A fall out with someone ("I had a fall-out with my sister"): a quarrel, no fall; nor fallen
out of a habit ("I've fallen out of the habit of stretching")."""
_UNHURT = re.compile(r"^ ?(?:(?!fell |fallen |landed |hit |banged |went down |hurt |and hurt )\w+ )"
                     r"{0,8}?(?:but |and |so )?i am (?:totally |absolutely |perfectly |completely "
                     r"|honestly )?" + _any("fine", "ok", "okay", "alright", "all right",
                                            "not hurt", "unhurt", "in one piece") + r"\b")
"""A trip told with the speaker fine after it ("I tripped over the cat fetching the ice, I'm
fine"; a carer's, often): no fall. Not a fall ("I tripped and fell, but I'm fine")."""
_CAN_NOT = re.compile(r"\b(?:can not|could not)\b")
_FOR_PAIN = re.compile(r"^ (?:\w+ ){0,8}?(?:(?:it|that) (?:hurts|is) (?:just )?(?:too|so) "
                       r"(?:much|painful|sore)\b|(?:just )?(?:because of|from|for) the pain\b"
                       r"|because it (?:hurts|is so painful|is too painful)\b)")
"""A leg one can't lift or move for the pain ("I can't lift my leg over the side of the tub, it
hurts too much"): held back by pain, not weak."""
_DONE_FINE = re.compile(r"^ (?:\w+ ){0,2}?(?:(?:just |perfectly |absolutely )?fine"
                        r"|perfectly well)\b"
                        r"(?! (?:enough|at all)\b)")
"""Said after a sign that one "can not" do, what makes no sense of it ("no, I can't pee just
fine, thank goodness"): "can" heard as "can't", by a recogniser or a typing thumb."""
_TREATMENT_DID = re.compile(r"\b" + _any("tens", "tens machine", "machine", "pads", "pad",
                                         "electrodes", "gel", "cream", "rub", "balm", "spray",
                                         "patch", "deep heat", "ice pack", "peas", "cold pack")
                            + r" (?:\w+ )?" + _any("gives", "give", "gave", "giving", "makes",
                                                   "make", "made", "causes", "cause")
                            + r" me (?:a |that )?(?:\w+ )?$")
"""A tingle a treatment gives ("my TENS pads give me a tingle, which they're meant to"): what
it does, no sign."""
_ICE_SPOT = re.compile(r"\bwhere the (?:ice|ice pack|cold pack|gel pack|pack|peas|frozen peas)"
                       r" (?:was|is|sat|sits|has been|had been|went|goes|slid|slipped|touched"
                       r"|rested|rests|was resting|was sitting|was lying|lay|dripped)\b"
                       r"|\b(?:only|just) (?:my |the )?skin\b")
"""Numbness of the skin the ice sat on ("the numbness is only my skin where the ice pack was"):
what ice does, no sign (not where the saddle is named in the same clause)."""
_WOBBLY = re.compile(r"\b(?:jelly|rubbery|rubber|noodles|mush|heavy)$")
_AFTER_WARMTH = re.compile(
    r"^ (?:\w+ ){0,2}?(?:after|from) (?:a |the |my |that |this )?(?:(?:long|hot|warm|nice|big|deep)"
    r" )*" + _any("bath", "shower", "soak", "sauna", "hot tub", "jacuzzi", "steam room", "run",
                  "jog", "walk", "workout", "swim", "stretches", "stretching", "exercises")
    + r"\b")
"""Legs gone to jelly after a hot bath or a workout ("my legs went like jelly after the bath last
time, is it still okay to have one?", "my legs are heavy and tired from the run this morning"):
what warmth and effort do, no weakness; unless said to stay so (_STILL, in the same clause)."""
_STILL_WOBBLY = re.compile(r"\b(?:they|legs) (?:are |have )?still\b"
                           r"|\bstill (?:like jelly|jelly|wobbly|weak|shaky|the same)\b")
"""... or in a clause after ("they still are"; not "is it still okay")."""
LONG_AGO_WORDS = 6
"""How near the injury's words the time must be said (before or after them)."""


def _long_past(clause: str, m: re.Match[str], ago: re.Pattern[str] | None = None) -> bool:
    """Whether the injury `m` in `clause` is told as long past (`ago`, _LONG_AGO unless said,
    within LONG_AGO_WORDS words of it)."""
    ago = ago or _LONG_AGO
    before = " ".join(clause[: m.start()].split()[-LONG_AGO_WORDS:])
    after = " ".join(clause[m.end():].split()[:LONG_AGO_WORDS])
    return ago.search(before) is not None or ago.search(after) is not None


_TILL_NOW = re.compile(r"^(?: \w+){0,4}? (?:before|in my life|ever)\b(?: \w+){0,2}? " + _any(
    r"(?:until|till) (?:now|today|tonight|just now|this (?:morning|afternoon|evening))",
    r"(?:and|but|now|then) (?:i|it|that) (?:have |has |is )?(?:just |now )?"
    + _any("did", "done", "have", "has", "happened", "do", "am"),
    # the joining word lost: "... never wet myself before can i just did"
    r"(?:i|it|that) (?:have |has |is )?(?:just|now) " + _any("did", "done", "happened"))
    + r"\b"
    # "you never think you'll fall in your own bathroom, but I just did": "just" says it is now
    + r"|^(?: \w+){0,6}? (?:but|and) (?:i|it|that) (?:have |has )?just "
    + _any("did", "done", "have", "has", "happened") + r"\b")
"""After a sign denied with "never", that it has happened now: "I've never wet myself before and
I just did", "never had numbness in my life till today"."""


def _never_till_now(clause: str, m: re.Match[str], after: str) -> bool:
    """Whether the sign `m`, denied in `clause` by a "never", is then told as happening now
    (_TILL_NOW); `after` is everything said after the sign."""
    at = _negator_at(clause, m.start())
    return (at is not None and clause[at:].startswith("never ")
            and _TILL_NOW.search(after) is not None)


_EARLIER = re.compile(r"\b" + _any(
    r"(?:\w+ |a few |a couple of |a good few )?(?:years?|months?|weeks?|fortnights?)"
    r" (?:ago|back|before)",
    r"a (?:while|long time|good while) (?:ago|back)", "last year", "the year before last",
    r"in the past", r"(?:my|the) (?:last|first|previous|other) episode",
    r"last (?:winter|summer|spring|autumn)",
    _SEASONS_AGO)
    + r"\b")
"""A time long past. Not "once" nor "last time", which may be today ("once I stood up my leg
went numb", "the last time I tried to walk my legs gave way")."""
_RESOLVED = re.compile(r"\b" + _any(
    "went away", "gone away", "go away", "goes away", r"sorted (?:itself|themselves) out",
    "cleared up", "wore off", "worn off", "got better", "passed", "settled down",
    r"(?:it|they|that) (?:is|are|was|were|has been|have been) (?:\w+ )?fine(?: since| after)?",
    r"fine (?:again|since|after)", "back to normal", "never came back", "no problems since",
    r"(?:has |is |have |had )?never (?:come|been) back(?! to)", r"(?:and )?never since",
    "long gone", r"(?:woke|woken|waking) (?:back )?up",
    # "... from sitting on it, and that's gone" (not "it has gone numb")
    r"(?:it|that|they) (?:is|are|has|have) (?:all )?gone(?=$| now\b| completely\b| since\b)")
    + r"\b")
_NOT_RESOLVED = re.compile(r"\b(?:not|never|no|yet to|still)(?: \w+)?$")
"""Said just before a resolution, it is none: "it never went away", "it has not got better"."""
_RETURNS = ("again", "returned", "come back", "came back", "coming back")
"""Words of a sign come back."""
# (not "if they came back")
_BACK_AGAIN = re.compile(r"\b(?<!if they )(?<!if it )(?<!if that )(?<!if i )"
                         + _any(*_RETURNS, "back again", "this time", "today", "this morning",
                                       "tonight", "but now", "and now", "now it", "now my",
                                       # (not "does that still need checking")
                                       r"still(?! (?:need|needs|worth|matter|matters|count"
                                       r"|counts)\b)") + r"\b")
_GONE_FOR_GOOD = _any("gone", "disappeared", "cleared up", "passed", r"worn (?:right )?off",
                      "stopped", "vanished", "faded")
"""Words of a sign gone, said with "completely" or the like (_ALL_GONE, _ALL_GONE_AFTER)."""
_ALL_GONE = re.compile(
    r"^ (?:(?:that |which )?i (?:had|was having|have had|used to have)(?: \w+){0,4}? "
    r"(?:has|have|is|are) (?:now )?(?:completely |totally |fully |all )?"
    r"|(?:(?:in|down|on) my(?: \w+){1,2} )?(?:has|have|is|are) (?:now )?"
    r"(?:completely|totally|fully|all) )"
    + _GONE_FOR_GOOD + r"(?! (?:down|into|up|to|through|numb|dead|weak)\b)")
"""Numbness or tingling in a leg or foot, named, then told gone for good: "the numbness I had in
my toes has completely gone", "the pins and needles in my foot are totally gone" (not "the
tingling has gone away now", which may come back; not in the saddle, nor when it is back)."""
_ALL_GONE_AFTER = re.compile(
    r"^ (?:\w+ ){0,2}?(?:but|and) (?:it|that|they) (?:is|has|have|are) (?:now )?"
    + _GONE_FOR_GOOD + r"(?: away)? (?:completely|totally|fully)\b")
"""... or told so in the next clause: "my toes were tingly earlier but it's faded away
completely now"."""
_TINGLES = frozenset(["numbness", "tingling", "tingles", "tingly", "pins and needles"])
_ASLEEP_TOO = re.compile(r"\b(?:pins and needles|dead|tingl\w*)\b")
"""Signs that, put down to how one sat or knelt ("pins and needles from kneeling", "gone dead
from being tucked under me"), are a foot asleep in other words."""
EARLIER_WORDS = 6
"""How near the sign its time must be said, in words before it."""
_WHERE_FIRST = re.compile(r"^ (?:in|down|on|round|around) (?:my|his|her|both|the) (?:left |right )?"
                          r"(?:\w+ )?" + _any(*LIMBS, *SADDLE) + r"\b")
"""Where the sign was, said just after it ("the pins and needles in my feet last spring")."""
EARLIER_AFTER = 3
"""... or in words after it ("I had numb legs years ago, that's long gone")."""
_SAT = _any(r"(?<=from )(?:the|this) (?:hard |cold |bare |wooden )?floor",  # "from the hard floor"
           "kneeling", "sitting", "squatting", "crouching", "crossing", "having my legs crossed",
           r"(?:lying|sitting|leaning|sat|lain|lay) on", r"tucking (?:it|them|my \w+) under",
           r"(?:lie|sit|lean) on", "kneel", "squat", "crouch", "cross my legs",
           r"(?:being )?(?:tucked|folded) (?:up )?under (?:me|myself|my \w+)",
           # "from having my legs tucked under me", "because I had it tucked under me"
           r"(?:having |had |have )?(?:it|them|my \w+(?: \w+)?) (?:tucked|folded|crossed|bent)"
           r" (?:up )?(?:under|beneath) (?:me|myself|my \w+)",
           r"curled (?:up )?(?:on|in)",
           # "from lying with my legs crossed"
           r"(?:lying|sitting|sat|lain|lay|kneeling) with (?:my|me|his|her) (?:\w+ )?"
           r"(?:legs?|knees?|feet|foot|ankles?) (?:crossed|tucked|folded|bent|under|twisted"
           r"|tangled)",
           r"(?:lying|sitting|sat|lain|lay) (?:all )?(?:curled|twisted|awkwardly|funny|scrunched"
           r"|hunched|cross legged)",
           # ("like" is a filler the normaliser drops: "from lying like this" is "from lying this")
           r"(?:lying|sitting|lain|lay|sat) (?:(?:like )?(?:this|that)"
           r"|in (?:one|the same) position)")
"""How one sat or knelt, that sends a foot to sleep."""
_POSTURE = re.compile(r"^ (?:(?:in|down) my (?:left |right )?" + _LIMB + " )?(?:\\w+ ){0,3}?(?:"
                      + _any("from", "after", "with", "because of",
                             r"(?:because|as|since|when|while|whenever) i (?:was|had been"
                             r"|have been|am)", r"(?:when|whenever|if|while|because|as|since) i",
                             # "the foot that's gone to sleep is the one I've been lying on"
                             r"(?:is|it is|that is|was) the (?:1|one|leg|foot|side) (?:that )?i"
                             r"(?: was| had been| have been| am| had| have)?")
                      # (or said bare, as a recogniser may hear it: "gone to sleep sitting")
                      + " )?" + _SAT + r"\b")
"""A foot or leg gone to sleep from how one sat or knelt: the everyday cause, which with the
feeling back ("it woke up fine") is no red flag, told of today as well as long ago."""
_SAT_FOR = re.compile(r"\b(" + _SAT + r"(?: \w+){0,2}?) for (?:(?:an?|one|\d+|a few|a couple of"
                      r"|over an?|about an?|nearly an?|the best part of an?) )?(?:hours?|ages)\b")
"""How long one sat ("from sitting cross-legged for an hour", "tucked under me for ages"), which
is not how long the foot stays asleep (_STILL_ASLEEP)."""
_POSTURE_BEFORE = re.compile(r"\b(?:been|from|after) " + _any(_SAT, "sat", "knelt"))
"""... or told first: "I've been kneeling so long my foot's gone to sleep"."""
_POSTURE_FIRST = re.compile(r"^\s*(?:i am |i have been |i was |i had been )?(?:" + _any(
    "kneeling", "squatting", "crouching", "knelt")
    + r"|(?:sitting|sat) (?:" + _any("cross legged", "on my (?:\\w+ )?(?:feet|foot|legs?|heels?)",
                                     "with my legs (?:crossed|tucked|folded)",
                                     "in the same position", "awkwardly", "funny") + r"))\b")
"""... or first in the clause, however far before, for a foot asleep or pins and needles:
"kneeling by the bed and my right foot's gone to sleep", "sitting cross-legged and my foot's
full of pins and needles" (not "sitting here and my legs are tingling")."""
_FOR_A = r"^ (?:\w+ ){0,2}?for (?:a|one|a few|a couple of|just a) "
_MOMENT = re.compile(_FOR_A + r"(?:split )?"
                     r"(?:second|seconds|moment|moments|sec|secs)\b")
"""A sign that lasted a moment ("my feet went tingly for a second from the hot water"): with it
gone ("it's gone now"), no report."""
_MINUTE = re.compile(_FOR_A + r"(?:minute|minutes|min|mins)\b")
"""...or a minute, in the legs ("my toes tingled for a minute or so after I knelt, it's passed
now"), not in the saddle area."""
_PASSED = ("gone now", "passed", "passes", "went away", "gone away", "wore off", "worn off")
"""Words of a sign that has passed."""
_GONE_NOW = re.compile(r"\b" + _any(r"(?:it|that|they) (?:is|are|has|have) (?:all )?gone",
                                    *_PASSED) + r"\b")
_STOPPED_FINE_NOW = re.compile(
    r"^ (?:\w+ ){0,3}?" + _any("stopped", "quit", "went away", "gone away", "passed", "wore off",
                               "worn off", "cleared up", "eased off", "died down", "faded")
    + r"\b(?: \w+){0,6}? (?:and |but |so )?(?:it|they|that|i|my \w+)(?: \w+)? "
    + _any("fine", "normal", "okay", "ok", "alright", "all right", "back to normal",
           r"no (?:" + _any("temperature", "fever", "chills", "shivers", "tingling", "numbness",
                            "pins and needles", "pain", "problems?", "trouble") + ")")
    + r" now\b")
"""A sign that stopped, and all is well now, said after it ("the pins and needles in my feet
stopped days ago and they feel normal now", "the chills quit before my back went, I've no
temperature now")."""
_COLD_CAUSE = re.compile(r"\b" + _any("from", "because of", "off", "under", "only", "just", "was")
                         + r" (?:\w+ ){0,3}?" + _COLD_THINGS + r"\b")
_FADING = re.compile(r"\b" + _any(*_PASSED, "fading", "faded", "wearing off", "easing", "eased",
                                  "going away", "passing") + r"\b")
_RETURNING = re.compile(r"\b" + _any(*_RETURNS) + r"\b")
"""A tingle put down to the cold pack that is passing ("that tingly feeling has gone away, it
was only the cold pack"; "the tingling's fading now, it was from the ice"): no report, unless it
stays (_STILL) or returns."""
_STILL = re.compile(r"\b(?:still|again|not gone|not passed)\b")
_STILL_ASLEEP = re.compile(r"\b(?:still|hours?|ages|all (?:day|morning|night)|not (?:woken|woke"
                           r"|waking|come back|coming back|gone|going|wearing|passing)"
                           r"|will not (?:wake|come back|go))\b")
"""A foot gone to sleep from how one sat is the everyday thing, unless it stays so ("it still
has not woken up", "for hours")."""
_EASING = re.compile(r"\b(?:it|that|they) (?:is|are) (?:(?!not |never )\w+ )?"
                     + _any("passing", "wearing off", "going off", "easing off") + r"\b")
"""A foot asleep from posture waking up as one speaks: "it's passing", "it's wearing off"."""
_FEELING_BACK = re.compile(r"\b(?:the feeling|feeling|it|they) (?:is|has|have|are) "
                           r"(?:(?!not |never |yet )\w+ )?"
                           r"(?:come|coming) back(?: now)?\b")
"""... or the feeling come back ("it's come back now"), before anything else said to pass (after
which a "come back" is the sign's: "it went away, but it's come back")."""


_LAST_TIME = re.compile(r"\blast time\b(?!.*\bthis time\b)")
_NOT_THIS_TIME = re.compile(r"^ (?:\w+ ){0,8}?(?:but |and |whereas |while )?this time "
                            r"(?:i |it |it is |it was |i have |i was )?"
                            + _any("nothing", "just", "only") + r"\b(?! as\b)")
"""A sign of the last episode, this one told apart ("last time it was a car accident that set
it off, but this time nothing happened")."""


def _since_gone(clause: str, m: re.Match[str], after: str, opening: str = "") -> bool:
    """Whether the sign `m` in `clause` is told as an episode in the past that went away ("a while
    back my leg went numb for an afternoon, it sorted itself out"; "two years ago I couldn't feel
    my foot for a day and it went away"): a time long past said just before it or just after
    (_EARLIER), or a foot asleep from kneeling (_POSTURE), then that it passed (_RESOLVED, not
    "it never went away"), and nothing after of it coming back (_BACK_AGAIN: "... it went away,
    but now it's numb again" reports). A foot gone to sleep from how one sat (the posture said
    after it or first, _POSTURE_BEFORE) needs no passing, only that it does not stay so
    (_STILL_ASLEEP); any sign from posture may pass as one speaks (_EASING, _FEELING_BACK: "it's
    passing", "it's come back now"). A foot gone to sleep needs no time long past to have passed
    ("my foot went to sleep earlier but it's fine now"); nor a tingle put down to the cold pack
    that is passing (_COLD_CAUSE, _FADING). `after` is everything said after the sign;
    `opening`, what the piece said before the clause, where a posture may be told first
    (_POSTURE_FIRST: "kneeling by the bed and my right foot's gone to sleep")."""
    if (m[0] in _TINGLES and (_ALL_GONE.match(clause[m.end():]) or _ALL_GONE_AFTER.match(after))
            and not _IN_SADDLE.search(clause) and _BACK_AGAIN.search(after) is None):
        return True  # "the numbness I had in my toes has completely gone"
    before = " ".join(clause[: m.start()].split()[-EARLIER_WORDS:])
    if _LAST_TIME.search(before) and _NOT_THIS_TIME.match(after):
        return True  # "last time it was a car accident ..., but this time nothing happened"
    # (across a comma: "..., years ago"; past where it was: "in my feet last spring")
    just_after = " ".join(_WHERE_FIRST.sub("", after).split()[:EARLIER_AFTER])
    moment = _MOMENT.match(after) or (_MINUTE.match(after) and not _IN_SADDLE.search(clause))
    if moment and _GONE_NOW.search(after) and not _STILL.search(after):
        return _BACK_AGAIN.search(after) is None  # "tingly for a second ..., it's gone now"
    if (_COLD_CAUSE.search(after) and _FADING.search(after) and not _STILL.search(after)
            and not _RETURNING.search(after)):
        return True  # "... has gone away, it was only the cold pack"
    asleep = "sleep" in m[0]  # a foot asleep that woke is the everyday thing, however long ago
    posture = (_POSTURE.match(clause[m.end():]) is not None
               or (asleep and _POSTURE_BEFORE.search(before) is not None)
               or ((asleep or "pins" in m[0])
                   and _POSTURE_FIRST.match(opening + clause[: m.start()]) is not None))
    asleep = asleep or (posture and _ASLEEP_TOO.search(m[0]) is not None
                        and not _IN_SADDLE.search(f"{clause} {after}"))
    if (_EARLIER.search(before) is None and _EARLIER.search(just_after) is None and not posture
            and not asleep):
        return False
    if posture and asleep and _STILL_ASLEEP.search(_SAT_FOR.sub(r"\1", after, count=1)) is None:
        return True  # "my foot went to sleep from sitting cross-legged, can I walk about now"
    if posture and (woke := _EASING.search(after) or _FEELING_BACK.search(after)):
        earlier = after[: woke.start()]
        if _RESOLVED.search(earlier) is None and _NOT_RESOLVED.search(earlier.rstrip()) is None:
            return _BACK_AGAIN.search(after[woke.end():]) is None
    resolved = any(_NOT_RESOLVED.search(after[: r.start()].rstrip()) is None
                   for r in _RESOLVED.finditer(after))
    return resolved and _BACK_AGAIN.search(after) is None


_CLAUSE = re.compile(
    r"\b(?:but|however|although|though|except|also|plus|oh and|anyway)\b"
    r"|\band\b(?= (?:i|my|it|now|then|there|the pain|since)\b)"
    # "they are not would tingling toes be a bad sign": after "not", a modal asks anew (a
    # "not" comes after them: "would not")
    r"|(?<=\bnot)\s(?=(?:would|could|should|will|shall|might|may|is|are|does) )"
)
_HEDGES = re.compile(r"\b" + _any("i do not know", "do not know", "not sure", "i am not sure",
                                  "no idea", "i can not tell", "not certain", "wonder",
                                  "not supposed to", "not meant to", "rather not",
                                  "prefer not to")
                     + r"(?: if| whether)?\b")
"""Uncertainty about oneself ("not sure if I have a fever"): neither a denial nor hypothetical.
Nor is what one expects ("I'm not supposed to be feverish with a spasm, am I? Because I am")."""
_NEGATORS = frozenset(
    ["no", "nope", "nah", "not", "never", "without", "nothing", "none", "neither", "nor",
     "nobody", "zero", "0", "free"]
)
_NOES = ("no", "nope", "nah")
"""The ways of saying a bare "no"."""
_NO_THEN_PLAIN = frozenset(("both", "got"))
_ALL_FINE = frozenset("fine okay ok alright normal good".split())
_NO_THEN = frozenset("wait actually hang hold sorry listen look oh my it they that use good help"
                     " way".split()) | _NO_THEN_PLAIN
"""Words after which a "no" ("nope", "nah") takes back what was said before, denying nothing
after it: "no, wait, actually my leg is tingling now" (heard without its commas); "no, my leg's
gone numb" (a new sentence about the leg, which denies with its own "not": "no, my legs aren't
numb"; so too "no, both legs are weak", "no, got a fever"; "now" is often heard as "no";
"it's a bit odd, no, it's proper numb"). Nor after "no use", "no good", "no help", said of
something else ("you're no use, my legs are going numb"). Nor "no way", said in disbelief ("no
way, my foot's gone dead"). But not "both" or "got" (_NO_THEN_PLAIN) with an all-clear
(_ALL_FINE) after them: "nope, both legs feel fine, [no] pins and needles at all" still
denies."""
_MOVES = frozenset("""move budge shift stand sit walk sleep bend turn roll lie kneel crawl
    straighten twist reach breathe cope""".split())
"""What a body cannot do, whose "not" is its own: "I can't move, all feverish" denies no fever
(heard without its comma and "I'm")."""
_TO = frozenset(["to", "too", "2"])
_STOPS = frozenset(["stop", "stops", "stopped", "stopping"])
"""After a "not", words that keep a sign going ("it won't stop tingling", "I can't stop
shivering"): the "not" is the stopping's."""
_EASES = frozenset("""bring brings bringing brought touch touches touching touched shift shifts
    shifting shifted budge budges budging budged ease eases easing eased break breaks breaking
    broke reduce reduces reducing reduced lower lowers lowering lowered""".split())
"""... and words of a remedy that fails ("the ibuprofen's not bringing my temperature down",
"paracetamol isn't touching the fever")."""
_IN_EARNEST = frozenset("""joking kidding lying exaggerating messing pretending overreacting
    useless stupid daft""".split())
"""... and words of what is said in earnest, or of the one spoken to ("I'm not joking, pins and
needles all down my leg", heard without its comma; "prove you're not useless, ...")."""
_NOT_ITS_OWN = _STOPS | _EASES | _IN_EARNEST
_BELIEVED = frozenset(["it", "this", "that"])
"""What one cannot believe, the moment itself ("i can not believe it a car went into us"; not
"i can not believe he tripped", which may be the telly)."""
_THERE_IS = frozenset(["is", "are", "was", "has"])
"""After "there", what opens a clause of its own, out of a negation's reach ("no fall, no
chills, there's a numb patch round my back passage", heard without its "but"); not before "any"
or "now", a "no" misheard ("not that there's any numbness", "no, there's now numbness")."""
_FELT = frozenset(["felt", "been", "had"])
_SO = frozenset(["this", "so", "that", "as"])
"""After "never", what says a sign is at its worst ("I've never felt this feverish", "never been
so numb"), not denied ("I've never had any numbness")."""
_NOT_A_VERB = frozenset("the a an my that this any where when how".split())
"""After "not to", what is no verb: "it's not to the point where my legs are numb" denies."""
_CUT_SHORT = frozenset("do does did have has can could will would".split())
"""Verbs that, with "not" and nothing after it, end a clause: "you asked if my legs feel normal,
they don't, my shin's numb" (heard without its commas) denies nothing after "don't"."""
_TO_HELP = _any(r"helps?", r"matters?", r"makes? (?:a|any) difference", r"means? anything",
               r"changes? anything", "is relevant", "is useful", "is important")
"""Said to be helpful ("in case it matters, ...", "if it makes a difference, ..."): what follows
is told, not supposed."""
_HYPOTHETICAL = re.compile(r"\b" + _any(
    # "I wonder if it matters that I can't feel the paper when I wipe": what follows "that" is
    # told as so, not supposed
    # not "as if" ("as if the back wasn't enough, I'm shivering with chills": a likeness)
    # but "if it turns out later that I can't wee" supposes
    r"(?<!as )if(?! (?!it (?:turns?|turned|does|should) (?:\w+ )?out\b|it (?:transpires|happens)\b)"
    r"(?:\w+ ){0,4}that (?:i|my|the \w+ (?:on|of|in) (?:both )?my|both my)\b)"
    r"(?! i (?:have |had )?just\b)"
    # no supposition goes on with "to": "if to three", "if to doze out", as a recogniser hears
    # "one, two, three" or "in through the nose"
    # (but "if, to be honest, my legs go numb" does)
    r"(?! to\b(?! be\b))"
    # "if only I'd rung the GP yesterday, the numbness has spread to my foot": a regret, not a
    # supposition ("if only I could feel my feet" wishes for what is not so)
    r"(?! only\b)"
    # "if you were me, would you worry? I haven't been able to pass water" (heard without its
    # punctuation, or as "if you would me"): the assistant supposed in one's place, not the sign
    # (but "if you were me and got a temperature" supposes that too)
    r"(?! (?:you (?:were|was|would|would be) me|i (?:were|was) you)(?! and\b)\b)"
    # "is it alright if I tell you my leg gave way": told, not supposed ("if I said" supposes)
    r"(?! i (?:tell|mention|say|let you know)\b)"
    # "if it helps you to know, my legs have gone numb": said to be helpful, not supposed
    r"(?! (?:it|that|this) " + _TO_HELP + r"\b)",
    # "I suppose I should mention ...": a belief, not a supposition
    r"in case(?! you (?:need|want|wanted|were wondering|are wondering)\b)"
    r"(?! (?:it|that|this) " + _TO_HELP + r"\b)",
    # "unless I'm imagining it, my privates have no feeling": told, with a doubt
    r"unless(?! i am (?:imagining|dreaming|making)\b)",
    "what happens when", "(?<!i )suppose", "supposing", "hypothetically", "hypothetical",
    # "in the hypothetical case of a numb groin, is it hospital or home?"
    r"in the (?:\w+ )?(?:case|event) (?:of|that)\b",
    # "say this old man fell on the stairs, would he need an x-ray?", "let's say I fell"
    r"(?:^|(?<=let us )|(?<=what if ))say(?= (?:i|he|she|you|we|they|this|that|my|someone"
    r"|somebody|a|an|the)\b)"
    # (not what one is asked to say, its frame gone by now: "would it be okay to say I've had
    # the chills all night", "please say this isn't serious")
    r"(?! (?:i|it|this|that) (?:have|had|am|is|was)\b)",
    # "could a spasm make me lose control of my bowels?", "is there any chance this might give
    # me pins and needles": what something may bring about, asked (not "could it have made
    # ...", "could the spasm be making my legs numb", which tell that it did)
    # (not "what would you make of this, my back passage has gone numb")
    r"(?<!\bi )(?:can|could|might|may|will|would)(?= (?:(?!not |have |be |i |you )\w+ ){0,4}?"
    r"(?:ever |possibly |actually |really |also )?(?:make(?! of)|cause|give|lead to|bring on"
    r"|trigger|result in|set off)\b)",
    # "the thing I keep wondering is whether a temperature with back pain is serious": a sign in
    # general, asked about (not "I can't tell whether my bladder's gone")
    r"whether(?= (?:a|an|any|some) )",
    # a fear of what may come ("I'm terrified I'll wet myself without knowing, would that mean
    # going to hospital?"; not what may have come already: "I'm scared I might have lost
    # feeling down there")
    _any(*sorted(FEARS, key=len, reverse=True))
    + r"(?: that)? (?:i|my(?: \w+){1,2}?|it|this|that) (?:will|would|might"
    r"|may|could|am going to|is going to|are going to)(?! have\b)",
    # a fear of what may come, told with its "-ing" ("I'm dreading getting weakness in my legs",
    # "I'm worried about not being able to hold my bowels"; not "worried about having wet
    # myself", which says it came)
    r"(?:scared of|afraid of|terrified of|frightened of|worried about|dreading|fear of"
    r"|nervous about|paranoid about)(?= (?:ever )?(?:getting|developing|ending up|going"
    r"|losing|(?:not )?being (?:un)?able)\b)",
    # a threshold asked: "at what point would weakness in my legs mean A and E?"
    r"at what (?:point|stage)",
    # what may come of it ("I keep joking I'll end up in incontinence pants"; not "I've ended
    # up wetting myself")
    r"(?:will|would|might|may|could|am going to|is going to) (?:probably |just )?end up",
    # a threshold asked: "what temperature counts as a fever" (and _HOW_MUCH_BEFORE)
    r"what(?= (?:\w+ ){0,2}?(?:counts|count|would count|qualifies) as\b)",
    # "say I couldn't control my wee, is that a hospital thing?": say as suppose
    # not "say I've had the chills all night" (a wrapper cut to it: "would it be okay to say")
    r"(?:^|(?<=^ )|(?<=[,.] ))say"
    r"(?= (?:i|my|it is|it was|it turns out)\b)(?! i have (?:had|been|got)\b)")
    + r"\b")
_SUPPOSED_LAST = re.compile(r"\b(?:(?:hypothetically|in theory|theoretically)(?: speaking)?"
                            r"|(?:(?:only|just|merely) |(?<=\bi am ))asking(?: for (?:a friend"
                            r"|future reference"
                            r"|the future))?)\W*$")
"""A supposition tagged on at the end ("..., hypothetically?"; "..., I'm fine, I'm only asking"):
only there, so that a report
with the word elsewhere ("my legs are numb, hypothetically speaking what do I do") stays one."""
_OWN = re.compile(r"\b" + _any(
    "my", "myself", "mine", "i am", "i have", "i had", "i feel", "i felt", "i got", "i get",
    "i keep", "i think", "i also", "i still", "i noticed", "i started", "i seem", "i might",
    "i may", "there is", _GERUND_ASKED_NOT + "getting",
    # (not the subject of a general question: "does having a temperature with back pain mean
    # I should see someone?")
    _GENERAL_SUBJECT_NOT + "having",
    "feeling", r"feels?", "running") + r"\b")
"""Signs told as one's own. Not a bare "i": in "should i worry about fever" it owns the worry."""
_OWN_AFTER = re.compile(r"^\W*(?:\w+ ){0,3}?" + _any("in", "down", "on", "into", "around", "round",
                                                     "of", "between")
                        + " " + _any("my", "both", "one of my", "either") + r"\b")
_MEANING = ("worry", "worried about", "a sign", "bad sign", "good sign", "warning sign",
            "worrying sign", r"(?<!if it )mean", r"(?<!if it )means", r"(?<!nothing )serious",
            "dangerous", "red flag", "emergency", "bad news")
"""Words that ask what a sign would mean ("is numbness a sign of something serious", "fever with
back pain, bad sign?"); not a sign played down ("nothing serious") nor a help offered ("if it
means anything, ...")."""
_MY = re.compile(r"\bmy\b")
_GENERAL_YOU = re.compile(r"^\s*(?:\w+ ){0,2}?(?:do|does|would|will|can|could|should|might) "
                          r"(?:(?:(?!i\b)\w+ ){0,2}?(?:make|makes|cause|causes|leave|leaves) )?"
                          r"(?:you|(?P<they>one|people|anyone|someone|somebody)) "
                          r"(?!(?:\w+ )*?i\b)(?:\w+ ){0,2}?$")
"""A question of people in general just before a sign ("do you get a temperature with a
slipped disc?", "can a spasm make someone lose control of their bladder?"): it asks. Not with
"I" between ("do you know I've lost control of my bladder"); a sign told of the third person
has its "their" as "my" (as_own), which is theirs."""
_ASKED_FIRST = re.compile(r"^\s*(?:(?!(?:i|it|this|that|there|they|he|she|we|you|my|both)\b)\w+ )"
                          r"{0,2}?(?:should|would|could|does|do|is|are|can|will|might)\b")
"""A question opened (after a word or two said first: "mon Dieu, should ...", heard as one
piece; not a statement's subject: "it's only pins and needles in both feet")."""
_MEANING_SAID = re.compile(r"\b" + _any(*_MEANING) + r"\b")
_HELP_MEANT = re.compile(r"\b(?:(?:a|any) reason to|make me (?:ring|call|phone|go|see|get))\b")
"""... or what help it calls for ("should weakness in either leg make me ring 111?", "is
numbness in either foot a reason to ring 111?"), which asks, too, where no "my" is said."""
_WHY_TOLD = re.compile(r"^\s*(?:why (?:(?:have|has|are|is|do|does|did|am|will not|would not"
                       r"|does not|do not) )?(?:i|my|both|me)"
                       r"|what is " + _any("giving", "causing", "stopping", "making") + r" me"
                       r"|how come (?:i|my|both|me|" + _LIMB + r"))\b")
"""Why a sign of one's own is so, which tells it ("why have both feet gone numb", "why am I
shaking with chills", "what's giving me chills on top of this back pain?"); not why a sign
means what it does ("why is numbness serious")."""
_WITH_BACK_PAIN = re.compile(r"\b(?:back|spasm|spasms)\b")
"""Shivers asked about together with the back: a fever with back pain, not a cold thing ("what's
giving me chills on top of this back pain?"; not "why am I shivering when I get out of the
bath")."""
_QUESTION = re.compile(
    r"^\s*(?:what|when|why|how|is|are|does|do|did|should|can|could|would|will|which|at what)\b"
    r"|\b" + _any(*_MEANING, "warning", "signs", "symptom", "symptoms", "cause", "causes",
                   "whether",
                   # "I don't know which sort of numbness is the worrying sort" (the
                   # normaliser drops "sort of")
                   r"(?:do not know|not sure|no idea|wonder|wondering) (?:which|what)",
                   # a question someone or something else puts ("it's asking about fever",
                   # "the leaflet asks any loss of bladder control")
                   r"(?:(?:asks|asking|asked) (?:me )?|(?:wants|wanted|want) to know )"
                   r"(?:about|if|whether|any|would|should|could|is|are|do|does|did|have|has)",
                   # (not what one side feels: "one side feels normal and the other's gone numb")
                   r"(?<!feels )(?<!feel )(?<!felt )normal") + r"\b"
)


def _location_ok(flag: str, clause: str, text: str) -> bool:
    """Numbness, tingling and weakness count in the legs or saddle area, or said with no place;
    not in the back or skin under the ice, where they are expected."""
    if flag not in ("numbness", "weakness"):
        return True
    if _PLACE.search(clause):
        return True
    if flag == "numbness" and _SIGN_ELSEWHERE.search(clause):
        return False  # "the tingling in my hands is my MS, ..., my legs are fine"
    if _PLACE.search(text):
        return True
    return flag == "numbness" and not _OTHER_PLACE.search(clause)


def _unhedged(text: str) -> str:
    return _HEDGES.sub(lambda m: "~" * len(m[0]), text)


_NEW_SUBJECT = re.compile(r" (?P<said_of>\w+) my (?:left |right |whole |entire )?"
                          + _any(_LIMB, _SADDLE) + " " + _any("is", "are", "has", "have", "feels",
                                                              "feel", "keeps", "keep", "went",
                                                              "going", "gone", "getting")
                          + " ")
"""A new subject, a red-flag place, with its own verb, after the word a "not" was said of: "my
husband says it's nothing, but mine won't stop my leg is weak" (heard without its "and"),
where the "not" is the stopping's. Not after a belief or a saying, which the "not" reaches
through ("I don't really think my leg is weak", "it's not that my leg is weak")."""
_STILL_DENIED = frozenset(["that", "saying", "sure", "if", "whether", "is", "are"])
_BELIEFS = frozenset(["think", "thought", "believe", "guess", "reckon", "suppose", "say", "said",
                      "like", "feel", "felt", "remember", "mean"])
"""Words after which a new "i" is still inside the denial ("i do not think i have a fever")."""


_HELP_WORDS = frozenset({"doctor", "doctors", "ambulance", "hospital", "gp", "fuss", "paramedics",
                         "anyone", "anybody", "nurse"})
"""Help refused between a negation and a sign ("I don't want a doctor, I've got a temperature",
heard without its "but"): the "not" is the refusal's, not the sign's."""
_RECALL = frozenset({"remember", "recall"})
"""Not remembering when or how a sign came tells that it did."""


_EXCEPTED = re.compile(r"\b" + _any(*_EXCEPTING) + r"\b")


def _excepted(between: list[str]) -> bool:
    """Whether `between`, from a negating word to a sign, excepts the sign from the denial
    (_EXCEPTING: "nothing wrong apart from ...", "no problems other than ...")."""
    return _EXCEPTED.search(" ".join(between)) is not None


def _no_opens_anew(words: list[str], k: int) -> bool:
    """Whether `words[k]` is a bare "no" that opens a new sentence rather than denying what
    follows (_NO_THEN: "no, my leg's gone numb"; not "nope, both legs feel fine, ...")."""
    if words[k] not in _NOES or k + 1 >= len(words) or words[k + 1] not in _NO_THEN:
        return False
    return words[k + 1] not in _NO_THEN_PLAIN or _ALL_FINE.isdisjoint(words[k + 2:])


def _negator_at(clause: str, start: int) -> int | None:
    """Where a negation of the words at `start` begins ("i do NOT have any numbness"), if any.
    Speech has no commas, so a new "i" between the negating word and the sign starts a new
    clause, out of its reach ("i can not do that i pooped myself", "no i have a fever")."""
    every = list(re.finditer(r"\S+", _ONE_IN_REACH.sub(lambda m: "~" * len(m[0]),
                                                      _unhedged(clause[:start]))))
    sign_word = clause[start:].split()[:1]  # the sign's first word
    words, before = every[-5:], every[-6:-5]  # the reach of a negation; the word before it
    if clause[start:].startswith(("i ", "someone ", "somebody ")) and words \
            and words[-1][0] not in _BELIEFS:
        # the sign's own "i" starts a new clause ("it would not hold me i fell"), as someone
        # does ("no, it's not from lifting, someone drove into the back of my car")
        return None
    for k in range(len(words) - 1, -1, -1):
        if words[k][0] == "0" and k < len(words) - 1:
            continue  # "zero numbness" denies; "0" further back is a score ("a 0 now but ...")
        said_before = words[k - 1][0] if k else (before[0][0] if before else "")
        if (words[k][0] == "not" and k < len(words) - 1 and words[k + 1][0] == "my"
                and said_before in _CUT_SHORT):
            return None  # "they do not, my shin is numb"
        if words[k][0] == "not" and k < len(words) - 1 and words[k + 1][0] in _MOVES:
            return None  # "i can not move all feverish and shivery": the not is the moving's
        following = words[k + 1][0] if k < len(words) - 1 else sign_word[0]
        then = words[k + 2][0] if k + 2 < len(words) else sign_word[0]  # the word after that
        if ((words[k][0] == "not" and following in _NOT_ITS_OWN)
                or (words[k][0] == "no" and following == "longer" and then in _NOT_ITS_OWN)):
            # "i can not stop tingling", "it is not bringing my temperature down", "the
            # paracetamol no longer brings my fever down"
            return None
        if words[k][0] == "not" and following == "believe" and then in _BELIEVED:
            return None  # "i can not believe it a car went into us": disbelief, none denied
        if (words[k][0] == "never" and k + 2 < len(words) and words[k + 1][0] in _FELT
                and words[k + 2][0] in _SO):
            return None  # "i have never felt this feverish": the sign, at its worst
        if (words[k][0] == "not" and k + 2 < len(words) and words[k + 1][0] in _RECALL
                and words[k + 2][0] in ("when", "how", "what", "exactly")):
            return None  # "i can not remember when the pins and needles started": they did
        if (words[k][0] == "not" and k + 2 < len(words) and words[k + 1][0] in _TO
                and words[k + 2][0] not in _NOT_A_VERB):
            return None  # "trying not to panic a horse threw me": the not is the panicking's
        if words[k][0] == "not" and k + 1 < len(words) and words[k + 1][0] == "only":
            return None  # "not only got chills, a temperature too": more told, none denied
        if words[k][0] in _NEGATORS and not _HELP_WORDS.isdisjoint(w[0] for w in words[k + 1:]):
            return None  # "i do not want a doctor have got a temperature": help refused
        if words[k][0] in _NEGATORS and _excepted([w[0] for w in words[k + 1:]] + sign_word):
            return None  # "nothing to worry about apart from falling down the stairs"
        if words[k][0] in _NEGATORS and not _no_opens_anew([w[0] for w in words], k):
            if any(w[0] == "i" and before[0] not in _BELIEFS
                   for before, w in pairwise(words[k:])):
                return None
            told = [w[0] for w in words[k + 1:]] + sign_word
            if any(w == "there" and after in _THERE_IS and then not in ("any", "now")
                   for w, after, then in zip(told, told[1:], told[2:], strict=False)):
                return None  # "no chills, there's a numb patch": a clause of its own
            # (from the space before the negating word, which may be what it is said of:
            # "please say it is nothing my groin feels all pins and needles")
            new = _NEW_SUBJECT.search(" " + clause, words[k].start())
            if (new is not None and new.end("said_of") <= start  # (said of: before the sign)
                    and new["said_of"] not in _BELIEFS | _STILL_DENIED):
                return None  # "mine won't stop my leg is weak": a clause of its own
            return words[k].start()
    listed = _LISTED.search(clause[:start])
    if listed is not None:
        return _negator_at(clause, listed.start())  # "not had a fever or any shivers"
    return None


_ONE_IN_REACH = re.compile(r"\b" + _any("seem", "seems", "seemed", "appear", "appears",
                                         "appeared")
                           + r" to\b|\b(?:that|the|this) (?:thing |one )?where (?:you|your \w+)\b")
"""A "seem to", or a sign named as "that thing where you ...", between a negation and its sign
counts as one word of its reach: "I don't seem to have lost any bladder control", "none of that
thing where you can't feel down there"."""
_LISTED = re.compile(r"\b\w+ (?:or|nor) (?:any |a |an |even )?$")
"""A sign listed after another with "or": the denial that reaches the first reaches it ("I
haven't had a temperature or any shivers")."""


_ECHO_NO = r" (?:no|nope|nah|none|not really|not at all)\b(?P<after>.*)$"
"""A sign said back as a question and answered ("fever? no, none of that", "any tingling?
nope", "about the fever thing, no, I haven't got one"): how people answer "any fever?". Not
when a place follows the "no" ("numbness no in my left leg" may be "numbness now")."""


_ECHO_WORDS = ("thing", "business", "bit", "question", "stuff")
_ECHO_PLACE = (r" (?:down there|down below|(?:in|down|between|round|around) (?:the|my|your|both)"
               r" (?:\w+ )?\w+)")
_ONLY_NO = frozenset("""no nope nah none not really at all of that whatsoever thanks thank you
    nothing like""".split())


def _echoed_no(whole: str, said: str, only_no: bool = False) -> bool:
    """Whether the sign `said` opens `whole` and is answered no (_ECHO_NO); `only_no`: with
    nothing after the no but more of it (_ONLY_NO: "numbness down there? no, none at all"), as
    a sign told in full needs, and a sign said with its place ("numbness down there")."""
    m = re.match(r"(?:(?:about|as for|as to|regarding) )?"
                 r"(?:(?:any|a|some|and|what about|the|that) )?" + re.escape(said)
                 + r"(?: where| how| what)?"  # said back with its question: "numb where? ..."
                 + r"(?P<place> " + _any(*_ECHO_WORDS) + "|" + _ECHO_PLACE + ")?"
                 + _ECHO_NO, whole)
    only_no = only_no or (m is not None and m["place"] is not None
                          and m["place"].strip() not in _ECHO_WORDS)
    if only_no and m is not None and not _ONLY_NO.issuperset(m["after"].split()):
        return False
    return m is not None and not _PLACE.search(m["after"])


_SAID_NOT = re.compile(r"\b(?:not|unable|nothing)\b")
"""A sign that carries its own "not" ("can not feel", "legs will not hold me", "unable to pass
water", "nothing is coming out"): a "no" or "not" heard before it is an exclamation ("oh no, my
legs won't hold me"), a false start ("I can't, uh, can't feel anything between my legs"), or a
double negative nobody uses to deny, so it denies nothing."""


_TOLD_SINCE = re.compile(_any(r"\w \w+ i (?:have |had )?(?:only |just |already |actually )?"
                              + _any("came", "fell", "was", "got", "landed", "slipped",
                                     "tripped", "crashed", "wet", "peed", "lost", "just"),
                              # a test done, then what it finds: "if I touch between my legs I
                              # can barely feel it" (not "if I found I couldn't lift my foot")
                              _any("touch", "press", "pinch", "poke", "prod", "wipe", "rub", "tap",
                                   "squeeze", "stroke") + r"\w* (?:\w+ ){0,4}?i (?:can|could)",
                              # a clause cut short ends the supposition too: "you asked if my
                              # legs feel normal, they don't, my shin's numb"
                              r"\b" + _any(*_CUT_SHORT) + r" not my\b"))
"""After a supposition, "I" and a verb of what happened begin a clause of their own: "should I
get it checked if I get it ... I came off my bike" (heard for "shouldn't I get checked? I came
off my bike"). Not "if I fell off my bike", where the "I" is the supposition's own."""


FAR_NO = 2
"""Words at most between a "no" and a report told in full that it denies ("no, I haven't ...",
"no real accidents"). Further back, it was said to something else: "I think I've had a little
accident, no, not a little one, I've completely lost control of my bladder", heard without its
commas and its "I've"."""


def _far_no(between: str) -> bool:
    """Whether `between`, from a negating word to a sign, is a "no" too far back to deny it."""
    words = between.split()
    return bool(words) and words[0] == "no" and len(words) - 1 > FAR_NO


_ASKED_NEAR = re.compile(
    r"^\s*(?:(?:so|and|but) )?(?:when (?:should|would|does|do|is|must|will)|which (?:kind|sort|type"
    r"|ones?)|what (?:kind|sort|type)|at what point)\b"
    # the sign quoted back: "'numbness in the legs', you said, how numb is numb"
    r"|^\s*(?:as )?you (?:said|mentioned|were saying)\b"
    r"|\b" + _any(*_MEANING) + r"\b")
"""A question about what a sign would mean, in the piece just before or after it ("fever with
back pain, when should that worry me?", "which is more serious, tingling in the feet or a
temperature"): of a sign no one owns, it asks, as _QUESTION does within a clause. Not "tingling
in both legs, what do I do"."""


def _asked_near(pieces: list[str], piece: int) -> bool:
    """Whether the pieces next to the sign's (their eight words nearest to it: "numbness...
    which... which sort means hospital") ask what a sign would mean (_ASKED_NEAR), where
    nothing in the utterance is told as one's own (_OWN: not "my back is killing me, tingling
    too, is that serious?")."""
    before = " ".join(pieces[:piece]).split()[-8:]
    after = " ".join(pieces[piece + 1:]).split()[:8]
    return (any(_ASKED_NEAR.search(" ".join(said)) for said in (before, after) if said)
            and not any(_OWN.search(said) for said in pieces))


def _supposed_at(text: str, before: int) -> int | None:
    """Where the last supposition opened before `before` in `text` ends, when nothing after it
    tells what did happen (_TOLD_SINCE); None when there is no such supposition."""
    supposed = [s for s in _HYPOTHETICAL.finditer(_unhedged(text)) if s.start() < before]
    if not supposed or _TOLD_SINCE.search(text, supposed[-1].end()):
        return None
    return supposed[-1].end()


_SUBJECT = re.compile(r"\b(?:i|my|it|they|he|she|we)\b")


_CAUSE_WONDERED = re.compile(r" it (?:is|was|might be|could be) (?:\w+ ){0,2}?\w+\s*$")
"""A cause wondered at, all the clause holds after its "if": "I wonder if it's sciatica" (the
router's normaliser drops "I wonder"), which an "and I can't feel my legs" after it does not go
on with..."""
_IF_WONDERED = re.compile(r"(?<!what )\bif$")
"""...an "if" that wonders, not "what if" ("what if it's sciatica and my legs go numb" supposes
both) nor "say" ("say it's flu and I get a temperature")."""


def _supposes(clause: str) -> bool:
    """Whether `clause` ends inside a supposition ("what if I sneeze"), as _judge reads one: not
    one whose outcome it says already ("if I stand up I fall over", a second subject)."""
    end = _supposed_at(clause, len(clause))
    return (end is not None and len(_SUBJECT.findall(clause, end)) < 2
            and not (_CAUSE_WONDERED.match(clause, end) and _IF_WONDERED.search(clause[:end])))


_GOES_ON = re.compile(r"^\s*(?:then |also )?(?:i|my (?:\w+ )?\w+) (?:just |suddenly |then |also )?"
                      + _any("get", "gets", "start", "starts", "lose", "loses", "go", "goes",
                             "develop", "develops", "can not", "could not", "end up", "ends up",
                             "fall", "falls", "slip", "slips", "feel", "feels", "begin",
                             "begins", "stop", "stops")
                      + r"\b")
"""A clause after "and" that goes on with the supposition before it, in the present ("what if
I sneeze and I lose control of my bladder", "if it gets worse and I get a fever")."""


_STATED = re.compile(r"^\s*(?:(?:and|now|so|but) )?(?:both |my |the )?(?:\w+ )?" + _LIMB
                     + r" (?:are|is|have|has|keep|keeps|feel|feels)\b")
"""A sign stated first, the place its subject ("both feet are tingling and getting worse, is that
a bad sign", heard without its commas): told, whatever is asked after it."""
_MY_SUBJECT = re.compile(r"\bmy (?:\w+ ){1,5}?(?:have|has|are|is) (?:just |now |all |completely )?"
                         r"(?:gone |been |going |started |started going )?(?:all |completely )?$")
"""A place of one's own, the subject of the sign's verb however long it is named ("is this going
to wear off my inner thighs and privates have gone numb", heard without its question mark):
told, whatever was asked before it."""
_NOT_ASKED = re.compile(r"^\s*(?:(?:so|and|but|well|surely) )?(?:is|are|should|would|does)"
                        r" not (?:a |an |the |any )?$")
"""A question put in the negative, the sign just after it ("isn't numbness around the saddle
meant to be a reason to go to A and E?"): asked, not denied; a sign named, not one told with its
own verb (_TOLD_VERB: "isn't feet's gone to sleep ...", a garble, stays denied)."""
_IN_GENERAL_AFTER = re.compile(r"^ (?:\w+ )?" + _any("always", "ever", "usually", "normally",
                                                      "generally", "necessarily",
                                                      "automatically") + r"\b")
"""A question of what a sign always or usually calls for, said just after it ("does back pain
after a car accident always need a doctor?"): asked of signs in general, with nothing before it
that makes it one's own or one known (_OWNED_BEFORE: "is the tingling always going to be there")."""
_OWNED_BEFORE = re.compile(r"\b(?:my|i|me|the|this|these|that|those|his|her|our|their)\b")
_TOLD_VERB = re.compile(r"\b(?:is|are|has|have|keeps?|feels?)\b")
_HOW_MUCH_BEFORE = re.compile(r"\bhow (?:\w+ )?$")
_HOW_MUCH_AFTER = re.compile(r"^ (?:would|do|does|will|should|must) (?:\w+ ){0,3}?"
                             r"(?:have|has|need|needs) to (?:get|be|go|become)\b")
"""A threshold asked ("how numb would my legs have to get before I should see someone?"): the
sign said between the "how" and what it must come to."""


def _judge(clause: str, m: re.Match[str], report: bool, supposed_last: bool,
           asked_near: bool = False, owned_elsewhere: bool = False,
           supposed_before: bool = False) -> Verdict:
    """How the sign `m` in `clause` is told; `supposed_last`: the utterance ends on a
    supposition ("..., hypothetically?"); `asked_near`: the piece beside it asks what a sign
    would mean (_asked_near); `owned_elsewhere`: another piece tells something as one's own
    ("..., because I have it"); `supposed_before`: the clause before it, in the same piece,
    ended inside a supposition (_supposes), which this one may go on with (_GOES_ON)."""
    asked = _NOT_ASKED.match(clause[: m.start()]) and not _TOLD_VERB.search(m[0])
    negator = None if asked else _negator_at(clause, m.start())
    if (not _SAID_NOT.search(m[0]) and negator is not None
            and not (report and _far_no(clause[negator:m.start()]))):
        return Verdict.NEGATED
    # (read on into the sign, which a supposition's look-ahead may need: "say I slipped")
    if _supposed_at(clause[: m.end()], m.start()) is not None:
        return Verdict.ASKING
    if _HOW_MUCH_BEFORE.search(clause[: m.start()]) and _HOW_MUCH_AFTER.match(clause[m.end():]):
        return Verdict.ASKING  # "how numb would my legs have to get before I see someone"
    if supposed_before and _GOES_ON.match(clause):
        return Verdict.ASKING  # "what if I sneeze and I lose control of my bladder"
    if supposed_last:
        return Verdict.ASKING  # "would paraesthesia in both feet warrant A and E, hypothetically?"
    if (report and _WOULD_FIRST.match(clause[: m.start()])
            and _WOULD_BE.match(clause[m.end():])):
        return Verdict.ASKING  # "would losing control of my bladder ever be a reason to ring"
    if (_ASKED_FIRST.match(clause[: m.start()]) and not _OWNED_BEFORE.search(clause[: m.start()])
            and _IN_GENERAL_AFTER.match(clause[m.end():])):
        return Verdict.ASKING  # "does back pain after a car accident always need a doctor?"
    general = _GENERAL_YOU.match(clause[: m.start()]) if report else None
    # (a sign told of "someone" has its "their" as "my": only a "my" beside it is one's own)
    beside = clause[: m.start()] + clause[m.end():] if general and general["they"] else clause
    if general and not _MY.search(beside):
        return Verdict.ASKING  # "do you get a temperature with a slipped disc?"
    if report:
        return Verdict.REPORT
    own_after = _OWN_AFTER.search(clause[m.end():])
    # ("should tingling in both feet worry me": where, not whose, in a question of meaning;
    # nor in what another said it means: "a forum said tingling down both legs is an
    # emergency")
    owned_after = own_after is not None and not (
        (_MEANING_SAID.search(clause) or _HELP_MEANT.search(clause)) and _MY.search(clause) is None
        and ((not owned_elsewhere and _ASKED_FIRST.match(clause))
             or _said_by_another(clause, m)))
    if not owned_after and _said_by_another(clause, m):
        return Verdict.ASKING
    near = " ".join(clause[: m.start()].split()[-6:])
    if _INVERTED.search(near) or (not clause[: m.start()].strip()
                                  and _ECHOED.match(clause[m.end():])):
        return Verdict.ASKING  # "would I have a fever with this?"; "numb where?"
    owned = (_OWN.search(near) is not None
             or _STATED.match(clause[: m.start()]) is not None
             or _MY_SUBJECT.search(clause[: m.start()]) is not None)
    if not owned and _WOULD_MEAN.match(clause[m.end():]):
        return Verdict.ASKING  # "numbness in both legs would mean I call someone"
    if (not owned and _WOULD_ASKED.match(clause[: m.start()])
            and _WOULD_BE.match(clause[m.end():])):
        return Verdict.ASKING  # "would numbness round my bottom be a reason to call someone"
    asked_of = _ASKED_WHETHER.search(clause[: m.start()])
    if ((owned or owned_after) and asked_of
            and not _OWN.search(clause[asked_of.end(): m.start()])
            and (not owned_after or _WOULD_SERIOUS.search(clause[m.end():]))):
        # "my wife keeps asking whether numbness in the groin is serious"; "... whether
        # numbness in my groin would be serious" (not "... whether my legs are numb")
        return Verdict.ASKING
    if owned or owned_after:
        return Verdict.REPORT
    if (_WHY_TOLD.match(clause) and not _MEANING_SAID.search(clause)
            and (not _SHIVERS.search(m[0]) or _WITH_BACK_PAIN.search(clause[m.end():]))):
        # "why have both feet gone numb": asks why, tells that (not shivers, which a cold
        # thing so often explains: "why am I shivering when I get out of the bath")
        return Verdict.REPORT
    if _QUESTION.search(clause) or asked_near:
        return Verdict.ASKING
    return Verdict.REPORT


_ASKED_WHETHER = re.compile(r"\b" + _any("ask", "asks", "asking", "asked", "wonder", "wonders",
                                          "wondering", "wondered", "want to know", "wants to know",
                                          "wanted to know")
                            + r" (?:me |myself |you )?(?:whether|if)\b")
"""A question put by someone, the sign after it: whose "my" comes before is the asker's, not the
sign's ("my wife keeps asking whether numbness in the groin would be serious")."""
_WOULD_SERIOUS = re.compile(r"\b(?:would|could|might) (?:be|mean)\b")
"""... and a sign of one's own put in it as a supposition ("... whether numbness in my groin would
be serious")."""
_INVERTED = re.compile(r"\b(?:would|could|should|will|might|may|can|shall) i (?:\w+ )?"
                       r"(?:have|get|be|feel|start)\b")
"""A sign of one's own asked about, the "I" after its verb ("would I have a fever with this?",
"could I get numbness from the ice?"): asked, not told, though "I have" is in it."""
_ECHOED = re.compile(r"\s*(?:where|how|what|exactly where|where exactly)\s*$")
"""A sign said back with a question word after it, alone in its clause ("numb where? between my
legs? no, nothing like that"): the speaker echoes the question."""
_AS_I_DO = re.compile(r"\b(?:because|cause|cos|as|since|which|and) (?:i am|i do|i have"
                     r"|i have got(?: (?:it|one|them|that|those|both))?)\W*$")
"""A question about a sign, then that one has it, in a piece of its own at the end: "do you know
if feeling feverish goes with a back spasm? because I am"."""
_THATS_MINE = re.compile(r"\b(?:that is|which is|this is) (?:exactly |just |precisely )?what "
                         r"(?:i have got|i have|i have been having|i am having|i am feeling"
                         r"|i feel|i got)\b|\bi have got (?:exactly |just )?that\b")
"""A sign named, then said to be one's own: "a podcast called numbness round the back passage
a warning sign, and that's exactly what I've got"."""
_MINE = "".join(rf"(?<!\b{who} )" for who in ("i", "we", "i have", "i should have",
                                                "i would have", "i just", "i already", "i never"))
"""Not after the person's own "I (should have) ...": a look-behind each, as Python's must each
be of one width."""
_SAYING = re.compile(_MINE + r"\b" + _any(
    "said", "says", "mentioned", "mentions", "you mention", "told me about", "tells me about",
    "talked about", "talking about", "were saying", "was saying", "warned me about", "warned about",
    "warns about", "went on about", "brought up", "asked about", "asked me about")
                     + r"\b")
"""Someone else (or we) saying something: "you mentioned a fever", "the leaflet says
numbness down there", "my physio warned me about tingling". Not "I said", "I should have said":
the person's own words are theirs."""
_HOLDING = re.compile(_MINE + r"\b" + _any(
    "reckons", "reckoned", "reckon", "thinks", "insists", "insisted", "swears", "swore", "claims",
    "claimed", "bet me", "bets me", "argues", "argued")
                      + r"(?: that)?(?: (?:a|an|any|some))? $")
"""...or holding or wagering it, the sign just after ("my brother bet me that numbness down
below is an emergency", "my sister reckons a fever with back pain is a red flag"; not "my mum
thinks it's covid, had chills all morning", where the chills are told)."""


SAID_WITHIN = 4
"""Words at most between a saying and the sign it names ("you said to watch for numbness")."""


def _said_by_another(clause: str, m: re.Match[str]) -> bool:
    """Whether the sign `m`, a word naming it rather than a report told in full, is what
    someone else said, or what we did ("you said to watch for numbness down there, no,
    everything's normal"; "you mentioned a fever, what if I get one later"): named, not told,
    unless the person owns it after the saying ("the doctor said I have a fever", "you asked
    about my legs, they're numb"). An owner after the sign ("... numbness in my legs") the
    caller checks."""
    if _HOLDING.search(clause[: m.start()]):
        return True
    sayings = list(_SAYING.finditer(clause[: m.start()]))
    if not sayings:
        return False
    between = clause[sayings[-1].end(): m.start()].split()
    if len(between) > SAID_WITHIN or "i" in between:
        return False  # a clause of the person's own ("... said like that, I'm going numb")
    return not _OWN.search(clause[sayings[-1].end(): m.end()])


_SUPPOSED = ("mean", "count", "need", "warrant")
"""What a supposed sign would do: mean, count, need or warrant something."""
_WOULD_MEAN = re.compile(r"(?: (?!my\b)\w+){0,4}? would "
                         + _any(*_SUPPOSED, "be a sign", "be a reason",
                                "be a red flag", "be an emergency", "be serious")
                         + r"\b")
"""After a sign no one owns, what it would mean: the sign is supposed, not told ("numbness in
both legs would mean I call someone"; not "tingling in my feet would mean ...")."""
_WOULD_ASKED = re.compile(r"^\s*(?:(?!(?:i|my|it|they|he|she|we|you|both|not|no)\b)\w+ ){0,3}?"
                          r"(?:(?:so|and|but|when) )?(?:would|could|might)\b")
_WOULD_FIRST = re.compile(r"^\s*(?:would|might)(?: \w+)?\s*$")
"""... a sign told in full just after the "would" (not "could not feel my legs, would that be
...": the "could not" is the sign's)."""
_IF_EVER = (r"if (?:it|that|this|they) (?:ever |really |actually )?(?:happened|happens|happen"
            r"|came to (?:it|that)|comes to (?:it|that)|did|does|do)")
"""A supposition put in the middle, of the sign just named ("would weakness in my legs, if it
ever happened, mean an ambulance?")."""
_WOULD_BE = re.compile(r"(?: \w+){0,4}?(?: " + _IF_EVER + r")? " + _any("be", "feel", *_SUPPOSED)
                       + r"\b")
"""... or asked so, the "would" first: "would numbness round my bottom be a reason to call an
ambulance" supposes the sign, wherever it is (not "does the numbness in my feet mean ..."; its
"be" may be heard as "feel": "would tingling in my feet feel warning sign")."""


_LIKENED_TO = (r"(?: like| as if| as though)?(?: (?:i|it|my back|my body)(?: have| has| had"
               r"| would have){optional}(?: just)?(?: been| got)?(?: in| through| hit by"
               r"| run over by| knocked down by)?(?: a| an)?(?: \w+)?| (?:a|an|the) \w+)? $")
"""What a pain is likened to, after the word that likens (its "have" {optional} or not)."""
_LIKENESS = re.compile(r"\b(?:feel|feels|felt|feeling|as if|as though)"
                       + _LIKENED_TO.format(optional="?")
                       # (a look likens only what one has been or had done: "looks like I've
                       # been hit by a bus", not "looks like I came off my bike harder than I
                       # thought")
                       + r"|\b(?:look|looks|looked)" + _LIKENED_TO.format(optional="") +
                       # "it hit me like a car crash", "it came on like a car crash" (its "like"
                       # gone)
                       # (after "came on", its article kept: not "it came on after a fall")
                       r"|\b(?:hit|hits|struck|strikes) (?:me|him|her|us)(?: like)?(?: a| an)? $"
                       r"|\b(?:came|comes|come) on(?: like)? (?:a|an) $")
"""What a pain feels like ("I feel like I've been hit by a bus", heard without its "like"): a
likeness, no accident."""
_LIKE_BEING = re.compile(r"\b(?:it|this|that) (?:is|was) (?:just |a bit |kind of |sort of )?"
                         r"(?:like )?(?:being|getting) " + _any("hit", "knocked", "run over",
                                                                "struck", "kicked", "tackled")
                         + r"\b")
"""A pain likened to a blow, said up to the blow ("this tilt hurts, it's like being hit by a
bus", its "like" gone by now)."""


_FOR_YEARS = re.compile(r"\b" + _any(
    r"(?:had|have had|has had|been|lived with) (?:\w+ ){0,2}?"
    r"(?:for|since) (?:years|decades|ages|a long time|\w+ years|as long as i can remember)",
    r"for (?:years|decades) now") + r"\b")
_UNCHANGED = re.compile(r"\b" + _any(
    "no different", r"(?:the )?same as (?:ever|always|usual|before)", "unchanged",
    r"(?:has|have) not changed", r"(?:my )?(?:doctor|doctors|gp|consultant) (?:already )?"
    r"(?:knows?|is aware)", "nothing new", "normal for me") + r"\b")
_NEW_SIGN = re.compile(r"\b(?:new|newly|worse|worsening|spread|spreading|suddenly|first time"
                       r"|never before)\b")
"""A sign long known and unchanged ("the numbness in my feet is my diabetes, I've had it for
years, today's no different and my doctor knows"): told as years old and unchanged, and nothing
said to be new or worse. No new sign: "I've got diabetes but this numbness in my bum is new"
reports."""


def _long_known(whole: str) -> bool:
    """Whether the utterance tells its sign as long known and unchanged (_FOR_YEARS)."""
    return (_FOR_YEARS.search(whole) is not None and _UNCHANGED.search(whole) is not None
            and _NEW_SIGN.search(whole) is None)


_PRIORITY = {Verdict.REPORT: 3, Verdict.ASKING: 2, Verdict.NEGATED: 1, Verdict.NONE: 0}


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for sep in _CLAUSE.finditer(text):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


KIN = ("husband", "wife", "partner", "boyfriend", "girlfriend", "son", "daughter", "mum", "mom",
       "mother", "dad", "father", "nan", "nana", "gran", "granny", "grandma", "grandmother",
       "grandad", "grandpa", "grandfather", "brother", "sister", "friend", "mate", "flatmate",
       "neighbour", "neighbor", "uncle", "aunt", "auntie", "patient", "child", "kid")
"""Whom a carer speaks for ("my husband can't feel his legs"); the recognisers must know these
words (tests/test_content_lint.py)."""
_THEM = [(re.compile(rf"\b{a}\b"), b) for a, b in [
    # the carer passing on a question is not the person's own "i am" ("she is asking is
    # numbness something to worry about"), nor asks them ("my wife keeps asking me whether
    # numbness in my groin would be serious"): the asking is kept, the asker dropped
    (r"(?:(?:my |our |the )?" + _any(*KIN) + r"|he|she|they) (?:is|are|was|were|keeps?) "
     + _any("asking", "wondering") + r"(?: me(?= (?:if|whether)\b))?", "asking"),
    # a part of theirs, its "'s" heard as "is" ("my mum's head is boiling")
    (r"(?:my |our |the )?" + _any(*KIN) + r" is(?= (?:\w+ )?"
     + _any(*LIMBS, *SADDLE, "back", "head", "forehead", "bladder", r"bowels?", "temperature",
            "temp", "skin", "spine", "hips?")
     + r" (?:is|are|has|have|was|were|feels?|felt|keeps?|went|gone|just|will|would|can|could"
       r"|does|do|did|seems?)\b)", "my"),
    (r"(?:my |our |the )?" + _any(*KIN) + r"(?= (?:is|has|had|was|can|could|did|does|just|keeps?"
                                          r"|says?|said|fell|slipped|tripped|wet|got|took|seems|"
                                          r"have|needs?|wants?|"
                                          r"feels?|lost|will|would|tried|went|came|been)\b)", "i"),
    # not "they" just after a thing ("help me find my glasses, they fell off the sofa")
    # nor "he" where a word goes ("a he wrap", "on the he pad": heat, as heard)
    ("(?:" + _not_after(r"\ba", r"\ban", r"\bthe", r"\bmy", r"\bon", r"\bof") + "he|she|"
     + "".join(f"(?<!{w} )(?<!{w}, )" for w in _THINGS) + "they)", "i"),
    (_any("himself", "herself", "themselves"), "myself"),
    (_any("him", "them"), "me"), (_any("his", "their"), "my"),
    (r"her(?=$|,| " + _any("to", "for", "from", "with", "at", "in", "on", "up", "down", "over",
                           "out", "off", "and", "but", "now", "again", "any", "too", "so", "yet",
                           "a", "an", "the", "some", "into", "onto", "home", "that", "this")
     + r"\b)",
     "me"),
    ("her", "my"),
    # dialect: "me legs have gone", "i cannae stand" (not "me" told something: "he bet me
    # numbness down below is an emergency")
    (_not_after("bet", "told", "tell", "tells", "asked", "ask", "asks", "showed", "show", "shows",
                "warned", "warns")
     + r"me(?= (?:\w+ )?" + _any(*LIMBS, *SADDLE, "back", "bladder", r"bowels?") + r"\b)", "my"),
    (_any("cannae", "canna", "cant"), "can not"), ("doon", "down"), (r"me ?self", "myself"),
    (r"i (?:is|are)", "i am"),
    (r"i am(?= (?:just )?(?:fallen|had|got|lost|been|wet|soiled|peed|pooed|gone)\b)", "i have"),
    (r"i (?:has|have)", "i have"),
    (r"i does", "i do"), (r"i keeps", "i keep"), (r"i feels", "i feel"), (r"i says", "i say"),
    (r"i seems", "i seem"), (r"i gets", "i get"), (r"i goes", "i go"),
]]
"""A carer's words told as the person's own ("she can't feel her legs" -> "i can not feel my
legs"), so every first-person pattern hears them too."""


def as_own(norm: str) -> str:
    """Third-person words about someone else, as first-person ones (see _THEM)."""
    for pattern, own in _THEM:
        norm = pattern.sub(own, norm)
    return norm


_YOUR = ((re.compile(r"\byour ?self\b"), "myself"), (re.compile(r"\byour\b"), "my"),
         (re.compile(r"\byou\b"), "i"))
_TAGGED = r"(?= (?:should|would|do|are|can|could|is|does|did) not (?:you|it|they)\b| right\b|$)"
_NORMAL_ASKED = (r"\b(?:is|would|will) it (?:be )?(?:normal|usual|expected|common|okay|ok|alright"
                 r"|all right|natural|typical|fine) (?:for me )?")
"""Whether something is to be expected, asked ("is it normal to ..."): of people in general,
until the speaker says it is so for them (_MINE_NOW)."""
_MINE_NOW = (r"(?:(?:but |and |because |cos |as |well )?(?:mine (?:has|have|does|do|is|are|did)"
             r"|i (?:have|do|am|can not|could not|have got (?:one|1)|have got it)"
             r"|that is (?:me|what i have|happening to me)|it is happening to me)"
             r"(?: now| right now| at the moment| today| too| as well| again)?(?=$| and\b| but\b"
             r"| so\b)|i have been trying\b)")
"""The speaker saying a thing asked about in general is so for them: "mine has", "I do",
"I've been trying for ages"."""
_GENERIC: list[tuple[re.Pattern[str], re.Pattern[str], str, bool]] = [
    # "you should be able to feel the paper when you wipe, shouldn't you? I can't"
    (re.compile(r"\byou (?:should|ought to|are supposed to|are meant to|would expect to|would)"
                r"(?: be able to)? (?P<said>(?:feel|lift|hold|control|move|tell|notice|stand|walk)"
                r"\b.+?)" + _TAGGED),
     re.compile(r"\bi (?:can not|could not|did not|do not|have not)\b(?! (?:think|know|mind)\b)"),
     "i can not {said}", False),
    # "you'd expect your legs to hold you up ... mine just folded"
    (re.compile(r"\byou (?:would|should|might) (?:expect|think) your (?P<part>(?:\w+ )?"
                + _any(_LIMB, _SADDLE) + r") (?:to|would|should)\b"),
     re.compile(r"\bmine (?P<told>(?:just |all |both )?\w+(?: \w+){0,3})"),
     "my {part} {told}", False),
    # "your inner thighs aren't supposed to feel like cardboard, are they? mine do"
    (re.compile(r"\byour (?P<part>(?:\w+ )?" + _any(_LIMB, _SADDLE)
                + r") (?:are|is) not (?:supposed|meant) to (?P<said>\w+(?: \w+){0,4}?)"
                + r"(?= (?:are|is|do|does) (?:they|it)\b| right\b|$)"),
     re.compile(r"\bmine (?:do|does|are|is|did|have|has)\b"),
     "my {part} {said}", False),
    # "you'd think you'd notice wetting yourself, but I just have"
    (re.compile(r"\byou would (?:think|expect|imagine) (?:that )?you would (?:notice|feel|know)"
                r"(?: about)? (?P<said>\w+ing\b.+?)(?= but\b| and\b|$)"),
     re.compile(r"\b(?:but|and) i (?:just |actually )?(?:have|did)\b"),
     "i have been {said}", False),
    # "you never think you'll fall in your own bathroom, but I just did"
    (re.compile(r"\byou (?:never|do not|would not|would never) (?:think|expect|imagine) (?:that )?"
                r"you (?:will|would|could|might) (?P<said>fall|slip|trip)\b"),
     re.compile(r"\b(?:but|and) i (?:just |actually )?did\b"),
     "i {said} over", False),
    # "is it usual not to be able to wee at all? I've been trying for ages"
    (re.compile(_NORMAL_ASKED + r"(?:not to be able to|to not be able to|not being able to"
                r"|not to|to not) (?P<said>\w+(?: \w+){0,8}?)(?= " + _MINE_NOW + ")"),
     re.compile(r"\b" + _MINE_NOW), "i can not {said}", False),
    # "is it expected to go numb around the back passage with a spasm? mine has"
    (re.compile(_NORMAL_ASKED + r"to (?P<said>\w+(?: \w+){0,8}?)(?= " + _MINE_NOW + ")"),
     re.compile(r"\b" + _MINE_NOW), "i {said}", False),
    # "surely a temperature has nothing to do with my back? I've got one now"
    # (not what one has one of: "do I need a thermometer for a fever? I've got one")
    (re.compile(r"^(?!.*\b(?:thermometer|test|kit|remedy|cure|tablets?|medicine)\b).*?"
                r"\b(?:a )?(?:high )?(?P<said>temperature|fever|temp)\b"),
     re.compile(r"\bi have got (?:one|1)\b(?: now| right now| at the moment| too| as well)?"
                r"(?=$| and\b| but\b| so\b| " + _READING + ")"),
     "i have got a {said}", False),
    # "you know when you miss the bottom stair and land flat on your back? did that an hour
    # ago", "you slip on a wet floor and go down hard, that's what I did", "when you try to
    # push up on your toes and nothing happens, that's my right leg at the minute"
    (re.compile(r"\b(?:when |if )?you (?P<said>(?!know\b|see\b|mean\b)\w+(?: \w+){1,14}?)"
                r"(?= (?:that is|that was|which is|which was) (?:me|what|exactly what|my)\b"
                r"| (?:and )?(?:i )?(?:just )?did (?:that|exactly that|just that)\b)"),
     re.compile(r"\b(?:that is|that was|which is|which was) (?:me|what i (?:did|have done|have)"
                r"|exactly what i did|what (?:happened|has happened) to me|my \w+)\b"
                r"|\b(?:i )?(?:just )?did (?:that|exactly that|just that)\b"),
     "i {said}", True),
]
"""A sign told as what happens to people ("you", "your"), then as what has or has not happened
to the speaker: the speaker's own sign, as first-person words, for the patterns to judge; the
last of each, whether those words are put in the past (_PAST_WORDS)."""
_PAST = {"fall": "fell", "slip": "slipped", "trip": "tripped"}
_PAST_WORDS = _PAST | {"go": "went", "miss": "missed", "land": "landed", "come": "came",
                       "lose": "lost", "hit": "hit", "lie": "lay", "can": "could", "try": "tried",
                       "happens": "happened", "feel": "felt"}
"""A norm told in the present of "you", put in the past as the speaker's own ("you slip and go
down hard, that's what I did": "i slipped and went down hard")."""


def _generic_as_own(norm: str) -> str | None:
    """A norm told of "you" that the speaker then says is not so for them (_GENERIC), told as
    their own; None when there is none."""
    for norm_said, own, told, in_past in _GENERIC:
        m = norm_said.search(norm)
        said_own = own.search(norm, m.end()) if m is not None else None
        if m is None or said_own is None:
            continue
        groups = {k: _PAST.get(v, v) for k, v in (m.groupdict() | said_own.groupdict()).items()}
        said = told.format(**groups)
        for pattern, mine in _YOUR:
            said = pattern.sub(mine, said)
        if in_past:
            said = " ".join(_PAST_WORDS.get(w, w) for w in said.split())
        return said
    return None


def assess(text: str, normalize: Callable[[str], str]) -> Triage:
    """Triage one utterance. `text` is as heard (punctuation helps split clauses, but is not
    needed); `normalize` is the router's normaliser, so patterns see "can not", "i have".
    A report told about someone else ("my wife can't feel her legs") is a report too."""
    joined = text
    for set_off, kept in _SET_OFF:
        joined = set_off.sub(kept, joined)
    pieces = _retracted([_plain(normalize(piece)) for piece in _PIECES.split(joined)])
    whole = _plain(normalize(text))
    first = _assess(pieces, whole)
    if first.verdict is Verdict.REPORT:
        return first
    generic = _generic_as_own(whole)
    if generic is not None:
        own = _assess([generic], generic)
        if own.verdict is Verdict.REPORT:
            return Triage(Verdict.REPORT, own.flag, own.said, first.rest)
    said = [p for p in pieces if p.strip()]
    told = as_own(", ".join(said))
    if told == ", ".join(said):
        return first
    second = _assess([piece.strip() for piece in _PIECES.split(told)], told)
    if second.verdict is Verdict.REPORT and (second.flag != "cancer" or _BACK_PAIN.search(told)):
        # cancer told of someone else counts with the back pain it may explain ("my wife had
        # breast cancer and now this back pain"), not as a family history alone
        return Triage(Verdict.REPORT, second.flag, second.said, first.rest)
    return first


_TAKING_BACK = re.compile(r"^(?:(?:but|oh|well|so|and) )?(?:no|nope|nah|wait|sorry|actually|well"
                          r"|hang on|hold on|scratch that|i mean|my mistake|correction)"
                          r"(?: (?:no|wait|sorry|actually|hang on|hold on|i mean))*$")
"""A piece that takes back what was just said: "no", "no wait", "sorry", "scratch that"."""
_THEN_SAID = r"^(?:(?:actually|no|well|but) )?"
"""How what follows a taking back may open ("actually, ...", "but no, ...")."""
_UNSAID = re.compile(_THEN_SAID + r"(?:(?:it|they|that|he|she) (?:is|are|was"
                     r"|were|has|have|did|does|do) not|i (?:am|have|did|do|was) not)"
                     r"(?: (?:really|actually|at all|now))?"
                     r"(?:$| (?=(?:i|would|could|should|is|are|does|do|can|will|what|how|why"
                     r"|when)\b))")
"""What was said, said not to be so: "they're not", "I didn't" (a question may follow it, heard
without its comma: "they're not would tingling be a bad sign")."""
_FINE = re.compile(_THEN_SAID + r"(?:it is|they are|i am|it feels|they feel"
                   r"|i feel) (?:absolutely |completely |perfectly |totally )?(?:fine|ok|okay"
                   r"|alright|all right|normal)$")
_SAID_NO = re.compile(r"\b(?:not|no|never|nothing|none|nowhere)\b")
"""A sign denied in so many words may be put right with another ("they are not numb, they
are dead"); one told as a near miss ("I nearly tripped") takes the first back."""
_THOUGHT = re.compile(r"\b(?:i (?:thought|think|was sure|was convinced)|i felt like|it felt like"
                      r"|it seemed)\b")
"""A belief taken back: "I thought my foot was numb, but no, it's fine"."""


def _retracted(pieces: list[str]) -> list[str]:
    """`pieces` without a sign the speaker took back in the next words: "I fell, no, sorry, I
    nearly tripped", "my legs are tingling, no, wait, they're not", "I thought my foot was
    numb, but no, it's fine"; nor a false start said again in full ("I fell, well, I fell
    asleep on the train"). What is taken back must be so in words (_UNSAID, _FINE after a
    belief) or in the same sign told as no report ("nearly tripped"): "I fell, no, I'm fine"
    and "I've wet myself, no, sorry" still tell."""
    out = list(pieces)
    for k, piece in enumerate(pieces):
        if not piece.strip():
            continue
        j = k + 1
        while j < len(pieces) and _TAKING_BACK.match(pieces[j].strip()):
            j += 1
        if j >= len(pieces):
            continue
        then = pieces[j].strip()
        restarted = then.startswith(piece.strip() + " ")
        if not restarted and j == k + 1:
            continue  # nothing taken back, nothing said again
        first = _assess([piece], piece)
        if first.verdict is not Verdict.REPORT:
            continue
        if restarted:
            out[k] = ""  # said again, and on: what it was going to say
            continue
        second = _assess([then], then)
        if (_UNSAID.match(then) or (_FINE.match(then) and _THOUGHT.search(piece))
                or (second.verdict is Verdict.NEGATED and not _SAID_NO.search(then)
                    and (second.flag == first.flag or (second.flag is None and set(
                        second.said.split()) & set(first.said.split()) - {"i", "my"})))):
            out[k] = ""
    return out


_SOFTENERS = re.compile(r"\b" + _any("sort of", "kind of", "i guess(?! so)",
                                     "(?<=can not )even", "(?<=could not )even",
                                     "or something(?! else)", "or whatever", "if that makes sense")
                        + r"\b")
"""Words that soften what is told and change nothing of it: "my bladder's sort of just let go, I
guess" is a report, "it feels sort of like I've been hit by a truck" a likeness; "I can't even
lift my foot" is "I can't lift my foot"."""


_TO_HEARD = re.compile(r"\b(able|unable|managed|manage|seem|seems|seemed|need|needed|trying|tried"
                       r"|want) (?:2|too) (?=(?:pee|wee|pass|urinate|go|poo|feel|move|lift|stand"
                       r"|walk|hold|control|stop|empty|get|bend|wiggle|raise)\b)")
"""A "to" a recogniser wrote as "two" (a digit by now) or "too": "I haven't been able two pee"."""
_FELL_HEARD = re.compile(r"\b(i|he|she|dad|mum|mom|grandad|grandma|nan) fail "
                         r"(?=(?:off|down|from|over)\b)")
"""Fell heard as "fail": "I fail off the ladder", "my dad fail off a ladder"."""
_WATER_HEARD = re.compile(r"\b(pass|hold|holding|passing) (any |my |ma )?"
                          r"(?:order|waiter|wait er)\b")
"""Water heard as "order" or "waiter" where only water can be meant: "I can't pass any order at
all", "my dad can't pass waiter"."""


_GLAD = ("amazed", "surprised", "glad", "lucky", "relieved", "shocked", "happy", "pleased",
         "astonished", "stunned", "grateful", "thankful")
_NOT_HEARD = re.compile(r"\b" + _not_after(*_GLAD, *(f"{w} that" for w in _GLAD))
                        # (not glad of it: "I'm amazed I can bend my knees at all")
                        + r"(i|he|she) (can|could) "
                        r"(?=(?:(?!not |never |hardly |barely |only |just )\w+ ){1,5}at all\b)")
"""A "can't" heard as "can" where "at all" says it was one: "I can get a wee started at all"."""
_DOUBTED_CAN = re.compile(r"\b(?:i )?do not (?:really )?think (i|he|she) (can|could) (?!not\b)")
"""Not able, told as a doubt: "I don't think I can control my bladder any more" is "I can not
control my bladder", not a denial of it."""
_WHERE_SAT = re.compile(r"\b(" + _SADDLE + r"(?: area| region| bit| part)?) where (?:you|i|one) "
                        r"(?:would )?(?:sit|sat)(?: on (?:a|the|your|my) \w+)?\b")
"""Where one sits, said of the saddle area: the saddle area alone."""
_SITS_ON_A_BIKE = re.compile(r"\b(?:(?:the |that )?(?:whole )?"
                             + _any("area", "bit", "part", "patch", "spot", "region")
                             + r" (?:that |which )?|(where) )(?:you|i|one) (?:would )?(?:sit|sat) "
                             r"(?:on )?(?:on )?(?:a|the|your|my) "
                             + _any("bike saddle", "bike", "bicycle", "saddle", "horse")
                             + r"(?: with)?\b")
"""Where one sits, told by a bike's saddle without naming it: "the whole patch I'd sit on on a
bike has gone dead", "it's all dead where I'd sit on a bike": the area one sits on."""
_FEVER_HEARD = re.compile(r"\b(running a|got a|have a|with a|a high|a bit of a|throat and a"
                          r"|throat a) feather\b"
                          r"(?! (?:pillow|duvet|bed|cushion|boa|weight|light|down)\b)")
"""A fever heard as "feather": "I'm running a high feather and my spine aches"."""
_BLADDER_HEARD = re.compile(r"\bblatter\b"
                            r"|\b(?:water|ladder)(?= control (?:has|have|seems|seem|is|just|went"
                            r"|gone|completely)\b)|(?<=\blost )(?:water|ladder)(?= control\b)"
                            r"|(?<=\blost my )(?:water|ladder)(?= control\b)"
                            r"|(?<=\bno )(?:water|ladder)(?= control\b)")
"""Bladder heard as "blatter" ("I've lost control of my blatter"), or as "water" or "ladder"
before "control" ("water control seems to have gone completely")."""
_STEPLADDER = re.compile(r"\bstep ?ladders?\b")
"""A stepladder is a ladder ("I came off the stepladder")."""
_KNOCK_HEARD = re.compile(r"\bknock (?=to (?:feel|be able|pee|wee|move|lift|stand|walk)\b)")
"""A "not" heard as "knock": "is it normal knock to feel anything when I wipe"."""
_NUMB_IDEA = re.compile(r"\bnumb (?=idea\b)")
"""A "no" heard as "numb" before "idea" (en-gb's "I've no idea how long the peas stay on" as
"i've numb idea ...", blind set 91: 16 of its sentences, an emergency each)."""
_WHY_NOT_I = re.compile(r"\bwhy (can not|could not|do not|did not|will not|would not) i\b")
"""A "why" put the question's way round: "why can't I feel anything when I wipe" tells "I can
not feel anything when I wipe"."""
_SIGN_IN_FOCUS = re.compile(
    r"\b(?:what (?:scares|worries|frightens|bothers|concerns|terrifies|worried|scared|frightened"
    r"|bothered|concerned|is scaring|is worrying|is frightening|is bothering) me"
    r"(?: (?:most|the most|more|now|really))?"
    r"|what is (?:new|different|worse|scary|worrying|frightening)"
    r"|what i (?:really )?(?:need|want) you to know"
    r"|the (?:worst|scariest|main|new|other|big) (?:part|thing|bit|worry)) is (?:that )?"
    r"(?!(?:whether|if|how|why|what|when|where|who|which|to)\b)")
"""A sign put in focus ("what scares me is both legs are tingling", "what's new is pins and
needles right down"): told, not asked, though it opens on "what" (not "what worries me is
whether ...", which asks)."""
_CAN_NOT_SAY = (r"\bi (?:can not|could not|would not) (?:honestly |really |truthfully )?say"
                r" (?:that )?")
_NOT_SAY_I_CAN = re.compile(_CAN_NOT_SAY + r"i can (?=(?:feel|move|lift|control|hold|stand|walk"
                            r"|pass|wiggle)\b)")
"""Understated: "I can't honestly say I can feel my toes" is "I can not feel my toes"..."""
_NOT_SAY_NOT = re.compile(_CAN_NOT_SAY + r"((?:[\w']+ ){1,8}?)"
                          r"(is|are|was|were|has|have|did|does|do) not\b")
"""...and "I can't say the tingling in my legs isn't there", "I can't say the fall didn't hurt"
say that it is, and that it did."""
_NOT_THAT_I_CAN_NOT = re.compile(r"\b(?:it is|it was) not (?:that|as if|like) i (can|could) not\b")
"""Denied as what it is not: "it's not that I can't feel my feet, I can" can feel them."""
_NOT_SURE_I_FEEL = re.compile(r"\bi am not (?:entirely |totally |completely |really |quite )?sure"
                              r" (?:that )?i can (?=feel\b)")
"""Not sure one can feel a place is feeling it less: "I'm not entirely sure I can feel my bottom
when I sit" is "I can not feel my bottom"."""
_NOT_RIGHT = re.compile(r"\b(?:does|do|did) not feel "
                        r"(?:quite |totally |completely |entirely |all )?right\b")
"""A place that "doesn't feel quite right" feels wrong: no denial of the sign told with it ("the
skin around my genitals doesn't feel quite right, sort of numb, since the spasm")."""
_IN_CHARGE = re.compile(r"\bin charge of (my|his|her|their) (bladder|bowels?|water ?works)\b")
"""In charge of one's bladder is in control of it: "I'm not exactly in charge of my bowels"."""
_WISHING = r"\b(?:if only|i (?:just )?wish) "
_REGRET = re.compile(_WISHING + r"(i|he|she|my \w+) (?:had|would) not (?:have )?")
"""A regret tells what did happen: "if only I hadn't fallen off that ladder" fell..."""
_WISH_I_COULD = re.compile(_WISHING + r"(i|he|she) (?:could|can) "
                           r"(?=(?:feel|move|lift|control|hold|stand|walk|pass|wee|pee)\b)")
"""...and a wish what is not so: "I wish I could feel my feet" can not feel them."""
_ASKING_SAID = re.compile(r"\bi am (?:just |only |simply |really )?asking(?: you)? "
                          r"(?=(?:would|could|is|are|does|do|should|can|will|what|how|when|if"
                          r"|whether)\b)")
"""A question said to be one ("I'm asking, would tingling legs be a bad sign", heard without
its comma): the question."""
_DISBELIEF = re.compile(r"\b(?:i )?(?:can|could) not believe (?=(?:i|my) )(?!i (?:\w+ )?not\b)")
"""One's own disbelief at what one tells ("I can't believe I fell down the stairs"): told, not
denied (not "I can't believe he slipped", watched on the telly, nor "I don't believe I have a
fever"; nor a "not" of its own after it: "I can't believe I didn't think of it")."""
_RELATIVE = re.compile(r"\b(" + _any(*LIMBS, *SADDLE, "bladder", r"bowels?", "temperature", "temp",
                                     "fever", *KIN)
                       + r") (?:that|which|who) (?=" + _any(
                           "is", "are", "was", "were", "has", "have", "had", "will", "would",
                           "can", "could", "does", "do", "did", "keeps?", "just", "still", "went",
                           "goes", "gone", "feels?", "felt", "seems?", "slipped", "fell",
                           "tripped", "lost", "got", "runs?") + r"\b)")
"""A sign told in a relative clause, of the place or the person it is told of: "a right leg that
won't take my weight", "the foot that keeps dragging", "my dad who slipped in the bath" tell
what a plain clause tells ("a right leg won't take my weight")."""
_LET_US = re.compile(r"\b((?:(?:my|the|his|her|your) )?(?:bladder|bowels?|body|waterworks)"
                     r"(?: just| suddenly| completely| totally)?) let us\b")
"""A "lets" that is a verb after the bladder or the body, which the normaliser reads as the
"let's" of a suggestion typed without its apostrophe ("my bladder just lets go": "my bladder
just let us go"): "let" (not after anything else: "the yoga, let's go with the stretches")."""
_PINS_HEARD = re.compile(r"\bpins needles\b")
"""Pins and needles heard without the "and"."""
_BUM_HEARD = re.compile(r"\bnumb balm\b")
"""A numb bum heard as "numb balm" (no balm is numb)."""
_AS_IF_HEARD = re.compile(r"\b(feels?|felt|feeling|looks?|looked|seems?|seemed) asked if\b")
""""As if" heard as "asked if" after a word that likens ("it feels asked if my right leg belongs
to someone else"): a likeness, no question."""
_HEARD = ((_TO_HEARD, r"\1 to "), (_FELL_HEARD, r"\1 fell "), (_WATER_HEARD, r"\1 \2water"),
          (_NOT_HEARD, r"\1 \2 not "), (_DOUBTED_CAN, r"\1 \2 not "), (_WHY_NOT_I, r"why i \1"),
          (_WHERE_SAT, r"\1"),
          (_SITS_ON_A_BIKE, lambda m: ("in " if m[1] else "") + "the area i sit on"),
          (_STEPLADDER, "ladder"), (_FEVER_HEARD, r"\1 fever"),
          (_BLADDER_HEARD, "bladder"), (_KNOCK_HEARD, "not "), (_NUMB_IDEA, "no "),
          (_SIGN_IN_FOCUS, ""), (_NOT_SAY_I_CAN, "i can not "), (_NOT_SAY_NOT, r"\1\2"),
          (_NOT_THAT_I_CAN_NOT, r"i \1"), (_IN_CHARGE, r"in control of \1 \2"),
          (_NOT_SURE_I_FEEL, "i can not "), (_NOT_RIGHT, "feels wrong"),
          (_REGRET, r"\1 had "), (_WISH_I_COULD, r"\1 can not "), (_ASKING_SAID, ""),
          (_DISBELIEF, ""), (_RELATIVE, r"\1 "), (_AS_IF_HEARD, r"\1 as if"),
          (_LET_US, r"\1 let"), (_PINS_HEARD, "pins and needles"),
          (_BUM_HEARD, "numb bum"))


def _plain(norm: str) -> str:
    """`norm` without its softeners, with a "to", "fell", "water" or "not" misheard put right,
    a doubted "can" told as the "can not" it means, and a sign put in focus or understated told
    plainly ("what scares me is ...", "I can't say I can feel ...")."""
    for heard, meant in _HEARD:
        norm = heard.sub(meant, norm)
    return " ".join(_SOFTENERS.sub(" ", norm).split()) if _SOFTENERS.search(norm) else norm


_BACK_PAIN = re.compile(r"\b(?:back|spine|pain)\b")
_PIECES = re.compile(r"[.,;:!?]+")
"""Punctuation, where an utterance as written splits into pieces judged apart..."""
_DOTTED_AM_PM = re.compile(r"\b([ap])\.\s?m\b", re.IGNORECASE)
"""...but not the dots of "7 a.m.", which the slots read after triage..."""
_FILLER_SET_OFF = re.compile(r"\s*,\s*(like|um+|uh+|erm+|er|you know)\s*,\s*", re.IGNORECASE)
"""...nor a filler set off by commas: "if I started, like, wetting myself" is one piece..."""
_STUTTER_SET_OFF = re.compile(r"\b(the|a|an|my|me|i|to|on|in|of|off|at|down|up|with|it|and|are|is"
                              r"|was|were|have|has|had|been|gone|going|it's|i'm|i've|can't|can)"
                              r"(?:\s*,\s*\1\b)+", re.IGNORECASE)
"""...nor a small word said again after a comma, as one searching for a word does ("I came off
the, the bike"): said once, as the normaliser says a stutter once (not "stop, stop", two
commands)..."""
_WHERE_SET_OFF = re.compile(r"\s*,\s*(where (?:you|i|one)(?:'d| would)? (?:sit|sat)\b[^,.;:!?]*)"
                            r"\s*,\s*", re.IGNORECASE)
"""...nor where one sits, said of the saddle area: "the saddle area, where you'd sit on a bike,
has gone dead" (_WHERE_SAT drops it)..."""
_IF_THEN_SET_OFF = re.compile(r"\b(if|unless|supposing)\s*,\s*(?:((?:when|whenever|every time"
                              r"|each time|as soon as|the moment|say|for example|for instance"
                              r"|god forbid|heaven forbid)\b[^,.;:!?]*?)\s*,\s*)?",
                              re.IGNORECASE)
"""...nor a supposition's opening word, a comma after it: "what should I do if, whenever I
cough, I can't hold my wee in?" supposes all that follows..."""
_RELATIVE_SET_OFF = re.compile(r"(?<=\w)\s*,\s*((?:who|whose|which)\b[^,.;:!?]*?)\s*,\s*"
                               r"(?!(?:is|are|does|do|did|would|could|should|can|will|what|how|when"
                               r"|why|where|which|who)\b(?! (?:not|now|still|just|really|also"
                               r"|getting|gone|going|hot|cold|warm|numb|weak|dead|burning|boiling"
                               r"|all|a bit|so|very|too)\b))",
                               re.IGNORECASE)
"""...nor a relative clause set off by commas after what it tells of: "my dad, who slipped in
the bath tonight, can't get up", "my son, whose back went this morning, is hot to the touch and
shivering" are one piece each (not when a question follows it: "..., which one, is it serious?",
but "..., is burning up" tells)..."""
_PLACEHOLDER = re.compile(r"\b(?:thingy|thingies|thingummy|whatsit|whatsits|wotsit"
                          r"|whatchamacallit)\b[.,;:!?]*", re.IGNORECASE)
"""...nor a word said for one not found, with the comma after it: "my leg's gone all whatsit,
floppy" is one piece ("whatsit" is a skip word, so the normaliser drops it)."""
_ONE_OF_THEM = re.compile(r"(?<!for a )(?<!for )(?<!with a )\b(fever|temperature|temp)\b"
                          r"(\W+(?:[\w']+\W+){0,8}?)"
                          r"(i(?:'ve| have)(?: (?:got|now got|definitely got|actually got))?"
                          r"|i do have) one\b", re.IGNORECASE)
"""...nor a fever named, then had as "one": "what about a fever? I've got one now" has "I've got
a fever now" (not what a fever is for: "do I need a thermometer for a fever? I've got one")..."""
_OFF_IT = re.compile(r"\b(ladder|step ?ladder|stool|bike|bicycle|horse|roof|wall|trampoline"
                     r"|scooter|motorbike)\b(\W+(?:[\w']+\W+){0,12}?)"
                     r"(came|come|fell|fallen|tumbled|toppled|slipped|flew) off it\b",
                     re.IGNORECASE)
"""...nor what one came off, named before it: "the dog ran under the ladder, I came off it" came
off the ladder..."""
_SO_DID_I = re.compile(r"\b(fell|slipped|tripped|(?:had|took) an? (?:\w+ )?(?:fall|tumble))\b"
                       r"(?! asleep| sleep| apart| behind| ill| in love| for| up| over (?:my|his"
                       r"|her|their) words)"
                       r"([^.;!?]{0,40}?)[,.;!\s]+(?:and |but )?(?:so did i|so have i|i did too"
                       r"|me too|me as well|i did as well)\b", re.IGNORECASE)
"""...nor a fall someone else had, then said to be one's own too: "Humpty Dumpty had a great
fall, and so did I" has "I had a great fall"..."""
_AND_MINE = re.compile(r"\b((?:a|your|one|someone's|the) (leg|foot|knee)\b)"
                       r"(\W+(?:[\w']+\W+){0,10}?)mine\b", re.IGNORECASE)
"""...nor whose leg: "what to do if a leg goes weak, because mine just buckled" has "my leg"."""
_ANSWER_IS = re.compile(r"[,;]?\s+(?:and |but )?((?:the|my) (?:honest )?answer (?:is|was))\b[,:]?",
                        re.IGNORECASE)
"""...nor an answer after a question someone asked: "the nurse asked if I can still control my
bowels and the answer is no, I've soiled myself" tells, in a piece of its own..."""
_ECHO_ANSWERED_NO = re.compile(
    r"(?:^|(?<=[.,;:!?]))(\s*)(?!\s*(?:is|are|am|was|were|do|does|did|have|has|had|should"
    r"|would|will|what|when|where|why|how|which|who)\b)"
    r"(?![^.,;:!?]*\b(?:can|could|feel|feeling|felt|control|sensation|able|hold|lift|move|walk"
    r"|pass|go|work|working|normal|okay|ok|fine|alright|right|any good|you)\b)"
    r"([^.,;:!?]{2,60}?)[?:]\s*(no|nope|nah|none|nil)\s*(?=[.,;:!]|$)", re.IGNORECASE)
"""...nor a sign said back as a question and answered no, one after another ("numb down
below? no. wetting myself? no."), or as a form's field ("fever: no; chills: no"): the no said
first, as a denial ("no numb down below"); not what would be a sign's absence ("any feeling
down there? no" tells the sign), nor a question put in full ("is it a slipped disc? no, wait,
...")..."""
_NOT_TAKEN_BACK = r"(?![,\s]+(?:wait|sorry|actually)\b)"
_FEELING_ANSWERED_NO = re.compile(
    r"\b(?:is there |have i got |do i have |(?:and )?what about )?any (feeling|sensation)"
    r"([^.,;:!?]{0,40}?)[?:]\s*(?:no|nope|nah|none|nothing)\b" + _NOT_TAKEN_BACK, re.IGNORECASE)
_CAN_FEEL_ANSWERED_NO = re.compile(
    r"\bcan i (?:still )?feel ([^.,;:!?]{1,40}?)\?\s*(?:no|nope|nah|not really)\b"
    + _NOT_TAKEN_BACK, re.IGNORECASE)
"""...but a feeling asked after and answered no, as one checks oneself ("any feeling down
there? none"; "can I feel my feet? no"): the sign, told ("no feeling down there", "I can't
feel my feet")..."""
_MINE_CONTROLLED = re.compile(r"\b(bladder|bowels?)\b(\W+(?:[\w']+\W+){0,16}?)"
                              r"(control (?:of|over)) mine\b", re.IGNORECASE)
"""...nor whose bladder: "bladder trouble is a red flag, and I've lost control of mine" has lost
control of "my bladder"."""
_CAME_TRUE = re.compile(r"\b(?:if|in case) ((?:my|both my|his|her|i|you)(?:'ve|'re)? "
                        r"[^,.;:!?]{3,60}?)[,?]?\s+(?:and|because|cos|well) "
                        r"(?:they|it|he|she|i) (?:just |really |actually )?"
                        r"(?:have|has|did|do|can't|cannot|can not)(?: now| already| too)?"
                        r"(?: without (?:noticing|knowing|realising|realizing|feeling it))?"
                        r"(?=\s*(?:[,.;:!?]|$))",
                        re.IGNORECASE)
"""...nor a supposition come true: "said to tell you if my legs went numb, and they have" tells
"that my legs went numb", as "is it okay if my groin's gone numb? because it has" and "she
said to tell someone if I wet myself, and I just have" tell theirs..."""
_TOPIC_SET_OFF = re.compile(r"\s*,\s*(?=(?:it|they)(?:'s|'ve|'re| is| has| have| are)"
                            r" (?:\w+ )?(?:gone|going|went|feels?|felt)\b)", re.IGNORECASE)
"""...nor a place named first, then told of as "it" ("the bit you'd sit on a bike saddle with,
it's gone dead"): one piece, so the place is the sign's subject..."""
_TAKEN_BACK_SET_OFF = re.compile(r"[,.;:!?]?\s*\b(no,? wait|wait,? no|no,? sorry|sorry,? no"
                                 r"|scratch that|no,? hang on|hang on,? no|no,? hold on)\b"
                                 r"[,.;:!?]?\s*", re.IGNORECASE)
"""...but a taking back is a piece of its own, heard without its commas too ("my legs are
tingling no wait they're not": _retracted)..."""
_NO_AT_ALL = re.compile(r"\b(?:now (?=(?:\w+ ){1,2}?at all\b)|know (?=(?:\w+ ){1,4}?at all\b))"
                        r"(?!(?:no|not|nothing|none|any)\b)", re.IGNORECASE)
"""... nor a "no" heard as "now" before "at all", which only a denial ends on ("i can feel my
feet fine now tingling at all"; not "gone numb now, no feeling at all")..."""
_KNOW_AS_NO = re.compile(r"\b" + _not_after(*(rf"\b{w}" for w in (
    "i", "you", "we", "they", "he", "she", "who", "to", "not", "do", "did", "does", "i'd", "don't",
    "didn't", "doesn't", "let", "would", "to let", "want", "wants", "need", "needs", "should")))
                         + r"know (?=" + _any("numbness", "feeling", "feelings", "sensation",
                                              "strength", "power", "control", "tingling",
                                              "pins", "fever", "temperature", "weakness")
                         + r"\b)", re.IGNORECASE)
"""... nor a "no" heard as "know" before a sign, where a verb "know" would have its knower
before it ("there's know numbness or anything"; "hal, stop fussing, there's know numbness down
below"; not "I know numbness is serious")..."""
_MADE_COLD = re.compile(r"\b(?!(?:a |this |my |his |her |their )?(?:bad |head |chest )?cold\b)"
                        r"((?:(?:the|this|that|my|these|those) )?(?:\w+ )?" + _COLD_THINGS
                        + r")(?:'s| is| has| have| are)? (?:really |just )?"
                        + _any("made", "making", "makes", "got", "getting", "left", "leaving")
                        + r" me (?:go |feel |get |all |a bit |really |so |quite ){0,2}("
                        + _any("shivery", "shivering", "shaky", "shaking", "cold", "freezing",
                               "chilly", "clammy", "shiver", "shake")
                        + r")\b", re.IGNORECASE)
"""...nor shivers the ice brought on, told with the ice first ("the ice has made me go all
shivery and cold"), put as they are when it comes after (_FROM_THE_COLD: "shivery from the
ice"; not a cold one has caught: "this cold has made me shivery")..."""
_SAT_ON_IF = re.compile(r"\b(the (?:bit|bits|part|parts|area|place|spot|region) (?:that |which )?"
                        r"(?:you|one|i|we|people)(?: would|'d|d)? (?:sit|sits|sat|perch) on),?"
                        r" if (?:you|one|i|we|people) (?:[\w']+ ){1,5}?"
                        r"(?=(?:is|are|has|have|feels?|went|goes|gone)\b)", re.IGNORECASE)
"""...nor an "if" that only says which part is meant ("the bit you'd sit on if you rode a bike
is numb"): no supposition of the sign..."""
_IF_EVER_SET_OFF = re.compile(r"\s*,\s*(" + _IF_EVER + r")\s*,\s*", re.IGNORECASE)
"""...nor a supposition set off by commas in the middle of a question: "would weakness in my
legs, if it ever happened, mean an ambulance?" is one piece..."""
_WANTS_TO_KNOW = re.compile(r"\b(?:wants|(?<!\bi )(?<!\bwe )wanted) to know (about|if|whether)\b",
                            re.IGNORECASE)
"""A question someone or something else puts, said as their want ("it wants to know about
numbness"): asked, as "it's asking about numbness" is (the normaliser drops "wants to know")."""
_SET_OFF = ((_DOTTED_AM_PM, r"\1m"), (_WANTS_TO_KNOW, r"is asking \1"), (_NO_AT_ALL, "no "),
            (_KNOW_AS_NO, "no "), (_MADE_COLD, r"i am \2 from \1"), (_SAT_ON_IF, r"\1 "),
            (_ANSWER_IS, r". \1"),
            (_FEELING_ANSWERED_NO, r"no \1\2"), (_CAN_FEEL_ANSWERED_NO, r"i can not feel \1"),
            (_ECHO_ANSWERED_NO, r"\1\3 \2"),
            (_PLACEHOLDER, ""),
            (_STUTTER_SET_OFF, r"\1"), (_FILLER_SET_OFF, r" \1 "), (_WHERE_SET_OFF, r" \1 "),
            (_RELATIVE_SET_OFF, r" \1 "), (_IF_THEN_SET_OFF, r"\1 \2 "),
            (_IF_EVER_SET_OFF, r" \1 "),
            (_ONE_OF_THEM, r"\1\2\3 a \1"),
            (_OFF_IT, r"\1\2\3 off the \1"), (_SO_DID_I, r"\1\2, and i \1"),
            (_AND_MINE, r"\1\3my \2"),
            (_MINE_CONTROLLED, r"\1\2\3 my \1"), (_CAME_TRUE, r"that \1"),
            (_TOPIC_SET_OFF, " "),
            (_TAKEN_BACK_SET_OFF, r", \1, "))
"""What is put right before the pieces are split, in this order."""


def _assess(pieces: list[str], whole: str) -> Triage:
    """Triage normalised pieces of one utterance; `whole` is all of it, for the checks that look
    beyond a clause (where the sign is, words needed elsewhere)."""
    best = Triage(Verdict.NONE)
    kept: list[str] = []
    denied: list[tuple[int, int, int]] = []  # (piece, start, end) of each sign denied
    supposed_last = _SUPPOSED_LAST.search(whole) is not None
    named: list[tuple[str, str]] = []  # (flag, words) of signs named, not denied nor owned
    owns = [_OWN.search(norm) is not None for norm in pieces]  # each piece tells one's own
    for piece, norm in enumerate(pieces):
        owned_elsewhere = any(owned for k, owned in enumerate(owns) if k != piece)
        cuts: list[tuple[int, int]] = []
        supposed_before, end = False, 0
        for a, b in _clauses(norm):
            clause = norm[a:b]
            # (the clause before this one, joined to it by "and": not "..., but I wet the bed")
            before = supposed_before and norm[end:a].strip() == "and"
            supposed_before, end = _supposes(clause), b
            for m in _WELL.finditer(clause):
                _count_once(denied, piece, a + m.start(), a + m.end())
                cuts.append((a + m.start(), a + m.end()))
                if _PRIORITY[Verdict.NEGATED] > _PRIORITY[best.verdict]:
                    best = Triage(Verdict.NEGATED, None, m[0])
            for flag, report, pattern, context in _COMPILED:
                if context is not None and not context.search(whole):
                    continue
                for m in pattern.finditer(clause):
                    if not _location_ok(flag, clause, whole):
                        continue
                    if flag == "trauma" and (_LIKENESS.search(clause[: m.start()])
                                             or _LIKE_BEING.search(clause[: m.end()])
                                             or _long_past(clause, m)):
                        continue
                    after = " ".join((norm[a + m.end():], *pieces[piece + 1:]))
                    if flag == "weakness" and _CAN_NOT.search(m[0]) and _FOR_PAIN.match(after):
                        continue  # held back by the pain, not weak: no sign, nothing to cut
                    verdict = (Verdict.NEGATED if _echoed_no(whole, m[0], only_no=report)
                               else _judge(clause, m, report, supposed_last,
                                           _asked_near(pieces, piece), owned_elsewhere, before))
                    if verdict is Verdict.NEGATED and _never_till_now(clause, m, after):
                        verdict = Verdict.REPORT  # "never ... before, and I just did"
                    well_now = _STOPPED_FINE_NOW.match(after)
                    if (verdict is not Verdict.NEGATED and well_now is not None
                            and _BACK_AGAIN.search(after, well_now.end()) is None):
                        verdict = Verdict.NEGATED  # "the chills quit before my back went, I've
                        # no temperature now": gone, and all well now
                    if verdict is Verdict.ASKING and (
                            (piece < len(pieces) - 1 and _AS_I_DO.search(whole))
                            or _THATS_MINE.search(after)):
                        verdict = Verdict.REPORT  # "does a fever go with this? because I've one"
                    explained = verdict is Verdict.REPORT and (
                            (_CAN_NOT.search(m[0]) and _DONE_FINE.match(clause[m.end():]))
                            or
                            (flag == "numbness" and _TREATMENT_DID.search(clause[: m.start()]))
                            or (flag in ("numbness", "weakness", "bladder_bowel")
                                and _long_known(whole))
                            or (flag == "numbness" and _ICE_SPOT.search(clause)
                                and not _IN_SADDLE.search(clause))
                            or (flag == "weakness" and _WOBBLY.search(m[0])
                                and _AFTER_WARMTH.match(clause[m.end():])
                                and not _STILL.search(clause[m.end():])
                                and not _STILL_WOBBLY.search(after))
                            or (flag == "fever" and _SHIVERS.search(m[0])
                                and _GAVE_ME.search(clause[: m.start()])
                                and not _WHY_TOLD.match(clause))  # (not "what's giving me")
                            or (flag == "fever" and (_HAD_ONCE.search(clause[: m.start()])
                                                     or _HAD_SAID.match(m[0])
                                                     or _WAS_AFTER.match(clause[m.end():]))
                                and _long_past(clause, m, _FEVER_PAST)
                                and not _STILL_HAD.search(clause[: m.start()] + after))
                            or (flag == "fever" and _SHIVERS.search(m[0])
                                and (_COLD_SAID_AFTER.match(after) or _COLD_SAID_BEFORE.search(
                                    " ".join((*pieces[:piece], norm[:a + m.start()]))))))
                    if explained:
                        verdict = Verdict.NEGATED  # a cause told, no sign: cut, not denied
                    if verdict is Verdict.REPORT and (
                            _since_gone(clause, m, after, norm[:a])
                            or (flag == "trauma" and _NO_FALL.match(norm[a + m.end():]))
                            or (flag == "trauma" and _FELL_OUT.match(norm[a + m.end():])
                                and m[0].endswith(("fall", "fell", "falling", "fallen")))
                            or (flag == "trauma" and _TRIPPED.search(m[0])
                                and _UNHURT.match(" " + " ".join(after.split())))):
                        verdict = Verdict.NEGATED  # not now, or no fall: cut, as a denied sign is
                    nearly = (_NEARLY.search(clause[: m.start()])
                              if flag in ("trauma", "mention", "bladder_bowel") else None)
                    if nearly is not None:
                        verdict = Verdict.NEGATED  # "I nearly slipped": no fall
                    if verdict is Verdict.ASKING or (flag == "mention"
                                                     and verdict is not Verdict.NEGATED):
                        sign = _named_flag(flag, m[0])
                        # a sign, where it is one (not "weight", not "my lips are numb")
                        if sign != "mention" and _location_ok(sign, clause, whole):
                            named.append((sign, m[0]))
                    if flag == "mention" and verdict is not Verdict.NEGATED:
                        continue
                    if flag == "ambulance" and verdict is Verdict.ASKING:
                        continue
                    if verdict is Verdict.NEGATED:
                        if not explained:  # "no numbness": a term and a mention, once
                            _count_once(denied, piece, a + m.start(), a + m.end())
                        # A denial goes from its negating word to the end of the sign (of the
                        # clause, when nothing follows it): "has the timer finished or not i
                        # can not fell" keeps its question.
                        # (a near fall goes to the clause's end unless a question follows it:
                        # "I nearly slipped on the ice" leaves no "ice" to start a timer)
                        alone = not clause[m.end():].strip() or (
                            nearly is not None and not _ASKED.search(clause[m.end():]))
                        negator = _negator_at(clause, m.start())
                        start = (nearly.start() if nearly is not None
                                 else _with_verb(clause, negator, after) if negator is not None
                                 # a sign explained, with no negating word: from its owner on,
                                 # keeping what was asked before it in the same clause ("what
                                 # is a better way to lie my foot is gone to sleep from ...")
                                 else _owner_at(clause, m.start()))
                        cuts.append((a + start, a + (len(clause) if alone else m.end())))
                    if _PRIORITY[verdict] > _PRIORITY[best.verdict]:
                        best = Triage(verdict, None if flag == "mention" else flag, m[0])
                    if verdict is Verdict.REPORT:
                        return Triage(verdict, flag, m[0], whole)
        kept.append(_cut(norm, cuts))
    confirmed = _confirmed(named, whole)
    if confirmed is not None and not (confirmed[0] in ("numbness", "weakness", "bladder_bowel")
                                      and _long_known(whole)):
        return Triage(Verdict.REPORT, confirmed[0], confirmed[1], whole)
    rest = " ".join(" ".join(kept).split())
    if best.verdict is Verdict.NONE:
        well = _WELL.match(whole)  # told across pieces: "my legs, no, they feel normal"
        if well is not None:
            rest = " ".join(_cut(whole, [well.span()]).split())
            return Triage(Verdict.NEGATED, None, well[0], rest, denied=1)
    parts = tuple(part for part in (" ".join(k.split()) for k in kept) if part)
    return Triage(best.verdict, best.flag, best.said, rest, len(denied), parts)


_VERB_BEFORE = re.compile(r"\b(?:there (?:is|are|was|were|has been|have been)|do|does|did|have|has"
                          r"|had|(?P<be>am|is|are|was|were))(?: (?:really|actually|even|just))? $")
"""The verb a negation hangs on ("did not fall", "there is no numbness", "my legs are not
numb"): cut with the denial, so what is left reads as said ("nope, I just bent over", not "nope
did i just bent over", which asks)..."""
_TAG = re.compile(r"^\s*(?:am|is|are|was|were)(?: not)? (?:it|i|you|we|they|he|she|that|there)\b")
"""... but not a "be" a tag question after it needs: "it's not a proper injury, is it"."""


_OWNER = re.compile(r"(?:\b(?:both |all |one of )?(?:my|his|her|the|both|your|our|their|i)"
                    r" (?:(?:left|right|whole) )?)?$")
"""The owner said just before a sign ("both my ", "my left "), or nothing."""


def _owner_at(clause: str, start: int) -> int:
    """Where the sign at `start` begins with its owner (_OWNER)."""
    owner = _OWNER.search(clause[:start])
    return start if owner is None else owner.start()


def _with_verb(clause: str, start: int, after: str) -> int:
    """Where a denial starting at `start` begins with the verb it hangs on (_VERB_BEFORE);
    `after` is what follows the denial."""
    verb = _VERB_BEFORE.search(clause[:start])
    if verb is None or (verb["be"] and _TAG.match(after)):
        return start
    return verb.start()


def _count_once(denied: list[tuple[int, int, int]], piece: int, start: int, end: int) -> None:
    """Add a denied sign unless it overlaps one already counted in its piece ("I nearly slipped
    on the ice" is one sign, though a trauma term and a mention both match it)."""
    if not any(p == piece and start < e and s < end for p, s, e in denied):
        denied.append((piece, start, end))


def _named_flag(flag: str, words: str) -> str:
    """The red flag a sign's words name; a mention's by _MENTIONED ("mention" when it names
    none)."""
    if flag != "mention":
        return flag
    return next((named for pattern, named in _MENTIONED if pattern.search(words)), flag)


def _confirmed(named: list[tuple[str, str]], whole: str) -> tuple[str, str] | None:
    """The first sign named that a confirmation after it tells as one's own (_CONFIRMED)."""
    confirm = _CONFIRMED.search(whole)
    if confirm is None:
        return None
    for flag, words in named:
        at = whole.find(words)
        if 0 <= at < confirm.start():
            return flag, words + " ... " + confirm[0]
    return None


def _cut(text: str, cuts: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for a, b in cuts:
        keep[a:b] = [False] * (b - a)
    return "".join(c if k else " " for c, k in zip(text, keep, strict=True))
