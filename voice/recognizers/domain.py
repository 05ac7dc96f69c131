"""The sentences the recognisers are tuned to: the router's expanded templates, as plain words.

One sentence set drives both ends (DESIGN.md §2): what the router can route is what the
recogniser is built to hear. Digits become words because pronunciation dictionaries and vosk
vocabularies only know words ("20" -> "twenty").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from voice.router.complete import Openings

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def number_words(n: int) -> list[str]:
    """0 to 9999 as spoken words: 45 -> ["forty", "five"], 120 -> ["one", "hundred", "twenty"]."""
    if n < 0 or n > 9999:
        raise ValueError(f"number out of range: {n}")
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        tens, ones = divmod(n, 10)
        return [_TENS[tens]] + ([_ONES[ones]] if ones else [])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return [_ONES[hundreds], "hundred"] + (number_words(rest) if rest else [])
    thousands, rest = divmod(n, 1000)
    return [_ONES[thousands], "thousand"] + (number_words(rest) if rest else [])


def words(text: str) -> list[str]:
    """Lower-case word tokens with digits spelt out; punctuation other than apostrophes dropped."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        if tok.isdigit():
            out.extend(number_words(int(tok)) if len(tok) <= 4 else list(tok))
        else:
            out.append(tok)
    return out


def normalise(sentences: Iterable[str]) -> list[str]:
    """Sentences as space-joined words, duplicates and empties removed, order kept."""
    seen: dict[str, None] = {}
    for s in sentences:
        joined = " ".join(words(s))
        if joined:
            seen.setdefault(joined, None)
    return list(seen)


def domain_sentences() -> list[str]:
    """The router's sentences (voice.router.sentences()), the red-flag reports only triage
    routes (content/red_flag_speech.yaml) and people's own wording (content/phrasings.yaml),
    normalised for the recognisers."""
    return list(_domain_sentences())


@cache
def _domain_sentences() -> tuple[str, ...]:
    """Expanded once per process (about a second): the recogniser and the endpointer both
    need them."""
    return tuple(dict.fromkeys(s for part in _normalised_sources() for s in part))


@cache
def _normalised_sources() -> tuple[list[str], list[str], list[str]]:
    ours, flags, own = _sources()
    return normalise(ours), normalise(flags), normalise(own)


@cache
def _sources() -> tuple[list[str], list[str], list[str]]:
    """The sentences by where they come from: the router's templates, every red-flag report
    (the emergency templates, the reports only triage routes, people's own), and people's own
    wording."""
    from voice.router import sentences
    from voice.router.phrasings import FILE_NAME, load_phrasings
    from voice.router.templates import INTENTS_FILE

    pairs = load_phrasings(INTENTS_FILE.with_name(FILE_NAME))
    flags = [*sentences(["emergency"]), *red_flag_sentences(),
             *(text for intent, text in pairs if intent == "emergency")]
    return sentences(), flags, [text for _, text in pairs]


PHRASINGS_WEIGHT = 0.25
"""How much a sentence of people's own wording (content/phrasings.yaml) counts in the language
model beside one from the templates, before the counts are compressed (voice.recognizers.arpa).
The phrasings teach the words and turns of phrase of people who never saw the templates, but
each extra sentence is one more thing a misheard word can be taken for. Summed intent accuracy
over the dev split (dev voices, five scenes, 10 cells of 150) and blind set 10 (dev voices,
quiet / pink 20 / babble 20, 6 cells of 260): the 1410-sentence file at 1.0, 942.5 and 506.2;
the 2607-sentence one at 1.0, 935.9 and 521.2; at 0.5, 937.9 and 519.3; at 0.25, 940.1 and
521.2 (the gain of the larger file kept, its loss on the templates' own phrasings mostly gone).
"""
RED_FLAG_WEIGHT = 3.0
"""How much a red-flag report counts, so that speech heard between a red flag and something
else leans to the red flag (safety first). With the phrasings at 0.25, summed red-flag recall
over the same ten dev cells went 944 -> 952 at 2 (the 1410-sentence file: 956), and stayed 540
over set 10's six (520 with the 1410 file); intent 940.1 -> 941.3 and 521.2 -> 521.1. At 3
(with SHORT_WEIGHT): dev red flags 952 -> 960, set 10 540 -> 544, intent 943.9 -> 943.3 on the
dev split, false emergencies there 2.4 -> 4.0 points over ten cells (two sentences of 1250);
and "I was rear ended on the way home" over pink noise at 20 dB was heard again (at 2: "i was
work ended", tests/test_speech.py)."""

SHORT_WORDS = 2
SHORT_WEIGHT = 4.0
"""How much more a sentence of SHORT_WORDS words or fewer counts ("next", "hold on", "too
fast"): people say the controls often and on their own, and in a model of long sentences a lone
word was heard as the start of one ("pause" as "wallet", "hold on" as "cold on it"). With the
weights above, summed intent accuracy (see PHRASINGS_WEIGHT) 941.3 -> 943.9 and 521.1 -> 522.2,
red-flag recall unchanged; 15 cases changed, 11 of them for the better."""


SKIPPED_WEIGHT = 0.25
"""How much each of the words the router skips (content/intents.yaml skip_words: fillers,
hedges, swearing) counts as a sentence of its own in the language model, never as a short one
(SHORT_WEIGHT): the recogniser should know "perhaps", "sorry to bother you" and "bloody" when
they come before a request, not expect them alone. Without them, pocketsphinx heard "could you
perhaps" as "could you for half" and "I wonder if you could" as "wander feet tingle". Blind set
21 (hedging, casual and irritable speakers; quiet / pink 20 / babble 20 dB): piper@0.9 88.2 /
84.4 / 75.4 -> 89.7 / 85.4 / 76.6%, red flags 73 -> 76 of 84; espeak en-gb 67.6 / 66.0 / 51.1
-> 68.8 / 66.0 / 51.1%. The dev split (five scenes) did not change in any cell; the held-out
evaluation split lost one case (en-gb, babble)."""


def spoken_domain_weights() -> list[float]:
    """How much each of spoken_domain_sentences() counts in the language model: red-flag
    reports RED_FLAG_WEIGHT, people's own wording not in the templates PHRASINGS_WEIGHT, the
    rest 1; SHORT_WEIGHT times that for the shortest sentences."""
    return list(_spoken()[1])


@cache
def _spoken() -> tuple[tuple[str, ...], tuple[float, ...], frozenset[str]]:
    """The spoken sentences and their weights, in one pass, once per process (about 0.4 s: the
    recogniser and the endpointer both need them). Each sentence is said in its spoken_forms, and
    a form said from two sources takes the heavier source's weight: red flags over templates
    over phrasings. Then the words the router skips, each alone (SKIPPED_WEIGHT), also
    returned apart: they are no request."""
    ours, flags, _ = _normalised_sources()
    flagged, templated = set(flags), set(ours)
    weight: dict[str, float] = {}
    for s in _domain_sentences():
        w = RED_FLAG_WEIGHT if s in flagged else 1.0 if s in templated else PHRASINGS_WEIGHT
        for form in spoken_forms([s]):
            weight[form] = max(weight.get(form, 0.0), w)
    # in a fixed order (not a set's): the sentences' order names the build (fingerprint)
    skipped = [form for form in spoken_forms(_skipped()) if form not in weight]
    weight.update(dict.fromkeys(skipped, SKIPPED_WEIGHT))
    alone = frozenset(skipped)
    return tuple(weight), tuple(
        w * SHORT_WEIGHT if len(s.split()) <= SHORT_WORDS and s not in alone else w
        for s, w in weight.items()), alone


CRIES = ("ugh", "oh", "ow", "argh")
"""What a person in pain says before a request ("ugh, how long is left on this timer?")."""
CRY_EVERY = 40
CRY_SHARE = 0.01
"""Every CRY_EVERY-th sentence is also said after each of CRIES, the copies together counting
CRY_SHARE of all the sentences' weight per cry. Alone, a cry was a sentence of its own, and
one said before a request was heard as its likeliest opening: "ugh" as "i've" (37 times of 111
in blind set 33, which then heard "how long slipped on the timer", a fall), "five" or "both".
Only the language model has them (with_cries): the endpointer's openings and the sentence
caches stay as they were (with the copies in the caches, building the openings peaked at 169 MB,
149 MB without)."""


CALLS = ("hey voice", "okay voice", "hey assistant", "okay assistant", "computer")
"""The assistant called before a request ("hey voice, do that stretch again"), said like a cry
(CRY_EVERY, CRY_SHARE): without them, piper's "hey voice" was heard as "the boys" or "they
voice", and what followed as the start of a sentence that never came. Blind set 41 (a third of
it calls the assistant first), quiet / pink 20 / babble 20: piper 90.7 / 87.6 / 79.2 -> 91.9 /
89.4 / 81.1%, en-gb 68.0 / 67.1 / 54.7 -> 69.6 / 67.7 / 55.3%; the evaluation split (no calls)
lost four en-gb sentences of 750 (83.3 / 82.0 / 74.0 / 84.0 / 75.3 -> 83.3 / 81.3 / 72.7 / 83.3 /
75.3%), piper unchanged. With half as many copies: set 41 a little less won, the evaluation
split one sentence less lost."""


TAGS = ("i guess", "i don't know", "if that makes sense", "or something")
"""What softens a request after it ("how long should the ice stay on, I guess"), said like a
cry (CRY_EVERY, CRY_SHARE) but after the sentence: without them, en-gb's "I don't know" was heard
as "my bum it's numb", a red flag (blind set 43)."""


def with_cries(sentences: list[str], weights: list[float]) -> tuple[list[str], list[float]]:
    """`sentences` and their `weights`, and after them some said after a cry (CRIES) or a
    call to the assistant (CALLS), or softened after (TAGS)."""
    some = list(zip(sentences, weights, strict=True))[::CRY_EVERY]
    scale = CRY_SHARE * sum(weights) / sum(w for _, w in some)
    have = set(sentences)
    cried = [(said, w * scale) for s, w in some
             for said in (*(f"{cry} {s}" for cry in (*CRIES, *CALLS)),
                          *(f"{s} {tag}" for tag in TAGS))
             if said not in have]
    return sentences + [s for s, _ in cried], weights + [w for _, w in cried]


@cache
def _skipped() -> tuple[str, ...]:
    """The router's skip words (SKIPPED_WEIGHT), normalised for the recognisers."""
    from voice.router.templates import default_templates

    return tuple(normalise(default_templates().skip_words))


def spoken_domain_sentences() -> list[str]:
    """domain_sentences() as people say them (spoken_forms: "i'm", "my back's"): what the
    recognisers are built from."""
    return list(_spoken()[0])


def openings() -> Openings:
    """What the endpointer needs to know of these sentences: which word sequences are whole
    ones, and which only begin one (voice.router.complete)."""
    from voice.router.complete import Openings

    sentences, _, skipped = _spoken()
    return Openings(s for s in sentences if s not in skipped)  # no request, said alone


def red_flag_sentences() -> list[str]:
    """content/red_flag_speech.yaml expanded: every sentence its templates can say."""
    import yaml
    from hassil import parse_sentence, sample_expression

    from voice.content import CONTENT_DIR
    from voice.errors import ContentError

    path = CONTENT_DIR / "red_flag_speech.yaml"
    try:
        templates = yaml.safe_load(path.read_text(encoding="utf-8"))["sentences"]
        return [text for template in templates
                for text in sample_expression(parse_sentence(template).expression)]
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise ContentError(f"{path}: {exc}") from None


def fingerprint(sentences: Iterable[str], *extra: str) -> str:
    """A short hash naming a build from these sentences (and settings) in the cache."""
    h = hashlib.sha256()
    for part in (*extra, "\x00", *sentences):
        h.update(part.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


CONTRACTIONS: dict[str, str] = {
    "can not": "can't", "will not": "won't", "is not": "isn't", "are not": "aren't",
    "do not": "don't", "does not": "doesn't", "did not": "didn't", "was not": "wasn't",
    "have not": "haven't", "has not": "hasn't", "could not": "couldn't",
    "should not": "shouldn't", "would not": "wouldn't", "i am": "i'm", "i have": "i've",
    "i would": "i'd", "i will": "i'll", "it is": "it's", "that is": "that's",
    "what is": "what's", "there is": "there's", "you are": "you're", "let us": "let's",
    "we are": "we're", "they are": "they're", "how is": "how's", "where is": "where's",
}
"""Spelt-out pairs -> the contraction people say. The router's templates are normalised to the
spelt-out form ("i can not feel my legs"), but people say "I can't feel my legs", and "can't"
(K AE N T) sounds nothing like "can not": without the contracted words a language model built from
the templates cannot hear the commonest way of saying them. The router expands them back."""
_CONTRACTION_RE = re.compile(r"\b(" + "|".join(map(re.escape, CONTRACTIONS)) + r")\b")
_NOUN_IS = re.compile(r"\b(my|the|your) ([a-z]*[a-rt-z]) (?:is|has)\b")
"""A noun's "is" or "has" said as 's: "my back is killing me" -> "my back's killing me", "the pain
has gone" -> "the pain's gone"."""


def spoken_forms(sentences: Iterable[str]) -> list[str]:
    """The sentences, each followed by its contracted form when it has one ("i am" -> "i'm",
    "my back is" -> "my back's")."""
    out: dict[str, None] = {}
    for s in sentences:
        out.setdefault(s, None)
        out.setdefault(_contracted(s), None)
    return list(out)


def _contracted(sentence: str) -> str:
    """The sentence with the contractions people say ("i am" -> "i'm", "my back is" -> "my
    back's"); itself when it has none."""
    contracted = _CONTRACTION_RE.sub(lambda m: CONTRACTIONS[m.group(1)], sentence)
    return _NOUN_IS.sub(r"\1 \2's", contracted)
