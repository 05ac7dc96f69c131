"""Safety triage: red-flag reports become emergencies at once; denials and questions do not."""

from __future__ import annotations

import pytest

from voice.router import CLARIFY, Router
from voice.router.normalize import Normalizer
from voice.router.triage import Verdict, as_own, assess


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


def verdict(text: str) -> Verdict:
    """The verdict with the router's normaliser, the product's (it splits words it does not
    know: "dryer" -> "dry er", and drops leads such as "I wonder"), checked against the plain
    normaliser's, so that a pattern that passes here holds in the router too."""
    routed = assess(text, Router.load()._engine.normalize).verdict
    plain = assess(text, Normalizer()).verdict
    assert routed is plain, f"router's normaliser: {routed}, plain: {plain}"
    return routed


REPORTS = [
    # bladder and bowel
    "I wet myself",
    "I can't control my bladder",
    "I can't hold my pee",
    "i've lost control of my bowels",
    "I can't pee",
    "I have no bladder control",
    "there's no bowel control at all",
    "I've been sat on the toilet for ages and I don't think anything will come out",
    "I've wet a bed and it didn't wake me",
    # "number one" for a wee (blind set 37)
    "I can't do a number one",
    "I need a number one but it won't come",
    "I couldn't hold my number two and it just came out",
    # help asked for, inside words heard wrong
    "the cat is out and I need an ambulance right now",
    # numbness, tingling (legs, groin, saddle)
    "I can't feel my leg",
    "my legs are numb",
    "pins and needles down both legs",
    "my groin has gone numb",
    "there's no feeling in my left foot",
    "tingling down my leg",
    "my back passage feels numb",
    "my leg keeps numbing up",
    # weakness
    "my leg gave way",
    "my legs are weak",
    "I can't lift my foot",
    "my knee keeps buckling",
    # the same signs in other words: a foot that drops or drags, legs that feel heavy
    "my foot keeps flopping when I walk",
    "I can't lift the front of my foot",
    "my legs feel heavy and I can hardly move them",
    "my legs went out from under me",
    # fever or chills
    "I have a fever",
    "I think I have a fever",
    "I've got the chills",
    "I'm burning up",
    "sweating and freezing at the same time and my back is killing me",
    # trauma
    "I fell down the stairs",
    "I was in a car accident",
    "it started after I got hit",
    "I came off my bike",
    "I slipped on the ice and landed on my back",
    "a while ago I slipped on the ice",
    "my legs just won't hold me",
    # someone or something did it to them
    "someone pushed me down the stairs",
    "a car ran into me",
    "I took a blow to the back",
    "I got beaten up",
    "I took a really bad fall at work",
    "I banged my back on the edge of the table",
    "tripped over the dog and landed right on my bum",
    # weight loss, night pain
    "I've been losing weight without trying",
    "I lose many kilos and I don't know why",           # the tense as a learner says it
    "i have lost about a few in two months without trying",   # what was lost misheard
    "since two hours I cannot make pee",
    "I can't go pee",
    "my foot is not lifting when I walk it slaps the floor",
    "the pain is worse at night",
    "it's always at its worst in the middle of the night",
    # not being able to go, and losing control, told in other ways
    "I need to wee but nothing comes out",
    "I haven't been able to pee since this morning",
    "I can't empty my bladder properly",
    "I didn't make it to the toilet",
    "I can't tell when I need to go",
    "I leaked a bit of pee",
    "I keep having accidents",
    # a leg gone to sleep, chills with a heat, a reading in its own clause
    "my leg keeps going to sleep",
    "I'm sweating and shaking",
    "I'm boiling hot and then freezing cold",
    "my wife took my temperature and it's thirty nine",
    # falls and collisions told other ways
    "I missed a step and landed hard",
    "a van went into the back of me",
    "I hurt it falling off a horse",
    # a crash named on its own, with the pain it left (blind set 37)
    "the crash and my back's been sore ever since",
    # beyond the seeds: chest pain, pain down both legs
    "I've got chest pain too",
    "there's a pressure in my chest",
    "the pain is spreading into my left arm",
    "the pain's going down both my legs now",
    "it shoots down the back of both legs",
    # told by a carer about the person
    "my husband can't feel his legs",
    "she tried to get to the loo and her legs went from under her",
    "grandma's had a tumble in the kitchen",
    "he's just wet himself and didn't feel it",
    "my mum keeps tripping over her feet",
    "it's my right leg and I keep tripping over it",
    # other ways of telling it
    "I think I have urinary retention",
    "I've been bursting for a wee for hours but it just won't come",
    "my jeans are falling off me",
    "nights are the worst",
    "my mum can't hold her water any more",
    "I keep leaking and I can't stop it",
    "I keep leaking water",
    "I slipped up and fell",
    "my knee keeps folding under me",
    "me legs have gone to mush",
    "I cannae feel my legs",
    "the legs are not holding her",
    "I was in a fender bender earlier",
    "the dog took me out and I went over backwards on the kitchen floor",
    "I came off on the way home and hit the kerb with my back",
    "a car went into the pack of mine",  # "the back of mine" as babble left it
    "that's the third time I've leaked without knowing",
    "both legs have had cancer needles for hours",  # pins and needles, the pins misheard
    "i haven't been able two wee since this morning",  # "to" heard as "two"
    "i can't seem too hold it in",
    "i still can't pass any order at all",  # water heard as "order"
    # a word lost or misheard in noise
    "i fail off the ladder this morning",  # fell
    "a car went into a back of us yesterday",
    "somebody went into the bag of me at the lights",
    "i down the stairs an hour ago and my back's wrecked",
    "i off a ladder cleaning the gutters",
    "tackled hard at footy on saturday",
    "a car knocked over yesterday and my back's been bad since",
    "i can't my butt at all",  # feel, lost
    "i couldn't the paper when i wiped",
    "my back's bad now i can't move all feverish and shivery",  # "can't move" denies no fever
    "I came a cropper off the back of the ute",
    "him get knock down by a van Monday gone",
    "something heavy hit me in the back at work",
    "a shelf came down on top of me",
    "I need a wee but nothing coming out",
    "at night it's unbearable",
    "there's a crushing feeling in my chest",
    "he's clutching his chest",
    "I am not able to pass the urine since morning",
    "me bladder's gone and I've pissed meself",
    "I've got sciatica on both sides",
    "it was going down the one leg but now it's going down both of them",
    "I couldn't hold my bowels and it just came out",
    "i pulled it settles my bowels it's just came out",
    "the wee just came out before I got there",
    "there's a tightness across my chest",
    "the pain wakes me up every single night",
    "night time is the worst it wakes me up every time I drop off",
    "my legs have stopped listening to me I can't stand on them",
    # in a clinician's words, or told bare
    "new paraesthesia in both feet",
    "I am pyrexial with this back pain",
    "known history of breast cancer and this is new back pain",
    "lost two stone without trying and my back is killing me",
    "it has woken me up every night for a fortnight and nothing touches it",
    "it just sort of gives way under me",              # what gives way under me is a leg
    "my leg gave way and I nearly went down",
    "I wet myself without even knowing",             # a bladder emptying unfelt
    "the insides of my thighs feel like cotton wool",  # numbness told by likeness
    "my legs feel like they are not mine",
    "pins and needles down both like ice",           # "legs" lost; what runs down both is legs
    "I've peed without noticing is that bad",        # "noticing" is not "not icing"
    "i can't lift my pulled it just flops about",   # the foot misheard; the flopping is enough
    "i popped a tumble in the garden",              # "had" misheard; a tumble is a fall
    "a car knocked me off my bike",
    "a car went into the back of both yesterday",         # "us" misheard
    "my grandmother's both of it's gone floppy she can't lift it",
    "i want a lot of weight without trying",              # "lost" misheard
    "i've got tackled playing football now my back hurts",
    # played down (blind set 21)
    "it probably doesn't matter but the pain never really lets up at night",
    "it's every single night the pain just doesn't stop doesn't matter how I lie",
    "it gets worse every single night I can't sleep at all",
    "sorry but I don't seem to be able to feel anything when I wipe down below",
    "my wife's just fallen off the ladder and hurt her back",
    # told by a storyteller (blind set 22)
    "i tried to stand up and my leg would not hold me i went straight down",
    # in pain, correcting themselves, wondering aloud (blind set 26)
    "ugh I'm freezing cold and shaking and the back pain's awful",
    "I wonder if it matters that I can't feel the toilet paper when I wipe",
    "I'm not sure but my foot seems to drag when I try to walk",
    "i felt down the stairs and now my back's screaming",     # "fell" heard as "felt"
    # a false start: the sign's own "can't" is not denied by the one before it
    "yes I'm on my side I can't uh can't feel anything between my legs",
    # an exclamation is no denial of a sign that has its own "not"
    "oh no my legs won't hold me they've just given way",
    "I've been trying to wee for an hour no two hours and nothing's coming out",
    "I suppose I should mention I've had a couple of accidents with my bowels today",
    # negative and tag questions, half-remembered words (blind set 27)
    "shouldn't I be able to feel it when I wipe because I can't",
    "I've got the hot and colds and my back is killing me",
    "I'm not supposed to be feverish with a back spasm am I because I am",
    "should I be worried if I've just wet myself without feeling it",   # just happened: no "if"
    "should I be able to feel it when I wipe because I can't",          # heard without "not"
    "I slipped on the ice and landed flat on my spine",
    # tingling and leaking in other words (blind set 33)
    "there's this electric buzzing all down my legs and into my feet",
    "my legs are fizzing like a bottle of pop",
    "sorry it is just leaking out of me",
    "I feel awful I have been hit by a car",
    "I feel sick after the fall",
    "no my right leg is numb from the knee down",            # "now" heard as "no"
    "I can't be able to pee since this started",             # "haven't been able to", as heard
    "both my feet feel like they're wrapped in cotton wool",
    # not managing, going down on the ice, and chills told in the other order (blind set 34)
    "I haven't managed to pee since last night",
    "I went down on the ice and now my back is agony",
    "shaking and sweating at the same time and my back is getting worse",
    # struck or thrown at sport (blind set 35)
    "I took a knee in the back at football and it's been spasming since",
    "caught a hockey stick right across the lower back in the match",
    "went over the handlebars on my bike and my back is in agony",
    "I wiped out skiing and my back has locked up",
    "I got kneed in the back playing rugby",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_red_flag_report_is_an_emergency_decided_by_triage(router: Router, text: str) -> None:
    intent = router.route(text)
    assert (intent.name, intent.confidence, intent.triage) == ("emergency", 1.0, True)


@pytest.mark.parametrize("text", [
    "should I use ice, I also can't feel my legs",
    "what position should I lie in? oh and I wet myself",
    "how long will this last, I fell down the stairs yesterday",
    "should i use ice or heat i have a fever",
    "um my back really hurts and i cant feel my foot",
])
def test_a_red_flag_buried_in_another_question_still_wins(router: Router, text: str) -> None:
    assert router.route(text).name == "emergency"


@pytest.mark.parametrize(("text", "expected"), [
    ("no fever, should I use ice or heat", "ice_or_heat"),
    ("I don't have any numbness, what stretches can I do", "stretches"),
    ("I didn't fall, what causes this", "causes"),
    ("my legs aren't numb but my back is killing me, what position is best", "position"),
    ("no numbness no tingling just pain should i take ibuprofen", "medication"),
    ("I'm not running a fever, is it safe to take a hot bath", "bath"),
    # the denial ends the sentence: only it is cut, the question before it stays
    ("has the timer finished or not i can't fell", "timer_status"),
    # nothing but a denial is an answer: no
    ("no, no numbness", "deny"),
    ("no fever", "deny"),
    ("I haven't lost control of my bladder", "deny"),
    # ... and where the sign is not: still nothing but a denial
    ("there's no numbness in my legs", "deny"),
    ("I don't have any tingling down either leg", "deny"),
    # a red-flag place said to be well is a denial, not a likeness to "my legs feel numb"
    ("my legs feel fine", "deny"),
    ("no, no tingling, my feet feel normal", "deny"),
    # a denial and then a remark that asks nothing: still an answer, no
    ("no fever, it's just a strain", "deny"),
    ("nope, didn't fall, just pulled it on the rowing machine", "deny"),
    ("nah, no tingling, legs are fine, it's a lifting strain", "deny"),
    # the sign said back as a question and answered, as to "any fever?"
    ("numbness? no", "deny"),
    ("any chills? nope, none", "deny"),
    ("my feet, no, they feel fine", "deny"),
])
def test_a_denied_red_flag_is_not_an_emergency_and_the_question_is_answered(
        router: Router, text: str, expected: str) -> None:
    intent = router.route(text)
    assert intent.name == expected
    assert not intent.triage


@pytest.mark.parametrize("text", [
    "when should I see a doctor",
    "what are the warning signs",
    "is numbness a bad sign?",
    "should I worry about fever?",
    "what if my leg starts going numb",
    # a carer passing the question on: not a report about her
    "she's asking is numbness something to worry about",
    "my husband is asking if numbness in the legs is serious",
    "is a temperature with back pain a reason to get help",
])
def test_a_question_about_warning_signs_goes_to_when_doctor(router: Router, text: str) -> None:
    intent = router.route(text)
    assert intent.name == "when_doctor"
    assert intent.confidence >= CLARIFY


@pytest.mark.parametrize("text", [
    "is it bad that my legs are numb",
    "should I worry that I have a fever",
    "fever and chills",
])
def test_a_report_inside_a_question_or_a_fragment_errs_on_emergency(text: str) -> None:
    assert verdict(text) is Verdict.REPORT


def test_numb_legs_told_as_dumb_are_a_report() -> None:
    """"numb" written as "dumb" (by an open-vocabulary recogniser: pocketsphinx's model has
    no "dumb" in it)."""
    assert verdict("my says her her legs are dumb both of them") is Verdict.REPORT
    assert verdict("that was a dumb question") is not Verdict.REPORT
    assert verdict("dumb round my bum and groin is that an a e thing") is Verdict.REPORT
    assert verdict("dumb down both legs") is Verdict.REPORT
    assert verdict("don't be dumb, round the back is where it hurts") is not Verdict.REPORT
    assert verdict("bum's gone dumb") is Verdict.REPORT
    assert verdict("my are dumb") is Verdict.REPORT  # the legs themselves not heard
    assert verdict("my brother is dumb") is not Verdict.REPORT
    # the place said first, with more words before "dumb"
    assert verdict("my bum and between my eggs feel completely dumb") is Verdict.REPORT
    assert verdict("my phone is dumb") is not Verdict.REPORT
    # the saddle said after it
    assert verdict("it's gone all dumb down there") is Verdict.REPORT


@pytest.mark.parametrize("text", [
    "the leg's got no strength",
    "there's no strength in my left leg",
    "I've lost all strength in my legs",
])
def test_no_strength_in_a_leg_is_weakness(text: str) -> None:
    assert verdict(text) is Verdict.REPORT


@pytest.mark.parametrize("text", [
    "no, I haven't lost any strength in my legs",
    "is losing strength in your legs serious",
    "my arm has no strength",
])
def test_strength_kept_asked_about_or_elsewhere_is_no_report(text: str) -> None:
    assert verdict(text) is not Verdict.REPORT


@pytest.mark.parametrize(("text", "expected"), [
    # heard so by piper in pink noise: a question's words before, the state told after
    ("what rubs for my back cancel my meeting going more it's all numb down there",
     Verdict.REPORT),
    ("it's gone all tingly in my left leg", Verdict.REPORT),
    ("what if it's gone numb down there", Verdict.ASKING),
    ("no, it's not gone numb down below", Verdict.NEGATED),
    # the limb first, the lack after it (espeak en-gb in pink noise)
    ("my left foot something that floor when i walk i can't lift it", Verdict.REPORT),
    ("my leg is fine I can't lift the box", Verdict.NEGATED),  # said to be well: denied
])
def test_a_state_told_of_a_place_said_after_it(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_dog_jumping_on_the_person_is_no_assault() -> None:
    """"the dog's just jumped on me", as a recogniser heard it; "I got jumped" still is."""
    assert verdict("pause the dog's got jumped on me") is not Verdict.REPORT
    assert verdict("I got jumped on the way home") is Verdict.REPORT


def test_someone_elses_denial_heard_is_no_answer(router: Router) -> None:
    # the radio, not the person: nothing opens with their "no"
    assert router.route("police say the driver was not injured").name != "deny"


@pytest.mark.parametrize("text", [
    "is it safe to fall asleep with the heating pad on",
    "should i worry if the pain does not let up at night",
    "i can't sleep at night because of the pain",
    "I fell asleep with the heat on",
    "the ice made my skin numb",
    "stocks fell sharply on wall street today",
    "my legs are fine I just can't stand the pain",
    "my mum has a history of breast cancer",
    "family history of cancer",
    "the quarterback took a hard hit in the third quarter",
    "I'm completely wiped out",
    "I've got a tennis ball on my back, is that okay",
    "I slipped a disc years ago",
    "what temperature should the bath be",
    "I can't feel the ice any more",
    "weakness in my back muscles",
    "I have no bladder control problems",
    "would a numbing cream help my back",
    "the ice is numbing my back",
    "the pain hit me all at once",
    "the spasm hit me when I bent down",
    "the dog jumped on the bed",
    "my back feels heavy",
    "I can barely move",
    "I can't lift my head",
    "she kicked the ball",
    "the bath temperature is 39",
    "my savings took a big hit",
    "the tablet slipped down the side of the sofa",
    "my husband ran me a hot bath",
    "my son beat me at cards",
    # "how long's left", "how much is left" as the recogniser hears them
    "how long slipped on the timer",
    "how much i slipped",
    # "enough, stop, I've got it"
    "enough stop i've got hit",
    "the pain came down on me all at once",
    "should I alternate hot and cold",
    "I'm shaking from the pain",
    "I'm sweating under the heat pad",
    "I can't make it to the toilet on my own",
    "the ice pack is leaking",
    "I am leaking some of that gel onto the rug",
    "I slipped up and took my tablets twice",                 # a mistake, not a fall
    "sorry, I think I slipped you up there",
    "the ice pack just came out of the freezer",
    "it just came out, sorry",
    "no, nothing comes to mind",
    "the car went into the garage",
    "set the ice timer for 40 minutes, what temperature should my bath be",
    "the knee to chest hurts",
    "is chest pain a bad sign",
    "does pain down both legs mean it's serious",
    "the pain goes down my left leg",
    # about someone else, not a red flag
    "my husband made me a hot water bottle",
    "she said to put ice on it",
    "he fell asleep on the sofa",
    "my daughter is bringing me some ice",
    "they say heat is better",
    "the pain keeps waking me up, how should I sleep",
    "what can I do for meself",
    "I can't lift the bag, it drags on the floor",
    "the towels are in a tumble dryer",
    "set the bath at a temperature with bubbles",
    "my back gave way when I lifted the box",
    "the cushion has gone floppy",
    "my head feels like cotton wool",
    "I've felt down all week about my back",                  # sad, not fallen
    "I might fall down the stairs",                           # not yet
    "what if I fell off my bike",                             # supposed, not told
    "what counts as a proper temperature",
    "pins and needles down both arms from the ice",   # arms, and the ice explains it
    # losing weight wanted or asked about as a remedy, not a loss nobody can explain
    "I need to lose weight",
    "would losing weight help my back",
    # what a pain feels like, no accident (blind set 33)
    "I feel like I've been hit by a bus, what painkillers are best?",
    "it feels like I got hit by a truck",
    "my back feels as if it has been run over",
    "I feel like I've been in a car crash",
    "my phone keeps buzzing",
    "feels like a truck hit me",
    "no my legs are not numb",
    "the ice pack leaked without me noticing",
    "has anyone had acupuncture needles in their legs",
    "I need two ice packs",
    "can I pass the order to my wife",
    "I can't reach the paper when I wipe",
    "I'm getting chilly lying here",
    "I walked down the stairs",
    "rocking backwards and forwards helps",
    "is a hundred and two fahrenheit too hot for the bath",
])
def test_everyday_words_near_red_flags_are_not_reports(text: str) -> None:
    assert verdict(text) is not Verdict.REPORT


def test_a_denial_is_cut_from_what_the_matcher_sees() -> None:
    result = assess("no fever, should I use ice or heat", Normalizer())
    assert result.verdict is Verdict.NEGATED
    assert result.rest == "should i use ice or heat"


@pytest.mark.parametrize(("text", "expected"), [
    # speech has no commas: a new "i" after the negating word starts a new clause...
    ("I can't do that I pooped myself", Verdict.REPORT),
    ("no I have a fever", Verdict.REPORT),
    ("I didn't notice I wet myself", Verdict.REPORT),
    ("it would not hold me I went straight down", Verdict.REPORT),  # the sign's own "i"
    # ...except after a word of belief, where the denial goes on
    ("I don't think I have a fever", Verdict.NEGATED),
    ("I never thought I had a fever", Verdict.NEGATED),
    ("I don't believe I have a fever", Verdict.NEGATED),
    ("I have not had any numbness", Verdict.NEGATED),
    # a "no" that takes back what came before denies nothing after it
    ("no wait actually my leg is tingling now", Verdict.REPORT),
    ("no hang on my legs are numb", Verdict.REPORT),
    ("no wait I don't have any numbness", Verdict.NEGATED),
    ("no my legs are not numb", Verdict.NEGATED),
    ("nope zero numbness", Verdict.NEGATED),
    ("my pain is zero but my legs are numb", Verdict.REPORT),
])
def test_a_denial_reaches_only_as_far_as_a_new_i(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_not_sure_is_a_hedge_not_a_denial() -> None:
    assert verdict("I'm not sure if I have a fever") is Verdict.REPORT


@pytest.mark.parametrize("text", [
    "I've had a temperature since this morning",
    "I'm running a temperature",
    "my temperature is 39",
    "I've developed a slight temperature",
    "my temperature thirty nine",  # "my temperature's thirty nine" as a recogniser writes it
    "my wife took my temperature, it's thirty nine",  # the reading in a clause of its own
    "I have back pain and a temperature with it",
    "hot cold sweats all night",  # "hot and cold sweats" heard without its "and"
    "a hundred and two Fahrenheit on the thermometer, teeth chattering",
    "thirty nine and my teeth are chattering",
])
def test_a_temperature_told_as_ones_own_is_a_fever(text: str) -> None:
    assert verdict(text) is Verdict.REPORT


def test_chills_heard_as_one_chill_are_a_fever() -> None:
    # an open-vocabulary recogniser (vosk) can write "chill"; pocketsphinx's words have none
    assert verdict("i keep getting chill and my back is killing me") is Verdict.REPORT


@pytest.mark.parametrize(("text", "expected"), [
    ("I had bowel cancer a couple of years ago and now my back hurts", Verdict.REPORT),
    ("I finished chemo last year, does that matter? my back's really bad", Verdict.REPORT),
    ("my wife had breast cancer and now this back pain has come out of nowhere", Verdict.REPORT),
    ("my mum had cancer", Verdict.NONE),
    ("could this back pain be cancer", Verdict.NONE),
    ("I had a cancer scare last year", Verdict.NONE),
])
def test_back_pain_after_cancer_of_ones_own_is_a_report(text: str, expected: Verdict) -> None:
    """Beyond the seeds: after cancer, new back pain can be its spread to the spine. A fear of
    it, a scare or a family history is no report."""
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("every night this week it wakes me at two or three and nothing takes it off", Verdict.REPORT),
    ("last night no position helped at all", Verdict.REPORT),
    ("it wakes me up at six in the morning", Verdict.NONE),
    ("nothing touched it, the ibuprofen did nothing", Verdict.NONE),
    ("I haven't managed to go all day", Verdict.REPORT),
    ("I haven't managed to go for a walk all day", Verdict.NONE),
    ("I can't go since my back hurts too much", Verdict.NONE),
])
def test_night_waking_and_not_managing_to_go(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("you said losing control of your bladder is serious, well it's just happened to me",
     Verdict.REPORT),
    ("now it's gone dead round my back passage too", Verdict.REPORT),
    ("say I couldn't control my wee, is that a hospital thing?", Verdict.ASKING),
    ("my legs are fine, but at what point would tingling matter?", Verdict.ASKING),
    ("say that again, I can't feel my legs", Verdict.REPORT),
    ("remember asking if I had a fever? I do, it's thirty-nine point two", Verdict.REPORT),
    ("what temperature is a fever, is it thirty eight", Verdict.ASKING),
    ("my mum is very hot, like a temperature, and her back hurts bad", Verdict.REPORT),
    ("is a temperature a bad sign", Verdict.NONE),
    # as piper was heard in pink noise and in a quiet room
    ("you said losing control of your bladder serious while it's just happened",
     Verdict.REPORT),
    ("if that helps you know when legs have gone numb from the knees down", Verdict.REPORT),
    ("if my legs went numb would that be bad", Verdict.ASKING),
    # a supposition tagged on at the end, and only there
    ("would paraesthesia in both feet warrant A and E, hypothetically?", Verdict.ASKING),
    ("my legs are numb, hypothetically speaking what should I do", Verdict.REPORT),
])
def test_a_sign_told_back_or_supposed(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my legs feel fine", Verdict.NEGATED),
    ("the pee is normal", Verdict.NEGATED),
    ("my legs are not fine", Verdict.NONE),
    ("my legs are no good", Verdict.NONE),
    ("my legs feel fine but my feet are numb", Verdict.REPORT),
    ("my legs no they feel normal", Verdict.NEGATED),
    ("my legs no they feel numb", Verdict.REPORT),
])
def test_a_place_said_to_be_well_is_a_denial(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fever? no", Verdict.NEGATED),
    ("any tingling nope", Verdict.NEGATED),
    # a place after the "no" may be "now" misheard: still a report
    ("numbness no in my left leg", Verdict.REPORT),
    ("fever now and the shakes", Verdict.REPORT),
    # the answer is yes, or the sign is not said back first
    ("fever? yes, since last night", Verdict.REPORT),
    ("I have a fever, no idea why", Verdict.REPORT),
])
def test_a_sign_said_back_and_answered_no_is_a_denial(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # "number" is no numbness, said or denied
    ("I've got your number", Verdict.NONE),
    ("I don't have the number for the doctor", Verdict.NONE),
    # a number two held in is no red flag (painkillers often do it)
    ("I can't do a number two, my back hurts too much", Verdict.NONE),
    # a crash without pain told is news; one denied is denied; sleep is no crash
    ("on the news there was a crash on the motorway", Verdict.NONE),
    ("I didn't have a crash, my back just hurts", Verdict.NEGATED),
    ("I'm going to crash on the sofa, my back is sore", Verdict.NONE),
    ("I did a crash course in first aid and my back hurts", Verdict.NONE),
])
def test_number_and_crash_said_other_ways(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # told short, the place in a word of its own; not going at all
    ("can't hold it, my bladder, please", Verdict.REPORT),
    ("I need the loo so badly but I can't at all, been trying ages", Verdict.REPORT),
    ("I can't hold it, the ice pack keeps sliding off", Verdict.NONE),
    # slipped with no "the"
    ("slipped on ice, hit the ground, back's agony", Verdict.REPORT),
    ("the ice pack slipped onto the floor again", Verdict.NONE),
    # a sign named as what we said, then told as one's own now
    ("remember you said about tingling in the feet, well it has started", Verdict.REPORT),
    ("the bowel thing you mentioned, that is happening to me right now", Verdict.REPORT),
    ("is numbness serious? that has happened to me", Verdict.REPORT),
    ("is numbness serious? that hasn't happened to me", Verdict.ASKING),
    ("is tingling common, has that started for others", Verdict.ASKING),
    # "no, it's ..." and "they don't, my ..." start a new clause after a no
    ("it's a bit odd down below, no, it's properly numb", Verdict.REPORT),
    ("you asked if my feet feel normal they don't my toes are numb", Verdict.REPORT),
    ("no it's not numb, just stiff", Verdict.NEGATED),
    ("that's odd no that's properly numb down my leg", Verdict.REPORT),
    # as heard: "hold" something watery, a "no" said to something else long before
    ("I can't hold the water in", Verdict.REPORT),
    ("I had a little accident no not little I have completely lost control of my bladder",
     Verdict.REPORT),
    ("no I have not lost control of my bladder", Verdict.NEGATED),
    ("no accidents at all", Verdict.NEGATED),
    # "how long ago was it" heard with "hit"
    ("the painkiller, how long ago was hit", Verdict.NONE),
    ("a week ago I was hit by a bike", Verdict.REPORT),
    # words that name no sign alone, or a sign where it is expected, confirm nothing
    ("what temperature should the bath be? it has just started running", Verdict.NONE),
    ("can I put weight on it, it has started to ease", Verdict.NONE),
    ("my lips are numb from the ice, it has started to work", Verdict.NONE),
    # a confirmation opened with a yes
    ("you said about tingling in the feet, yeah that started tonight", Verdict.REPORT),
])
def test_signs_told_short_or_confirmed_after_being_named(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # not passing "any" water; a thermometer's reading of one's own
    ("I've had three cups of tea and I still can't pass any water at all", Verdict.REPORT),
    ("the thermometer says thirty nine and my back's throbbing", Verdict.REPORT),
    ("the bath thermometer says thirty eight, is that alright", Verdict.NONE),
    # a permission asked to tell, or a wrapper cut to "say": told, not supposed
    ("is it alright if I tell you my leg gave way when I tried to stand", Verdict.REPORT),
    ("if I said my legs were numb, would that be bad", Verdict.ASKING),
    ("say I couldn't control my wee, is that a hospital thing", Verdict.ASKING),
    # a sign no one owns, then what it would mean: supposed
    ("so numbness in both legs would mean I call someone, that's what you're saying",
     Verdict.ASKING),
    ("my legs are numb, would that mean I need help", Verdict.REPORT),
    ("tingling in my feet would be a sign of something", Verdict.REPORT),
])
def test_signs_told_with_a_checking_tag_or_a_permission_asked(text: str,
                                                                expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign named by someone else, or by us, is not told as one's own
    ("you mentioned a fever, what if I get one later tonight", Verdict.ASKING),
    ("my doctor said numbness down there is serious", Verdict.ASKING),
    ("the leaflet mentions a fever, should I worry", Verdict.ASKING),
    # ...unless the person owns it after the saying, or says it themselves
    ("the doctor said I have a fever", Verdict.REPORT),
    ("you asked about my legs, they're numb", Verdict.REPORT),
    ("like I said, numbness down there", Verdict.REPORT),
    ("sorry, I should have said, there's numbness down there", Verdict.REPORT),
    ("I've just taken my temperature and it says thirty nine point two", Verdict.REPORT),
    ("you mentioned numbness in the saddle area, and yes, my groin feels completely dead",
     Verdict.REPORT),
    # a saying far back, or a clause of the person's own after it, names nothing
    ("sorry my shoulder said like that log that I going numb and out my calf is gone",
     Verdict.REPORT),
    # the topic named and answered no
    ("about the fever thing, no, I haven't got one", Verdict.NEGATED),
    ("about the fever thing, yes, I have one", Verdict.REPORT),
    # not passing water told another way; hurt in a tackle
    ("I'm sitting on the toilet and I can't get anything to come out at all", Verdict.REPORT),
    ("I can't get the lid off the tub", Verdict.NONE),
    ("I got flattened in a tackle at rugby this morning", Verdict.REPORT),
    ("I hurt it in a tackle on Saturday", Verdict.REPORT),
    ("should I tackle the stairs today", Verdict.NONE),
    # a leg gone dead is numb; dead tired is not the groin's
    ("my groin feels completely dead", Verdict.REPORT),
    # "nope" and "nah" deny as "no" does, and take back as it does
    ("nope chills no fever nothing like that", Verdict.NEGATED),
    ("nah no numbness", Verdict.NEGATED),
    ("nope my legs are tingling", Verdict.REPORT),
    ("nah I've got the chills", Verdict.REPORT),
    # not feeling when one needs to go, heard without its "I"
    ("since the spasm started I can't tell when need the toilet any more", Verdict.REPORT),
    # feeling kept is a denial, unless what is felt is a sign
    ("I can still feel my feet", Verdict.NEGATED),
    ("I can wiggle my toes", Verdict.NEGATED),
    ("I can feel my legs going numb", Verdict.REPORT),
    ("I can feel my feet tingling", Verdict.REPORT),
    ("I can move my legs but they feel weak", Verdict.REPORT),
])
def test_signs_named_by_others_told_by_reasons_or_answered_about(text: str,
                                                                  expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_wrapper_cut_to_say_is_no_supposition(router: Router) -> None:
    """The router's normaliser cuts "would it be okay to", leaving "say I've had ...": told."""
    assert router.route("would it be okay to say I've had the chills all night with this back"
                        ).name == "emergency"


@pytest.mark.parametrize(("text", "expected"), [
    ("my eggs just gave way when I tried to stand up", "emergency"),
    ("there's this electric buzzing all down my eggs and into my feet", "emergency"),
    ("certainly not my eggs are perfectly fine", "deny"),
    ("can I boil an egg", "unknown"),
])
def test_legs_heard_as_eggs_are_legs_to_triage(router: Router, text: str, expected: str) -> None:
    """A word listed as a mishearing of a leg (`sounds_like`) is that leg on triage's second
    look, for a report and for a denial alike."""
    assert router.route(text).name == expected


@pytest.mark.parametrize(("heard", "words"), [
    ("no numbness no tingling nothing shoulder i take ibuprofen",
     "no numbness no tingling nothing should i take ibuprofen"),
    ("shoulder she press on the knot", "should she press on the knot"),
    ("more than it shoulder i think", "more than it shoulder i think"),
    ("I've got pain in my shoulder", "i have got pain in my shoulder"),
])
def test_should_i_heard_as_shoulder(heard: str, words: str) -> None:
    assert Normalizer().words(heard) == words


def test_a_question_after_denials_heard_with_shoulder_is_asked(router: Router) -> None:
    """en-gb at 20 dB, evaluation split: the question was lost to a denial."""
    assert router.route("no numbness no tingling nothing shoulder i take ibuprofen"
                        ).name == "medication"


@pytest.mark.parametrize(("text", "expected"), [
    # Scots and northern English (blind set 42)
    ("Ah cannae hold ma water, it's just coming out.", Verdict.REPORT),
    ("Ah've no' been able tae pass water since last night.", Verdict.REPORT),
    ("I need to pee that bad but nowt'll come out.", Verdict.REPORT),
    ("I got knocked off me bike on the way home, and me back's proper bad now.", Verdict.REPORT),
    ("I cannae feel me feet", Verdict.REPORT),
    ("no, me feet are grand, no numbness at all", Verdict.NEGATED),
    # down the stairs on one's back; bowels that went
    ("I'm after coming down the stairs on my back, and now I can't move", Verdict.REPORT),
    ("bowels went, no warning, help", Verdict.REPORT),
    ("my bowels went fine this morning", Verdict.NONE),
    ("I went down the stairs to get the ice", Verdict.NONE),
    # as piper heard set 42: "no'" without its apostrophe; a denied cause, then someone else
    ("argh no been able to pass water since last night", Verdict.REPORT),
    ("no that's not from lifting someone drove into the back of my car now", Verdict.REPORT),
    ("no someone did not drive into me", Verdict.NONE),
    ("i got knocked off the buy from the way home", Verdict.REPORT),  # the bike misheard
    ("the pain knocked me off my feet", Verdict.NONE),
    ("I was knocked off my feet by the pain", Verdict.NONE),
])
def test_signs_told_in_dialect_or_in_other_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("heard", "words"), [
    ("I cannae feel me feet", "i can not feel my feet"),
    ("nowt'll come out", "nothing will come out"),
    ("rub me back", "rub my back"),
    ("help me get up", "help me get up"),
])
def test_dialect_words_are_spelled_out(heard: str, words: str) -> None:
    assert Normalizer().words(heard) == words


@pytest.mark.parametrize(("text", "expected"), [
    # told through softeners (blind set 43): "sort of", "kind of", "I guess", "or something"
    ("my bladder's sort of just let go, I guess, I don't know what's happening", Verdict.REPORT),
    ("my bladder has let go", Verdict.REPORT),
    ("I'm sort of wetting myself", Verdict.REPORT),
    ("my bladder went fine this morning", Verdict.NONE),
    ("it feels sort of like I've been hit by a truck", Verdict.NONE),
    ("no, I'm not sort of numb or anything", Verdict.NEGATED),
    ("what sort of numbness would be serious", Verdict.ASKING),
])
def test_signs_told_through_softeners(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # "let's", "what's left" and "note that I've" as en-gb heard them (blind set 43): no one
    # slips on a timer or a tablet
    ("what's slipped on the heat", Verdict.NONE),
    ("note i slipped on some paracetamol", Verdict.NONE),
    ("slipped over the stop timer for ten minutes ago", Verdict.NONE),
    ("I slipped on the ice", Verdict.REPORT),
    ("slipped on the rug and hurt my back", Verdict.REPORT),
    ("I slipped on the stairs and now my legs are numb", Verdict.REPORT),
])
def test_what_no_one_slips_on_is_no_fall(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_call_for_help_with_a_nine_lost_is_still_one() -> None:
    """"call nine nine nine, I've fallen" as piper heard it in babble (blind set 43)."""
    assert assess("call nine nine i buy for that for my back", Normalizer()).flag == "ambulance"
    assert verdict("ice for nine nine minutes") is Verdict.NONE


@pytest.mark.parametrize(("text", "expected"), [
    # not going, told with the toilet beside it (blind set 44)
    ("I went to the toilet and I couldn't go", Verdict.REPORT),
    ("i sat on the loo and couldn't go", Verdict.REPORT),
    ("I couldn't go to the loo on my own", Verdict.NONE),
    ("I couldn't go back to sleep after the toilet", Verdict.NONE),
    ("what if I sat on the toilet and couldn't go", Verdict.ASKING),
])
def test_not_going_at_the_toilet(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize("heard", [
    # as en-gb heard blind set 44: "haven't been able to", "rear-ended"
    "i can't being able to pass water since breakfast",
    "someone real ended my car on the way home",
])
def test_red_flags_as_misheard(heard: str) -> None:
    assert verdict(heard) is Verdict.REPORT


@pytest.mark.parametrize(("text", "expected"), [
    # legs that will not bear weight, told of another (set 41's carer, whom only the old
    # classifier had caught)
    ("we can't get his legs to hold him, they just buckle", Verdict.REPORT),
    ("my legs just buckle", Verdict.REPORT),
    ("I can't get my legs to stretch that far", Verdict.NONE),
    ("if my legs buckle should I call someone", Verdict.ASKING),
])
def test_legs_that_buckle_or_will_not_hold(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize("text", [
    # red flags the router had caught only by its classifier's likeness (sets 25, 31, 34, 38
    # and 44), which a retrain may lose: triage reports them itself
    "I've lost control of my waterworks",
    "ha, can't even feel my feet now, typical",
    "come on, leg, move... my right leg just won't lift",
    "leg won't move. properly. scared.",
    "bowels. went. couldn't stop.",
    "my bladder's, I can't control my",
])
def test_red_flags_told_short_or_in_other_words(text: str) -> None:
    assert verdict(text) is Verdict.REPORT


def test_what_is_not_stopped_or_felt_there_is_no_red_flag() -> None:
    assert verdict("I need a wee but I can't stop the stretches") is Verdict.NONE
    assert verdict("i can't even feel the ice") is Verdict.NONE


@pytest.mark.parametrize(("text", "expected"), [
    ("I've lost the feeling in my legs", Verdict.REPORT),
    ("the groin, I've lost the feeling there, is that bad?", Verdict.REPORT),
    ("I've lost the feeling of being in control of my life", Verdict.NONE),
    ("I've had a bit of an accident down below and I honestly didn't feel it happen",
     Verdict.REPORT),
    ("fell. stairs. back.", Verdict.REPORT),
    ("fell asleep on the floor", Verdict.NONE),
    # set 33's fall, a red flag the router had missed altogether
    ("I went down the stairs like a sack of potatoes and now my back's screaming",
     Verdict.REPORT),
])
def test_feeling_lost_an_accident_below_and_falls_told_short(text: str,
                                                             expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # an injury long past is history, not the fresh trauma that makes back pain urgent
    ("I had a fall years ago, should I use heat", Verdict.NONE),
    ("I came off my bike as a kid and my back has never been right", Verdict.NONE),
    ("years ago I was in a car crash, what stretches are safe", Verdict.NONE),
    ("my dad fell off a ladder last year, so I'm careful, what can I take", Verdict.NONE),
    # a recent one is still trauma, and a sign now is still a sign
    ("I fell off a ladder two days ago", Verdict.REPORT),
    ("I fell down the stairs last night", Verdict.REPORT),
    ("I fell off a ladder years ago and now my legs are numb", Verdict.REPORT),
])
def test_an_injury_long_past_is_history(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # what happened, told after a supposition with "I've only", "I've just"
    ("would it matter if I missed the GP, I've only wet myself the once", Verdict.REPORT),
    ("does it count if i miss it i have only peed myself a bit", Verdict.REPORT),
    ("if I've wet myself should I go to hospital", Verdict.ASKING),
    ("i'm so worried if i think i've lost feeling down below", Verdict.REPORT),
    ("if I lost feeling down below would that be serious", Verdict.ASKING),
    # what one would rather not do denies nothing told after it (heard without its "I was")
    ("i would rather not make a fuss hit by a car on the way home", Verdict.REPORT),
])
def test_told_after_a_supposition_or_a_preference(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # "and now" heard as "I don't": a clause cut short denies nothing after it, however far
    # back the sentence began
    ("right, I don't my foot's gone numb and I can't lift it", Verdict.REPORT),
    ("i cannot my pee anymore it just come out alone", Verdict.REPORT),
    ("no, my legs are not numb", Verdict.NEGATED),
])
def test_a_clause_cut_short_far_into_a_sentence(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign "never" had before, then told as happening now
    ("I've had back spasms for years but I've never wet myself before and I just did",
     Verdict.REPORT),
    ("I've never wet myself in my life till today", Verdict.REPORT),
    ("I never wet myself, I just bent down", Verdict.NEGATED),
    # a sign asked about in general, then told as one's own
    ("is it true it's serious if you can't hold your wee? because I can't right now",
     Verdict.REPORT),
    ("is it true tingling down the leg is serious, I've got it right now", Verdict.REPORT),
    ("is it serious if you can't hold your wee, asking for a friend", Verdict.NONE),
    # a sign told of an episode long past that went away is history; back again, it is not
    ("a while back my leg went numb for an afternoon, it sorted itself out, which stretches can I"
     " safely do now", Verdict.NEGATED),
    ("two years ago I couldn't feel my foot for a day and it went away, should I mention that to"
     " a doctor", Verdict.NEGATED),
    ("a while back my leg went numb and it went away but now it's numb again", Verdict.REPORT),
    ("my leg went numb an hour ago and it went away", Verdict.REPORT),
    # ... told with the time after it; but a resolution denied is none ("it never went away")
    ("I had numb legs years ago after an operation but that's long gone", Verdict.NEGATED),
    ("a while back my leg went numb and it never went away", Verdict.REPORT),
    ("years ago my leg went numb and it hasn't got better", Verdict.REPORT),
    ("a few weeks ago my feet started tingling and it never settled down", Verdict.REPORT),
    # a foot asleep from kneeling is no red flag (the everyday cause, told; blind sets 56, 57
    # and 59 filed it so); still asleep, it is one
    ("my foot went to sleep from kneeling but it woke up fine", Verdict.NEGATED),
    ("my foot went to sleep from kneeling", Verdict.NEGATED),
    ("my foot's gone to sleep from sitting on it and it won't wake up", Verdict.REPORT),
    ("my foot went to sleep this morning but it woke up", Verdict.REPORT),
    # shivers from the ice pack or the cold floor are the cold's
    ("I'm a bit shivery from the ice pack, is that normal", Verdict.NONE),
    ("shivering from lying on the cold kitchen floor", Verdict.NONE),
    ("I've got the shivers from this fever", Verdict.REPORT),
    ("I've got chills and my back hurts", Verdict.REPORT),
    ("I'm shivering with a cold and my back hurts", Verdict.REPORT),  # a cold may be a fever
    # "once" and "last time" may be today
    ("once I stood up my leg went numb and then it went away", Verdict.REPORT),
    ("the last time I tried to walk my legs gave way, it passed", Verdict.REPORT),
    # the urge unfelt, a foot that flops, the place one sits on
    ("same as my last bad episode except now I can't tell when I need a poo", Verdict.REPORT),
    ("why would my foot be flopping when I walk? it just started", Verdict.REPORT),
    ("the area I sit on has gone numb", Verdict.REPORT),
    # as heard: the joining word lost, the sign's word misheard, the question's answer clipped
    ("i've never wet myself before can i just did", Verdict.REPORT),
    ("is it serious if he can't hold your we because i can't right now", Verdict.REPORT),
    ("is numbness around the back passage a bad sign because that one i've got",
     Verdict.REPORT),
    # a "not" of a clause before, heard without the "and" that ends it
    ("my husband says it's nothing but mine won't stop my leg is weak", Verdict.REPORT),
    ("I don't think my leg is weak", Verdict.NEGATED),
    ("it's not that my leg is weak", Verdict.NEGATED),
    ("I don't believe my leg is weak", Verdict.NEGATED),
    # a "not to" is the next verb's, heard without the comma after it; "not to the" denies
    ("i'm trying not to panic a horse threw me and i landed on my lower back", Verdict.REPORT),
    ("i'm trying not too panic a horse threw me", Verdict.REPORT),
    ("I was told not to move, my legs are numb", Verdict.REPORT),
    ("I'm trying not to fall", Verdict.NEGATED),
    # the negating word itself before a red-flag place with its own verb ("police" for
    # "please", as piper's speech was heard)
    ("police say it's nothing my groin feels all pins and needles", Verdict.REPORT),
    ("nothing, my legs are fine", Verdict.NEGATED),
    # landed on the lower back, the fall itself misheard
    ("i'm trying knock to panic horse rugby and landed on my lower back", Verdict.REPORT),
    # a foot that flopped; "no use" denies nothing after it
    ("getting out of bed this morning my left foot just flopped, I can't lift it",
     Verdict.REPORT),
    ("you're no use my legs going numb and i'm frightened", Verdict.REPORT),
    ("no, my legs aren't going numb", Verdict.NEGATED),
    # as piper's speech of blind set 53 was heard: the seat unfelt, "to" unheard, sweats
    # with a temperature
    ("what ice have on the loo this morning i couldn't feel the seat under me", Verdict.REPORT),
    ("i haven't been able pass water for today hours now", Verdict.REPORT),
    ("I'm able to pass water fine", Verdict.NONE),
    ("a walk help will want drenched in sweat temperature and this back pain", Verdict.REPORT),
    ("I woke up drenched in sweat from the heat pad", Verdict.NONE),
    # blind set 54: retention told as waterworks that will not get going, the urge unfelt told
    # with "if", what one stood on collapsing; sweats under the heat pack, a trip with no fall
    ("I'm a plumber, funnily enough, and I can't get my own waterworks going", Verdict.REPORT),
    ("I can't tell if I need the loo any more, the feeling's just gone", Verdict.REPORT),
    ("the grandkids' trampoline collapsed under me and my back's been screaming since",
     Verdict.REPORT),
    ("I'm all clammy and sweaty under the heat pack, is that too hot", Verdict.NONE),
    ("I'm hot and clammy and shivering", Verdict.REPORT),
    ("I tripped over the dog last week but stayed upright", Verdict.NEGATED),
    ("I tripped over the dog and fell", Verdict.REPORT),
    # a near fall is no fall, unless something was hit; a leg that nearly gave way is weak
    ("I nearly slipped but caught myself", Verdict.NEGATED),
    ("I almost fell down the stairs", Verdict.NEGATED),
    ("I nearly fell and hit my head", Verdict.REPORT),
    ("I'm pretty sure I almost certainly fell on the stairs", Verdict.REPORT),
    ("my leg nearly gave way", Verdict.REPORT),
    ("my whole groin isn't numb", Verdict.NEGATED),
    # asleep heard without its "a" is no fall
    ("i fell sleep on a heating pad last year", Verdict.NONE),
])
def test_signs_told_against_the_past(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # told coyly (blind set 50)
    ("sorry, this is mortifying, I've done a number two in my pants without knowing",
     Verdict.REPORT),
    ("I can't tell when I need to spend a penny any more", Verdict.REPORT),
    ("my waterworks have stopped, I've been trying for hours", Verdict.REPORT),
    ("when i wiped just now i couldn't a thing down below", Verdict.REPORT),  # [feel] lost
    ("I've done a poo in the toilet, log that", Verdict.NONE),
    ("my waterworks are fine", Verdict.NEGATED),
])
def test_signs_told_coyly(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one can no longer do (blind set 55)
    ("I can't tell when my bladder's full any more, I only noticed because the sheet was wet",
     Verdict.REPORT),
    ("I can't get a wee started at all, I've been sat on the toilet straining for ages",
     Verdict.REPORT),
    ("I tried to stand on my tiptoes and my right leg just won't do it", Verdict.REPORT),
    ("I can't push up onto my toes on the left any more", Verdict.REPORT),
    ("I can't walk on my heels", Verdict.REPORT),
    ("I can't get up since I tumbled down the last few stairs", Verdict.REPORT),
    ("sorry to be a bother, but I went over on the patio and now I can't move", Verdict.REPORT),
    # ... and what pain alone stops
    ("I can't stand on my tiptoes for long because of the pain in my back", Verdict.NONE),
    ("I can't walk in heels at the moment", Verdict.NONE),
    ("I can't bend down to put my socks on", Verdict.NONE),
])
def test_red_flags_told_by_what_one_cannot_do(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbing is what is done to the pain: relief, not numbness
    ("I want something to numb the pain", Verdict.NONE),
    ("would you mind numbing my pain as a five", Verdict.NONE),  # piper's "noting"
    ("the painkillers have numbed it a bit", Verdict.NONE),
    ("it's gone numb, it is awful", Verdict.REPORT),
    ("the ice numbed the pain but my legs are numb too", Verdict.REPORT),
    # shivers from the ice pack, "from" heard as "for"
    ("I'm all shivery for this ice pack, should there be a towel", Verdict.NONE),
    ("I've had the shivers for the last two days", Verdict.REPORT),
])
def test_numbing_the_pain_and_shivers_from_the_ice(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # piper hears "pee" after "I can't" for "be", "do" or nothing (blind set 55)
    ("i can't pee even pick up my toddler how long until i can do that again", Verdict.NONE),
    ("i can't pee any more of those move on to the next one", Verdict.NONE),
    ("i can't pee trust them if it goes off so set the heat timer", Verdict.NONE),
    # ... but what goes on about peeing is a report
    ("I can't pee even when I try", Verdict.REPORT),
    ("i can't pee even i really need to", Verdict.REPORT),
    ("I can't pee any more", Verdict.REPORT),
    ("will you listen, I can't pee, I've been trying for ages", Verdict.REPORT),
])
def test_pee_heard_after_cannot(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "can't" heard as "can", where "at all" says it was one (piper, blind set 55)
    ("i can get wee started at all i've been sat on the toilet for ages", Verdict.REPORT),
    ("i can't tell my bladder's full any more", Verdict.REPORT),
    ("I can only sleep at all if I lie on my side", Verdict.NONE),
    ("I can hardly feel the ice at all", Verdict.NONE),
])
def test_a_cannot_heard_as_can(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign told as what happens to people, then as the speaker's own (blind set 56)
    ("you should be able to feel the toilet paper when you wipe, shouldn't you? I can't",
     Verdict.REPORT),
    ("your inner thighs aren't supposed to feel like cardboard, are they? mine do, both sides",
     Verdict.REPORT),
    ("you'd expect your legs to hold you up, wouldn't you? mine just folded when I got up",
     Verdict.REPORT),
    ("you never think you'll fall in your own bathroom, but I just did", Verdict.REPORT),
    ("you'd think you'd notice wetting yourself, but I just have", Verdict.REPORT),
    ("you'd think you'd notice getting better, but I just have", Verdict.NONE),
    # ... not when the speaker's own is ordinary, or the norm is no sign
    ("you're supposed to feel the stretch in the back of your leg, aren't you? I don't",
     Verdict.NONE),
    ("you should feel the ice working after ten minutes, right? I don't", Verdict.NONE),
    ("you'd expect your legs to be stiff after lying here, mine are fine", Verdict.NONE),
    ("you never think you'll slip on the stairs, but I nearly did", Verdict.NONE),
])
def test_a_sign_told_of_people_then_as_ones_own(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags told with how they have behaved (blind set 56)
    ("you're meant to feel it when you need a wee, aren't you? I didn't, and now the bed's wet",
     Verdict.REPORT),
    ("it's getting harder and harder to hold my bowels", Verdict.REPORT),
    ("normally I'd feel the shower water down there, but just now I felt nothing at all",
     Verdict.REPORT),
    ("both of my feet went dead and they won't wake up", Verdict.REPORT),
    ("you're supposed to warm up under a duvet, and I'm shaking under two of them",
     Verdict.REPORT),
    # ... and what is not one
    ("the bed is wet from the ice pack", Verdict.NONE),
    ("I felt nothing from the ibuprofen", Verdict.NONE),
    ("I can't feel the stretch in my leg", Verdict.NONE),
    ("the dog's had an accident by the back door", Verdict.NONE),
    ("my foot went tingly once, years ago, and never since", Verdict.NEGATED),
    ("my leg went numb, years ago, and it never went away", Verdict.REPORT),
])
def test_red_flags_with_a_time_course(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_habit_of_fevers_is_no_fever_now() -> None:
    assert verdict("I always get a temperature when I'm run down, would a fever on top of this "
                   "mean I need the GP") is Verdict.ASKING


@pytest.mark.parametrize(("text", "expected"), [
    # hedged and unsure red flags (blind set 57)
    ("this'll sound odd, but I'm not sure I actually felt the wee come out just now",
     Verdict.REPORT),
    ("I've just wet through my joggers and I honestly didn't feel it happen", Verdict.REPORT),
    ("I sort of slid down the last few stairs, not sure it counts as a fall", Verdict.REPORT),
    ("I've just gone head over heels on the wet patio", Verdict.REPORT),
    ("some idiot went into the back of my Corsa this morning", Verdict.REPORT),
    ("I'm not sure if I blacked out or just tripped, but I'm on the kitchen floor",
     Verdict.REPORT),
    # ... and what is none
    ("I'm only shivering because the bathroom's like a fridge", Verdict.NONE),
    ("I keep shivering because I'm so cold", Verdict.REPORT),
    ("I didn't feel it happen, the spasm just came", Verdict.NONE),
    ("I passed out on the sofa after dinner", Verdict.NONE),
    ("some bloke bumped into me in the queue", Verdict.NONE),
])
def test_hedged_and_unsure_red_flags(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags with a word not found (blind set 58)
    ("my leg's gone all whatsit, floppy, I can't lift it", Verdict.REPORT),
    ("I went down the stair thingies, fell right on my back, and now it's agony", Verdict.REPORT),
    # shivers a cold thing explains, said in the next clause
    ("start a quarter of an hour on the ice, I'm shivering a bit but that's just the frozen peas",
     Verdict.NEGATED),
    ("I've got the shivers, but it's just the cold floor", Verdict.NEGATED),
    ("I'm shivering and it is not the cold floor", Verdict.REPORT),
    ("I'm shivering and I don't think it is the ice", Verdict.REPORT),
    ("I have a fever and shivers, but it is the ice", Verdict.REPORT),
    # a leg asleep from posture, waking as one speaks
    ("my leg's a bit pins and needles from sitting on it, it's passing", Verdict.NEGATED),
    ("my leg went dead because I was lying on it funny, it's come back now", Verdict.NEGATED),
    ("my foot's gone to sleep sitting cross legged, it's fine now", Verdict.NEGATED),
    ("my foot went numb from sitting on it and it's not passing", Verdict.REPORT),
    ("my foot went numb from sitting on it and it has not come back", Verdict.REPORT),
    ("my foot went numb from sitting on it, it went away, but it's come back", Verdict.REPORT),
    # gone dead from how one lay is a foot asleep (blind sets 56, 88, 90 and 92 file it so),
    # unless it stays so
    ("my leg went dead because I was lying on it", Verdict.NEGATED),
    ("my leg went dead because I was lying on it and it's still dead hours later", Verdict.REPORT),
])
def test_placeholders_cold_things_and_posture_said_after(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags told by comparison (blind set 59)
    ("my bladder's leaking and it never does that, even after three babies it was fine",
     Verdict.REPORT),
    ("one side of my bottom feels normal and the other's gone completely numb", Verdict.REPORT),
    ("the skin between my legs feels duller than it did at lunchtime", Verdict.REPORT),
    ("when I wipe it feels different from normal, like it's someone else's bottom",
     Verdict.REPORT),
    ("I can feel less down there than I could this morning", Verdict.REPORT),
    ("I got knocked flat by a dog about twenty minutes ago and my spine hurts badly",
     Verdict.REPORT),
    ("I rolled off the bed onto the floor and my back's much worse", Verdict.REPORT),
    # ... and what is none
    ("I rolled off the bed onto my knees like the physio said", Verdict.NONE),
    ("this spasm knocked me flat", Verdict.NONE),
    ("I got knocked flat by the pain", Verdict.NONE),
    ("I'm shivering because the bathroom's freezing", Verdict.NONE),
    ("I'm shivering because I'm freezing", Verdict.REPORT),
    ("my foot went to sleep from sitting cross-legged, is it okay to walk around now",
     Verdict.NEGATED),
    ("my foot went to sleep from kneeling and it still hasn't woken up", Verdict.REPORT),
    ("no, down below feels exactly the same as always", Verdict.NEGATED),
    ("my groin feels the same as this morning, numb", Verdict.REPORT),
])
def test_red_flags_told_by_comparison(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_wet_and_not_felt_is_a_report_through_a_garbled_hearing() -> None:
    # blind set 57's sentence as piper was heard in pink noise
    assert verdict("i've just wet my timer daughter's and i honestly didn't feel it happen") \
        is Verdict.REPORT
    assert verdict("I've just wet my flannel for the ice pack") is Verdict.NONE


@pytest.mark.parametrize(("text", "expected"), [
    # red flags told through what the speaker did about them (blind set 60)
    ("I've been sat on the toilet for ages and not a drop has come out, and I'm bursting",
     Verdict.REPORT),
    ("I poked the tops of my inner thighs up by the groin and it's like they belong to someone "
     "else", Verdict.REPORT),
    ("my groin's gone dead, is it numb or tingly, I can't even tell which", Verdict.REPORT),
    ("my back's gone and now my left leg won't take my weight", Verdict.REPORT),
    ("I've had to drag my leg behind me to get to the bathroom, it just won't lift",
     Verdict.REPORT),
    ("there's no strength in that leg at all", Verdict.REPORT),
    ("I've been taking my jumper off and putting it back on all morning, hot then freezing",
     Verdict.REPORT),
    # ... and what is none
    ("my leg won't take me far", Verdict.NONE),
    ("I've been kneeling so long my foot's gone to sleep, what's a better position to be in?",
     Verdict.NEGATED),
    ("I've been kneeling and my foot's gone to sleep and it still won't wake up", Verdict.REPORT),
    ("no chills, I'm only shivery because I've had the ice on", Verdict.NEGATED),
    ("I'm shivering because I have got a cold", Verdict.REPORT),
])
def test_red_flags_told_through_what_was_done_about_them(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # legs said to be better are well, as "fine" is (they had been an emergency at a guess)
    ("my legs feel better", Verdict.NEGATED),
    ("my legs feel a lot better today", Verdict.NEGATED),
    ("I can feel less pain in my legs", Verdict.NEGATED),
    ("my legs feel better but still numb", Verdict.REPORT),
    ("my legs are not better, they're numb", Verdict.REPORT),
    ("I'm not sure but my right leg feels kind of, is that normal", Verdict.NONE),
])
def test_legs_said_to_be_better(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags anchored to an everyday event (blind set 61)
    ("I took my temperature after lunch and it was high, and my lower back's really bad",
     Verdict.REPORT),
    ("my teeth are chattering, cold sweats, and the back pain's worse than ever", Verdict.REPORT),
    ("a big dog knocked me flying on the walk earlier and my back's been dead painful since",
     Verdict.REPORT),
    # ... and what is none
    ("my teeth are chattering from the ice pack", Verdict.NONE),
    ("this spasm knocked me down", Verdict.NONE),
    ("bye for now thank you for knocked me down", Verdict.NONE),  # piper in babble
    ("after my shower my feet went tingly for a second from the hot water, it's gone now",
     Verdict.NEGATED),
    ("my feet went tingly for a second and it's still there", Verdict.REPORT),
    ("my feet went tingly for a second, it went away, but now it's back again", Verdict.REPORT),
])
def test_red_flags_anchored_to_an_everyday_event(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags played down (blind set 62)
    ("I dunno what's happening, I can't stop myself weeing, it just comes out", Verdict.REPORT),
    ("I can't stop peeing", Verdict.REPORT),
    ("don't want to overreact, but I'm running hot and my lower back is really bad",
     Verdict.REPORT),
    ("feel a bit fluey, hot then cold, and the back pain's really sharp, probably nothing",
     Verdict.REPORT),
    ("feels like I've got the flu, and my back is agony", Verdict.REPORT),
    ("it was just a small bump in the car, but my back's been awful since", Verdict.REPORT),
    # ... and what is none
    ("I'm running hot from the heat pad", Verdict.NONE),
    ("the heat pad is running hot", Verdict.NONE),
    ("should I do hot then cold", Verdict.NONE),
    ("I had flu last month", Verdict.NONE),
    ("I can't stop laughing", Verdict.NONE),
    ("there's a bump on my back", Verdict.NONE),
    ("I don't feel fluey", Verdict.NEGATED),
    # a foot gone to sleep that woke needs no time long past
    ("no, I don't think so, my foot went to sleep earlier but it's fine now", Verdict.NEGATED),
    ("my foot went to sleep and it's still not woken up", Verdict.REPORT),
    ("my foot went to sleep and never woke up", Verdict.REPORT),
    ("my leg went numb earlier but it's fine now", Verdict.REPORT),
])
def test_red_flags_played_down(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags told as a progression (blind set 63)
    ("my temperature's been climbing all afternoon and the back pain is getting worse with it",
     Verdict.REPORT),
    ("my temperature's up and down", Verdict.REPORT),
    ("the bath temperature is going up", Verdict.NONE),
    # a tingle put down to the cold pack that is passing is no report; one that stays or
    # returns is
    ("no, that tingly feeling has gone away, it was only the cold pack", Verdict.NEGATED),
    ("the tingling's fading now, it was from the ice", Verdict.NEGATED),
    ("the tingling has gone away now", Verdict.REPORT),
    ("my leg went tingly from the cold pack, it went away but it's come back again",
     Verdict.REPORT),
    # "if that I ..." supposes nothing (piper's "it's that I" in quiet)
    ("it's not my back i'm worried about if that i can't feel my private parts", Verdict.REPORT),
    ("I can't stop meself weeing", Verdict.REPORT),
])
def test_red_flags_told_as_a_progression(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags named by a specific body part, situation first (blind set 64)
    ("I tried the bottle the nurse left me. Not a drop, and I'm desperate to go.",
     Verdict.REPORT),
    ("I've leaked from my back passage and didn't feel a thing", Verdict.REPORT),
    ("went flat on my backside on the wet decking and my lower back hurts like mad",
     Verdict.REPORT),
    ("my temperature's been climb all afternoon", Verdict.REPORT),  # piper, quiet
    ("probably for my back passage and didn't feel a thing", Verdict.REPORT),  # piper, quiet
    ("I don't feel anything when I wipe", Verdict.REPORT),
    ("I don't feel any pain in my legs", Verdict.NEGATED),
    ("I don't feel any pain in my legs, they're numb", Verdict.REPORT),
    # ... and what is none
    ("not a drop of rain today", Verdict.NONE),
    ("I went flat on my back on the floor to do the stretch", Verdict.NONE),
    ("The window's been open and the room's cold, so I'm shivering a bit. Would a warm bath help?",
     Verdict.NEGATED),
    ("I'm shivering so I think I've got a fever", Verdict.REPORT),
    ("my foot went to sleep tucked under me and it's fizzing back to life now. How do I get up "
     "safely?", Verdict.NEGATED),
    ("my foot went to sleep tucked under me and it still won't wake up", Verdict.REPORT),
])
def test_red_flags_named_by_a_body_part(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags in an older speaker's words (blind set 65) and ones that keep happening (66)
    ("something's wrong with my waterworks, I've been trying to pass water for half an hour and "
     "nothing comes", Verdict.REPORT),
    ("my temperature's been up since lunchtime-ish and my back is killing me", Verdict.REPORT),
    ("I came over all faint and went down on the kitchen lino, and now my back's in agony",
     Verdict.REPORT),
    ("I keeled over in the kitchen and my back's agony", Verdict.REPORT),
    ("I went over in the bath and cracked my back on the side, it hurts terribly", Verdict.REPORT),
    ("every time I sit on the loo it feels like someone else's bum", Verdict.REPORT),
    ("my legs have turned to jelly and not in a romantic way, they just won't hold me",
     Verdict.REPORT),
    ("I keep falling when I try to get up, I've gone over three times", Verdict.REPORT),
    # ... and what is none
    ("the temperature's up in here", Verdict.NONE),
    ("I cracked my back stretching", Verdict.NONE),
    ("I keep falling asleep, how long's left on the heat?", Verdict.NONE),
    ("my foot keeps going to sleep when I'm curled on my side, how else can I lie?",
     Verdict.NEGATED),
    ("my foot keeps going to sleep and it stays numb for hours", Verdict.REPORT),
])
def test_red_flags_in_older_words_and_ones_that_keep_happening(text: str,
                                                               expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("said", "canonical"), [
    # relaxed contractions and slang spelt as said (blind set 62)
    ("lemme know", "let me know"),
    ("dunno if I'm s'posed to lie flat", "do not know if i am supposed to lie flat"),
    ("what can ya do", "what can you do"),
    ("I can't stop meself", "i can not stop myself"),
])
def test_relaxed_speech_spelt_out(said: str, canonical: str) -> None:
    assert Normalizer()(said) == canonical


@pytest.mark.parametrize(("text", "expected"), [
    # red flags with a plea or a call for someone (blind set 67, run on the final code)
    ("fetch my husband, I've lost all the feeling down below", Verdict.REPORT),
    ("my right leg's given way three times today when I tried to stand", Verdict.REPORT),
    ("I've been hot and cold on and off all day with this back pain", Verdict.REPORT),
    ("fell off the ladder and my back's agony", Verdict.REPORT),
    ("my husband fell off the ladder", Verdict.REPORT),
    # a thing that fell is no fall ("the ice pack fell off" had been an emergency)
    ("the ice pack fell off", Verdict.NONE),
    ("the heat pad fell off my back", Verdict.NONE),
    ("it has fallen off", Verdict.NONE),
    # "they" just after a thing is the thing, not a person ("they fell" had been "i fell")
    ("help me find my glasses, they fell off the sofa", Verdict.NONE),
    ("my mum and dad, they fell down the stairs", Verdict.REPORT),
    ("they fell off the sofa", Verdict.REPORT),
    ("I can't find her, she fell", Verdict.REPORT),
])
def test_red_flags_with_a_call_and_things_that_fell(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags reported by a carer, told as an afterthought or in plain words (blind sets 68-70)
    ("the GP said to ring if she lost control of her bladder, and she just has", Verdict.REPORT),
    ("she's desperate to pee but her bladder just won't empty", Verdict.REPORT),
    ("I read that numbness in your private area is serious, and my husband's got exactly that "
     "right now", Verdict.REPORT),
    ("the GP said a temperature with back pain is serious, and my mum's thermometer says she's "
     "got one", Verdict.REPORT),
    ("my mum's just fallen in the bath and hurt her back", Verdict.REPORT),
    ("I try to go toilet but no pee comes out, long time now", Verdict.REPORT),
    ("the thermometer says I'm really hot, and my back's agony", Verdict.REPORT),
    ("I keep going hot and cold and my back is worse and worse", Verdict.REPORT),
    ("hot then cold, shaking, my back very painful since the morning", Verdict.REPORT),
    ("hot then cold shaking my back very painful since morning", Verdict.REPORT),
    ("a car hit my car from behind and my back hurts a lot now", Verdict.REPORT),
    ("I fall from the chair and hit my back on the table", Verdict.REPORT),
    ("I tripped and fell, but I'm fine", Verdict.REPORT),
    ("I tripped over the dog and hurt my back, but I'm fine", Verdict.REPORT),
    ("numbness down there? yes, loads", Verdict.REPORT),
    ("tingling in both legs, what do I do", Verdict.REPORT),
    ("my back is killing me, tingling too, is that serious?", Verdict.REPORT),
    # ... and what is none (each had been an emergency)
    ("he's only shivering because I left the back door open, so is it still ice or heat?",
     Verdict.NONE),
    ("I tripped over the cat fetching the ice, I'm fine, but how often can he have it on?",
     Verdict.NEGATED),
    ("which is more serious, tingling in the feet or a temperature with back pain",
     Verdict.ASKING),
    ("fever with back pain, when should that worry me?", Verdict.ASKING),
    ("tingling in the feet, which kind means go to the doctor?", Verdict.ASKING),
    ("any other treatments, by the way my TENS pads give me a tingle, which they're meant to",
     Verdict.NEGATED),
    ("no, my feet feel no different from usual", Verdict.NEGATED),
    ("numbness down there? no, none at all", Verdict.NEGATED),
    ("I always fall asleep on the sofa", Verdict.NONE),
])
def test_red_flags_from_carers_afterthoughts_and_plain_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # red flags in American or clinical words, and said with doubt (blind sets 71 and 72)
    ("I really gotta pee but I can't get a single drop out", Verdict.REPORT),
    ("my bladder's full and I can't empty it, I've been sitting on the toilet forever",
     Verdict.REPORT),
    ("when I wiped just now I couldn't feel it back there at all", Verdict.REPORT),
    ("I'm not sure, but I don't think I can control my bladder any more", Verdict.REPORT),
    ("I don't think I can feel my legs", Verdict.REPORT),
    ("if I touch between my legs I can barely feel it", Verdict.REPORT),
    ("if falling off a ladder counts, I did that earlier and now my back's gone", Verdict.REPORT),
    ("does this thing understand pins and needles? both feet have had them for an hour",
     Verdict.REPORT),
    ("in case you need to know, the skin round my back passage feels dead", Verdict.REPORT),
    ("my crotch is asleep and won't wake up", Verdict.REPORT),
    ("I had a fever last week and I still have it", Verdict.REPORT),
    ("I've had a fever since last week", Verdict.REPORT),
    ("my dad can't pass waiter, he's been trying since he woke up", Verdict.REPORT),
    # owned by "round my calf" after it (an en-gb transcript of blind set 65, in pink noise)
    ("since about seat i messed the knot pins and needles feeling round my calf cause it",
     Verdict.REPORT),
    # ... and what is none
    ("I had a fever last month and took Tylenol for it, is it okay to take it now",
     Verdict.NEGATED),
    ("the bathwater went cold and gave me the chills, how warm should a bath be",
     Verdict.NEGATED),
    ("I might need a pillow between my knees to sleep, does that help", Verdict.NONE),
    ("no, the only thing was pins and needles in my foot from sitting on it, and that's gone",
     Verdict.NEGATED),
    ("numbness... which... which sort means hospital", Verdict.ASKING),
    ("if I found I couldn't lift my foot properly, would that mean A and E", Verdict.ASKING),
    ("if I lose feeling in my legs, what do I do", Verdict.NONE),
])
def test_red_flags_in_american_words_and_said_with_doubt(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "denied"), [
    # a sign explained by its cause denies nothing; a sign two patterns match is denied once
    ("that film gave me the chills", 0),
    ("my TENS pads give me a tingle, which they're meant to", 0),
    ("I nearly slipped on the ice", 1),
    ("no numbness, no tingling, I'm just stiff", 2),
])
def test_signs_denied_are_counted_once_and_explained_ones_not(text: str, denied: int) -> None:
    got = assess(text, Normalizer())
    assert got.verdict is Verdict.NEGATED
    assert got.denied == denied


@pytest.mark.parametrize(("text", "expected"), [
    # red flags in pictures, at night, beside good news, with numbers, said impersonally
    # (blind sets 73-77)
    ("it's like my bladder's got a mind of its own, it just let go", Verdict.REPORT),
    ("my bowels have a mind of their own", Verdict.REPORT),
    ("a taxi bumped into my car this morning and now my back is real bad", Verdict.REPORT),
    ("I went down the whole staircase on my backside", Verdict.REPORT),
    ("I hit the icy path like a sack of potatoes", Verdict.REPORT),
    ("hit the kitchen floor hard and my back's gone", Verdict.REPORT),
    ("the saddle area feels like it's been frozen at the dentist", Verdict.REPORT),
    ("I just fell getting out of the bath and now it's much worse", Verdict.REPORT),
    ("I can't make myself wee even though I'm bursting", Verdict.REPORT),
    ("I woke up in a wet bed and had no idea it had happened", Verdict.REPORT),
    ("I can't even lift my foot properly now, it just flops", Verdict.REPORT),
    ("a fall on the stairs this morning and now I can't move for the pain", Verdict.REPORT),
    ("knocked off my feet by the dog an hour ago", Verdict.REPORT),
    ("the numbness I had is back", Verdict.REPORT),
    # (not "this back": piper's "i've barely slept last night numb right ... with this back")
    ("barely slept last night numb right how do I get some sleep with this back", Verdict.NONE),
    # woken once is how many spasms start; woken as a habit is night pain
    ("it woke me at two this morning, that's when it started", Verdict.NONE),
    ("it wakes me at three every night", Verdict.REPORT),
    ("the numbness I had in my toes has completely gone but now it's back", Verdict.REPORT),
    ("the numbness I had down below has completely gone", Verdict.REPORT),
    ("the numbness I had has gone down into my foot", Verdict.REPORT),
    ("I'm, like, wetting myself", Verdict.REPORT),
    # ... and what is none
    ("my foot went dead in the night from lying on it, but it's fine now", Verdict.NEGATED),
    ("my foot's been asleep for ten minutes from kneeling, it's back now", Verdict.NEGATED),
    ("I'm shivering a bit 'cause the ice pack keeps dripping down my side", Verdict.NONE),
    ("the numbness I had in my toes has completely gone and the back's easier", Verdict.NEGATED),
    ("the pins and needles in my foot are totally gone", Verdict.NEGATED),
    ("if I started, like, wetting myself, would that be an A and E thing?", Verdict.ASKING),
    ("say I slipped in the shower, would that need an X-ray? I haven't, just asking",
     Verdict.ASKING),
    ("would numbness round my bottom be a reason to call an ambulance", Verdict.ASKING),
    ("the ice pack hit the floor", Verdict.NONE),
    # (piper's "quarterback took a hard hit" in pink noise, once "hit the floor" was in the
    # recognisers' sentences)
    ("the quarterback took a hard hit the floor or warm", Verdict.NONE),
    ("slipped and hit the floor", Verdict.REPORT),
    ("I'm worried about a fall on the ice when I go out", Verdict.NONE),
])
def test_red_flags_in_pictures_at_night_and_said_impersonally(text: str,
                                                              expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "said"), [
    # "because" clipped, known by its apostrophe; "cause" alone is a noun as well
    ("I'm shivering 'cause the ice pack's dripping",
     "i am shivering because the ice pack is dripping"),
    ("it hurts cos I lifted the shopping", "it hurts because i lifted the shopping"),
    ("what's the cause", "what is the cause"),
])
def test_because_clipped_is_because(text: str, said: str) -> None:
    assert Normalizer()(text) == said


@pytest.mark.parametrize(("text", "expected"), [
    # legs gone to jelly after a hot bath or a run: what warmth and effort do (set 73's
    # near-miss), unless they stay so
    ("my legs went like jelly after the bath last time, is it still okay to have one?",
     Verdict.NEGATED),
    ("my legs feel like jelly after my run", Verdict.NEGATED),
    ("my legs went to jelly after my hot bath and they are still like it", Verdict.REPORT),
    ("my legs went to jelly after my hot bath, they still are", Verdict.REPORT),
    ("my legs have gone to jelly after the fall", Verdict.REPORT),
    ("my legs feel like jelly, I can't stand up", Verdict.REPORT),
    ("my legs went dead after the bath", Verdict.REPORT),
])
def test_jelly_legs_after_warmth_or_effort(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # soaked with sweat and a heat of one's own: a fever (set 74), not a heat one lies under
    ("I'm soaked through with sweat and roasting, and my back's agony, it woke me up",
     Verdict.REPORT),
    ("soaked with sweat, burning up", Verdict.REPORT),
    ("woke up drenched in sweat and boiling under this duvet", Verdict.NONE),
    ("I'm soaked in sweat from the heat pad", Verdict.NONE),
])
def test_soaked_with_sweat_and_hot(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # keyword style: the place, then "no control"
    ("bladder, no control, help", Verdict.REPORT),
    ("no bladder problems, no control issues", Verdict.NEGATED),
    # why a sign of one's own is so tells it; why a sign means what it does asks
    ("why can't I feel anything when I wipe", Verdict.REPORT),
    ("why have both feet gone numb", Verdict.REPORT),
    ("why is numbness down there a red flag", Verdict.ASKING),
    ("why do people get numb legs", Verdict.ASKING),
    ("why am I shivering when I get out of the bath, should I run it hotter", Verdict.ASKING),
    # what wipes felt as nothing
    ("when I wipe it feels like nothing down there", Verdict.REPORT),
    ("the loo roll feels like nothing down there", Verdict.REPORT),
    ("my groin feels nothing wrong", Verdict.NONE),
    # not remembering when it began tells that it did
    ("I can't remember when the pins and needles in my shin started, but they're getting worse",
     Verdict.REPORT),
    ("I can't remember having any numbness", Verdict.NEGATED),
    ("my temperature shot up yesterday evening and it hasn't come down", Verdict.REPORT),
    ("my body keeps flipping hot and cold and the back pain's getting worse", Verdict.REPORT),
    ("should I keep going hot and cold with the packs", Verdict.NONE),
    ("can I keep going hot then cold with the packs", Verdict.NONE),
])
def test_red_flags_said_short_asked_why_or_half_remembered(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question of what a sign means, of no one's ("both feet" says where, not whose)
    ("should tingling in both feet worry me? I don't have it, I was just reading about it",
     Verdict.ASKING),
    ("is the tingling in both my feet serious", Verdict.REPORT),
    ("is numbness in both legs serious, because I have it", Verdict.REPORT),
    # "would" a sign told in full "be a reason": supposed
    ("would losing control of my bladder ever be a reason to ring for help?", Verdict.ASKING),
    ("could not feel my legs, would that be a reason to ring", Verdict.REPORT),
    ("I've lost control of my bladder, would that be a reason to ring", Verdict.REPORT),
    # causes told: the cold, the heat pad, the ice on the skin, the way one lies, long ago
    ("I got shivery in the bath, but only because the water went cold", Verdict.NEGATED),
    ("I was shivering after my last bath because the bathroom's freezing, not ill",
     Verdict.NONE),
    ("I'm shivering, but only because I'm ill", Verdict.REPORT),
    ("I'm burning up under this heat pad, that's only the pad talking", Verdict.NONE),
    ("I'm burning up and the heat pad is off", Verdict.REPORT),
    ("no, the numbness is only my skin where the ice pack was, nothing down below",
     Verdict.NEGATED),
    ("why does my foot keep going to sleep when I lie on my front", Verdict.NEGATED),
    ("my foot has gone to sleep when I sit on the loo and it still hasn't woken up",
     Verdict.REPORT),
    ("my legs are heavy and tired from the run this morning", Verdict.NEGATED),
    ("my legs feel heavy after the fall", Verdict.REPORT),
    ("pain's a six, worse than a dead leg at rugby", Verdict.NONE),
    ("I've got a dead leg", Verdict.REPORT),
    ("I came a cropper on my bike two winters ago, all mended", Verdict.NONE),
    ("I had a temperature last week with a cold, long gone now", Verdict.NEGATED),
    ("I had a temperature last week and I still have it", Verdict.REPORT),
    ("no, my legs have felt normal all morning and they still do", Verdict.NEGATED),
    ("my legs felt fine this morning but now they're numb", Verdict.REPORT),
])
def test_signs_supposed_or_explained_by_their_cause(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # help refused between a negation and a sign: the "not" is the refusal's (speech loses
    # the "but" that would split them)
    ("i don't want a doctor have got a temperature nearly forty", Verdict.REPORT),
    ("I haven't seen a doctor about the numbness in my legs", Verdict.REPORT),
    ("no need for the hospital my legs are numb", Verdict.REPORT),
    ("no fuss no fever just stiff", Verdict.NEGATED),
    ("i do not want a doctor no numbness", Verdict.NEGATED),
])
def test_help_refused_is_no_denial_of_the_sign(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # asked whether it is normal, then said to be so for the speaker
    ("is it usual not to be able to wee at all? I've been trying for ages", Verdict.REPORT),
    ("is it normal not to be able to wee", Verdict.ASKING),
    ("is it expected to go numb around the back passage with a spasm? mine has", Verdict.REPORT),
    ("is it expected to go numb around the back passage with a spasm?", Verdict.ASKING),
    ("is it normal not to feel anything when I wipe my bottom", Verdict.REPORT),
    ("is it normal to have a fever with back pain? I have a bad back", Verdict.ASKING),
    ("surely a temperature has nothing to do with my back? I've got one now", Verdict.REPORT),
    ("do I need a thermometer for a fever? I've got one", Verdict.ASKING),
    ("kindly advise whether a fever accompanying back pain would require urgent assessment",
     Verdict.ASKING),
    # falls seen by others, toppling, going over on a step
    ("my buddy saw me slip on the wet sidewalk and land flat on my back", Verdict.REPORT),
    ("my mum watched me fall asleep on the sofa", Verdict.NONE),
    ("right, I've just toppled off the kitchen stool, and my back's gone again", Verdict.REPORT),
    ("my son says I went down like a sack of potatoes on the patio", Verdict.REPORT),
    ("I went over on the front step an hour ago", Verdict.REPORT),
    ("Bramble, you've had an accident on the rug again", Verdict.NONE),
    # legs that will not obey or hold
    ("I'm on the kitchen lino and my left leg won't do what I tell it", Verdict.REPORT),
    ("my right leg just went and it still won't hold me", Verdict.REPORT),
    ("the old ladder, it won't hold me any more", Verdict.NONE),
    ("i must inform you that i am presently unable too pass water", Verdict.REPORT),
    ("my foot's gone to sleep from lying curled up, how else can I lie?", Verdict.NEGATED),
])
def test_signs_asked_as_normal_seen_by_others_or_told_plainly(text: str,
                                                            expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my husband says the sheet's soaking, I never felt myself pee", Verdict.REPORT),
    ("I didn't even feel myself wee", Verdict.REPORT),
    ("I never feel myself going to sleep on the sofa", Verdict.NONE),
    ("honestly it's a different beast at night, way worse than in the day", Verdict.REPORT),
    ("the ice helped at night, the pain's worse than the day before", Verdict.NONE),
])
def test_wetting_unfelt_and_pain_worse_at_night(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # where one sits, said of the saddle area, set off by commas or not
    ("are you awake? the saddle area, where you'd sit on a bike, has gone dead", Verdict.REPORT),
    ("the saddle area where I sit has gone dead", Verdict.REPORT),
    ("my bum where I sit is a bit sore", Verdict.NONE),
])
def test_the_saddle_area_said_as_where_one_sits(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # as a recogniser heard them: "not" as "knock", "weeing" without its "ing"
    ("is it normal knock to feel anything when i wipe my bottom", Verdict.REPORT),
    ("sorry i'm going to bed the please i can't stop myself wee", Verdict.REPORT),
    ("I can't stop myself wee on the toilet seat", Verdict.NONE),
    # "no idea" heard as "numb idea" (en-gb)
    ("i've numb idea how to relax talk me through some breathing", Verdict.NONE),
    ("my legs are numb, no idea why", Verdict.REPORT),
])
def test_signs_as_a_recogniser_heard_them(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a supposition goes on after "and" in the present; not once its outcome is told
    ("what if I sneeze and I lose control of my bladder", Verdict.ASKING),
    ("if it gets worse and I get a fever, should I go to hospital", Verdict.ASKING),
    ("say it's flu and I get a temperature with this back pain, would that matter?",
     Verdict.ASKING),
    ("if I stand up I fall over and I can't feel my legs", Verdict.REPORT),
    ("I wonder if it's sciatica and I can't feel my legs", Verdict.REPORT),
])
def test_a_supposition_goes_on_after_and(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # pins and needles, or a leg gone dead, from how one sat or lay: a foot asleep
    ("my leg's gone dead from being tucked under me on the sofa, can I lie another way?",
     Verdict.NEGATED),
    ("my left foot's all pins and needles from being folded under me", Verdict.NEGATED),
    ("my friend says it's just pins and needles from sitting but I can't feel my bottom at all",
     Verdict.REPORT),
    ("my legs have gone dead and I can't lift them", Verdict.REPORT),
    # shivers a cold room or the ice pack explains; not a cold one has
    ("I'm shivering in here, the bathroom's baltic", Verdict.NEGATED),
    ("I feel a bit shivery with this ice pack on", Verdict.NONE),
    ("these ice chills are something else", Verdict.NONE),
    ("I'm shivering with a cold and my back hurts", Verdict.REPORT),
    ("I'm burning up and shaking under the duvet", Verdict.REPORT),
])
def test_signs_explained_by_how_one_lay_or_the_cold(text: str, expected: Verdict) -> None:
    assert verdict(text) in ((expected,) if expected is not Verdict.NEGATED
                             else (Verdict.NEGATED, Verdict.NONE))


@pytest.mark.parametrize(("text", "expected"), [
    # things that fall, crash or spill, and falls of snow, are not the person's
    ("I had an accident with my tea, it's everywhere", Verdict.NONE),
    ("I had an accident with the car this morning and my back is agony", Verdict.REPORT),
    ("the car crash on the telly made me jump and my back seized", Verdict.NONE),
    ("we had a heavy fall of snow and I shovelled the drive", Verdict.NONE),
    ("I had a heavy fall yesterday", Verdict.REPORT),
    ("my phone's fallen off the bed and I can't reach it", Verdict.NONE),
    ("I slipped the hot water bottle under my back", Verdict.NONE),
    ("I slipped in the shower", Verdict.REPORT),
    ("the greenhouse thermometer says thirty-nine, open the vents", Verdict.NONE),
    ("the thermometer says thirty-nine point two", Verdict.REPORT),
    # a fall told while searching for words, or with its subject said once
    ("I, um, came off the, the bike, this morning, and now my back's really bad", Verdict.REPORT),
    ("a disagreement with the pavement, went down hard on me back, and it's agony",
     Verdict.REPORT),
    ("I had a go, and I came off and went down hard on my back", Verdict.REPORT),
    ("the shares went down hard today", Verdict.NONE),
])
def test_falls_and_crashes_that_are_and_are_not_the_persons(text: str,
                                                            expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # signs found by a self-test, wetting not felt, said politely
    ("I pinched my bum cheek and felt nothing at all", Verdict.REPORT),
    ("I touched between my legs with a cold spoon and I can't feel the cold", Verdict.REPORT),
    ("I pinched my leg and I can feel it, so that's okay, isn't it?", Verdict.NONE),
    ("I touched my toes and I can't feel the stretch", Verdict.NONE),
    ("my pyjama bottoms are soaked and I swear I didn't feel a thing", Verdict.REPORT),
    ("my sheets are soaked from the ice pack and I didn't notice", Verdict.NONE),
    ("I've leaked in bed and didn't wake up for it", Verdict.REPORT),
    ("the insides of my thighs and my bits feel dead", Verdict.REPORT),
    ("nah, nae numbness, me legs are grand", Verdict.NEGATED),
    # a sign named back, or in what one does not know, is no report
    ("you mentioned fever, well I've got one, thirty-eight point six", Verdict.REPORT),
    ("'numbness in the legs', you said, how numb is numb, when should I worry?", Verdict.ASKING),
    ("I don't know which sort of numbness is the worrying sort", Verdict.ASKING),
    ("I don't know what's wrong, my legs have gone numb", Verdict.REPORT),
    # a question of people in general
    ("do you get a temperature with a slipped disc?", Verdict.ASKING),
    ("do you get a temperature, because I've got one", Verdict.REPORT),
    ("can someone lose control of their bladder from a spasm?", Verdict.NONE),
    ("can a bad back make people lose feeling in their legs?", Verdict.NONE),
    ("do you know I've lost control of my bladder", Verdict.REPORT),
    ("can you help me, my husband has lost control of his bladder", Verdict.REPORT),
    # (words between the asking and the person only as a cause: not a garble)
    ("can cases matters someone rear ended at the lights an hour ago and now my back's in spasm",
     Verdict.REPORT),
])
def test_self_tests_unfelt_wetting_and_signs_named_back(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign told of "you", then owned: "that's me", "that's what I did", "did that"
    ("you slip on a wet floor and go down hard, that's what I did", Verdict.REPORT),
    ("you know when you miss the bottom stair and land flat on your back? did that an hour ago",
     Verdict.REPORT),
    ("you know when you can't feel your bum on the seat? that's me right now", Verdict.REPORT),
    ("you know when you lie on the floor and it helps? that's me", Verdict.NONE),
    ("when you slip on the ice, should you get an x-ray?", Verdict.NONE),
])
def test_a_sign_told_of_you_then_owned(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # "can" heard as "can't": what follows makes no sense of the sign
    ("no, I can't pee just fine, thank goodness", Verdict.NEGATED),
    ("no i cannot pee just fine thanks goodnight", Verdict.NEGATED),
    ("I can't pee properly", Verdict.REPORT),
    ("I can't feel my feet well", Verdict.REPORT),
    ("I can't feel my feet, they were fine this morning", Verdict.REPORT),
    # numb in a figure of speech
    ("absolutely not, the only thing that's gone numb is my sense of humour", Verdict.NONE),
    ("my brain's gone numb from all this", Verdict.NONE),
    ("it's gone numb", Verdict.REPORT),
])
def test_a_sign_that_cannot_be_done_just_fine(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # told as a change, or compared with last time: a sign gone for good, or last time's
    ("my toes were tingly earlier but it's faded away completely now", Verdict.NEGATED),
    ("my toes were tingly earlier but it's faded away now", Verdict.REPORT),
    ("my bum was tingly earlier but it's gone completely", Verdict.REPORT),
    ("no, the numbness I had earlier has worn right off", Verdict.NEGATED),
    ("last time it was a car accident that set it off, but this time nothing happened",
     Verdict.NEGATED),
    ("last time I had numbness it went away, but this time it's not going", Verdict.REPORT),
    ("last time I bent over, this time I fell off a ladder", Verdict.REPORT),
    # shivers from a cold thing; chills one cannot stop
    ("I've started shivering since the ice pack went on", Verdict.NONE),
    ("I've been shivering since this morning", Verdict.REPORT),
    ("I've got the shivers because the bath's gone lukewarm", Verdict.NEGATED),
    ("I can't stop my teeth chattering even under two duvets", Verdict.REPORT),
    ("my teeth won't stop chattering", Verdict.REPORT),
    # idioms and things that are no sign
    ("my fingers are tingling from gripping the sofa leg", Verdict.NONE),
    ("I'm hot and cold about acupuncture, is it worth a go?", Verdict.NONE),
    ("I'm hot and cold, shaking all over", Verdict.REPORT),
    ("I crashed out early and woke up with it", Verdict.NONE),
    ("I crashed my car this morning and my back is killing me", Verdict.REPORT),
    # held back by pain, not weak
    ("I can't lift my leg over the side of the tub, it hurts too much", Verdict.NONE),
    ("I can't lift my leg, it's gone weak", Verdict.REPORT),
    ("I can't lift my leg, it hurts too much, and my foot is numb", Verdict.REPORT),
    # played down is still told; asked in the negative is asked
    ("a touch feverish, thirty-eight and a half, nothing serious", Verdict.REPORT),
    ("fever with back pain, bad sign?", Verdict.ASKING),
    ("isn't numbness around the saddle meant to be a reason to go to A and E?", Verdict.ASKING),
    ("doesn't a fever mean infection?", Verdict.ASKING),
    ("isn't feet's gone to sleep on the sofa much worse", Verdict.NEGATED),
    ("I'm not numb", Verdict.NEGATED),
    ("I've been trying to pee for half an hour and nothing, absolutely nothing", Verdict.REPORT),
    ("I tried to wee and nothing hurt", Verdict.NONE),
    ("brilliant i've been trying to pee for half an hour nothing absolutely nothing",
     Verdict.REPORT),
    ("I've been trying to go for ages and nothing", Verdict.REPORT),
    ("I tried to go for a walk and nothing bad happened", Verdict.NONE),
    # said to be helpful, or with a doubt, or as a likeness: told, not supposed
    ("in case it matters i can't feel the floor under my left foot", Verdict.REPORT),
    ("if it makes a difference i came off my bike onto the kerb", Verdict.REPORT),
    ("if it means anything the tingling's gone all the way to my toes now", Verdict.REPORT),
    ("unless i'm imagining it my private parts have no feeling at all", Verdict.REPORT),
    ("as if the back wasn't enough i'm shivering with chills", Verdict.REPORT),
    ("in case i get a fever what should i do", Verdict.ASKING),
    ("unless my legs go numb i'll stay put", Verdict.ASKING),
    ("what does it mean if my toes tingle", Verdict.ASKING),
    # a sign stated first, its place the subject, then asked about: told
    ("both feet are tingling and getting worse that a bad sign", Verdict.REPORT),
    ("both feet are tingling is that serious", Verdict.REPORT),
    ("is it serious if both feet tingle", Verdict.ASKING),
])
def test_signs_over_time_played_down_or_asked_in_the_negative(text: str,
                                                              expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # as a clinician puts them
    ("I sustained a fall onto my coccyx and now the lumbar pain is severe", Verdict.REPORT),
    ("blunt trauma from a rugby tackle, and now my lower back's gone into spasm", Verdict.REPORT),
    ("is blunt trauma a reason to go to A and E?", Verdict.ASKING),
    ("my quads keep giving out", Verdict.REPORT),
    ("my hamstrings feel weak", Verdict.REPORT),
    ("my hamstrings are tight", Verdict.NONE),
    ("I suffered a back injury lifting boxes", Verdict.NONE),
])
def test_signs_in_clinical_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reading to the tenth of a degree, with the shakes; "temp" for temperature
    ("thirty-eight point nine and I'm shaking, and my back's killing me", Verdict.REPORT),
    ("temp's at thirty-nine and the back's worse, yes or no, hospital?", Verdict.REPORT),
    ("the bath is thirty-eight point five and I'm shivering in it", Verdict.REPORT),
    ("I'm shaking, it's thirty-six point eight", Verdict.NONE),
    # a fall told with a count of steps; wee gone for hours; leaked unfelt; a leg gone dead
    ("I went down five steps on my backside and now the pain's much worse", Verdict.REPORT),
    ("still no wee since lunchtime and it's past three in the morning now", Verdict.REPORT),
    ("I've leaked and didn't feel a thing", Verdict.REPORT),
    ("it's making my leg go dead and floppy", Verdict.REPORT),
    # everyday things said in red-flag words
    ("I'm burning up in this hot bath, how long am I meant to stay in?", Verdict.NONE),
    ("I've tripped over the word acetaminophen twice now", Verdict.NONE),
    ("I fell for an advert about magnetic bracelets, do they actually help?", Verdict.NONE),
    ("the cat fell off the windowsill and I laughed and it hurt", Verdict.NONE),
    ("my back feels like it's been hit by a bus", Verdict.NONE),
    ("I was hit by a bus this morning", Verdict.REPORT),
    ("my foot's gone to sleep from sitting cross-legged for an hour, how should I lie?",
     Verdict.NEGATED),
    ("my foot went to sleep from sitting cross-legged and it's been asleep for hours",
     Verdict.REPORT),
    ("the bathroom's freezing and I'm shivering just thinking about it", Verdict.NEGATED),
    ("I'm freezing and I'm shivering under two duvets", Verdict.REPORT),
    ("can't pee with a bad back, is that an emergency? I'm fine, I'm only asking",
     Verdict.ASKING),
    ("no, my wife checked, I can feel everything in my feet", Verdict.NEGATED),
    ("I went weak at the knees when I saw the price of a sports massage", Verdict.NONE),
    ("I went weak at the knees and fell", Verdict.REPORT),
    # "fell" heard as "feel", with what one fell down
    ("hey voice i feel down the stairs i don't my body already", Verdict.REPORT),
    ("I feel down today", Verdict.NONE),
])
def test_numbers_asides_and_everyday_likenesses(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "not" said of the stopping keeps the sign going
    ("I can't stop tingling with chills", Verdict.REPORT),
    ("my leg won't stop tingling", Verdict.REPORT),
    ("it hasn't stopped tingling in my foot", Verdict.REPORT),
    ("I haven't got any tingling, it stopped yesterday", Verdict.NEGATED),
    # a leak, doubted, and not felt
    ("there's a damp patch and I'm not sure if I've leaked or it's just sweat, I didn't feel "
     "anything", Verdict.REPORT),
    ("I think I might have leaked a bit, I didn't notice it happen", Verdict.REPORT),
    ("the ice pack leaked, I didn't feel anything cold", Verdict.NONE),
])
def test_a_stopping_denied_and_a_leak_not_felt(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bladder that will not go, told by bursting; or that went on its own
    ("I'm bursting and absolutely nothing will come out", Verdict.REPORT),
    ("I can't get a single drop out, and I've been bursting for two hours", Verdict.REPORT),
    ("I'm bursting with pride and nothing will come out of my mouth", Verdict.NONE),
    ("my bladder just emptied on its own while I was lying here", Verdict.REPORT),
    # a fall told by how bad it was; a quarrel is no fall
    ("hardest fall I've ever had, off the trampoline onto my back", Verdict.REPORT),
    ("I had a fall-out with my sister and I'm tense", Verdict.NEGATED),
    ("I fell out of bed and hurt my back", Verdict.REPORT),
    # a remedy that fails, and a sign at its worst, deny nothing
    ("the ibuprofen's not bringing my temperature down at all and my spine hurts",
     Verdict.REPORT),
    ("my temp won't come down and my back is killing me", Verdict.REPORT),
    ("I've never felt this feverish, and my lower back is throbbing", Verdict.REPORT),
    ("I've never had any numbness", Verdict.NEGATED),
    # well, as they should be; shivers from the ice; a threshold asked
    ("no, my legs feel exactly as they should", Verdict.NEGATED),
    ("I'm all shivery after the ice, would a hot bath be all right?", Verdict.NONE),
    ("roughly how numb would my legs have to get before I should see someone?",
     Verdict.ASKING),
    ("what temperature counts as a fever worth ringing about?", Verdict.ASKING),
    # a clause of its own after denials, heard without its "but"; a bladder that gave out
    ("no fall nope chills there's a numb patch right around my back passage", Verdict.REPORT),
    ("not that there's any numbness", Verdict.NEGATED),
    ("no there's now numbness down below i'm pretty sure", Verdict.NEGATED),
    ("my bladder just gave out on me, I couldn't hold it", Verdict.REPORT),
    # a vehicle or a fall, heard without its "my" or "the"
    ("i came off bike about an hour ago and my back's been agony since", Verdict.REPORT),
    ("a car went into back of mine yesterday and my back's seized up", Verdict.REPORT),
    ("I came off it lightly", Verdict.NONE),
    ("i'm all shivery after a ice would a hot bath be all right", Verdict.NONE),
])
def test_bursting_emptied_worst_falls_failing_remedies_and_thresholds(text: str,
                                                                      expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # "no feeling" with its "no" heard as "now" or "know"
    ("there's been now feeling my genitals since this morning", Verdict.REPORT),
    ("and my back passage has know feeling at", Verdict.REPORT),
    ("I have now feeling better in my legs", Verdict.NONE),
    ("my legs have now feeling in them again", Verdict.NONE),
])
def test_no_feeling_heard_as_now_feeling(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # shivers from a cold room or a blanket kicked off: no fever
    ("the bedroom is freezing and I keep shivering, how do I get comfy", Verdict.NEGATED),
    ("it's so cold in here and I'm shivering, should I have a warm bath?", Verdict.NEGATED),
    ("I'm only shivering because I threw the duvet off", Verdict.NEGATED),
    ("i'm shivering the bathroom freezing should the bath be hot", Verdict.NEGATED),
    ("i'm only shivering because i kicked blanket", Verdict.NEGATED),
    ("the spa re room is freezing and i keep shivering", Verdict.NEGATED),
    ("I'm shivering and my back is agony", Verdict.REPORT),
    ("it's freezing in here but I'm shivering with a fever too", Verdict.REPORT),
    # a wee or a poo that came unmeant, or told without a person
    ("I've just done a wee without wanting to", Verdict.REPORT),
    ("I accidentally pooed myself when I tried to sit up", Verdict.REPORT),
    ("there's urine that can't be held in", Verdict.REPORT),
    ("I had a wee an hour ago, no trouble", Verdict.NONE),
    # the saddle told by a bike's saddle
    ("the part you'd sit on on a bike has gone numb", Verdict.REPORT),
    ("it's dead where you'd sit on a saddle", Verdict.REPORT),
    # a supposition told as what may turn out; a factive "that" after "if"
    ("if it turns out that I can't pee tonight, who do I ring?", Verdict.ASKING),
    ("I wonder if it matters that both my feet are tingling", Verdict.REPORT),
    # a question about a sign, then that one has it
    ("would a fever with this mean a doctor? because I have", Verdict.REPORT),
    ("is a fever with back pain a worry? because I am worried", Verdict.ASKING),
    # the sign or the thing fallen from, named before: "one", "mine", "it"
    ("is a temperature a bad sign? I've got one", Verdict.REPORT),
    ("is a temperature a bad sign? I don't have one", Verdict.NONE),
    ("what if a foot goes numb? mine's gone numb", Verdict.REPORT),
    ("the cat got under the stepladder and I came off it, my back's wrecked", Verdict.REPORT),
    ("I came off the step ladder an hour ago", Verdict.REPORT),
    # not a fall told; not numb from the ice
    ("I stumbled but didn't go down, I walked to the loo fine", Verdict.NONE),
    ("my calf went numb where the ice pack rested", Verdict.NEGATED),
])
def test_cold_rooms_unmeant_wees_bikes_and_what_was_named_before(text: str,
                                                                  expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # heard: "feather" for fever, "blatter" for bladder, "dumb" for numb, "too" for to
    ("i'm running a high feather and my spine aches", Verdict.REPORT),
    ("i've got a bit of a feather and my back's worse", Verdict.REPORT),
    ("light as a feather", Verdict.NONE),
    ("i've a feather pillow under my knees", Verdict.NONE),
    ("i can't control my blatter anymore", Verdict.REPORT),
    ("my groin's been dumb since this morning", Verdict.REPORT),
    ("why would my calf go dumb right down to the heel", Verdict.REPORT),
    ("i haven't been able too empty my bladder at all", Verdict.REPORT),
    ("water control seems to have gone completely", Verdict.REPORT),
    ("the water control valve on the boiler has gone", Verdict.NONE),
    ("i've just had a wee without meaning two", Verdict.REPORT),
    # a bowel not stopped, "at all"; a wee that keeps dribbling out
    ("my bowels just went, i couldn't stop it at all", Verdict.REPORT),
    ("i can't hold my wee in, it keeps dribbling out", Verdict.REPORT),
    ("the tap keeps dribbling out water", Verdict.NONE),
    # an answer after someone's question tells
    ("the nurse asked if i can still control my bowels and the answer is i've soiled myself",
     Verdict.REPORT),
])
def test_heard_fevers_bladders_and_answers(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign put in focus is told, not asked
    ("what frightens me most is that my feet have gone numb", Verdict.REPORT),
    ("what's different is the tingling goes right down to my toes now", Verdict.REPORT),
    ("what worries me is whether tingling in the feet is serious", Verdict.ASKING),
    ("the thing I keep asking myself is whether a fever with back pain matters", Verdict.ASKING),
    # understated: "I can't say I can", "I can't say it isn't", "not in charge of"
    ("I can't really say I can feel my heels", Verdict.REPORT),
    ("I can't say the pins and needles in my feet aren't there", Verdict.REPORT),
    ("I'm not really in charge of my bladder today", Verdict.REPORT),
    ("I'm not in control of my bowels", Verdict.REPORT),
    ("it's not that I can't feel my legs, I can", Verdict.NEGATED),
    # a bladder named, then "mine"; hardly anything comes when trying to wee
    ("bowel trouble is a warning sign, they say, and I've lost control of mine", Verdict.REPORT),
    ("I keep trying to wee and barely anything comes out", Verdict.REPORT),
    # weak legs and feet, falls, in other words
    ("my knees have turned to rubber", Verdict.REPORT),
    ("it's the left foot that won't lift, it catches on the rug", Verdict.REPORT),
    ("I've taken a real tumble on the stairs", Verdict.REPORT),
    ("I got knocked flying by the dog on the path", Verdict.REPORT),
    # a foot asleep from lying like this is the everyday thing
    ("my foot's gone to sleep from lying like this", Verdict.NEGATED),
])
def test_focus_understatement_and_other_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a supposition come true
    ("the physio said to watch out in case my feet went tingly, and they have now",
     Verdict.REPORT),
    ("if my legs go numb, and they might, what then?", Verdict.ASKING),
    # not sure one can feel a place; the fall as what hurt
    ("I'm not totally sure I can feel my backside on the chair", Verdict.REPORT),
    ("the fall down the stairs really hurt my lower back", Verdict.REPORT),
    ("the fall didn't hurt at all, I'm just stiff", Verdict.NONE),
])
def test_suppositions_come_true_and_falls_that_hurt(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the assistant supposed in one's place is no supposition of the sign, heard unpunctuated
    ("if you were me what would you do i haven't been able to pass water since yesterday",
     Verdict.REPORT),
    ("if i were you would i go in i got knocked flat at football and my back's gone",
     Verdict.REPORT),
    ("if you were me and had a fever with this back, would you ring the doctor?", Verdict.ASKING),
    # "in control" heard as "and control"; a place that doesn't feel quite right
    ("i'm not really and control my bladder since this morning", Verdict.REPORT),
    ("my groin doesn't feel quite right, a bit numb since yesterday", Verdict.REPORT),
    ("my leg doesn't feel quite right but it's not numb", Verdict.NEGATED),
])
def test_in_my_shoes_and_not_feeling_right(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the router's normaliser does to words differs from the plain one's: "dryer" is split,
    # "waterworks" is two words, "I wonder" is dropped
    ("the towels are in a tumble dryer", Verdict.NONE),
    ("my waterworks are fine", Verdict.NEGATED),
    ("I wonder if it's a trapped nerve and I can't feel my feet", Verdict.REPORT),
    ("what if it's sciatica and my legs go numb", Verdict.ASKING),
    ("say it's flu and I get a temperature with this back pain, would that matter?",
     Verdict.ASKING),
])
def test_the_routers_normaliser_agrees(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place of one's own however long it is named, after a question heard unpunctuated
    ("will it wear off my inner thighs and backside have gone numb", Verdict.REPORT),
    ("is it bad if my inner thighs and backside have gone numb", Verdict.ASKING),
])
def test_a_long_named_place_of_ones_own(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_wee_heard_as_well() -> None:
    # piper's "a wee" heard as "we'll" (set 112's recordings), and "we'll" as itself
    assert verdict("i tried to have we'll an hour ago and nothing would come out") is Verdict.REPORT
    assert verdict("we'll have a cup of tea, nothing would come out of the pot") is Verdict.NONE


@pytest.mark.parametrize(("text", "expected"), [
    # a regret tells what happened, a wish what is not so; "if only" supposes nothing
    ("if only I'd called the GP sooner, the numbness has spread to my foot now", Verdict.REPORT),
    ("I wish I hadn't climbed that ladder, I fell off it", Verdict.REPORT),
    ("if only I hadn't slipped on the stairs", Verdict.REPORT),
    ("I just wish I could feel my toes", Verdict.REPORT),
    ("I wish I hadn't lifted the shopping", Verdict.NONE),
    ("if only I'd stretched first, what if my legs go numb later?", Verdict.ASKING),
])
def test_regrets_and_wishes(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a spasm may bring about, asked; not what it did
    ("could a trapped nerve give me numb feet?", Verdict.ASKING),
    ("might this make me wet myself?", Verdict.ASKING),
    ("is it possible the spasm will cause tingling in my legs", Verdict.ASKING),
    ("could the spasm be making my feet numb?", Verdict.REPORT),
    ("could the fall have caused my numb legs?", Verdict.REPORT),
    ("my feet are numb, could the spasm cause that?", Verdict.REPORT),
    ("what would you make of this, my saddle area has gone numb", Verdict.REPORT),
])
def test_what_may_be_brought_about(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign taken back in the next words, or a false start said again in full
    ("I slipped, no, sorry, I nearly slipped, I caught the rail", Verdict.NEGATED),
    ("my feet are numb, no, wait, they're not, I was thinking of yesterday", Verdict.NONE),
    ("my feet are numb no wait they're not", Verdict.NONE),
    ("I thought my groin was numb, but no, it's fine", Verdict.NONE),
    ("I fell, well, I fell asleep on the sofa, how do I lie now?", Verdict.NONE),
    # what is not taken back still tells
    ("I fell, no, I'm fine", Verdict.REPORT),
    ("I've wet myself, no, sorry, I'm so embarrassed", Verdict.REPORT),
    ("my left foot is numb, no wait, both feet are", Verdict.REPORT),
    ("it's only my back, no wait, my right leg's gone weak", Verdict.REPORT),
    ("I can't feel my feet, no, I'm not joking", Verdict.REPORT),
    ("my legs are numb, no wait, they're not numb, they're dead", Verdict.REPORT),
    ("they are not would tingling feet be a bad sign", Verdict.ASKING),
])
def test_signs_taken_back(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("both my feet are, are going numb", Verdict.REPORT),
    ("the patch you'd sit on a bike saddle with, it's gone dead", Verdict.REPORT),
    ("my bottom, it's gone dead", Verdict.REPORT),
    ("my left leg's gone from the knee down", Verdict.REPORT),
    ("it's been eleven hours since I last had a wee", Verdict.REPORT),
    ("it's been two hours since I last had a wee, should I drink more?", Verdict.NONE),
    ("I haven't passed any water since this morning", Verdict.REPORT),
    ("it was just a little slip on the stairs but my back's been bad since", Verdict.REPORT),
    ("I'm scared of a fall in the shower", Verdict.NONE),
    ("my foot's gone to sleep from having my legs crossed under me", Verdict.NEGATED),
    ("my foot's gone to sleep because I had it tucked under me", Verdict.NEGATED),
    ("I'm just asking would numb legs be a bad sign", Verdict.ASKING),
    # heard: "passed" as "past", "my temperature" as "i temperature", "not only"
    ("it's been thirty hours since i last past any water", Verdict.REPORT),
    ("took paracetamol i temperature still thirty nine and my back's throbbing", Verdict.REPORT),
    ("the bath temperature is still thirty eight, is that too hot", Verdict.NONE),
    ("it's not only the spasm, I've got chills and a temperature", Verdict.REPORT),
    ("I missed the bottom three stairs and landed on my coccyx", Verdict.REPORT),
])
def test_stammers_fronted_places_and_hours_without(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # clammy because of a heat one is under; a tingle of a minute in the legs, passed
    ("no fever, I'm only sweaty because the hot water bottle's been on", Verdict.NEGATED),
    ("I'm clammy and shivering and my back is killing me", Verdict.REPORT),
    ("my feet tingled for a minute after I stood up, it's gone now, which stretch next?",
     Verdict.NEGATED),
    ("my bottom went numb for a few minutes, it's gone now", Verdict.REPORT),
    ("my feet went numb for a couple of minutes, they still are", Verdict.REPORT),
    # a threshold asked, about one's own legs too; a sign told first still tells
    ("at what point would tingling in my feet mean I should ring 111?", Verdict.ASKING),
    ("my feet are tingling, at what point should I ring 111?", Verdict.REPORT),
])
def test_heat_that_explains_and_a_minute_that_passed(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "when would" question supposes; a foot asleep from a posture said first or "with my
    # legs crossed"; not "sitting here" with tingling legs
    ("when would numbness in my legs be a reason to call an ambulance?", Verdict.ASKING),
    ("when would be a good time to tell the GP I can't feel my feet", Verdict.REPORT),
    ("my left foot's gone to sleep from sitting with my legs crossed", Verdict.NEGATED),
    ("squatting by the bath and my foot's gone to sleep, what now?", Verdict.NEGATED),
    ("sitting cross-legged on the floor and I've got pins and needles in my foot",
     Verdict.NEGATED),
    ("sitting here and my legs are tingling", Verdict.REPORT),
    ("kneeling by the sofa and my bum has gone numb", Verdict.REPORT),
    # shivers from a cold room or bedding that fell off; a fall of a duvet is no fall
    ("I'm shivering in this cold kitchen, where's the hot water bottle", Verdict.NONE),
    ("I'm shivering in here and I've got a cold", Verdict.REPORT),
    ("I'm all shivery because the blanket slipped off in the night", Verdict.NEGATED),
    ("the duvet fell off the bed", Verdict.NONE),
    ("I'm only shivering because the window's stuck open", Verdict.NONE),
    # an accident that spilt something; disbelief and "no way" deny nothing
    ("I had an accident and spilt my tea everywhere", Verdict.NONE),
    ("I had an accident and knocked my head on the shelf", Verdict.REPORT),
    ("no way, I can't feel my feet at all", Verdict.REPORT),
    ("no way my bottom's gone numb", Verdict.REPORT),
    ("I can't believe it, a van backed into me in the car park and my back's agony",
     Verdict.REPORT),
    ("I can't believe he slipped on the telly", Verdict.NEGATED),
    # a tackle taken, thrown down on one's back
    ("I took a late tackle at rugby and my back's been bad since", Verdict.REPORT),
    ("got slammed onto the ground at judo and now my back's locked", Verdict.REPORT),
    ("how do I tackle this pain", Verdict.NONE),
    ("I got dumped by text last night and now my back's gone", Verdict.NONE),
    # losing control of anyone's bladder, asked about
    ("how come losing control of your bladder matters so much?", Verdict.ASKING),
    ("is loss of control of the bowels a reason for A and E", Verdict.ASKING),
    # landing on one's back, its "on" unheard
    ("I went down the last few steps and landed my tailbone", Verdict.REPORT),
    ("I finally landed my dream job", Verdict.NONE),
])
def test_whens_postures_cold_rooms_and_disbelief(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # retention with "not even a drop"; legs that have given up; a saddle "area" gone dead
    ("I need a wee so badly but not even a drop comes out", Verdict.REPORT),
    ("my legs have just given up on me", Verdict.REPORT),
    ("I've given up on the stretches, they don't help", Verdict.NONE),
    ("my saddle area's gone completely dead", Verdict.REPORT),
    ("dumb all down the side of my leg", Verdict.REPORT),
    # cold sweats with the shakes; a hundred percent is no reading
    ("I've got cold sweats and I'm shivering", Verdict.REPORT),
    ("no fever, no chills, a hundred percent sure", Verdict.NEGATED),
    # clipped by a car, driven into the ground; not floored by the pain, nor put on the floor
    # by the spasm
    ("I got clipped by a van on the zebra crossing", Verdict.REPORT),
    ("the tackle drove me straight into the ground", Verdict.REPORT),
    ("the spasm drove me to the floor", Verdict.NONE),
    ("I was floored by the pain this morning", Verdict.NONE),
    ("I was floored by a huge wave at the beach", Verdict.REPORT),
    # "bad news" asks what a sign means
    ("a fever with back pain, is that bad news?", Verdict.ASKING),
    ("I've got a fever, that's bad news isn't it", Verdict.REPORT),
    # a bladder that let one down, or emptied "with no warning" told of as "it"
    ("my bladder let me down, it emptied with no warning", Verdict.REPORT),
    ("I feel let down by my bladder", Verdict.REPORT),
    ("the hot water bottle, it just emptied by itself all over the bed", Verdict.NONE),
    # a high temperature with its reading in a piece of its own; not of a bath
    ("a raised temperature, thirty-eight point five degrees, and my back's agony",
     Verdict.REPORT),
    ("the bath's thirty-nine degrees, is that too high a temperature?", Verdict.NONE),
    # a supposition come true, told after "because" or a question mark, or of oneself
    ("is it normal if my feet have gone numb? because they have", Verdict.REPORT),
    ("the nurse said to shout if I wet myself, and I just have", Verdict.REPORT),
    ("what happens if I lose control of my bladder, because I'm scared I will", Verdict.ASKING),
    ("if my legs go numb, and they do sometimes, what then?", Verdict.ASKING),
])
def test_drops_given_up_legs_sweats_and_clipped(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign asked about as one's own after its verb ("would I ..."), or echoed back
    ("would I have a fever with a back like this?", Verdict.ASKING),
    ("could I get numbness from the frozen peas?", Verdict.ASKING),
    ("tingling where? in my feet? no, none of that", Verdict.NEGATED),
    ("I think I have a fever and my back is agony", Verdict.REPORT),
    # a cause asked for a sign one has ("what's giving me ...", "how come my ...")
    ("what's giving me the chills with this back spasm?", Verdict.REPORT),
    ("the frozen peas are giving me chills", Verdict.NEGATED),
    ("how come both my legs have gone numb?", Verdict.REPORT),
    ("how come doctors worry about numbness in the groin?", Verdict.ASKING),
    ("what's stopping me from weeing? nothing will come", Verdict.REPORT),
    ("the codeine hasn't stopped me weeing, all fine", Verdict.NONE),
    # feeling that is none, or gone from a place
    ("there's zero feeling in my left foot", Verdict.REPORT),
    ("not a scrap of sensation round my bottom", Verdict.REPORT),
    ("the sensation has drained out of both my legs", Verdict.REPORT),
    ("zero numbness, zero tingling", Verdict.NEGATED),
    # wet with wee, not with sweat; a fall in the house; something heavy came down on one
    ("my trousers are soaked with pee and I never felt it", Verdict.REPORT),
    ("my pyjamas are soaked with sweat from the heat pad", Verdict.NONE),
    ("my husband has just fallen in the living room and hurt his back", Verdict.REPORT),
    ("a wardrobe toppled onto my back while I was moving it", Verdict.REPORT),
    ("i missed last step and landed on my bum", Verdict.REPORT),
    # shivers a cold thing explains; a radio's "negative"; "no" heard as "now" before "at all"
    ("I'm shivering on this freezing floor, is heat better?", Verdict.NONE),
    ("the water's gone stone cold and I'm shivering", Verdict.NEGATED),
    ("I'm shivering because our heating is broken", Verdict.NONE),
    ("I'm shivering, the boiler's packed up, how do I use the hot water bottle?",
     Verdict.NEGATED),
    ("negative on the tingling, legs are fine", Verdict.NEGATED),
    ("my feet are fine now numbness at all", Verdict.NEGATED),
    ("my bum has gone numb now, no feeling at all", Verdict.REPORT),
    # "wetting yourself", supposed, then said to have happened
    ("if wetting yourself counts as a red flag, I've done it", Verdict.REPORT),
    ("is wetting yourself a red flag?", Verdict.NONE),
    # "them", the stairs named before
    ("the cat was on the stairs and I went down them head first", Verdict.REPORT),
])
def test_asked_by_inversion_causes_asked_and_feeling_gone(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a statement put round a negative, and a double negative, said plainly
    ("I wouldn't say my bladder's working, nothing's come out all day", Verdict.REPORT),
    ("can't say I've had a wee since breakfast", Verdict.REPORT),
    ("I wouldn't say I've any strength in my left leg", Verdict.REPORT),
    ("can't say I'm not running a temperature, I am", Verdict.REPORT),
    ("I wouldn't say I've got a temperature, no", Verdict.NEGATED),
    ("not that I can't move my legs, they move just fine", Verdict.NEGATED),
    ("not that I've fallen, but if I did trip on these stairs, should I get checked?",
     Verdict.NEGATED),
    # a word begun and dropped
    ("I f- fell off the ladder and hurt my back", Verdict.REPORT),
    ("my bl- bladder won't empty", Verdict.REPORT),
    # fever told without the word; a cold thing or a blanket that explains it
    ("my teeth are still chattering under the duvet and my back's agony", Verdict.REPORT),
    ("I'm boiling one minute and freezing the next with this back", Verdict.REPORT),
    ("the heat pad is boiling one minute and freezing the next", Verdict.NONE),
    ("the heating's broken and I've been shivering all evening", Verdict.NEGATED),
    ("I'm a bit clammy from lying under a blanket", Verdict.NONE),
    # a bladder that has stopped working; a moped came off
    ("my bladder has stopped working", Verdict.REPORT),
    ("I came off a moped and my back's been awful since", Verdict.REPORT),
    # legs that won't move, asked why; either of them
    ("why won't my legs move?", Verdict.REPORT),
    ("I can't lift either of my legs off the bed", Verdict.REPORT),
    # what another said a sign means, or asks about it; then, maybe, that one has it
    ("a forum said tingling down both legs is an emergency, how would I know?", Verdict.ASKING),
    ("a video said numbness round the back passage is serious and that's exactly what I've got",
     Verdict.REPORT),
    ("it's asking about fever", Verdict.ASKING),
    ("the leaflet asks 'any loss of bladder control?'", Verdict.ASKING),
])
def test_said_round_a_negative_cut_off_or_without_the_word(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a red-flag word as a figure of speech
    ("honestly I'm numb to all the advice on the internet", Verdict.NONE),
    ("I'm numb with worry about work, what can I take?", Verdict.NONE),
    ("my legs are numb to the touch", Verdict.REPORT),
    ("my left leg's numb to the knee", Verdict.REPORT),
    ("my mind's gone numb, what did I log today?", Verdict.NONE),
    ("the crowd on the telly is at fever pitch", Verdict.NONE),
    ("the kids are in a fever of excitement about Christmas", Verdict.NONE),
    ("I've got a fever and my back's agony", Verdict.REPORT),
    ("that news gave me a tingle of relief", Verdict.NONE),
    ("the TENS pads are on, I like the tingle they give", Verdict.NONE),
    ("spiders make me weak at the knees", Verdict.NONE),
    ("my knees are weak and keep giving way", Verdict.REPORT),
    ("I've fallen out of the routine of doing my exercises", Verdict.NEGATED),
    ("it came on like a car crash, out of the blue", Verdict.NONE),
    ("it's like being kicked by a horse every time I move", Verdict.NONE),
    ("I had a little accident with the bag of ice, water everywhere", Verdict.NONE),
    ("I had an accident on my bike this morning", Verdict.REPORT),
    # a weight landed on the back; a car into one's own; nothing will come
    ("my daughter jumped on my back while I was bending over", Verdict.REPORT),
    ("a van shunted ours at the roundabout and my back's gone", Verdict.REPORT),
    ("with my prostate I'm slow, but now nothing at all will come out", Verdict.REPORT),
    # what one is asked to say is no supposition; "say ..." first is one
    ("say my grandad fell off a step, would he need checking?", Verdict.ASKING),
    ("would it be alright to say I've had the shivers all night", Verdict.REPORT),
    # a sign long known and unchanged; numbness told in a place of its own
    ("the numbness in my toes is my diabetes, I've had it for years, same as ever",
     Verdict.NEGATED),
    ("I've had numb toes for years with my diabetes but now my bum is numb too", Verdict.REPORT),
    ("the pins and needles in my fingers are my carpal tunnel, my legs are fine",
     Verdict.NEGATED),
    # shivers that a cold flat explains, told of another; "know" for "no" before "at all"
    ("my wife's shivering, the flat is freezing, can she have the heat pad?", Verdict.NEGATED),
    ("no, know numbness in my legs at all", Verdict.NEGATED),
])
def test_figures_of_speech_long_known_signs_and_blows(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a temperature read in degrees, or "I'm at ..."; not an age
    ("I'm at thirty-eight point five and my back's killing me", Verdict.REPORT),
    ("I've got thirty-nine degrees and the shakes", Verdict.REPORT),
    ("I'm thirty-nine and this is my first bad back", Verdict.NONE),
    # landed on something hard; knocked over by anyone; what one sat on went over
    ("I slid and landed on the concrete steps, my back's agony", Verdict.REPORT),
    ("my nephew barrelled into me and knocked me over in the garden", Verdict.REPORT),
    ("this spasm knocked me over this morning", Verdict.NONE),
    ("my wheelchair toppled over sideways on the ramp", Verdict.REPORT),
    ("the ladder went over with me on it", Verdict.REPORT),
    ("I tipped the chair back to reach the shelf", Verdict.NONE),
    # a sign feared, not had; a sign in general
    ("I'm scared my legs will go numb later on", Verdict.ASKING),
    ("I'm frightened I'll lose control of my bowels, when is that hospital?", Verdict.ASKING),
    ("I'm scared, my legs have gone numb", Verdict.REPORT),
    ("would having a fever with this mean a doctor?", Verdict.ASKING),
])
def test_readings_landings_things_gone_over_and_fears(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # unable to go, told as the time since one last managed, or as nothing getting out
    ("it's fourteen hours since I last managed to wee and I've tried and tried", Verdict.REPORT),
    ("I'm on the loo and I can't get any pee out at all", Verdict.REPORT),
    # nothing felt when wiping; a leg that won't lift, the limb named before
    ("I wiped and I felt nothing back there", Verdict.REPORT),
    ("my legs are so weak, I can hardly raise my left one", Verdict.REPORT),
    # a fall told with the "i" first, or with "have"
    ("I was reaching for the kettle and tumbled over onto the lino", Verdict.REPORT),
    ("the lamp wobbled and toppled over", Verdict.NONE),
    ("I've just slipped on the wet tiles by the back door", Verdict.REPORT),
    ("I've slipped the heat pack under my back", Verdict.NONE),
    # a fever or a tingle long gone; a tingle from lying on the floor
    ("I had the flu with a fever a fortnight ago, all gone now, can I take ibuprofen?",
     Verdict.NEGATED),
    ("the fever was last month with a chest infection, I'm fine now", Verdict.NEGATED),
    ("my dad ran a fever once with his back and they kept him in, when should I worry?",
     Verdict.NEGATED),
    ("the tingling in my toes two summers ago went away, would it matter if it came back?",
     Verdict.NEGATED),
    ("I had a fever last week and I still have it", Verdict.REPORT),
    ("I've got pins and needles in my foot from the cold floor, how should I lie?",
     Verdict.NEGATED),
    # as a recogniser hears them: "we" for "wee", "won" for "one", "happen" for "happened"
    ("sat on the toilet and i can't get any we out", Verdict.REPORT),
    ("the leaflet says weakness in the legs matters and i can hardly lift my left won",
     Verdict.REPORT),
    ("my friend said losing bladder control is serious and i think it's just happen to me",
     Verdict.REPORT),
    # a word tripped over is no fall; a log is
    ("sorry, I tripped over my words there, how long on the ice?", Verdict.NONE),
    ("I tripped over a log in the garden and landed on my back", Verdict.REPORT),
])
def test_cannot_go_wiping_falls_with_have_and_signs_long_gone(text: str,
                                                              expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fall told as a story in the present (blind set 146)
    ("so I'm carrying the laundry, I trip on the top step and land hard on my bum",
     Verdict.REPORT),
    ("the chair goes from under me and I slam my back against the table", Verdict.REPORT),
    ("I slip on my dressing gown and hobble to the kitchen", Verdict.NONE),
    ("can I slip on my side to get comfy?", Verdict.NONE),
    ("a lorry has gone into the back of our car on the motorway", Verdict.REPORT),
    ("two mugs of tea and I still can't pass a drop", Verdict.REPORT),
    # a child's words for a parent's signs (blind set 147)
    ("my grandad did a wee on the settee and he didn't even notice", Verdict.REPORT),
    ("I had a wee earlier and I didn't know whether to ice straight after", Verdict.NONE),
    ("I had a wee and didn't feel like eating after", Verdict.NONE),
    ("mummy wet herself and she's crying", Verdict.REPORT),
    ("daddy pooed in his pants and he couldn't help it", Verdict.REPORT),
    ("my dad's forehead is boiling and he says his back hurts", Verdict.REPORT),
    # shivers from a bath or bedding, not a fever; a fear of a sign to come
    ("I got the shivers climbing out of the shower, is a warm bath still okay for my back?",
     Verdict.NEGATED),
    ("I'm shivering because the blanket keeps sliding off", Verdict.NEGATED),
    ("I let the water go cold and I'm shivering a bit now", Verdict.NEGATED),
    ("I'm shivering under three blankets and my back is agony", Verdict.REPORT),
    ("I'm terrified of getting numbness down below, when would that need a doctor?",
     Verdict.ASKING),
    ("but say I'd fallen off the ladder, would that be A and E?", Verdict.ASKING),
    ("both my legs feel like they always do", Verdict.NEGATED),
])
def test_falls_told_in_the_present_a_childs_words_and_cold_shivers(text: str,
                                                                    expected: Verdict) -> None:
    assert verdict(text) is expected


def test_he_where_a_word_goes_is_not_the_person() -> None:
    # "heat" heard as "he" ("a he wrap", "on the he pad"); a person's "he" or "she" still is
    assert as_own("a he wrap i can use how many times a day") == (
        "a he wrap i can use how many times a day")
    assert as_own("half an hour on the he pad") == "half an hour on the he pad"
    assert as_own("what can she do to avoid it") == "what can i do to avoid it"
    assert as_own("can dad have ibuprofen for his back") == "can i have ibuprofen for my back"


@pytest.mark.parametrize(("text", "expected"), [
    # a high temperature named bare first in a piece; a setting's is none (blind set 149)
    ("high temperature, sweating buckets, and the back's no better", Verdict.REPORT),
    ("set the heat pad to a high temperature", Verdict.NONE),
    # a fall off a trampoline or a stepladder, or told as how it was done (blind set 150)
    ("I came down off the stepladder onto my back", Verdict.REPORT),
    ("my son's trampoline, I fell off it, the trampoline, and landed on my tailbone",
     Verdict.REPORT),
    ("I did it after falling down the stairs", Verdict.REPORT),
    ("I jarred my back falling off the kerb", Verdict.REPORT),
    ("how do I stop myself from falling down the stairs when my back goes?", Verdict.NONE),
    # nearly wet, no wetting; a wobbly thing, no weakness (blind sets 151, 152)
    ("I laughed so much I almost wet myself and my back twinged", Verdict.NEGATED),
    ("my legs are all wobbly", Verdict.REPORT),
    ("the ice pack is balanced on a wobbly stool", Verdict.NONE),
    # signs said back as questions, each answered no (blind set 152)
    ("fever? nope. pins and needles? no.", Verdict.NEGATED),
    # an ear or forehead thermometer's reading, its word lost
    ("my ear reads thirty-nine and I'm shaking", Verdict.REPORT),
])
def test_bare_temperatures_trampolines_nearly_wet_and_echoed_noes(text: str,
                                                                  expected: Verdict) -> None:
    assert verdict(text) is expected


def test_a_feeling_asked_and_answered_no_is_not_denied() -> None:
    # "no" after a question of feeling tells the sign, not its absence: the echoed no above
    # must not turn it into a denial
    assert verdict("is there any feeling in my bottom? no") is Verdict.REPORT


@pytest.mark.parametrize(("text", "expected"), [
    # a "not" of what is said in earnest, heard without its comma, denies no sign after it
    # (blind set 151, noisy: "prove you're not useless pins and needles all down my left leg")
    ("i'm not joking pins and needles all down my leg", Verdict.REPORT),
    ("honestly i'm not kidding numbness down below since lunch", Verdict.REPORT),
    # ... a "no" of its own still does
    ("I'm not kidding, no numbness at all", Verdict.NEGATED),
])
def test_not_said_in_earnest_denies_nothing(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a feeling checked and answered no tells the sign (the echoed no must not deny it)
    ("any sensation in my backside? nothing", Verdict.REPORT),
    ("can I feel my toes? nope", Verdict.REPORT),
    ("any feeling in my legs? no, wait, yes, it's fine", Verdict.NONE),
])
def test_a_feeling_checked_and_answered_no(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fall someone else had, then one's own too (blind sets 153 and 155)
    ("the old oak had a great fall in the storm, and so did I", Verdict.REPORT),
    ("the baby fell asleep and so did I", Verdict.NONE),
    ("I had a terrible fall this morning", Verdict.REPORT),
    # a form's fields answered no (blind set 156)
    ("fever: no, chills: no", Verdict.NEGATED),
    ("any feeling in the saddle area: none", Verdict.REPORT),
    # what another holds or wagers, the sign just after (blind set 154)
    ("my mate swears numbness down below means surgery", Verdict.ASKING),
    ("my mum thinks it's covid had chills all morning", Verdict.REPORT),
    # a supposition in the middle of the question (blind set 153)
    ("would numbness in my groin, if it ever happened, mean hospital?", Verdict.ASKING),
    # a few words before the "would" (blind set 156, heard without punctuation)
    ("lying awake wondering would a fever with this be a reason to ring someone",
     Verdict.ASKING),
    # shivers when the bath went cold (blind set 153)
    ("I got the shivers when the bath water went cold, should I get out?", Verdict.NEGATED),
    # a "no" before "both" or "got" starts a new sentence (heard without commas)
    ("no both legs are weak and shaking", Verdict.REPORT),
])
def test_falls_told_as_too_form_answers_opinions_and_cold_baths(text: str,
                                                                expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # signs as the recogniser hears them in the spoken blind sets (153, 154): "tumbled" without
    # its ending, "feeling" cut short, "no strength" as "know strength"
    ("i tumble down the whole flight of stairs and now my back's gone", Verdict.REPORT),
    ("what if i tumble down the stairs", Verdict.ASKING),
    ("my groin has lost all feel since lunch", Verdict.REPORT),
    ("my left leg has know strength in it", Verdict.REPORT),
    ("my leg has now strength back", Verdict.NONE),
])
def test_signs_as_a_recogniser_hears_them(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # disbelief is no denial (blind set 158): "can't believe I fell" tells the fall
    ("I can't believe I slipped on the ice, my back is killing me", Verdict.REPORT),
    # legs likened to limp pasta, a lifting that cannot be done of "them" (blind set 157)
    ("my legs feel like overcooked spaghetti, I can't lift either of them", Verdict.REPORT),
    # the toes of a named foot, and a foot that cannot press down (blind sets 158, 160)
    ("I can't wiggle the toes on my right foot", Verdict.REPORT),
    ("I can't push my left foot down at all", Verdict.REPORT),
    # blunt words for soiling (blind set 159)
    ("I've just crapped myself and never felt it coming", Verdict.REPORT),
    ("I've messed my joggers without knowing", Verdict.REPORT),
])
def test_disbelief_pasta_legs_and_blunt_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # off a bike of some kind; thrown into something by someone; struck across the back
    # (blind set 159)
    ("came off my road bike on the way to work and my back's agony", Verdict.REPORT),
    ("a lad barged me into the railings and now my back's gone", Verdict.REPORT),
    ("the swing came back and whacked me across the back", Verdict.REPORT),
    # ... not the pain doing it, in a figure of speech
    ("the spasm slammed me into the floor", Verdict.NONE),
    ("the pain hit me right across the back", Verdict.NONE),
    # likened to being hit, "like" gone (blind set 157)
    ("it felt like being hit by a lorry, though nothing touched me", Verdict.NONE),
])
def test_knocks_told_in_weekend_words(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # shivers a cold place will bring, its "and" unsaid, or after a bath (blind sets 157, 158)
    ("the hall's so cold I'll be shivering before I get to the loo", Verdict.NEGATED),
    ("I always come out of the bath shivery", Verdict.NEGATED),
    # clammy from lying on the heat pad (blind set 160)
    ("I'm all clammy from lying on the heat pad", Verdict.NONE),
    # glad of what one can do, "at all" no sign of a lost "not" (blind set 158)
    ("I'm amazed I can bend my knees at all", Verdict.NONE),
    ("I can get a wee started at all", Verdict.REPORT),
    # a foot asleep because one sat on it (blind set 159)
    ("my foot's gone to sleep because I was sat on it", Verdict.NEGATED),
    # what one may end up with; a doing asked of as a question's subject; "I'm asking"
    # (blind sets 157, 158, 159)
    ("I'll probably end up wetting myself at this rate, when does bladder trouble mean "
     "hospital?", Verdict.ASKING),
    ("is getting the shivers with back pain serious?", Verdict.ASKING),
    ("she is getting a temperature", Verdict.REPORT),
    ("fever, would that mean a doctor? I haven't got one, I'm asking", Verdict.ASKING),
])
def test_cold_places_heat_pads_and_questions_not_reports(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # as the recogniser hears the spoken blind sets 157-160: "a drop" as "the drop", a count
    # or a breath heard as "if to", "crapped" as "cramp", "a raging temperature" as "reaching
    # temperature"
    ("I've been straining for ages and can't pass the drop", Verdict.REPORT),
    ("if to three my left leg just gave way", Verdict.REPORT),
    ("what should i do if to be honest my legs go numb", Verdict.ASKING),
    ("I've cramp myself and didn't even know it was coming", Verdict.REPORT),
    ("I've got the shakes reaching temperature and my back is killing me", Verdict.REPORT),
    # what was wet, told unfelt in a clause of its own; not a drink spilt
    ("I think I've wet the sofa and I didn't feel a thing", Verdict.REPORT),
    ("I wet the floor with my tea and didn't notice", Verdict.NONE),
    # one's own disbelief at a sign, not at a thing one did not do
    ("I can't believe I didn't think of the wheat bag", Verdict.NONE),
])
def test_signs_as_heard_in_sets_157_to_160(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # needing the toilet told as "desperate to go" (blind set 161); not going home
    ("I'm dying to go but nothing will come out", Verdict.REPORT),
    ("I'm desperate to go home but nothing will come of it", Verdict.NONE),
    # a foot that will not flex or respond (blind set 162); not one stiff in the cold
    ("my right foot won't flex", Verdict.REPORT),
    ("my toes aren't responding at all", Verdict.REPORT),
    ("my foot doesn't flex much in the mornings", Verdict.NONE),
    # "no" heard as "know" before a sign (noisy sets 6-164); not a knower's "know"
    ("there's know tingling in my feet", Verdict.NEGATED),
    ("I know numbness is serious", Verdict.ASKING),
    # the back passage as heard; a fall heard as "felt off" the garden ladder
    ("there's a numb patch round my bag passage", Verdict.REPORT),
    ("I felt off the garden ladder", Verdict.REPORT),
    # as the recogniser heard set 161-162: "to" lost, "is" lost, "be" as "feel"
    ("dying go but nothing comes out", Verdict.REPORT),
    ("the wee, it just leaking out", Verdict.REPORT),
    ("would numbness round my bottom feel a reason to ring someone", Verdict.ASKING),
    # a part that does not feel a touch (speech, set 164); not an ache that has gone
    ("my feet don't feel a thing", Verdict.REPORT),
    ("my bum doesn't feel it when I touch it", Verdict.REPORT),
    ("my legs don't feel it any more, the ache has gone", Verdict.NONE),
    # an "if" that only says which part is meant (blind set 164)
    ("the part you sit on if you ride a horse has gone numb", Verdict.REPORT),
    ("if the part you sit on went numb, would that be serious?", Verdict.ASKING),
])
def test_signs_told_in_sets_161_to_164(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # shivers the ice brought on, told with the ice first (blind set 162); not a cold caught
    ("the frozen peas have made me all shivery", Verdict.NONE),
    ("this cold has made me shivery", Verdict.REPORT),
    # a foot asleep from lying on it "for hours" is how long it was lain on (blind set 163)
    ("my foot went to sleep from being folded under me for hours", Verdict.NEGATED),
    # a question someone keeps asking, their "my" before it (blind set 163)
    ("my husband keeps asking whether numbness down below would be serious", Verdict.ASKING),
    ("my son keeps asking me whether tingling in my feet would be serious", Verdict.ASKING),
    # "told" heard as "fell" (speech, set 163)
    ("I fell myself I'd do them properly this time", Verdict.NONE),
])
def test_cold_causes_postures_and_questions_asked_by_others(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected



@pytest.mark.parametrize(("text", "expected"), [
    # the one thing excepted from an all-clear is told (blind set 165); not a denial's exception
    ("I'm alright apart from not feeling my right leg", Verdict.REPORT),
    ("all good other than not being able to control my bladder", Verdict.REPORT),
    ("nothing wrong other than numbness in both feet", Verdict.REPORT),
    ("nothing much besides falling down the stairs earlier", Verdict.REPORT),
    ("no tingling other than in my fingers", Verdict.NEGATED),
    ("what are the warning signs besides saddle numbness?", Verdict.ASKING),
    ("why would not being able to wee mean hospital?", Verdict.ASKING),
    # a fear of losing control, told with its "-ing"
    ("I'm scared of being unable to hold my wee", Verdict.ASKING),
    # retention and accidents in other words (blind sets 165, 167)
    ("I'm fine, only I can't get a drop of pee out", Verdict.REPORT),
    ("I've gone in my trousers and I never felt it", Verdict.REPORT),
    ("I've been in bed for two days, is that okay?", Verdict.NONE),
    ("nil urine output since lunch", Verdict.REPORT),
    ("I can't tell when I need to go, it's just leaking out", Verdict.REPORT),
    # farm and road accidents (blind set 167), and a fall off a stage (168)
    ("the van behind went into us at the roundabout", Verdict.REPORT),
    ("the cow crushed me against the fence", Verdict.REPORT),
    ("the tractor tipped over on top of me", Verdict.REPORT),
    ("the dog rolled on me for a cuddle", Verdict.NONE),
    ("I came off the top of the climbing frame", Verdict.REPORT),
    # "neither", "right round" (blind sets 167, 168)
    ("neither of my legs has any feeling", Verdict.REPORT),
    ("it's gone dead right round my bottom", Verdict.REPORT),
    # a rub's tingle; advice to lose weight; what help a sign would call for, asked
    ("the menthol lotion has left the area all tingly", Verdict.NONE),
    ("my doctor said lose weight", Verdict.NONE),
    ("should numbness in either foot make me call 999?", Verdict.ASKING),
    ("is tingling in both feet a reason to ring 111?", Verdict.ASKING),
])
def test_signs_told_in_sets_165_to_168(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # as the recogniser heard set 167: a word misheard before "feel"; "balm" for "bum"
    ("i can't zealand feel the toilet paper when i wipe", Verdict.REPORT),
    ("my balm on it like it's not going completely dead i can't feel a thing", Verdict.REPORT),
])
def test_signs_as_heard_in_sets_165_to_168(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign told in a relative clause, set off by commas or not (blind set 170)
    ("the knee that won't hold me up is my right one", Verdict.REPORT),
    ("my grandad, who slipped in the shower tonight, can hardly stand", Verdict.REPORT),
    ("a temperature that won't come down is what's bothering me", Verdict.REPORT),
    ("the bit I sit on, which has lost its feeling, scares me", Verdict.REPORT),
    ("the leg that hurts is my left one", Verdict.NONE),
    ("the foot that went to sleep is the one I was kneeling on", Verdict.NEGATED),
    # a bladder full that won't empty; the fall one had; a thing toppled onto one; a leg told
    # to move, and nothing (blind sets 169-172)
    ("my bladder is full and won't empty", Verdict.REPORT),
    ("my bladder feels full but won't empty", Verdict.REPORT),
    ("the fall I took in the garden is why my back hurts", Verdict.REPORT),
    ("a stack of chairs toppled onto me at the hall", Verdict.REPORT),
    ("it all came crashing down on me at work this week", Verdict.NONE),
    ("I try to lift my left foot and nothing happens", Verdict.REPORT),
    # a denial that reaches through "seem to", and along a list with "or"
    ("no, I don't appear to have lost any bladder control", Verdict.NEGATED),
    ("no, I haven't had a fever or any chills", Verdict.NEGATED),
    # a supposition: "in the event of", and an "if" with a comma after it
    ("in the unlikely event of numbness in my groin, what do I do?", Verdict.ASKING),
    ("what should I do if, when I cough, I can't hold my wee?", Verdict.ASKING),
])
def test_signs_told_in_sets_169_to_172(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a look likens only what one has been: a fall it finds is told (blind set 169)
    ("looks like I fell off the stool harder than I realised", Verdict.REPORT),
    ("it looks like I've been hit by a bus, my back", Verdict.NONE),
    # "as if" heard as "asked if"; a leg named before "it buckles under me"; "lets" a verb
    ("it feels asked if my left leg is somebody else's, it's gone numb", Verdict.REPORT),
    ("my right leg won't do anything, it buckles under me", Verdict.REPORT),
    ("my right foot's gone to sleep from being folded under me", Verdict.NEGATED),
    ("my bladder just lets go when I stand up", Verdict.REPORT),
    ("my body just let go down there without any warning", Verdict.REPORT),
    # pins and needles heard without its "and"; a leg, then "I can't lift it"; a bladder,
    # then "it's leaking" (blind sets 170, 171)
    ("the pins needles have spread to both feet", Verdict.REPORT),
    ("my left leg's gone on strike, I can't lift it", Verdict.REPORT),
    ("the shopping bag, I can't lift it, my foot is sore", Verdict.NONE),
    ("my bladder has stopped listening to me, it's leaking", Verdict.REPORT),
    # a dead patch round the saddle, sitting on nothing, the patch one sits on (blind set 170)
    ("there's a dead spot right across my bottom", Verdict.REPORT),
    ("it's like I'm sitting on thin air down there", Verdict.REPORT),
    ("the whole patch I sit on feels dead", Verdict.REPORT),
    # a place that feels nothing; a numb bum heard as "numb balm" (set 170, as the
    # recogniser heard it)
    ("when I press on my bum my inner thighs feel nothing at all", Verdict.REPORT),
    ("my legs feel nothing wrong, it's just the back", Verdict.NONE),
    ("is there help wife are numb balm blinds have no feeling since i woke up", Verdict.REPORT),
])
def test_signs_as_heard_in_sets_169_to_172(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign told as what the body stopped doing, or does no longer (blind set 174)
    ("my left leg has stopped doing what I tell it", Verdict.REPORT),
    ("both my feet have quit working on me", Verdict.REPORT),
    ("my knees no longer hold me up", Verdict.REPORT),
    ("the skin round my bottom has stopped feeling anything", Verdict.REPORT),
    ("I've stopped feeling anything in my right foot", Verdict.REPORT),
    ("I can no longer control my bladder", Verdict.REPORT),
    ("my bowels have given up on me", Verdict.REPORT),
    ("my bladder must have gone in the night", Verdict.REPORT),
    ("the ibuprofen no longer brings my temperature down", Verdict.REPORT),
    ("the paracetamol no longer touches my fever", Verdict.REPORT),
    ("hot and cold by turns since lunch, with this back pain", Verdict.REPORT),
    ("my bladder has stopped hurting since the ice", Verdict.NONE),
    ("I no longer have a fever", Verdict.NEGATED),
    # a sign that stopped, all well now; one that came back is told (blind set 174)
    ("the tingling in my toes stopped this morning and they feel fine now", Verdict.NEGATED),
    ("the pins and needles quit an hour ago and my legs are fine now", Verdict.NEGATED),
    ("my foot went numb, it stopped, but now it's back again", Verdict.REPORT),
    # shivers from a cold bath, shower or swim (blind sets 173, 175, 176)
    ("I had an ice bath after football and now I'm shivering", Verdict.NEGATED),
    ("I hoped a cold shower would help, but I'm shivering", Verdict.NEGATED),
    # what a sign always calls for, asked in general; a sign feared (blind sets 174, 175)
    ("does back pain after a car crash always need a doctor?", Verdict.ASKING),
    ("I feared I'd wet myself on the way to the loo, but I made it", Verdict.ASKING),
])
def test_signs_told_in_sets_173_to_176(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected
