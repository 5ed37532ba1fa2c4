"""The criteria documentation, generated from the YAML catalogue and the features.

``docs/criteria.md`` is written by :func:`render_criteria_docs` (the CLI command
``planvurdering criteria docs``): for each theme and criterion it shows the
handbook passage, the evidence terms, the advice and the example sentences of the
Norwegian BDD scenarios in ``features/``, with the level each must get.

The scenarios are read by a small reader of the subset of Norwegian Gherkin the
features use (``Scenario``/``Scenariomal``, ``Eksempler`` tables, docstrings and
data tables), so that the documentation needs no test dependency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .criteria import Criteria, Criterion, Terms
from .errors import CriteriaError

_ID_IN_STEP = re.compile(r"«([a-z_]+\.[a-z0-9_]+)»")
_CRITERION_STEP = re.compile(r"får kriteriet «([a-z_]+\.[a-z0-9_]+)» nivå (\d)")
_THEME_STEP = re.compile(r"får temaet «([a-z_]+)» nivå (\d)")
_TEXT_STEP = re.compile(r'en plan med teksten "(.*)"$')
_STEP_KEYWORDS = ("Gitt ", "Når ", "Så ", "Og ", "Men ", "* ")
_SCENARIO_KEYWORDS = ("Scenariomal:", "Abstrakt Scenario:", "Scenario:", "Eksempel:")
_NYNORSK_MARKERS = re.compile(
    r"\b(ikkje|frå|eit|ein|ei|innan|kvart|kvar|dei|vere|korleis|gjev|bustad\w*|"
    r"innvandrar\w*|flyktningar|saman|berre|òg|eige|eigen)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FeatureExample:
    """One plan text of a scenario and the level a criterion or theme must get for it."""

    file: str
    scenario: str
    text: str
    language: str
    level: int
    criterion_id: str | None
    theme: str


@dataclass
class _Scenario:
    name: str
    steps: list[str] = field(default_factory=list)
    docstring: list[str] = field(default_factory=list)
    step_table: list[list[str]] = field(default_factory=list)
    examples: list[list[str]] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _read_scenarios(path: Path) -> list[_Scenario]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise CriteriaError(f"Kan ikke lese feature-filen «{path}»: {e}", path=path) from e
    scenarios: list[_Scenario] = []
    current: _Scenario | None = None
    in_docstring = in_examples = False
    for raw in lines:
        line = raw.strip()
        if in_docstring:
            if line in ('"""', "```"):
                in_docstring = False
            elif current is not None:
                current.docstring.append(line)
            continue
        if line.startswith(_SCENARIO_KEYWORDS):
            current = _Scenario(name=line.split(":", 1)[1].strip())
            scenarios.append(current)
            in_examples = False
        elif current is None:
            continue
        elif line in ('"""', "```"):
            in_docstring = True
        elif line.startswith("Eksempler:"):
            in_examples = True
        elif line.startswith("|"):
            (current.examples if in_examples else current.step_table).append(_cells(line))
        elif line.startswith(_STEP_KEYWORDS):
            current.steps.append(line.split(" ", 1)[1])
    return scenarios


def _guess_language(text: str) -> str:
    return "nn" if _NYNORSK_MARKERS.search(text) else "nb"


def _expand(scenario: _Scenario) -> list[tuple[list[str], dict[str, str]]]:
    """The scenario's steps once per example row, with ``<name>`` filled in."""
    if not scenario.examples:
        return [(scenario.steps, {})]
    header, *rows = scenario.examples
    runs = []
    for row in rows:
        values = dict(zip(header, row, strict=False))
        steps = []
        for step in scenario.steps:
            for name, value in values.items():
                step = step.replace(f"<{name}>", value)
            steps.append(step)
        runs.append((steps, values))
    return runs


def feature_examples(features_dir: str | Path) -> list[FeatureExample]:
    """Every (plan text, expected level) pair in the ``*.feature`` files of a folder.

    Args:
        features_dir: the folder with the features (``features/``).

    Returns:
        One :class:`FeatureExample` per expected criterion or theme level, in file
        and scenario order. ``language`` is the example table's ``målform`` column
        where there is one, otherwise guessed from the text.

    Raises:
        CriteriaError: when a feature file cannot be read.
    """
    found: list[FeatureExample] = []
    for path in sorted(Path(features_dir).glob("*.feature")):
        for scenario in _read_scenarios(path):
            for steps, values in _expand(scenario):
                text = "\n".join(scenario.docstring)
                if scenario.step_table:
                    text = "\n".join(" | ".join(r) for r in scenario.step_table)
                for step in steps:
                    match = _TEXT_STEP.search(step)
                    if match:
                        text = match[1]
                language = values.get("målform") or _guess_language(text)
                for step in steps:
                    criterion = _CRITERION_STEP.search(step)
                    theme = _THEME_STEP.search(step)
                    if criterion:
                        cid: str | None = criterion[1]
                        level, theme_id = int(criterion[2]), criterion[1].split(".", 1)[0]
                    elif theme:
                        cid, level, theme_id = None, int(theme[2]), theme[1]
                    else:
                        continue
                    found.append(
                        FeatureExample(
                            path.name, scenario.name, text, language, level, cid, theme_id
                        )
                    )
    return found


def criterion_ids_in_features(features_dir: str | Path) -> set[str]:
    """Every criterion id written as «tema.navn» in a step of the features."""
    ids: set[str] = set()
    for path in sorted(Path(features_dir).glob("*.feature")):
        for scenario in _read_scenarios(path):
            for step in scenario.steps:
                ids.update(_ID_IN_STEP.findall(step))
    return ids


# --------------------------------------------------------------------- rendering


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _terms(terms: Terms, language: str) -> str:
    words = terms.nb if language == "nb" else terms.nn
    return ", ".join(f"`{w}`" for w in words) or "–"


# The criterion fields that name term groups, and how the docs say what they do.
_GROUP_FIELDS: tuple[tuple[str, str], ...] = (
    ("requires", "- **Krever i tillegg hver av termgruppene:** {groups}"),
    (
        "exclude_nearby_unless",
        "- **Ordene som ikke teller, teller også i setningen før og etter**, "
        "med mindre setningen selv har en term fra {groups}",
    ),
    (
        "with_other_themes",
        "- **I en setning med et annet temas termer teller det bare sammen med "
        "termgruppe:** {groups} (ellers er gruppen bare målgruppen for det andre temaet)",
    ),
    (
        "commitment_requires",
        "- **Et mål eller tiltak (nivå 2–3) teller bare med termgruppe i setningen:** "
        "{groups} (ellers er gruppen bare målgruppen for noe kommunen gjør)",
    ),
    ("object_requires", "- **Etter «med» («avtale med», «sammen med») må det følge:** {groups}"),
    (
        "topic_requires",
        "- **Når setningen selv sier hva det gjelder («om …»), må den ha termgruppe:** {groups}",
    ),
)


def _criterion_section(criterion: Criterion, examples: list[FeatureExample]) -> list[str]:
    out = [
        f"### {criterion.title.nb}",
        "",
        f"`{criterion.id}` · *{criterion.title.nn}* · vekt {criterion.weight:g}",
        "",
        " ".join(criterion.description.nb.split()),
        "",
        f"> «{' '.join(criterion.handbook.quote.split())}»",
        f"> — håndboka, «{criterion.handbook.section}»",
        "",
        f"- **Termer (bokmål):** {_terms(criterion.terms, 'nb')}",
        f"- **Termer (nynorsk):** {_terms(criterion.terms, 'nn')}",
    ]
    if criterion.context:
        groups = ", ".join(f"`{g}`" for g in criterion.context)
        out.append(f"- **Teller bare sammen med termgruppe:** {groups}")
    if criterion.context_sentences is not None:
        out.append(
            f"- **Termgruppen må stå innenfor {criterion.context_sentences} setning(er)** "
            "før eller etter treffet"
        )
    for field_name, template in _GROUP_FIELDS:
        named = getattr(criterion, field_name)
        if named:
            out.append(template.format(groups=", ".join(f"`{g}`" for g in named)))
    if criterion.exclude.all():
        out.append(f"- **Teller ikke når setningen nevner:** {_terms(criterion.exclude, 'nb')}")
    if criterion.levels.goal.all():
        out.append(f"- **Signal for nivå 2:** {_terms(criterion.levels.goal, 'nb')}")
    if criterion.levels.measure.all():
        out.append(f"- **Signal for nivå 3:** {_terms(criterion.levels.measure, 'nb')}")
    if criterion.plan_types is not None:
        out.append(f"- **Plantyper:** {', '.join(criterion.plan_types) or '–'}")
    out += [
        "",
        "**Råd (bokmål):** " + " ".join(criterion.advice.nb.split()),
        "",
        "**Råd (nynorsk):** " + " ".join(criterion.advice.nn.split()),
        "",
    ]
    own = [e for e in examples if e.criterion_id == criterion.id]
    if own:
        out += [
            f"**Eksempler** (`features/{own[0].file}`):",
            "",
            "| nivå | målform | plantekst |",
            "|---|---|---|",
        ]
        out += [f"| {e.level} | {e.language} | {_cell(e.text)} |" for e in own]
        out.append("")
    else:
        out += ["**Eksempler:** ingen scenarier ennå.", ""]
    return out


def render_criteria_docs(criteria: Criteria, features_dir: str | Path) -> str:
    """The Markdown page ``docs/criteria.md`` for a catalogue and its features.

    Args:
        criteria: the loaded catalogue (``load_criteria()``).
        features_dir: the folder with the Norwegian BDD features (``features/``).

    Returns:
        The page as Markdown text, deterministic for the same input.

    Raises:
        CriteriaError: when a feature file cannot be read.
    """
    examples = feature_examples(features_dir)
    out = [
        "# Kriteriene",
        "",
        "<!-- Generert av `planvurdering criteria docs` fra criteria/*.yaml og "
        "features/*.feature. Ikke rediger for hånd. -->",
        "",
        f"Katalogversjon {criteria.version}: {len(criteria)} kriterier i "
        f"{len({c.theme for c in criteria})} temaer. Hvert kriterium bygger på et sitat fra "
        "håndboka «Innvandring som ressurs for Norge». Nivåene er 0 ikke omtalt, 1 omtalt, "
        "2 mål/strategi og 3 konkret tiltak. Eksemplene er scenariene i `features/`, som "
        "kjøres som tester.",
        "",
    ]
    for theme, info in criteria.themes.items():
        members = criteria.by_theme(theme)
        if not members:
            continue
        optional = ", valgfritt" if info.optional else ""
        out += [
            f"## {info.title.nb} (`{theme}`)",
            "",
            f"*{info.title.nn}* · vekt {info.weight:g}{optional} · {len(members)} kriterier",
            "",
        ]
        for criterion in members:
            out += _criterion_section(criterion, examples)
        theme_cases = [e for e in examples if e.criterion_id is None and e.theme == theme]
        if theme_cases:
            out += ["### Hele temaet", "", "| nivå | scenario | plantekst |", "|---|---|---|"]
            out += [f"| {e.level} | {_cell(e.scenario)} | {_cell(e.text)} |" for e in theme_cases]
            out.append("")
    return "\n".join(out).rstrip() + "\n"
