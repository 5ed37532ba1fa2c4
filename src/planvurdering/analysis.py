"""Grading a plan against the criteria: findings, levels, evidence, scores.

For every criterion the engine looks for its terms in each sentence of the
plan, keeps the matches that stand in the right context (most themes count only
where the passage is about newcomers), drops negated ones, and grades each
remaining sentence 1–3 (``language.grading``). A criterion's level is its best
sentence's level; repetition does not raise it. A theme's level is the highest
of its criteria; scores are weighted means scaled to 0–100 (DOMAIN.md §3).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from ._version import __version__
from .criteria import Criteria, Criterion, load_criteria
from .errors import PlanvurderingError
from .language.grading import (
    LevelDecision,
    PassageCues,
    affirmed,
    attributes,
    clauses,
    continues_measure,
    decide_level,
    is_action_table_row,
    is_unit,
    label_attributes,
    negation,
    programme_reference,
)
from .language.norwegian import (
    MEASURE_HEADINGS,
    NEGATION_WORDS,
    PARTNER_PHRASES,
    RESPONSIBLE_LABELS,
)
from .language.passages import Passage, split_passages
from .language.pipeline import detect_language, get_nlp
from .language.terms import TermIndex, TermMatch
from .models import THEME_IDS, Assessment, CriterionResult, Evidence, Plan, ThemeResult
from .scoring import plan_score, theme_level, theme_score
from .statistics import StatisticsSource, statistics_for
from .statistics.municipalities import municipality_names

# Agencies named alone in a list item are partners, not what makes it concrete.
PARTNER_AGENCY_PREFIXES = ("nav", "imdi", "husbanken", "fylkeskommunen")

StatisticsInput = str | Path | StatisticsSource | Iterable[str | Path]
"""What ``assess(statistics=...)`` takes: SSB export paths or a ``StatisticsSource``."""

MAX_EVIDENCE = 3
"""The best few pieces of evidence kept per criterion."""
MAX_QUOTE = 400
NEIGHBOURS = 2
"""Sentences on each side of a match whose words count as its context."""


@dataclass
class _CompiledCriteria:
    index: TermIndex
    terms: dict[str, frozenset[str]]
    """criterion id → its term keys."""
    groups: dict[str, frozenset[str]]
    """term group name → its term keys."""
    excludes: dict[str, frozenset[str]]
    goal_cues: dict[str, frozenset[str]]
    measure_cues: dict[str, frozenset[str]]
    other_themes: dict[str, frozenset[str]]
    """criterion id → the term keys of the criteria of every other theme."""
    all_terms: frozenset[str]
    """The term keys of every criterion (not the groups')."""
    cross_cutting: frozenset[str]
    """The term keys of the criteria of cross-cutting themes (samarbeid)."""
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def group_terms(self, names: Sequence[str]) -> frozenset[str]:
        """The term keys of the named groups together, worked out once per list of names."""
        key = tuple(names)
        found = self._unions.get(key)
        if found is None:
            found = self._unions[key] = frozenset().union(*(self.groups[g] for g in key))
        return found


MUNICIPALITY_NAMES = "@kommunenavn"
"""A term group entry that stands for every municipality name in SSB's register."""


def _expand_placeholders(terms: frozenset[str]) -> frozenset[str]:
    if MUNICIPALITY_NAMES not in terms:
        return terms
    return (terms - {MUNICIPALITY_NAMES}) | municipality_names()


def _compile(criteria: Criteria) -> _CompiledCriteria:
    every: list[str] = []
    terms, excludes, goals, measures = {}, {}, {}, {}
    for c in criteria:
        terms[c.id] = frozenset(c.terms.all())
        excludes[c.id] = frozenset(c.exclude.all())
        goals[c.id] = frozenset(c.levels.goal.all())
        measures[c.id] = frozenset(c.levels.measure.all())
        every += [*terms[c.id], *excludes[c.id], *goals[c.id], *measures[c.id]]
    groups = {
        name: _expand_placeholders(frozenset(t.all())) for name, t in criteria.term_groups.items()
    }
    for group_terms in groups.values():
        every += group_terms
    by_theme: dict[str, set[str]] = {}
    cross_cutting: set[str] = set()
    for c in criteria:
        info = criteria.themes.get(c.theme)
        if info is not None and info.cross_cutting:
            cross_cutting |= terms[c.id]
        if c.with_other_themes:
            # Background criteria (the population and its figures: «prosent», «andel»)
            # do not make a sentence another theme's.
            continue
        if info is not None and info.cross_cutting:
            # A cross-cutting theme's words of its own kind only («samarbeid», «avtale»).
            by_theme.setdefault(c.theme, set()).update(
                terms[c.id] & groups.get(info.cross_cutting, frozenset())
            )
        else:
            by_theme.setdefault(c.theme, set()).update(terms[c.id])
    # Agencies (NAV, IMDi, Husbanken) are actors in every theme, not a theme's subject; the
    # words for newcomers themselves («familiegjenforente», a sprak term) name a group.
    not_topics = (
        groups.get("partnere", frozenset())
        | groups.get("nykommere", frozenset())
        | groups.get("innvandrere", frozenset())
    )
    other_themes = {
        c.id: frozenset().union(*(t for theme, t in by_theme.items() if theme != c.theme))
        - not_topics
        for c in criteria
    }
    return _CompiledCriteria(
        TermIndex(get_nlp().vocab, every),
        terms,
        groups,
        excludes,
        goals,
        measures,
        other_themes,
        frozenset().union(*terms.values()),
        frozenset(cross_cutting),
    )


@lru_cache(maxsize=8)
def _compiled_for(criteria_json: str) -> _CompiledCriteria:
    return _compile(Criteria.model_validate_json(criteria_json))


@dataclass
class _Analysed:
    passage: Passage
    doc: Doc
    matches: list[TermMatch]
    keys: frozenset[str]
    sentences: list[Span]
    references: dict[int, str]
    """Match start → how the programme there is used ("time", "group"; see
    ``programme_reference``), worked out once per passage, not once per criterion."""
    partner_phrases: frozenset[TermMatch]
    """The matches that only name a measure's partner (``partner_phrase_at``)."""
    item_keys: frozenset[str] = frozenset()
    """For a list's lead-in: the terms of the items that follow it."""
    item_attributes: tuple[str, ...] = ()
    """For a list's lead-in: what makes its items concrete (a unit, a time, money, a
    number), so «Saman med NAV skal kommunen i perioden: – …» introduces measures."""


def _analyse(plan: Plan, compiled: _CompiledCriteria, language: str) -> list[_Analysed]:
    passages = split_passages(plan.pages)
    nlp = get_nlp()
    analysed = []
    # Short passages («Tiltak», a table row) carry no sign of their written standard:
    # they are lemmatised in the plan's.
    docs = nlp.pipe(
        (p.text for p in passages), component_cfg={"pv_lemmatizer": {"language": language}}
    )
    for passage, doc in zip(passages, docs, strict=True):
        matches = compiled.index.find(doc)
        keys = frozenset(m.key for m in matches)
        references = {
            m.start: ref for m in matches if (ref := programme_reference(doc, m.start)) is not None
        }
        partners = frozenset(
            m for m in matches if m.key in compiled.cross_cutting and partner_phrase_at(doc, m)
        )
        analysed.append(
            _Analysed(
                passage,
                doc,
                matches,
                keys,
                list(doc.sents),
                references=references,
                partner_phrases=partners,
            )
        )
    return analysed


@dataclass
class _Finding:
    criterion: Criterion
    item: _Analysed
    sentence: Span
    decision: LevelDecision
    matched: list[str]


def _context_keys(
    item: _Analysed, by_passage: dict[int, _Analysed], index: int, reach: int = NEIGHBOURS
) -> frozenset[str]:
    """Terms near sentence ``index``: it and ``reach`` sentences on each side, the
    lead-in and the headings."""
    sentences = item.sentences
    start = sentences[max(index - reach, 0)].start
    end = sentences[min(index + reach, len(sentences) - 1)].end
    keys = {m.key for m in item.matches if start <= m.start < end}
    passage = item.passage
    if passage.lead_in is not None and id(passage.lead_in) in by_passage:
        keys |= by_passage[id(passage.lead_in)].keys
    if index == len(sentences) - 1:
        # «Sammen med NAV skal kommunen: – … deltakere i introduksjonsprogrammet»: the
        # lead-in's last sentence is read with its items.
        keys |= item.item_keys
    for heading in passage.headings:
        if id(heading) in by_passage:
            keys |= by_passage[id(heading)].keys
    return frozenset(keys)


def _word_list(passage: Passage | None) -> list[str]:
    return [] if passage is None else _text_words(passage.text)


def _text_words(text: str) -> list[str]:
    return [w.strip(".,:;()«»").lower() for w in text.replace("|", " ").split()]


def _context_holds(
    keys: frozenset[str], needed: frozenset[str], required: list[frozenset[str]]
) -> bool:
    """One of the ``context`` groups' terms, and a term of each ``requires`` group, occur."""
    if needed and not keys & needed:
        return False
    return all(keys & group for group in required)


def _words(passage: Passage | None) -> set[str]:
    return set(_word_list(passage))


_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«])")


def _lead_in_words(passage: Passage) -> list[str]:
    """The words of a list's lead-in: its last sentence («… Dette vil vi:»), not the whole
    paragraph before the list, whose description («bedrifter innen handel») says nothing
    of who carries the items out or when. A table's lead-in is its header row, whole."""
    lead_in = passage.lead_in
    if lead_in is None:
        return []
    if passage.kind == "row":
        return _word_list(lead_in)
    return _text_words(_SENTENCE_BREAK_RE.split(lead_in.text.strip())[-1])


def _grade_sentence(
    criterion: Criterion,
    compiled: _CompiledCriteria,
    item: _Analysed,
    index: int,
    matches: list[TermMatch],
    own: str | None,
) -> LevelDecision | None:
    sentence = item.sentences[index]
    passage = item.passage
    in_sentence = {m.key for m in item.matches if sentence.start <= m.start < sentence.end}
    # The words of the groups a criterion requires are what it is about, not attributes
    # of a measure: «Samarbeidet med IMDi og fylkeskommunen skal styrkes» names partners
    # of the cooperation, not who carries a measure out.
    about = compiled.group_terms(criterion.requires)
    subject = frozenset(
        i
        for m in item.matches
        if m.key in about and sentence.start <= m.start < sentence.end
        for i in range(m.start, m.end)
    )
    following = _following_labels(item, index, compiled.all_terms)
    lead_in_words = _lead_in_words(passage)
    cues = PassageCues(
        kind=passage.kind,
        lead_in=tuple(lead_in_words) if passage.lead_in else None,
        lead_in_colon=bool(passage.lead_in and passage.lead_in.text.rstrip().endswith(":")),
        lead_in_words=frozenset(lead_in_words),
        heading_words=frozenset().union(*(_words(h) for h in passage.headings)),
        action_table=is_action_table_row(
            passage.kind, passage.lead_in.text if passage.lead_in else None
        ),
        extra_goal=tuple(sorted(in_sentence & compiled.goal_cues[criterion.id])),
        extra_measure=tuple(sorted(in_sentence & compiled.measure_cues[criterion.id])),
        matched=frozenset(i for m in matches for i in range(m.start, m.end)) | subject,
        own=own,
        extra_attributes=tuple(following),
        responsible_after=any(a.split(":")[0].lower() in RESPONSIBLE_LABELS for a in following),
        list_attributes=(
            item.item_attributes
            if index == len(item.sentences) - 1 and sentence.text.rstrip().endswith(":")
            else ()
        ),
    )
    first = matches[0].start
    ranges = clauses(sentence)
    for n, (start, end) in enumerate(ranges):
        if not start <= first < end:
            continue
        clause_tokens = list(item.doc[start:end])
        effect = negation(clause_tokens, first, matches[0].end)
        if effect == "drop":
            # "… har ikke X, men skal …": a later clause may still commit to it.
            for later_start, later_end in ranges[n + 1 :]:
                later = decide_level(list(item.doc[later_start:later_end]), cues)
                if later is not None and later.level >= 2:
                    later.confidence = 0.6
                    return later
            return None
        decision = decide_level(list(sentence), cues)
        if effect == "describe" and decision is not None:
            return LevelDecision(1, ["nektet utsagn"], confidence=0.6)
        if decision is not None and decision.level > 1 and _undercut(item.doc, ranges[n + 1 :]):
            # "Voksenopplæringen ønsker å tilby …, men har ikke ressurser": a wish, level 1.
            return LevelDecision(1, ["ønske uten dekning"], confidence=0.6)
        return decision
    return decide_level(list(sentence), cues)


def _undercut(doc: Doc, later: list[tuple[int, int]]) -> bool:
    """Whether a later «men …»-clause negates what the sentence commits to."""
    for start, end in later:
        words = [t.text.lower() for t in doc[start:end]]
        if words and words[0] == "men" and any(w in NEGATION_WORDS for w in words):
            return True
    return False


def _without_excluded(
    item: _Analysed, sentence: Span, matches: list[TermMatch], excluded: frozenset[str]
) -> list[TermMatch]:
    """The matches an ``exclude`` term leaves: one that overlaps a match takes that
    match away («som bosettes» leaves «å bosette flyktninger» in the same sentence);
    one that stands apart takes away the matches of its clause («Områdene avsatt til
    boligformål …», but not «…, men blant kommunens ansatte …» after a «men»)."""
    hits = [
        m for m in item.matches if m.key in excluded and sentence.start <= m.start < sentence.end
    ]
    kept = [m for m in matches if not any(h.start < m.end and m.start < h.end for h in hits)]
    ranges = clauses(sentence)

    def clause_of(position: int) -> int:
        return next(n for n, (a, b) in enumerate(ranges) if a <= position < b)

    apart = {
        clause_of(h.start)
        for h in hits
        if not any(h.start < m.end and m.start < h.end for m in matches)
    }
    return [m for m in kept if clause_of(m.start) not in apart]


def _rescued(
    sentence_keys: set[str],
    compiled: _CompiledCriteria,
    criterion: Criterion,
    groups: list[str],
) -> bool:
    """Whether the sentence holds a term of ``groups`` or one of the criterion's own level
    cues: what keeps a finding that would otherwise only name a target group
    (``with_other_themes``, ``commitment_requires``)."""
    return bool(
        sentence_keys
        & (
            compiled.group_terms(groups)
            | compiled.goal_cues[criterion.id]
            | compiled.measure_cues[criterion.id]
        )
    )


_TOPIC_WORDS = frozenset({"om", "omkring"})
_NOT_TOPIC_AFTER = frozenset({"at", "å", "det", "dette", "du", "vi", "ein", "en", "ikke", "ikkje"})


def _object_holds(item: _Analysed, match: TermMatch, groups: frozenset[str]) -> bool:
    """Whether a match that ends in «med» is followed, within five words, by a term of
    ``groups``; other matches always hold."""
    if item.doc[match.end - 1].lower_ != "med":
        return True
    return any(m.key in groups and match.end <= m.start < match.end + 5 for m in item.matches)


def _names_own_topic(doc: Doc, sentence: Span, match: TermMatch) -> bool:
    """Whether «om …» follows the match closely and says what it is about
    («samarbeid med nabokommunene om brann og legevakt»)."""
    end = min(match.end + 8, sentence.end)
    for i in range(match.end, end):
        if doc[i].lower_ in _TOPIC_WORDS:
            nxt = doc[i + 1].lower_ if i + 1 < sentence.end else ""
            return nxt not in _NOT_TOPIC_AFTER
    return False


def _excluded_nearby(
    item: _Analysed,
    index: int,
    excluded: frozenset[str],
    sentence_keys: set[str],
    compiled: _CompiledCriteria,
    criterion: Criterion,
) -> bool:
    """An exclude term in the sentence before or after, and no word of the criterion's
    ``exclude_nearby_unless`` groups in the sentence itself."""
    exempt = compiled.group_terms(criterion.exclude_nearby_unless)
    if sentence_keys & exempt:
        return False
    sentences = item.sentences
    start = sentences[max(index - 1, 0)].start
    end = sentences[min(index + 1, len(sentences) - 1)].end
    return any(start <= m.start < end and m.key in excluded for m in item.matches)


def partner_phrase_at(doc: Doc, match: TermMatch) -> bool:
    """Whether a cooperation term only names a measure's partner («i samarbeid med
    næringslivet», «sammen med NAV»): then it does not make the sentence about
    cooperation, so «strategi for å halde på arbeidsinnvandrarar, i samarbeid med
    næringslivet» stays about labour immigrants."""
    text = " ".join(t.text.lower() for t in doc[max(match.start - 1, 0) : match.end + 1])
    return any(" ".join(p) in text for p in PARTNER_PHRASES)


def _under_measure_heading(item: _Analysed) -> bool:
    """Whether the passage stands under a heading that names a measure («Tiltak 1.3 …»)."""
    return any(
        h.text.split()[0].strip(".:").lower() in MEASURE_HEADINGS
        for h in item.passage.headings
        if h.text.split()
    )


def _reach(criterion: Criterion) -> int:
    """How many sentences on each side count as a match's context."""
    return NEIGHBOURS if criterion.context_sentences is None else criterion.context_sentences


def _counts(reference: str | None, for_another_theme: bool) -> bool:
    """Whether a match counts: not as a point in time, nor as a group's name where
    another theme's finding is what the sentence is about."""
    return reference is None or (reference == "group" and not for_another_theme)


def _following_labels(item: _Analysed, index: int, terms: frozenset[str]) -> list[str]:
    """Attributes in the label sentences right after sentence ``index`` («Ansvar: …»),
    or else in the next sentence when it carries on the same measure without naming
    any term of its own («Røde Kors driver flyktningguideordningen. I 2025 er målet
    20 par, og kommunen gir et tilskudd på 60 000 kroner.»)."""
    found: list[str] = []
    for following in item.sentences[index + 1 :]:
        labels = label_attributes(list(following))
        if not labels:
            break
        found += labels
    if not found and _under_measure_heading(item):
        # «Tiltak 1.3 …» and its text, with «Ansvar: … Ferdig: … Kostnad: …» at the end:
        # the labels belong to the whole measure.
        for following in item.sentences[index + 1 :]:
            found += label_attributes(list(following))
    if found or index + 1 >= len(item.sentences):
        return found
    following = item.sentences[index + 1]
    if any(
        following.start <= m.start < following.end and m.key in terms and not is_unit(m.text)
        for m in item.matches
    ):
        # A finding of its own (a unit's name, «integreringstjenesten», is none).
        return found
    tokens = list(following)
    if not continues_measure(tokens):
        return found
    return attributes(affirmed(tokens))


def _findings(
    criterion: Criterion,
    compiled: _CompiledCriteria,
    analysed: list[_Analysed],
    by_passage: dict[int, _Analysed],
    municipality: str | None,
) -> tuple[list[_Finding], bool]:
    """The graded sentences for ``criterion``, and whether any match was discarded."""
    own = compiled.terms[criterion.id]
    excluded = compiled.excludes[criterion.id]
    needed = compiled.group_terms(criterion.context)
    required = [compiled.groups[group] for group in criterion.requires]
    findings: list[_Finding] = []
    discarded = False
    for item in analysed:
        if not item.keys & own or item.passage.kind == "heading":
            continue
        for index, sentence in enumerate(item.sentences):
            sentence_keys = {
                m.key for m in item.matches if sentence.start <= m.start < sentence.end
            }
            # «praksisplasser for deltakere i introduksjonsprogrammet»: the programme only
            # names the group another theme's finding is for. Without another theme in the
            # sentence, the programme is what it is about («60 prosent av deltakerne i
            # introduksjonsprogrammet skal være i arbeid»).
            for_another_theme = any(
                m.key in compiled.other_themes[criterion.id]
                and sentence.start <= m.start < sentence.end
                and item.references.get(m.start) != "time"
                and m not in item.partner_phrases
                for m in item.matches
            )
            matches = [
                m
                for m in item.matches
                if m.key in own
                and sentence.start <= m.start < sentence.end
                and _counts(item.references.get(m.start), for_another_theme)
            ]
            if not matches:
                continue
            if (
                for_another_theme
                and criterion.with_other_themes
                and not _rescued(sentence_keys, compiled, criterion, criterion.with_other_themes)
            ):
                # «norskopplæring for innvandrere», «møteplasser der innvandrere og andre
                # innbyggere blir kjent»: the group is the other theme's target group
                # (CODEBOOK; labelling rule 4), unless the sentence is about the population
                # or holds the criterion's own level cues («… halde på arbeidsinnvandrarar»).
                discarded = True
                continue
            if sentence_keys & excluded:
                matches = _without_excluded(item, sentence, matches, excluded)
                if not matches:
                    discarded = True
                    continue
            if criterion.object_requires:
                partners = compiled.group_terms(criterion.object_requires)
                matches = [m for m in matches if _object_holds(item, m, partners)]
                if not matches:
                    # «Inngå avtaler med fem lokale bedrifter …»: the partner is an
                    # employer, whatever agency stands in the responsibility column.
                    discarded = True
                    continue
            if (
                criterion.topic_requires
                and not sentence_keys & compiled.group_terms(criterion.topic_requires)
                and not sentence_keys & compiled.other_themes[criterion.id]
                and _names_own_topic(item.doc, sentence, matches[0])
            ):
                # «Samarbeidet med nabokommunane om legevakt …» next to a sentence on
                # refugees: the cooperation says what it is about (a topic of another
                # theme, «om boligsosialt arbeid», keeps it).
                discarded = True
                continue
            if criterion.exclude_nearby_unless and _excluded_nearby(
                item, index, excluded, sentence_keys, compiled, criterion
            ):
                discarded = True
                continue
            if (needed or required) and not _context_holds(
                _context_keys(item, by_passage, index, _reach(criterion)), needed, required
            ):
                discarded = True
                continue
            decision = _grade_sentence(criterion, compiled, item, index, matches, municipality)
            if decision is None or (
                decision.level >= 2
                and criterion.commitment_requires
                and not _rescued(sentence_keys, compiled, criterion, criterion.commitment_requires)
            ):
                # «Rådet skal uttale seg i saker som gjeld innbyggjarar med
                # innvandrarbakgrunn»: a commitment for the group, not about it.
                discarded = True
                continue
            if needed and not (sentence_keys & needed):
                decision.confidence = round(decision.confidence - 0.1, 2)
            matched = list(dict.fromkeys(m.text for m in matches))
            findings.append(_Finding(criterion, item, sentence, decision, matched))
    return findings, discarded


def _evidence(finding: _Finding) -> Evidence:
    passage = finding.item.passage
    text = finding.sentence.text.strip()
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1].rsplit(" ", 1)[0] + " …"
    return Evidence(
        page=passage.page.number,
        page_label=passage.page.label,
        section=passage.section_text,
        text=text,
        matched=finding.matched,
        level=finding.decision.level,
        cues=list(dict.fromkeys(finding.decision.cues)),
        confidence=finding.decision.confidence,
        ocr=passage.page.ocr,
    )


def _grade_criterion(
    criterion: Criterion,
    criteria: Criteria,
    compiled: _CompiledCriteria,
    analysed: list[_Analysed],
    by_passage: dict[int, _Analysed],
    plan: Plan,
    plan_type: str | None,
) -> CriterionResult:
    findings, discarded = _findings(criterion, compiled, analysed, by_passage, plan.municipality)
    # Best first: level, then confidence, then position in the plan.
    order = sorted(
        enumerate(findings),
        key=lambda pair: (-pair[1].decision.level, -pair[1].decision.confidence, pair[0]),
    )
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for _, finding in order:
        piece = _evidence(finding)
        if piece.text in seen:
            continue
        seen.add(piece.text)
        evidence.append(piece)
        if len(evidence) == MAX_EVIDENCE:
            break
    level = evidence[0].level if evidence else 0
    # No evidence: fairly sure it is absent, less so when matches were discarded.
    confidence = evidence[0].confidence if evidence else (0.6 if discarded else 0.85)
    return CriterionResult(
        id=criterion.id,
        title=criterion.title.nb,
        title_nn=criterion.title.nn,
        level=level,
        weight=criterion.weight,
        applies=criteria.applies(criterion, plan_type),
        confidence=confidence,
        evidence=evidence,
        advice=criterion.advice,
    )


def assess(
    plan: Plan,
    criteria: Criteria | None = None,
    *,
    county: str | int | None = None,
    municipality: str | int | None = None,
    plan_type: str | None = None,
    statistics: StatisticsInput | None = None,
    statistics_year: int | None = None,
) -> Assessment:
    """Grade ``plan`` against ``criteria`` (default: the shipped catalogue).

    Args:
        plan: a plan from :func:`planvurdering.read_plan` (or ``Plan.from_text``).
        criteria: a catalogue from :func:`planvurdering.load_criteria`.
        county: the county whose statistics go with the assessment, by number
            («46») or name («Vestland»); ``None`` for none.
        municipality: the municipality the plan is from, by number («4651») or
            name («Stryn»); its county is used when ``county`` is not given, and a
            name given here names the plan's municipality in the result.
        statistics: SSB statistics-bank exports (JSON-stat 2.0 or CSV paths, or a
            ``StatisticsSource``) with newer figures; default: the handbook's
            2013 figures.
        statistics_year: the year to take from ``statistics`` (default: the latest).
        plan_type: a plan type id from the catalogue (``samfunnsdel``,
            ``boligsosial_handlingsplan`` …); default: the type ``read_plan``
            detected. Levels are found for every theme; scores judge only the
            themes that apply to the type.

    Returns:
        The :class:`~planvurdering.models.Assessment`.

    Raises:
        StatisticsError: an unknown county.
        PlanvurderingError: an unknown plan type.
    """
    criteria = criteria if criteria is not None else load_criteria()
    plan_type = plan_type or plan.plan_type
    if plan_type is not None and plan_type not in criteria.plan_types:
        known = ", ".join(sorted(criteria.plan_types))
        raise PlanvurderingError(f"Ukjent plantype «{plan_type}». Kjente plantyper: {known}.")
    compiled = _compiled_for(criteria.model_dump_json())
    language = detect_language(plan.text)
    analysed = _analyse(plan, compiled, language)
    by_passage = {id(a.passage): a for a in analysed}
    following: dict[int, set[str]] = {}
    concrete: dict[int, list[str]] = {}
    for a in analysed:
        if a.passage.lead_in is not None and a.passage.kind == "item":
            following.setdefault(id(a.passage.lead_in), set()).update(a.keys)
            concrete.setdefault(id(a.passage.lead_in), []).extend(
                x
                for x in attributes(list(a.doc))
                if not x.lower().startswith(PARTNER_AGENCY_PREFIXES)
            )
    for a in analysed:
        if id(a.passage) in following:
            a.item_keys = frozenset(following[id(a.passage)])
            a.item_attributes = tuple(dict.fromkeys(concrete.get(id(a.passage), [])))

    results: dict[str, list[CriterionResult]] = defaultdict(list)
    for criterion in criteria:
        results[criterion.theme].append(
            _grade_criterion(criterion, criteria, compiled, analysed, by_passage, plan, plan_type)
        )

    themes: dict[str, ThemeResult] = {}
    for theme_id in THEME_IDS:
        if theme_id not in criteria.themes or not results.get(theme_id):
            continue
        info = criteria.themes[theme_id]
        theme_results = results[theme_id]
        applicable = [r for r in theme_results if r.applies]
        themes[theme_id] = ThemeResult(
            id=theme_id,
            title=info.title,
            weight=info.weight,
            applies=bool(applicable),
            level=theme_level(theme_results),
            score=theme_score(theme_results),
            criteria=theme_results,
        )
    score = plan_score(themes.values())

    notes: list[str] = []
    left_out = [t for t in themes.values() if not t.applies]
    if left_out and plan_type is not None:
        type_title = criteria.plan_types[plan_type].title.nb
        names = ", ".join(t.title.nb for t in left_out)
        notes.append(f"For en {type_title} vurderes ikke: {names}.")

    if isinstance(municipality, str) and not municipality.strip().isdigit():
        plan = plan.model_copy(update={"municipality": _municipality_name(municipality)})
    figures = statistics_for(
        county, municipality=municipality, source=statistics, year=statistics_year, plan=plan
    )

    return Assessment(
        plan={**plan.summary(), "language": language},
        criteria_version=criteria.version,
        library_version=__version__,
        plan_type=plan_type,
        score=score,
        themes=themes,
        statistics=figures,
        notes=notes,
    )


def _municipality_name(name: str) -> str:
    """«Stryn» → «Stryn kommune»; a name that already says «kommune» is kept."""
    stripped = name.strip()
    return stripped if stripped.lower().endswith("kommune") else f"{stripped} kommune"
