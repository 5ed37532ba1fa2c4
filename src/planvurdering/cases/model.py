"""The case (sak): one plan, its automatic assessment, the officer's review and history.

A case moves ``vurdert`` (graded automatically) → ``under_gjennomgang`` (an
officer has started the review) → ``ferdig`` (locked; the response is written
from it). Every change — an override, an accepted criterion, a comment, a
status change, a reassessment — is kept in :attr:`Case.history` with who did
it, when, and the old and new value. A finished case changes only after
:meth:`Case.reopen`, which the history records too.
"""

from __future__ import annotations

import difflib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from ..errors import ReviewError
from ..models import THEME_IDS, Assessment, CriterionResult, Override
from ..scoring import rescore
from .errors import CaseLockedError
from .revision import CarriedOverride, Revision, compare

SCHEMA_VERSION = 1
"""The version of the case file format this library writes."""

CaseStatus = Literal["vurdert", "under_gjennomgang", "ferdig"]

STATUS_NAMES: dict[str, str] = {
    "vurdert": "vurdert automatisk",
    "under_gjennomgang": "under gjennomgang",
    "ferdig": "ferdig (låst)",
}

PLAN_TARGET = "plan"
"""The comment target that means the whole plan (otherwise a theme id)."""


def now() -> datetime:
    """The current time, to the second, with the UTC offset (as history entries keep it)."""
    return datetime.now(UTC).replace(microsecond=0)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlanFile(_Model):
    """The plan file a case was graded from: its fingerprint and metadata."""

    sha256: str | None = Field(title="SHA-256 of the file")
    name: str = Field(title="File name")
    source: str | None = Field(default=None, title="Path the file was read from")
    size: int | None = Field(default=None, title="Bytes")
    title: str | None = None
    municipality: str | None = None
    plan_type: str | None = None
    pages: int | None = None

    @classmethod
    def from_assessment(cls, assessment: Assessment, path: str | Path | None = None) -> PlanFile:
        """The plan file described by ``assessment.plan`` (and the file at ``path``)."""
        plan = assessment.plan
        source = str(path) if path is not None else plan.get("source")
        size = None
        if source is not None and Path(source).is_file():
            size = Path(source).stat().st_size
        return cls(
            sha256=plan.get("sha256"),
            name=Path(source).name if source else "plan",
            source=source,
            size=size,
            title=plan.get("title"),
            municipality=plan.get("municipality"),
            plan_type=assessment.plan_type,
            pages=plan.get("pages"),
        )


class LevelOverride(_Model):
    """An officer's level for a criterion, with the justification."""

    level: int = Field(ge=0, le=3)
    level_auto: int = Field(ge=0, le=3, title="The automatic level when it was set")
    justification: str = Field(min_length=1)
    by: str = Field(min_length=1)
    at: datetime


class Acceptance(_Model):
    """An officer accepted a criterion's level as graded."""

    level: int = Field(ge=0, le=3)
    by: str = Field(min_length=1)
    at: datetime


class Comment(_Model):
    """A comment on a theme or on the whole plan (``target == "plan"``)."""

    target: str
    text: str = Field(min_length=1)
    by: str = Field(min_length=1)
    at: datetime


class FreshLook(_Model):
    """An override that no longer held after a revised plan, kept for the officer to see."""

    override: LevelOverride
    level_auto_now: int = Field(ge=0, le=3)
    reason: str


class Review(_Model):
    """The officer's review of the automatic assessment."""

    overrides: dict[str, LevelOverride] = Field(default_factory=dict)
    accepted: dict[str, Acceptance] = Field(default_factory=dict)
    comments: list[Comment] = Field(default_factory=list)
    fresh_look: dict[str, FreshLook] = Field(
        default_factory=dict, title="Criteria to look at again after a revised plan"
    )


class HistoryEntry(_Model):
    """One change to a case: who, when, what, the old and the new value."""

    at: datetime
    by: str
    action: str = Field(
        title="opprettet, overstyrt, overstyring_fjernet, godtatt, kommentar, status, "
        "gjenåpnet, revurdert, konflikt"
    )
    target: str | None = Field(default=None, title="Criterion id, theme id or 'plan'")
    old: Any = None
    new: Any = None
    note: str | None = None


class Case(_Model):
    """A case (sak): the plan, the automatic assessment, the review, the status, the history.

    Create one with :meth:`Case.create`; change it with :meth:`override`,
    :meth:`accept`, :meth:`comment`, :meth:`finish`, :meth:`reopen`,
    :meth:`reassess`; read the result with :meth:`reviewed_assessment`. Save
    and load with :class:`planvurdering.cases.CaseStore` or
    :func:`~planvurdering.cases.save_case` / :func:`~planvurdering.cases.load_case`.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=1)
    county: str | None = None
    plan: PlanFile
    assessment: Assessment = Field(title="The automatic assessment")
    review: Review = Field(default_factory=Review)
    status: CaseStatus = "vurdert"
    history: list[HistoryEntry] = Field(default_factory=list)
    revisions: list[Revision] = Field(default_factory=list, title="Earlier versions' diffs")
    revision: int = Field(default=0, ge=0, title="Save counter (optimistic concurrency)")

    _path: Path | None = PrivateAttr(default=None)

    # ---------------------------------------------------------------- creation

    @classmethod
    def create(
        cls,
        assessment: Assessment,
        *,
        case_id: str,
        by: str,
        county: str | None = None,
        path: str | Path | None = None,
    ) -> Case:
        """A new case (status ``vurdert``) for an automatic assessment.

        Args:
            assessment: from :func:`planvurdering.assess`.
            case_id: the case's id, e.g. ``"fjordvik-samfunnsdel"`` (the file name in the store).
            by: who created it (an officer's name, or ``"planvurdering"`` for a batch).
            county: the county number whose store folder the case belongs in.
            path: the plan file, for its size and name (default ``assessment.plan["source"]``).
        """
        _require_by(by, case_id)
        case = cls(
            id=case_id,
            county=county,
            plan=PlanFile.from_assessment(assessment, path),
            assessment=assessment,
        )
        case._record(by, "opprettet", None, None, "vurdert", note=case.plan.name)
        return case

    # ---------------------------------------------------------------- reading

    @property
    def where(self) -> str:
        """How messages name the case: its file when it has one, else its id."""
        return f"«{self._path}»" if self._path is not None else f"«{self.id}»"

    @property
    def locked(self) -> bool:
        """The case is finished and must be reopened before it changes."""
        return self.status == "ferdig"

    def criterion(self, criterion_id: str) -> CriterionResult:
        """The automatic result for ``criterion_id``; ReviewError naming close ids if unknown."""
        for theme in self.assessment.themes.values():
            for result in theme.criteria:
                if result.id == criterion_id:
                    return result
        known = [c.id for t in self.assessment.themes.values() for c in t.criteria]
        close = difflib.get_close_matches(criterion_id, known, n=3)
        hint = f" Mente du {', '.join(f'«{c}»' for c in close)}?" if close else ""
        raise ReviewError(
            f"Saken {self.where} har ikke kriteriet «{criterion_id}».{hint}", path=self._path
        )

    def level(self, criterion_id: str) -> int:
        """The reviewed level of a criterion: the officer's if overridden, else the automatic."""
        override = self.review.overrides.get(criterion_id)
        return override.level if override else self.criterion(criterion_id).level

    def reviewed_assessment(self) -> Assessment:
        """The assessment with the officer's levels, recomputed theme levels and scores.

        Overridden criteria carry an :class:`~planvurdering.models.Override`
        (automatic level, who, when, justification); the rest are as graded.
        """
        themes = {}
        for theme_id, theme in self.assessment.themes.items():
            criteria = []
            for result in theme.criteria:
                own = self.review.overrides.get(result.id)
                if own is not None:
                    result = result.model_copy(
                        update={
                            "level": own.level,
                            "override": Override(
                                level_auto=result.level,
                                by=own.by,
                                at=own.at,
                                justification=own.justification,
                            ),
                        }
                    )
                criteria.append(result)
            themes[theme_id] = theme.model_copy(update={"criteria": criteria})
        return rescore(self.assessment.model_copy(update={"themes": themes}))

    # ---------------------------------------------------------------- review

    def override(self, criterion_id: str, level: int, justification: str, *, by: str) -> None:
        """Set a criterion's level; the justification is required.

        Raises:
            CaseLockedError: the case is finished.
            ReviewError: unknown criterion, a level outside 0–3, no justification, no ``by``.
        """
        self._check_open(by)
        auto = self.criterion(criterion_id)
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 3:
            raise ReviewError(
                f"Saken {self.where}: kriteriet «{criterion_id}»: nivå må være 0–3, "
                f"ikke «{level}».",
                path=self._path,
            )
        text = (justification or "").strip()
        if not text:
            raise ReviewError(
                f"Saken {self.where}: kriteriet «{criterion_id}»: en begrunnelse er påkrevd når "
                "nivået overstyres.",
                path=self._path,
            )
        old = self.level(criterion_id)
        self._begin(by)
        self.review.overrides[criterion_id] = LevelOverride(
            level=level, level_auto=auto.level, justification=text, by=by, at=now()
        )
        self.review.fresh_look.pop(criterion_id, None)
        self._record(by, "overstyrt", criterion_id, old, level, note=text)

    def clear_override(self, criterion_id: str, justification: str, *, by: str) -> None:
        """Go back to the automatic level of a criterion (recorded with the reason)."""
        self._check_open(by)
        if criterion_id not in self.review.overrides:
            self.criterion(criterion_id)
            raise ReviewError(
                f"Saken {self.where}: kriteriet «{criterion_id}» er ikke overstyrt.",
                path=self._path,
            )
        old = self.review.overrides.pop(criterion_id).level
        self._begin(by)
        note = (justification or "").strip() or None
        self._record(
            by, "overstyring_fjernet", criterion_id, old, self.criterion(criterion_id).level, note
        )

    def accept(self, criterion_id: str, *, by: str) -> None:
        """Accept a criterion's current (reviewed) level as graded."""
        self._check_open(by)
        level = self.level(criterion_id)
        before = self.review.accepted.get(criterion_id)
        self._begin(by)
        self.review.accepted[criterion_id] = Acceptance(level=level, by=by, at=now())
        self.review.fresh_look.pop(criterion_id, None)
        self._record(by, "godtatt", criterion_id, before.level if before else None, level)

    def comment(self, text: str, *, by: str, theme: str | None = None) -> None:
        """Add a comment to a theme (by id) or, without ``theme``, to the whole plan."""
        self._check_open(by)
        target = theme or PLAN_TARGET
        if theme is not None and theme not in self.assessment.themes:
            known = ", ".join(t for t in THEME_IDS if t in self.assessment.themes)
            raise ReviewError(
                f"Saken {self.where}: ukjent tema «{theme}». Kjente temaer: {known}.",
                path=self._path,
            )
        if not (text or "").strip():
            raise ReviewError(f"Saken {self.where}: kommentaren er tom.", path=self._path)
        self._begin(by)
        self.review.comments.append(Comment(target=target, text=text.strip(), by=by, at=now()))
        self._record(by, "kommentar", target, None, text.strip())

    def comments_on(self, target: str = PLAN_TARGET) -> list[Comment]:
        """The comments on a theme id or on the whole plan (``"plan"``), oldest first."""
        return [c for c in self.review.comments if c.target == target]

    # ---------------------------------------------------------------- status

    def start_review(self, *, by: str) -> None:
        """Mark the case ``under_gjennomgang`` (done implicitly by the first review change)."""
        self._check_open(by)
        self._begin(by)

    def finish(self, *, by: str) -> None:
        """Lock the case (``ferdig``); the response is written from it.

        Raises:
            ReviewError: criteria still flagged for a fresh look after a revised plan.
        """
        self._check_open(by)
        if self.review.fresh_look:
            ids = ", ".join(f"«{c}»" for c in sorted(self.review.fresh_look))
            raise ReviewError(
                f"Saken {self.where} kan ikke avsluttes: disse kriteriene må ses på nytt etter "
                f"den reviderte planen: {ids}. Overstyr eller godta dem først.",
                path=self._path,
            )
        self._set_status("ferdig", by)

    def reopen(self, *, by: str, reason: str) -> None:
        """Unlock a finished case; the reason is required and recorded."""
        _require_by(by, self.where)
        if not self.locked:
            raise ReviewError(
                f"Saken {self.where} er ikke ferdig ({STATUS_NAMES[self.status]}), og trenger "
                "ikke gjenåpnes.",
                path=self._path,
            )
        if not (reason or "").strip():
            raise ReviewError(
                f"Saken {self.where}: oppgi hvorfor saken gjenåpnes (en begrunnelse er påkrevd).",
                path=self._path,
            )
        self.status = "under_gjennomgang"
        self._record(by, "gjenåpnet", None, "ferdig", "under_gjennomgang", note=reason.strip())

    def set_status(self, status: str, *, by: str, reason: str | None = None) -> None:
        """Move to ``under_gjennomgang`` or ``ferdig``; from ``ferdig`` this is a reopen."""
        if status not in STATUS_NAMES:
            raise ReviewError(
                f"Ukjent status «{status}» for saken {self.where}. Bruk under_gjennomgang eller "
                "ferdig.",
                path=self._path,
            )
        if status == "ferdig":
            self.finish(by=by)
        elif self.locked and status == "under_gjennomgang":
            self.reopen(by=by, reason=reason or "")
        elif status == "under_gjennomgang":
            self.start_review(by=by)
        else:
            raise ReviewError(
                f"Saken {self.where}: status «vurdert» settes bare av den automatiske vurderingen.",
                path=self._path,
            )

    # ---------------------------------------------------------------- revised plan

    def reassess(
        self, assessment: Assessment, *, by: str, path: str | Path | None = None
    ) -> Revision:
        """Replace the plan with its revised version's assessment and return what changed.

        An override is carried over where its criterion's evidence still holds
        (the automatic level and the evidence texts are unchanged); otherwise
        it is dropped, kept in ``review.fresh_look`` and the criterion flagged
        for a fresh look. Acceptances are kept on the same terms. Comments stay.

        Raises:
            CaseLockedError: the case is finished; reopen it first.
        """
        self._check_open(by)
        before_auto = {c.id: c for t in self.assessment.themes.values() for c in t.criteria}
        after_auto = {c.id: c for t in assessment.themes.values() for c in t.criteria}
        before = self.reviewed_assessment()
        carried: list[CarriedOverride] = []
        for cid, own in sorted(self.review.overrides.items()):
            reason = _still_holds(before_auto.get(cid), after_auto.get(cid))
            carried.append(
                CarriedOverride(
                    criterion=cid,
                    level=own.level,
                    carried=reason is None,
                    reason=reason
                    or "Nivået og belegget er uendret; overstyringen gjelder fortsatt.",
                )
            )
            if reason is not None:
                del self.review.overrides[cid]
                if cid in after_auto:
                    self.review.fresh_look[cid] = FreshLook(
                        override=own, level_auto_now=after_auto[cid].level, reason=reason
                    )
        for cid in list(self.review.accepted):
            if _still_holds(before_auto.get(cid), after_auto.get(cid)) is not None:
                del self.review.accepted[cid]
        for cid in list(self.review.fresh_look):
            if cid not in after_auto:
                del self.review.fresh_look[cid]
        old_plan = self.plan
        self.assessment = assessment
        self.plan = PlanFile.from_assessment(assessment, path)
        after = self.reviewed_assessment()
        criteria, themes = compare(before, after)
        revision = Revision(
            at=now(),
            by=by,
            sha256_before=old_plan.sha256,
            sha256_after=self.plan.sha256,
            source_after=self.plan.source,
            criteria_version_before=before.criteria_version,
            criteria_version_after=after.criteria_version,
            score_before=before.score,
            score_after=after.score,
            criteria=criteria,
            themes=themes,
            overrides=carried,
        )
        self.revisions.append(revision)
        old_status = self.status
        reviewed = bool(self.review.overrides or self.review.fresh_look)
        self.status = "under_gjennomgang" if reviewed else "vurdert"
        self._record(
            by,
            "revurdert",
            None,
            {"sha256": old_plan.sha256, "score": before.score, "status": old_status},
            {"sha256": self.plan.sha256, "score": after.score, "status": self.status},
            note=self.plan.name,
        )
        return revision

    # ---------------------------------------------------------------- internals

    def _check_open(self, by: str) -> None:
        _require_by(by, self.where)
        if self.locked:
            raise CaseLockedError(
                f"Saken {self.where} er ferdig og låst. Gjenåpne den først "
                "(Case.reopen eller «planvurdering case reopen»).",
                path=self._path,
            )

    def _begin(self, by: str) -> None:
        if self.status == "vurdert":
            self._set_status("under_gjennomgang", by)

    def _set_status(self, status: CaseStatus, by: str) -> None:
        if status != self.status:
            old, self.status = self.status, status
            self._record(by, "status", None, old, status)

    def _record(
        self,
        by: str,
        action: str,
        target: str | None,
        old: Any,
        new: Any,
        note: str | None = None,
    ) -> None:
        self.history.append(
            HistoryEntry(at=now(), by=by, action=action, target=target, old=old, new=new, note=note)
        )


def _require_by(by: str, where: str) -> None:
    if not isinstance(by, str) or not by.strip():
        raise ReviewError(
            f"Saken {where}: oppgi hvem som gjør endringen (by=… / --by), så historikken viser det."
        )


def _still_holds(before: CriterionResult | None, after: CriterionResult | None) -> str | None:
    """None when the criterion's automatic grading is unchanged; else why it changed."""
    if after is None:
        return "Kriteriet finnes ikke lenger i kriteriekatalogen."
    if before is None:
        return "Kriteriet er nytt."
    if after.level != before.level:
        return f"Det automatiske nivået er endret fra {before.level} til {after.level}."
    if sorted(e.text for e in after.evidence) != sorted(e.text for e in before.evidence):
        return "Belegget i planen er endret; se på kriteriet på nytt."
    return None
