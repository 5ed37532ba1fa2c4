"""The criteria catalogue: YAML data in ``criteria/``, validated by pydantic.

A catalogue folder holds ``catalogue.yaml`` (version, themes, plan types, named
term groups) and one YAML file per theme with its criteria. Every criterion
rests on a quoted passage of the handbook «Innvandring som ressurs for Norge».

Errors name the file, the line and the field, in Norwegian.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import CriteriaError
from .models import THEME_IDS, Language, Localized

CATALOGUE_FILE = "catalogue.yaml"

_ID_RE = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")
_UNSAFE_TAG_RE = re.compile(r"for the tag '([^']+)'")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Terms(_Model):
    """Words and phrases in both written standards.

    A term is a lemma or a phrase of lemmas; the matcher covers inflected
    forms and compounds (``bolig`` finds «utleieboligene» and «boligplanen»).
    A term written with capitals (``NAV``, ``IMDi``) matches case-sensitively,
    as a whole word or before a hyphen («NAV-kontoret»).
    """

    nb: list[str] = Field(default_factory=list, title="Bokmål")
    nn: list[str] = Field(default_factory=list, title="Nynorsk")

    def all(self) -> list[str]:
        """Both standards' terms, without duplicates, in order."""
        return list(dict.fromkeys([*self.nb, *self.nn]))

    @field_validator("nb", "nn")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        for term in value:
            if not term.strip():
                raise ValueError("tomme termer er ikke tillatt")
        return value


class HandbookRef(_Model):
    """The handbook passage a criterion rests on."""

    section: str = Field(min_length=1, title="The heading the passage stands under")
    quote: str = Field(min_length=10, title="A verbatim quote of the passage")


class Levels(_Model):
    """Criterion-specific cues that lift a finding, beyond the general ones."""

    goal: Terms = Field(default_factory=Terms, title="Cues for level 2 (mål/strategi)")
    measure: Terms = Field(default_factory=Terms, title="Cues for level 3 (konkret tiltak)")


class Criterion(_Model):
    """One criterion: what a county checks in a plan, and what it advises."""

    id: str = Field(title="'<theme>.<slug>'")
    theme: str = Field(default="", title="Theme id (taken from the file when omitted)")
    title: Localized
    description: Localized
    handbook: HandbookRef
    weight: float = Field(gt=0, default=1.0)
    terms: Terms = Field(title="Evidence terms")
    context: list[str] = Field(
        default_factory=list,
        title="Term groups of which one must occur near a match (e.g. 'nykommere')",
    )
    requires: list[str] = Field(
        default_factory=list,
        title="Term groups that must each occur near a match as well (e.g. 'arbeidsliv')",
    )
    exclude: Terms = Field(
        default_factory=Terms, title="Terms that make a passage not count (wrong sense)"
    )
    levels: Levels = Field(default_factory=Levels)
    context_sentences: int | None = Field(
        default=None,
        ge=0,
        le=5,
        title=(
            "How many sentences on each side of a match count for its context groups"
            " (default 2); 0 for terms so general that the newcomer word must stand in the"
            " same sentence («forankret i alle sektorer»)"
        ),
    )
    exclude_nearby_unless: list[str] = Field(
        default_factory=list,
        title=(
            "When set, the exclude terms also count in the sentence before and after a match,"
            " unless the matching sentence holds a term of one of these groups («Hotella er"
            " avhengige av sesongarbeidarar. Fleire verksemder slit med å rekruttere …» is"
            " not the municipality recruiting)"
        ),
    )
    with_other_themes: list[str] = Field(
        default_factory=list,
        title=(
            "Term groups of which one must occur in the sentence when it also holds a term of"
            " another theme's criteria; without it, the terms only name that finding's target"
            " group («norskopplæring for innvandrere» is not about the immigrant population)"
        ),
    )
    commitment_requires: list[str] = Field(
        default_factory=list,
        title=(
            "Term groups of which one must occur in the sentence for a goal or measure (level"
            " 2–3) to count; without it, the municipality commits to something for the group,"
            " which is another theme («biblioteket skal vere ein stad der flyktningar møter"
            " andre» is not a goal for the immigrant population)"
        ),
    )
    object_requires: list[str] = Field(
        default_factory=list,
        title=(
            "Term groups of which one must follow within five words when the match ends in"
            " «med» («avtale med», «sammen med»): the partner named there is what the finding is"
            " about («avtaler med fem lokale bedrifter» names employers, not NAV or IMDi)"
        ),
    )
    topic_requires: list[str] = Field(
        default_factory=list,
        title=(
            "Term groups of which one (or a term of another theme) must occur in the sentence"
            " when it names its own topic with «om …» right after the match; without it the"
            " sentence is about that topic («samarbeidet med nabokommunane om legevakt» is not"
            " about integration, whatever the sentences around it say)"
        ),
    )
    plan_types: list[str] | None = Field(
        default=None, title="Plan types it applies to; default: the catalogue's per theme"
    )
    advice: Localized

    @field_validator("id")
    @classmethod
    def _id_form(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError("id må ha formen «tema.navn» med små bokstaver, tall og _")
        return value


class ThemeInfo(_Model):
    """A theme's titles and weight."""

    title: Localized
    weight: float = Field(ge=0, default=1.0)
    optional: bool = False
    cross_cutting: str | None = Field(
        default=None,
        title=(
            "For a theme whose terms run through other themes' measures (samarbeid): the term"
            " group whose words alone make a sentence this theme's rather than another's"
            " («samarbeidsavtale om bosetting» is about cooperation; «integreringstilskudd»"
            " or «i samarbeid med næringslivet» in a measure of another theme is not)"
        ),
    )


class PlanTypeInfo(_Model):
    """A plan type and the themes it is judged on."""

    title: Localized
    themes: list[str]
    detect: list[str] = Field(default_factory=list, title="Phrases that identify the type")


class CatalogueFile(_Model):
    """The contents of ``catalogue.yaml``."""

    version: str
    extends: str | None = Field(default=None, title="'default' to build on the shipped catalogue")
    replace: list[str] = Field(default_factory=list, title="Criterion ids to drop from the base")
    themes: dict[str, ThemeInfo] = Field(default_factory=dict)
    plan_types: dict[str, PlanTypeInfo] = Field(default_factory=dict)
    term_groups: dict[str, Terms] = Field(default_factory=dict)


class ThemeFile(_Model):
    """The contents of a theme file such as ``bolig.yaml``."""

    theme: str
    criteria: list[Criterion]


class Criteria(_Model):
    """A loaded, validated criteria catalogue."""

    version: str
    themes: dict[str, ThemeInfo]
    plan_types: dict[str, PlanTypeInfo]
    term_groups: dict[str, Terms]
    criteria: list[Criterion]
    sources: list[str] = Field(default_factory=list, title="Files it was loaded from")

    def __iter__(self) -> Iterator[Criterion]:  # type: ignore[override]
        return iter(self.criteria)

    def __len__(self) -> int:
        return len(self.criteria)

    def get(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``; ``KeyError`` if there is none."""
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def by_theme(self, theme: str) -> list[Criterion]:
        """The criteria of one theme, in catalogue order."""
        return [c for c in self.criteria if c.theme == theme]

    def applies(self, criterion: Criterion, plan_type: str | None) -> bool:
        """Whether ``criterion`` is judged for a plan of ``plan_type`` (None: all)."""
        if plan_type is None:
            return True
        if criterion.plan_types is not None:
            return plan_type in criterion.plan_types
        info = self.plan_types.get(plan_type)
        return info is None or criterion.theme in info.themes

    def theme_title(self, theme: str, language: Language = "nb") -> str:
        """The theme's title in ``language``."""
        return self.themes[theme].title.get(language)


# ----------------------------------------------------------------------- loading


def default_criteria_dir() -> Path:
    """The folder of the shipped default catalogue.

    In an installed wheel it is package data (``planvurdering/criteria``); in a
    source checkout it is the repository's ``criteria/`` folder.
    """
    packaged = Path(str(resources.files("planvurdering"))) / "criteria"
    if (packaged / CATALOGUE_FILE).is_file():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "criteria"
    if (source_tree / CATALOGUE_FILE).is_file():
        return source_tree
    raise CriteriaError(
        "Fant ikke standardkatalogen med kriterier. Installer pakken på nytt "
        "(pip install planvurdering) eller oppgi en mappe: load_criteria('mappe/')."
    )


class _NoAliasLoader(yaml.SafeLoader):
    """Safe loading that refuses anchors/aliases (no YAML bombs) and keeps lines."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "ankere og alias (&/*) er ikke tillatt i kriteriefiler",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse ``path`` safely; return the data and the node tree (for line numbers)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise CriteriaError(
            f"Kan ikke lese kriteriefilen «{path}»: {e.strerror}.", path=path
        ) from e
    except UnicodeDecodeError as e:
        raise CriteriaError(f"Kriteriefilen «{path}» er ikke UTF-8-kodet tekst.", path=path) from e
    try:
        node = yaml.compose(text, Loader=_NoAliasLoader)
        data = yaml.load(text, Loader=_NoAliasLoader)
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        where = f"{path}:{line}" if line else str(path)
        problem = e.problem or str(e)
        tag = _UNSAFE_TAG_RE.search(problem)
        if isinstance(e, yaml.constructor.ConstructorError) and tag:
            problem = (
                f"taggen «{tag[1]}» er ikke tillatt; kriteriefiler leses bare som enkel YAML "
                "(tekst, tall, lister og tabeller)"
            )
        elif not isinstance(e, yaml.constructor.ConstructorError):
            problem = f"{problem} (sjekk innrykk, kolon, anførselstegn og klammer)"
        raise CriteriaError(f"{where}: ugyldig YAML: {problem}", path=path, line=line) from e
    except yaml.YAMLError as e:
        raise CriteriaError(f"{path}: ugyldig YAML: {e}", path=path) from e
    return data, node


def _line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at pydantic location ``loc``."""
    line = node.start_mark.line + 1 if node is not None else None
    current = node
    for key in loc:
        if isinstance(current, yaml.MappingNode):
            found = None
            for k, v in current.value:
                if k.value == key:
                    found = (k, v)
                    break
            if found is None:
                break
            line = found[0].start_mark.line + 1
            current = found[1]
        elif isinstance(current, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(current.value):
                break
            current = current.value[key]
            line = current.start_mark.line + 1
        else:
            break
    return line


_PYDANTIC_MESSAGES = {
    "missing": "mangler",
    "extra_forbidden": "er ikke et kjent felt",
    "greater_than": "må være et tall større enn {gt}",
    "greater_than_equal": "må være et tall større enn eller lik {ge}",
    "float_parsing": "må være et tall",
    "float_type": "må være et tall",
    "int_parsing": "må være et heltall",
    "string_type": "må være tekst",
    "list_type": "må være en liste",
    "dict_type": "må være en tabell (nøkkel: verdi)",
    "model_type": "må være en tabell (nøkkel: verdi)",
    "string_too_short": "er for kort (minst {min_length} tegn)",
    "bool_type": "må være true eller false",
}


def _norwegian_message(error: Any) -> str:
    template = _PYDANTIC_MESSAGES.get(error["type"])
    if template is None:
        message = str(error["msg"])
        return message.removeprefix("Value error, ")
    context = {
        key: f"{value:g}" if isinstance(value, float) else value
        for key, value in error.get("ctx", {}).items()
    }
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template


def _validation_problems(
    path: Path, node: yaml.Node | None, data: Any, error: ValidationError
) -> list[str]:
    problems = []
    for err in error.errors():
        loc = tuple(err["loc"])
        line = _line_of(node, loc)
        where = f"{path}:{line}" if line else str(path)
        who = ""
        if len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
            try:
                cid = data["criteria"][loc[1]]["id"]
                who = f"kriteriet «{cid}»: "
            except (KeyError, IndexError, TypeError):
                who = f"kriterium nr. {loc[1] + 1}: "
            loc = loc[2:]
        field = ".".join(str(p) for p in loc) or "filen"
        problems.append(f"{where}: {who}feltet «{field}» {_norwegian_message(err)}")
    return problems


def _validate(model: type[_Model], path: Path) -> Any:
    data, node = _read_yaml(path)
    if not isinstance(data, dict):
        raise CriteriaError(
            f"{path}:1: filen må inneholde en tabell (nøkkel: verdi), ikke {type(data).__name__}",
            path=path,
            line=1,
        )
    try:
        return model.model_validate(data), node
    except ValidationError as e:
        problems = _validation_problems(path, node, data, e)
        raise CriteriaError(
            "\n".join(problems),
            path=path,
            line=_line_of(node, tuple(e.errors()[0]["loc"])),
            problems=problems,
        ) from e


def _load_folder(folder: Path) -> tuple[CatalogueFile, list[tuple[Path, ThemeFile, Any]]]:
    catalogue_path = folder / CATALOGUE_FILE
    if not catalogue_path.is_file():
        raise CriteriaError(
            f"Mappen «{folder}» har ingen {CATALOGUE_FILE}. En kriteriemappe trenger "
            f"en {CATALOGUE_FILE} med versjon og temaer.",
            path=folder,
        )
    catalogue, _ = _validate(CatalogueFile, catalogue_path)
    theme_files = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == CATALOGUE_FILE:
            continue
        theme_file, node = _validate(ThemeFile, path)
        theme_files.append((path, theme_file, node))
    return catalogue, theme_files


def load_criteria(path: str | Path | None = None) -> Criteria:
    """Load and validate a criteria catalogue.

    Args:
        path: a catalogue folder; ``None`` loads the shipped default catalogue.
            A folder whose ``catalogue.yaml`` says ``extends: default`` adds to
            (and, through ``replace:`` or same-id criteria, overrides) the
            default catalogue.

    Returns:
        The validated :class:`Criteria`.

    Raises:
        CriteriaError: with one Norwegian line per problem (file, line, field).
    """
    folder = Path(path) if path is not None else default_criteria_dir()
    if not folder.exists():
        raise CriteriaError(f"Fant ikke kriteriemappen «{folder}».", path=folder)
    if not folder.is_dir():
        raise CriteriaError(
            f"«{folder}» er ikke en mappe. Oppgi mappen som har {CATALOGUE_FILE}.", path=folder
        )
    catalogue, theme_files = _load_folder(folder)

    base: Criteria | None = None
    if catalogue.extends is not None:
        if catalogue.extends != "default":
            raise CriteriaError(
                f"{folder / CATALOGUE_FILE}: feltet «extends» kan bare være «default».",
                path=folder / CATALOGUE_FILE,
            )
        base = load_criteria(None)

    themes = dict(base.themes) if base else {}
    themes.update(catalogue.themes)
    plan_types = dict(base.plan_types) if base else {}
    plan_types.update(catalogue.plan_types)
    term_groups = dict(base.term_groups) if base else {}
    term_groups.update(catalogue.term_groups)

    problems: list[str] = []
    own_ids: dict[str, str] = {}
    own: list[Criterion] = []
    for path_, theme_file, node in theme_files:
        if theme_file.theme not in THEME_IDS:
            problems.append(
                f"{path_}:{_line_of(node, ('theme',))}: feltet «theme» har ukjent tema "
                f"«{theme_file.theme}» (kjente: {', '.join(THEME_IDS)})"
            )
        for index, criterion in enumerate(theme_file.criteria):
            line = _line_of(node, ("criteria", index))
            where = f"{path_}:{line}: kriteriet «{criterion.id}»"
            if not criterion.theme:
                criterion.theme = theme_file.theme
            if criterion.theme != theme_file.theme or not criterion.id.startswith(
                criterion.theme + "."
            ):
                problems.append(
                    f"{where}: id og tema må stemme med filens tema «{theme_file.theme}»"
                )
            if criterion.id in own_ids:
                problems.append(
                    f"{where}: id-en finnes allerede i {own_ids[criterion.id]} (duplikat)"
                )
            own_ids[criterion.id] = f"{path_}:{line}"
            for field_name, groups in (
                ("context", criterion.context),
                ("requires", criterion.requires),
                ("with_other_themes", criterion.with_other_themes),
                ("commitment_requires", criterion.commitment_requires),
                ("topic_requires", criterion.topic_requires),
                ("object_requires", criterion.object_requires),
                ("exclude_nearby_unless", criterion.exclude_nearby_unless),
            ):
                for group in groups:
                    if group not in term_groups:
                        problems.append(
                            f"{where}: feltet «{field_name}» viser til ukjent termgruppe «{group}» "
                            f"(kjente: {', '.join(sorted(term_groups)) or 'ingen'})"
                        )
            for plan_type in criterion.plan_types or []:
                if plan_type not in plan_types:
                    problems.append(
                        f"{where}: feltet «plan_types» viser til ukjent plantype «{plan_type}»"
                    )
            if not criterion.terms.nb or not criterion.terms.nn:
                problems.append(
                    f"{where}: feltet «terms» må ha termer på både bokmål (nb) og nynorsk (nn)"
                )
            own.append(criterion)

    for theme in themes:
        if theme not in THEME_IDS:
            problems.append(f"{folder / CATALOGUE_FILE}: ukjent tema «{theme}» i «themes»")
    for name, info in plan_types.items():
        for theme in info.themes:
            if theme not in themes:
                problems.append(
                    f"{folder / CATALOGUE_FILE}: plantypen «{name}» viser til ukjent tema «{theme}»"
                )
    for criterion in own:
        if criterion.theme not in themes and criterion.theme in THEME_IDS:
            problems.append(
                f"kriteriet «{criterion.id}»: temaet «{criterion.theme}» mangler i {CATALOGUE_FILE}"
            )

    criteria: list[Criterion] = []
    if base is not None:
        replaced = set(catalogue.replace)
        unknown = replaced - {c.id for c in base.criteria}
        for cid in sorted(unknown):
            problems.append(
                f"{folder / CATALOGUE_FILE}: feltet «replace» viser til ukjent kriterium «{cid}»"
            )
        criteria = [c for c in base.criteria if c.id not in replaced and c.id not in own_ids]
    criteria.extend(own)

    if problems:
        raise CriteriaError("\n".join(problems), path=folder, problems=problems)
    if not criteria:
        raise CriteriaError(f"Kriteriemappen «{folder}» inneholder ingen kriterier.", path=folder)

    order = {theme: i for i, theme in enumerate(THEME_IDS)}
    criteria.sort(key=lambda c: order.get(c.theme, len(order)))
    sources = [*(base.sources if base else []), str(folder / CATALOGUE_FILE)]
    sources += [str(p) for p, _, _ in theme_files]
    return Criteria(
        version=catalogue.version if base is None else f"{base.version}+{catalogue.version}",
        themes=themes,
        plan_types=plan_types,
        term_groups=term_groups,
        criteria=criteria,
        sources=sources,
    )
