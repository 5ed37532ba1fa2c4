"""Advice that follows from the statistics, defined as data: ``criteria/statistics/advice.yaml``.

Each rule has a condition (``when``) made of data, not code — the county's
largest country groups include one of a list (``top_countries_any_of``, with
``rank_at_most``), or its share of immigrants is below the national share
(``share_below_national``) — and the advice in Bokmål and Nynorsk, the theme it
belongs to and the handbook passage it rests on. :func:`statistical_advice`
returns the advice of every rule whose condition holds.

The file lies in a folder of its own under ``criteria/`` because the criteria
loader reads every ``*.yaml`` directly in ``criteria/`` as a theme file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..criteria import default_criteria_dir
from ..errors import StatisticsError
from ..models import THEME_IDS, FigureSet, Localized, StatisticalAdvice, Statistics

ADVICE_FILE = Path("statistics") / "advice.yaml"
"""The rules' file, relative to the criteria folder."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Model):
    """When a rule applies; every field given must hold."""

    top_countries_any_of: str | tuple[str, ...] | None = Field(
        default=None, title="A country group of `country_groups`, or a list of countries"
    )
    rank_at_most: int = Field(default=5, ge=1, title="... among the N largest groups")
    share_below_national: bool | None = Field(
        default=None, title="The share of immigrants is (not) below the national share"
    )
    area: Literal["county", "municipality"] = Field(
        default="county", title="Whose share `share_below_national` compares"
    )

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if self.top_countries_any_of is None and self.share_below_national is None:
            raise ValueError(
                "vilkåret må ha minst ett av feltene top_countries_any_of og share_below_national"
            )
        return self


class HandbookPassage(_Model):
    """The handbook passage a rule rests on."""

    section: str = Field(min_length=3, title="Heading in the handbook")
    quote: str = Field(min_length=10, title="Verbatim quote")


class AdviceRule(_Model):
    """One rule: condition, reason, advice, theme and handbook passage."""

    id: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    theme: str
    when: Condition
    reason: Localized = Field(title="Why; placeholders {area} {countries} {share} …")
    advice: Localized
    handbook: HandbookPassage

    @model_validator(mode="after")
    def _known_theme(self) -> AdviceRule:
        if self.theme not in THEME_IDS:
            raise ValueError(f"ukjent tema «{self.theme}» (kjente: {', '.join(THEME_IDS)})")
        return self


class AdviceRules(_Model):
    """The rules file."""

    version: int
    country_groups: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    rules: tuple[AdviceRule, ...]

    @model_validator(mode="after")
    def _groups_exist(self) -> AdviceRules:
        for rule in self.rules:
            group = rule.when.top_countries_any_of
            if isinstance(group, str) and group not in self.country_groups:
                raise ValueError(
                    f"regelen «{rule.id}» viser til landgruppen «{group}», som ikke finnes i "
                    "country_groups"
                )
        ids = [r.id for r in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("to regler har samme id")
        return self

    def countries(self, condition: Condition) -> tuple[str, ...]:
        """The countries a condition names (a group resolved)."""
        group = condition.top_countries_any_of
        if group is None:
            return ()
        return self.country_groups[group] if isinstance(group, str) else group


def load_advice_rules(path: str | Path | None = None) -> AdviceRules:
    """Load and validate the rules (default: the shipped ``criteria/statistics/advice.yaml``).

    Raises:
        StatisticsError: the file is missing or invalid; the message names the
            file and the field.
    """
    return _load(str(path) if path is not None else str(default_criteria_dir() / ADVICE_FILE))


@cache
def _load(path: str) -> AdviceRules:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise StatisticsError(
            f"Kan ikke lese regelfilen for statistikkråd «{path}»: {e.strerror}.", path=path
        ) from e
    except yaml.YAMLError as e:
        raise StatisticsError(f"Regelfilen «{path}» er ikke gyldig YAML: {e}", path=path) from e
    try:
        return AdviceRules.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"feltet «{'.'.join(str(p) for p in err['loc']) or 'filen'}»: "
            + str(err["msg"]).removeprefix("Value error, ")
            for err in e.errors()
        )
        raise StatisticsError(f"Regelfilen «{path}» er ugyldig: {problems}", path=path) from e


def statistical_advice(
    statistics: Statistics, rules: AdviceRules | None = None
) -> list[StatisticalAdvice]:
    """The advice of every rule whose condition holds for ``statistics``, in file order.

    A condition on figures the statistics do not have (no country groups, no
    national share) does not hold.
    """
    rules = rules if rules is not None else load_advice_rules()
    found = []
    for rule in rules.rules:
        values = _evaluate(rule.when, rules.countries(rule.when), statistics)
        if values is None:
            continue
        found.append(
            StatisticalAdvice(
                id=rule.id,
                theme=rule.theme,
                reason=Localized(
                    nb=rule.reason.nb.format(**values), nn=rule.reason.nn.format(**values)
                ),
                advice=rule.advice,
                handbook_section=rule.handbook.section,
                handbook_quote=" ".join(rule.handbook.quote.split()),
            )
        )
    return found


def _evaluate(
    when: Condition, countries: tuple[str, ...], stats: Statistics
) -> dict[str, str] | None:
    """The placeholders' values if the condition holds, else None."""
    area: FigureSet | None = stats.county if when.area == "county" else stats.municipality
    values = {"area": area.area if area else stats.county_name, "year": str(stats.year)}
    listed = {c.casefold() for c in countries}
    matched: list[str] = []
    if when.top_countries_any_of is not None:
        matched = [
            name
            for name, rank in stats.top_countries
            if rank <= when.rank_at_most and name.casefold() in listed
        ]
        if not matched:
            return None
    if when.share_below_national is not None:
        if area is None:
            return None
        share, national = area.immigrants_share, stats.national.immigrants_share
        if share is None or national is None or (share < national) != when.share_below_national:
            return None
        values |= {"share": _number(share), "national_share": _number(national)}
    return values | {"countries": _join(matched)}


def _number(value: float) -> str:
    """9.8 → '9,8'; 14.0 → '14'."""
    return f"{value:g}".replace(".", ",")


def _join(items: list[str]) -> str:
    """'a', 'a og b', 'a, b og c' (the same in Bokmål and Nynorsk)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]
