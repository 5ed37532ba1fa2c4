"""The grading workflow: cases (saker), the officer's review, the store, revised plans.

::

    from planvurdering.cases import CaseStore, open_case, reassess
    store = CaseStore("saker")
    case = open_case("fixtures/plans/sterk_bokmal.pdf", county="46", by="Kari")
    case.override("bolig.husbanken", 2, "Startlån nevnes, men uten ansvar.", by="Kari")
    store.save(case)                      # saker/46/sterk_bokmal.json
    letter_input = case.reviewed_assessment()
    revision = reassess(case, "ny_versjon.pdf", by="Kari")
    store.save(case)

See ``docs/workflow.md``.
"""

from __future__ import annotations

from pathlib import Path

from ..criteria import Criteria
from ..scoring import rescore
from .errors import CaseConflictError, CaseFileError, CaseLockedError, ReviewSheetError
from .model import (
    PLAN_TARGET,
    SCHEMA_VERSION,
    STATUS_NAMES,
    Acceptance,
    Case,
    CaseStatus,
    Comment,
    FreshLook,
    HistoryEntry,
    LevelOverride,
    PlanFile,
    Review,
)
from .revision import CarriedOverride, CriterionChange, Revision, ThemeChange
from .sheet import apply_sheet, export_sheet, write_sheet
from .store import (
    MIGRATIONS,
    CaseStore,
    case_from_json,
    case_id_for,
    case_to_json,
    load_case,
    migrate,
    save_case,
    write_atomically,
)

__all__ = [
    "MIGRATIONS",
    "PLAN_TARGET",
    "SCHEMA_VERSION",
    "STATUS_NAMES",
    "Acceptance",
    "CarriedOverride",
    "Case",
    "CaseConflictError",
    "CaseFileError",
    "CaseLockedError",
    "CaseStatus",
    "CaseStore",
    "Comment",
    "CriterionChange",
    "FreshLook",
    "HistoryEntry",
    "LevelOverride",
    "PlanFile",
    "Review",
    "ReviewSheetError",
    "Revision",
    "ThemeChange",
    "apply_sheet",
    "case_from_json",
    "case_id_for",
    "case_to_json",
    "county_key",
    "export_sheet",
    "load_case",
    "migrate",
    "open_case",
    "reassess",
    "rescore",
    "save_case",
    "write_atomically",
    "write_sheet",
]


def county_key(county: str | int | None) -> str | None:
    """Today's two-digit county number for a county number or name (the store folder)."""
    if county is None:
        return None
    from ..statistics.counties import current_county

    return current_county(county).number


def open_case(
    plan_file: str | Path,
    criteria: Criteria | None = None,
    *,
    by: str,
    county: str | int | None = None,
    case_id: str | None = None,
) -> Case:
    """Read and grade a plan file and open a new case for it (status ``vurdert``).

    Args:
        plan_file: the plan (PDF, DOCX, MD, TXT).
        criteria: default the shipped catalogue.
        by: who opens the case.
        county: number or name; the statistics go with the assessment and the
            case is filed under today's county number.
        case_id: default from the file name (:func:`case_id_for`).

    Raises:
        PlanReadError, StatisticsError: as :func:`planvurdering.read_plan` and
            :func:`planvurdering.assess`.
    """
    from ..analysis import assess
    from ..reading import read_plan

    assessment = assess(read_plan(plan_file), criteria, county=county)
    return Case.create(
        assessment,
        case_id=case_id or case_id_for(plan_file),
        by=by,
        county=county_key(county),
        path=plan_file,
    )


def reassess(
    case: Case, plan_file: str | Path, criteria: Criteria | None = None, *, by: str
) -> Revision:
    """Grade the revised plan in ``plan_file`` and move ``case`` to it (see :meth:`Case.reassess`).

    The county's statistics are kept. Returns the :class:`Revision`: what improved,
    what got weaker, what is new, and which overrides were carried over or flagged.
    """
    from ..analysis import assess
    from ..reading import read_plan

    assessment = assess(read_plan(plan_file), criteria)
    assessment = assessment.model_copy(update={"statistics": case.assessment.statistics})
    return case.reassess(assessment, by=by, path=plan_file)
