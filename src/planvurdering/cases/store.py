"""Cases on disk: one JSON file per case, one folder per county.

The files are human-readable and diff-friendly (UTF-8, indent 2, sorted keys,
a ``schema_version``). A save is atomic (a temporary file in the same folder,
flushed and fsynced, then ``os.replace``), so a crash never leaves half a
case. A save is refused when the file changed since the case was read
(optimistic concurrency on the case's ``revision`` counter): the rejected
version is kept beside the case as ``<id>.konflikt-<tid>.json`` and the error
says where. Files of older schema versions are migrated when read.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .._files import write_atomically as _write_atomically
from ..models import THEME_IDS
from .errors import CaseConflictError, CaseFileError
from .model import SCHEMA_VERSION, Case, now

Migration = Callable[[dict[str, Any]], dict[str, Any]]

NO_COUNTY = "uten_fylke"
"""The store folder of cases without a county."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one.

    Raises:
        CaseFileError: the folder is missing or not writable, or the disk is full.
    """
    try:
        _write_atomically(path, lambda handle: handle.write(data))
    except OSError as e:
        raise CaseFileError(
            f"Kan ikke skrive «{path}»: {e.strerror or e}. Den forrige versjonen er urørt.",
            path=path,
        ) from e


# ------------------------------------------------------------------ migrations


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the prototype): flat overrides list, no id, history or revision counter.

    ``{"sha256", "source", "county", "status", "assessment",
    "overrides": [{"criterion", "level", "reason", "by", "at"}]}``
    """
    assessment = data["assessment"]
    auto = {
        c["id"]: c["level"] for t in assessment.get("themes", {}).values() for c in t["criteria"]
    }
    overrides = {
        o["criterion"]: {
            "level": o["level"],
            "level_auto": auto.get(o["criterion"], o["level"]),
            "justification": o["reason"],
            "by": o["by"],
            "at": o["at"],
        }
        for o in data.get("overrides", [])
    }
    source = data.get("source") or assessment.get("plan", {}).get("source")
    plan = assessment.get("plan", {})
    status = {"ny": "vurdert", "vurdert": "vurdert", "godkjent": "ferdig"}.get(
        data.get("status", "vurdert"), "under_gjennomgang"
    )
    return {
        "schema_version": 1,
        "id": data.get("id") or case_id_for(source or "plan"),
        "county": data.get("county"),
        "plan": {
            "sha256": data.get("sha256") or plan.get("sha256"),
            "name": Path(source).name if source else "plan",
            "source": source,
            "size": None,
            "title": plan.get("title"),
            "municipality": plan.get("municipality"),
            "plan_type": assessment.get("plan_type"),
            "pages": plan.get("pages"),
        },
        "assessment": assessment,
        "review": {"overrides": overrides, "accepted": {}, "comments": [], "fresh_look": {}},
        "status": status,
        "history": [
            {
                "at": data.get("created") or now().isoformat(),
                "by": "planvurdering",
                "action": "migrert",
                "target": None,
                "old": 0,
                "new": 1,
                "note": "Saken er lest fra skjemaversjon 0.",
            }
        ],
        "revisions": [],
        "revision": 0,
    }


MIGRATIONS: dict[int, Migration] = {0: _migrate_0_to_1}
"""schema version n → a function that turns a version-n case into version n+1."""


def migrate(data: dict[str, Any], path: Path | str = "saken") -> dict[str, Any]:
    """Bring a case's JSON data up to :data:`SCHEMA_VERSION`, one version at a time."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise CaseFileError(
            f"«{path}» har skjemaversjon {version}, men denne versjonen av planvurdering leser "
            f"bare opp til {SCHEMA_VERSION}. Oppdater planvurdering.",
            path=path,
        )
    while version < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except (KeyError, TypeError, AttributeError) as e:
            raise CaseFileError(
                f"«{path}» (skjemaversjon {version}) kan ikke oppgraderes: feltet {e} mangler "
                "eller har feil form.",
                path=path,
            ) from e
        version = data["schema_version"]
    return data


# ------------------------------------------------------------------ files


def case_to_json(case: Case) -> str:
    """The case file's text: UTF-8 JSON, indent 2, sorted keys, a final newline."""
    return json.dumps(case.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True)


def case_from_json(text: str | bytes, path: Path | str = "saken") -> Case:
    """Read a case from its file text (any schema version), naming ``path`` in errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CaseFileError(
            f"«{path}» er ikke gyldig JSON (linje {e.lineno}, kolonne {e.colno}): {e.msg}.",
            path=path,
        ) from e
    if not isinstance(data, dict):
        raise CaseFileError(f"«{path}» er ikke en sak (ventet et JSON-objekt).", path=path)
    data = migrate(data, path)
    # Keys are sorted in the file; themes go back to the order a response presents them.
    themes = data.get("assessment", {}).get("themes")
    if isinstance(themes, dict):
        order = {theme: n for n, theme in enumerate(THEME_IDS)}
        data["assessment"]["themes"] = dict(
            sorted(themes.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
        )
    try:
        return Case.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()[:5]
        )
        raise CaseFileError(f"«{path}» er ikke en gyldig sak: {problems}.", path=path) from e


def load_case(path: str | Path) -> Case:
    """Read the case in ``path``; it remembers the file and its revision for :func:`save_case`.

    Raises:
        CaseFileError: the file is missing, unreadable, or not a case.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise CaseFileError(f"Fant ikke saken «{path}».", path=path) from e
    except (OSError, UnicodeDecodeError) as e:
        raise CaseFileError(f"Kan ikke lese saken «{path}»: {e}.", path=path) from e
    case = case_from_json(text, path)
    case._path = path
    return case


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s lock file while checking and replacing it."""
    lock = path.with_name(f".{path.name}.lock")
    try:
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise CaseFileError(f"Kan ikke skrive i mappen «{path.parent}»: {e.strerror}.") from e
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def _revision_on_disk(path: Path) -> int | None:
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return -1
    revision = data.get("revision", 0) if isinstance(data, dict) else -1
    return revision if isinstance(revision, int) else -1


def save_case(case: Case, path: str | Path | None = None) -> Path:
    """Save ``case`` atomically to ``path`` (default: the file it was read from).

    The save is refused when the file's revision differs from the one the case
    was read at (someone else saved it meanwhile, or a new case would replace
    an existing one): the rejected version is written beside it as
    ``<id>.konflikt-<tid>.json`` so no work is lost.

    Returns:
        The path written; ``case.revision`` is increased.

    Raises:
        CaseConflictError: the file changed since the case was read.
        CaseFileError: the file could not be written (the old file is intact).
    """
    target = Path(path) if path is not None else case._path
    if target is None:
        raise CaseFileError(f"Saken «{case.id}» har ingen fil ennå; oppgi path=….")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target):
        on_disk = _revision_on_disk(target)
        if on_disk is not None and on_disk != case.revision:
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
            rejected = target.with_name(f"{target.stem}.konflikt-{stamp}.json")
            write_atomically(rejected, (case_to_json(case) + "\n").encode("utf-8"))
            raise CaseConflictError(
                f"Saken «{target}» er endret av noen andre siden du åpnet den (revisjon "
                f"{case.revision}, nå {on_disk}). Endringene dine er ikke lagret i saken, men "
                f"tatt vare på i «{rejected}». Åpne saken på nytt og før inn endringene derfra.",
                path=target,
                rejected=rejected,
            )
        saved = case.model_copy(update={"revision": case.revision + 1})
        write_atomically(target, (case_to_json(saved) + "\n").encode("utf-8"))
    case.revision += 1
    case._path = target
    return target


def case_id_for(path: str | Path) -> str:
    """A case id from a plan file name, in lower-case ASCII: «Ålesund plan.pdf» → aalesund-plan."""
    stem = Path(path).stem.lower()
    for old, new in (("æ", "ae"), ("ø", "o"), ("å", "aa")):
        stem = stem.replace(old, new)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9_]+", "-", ascii_stem).strip("-") or "plan"


class CaseStore:
    """A folder of cases, one subfolder per county (``<root>/<fylkesnummer>/<id>.json``)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def folder(self, county: str | None) -> Path:
        """The folder of a county's cases."""
        return self.root / (county or NO_COUNTY)

    def path(self, county: str | None, case_id: str) -> Path:
        """The file of a case."""
        return self.folder(county) / f"{case_id}.json"

    def find(self, county: str | None, case_id: str) -> Case | None:
        """The case, or None when the store has none by that id."""
        path = self.path(county, case_id)
        return load_case(path) if path.is_file() else None

    def load(self, county: str | None, case_id: str) -> Case:
        """The case; CaseFileError when it is missing."""
        return load_case(self.path(county, case_id))

    def save(self, case: Case) -> Path:
        """Save the case in its county's folder (see :func:`save_case`)."""
        return save_case(case, self.path(case.county, case.id))

    def cases(self, county: str | None) -> list[Case]:
        """Every case of a county, by id (conflict copies and temporary files left out)."""
        folder = self.folder(county)
        if not folder.is_dir():
            return []
        files = sorted(
            p for p in folder.glob("*.json") if ".konflikt-" not in p.name and p.name[0] != "."
        )
        return [load_case(p) for p in files]
