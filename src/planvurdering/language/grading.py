"""Deciding a finding's level from the sentence around a match (CODEBOOK.md).

* level 1 – the plan mentions or describes it;
* level 2 – the plan commits to it: a goal, a strategy, a «skal»/«vil» statement;
* level 3 – a concrete measure with a responsible actor, a time frame,
  resources or a measurable target, or a row of an action table.

Negation («kommunen har ikke …», «det finst ingen …») removes a finding; a
negated description of others («mange flyktningar får ikkje …») stays a
description (level 1).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .norwegian import (
    ABSENCE_SUBJECTS,
    ABSENCE_VERBS,
    ACTOR_WORDS,
    AGENCY_STEMS,
    ANAPHORS,
    BUDGET_HEADINGS,
    CHALLENGE_HEADINGS,
    CLAUSE_BREAKS,
    COMMISSION_PHRASES,
    EVALUATIVE_BEFORE_INFINITIVE,
    EXISTENTIAL_VERBS,
    FINISHED_WORDS,
    FIRM_GOAL_WORDS,
    GOAL_CLAUSE_OPENERS,
    GOAL_HEADINGS,
    GOAL_PHRASES,
    GOAL_WORDS,
    GROUP_LABEL_STEMS,
    GROUP_NAMING_WORDS,
    HEDGE_PHRASES,
    INCREASE_VERBS,
    INDICATOR_HEADINGS,
    INPUT_HOLDERS,
    INPUT_VERBS,
    MEASURE_HEADINGS,
    MEASURE_LABELS,
    MEASURE_VERBS,
    MONTHS,
    NEGATION_EXCEPTIONS,
    NEGATION_REACH,
    NEGATION_WORDS,
    NOT_ACTION_BIGRAMS,
    NOT_DONE_WORDS,
    NUMBER_WORDS,
    OFFER_PHRASES,
    OPINION_HOLDERS,
    OPINION_VERBS,
    OTHER_MUNICIPALITY_SUBJECTS,
    PARTNER_AGENCIES,
    PARTNER_PHRASES,
    PASSIVE_REQUESTS,
    PAST_BEFORE_START,
    PAST_HEADING_WORDS,
    PAST_PHRASES,
    PAST_TENSE,
    PLAN_LIST_HEADINGS,
    PLAN_LIST_TIMES,
    PLAN_VERBS,
    PURPOSE_MODALS,
    PURPOSE_OPENERS,
    REQUEST_VERBS,
    RESOURCE_WORDS,
    RESPONSIBLE_LABELS,
    SOURCE_PREPOSITIONS,
    START_WORDS,
    STATE_FRAMEWORK_PHRASES,
    STATUS_QUO_PHRASES,
    STUDY_WORDS,
    TARGET_BLOCKERS,
    TARGET_UNITS,
    TIME_PREPOSITIONS,
    TIME_REFERENCE_WORDS,
    TIME_WORDS,
    TOPIC_PREPOSITIONS,
    TOPIC_SHIFTS,
    UNIT_SUFFIXES,
    WILL_SUBJECTS,
    WILL_WORDS,
    WISH_VERBS,
)

_YEAR_RE = re.compile(r"^(19|20)\d\d[.,]?$")
_YEAR_RANGE_RE = re.compile(r"^(19|20)\d\d[–-](19|20)?\d\d[.,]?$")
_NUMBER_RE = re.compile(r"^\d+([.,]\d+)?[.,]?$")
_PLAN_WORD_RE = re.compile(r"plan(en|er|ene|ar|ane|a)?$|^plan$")
_PLURAL_RE = re.compile(r"^[a-zæøå]{3,}(er|ar|ene|ane|inger|ingar)$")


@dataclass
class LevelDecision:
    """The level of one finding and the words that decided it."""

    level: int
    cues: list[str] = field(default_factory=list)
    negated: bool = False
    confidence: float = 0.9


def _lower(token: Token) -> str:
    return token.text.lower()


def clauses(sent: Span) -> list[tuple[int, int]]:
    """Token ranges (doc indices) of the clauses of ``sent``, split at «men», «;» …"""
    ranges = []
    start = sent.start
    for token in sent:
        if _lower(token) in CLAUSE_BREAKS and token.i > start:
            ranges.append((start, token.i))
            start = token.i
    ranges.append((start, sent.end))
    return ranges


def negation(tokens: list[Token], match_start: int, match_end: int | None = None) -> str | None:
    """'drop', 'describe' or None: how negation in a clause affects a match in it.

    A negation counts when it stands before the match in the clause, or just
    after it («X er ikke utarbeidet»); one in a relative clause («foreldre som
    ikke har norskopplæring») or far behind the match («…, og ikkje samlast»)
    does not take the finding away.
    """
    lowered = [_lower(t) for t in tokens]
    end = match_end if match_end is not None else match_start + 1
    for i, word in enumerate(lowered):
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in NEGATION_WORDS and (word, nxt) not in NEGATION_EXCEPTIONS:
            if _in_purpose_clause(lowered, i):
                # «For at deltakarane ikkje skal miste framgangen, skal …»
                continue
            position = tokens[i].i
            if position >= end + NEGATION_REACH:
                continue
            if "som" in lowered[max(i - 3, 0) : i]:
                continue
            before = set(lowered[:i])
            after = lowered[i + 1 : i + 4]
            if before & ABSENCE_SUBJECTS or before & EXISTENTIAL_VERBS:
                return "drop"
            if word in {"ingen", "inga", "intet"} and position < match_start:
                return "drop"
            if set(after) & NOT_DONE_WORDS:
                return "drop"
            return "describe"
        if word in ABSENCE_VERBS and set(lowered[:i]) & ABSENCE_SUBJECTS:
            return "drop"
    return None


def _has_phrase(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


# The past passive auxiliary («ble/vart oppretta»), and with «hadde/var» what marks a goal
# as the past's («Forrige plan hadde som mål …»).
_PASSIVE_PAST = frozenset({"ble", "blei", "vart"})
_PAST_MARKERS = _PASSIVE_PAST | {"hadde", "var"}
# «innen/innan»: a deadline only before a time.
_BY = frozenset({"innen", "innan"})


def goal_cues(tokens: list[Token]) -> list[str]:
    """The words in ``tokens`` that make a statement a commitment."""
    words = [_lower(t) for t in tokens]
    cues = [
        t.text
        for i, (t, w) in enumerate(zip(tokens, words, strict=True))
        if w in GOAL_WORDS
        and not (w in PURPOSE_MODALS and _in_purpose_clause(words, i))
        # «familiar som skal busetjast»: a relative clause names a group, no commitment
        and not (w in PURPOSE_MODALS and i > 0 and words[i - 1] == "som")
        # «Forrige plan hadde som mål å …», «var det sett mål om …»: a goal of the past
        and not (w not in PURPOSE_MODALS and _PAST_MARKERS & set(words[max(i - 3, 0) : i]))
        and not (w in WISH_VERBS and not _municipal_subject(words, i))
    ]
    for i, w in enumerate(words):
        if w in WILL_WORDS and _municipal_subject(words, i):
            cues.append(tokens[i].text)
    cues += [" ".join(p) for p in GOAL_PHRASES if _has_phrase(words, p)]
    return cues


def _says(lowered: list[str], verbs: frozenset[str], holder: Callable[[str], bool]) -> bool:
    """Whether a word that ``holder`` accepts is the subject of one of ``verbs`` near the
    sentence's start («IMDi Midt-Norge mener …», «Ungdomsrådet har bedt om at …»)."""
    for i, word in enumerate(lowered[:8]):
        if word in verbs:
            return any(holder(w) for w in lowered[:i])
    return False


def _agency_says(lowered: list[str], verbs: frozenset[str]) -> bool:
    """An agency's opinion («IMDi Midt-Norge mener …», OPINION_VERBS) or its request to the
    municipality («IMDi ber kommunen …», REQUEST_VERBS)."""
    return _says(lowered, verbs, lambda w: w.split("-")[0] in OPINION_HOLDERS)


def _input_says(lowered: list[str]) -> bool:
    """A council's, business's or residents' reported view («Ungdomsrådet har bedt om at …»)."""
    return _says(lowered, INPUT_VERBS, INPUT_HOLDERS.__contains__)


def _municipal_goal(lowered: list[str]) -> bool:
    """Whether the municipality itself commits in the sentence («…, og kommunen skal …»)."""
    return any(
        w in FIRM_GOAL_WORDS and _municipal_subject(lowered, i) for i, w in enumerate(lowered)
    )


def _municipal_subject(words: Sequence[str], i: int) -> bool:
    """Whether the verb at ``i`` has the municipality as subject: right before it
    («kommunen vil») or, in inverted order, right after («I 2025 vil kommunen …»)."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in WILL_SUBJECTS or after in WILL_SUBJECTS


def _in_purpose_clause(words: Sequence[str], i: int) -> bool:
    """Whether the modal at ``i`` stands in a purpose clause («… er viktige for at nye
    innbyggere skal bli kjent …»): the aim of something else, not the plan's commitment."""
    window = words[max(0, i - 7) : i]
    return any((a, b) in PURPOSE_OPENERS for a, b in itertools.pairwise(window)) and not any(
        w in CLAUSE_BREAKS for w in window
    )


def _actor_word(word: str) -> bool:
    """An actor by its word: «kommunedirektøren», «NAV», «NAV-kontoret»."""
    return word in ACTOR_WORDS or word.split("-")[0] in AGENCY_STEMS


def is_unit(text: str) -> bool:
    low = text.lower()
    return len(low) > 6 and low.endswith(UNIT_SUFFIXES)


def attributes(tokens: list[Token]) -> list[str]:
    """Words that make a measure concrete: who, when, how much, how many."""
    found: list[str] = []
    words = [_lower(t) for t in tokens]
    for i, (token, word) in enumerate(zip(tokens, words, strict=True)):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        nxt2 = words[i + 2] if i + 2 < len(words) else ""
        text = token.text
        if word in {"ansvar", "ansvaret"} and not (
            prev in {"har", "får", "fær", "med", "tar", "tek"}
            or nxt in {":", "for", "er", "ligg", "ligger"}
        ):
            # «felles ansvar», «ta på seg større ansvar»: no one made responsible.
            continue
        actor = _actor_word(word)
        if actor and (prev in SOURCE_PREPOSITIONS or prev in TOPIC_PREPOSITIONS):
            # «startlån fra Husbanken», «anmodningen fra IMDi»: where something comes
            # from, not who carries the measure out.
            continue
        if word in _BY and not _time_follows(nxt):
            # «bedrifter innen handel og bygg»: a field, not a deadline.
            continue
        if word in {"hvert", "kvart", "kvar"} and prev == "etter":
            # «etter kvart» (gradually) is no frequency.
            continue
        if (
            actor
            or is_unit(text)
            or (text.isupper() and len(text) >= 2 and text not in {"SSB", "KOSTRA"})
        ) or word in TIME_WORDS:
            found.append(text)
        elif _YEAR_RANGE_RE.match(word) and prev in TIME_PREPOSITIONS | {"perioden"}:
            found.append(f"{prev} {text}")
        elif _YEAR_RE.match(word):
            if prev in TIME_PREPOSITIONS or prev in MONTHS:
                found.append(f"{prev} {text}")
        elif word in RESOURCE_WORDS or text == "NOK":  # «nok» is also "enough"
            found.append(text)
        elif (
            (_NUMBER_RE.match(word) or word in NUMBER_WORDS)
            and prev not in TARGET_BLOCKERS
            and (
                nxt in TARGET_UNITS
                or nxt2 in TARGET_UNITS
                or nxt == "%"
                or (
                    _PLURAL_RE.match(nxt) is not None
                    and nxt not in MONTHS
                    and not _YEAR_RE.match(word)
                )
            )
        ):
            found.append(f"{text} {tokens[i + 1].text}")
    return found


@dataclass(frozen=True)
class PassageCues:
    """What the passage around a sentence says about its level."""

    kind: str
    """'heading', 'paragraph', 'item' or 'row'."""
    lead_in: tuple[str, ...] | None = None
    """The lead-in's words in order, for phrases."""
    lead_in_colon: bool = False
    """The lead-in ends with a colon: it introduces the list («… skal kommunen:»)."""
    lead_in_words: frozenset[str] = frozenset()
    heading_words: frozenset[str] = frozenset()
    action_table: bool = False
    extra_goal: tuple[str, ...] = ()
    """The criterion's own goal cues found in the sentence."""
    extra_measure: tuple[str, ...] = ()
    """The criterion's own measure cues found in the sentence."""
    own: str | None = None
    """The plan's own municipality, to tell text about other municipalities."""
    extra_attributes: tuple[str, ...] = ()
    """Attributes from label sentences that follow («Ansvar: NAV. Frist: 2025.»)."""
    responsible_after: bool = False
    """A label sentence that follows gives the measure a responsible unit («Ansvar: …»)."""
    list_attributes: tuple[str, ...] = ()
    """For a sentence that introduces a list («Saman med NAV skal kommunen:»): what makes
    its items concrete measures."""
    matched: frozenset[int] = frozenset()
    """Doc indices of the matched term tokens: what a finding is about is not
    also its attribute («samarbeide med IMDi» does not make IMDi responsible)."""


def _has_any(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(_has_phrase(words, phrase) for phrase in phrases)


_LAST_YEARS_RE = re.compile(r"\bsiste (?:\w+ )?(?:årene|åra)\b")


def describes_status_quo(tokens: list[Token]) -> str | None:
    """The phrase that marks a sentence as describing today or the past, if any."""
    words = [_lower(t) for t in tokens]
    for phrase in STATUS_QUO_PHRASES:
        if _has_phrase(words, phrase):
            return " ".join(phrase)
    # «de siste fem årene», «dei siste ti åra»: a period behind us
    found = _LAST_YEARS_RE.search(" ".join(words))
    return found.group(0) if found else None


def affirmed(tokens: list[Token]) -> list[Token]:
    """The tokens outside negated segments: «…, men det er ikke satt av midler» gives
    no resources."""
    kept: list[Token] = []
    segment: list[Token] = []
    for token in [*tokens, None]:
        if token is None or token.text in {",", ";"} or _lower(token) in CLAUSE_BREAKS:
            if not any(_lower(t) in NEGATION_WORDS for t in segment):
                kept += segment
            segment = []
        if token is not None:
            segment.append(token)
    return kept


def _hedged(lowered: list[str]) -> bool:
    """A hedge («bør vurdere», «kan være aktuelt»), not the purpose of a measure
    («går gjennom kontraktene for å vurdere om leietakeren kan kjøpe»)."""
    for phrase in HEDGE_PHRASES:
        n = len(phrase)
        for i in range(len(lowered) - n + 1):
            if tuple(lowered[i : i + n]) == phrase and tuple(lowered[max(i - 2, 0) : i]) not in {
                ("for", "å"),
                ("for", "og"),
            }:
                return True
    return False


def continues_measure(tokens: list[Token]) -> bool:
    """Whether a sentence without terms of its own carries on the measure before it:
    it points back («dette», «målet», «ordninga») and commits, acts or funds
    («I 2025 er målet 20 par, og kommunen gir et tilskudd på 60 000 kroner.»)."""
    words = [_lower(t) for t in tokens]
    if not words or words[0] in TOPIC_SHIFTS or " ".join(words[:2]) in TOPIC_SHIFTS:
        return False
    # «Det er satt av 120 000 kroner …»: the plain «det» of a passive opening points back.
    expletive = words[0] == "det" and len(words) > 1 and words[1] in {"er", "blir", "vert"}
    if not (set(words) & ANAPHORS or expletive):
        return False
    return bool(
        goal_cues(tokens)
        or any(w in MEASURE_VERBS or w in RESOURCE_WORDS or w in RESPONSIBLE_LABELS for w in words)
        or {"ansvaret", "ansvar"} & set(words)
    )


_DEADLINE_NOUNS: frozenset[str] = frozenset(
    """
    utgangen utgongen slutten årsskiftet planperioden sommeren sommaren våren hausten høsten
    vinteren neste fristen utløpet nyttår ett eitt ein en et eit to tre fire fem seks
    """.split()
)


def _time_follows(word: str) -> bool:
    """Whether the word after «innen» makes it a deadline («innen 2026», «innen utgangen
    av året», «innen tre måneder», «innen juni»)."""
    return bool(word[:1].isdigit()) or word in MONTHS or word in _DEADLINE_NOUNS


def _deadline_in(words: tuple[str, ...] | None) -> bool:
    """Whether «innen»/«innan» in these words is followed by a time."""
    words = words or ()
    return any(
        w in _BY and i + 1 < len(words) and _time_follows(words[i + 1]) for i, w in enumerate(words)
    )


def _goal_clause_start(lowered: list[str]) -> int:
    """Where the «at»-clause of a goal verb («bidra til at», «sikre at», «arbeide for at»)
    begins; the sentence's length when there is none."""
    for i, word in enumerate(lowered):
        if word != "at" or i == 0:
            continue
        before = tuple(lowered[max(i - 3, 0) : i])
        if any(before[-len(p) :] == p for p in GOAL_CLAUSE_OPENERS):
            return i
    return len(lowered)


_FINITE_RE = re.compile(r"^[a-zæøå]{3,}(er|ar)$")
_FINITE_SHORT: frozenset[str] = frozenset(
    {"tek", "tar", "gir", "gjev", "driv", "set", "tilset", "kartlegg", "byr", "får"}
)


_UNIT_NOUNS: frozenset[str] = frozenset(
    {"eining", "einingar", "einingane", "enhet", "enheten", "enheter", "enhetene", "avdelingen"}
    | {"avdelinga", "tenesta", "tjenesten", "verksemda", "virksomheten", "kontoret", "etat"}
)


def _done_by_an_actor(tokens: list[Token], lowered: list[str], i: int) -> bool:
    """Whether a finite verb in the present («tilbyr», «rekrutterer», «leiger») has the
    municipality, one of its units or a partner agency as subject. Others doing it
    («bedriftene rekrutterer sesongarbeidarar», «to tredjedelar leiger bustaden») is a
    description, not the plan's measure. Infinitives and passives («skal tilby»,
    «etableres») are left to the rest of the sentence."""
    word = lowered[i]
    if tuple(lowered[max(i - 2, 0) : i]) == ("for", "å"):
        # «… ordningane til Husbanken for å kjøpe eigen bustad»: a purpose, not an act.
        return False
    finite = word in _FINITE_SHORT or (
        _FINITE_RE.match(word) is not None and not word.endswith(("ster", "ester"))
    )
    if not finite or (i > 0 and lowered[i - 1] in {"å", "og", "eller"}):
        return True
    start = i
    while start > max(i - 6, 0) and lowered[start - 1] not in {",", ";", "og", "men", "mens"}:
        start -= 1
    around = [*range(start, i), *range(i + 1, min(i + 3, len(lowered)))]
    return any(_actor_at(tokens, lowered, j) for j in around)


def _actor_at(tokens: list[Token], lowered: list[str], j: int) -> bool:
    """The municipality (not «i kommunen», a place), one of its units, an agency, a
    name («Røde Kors», «HR») at ``j``."""
    word, text = lowered[j], tokens[j].text
    if word in _UNIT_NOUNS:
        # «Kvar eining tek imot …», «Hver enhet tilbyr …»
        return True
    if word in WILL_SUBJECTS:
        return j == 0 or lowered[j - 1] not in {"i", "frå", "fra", "til", "av"}
    return (
        _actor_word(word)
        or is_unit(text)
        or (len(text) >= 2 and text.isupper())
        # a service named first, definite singular («Biblioteket tilbyr …»,
        # «Helsestasjonen gir …»), not a plural group («Bedriftene rekrutterer …»)
        or (
            j == 0
            and text[:1].isupper()
            and word.endswith(("en", "et", "a"))
            and not word.endswith(("ene", "ane", "na"))
        )
        or (
            text[:1].isupper()
            and (j > 0 or tokens[j].pos_ == "PROPN")
            and (j == 0 or lowered[j - 1] not in {"i", "frå", "fra", "til", "av", "med", "på"})
        )
    )


_CONTINUED = frozenset(
    {"videreført", "vidareført", "videreføres", "vidareførast", "videreføre", "vidareføre"}
)


def _reported_done(lowered: list[str]) -> bool:
    """A status cell: «… | Gjennomført 2020», «… | Avslutta» — not «Ikkje gjennomført», «… som
    har fullført vidaregåande» nor «… vidareført i denne planen»."""
    return any(
        w in FINISHED_WORDS and (i == 0 or lowered[i - 1] == "|") for i, w in enumerate(lowered)
    ) and not _CONTINUED & set(lowered)


def _names_resources(lowered: list[str]) -> bool:
    """Money or posts in the sentence («1,4 mill. kroner», «ei ny lærarstilling»)."""
    return any(
        w in RESOURCE_WORDS or w.endswith(("stilling", "stillinger", "stillingar", "årsverk"))
        for w in lowered
    )


def _not_an_action(lowered: list[str], i: int) -> bool:
    """«Planen bygger på …» (is based on) is not building anything, nor is a verb in a
    relative clause that names a group («dem som bosettes»)."""
    nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
    if (lowered[i], nxt) in NOT_ACTION_BIGRAMS:
        return True
    if any(w in {"kan", "kunne"} for w in lowered[max(i - 2, 0) : i]) and not (
        {"om", "at", "å"} & set(lowered[:i])
    ):
        # «frivillige organisasjoner kan søke tilskudd»: a possibility, not a measure
        # (but «… for å vurdere om leietakeren kan kjøpe» leaves the measure before it).
        return True
    if i >= 2 and lowered[i - 1] == "å" and lowered[i - 2] in EVALUATIVE_BEFORE_INFINITIVE:
        # «det er krevende å gi et godt introduksjonsprogram»: an appraisal, not an act.
        return True
    if any(w in _PASSIVE_PAST for w in lowered[max(i - 2, 0) : i]):
        # «det vart busett færre flyktningar i 2023»: what happened, not a measure.
        return True
    # «personar som ikkje klarer å skaffe seg bustad»: a relative clause describes a group.
    for word in reversed(lowered[max(i - 4, 0) : i]):
        if word in CLAUSE_BREAKS or word in {",", ";", ":"}:
            return False
        if word == "som":
            return True
    return False


def _is_labelled_measure(lowered: list[str]) -> bool:
    """«Tiltak: …», «Tiltak 7: …» – a measure labelled as one at the start."""
    head = lowered[:4]
    if not head or head[0] not in MEASURE_HEADINGS:
        return False
    return ":" in head[1:3]


def _other_municipality(tokens: list[Token], own: str | None) -> bool:
    """Whether the sentence is about another municipality («Grong kommune har …»,
    «Nabokommunen har …»)."""
    if any(_lower(t) in OTHER_MUNICIPALITY_SUBJECTS for t in tokens[:2]):
        # «Nabokommunen har …», «Flere nabokommuner har …»
        return True
    if len(tokens) < 2 or tokens[1].text.lower() != "kommune" or not tokens[0].text[:1].isupper():
        return False
    return own is None or tokens[0].text.lower() not in own.lower()


def programme_reference(doc: Doc, start: int) -> str | None:
    """How the programme term at ``start`` is used: ``"time"`` for a point in time
    («bli boende etter introduksjonsprogrammet», «etter avsluttet
    introduksjonsprogram»), ``"group"`` when it names a group («deltakere i
    introduksjonsprogrammet», «deltakere som har avsluttet introduksjonsprogrammet»),
    else ``None``."""
    if start < 1 or not _lower(doc[start]).startswith(GROUP_LABEL_STEMS):
        return None
    before = [_lower(t) for t in doc[max(start - 4, doc[start].sent.start) : start]]
    if before and before[-1] in TIME_REFERENCE_WORDS:
        return "time"
    if before and before[-1] in FINISHED_WORDS:
        # «etter avsluttet introduksjonsprogram», «som har fullført introduksjonsprogrammet»
        return "time"
    if any(w in GROUP_NAMING_WORDS for w in before):
        return "group"
    return None


def label_attributes(tokens: Sequence[Token]) -> list[str]:
    """Attributes of a label sentence («Ansvar: kultureininga.», «Frist: 2025.»), else []."""
    lowered = [_lower(t) for t in tokens[:3]]
    if len(lowered) < 2 or lowered[1] != ":" or lowered[0] not in MEASURE_LABELS:
        return []
    return [f"{tokens[0].text}: {' '.join(t.text for t in tokens[2:6])}".strip()]


_PAST_YEAR_ATTR_RE = re.compile(r"^(i|fra|frå) (19|20)\d\d")


def _weak(attribute: str) -> bool:
    """A partner named, no more: an agency or a «sammen med …» phrase."""
    word = attribute.lower().split("-")[0]
    return attribute.startswith("partner") or word in PARTNER_AGENCIES


def _counted_terms(tokens: list[Token], matched: frozenset[int]) -> list[str]:
    """A number before the finding's own word is a measurable target («minst åtte
    språkpraksisplassar», «20 utleieboliger»), though the word itself is no attribute;
    «i året» makes it yearly."""
    found: list[str] = []
    for prev, token in itertools.pairwise(tokens):
        word = _lower(prev)
        if (
            token.i in matched
            and prev.i not in matched
            and (_NUMBER_RE.match(word) or word in NUMBER_WORDS)
            and not _YEAR_RE.match(word)
            and _PLURAL_RE.match(_lower(token)) is not None
        ):
            found.append(f"{prev.text} {token.text}")
    return found


def decide_level(tokens: list[Token], cues: PassageCues) -> LevelDecision | None:
    """The level that ``tokens`` (the clause or sentence of a match) supports.

    ``None`` when the sentence does not count for this plan: it is about the
    past or about another municipality, and the plan does not take it up.
    """
    kind, lead_in_words, heading_words = cues.kind, cues.lead_in_words, cues.heading_words
    lowered = [_lower(t) for t in tokens]
    goals = goal_cues(tokens) + list(cues.extra_goal)
    kept = affirmed(tokens)
    attrs = attributes([t for t in kept if t.i not in cues.matched]) + _counted_terms(
        kept, cues.matched
    )
    # «skal sammen med NAV bidra til at arbeidsgivere tar inn flyktninger»: what stands in
    # the «at»-clause of a goal verb is the goal's content, not the measure.
    reach = _goal_clause_start(lowered)
    actions = sorted(
        {
            w
            for i, w in enumerate(lowered)
            if (w in MEASURE_VERBS or (w in INCREASE_VERBS and _names_resources(lowered)))
            and i < reach
            and not _not_an_action(lowered, i)
            and _done_by_an_actor(tokens, lowered, i)
        }
        | {" ".join(p) for p in OFFER_PHRASES if _has_phrase(lowered, p)}
    ) + (
        # «Det vart tildelt startlån til 9 hushald i 2023»: what was done, a statistic.
        [] if _PASSIVE_PAST & set(lowered) else list(cues.extra_measure)
    )
    listed = kind in {"item", "row"}
    labelled = _is_labelled_measure(lowered)
    context_words = heading_words | lead_in_words
    under_measures = labelled or bool(context_words & MEASURE_HEADINGS)
    under_goals = bool(context_words & GOAL_HEADINGS) or bool(
        lead_in_words & (GOAL_WORDS | {"vil"})
    )
    if _has_any([_lower(t) for t in tokens if t.i not in cues.matched], PARTNER_PHRASES):
        # Not when the phrase is the finding itself (samarbeid: «sammen med NAV»).
        attrs.append("partner")
    if listed and cues.lead_in is not None and cues.lead_in_colon:
        # "Sammen med NAV skal kommunen: …" – the lead-in's partners and time frames count
        # (a lead-in that says so with its colon, not any paragraph before a list).
        attrs += sorted(
            w
            for w in lead_in_words
            if (w in ACTOR_WORDS and w not in {"ansvar", "ansvaret"})
            or (w in TIME_WORDS and (w not in _BY or _deadline_in(cues.lead_in)))
        )
        if _has_any(cues.lead_in, PARTNER_PHRASES):
            attrs.append("partner i innledningen")
    # Making or revising a plan is a commitment to plan, not a measure (CODEBOOK).
    plan_making = any(_PLAN_WORD_RE.search(w) for w in lowered) and (
        (bool(actions) and set(actions) <= PLAN_VERBS)
        or (cues.action_table and bool(_PLAN_WORD_RE.search(lowered[0])))
        # «Rullere boligsosial handlingsplan | Boligkontoret | 2026»
        or (cues.action_table and lowered[0] in PLAN_VERBS)
    )
    dated_start = any(
        w in START_WORDS
        and i + 1 < len(lowered)
        and _YEAR_RE.match(lowered[i + 1])
        and (i == 0 or lowered[i - 1] not in PAST_BEFORE_START)
        for i, w in enumerate(lowered)
    )
    # Making or revising a plan, a study or the council's commission («Kommunestyret ber
    # kommunedirektøren greie ut …») is a commitment, not yet the measure.
    studying = any(w in STUDY_WORDS for w in lowered) or _has_any(lowered, COMMISSION_PHRASES)
    ceiling = 2 if plan_making or studying else 3

    if _agency_says(lowered, OPINION_VERBS):
        # «IMDi mener planen bør …»: a consultation party's view, not the plan's own.
        return None
    if _has_any(lowered, STATE_FRAMEWORK_PHRASES):
        # «Integreringsloven pålegger kommunene …, og kommunene skal ha en plan»: the
        # state's demand, even with a «skal».
        return None
    if _agency_says(lowered, REQUEST_VERBS) and not _municipal_goal(lowered):
        # «IMDi har anmodet kommunen om å bosette 25 flyktninger i 2025»: described.
        return LevelDecision(1, ["anmodning"], confidence=0.7)
    if _has_any(lowered, PASSIVE_REQUESTS) and not _municipal_goal(lowered):
        # «Kommunen er anmodet av IMDi om å bosette 20 flyktninger i 2025»: described.
        return LevelDecision(1, ["anmodning"], confidence=0.7)
    if _input_says(lowered) and not _municipal_goal(lowered):
        # «Ungdomsrådet har bedt om at det opprettes ei møteplass …»: a wish reported.
        return LevelDecision(1, ["innspill"], confidence=0.7)
    if not goals and (_has_any(lowered, PAST_PHRASES) or bool(heading_words & PAST_HEADING_WORDS)):
        return None
    if kind == "row" and not goals and _reported_done(lowered):
        # «Samarbeidsavtale med NAV om praksisplassar | Gjennomført 2020»: a status table
        # of what was done, not a measure of this plan.
        return None
    if _other_municipality(tokens, cues.own) and not _municipal_goal(lowered):
        # «Regjeringa sin strategi legg vekt på at fleire innvandrarar skal …»: a «skal»
        # that is not this municipality's.
        return None
    attrs += list(cues.extra_attributes)
    hedged = _hedged(lowered) and not (set(goals) & FIRM_GOAL_WORDS)
    if hedged:
        # "Kommunen bør vurdere om …": a wish without commitment (CODEBOOK level 1).
        return LevelDecision(1, ["ønske uten forpliktelse"], confidence=0.7)
    if cues.action_table:
        return LevelDecision(min(3, ceiling), ["tiltakstabell", *attrs[:3]], confidence=0.85)
    if not goals and (heading_words | lead_in_words) & CHALLENGE_HEADINGS:
        # «Hovudutfordringar: – Mange verksemder … rekrutterer frå utlandet»: described.
        return LevelDecision(1, ["utfordring"], confidence=0.7)
    status_quo = describes_status_quo(tokens)
    if status_quo and not goals:
        # "Voksenopplæringen gir i dag norskopplæring til 40 deltakere": today's service.
        return LevelDecision(1, [status_quo], confidence=0.7)
    # «Kommunestyret ber kommunedirektøren greie ut korleis …»: a commissioned study
    # commits the municipality (level 2, under the study ceiling).
    commissioned = _has_any(lowered, COMMISSION_PHRASES) or any(
        w in STUDY_WORDS and not w.endswith(("ning", "ing")) for w in lowered
    )
    committed = bool(goals) or commissioned or (listed and (under_goals or under_measures))
    is_measure = (
        bool(actions)
        or labelled
        or dated_start
        or (listed and under_measures)
        or cues.responsible_after
    )
    if PAST_TENSE & set(lowered):
        # «Innvandrerrådet ble opprettet i 2019»: a year in the past is no time frame.
        attrs = [a for a in attrs if not _PAST_YEAR_ATTR_RE.match(a)]
    if committed and cues.list_attributes and not plan_making:
        # «Sammen med NAV skal kommunen: – skaffe ti praksisplasser innen 2026 …»: the
        # lead-in commits to the measures listed under it (CODEBOOK, a list's lead-in).
        cues_found = [*(goals or ["mål"])[:2], *cues.list_attributes[:2]]
        return LevelDecision(min(3, ceiling), cues_found, confidence=0.7)
    if committed and (not listed or goals) and attrs and all(_weak(a) for a in attrs):
        # «Kommunen skal skaffe boliger … og vil samarbeide med Husbanken»: a goal that
        # names partners is still a goal; a measure needs a unit, a time, money or a number.
        return LevelDecision(2, (goals or ["mål"])[:3], confidence=0.7)
    if (
        attrs
        and is_measure
        and (committed or actions or labelled or dated_start or cues.responsible_after)
    ):
        confidence = 0.85 if len(attrs) > 1 or goals else 0.7
        cues_found = [*(goals or actions or ["tiltak"])[:2], *attrs[:3]]
        return LevelDecision(min(3, ceiling), cues_found, confidence=confidence)
    if committed:
        return LevelDecision(2, (goals or ["mål/tiltak i liste"])[:3], confidence=0.8)
    if listed and actions:
        return LevelDecision(2, actions[:2], confidence=0.6)
    return LevelDecision(1, [], confidence=0.8)


def is_action_table_row(kind: str, header_text: str | None) -> bool:
    """Whether a table row stands in an action table (tiltak | ansvar | frist)."""
    if kind != "row" or not header_text:
        return False
    words = {w.strip(".:").lower() for w in re.split(r"[\s|/]+", header_text)}
    return (
        bool(words & RESPONSIBLE_LABELS)
        or (bool(words & MEASURE_HEADINGS) and bool(words & {"frist", "tid", "når", "periode"}))
        # A planstrategi's list of plans to make (plan | type | oppstart): commitments.
        or (bool(words & PLAN_LIST_HEADINGS) and bool(words & PLAN_LIST_TIMES))
        # A budget table: money set aside for each row.
        or (
            (bool(words & BUDGET_HEADINGS) or sum(bool(_YEAR_RE.match(w)) for w in words) >= 2)
            # «Indikator | Status 2024 | Mål 2028» holds targets: goals, not measures.
            and not words & INDICATOR_HEADINGS
        )
    )
