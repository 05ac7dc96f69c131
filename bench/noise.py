"""Simulated speech-recognition errors: a deterministic noisy variant of each clean utterance.

What an offline recogniser does to a quiet voice with a TV on: it writes numbers as words, drops
punctuation and fillers, loses short words, hears near-homophones ("ice" -> "eyes"), and merges
or splits words ("heating pad" -> "heatingpad", "ibuprofen" -> "i be profen"). Each utterance
gets one or two such errors, drawn from an RNG seeded by (seed, text), so a variant never changes
between runs and does not depend on the order of the set.

This confusion list is the bench's own, written from how recognisers mishear, independently of
the router's `sounds_like` aliases in content/intents.yaml.
"""

from __future__ import annotations

import random
import re

SEED = 20240314

CONFUSIONS: dict[str, list[str]] = {
    "ice": ["eyes", "i's", "is", "nice"],
    "icing": ["icy", "eyeing"],
    "heat": ["he", "hit", "eat", "heap", "feet"],
    "heating": ["eating", "hitting"],
    "hot": ["hut", "what", "hat"],
    "cold": ["called", "code", "gold"],
    "warm": ["worm", "warn"],
    "timer": ["time", "tiger", "timber"],
    "minutes": ["minute", "mints"],
    "fifteen": ["fifty"],
    "pain": ["pane", "paying", "paint"],
    "back": ["bag", "pack"],
    "spasm": ["spas", "plasm", "spasms"],
    "stretch": ["stress", "stretched"],
    "stretches": ["stresses", "stretch is"],
    "stretching": ["stressing"],
    "bath": ["path", "bat"],
    "sleep": ["slip", "sleet"],
    "lie": ["lay", "light"],
    "doctor": ["doctors", "dr"],
    "take": ["tape", "make"],
    "took": ["took", "to"],
    "walk": ["work", "woke"],
    "walked": ["worked"],
    "massage": ["message"],
    "stop": ["stopped", "top"],
    "more": ["moore", "four"],
    "next": ["text", "necks"],
    "pause": ["paws", "pose"],
    "hurts": ["hurt", "hearts"],
    "numb": ["num", "dumb"],
    "legs": ["lakes", "eggs"],
    "leg": ["lake", "egg"],
    "fever": ["feather", "fiver"],
    "fell": ["fail", "felt"],
    "chills": ["chill", "shills"],
    "tylenol": ["tylenal", "tie lenol"],
    "ibuprofen": ["i be profen", "ibuprofin"],
    "naproxen": ["nap roxen", "naproxin"],
    "advil": ["add vill", "anvil"],
    "should": ["shoot", "shout"],
    "for": ["four", "far"],
    "to": ["two", "too"],
    "the": ["a", "uh"],
    "tell": ["tail", "dell"],
    "help": ["health", "kelp"],
    "yes": ["yet", "yeah"],
    "no": ["know", "now"],
    "bye": ["by", "buy"],
    "water": ["order", "waiter"],
    "knees": ["needs", "keys"],
    "knee": ["need", "key"],
    "position": ["positions", "petition"],
    "started": ["startled", "start it"],
    "ago": ["go", "a go"],
    "hours": ["ours", "hour"],
    "bladder": ["blatter", "ladder"],
    "repeat": ["a repeat", "we peat"],
    "slower": ["slow were", "lower"],
    "faster": ["fast her", "master"],
    "breathe": ["breed", "breeze"],
    "breathing": ["breeding"],
    "again": ["a gain", "and again"],
    "continue": ["continued"],
    "medicine": ["medicines", "medicine's"],
    "summary": ["summery", "some ray"],
    "cream": ["green", "scream"],
    "shower": ["tower", "power"],
}

FILLERS = {"um", "uh", "er", "erm", "hmm", "like", "so", "well", "oh", "okay so"}

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """What a recogniser writes for a number: 45 -> "forty five"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    return str(n)


def transcript(text: str) -> list[str]:
    """The clean words as a recogniser writes them: lower case, no punctuation, numbers as words."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return text.split()


def _substitute(words: list[str], rng: random.Random) -> bool:
    spots = [i for i, w in enumerate(words) if w in CONFUSIONS]
    if not spots:
        return False
    i = rng.choice(spots)
    words[i : i + 1] = rng.choice(CONFUSIONS[words[i]]).split()
    return True


def _drop(words: list[str], rng: random.Random) -> bool:
    if len(words) < 4:
        return False
    # Recognisers mostly lose short, unstressed words; sometimes a content word.
    short = [i for i, w in enumerate(words) if len(w) <= 4]
    pool = short if short and rng.random() < 0.7 else list(range(len(words)))
    del words[rng.choice(pool)]
    return True


def _merge(words: list[str], rng: random.Random) -> bool:
    if len(words) < 3:
        return False
    i = rng.randrange(len(words) - 1)
    words[i : i + 2] = [words[i] + words[i + 1]]
    return True


def _split(words: list[str], rng: random.Random) -> bool:
    long = [i for i, w in enumerate(words) if len(w) >= 7 and "'" not in w]
    if not long:
        return False
    i = rng.choice(long)
    cut = rng.randrange(3, len(words[i]) - 2)
    words[i : i + 1] = [words[i][:cut], words[i][cut:]]
    return True


_OPS = [(_substitute, 0.45), (_drop, 0.3), (_merge, 0.12), (_split, 0.13)]


def noisy(text: str, seed: int = SEED) -> str:
    """One deterministic noisy transcript of `text`: fillers gone, one or two recognition errors."""
    rng = random.Random(f"{seed}:{text}")
    words = [w for w in transcript(text) if w not in FILLERS]
    errors = 1 if rng.random() < 0.6 else 2
    done = tries = 0
    while done < errors and tries < 10:
        tries += 1
        op = rng.choices([f for f, _ in _OPS], weights=[w for _, w in _OPS])[0]
        done += op(words, rng)
    return " ".join(words)
