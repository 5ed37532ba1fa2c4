"""The county profile: the letterhead details an officer sets once.

A small YAML (``.yaml``, ``.yml``) or TOML (``.toml``) file::

    county: Vestland fylkeskommune
    address: [Postboks 7900, 5020 Bergen]
    email: post@vlfk.no
    phone: "55 23 90 00"
    officer: Kari Nordmann
    officer_title: rådgiver
    logo: vestland.svg          # relative to the profile's folder
    language: nn                # the default written standard of the county's letters
    template_dir: mal/          # the county's own templates (optional)

Every field is optional. :func:`~planvurdering.rendering.write_response` takes
the profile with ``profile=…``; an argument given to it wins over the profile.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import RenderError
from ..models import Language
from .texts import ERRORS


class CountyProfile(BaseModel):
    """The letterhead details of a county (fylkeskommune)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    county: str | None = Field(default=None, min_length=1, title="The sender's name")
    address: list[str] = Field(default_factory=list, title="Postal address, one line each")
    email: str | None = Field(default=None, min_length=3)
    phone: str | None = Field(default=None, min_length=3)
    officer: str | None = Field(default=None, min_length=1, title="Saksbehandler")
    officer_title: str | None = Field(default=None, min_length=1)
    logo: Path | None = Field(default=None, title="Letterhead image, relative to the profile")
    language: Language | None = Field(default=None, title="Default written standard")
    template_dir: Path | None = Field(default=None, title="The county's own templates")

    @field_validator("address", mode="before")
    @classmethod
    def _lines(cls, value: Any) -> Any:
        """An address may be written as one string with line breaks or commas."""
        if isinstance(value, str):
            return [line.strip() for line in value.replace(",", "\n").splitlines() if line.strip()]
        return value


def _read(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else e
        raise RenderError(
            ERRORS["profile_missing"].format(path=path, reason=reason), path=path
        ) from e
    suffix = path.suffix.lower()
    try:
        if suffix in (".yaml", ".yml"):
            return yaml.safe_load(text)
        if suffix == ".toml":
            return tomllib.loads(text)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as e:
        reason = " ".join(str(e).split())
        raise RenderError(
            ERRORS["profile_syntax"].format(path=path, reason=reason), path=path
        ) from e
    raise RenderError(ERRORS["profile_format"].format(path=path), path=path)


def load_profile(path: str | Path) -> CountyProfile:
    """Read and check the county profile at ``path``.

    Relative ``logo`` and ``template_dir`` paths are resolved against the
    profile's folder, and must exist.

    Raises:
        RenderError: the file is missing, not YAML/TOML, has bad syntax, an
            unknown field or a bad value; the message names the file and the field.
    """
    path = Path(path)
    data = _read(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RenderError(ERRORS["profile_not_mapping"].format(path=path), path=path)
    try:
        profile = CountyProfile.model_validate(data)
    except ValidationError as e:
        error = e.errors()[0]
        field = ".".join(str(part) for part in error["loc"]) or "?"
        reason = error["msg"]
        if error["type"] == "extra_forbidden":
            known = ", ".join(CountyProfile.model_fields)
            reason = f"ukjent felt (kjente felt: {known})"
        raise RenderError(
            ERRORS["profile_field"].format(path=path, field=field, reason=reason), path=path
        ) from e
    updates: dict[str, Path] = {}
    if profile.logo is not None:
        logo = path.parent / profile.logo
        if not logo.is_file():
            raise RenderError(ERRORS["profile_logo"].format(path=path, logo=logo), path=path)
        updates["logo"] = logo
    if profile.template_dir is not None:
        folder = path.parent / profile.template_dir
        if not folder.is_dir():
            raise RenderError(
                ERRORS["profile_template_dir"].format(path=path, folder=folder), path=path
            )
        updates["template_dir"] = folder
    return profile.model_copy(update=updates)
