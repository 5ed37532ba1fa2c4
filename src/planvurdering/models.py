"""The contracts between the stages: plan → findings → assessment.

Every stage takes the previous stage's model and returns its own. The models are
pydantic models with ``extra="forbid"`` so a misspelt field is an error, and
their JSON form is the documented, stable interchange format (see
``docs/json.md``).

Norwegian domain words kept as they are:

* *høringsuttalelse* – the county's formal consultation response (a letter);
* *samfunnsdel* – kommuneplanens samfunnsdel, the municipal master plan's
  strategic part;
* *tiltak* – a concrete measure in a plan.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["nb", "nn"]
"""A written standard: Bokmål (``nb``) or Nynorsk (``nn``)."""

THEME_IDS: tuple[str, ...] = (
    "demografi",
    "bolig",
    "sprak",
    "arbeidsgiver",
    "frivillighet",
    "inkluderende_arbeidsgiver",
    "samarbeid",
)
"""The fixed theme ids, in the order a response presents them."""

LEVEL_NAMES: dict[int, dict[str, str]] = {
    0: {"nb": "ikke omtalt", "nn": "ikkje omtalt"},
    1: {"nb": "omtalt", "nn": "omtalt"},
    2: {"nb": "mål/strategi", "nn": "mål/strategi"},
    3: {"nb": "konkret tiltak", "nn": "konkret tiltak"},
}
"""The grading scale (DOMAIN.md §3), in both written standards."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Localized(_Model):
    """A text in Bokmål and Nynorsk."""

    nb: str = Field(min_length=1, title="Bokmål")
    nn: str = Field(min_length=1, title="Nynorsk")

    def get(self, language: Language) -> str:
        """The text in ``language``."""
        return self.nn if language == "nn" else self.nb


# --------------------------------------------------------------------------- plan


class Heading(_Model):
    """A heading found in the plan, the node of its section tree."""

    number: str | None = Field(default=None, title="Numbering such as '4.3'")
    title: str
    level: int = Field(ge=1, title="Depth in the section tree, 1 = top")
    page: int = Field(ge=1, title="Physical page number")

    @property
    def display(self) -> str:
        """'4.3 Bolig og stedsutvikling'."""
        return f"{self.number} {self.title}" if self.number else self.title


class Table(_Model):
    """A table found on a page: rows of cells, the first row usually the header."""

    page: int = Field(ge=1)
    rows: list[list[str]]


class Page(_Model):
    """One page of a plan."""

    number: int = Field(ge=1, title="Physical page number, 1-based")
    label: str = Field(title="The page number a reader sees (printed label)")
    text: str = Field(title="Body text: headers and footers removed, hyphenation joined")
    ocr: bool = Field(default=False, title="The text came from OCR")
    headings: list[Heading] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)


class Plan(_Model):
    """A municipal plan as read from a file."""

    source: str | None = Field(default=None, title="File the plan was read from")
    sha256: str | None = Field(default=None, title="Fingerprint of the file")
    title: str | None = None
    municipality: str | None = None
    plan_type: str | None = Field(default=None, title="Detected plan type id, e.g. 'samfunnsdel'")
    pages: list[Page]
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """The whole body text, pages separated by a blank line."""
        return "\n\n".join(page.text for page in self.pages)

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None, **fields: Any) -> Plan:
        """A one-page plan from a piece of text (for tests, features and snippets)."""
        return cls(title=title, pages=[Page(number=1, label="1", text=text)], **fields)

    def summary(self) -> dict[str, Any]:
        """The plan's part of the assessment JSON (no text)."""
        return {
            "source": self.source,
            "sha256": self.sha256,
            "title": self.title,
            "municipality": self.municipality,
            "plan_type": self.plan_type,
            "pages": len(self.pages),
            "warnings": list(self.warnings),
        }


# ------------------------------------------------------------------- assessment


class Evidence(_Model):
    """A passage of the plan that supports a criterion's level."""

    page: int = Field(ge=1, title="Physical page number")
    page_label: str = Field(title="Page number as printed")
    section: str | None = Field(default=None, title="Heading path, e.g. '4.3 Bolig'")
    text: str = Field(title="The sentence (or table row) quoted")
    matched: list[str] = Field(title="The words in the text that matched the criterion")
    level: int = Field(ge=1, le=3, title="The level this passage supports")
    cues: list[str] = Field(default_factory=list, title="Words that set the level")
    confidence: float = Field(ge=0, le=1, default=1.0)
    ocr: bool = False


class Override(_Model):
    """An officer's override of a criterion's level (the level itself is the criterion's).

    Set by :meth:`planvurdering.cases.Case.reviewed_assessment`; ``None`` on an
    automatic grading.
    """

    level_auto: int = Field(ge=0, le=3, title="The level the automatic grading gave")
    by: str = Field(min_length=1, title="The officer who set the level")
    at: datetime = Field(title="When the level was set")
    justification: str = Field(min_length=1, title="The officer's written justification")


class CriterionResult(_Model):
    """The grading of one criterion."""

    id: str
    title: str
    title_nn: str
    level: int = Field(ge=0, le=3)
    weight: float = Field(gt=0)
    applies: bool = Field(default=True, title="The criterion applies to this plan type")
    confidence: float = Field(ge=0, le=1, default=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    advice: Localized
    override: Override | None = Field(
        default=None, title="Set when an officer overrode the level (the level is the reviewed one)"
    )


class ThemeResult(_Model):
    """The grading of one theme: its level is the highest of its criteria."""

    id: str
    title: Localized
    weight: float = Field(ge=0)
    applies: bool = True
    level: int = Field(ge=0, le=3)
    score: float = Field(ge=0, le=100)
    criteria: list[CriterionResult]


class FigureSet(_Model):
    """Population figures for one area."""

    area: str = Field(title="Area name, e.g. 'Vestland' or 'Hele landet'")
    population: int | None = None
    immigrants: int | None = None
    immigrants_share: float | None = Field(default=None, title="Per cent of population")
    immigrants_and_children: int | None = Field(
        default=None, title="Immigrants and Norwegian-born to immigrant parents"
    )
    immigrants_and_children_share: float | None = None


PlanFigureSubject = Literal[
    "immigrants_share",
    "immigrants_and_children_share",
    "immigrants",
    "immigrants_and_children",
    "population",
]
"""What a figure quoted in a plan is about: a :class:`FigureSet` field."""


class StatisticalAdvice(_Model):
    """Advice that follows from the statistics (a rule in the criteria folder)."""

    id: str = Field(title="The rule's id, e.g. 'eos_arbeidsinnvandring.sprak'")
    theme: str = Field(title="The theme the advice belongs to (THEME_IDS)")
    reason: Localized = Field(title="The figures that triggered the rule, as a sentence")
    advice: Localized = Field(title="The advice, as it goes into the response")
    handbook_section: str = Field(title="Heading of the handbook passage it rests on")
    handbook_quote: str = Field(title="Verbatim quote of that passage")


class PlanFigure(_Model):
    """A figure the plan quotes, compared with the statistics."""

    page: int = Field(ge=1, title="Physical page number")
    sentence: str = Field(title="The sentence the figure stands in")
    figure: float = Field(title="The figure as the plan gives it")
    subject: PlanFigureSubject
    area: Literal["municipality", "county", "national"] = Field(
        title="Which area the figure is taken to be about"
    )
    plan_year: int | None = Field(default=None, title="A year the sentence names")
    statistics_value: float | None = Field(
        default=None, title="The statistics' value for the same area and subject"
    )
    statistics_year: int
    in_line: bool | None = Field(
        default=None, title="Within the tolerance; None when there is nothing to compare"
    )
    note: Localized


class Statistics(_Model):
    """The statistics placed beside an assessment."""

    county_number: str
    county_name: str
    year: int = Field(title="Year the figures refer to (1 January)")
    source: str
    county: FigureSet
    national: FigureSet
    summed_from: list[str] = Field(
        default_factory=list, title="Older counties whose figures were summed"
    )
    notes: list[str] = Field(default_factory=list)
    top_countries: list[tuple[str, int]] = Field(default_factory=list)
    municipality_number: str | None = Field(default=None, title="Four-digit number, if any")
    municipality: FigureSet | None = Field(
        default=None, title="The municipality's figures, where the source has them"
    )
    advice: list[StatisticalAdvice] = Field(
        default_factory=list, title="Advice that follows from the figures"
    )
    plan_figures: list[PlanFigure] = Field(
        default_factory=list, title="Figures quoted in the plan, checked against these"
    )


class Assessment(_Model):
    """The result of :func:`planvurdering.assess`."""

    plan: dict[str, Any]
    criteria_version: str
    library_version: str
    plan_type: str | None
    score: float = Field(ge=0, le=100)
    themes: dict[str, ThemeResult]
    statistics: Statistics | None = None
    notes: list[str] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The documented JSON form (``docs/json.md``), deterministic."""
        return json.dumps(
            self.model_dump(mode="json"), ensure_ascii=False, indent=indent, sort_keys=False
        )

    @classmethod
    def from_json(cls, data: str | bytes) -> Assessment:
        """Read an assessment back from its JSON form."""
        return cls.model_validate_json(data)
