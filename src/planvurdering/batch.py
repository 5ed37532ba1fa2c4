"""Many plans at once, and the county overview.

:func:`assess_many` grades every plan of a folder in parallel (a process pool
by default; any :class:`concurrent.futures.Executor` — e.g. dask.distributed's
``client.get_executor()`` — can be passed). A file that cannot be read is
reported and skipped; the batch always finishes. With a
:class:`~planvurdering.cases.CaseStore` the batch files one case per plan, skips
plans whose fingerprint and criteria version are unchanged, and reassesses
plans that changed (carrying the officers' overrides over where they hold).

:func:`write_overview` writes the county overview of the (reviewed) cases: a
table of every municipality's theme levels and scores as CSV or Excel, or an
HTML/PDF page with a heat map of municipalities × themes and the county's
statistics beside it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Literal

from .cases import Case, CaseStore, case_id_for, county_key, write_atomically
from .criteria import Criteria, load_criteria
from .errors import PlanvurderingError, RenderError, ReviewError
from .models import LEVEL_NAMES, THEME_IDS, Assessment, Localized, Statistics

log = logging.getLogger(__name__)

PLAN_SUFFIXES = (".pdf", ".docx", ".md", ".txt")
"""The files :func:`plan_files` picks from a folder."""

BATCH_USER = "planvurdering"
"""Who the history names for cases a batch creates or reassesses."""

OutcomeStatus = Literal["vurdert", "revurdert", "uendret", "låst", "feilet"]
OverviewFormat = Literal["csv", "xlsx", "html", "pdf"]
OVERVIEW_FORMATS: tuple[OverviewFormat, ...] = ("csv", "xlsx", "html", "pdf")


@dataclass(frozen=True)
class PlanOutcome:
    """What the batch did with one plan file."""

    path: Path
    case_id: str
    status: OutcomeStatus
    message: str
    seconds: float = 0.0
    error: str | None = field(default=None, compare=False)
    """The error's class name when ``status == "feilet"``."""

    @property
    def line(self) -> str:
        """One log line in Norwegian: «sterk_bokmal.pdf: vurdert – 81 poeng (1,2 s)»."""
        return f"{self.path.name}: {self.status} – {self.message}"


@dataclass
class BatchResult:
    """The outcome of :func:`assess_many`: one :class:`PlanOutcome` per plan, and the cases."""

    outcomes: list[PlanOutcome]
    cases: list[Case]
    """One case per plan that did not fail (new, reassessed or unchanged), in input order."""

    @property
    def failed(self) -> list[PlanOutcome]:
        """The plans that could not be graded (or saved), with why."""
        return [o for o in self.outcomes if o.status == "feilet"]

    @property
    def skipped(self) -> list[PlanOutcome]:
        """The plans left as they were: unchanged, or changed but the case is finished."""
        return [o for o in self.outcomes if o.status in ("uendret", "låst")]

    @property
    def assessments(self) -> list[Assessment]:
        """The reviewed assessment of every case."""
        return [case.reviewed_assessment() for case in self.cases]


def plan_files(folder: str | Path) -> list[Path]:
    """The plan files (PDF, DOCX, MD, TXT) directly in ``folder``, sorted by name.

    Raises:
        PlanvurderingError: the folder does not exist.
    """
    root = Path(folder)
    if not root.is_dir():
        raise PlanvurderingError(f"Fant ikke mappen «{root}».", path=root)
    return sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES)


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _grade_file(
    path: str, criteria: Criteria, county: str | None
) -> tuple[str | None, str | None, str | None, float]:
    """Worker: (assessment JSON, error message, error class, seconds). Never raises."""
    from .analysis import assess
    from .reading import read_plan

    started = time.perf_counter()
    try:
        assessment = assess(read_plan(path), criteria, county=county)
        return assessment.to_json(indent=None), None, None, time.perf_counter() - started
    except PlanvurderingError as e:
        return None, str(e), type(e).__name__, time.perf_counter() - started
    except Exception as e:  # one bad file must not stop the batch
        message = f"Intern feil ved vurdering av «{path}» ({type(e).__name__}: {e})."
        return None, message, type(e).__name__, time.perf_counter() - started


def default_executor(workers: int | None, jobs: int) -> ProcessPoolExecutor:
    """A process pool of ``workers`` (default: one per core, at most one per plan).

    Processes are started with ``spawn``: the parent may run threads (the
    progress bar), which ``fork`` does not survive reliably.
    """
    count = workers or min(jobs, os.cpu_count() or 1)
    return ProcessPoolExecutor(
        max_workers=max(1, count), mp_context=multiprocessing.get_context("spawn")
    )


def assess_many(
    paths: Iterable[str | Path],
    criteria: Criteria | None = None,
    *,
    county: str | int | None = None,
    executor: Executor | None = None,
    workers: int | None = None,
    store: CaseStore | None = None,
    by: str = BATCH_USER,
    on_outcome: Callable[[PlanOutcome], None] | None = None,
) -> BatchResult:
    """Grade many plans in parallel and open (or update) a case for each.

    Args:
        paths: plan files (see :func:`plan_files` for a folder).
        criteria: default the shipped catalogue.
        county: number or name; statistics go with each assessment and the
            cases are filed under today's county number.
        executor: where the plans are graded; default a process pool of
            ``workers`` processes, shut down afterwards. A passed executor is
            left running.
        workers: the default pool's size (default one per core).
        store: when given, plans whose case has the same fingerprint and
            criteria version are skipped, changed plans are reassessed
            (:meth:`Case.reassess`), and every case is saved.
        by: who the cases' history names.
        on_outcome: called with each plan's outcome as it is known (progress).

    Returns:
        A :class:`BatchResult`; failures are in ``result.failed``, never raised.

    Raises:
        StatisticsError: an unknown county (before any plan is graded).
    """
    criteria = criteria if criteria is not None else load_criteria()
    number = county_key(county)
    files = [Path(p) for p in paths]
    outcomes: dict[int, PlanOutcome] = {}
    cases: dict[int, Case] = {}
    existing: dict[int, Case] = {}
    todo: list[int] = []
    seen: dict[str, Path] = {}

    def report(index: int, outcome: PlanOutcome) -> None:
        outcomes[index] = outcome
        log.info(outcome.line)
        if on_outcome is not None:
            on_outcome(outcome)

    for index, path in enumerate(files):
        case_id = case_id_for(path)
        if case_id in seen:
            report(
                index,
                PlanOutcome(
                    path,
                    case_id,
                    "feilet",
                    f"gir samme saks-id «{case_id}» som «{seen[case_id].name}»; gi filen et "
                    "annet navn.",
                    error="ReviewError",
                ),
            )
            continue
        seen[case_id] = path
        if store is not None:
            try:
                case = store.find(number, case_id)
            except ReviewError as e:
                report(index, PlanOutcome(path, case_id, "feilet", str(e), error=type(e).__name__))
                continue
            if case is not None:
                unchanged = (
                    case.plan.sha256 == _sha256(path)
                    and case.assessment.criteria_version == criteria.version
                )
                if unchanged or case.locked:
                    cases[index] = case
                    report(
                        index,
                        PlanOutcome(
                            path,
                            case_id,
                            "uendret" if unchanged else "låst",
                            "samme fil og kriterieversjon som i saken; hoppet over"
                            if unchanged
                            else "planen er endret, men saken er ferdig; gjenåpne den for å "
                            "revurdere",
                        ),
                    )
                    continue
                existing[index] = case
        todo.append(index)

    own = executor is None and bool(todo)
    pool = default_executor(workers, len(todo)) if own else executor
    try:
        futures: dict[Future[tuple[str | None, str | None, str | None, float]], int] = {}
        for index in todo:
            assert pool is not None
            futures[pool.submit(_grade_file, str(files[index]), criteria, number)] = index
        for future in as_completed(futures):
            index = futures[future]
            path, case_id = files[index], case_id_for(files[index])
            try:
                text, error, kind, seconds = future.result()
            except Exception as e:  # a worker that died (BrokenProcessPool …)
                text, error, kind, seconds = None, f"Intern feil: {type(e).__name__}: {e}", "", 0
            if text is None:
                report(index, PlanOutcome(path, case_id, "feilet", error or "", seconds, kind))
                continue
            assessment = Assessment.from_json(text)
            try:
                if index in existing:
                    case = existing[index]
                    revision = case.reassess(assessment, by=by, path=path)
                    status: OutcomeStatus = "revurdert"
                    message = f"{revision.score_before:.0f} → {revision.score_after:.0f} poeng" + (
                        f", {len(revision.flagged())} overstyringer må ses på nytt"
                        if revision.flagged()
                        else ""
                    )
                else:
                    case = Case.create(assessment, case_id=case_id, by=by, county=number, path=path)
                    status, message = "vurdert", f"{assessment.score:.0f} poeng"
                if store is not None:
                    store.save(case)
            except ReviewError as e:
                report(
                    index, PlanOutcome(path, case_id, "feilet", str(e), seconds, type(e).__name__)
                )
                continue
            cases[index] = case
            report(
                index, PlanOutcome(path, case_id, status, f"{message} ({seconds:.1f} s)", seconds)
            )
    finally:
        if own and pool is not None:
            pool.shutdown()
    return BatchResult(
        outcomes=[outcomes[i] for i in sorted(outcomes)],
        cases=[cases[i] for i in sorted(cases)],
    )


# ------------------------------------------------------------------ overview


@dataclass(frozen=True)
class ThemeCell:
    """One theme of one municipality in the overview."""

    level: int
    score: float
    applies: bool

    @property
    def label(self) -> str:
        """«2 mål/strategi»."""
        return f"{self.level} {LEVEL_NAMES[self.level]['nb']}"


@dataclass(frozen=True)
class OverviewRow:
    """One municipality's line of the overview (reviewed levels)."""

    case_id: str
    municipality: str
    title: str
    plan_type: str | None
    status: str
    score: float
    themes: dict[str, ThemeCell]
    overridden: int
    """How many criterion levels the officer set."""
    fresh_look: int
    """How many criteria must be looked at again after a revised plan."""


@dataclass(frozen=True)
class Overview:
    """The county overview: rows sorted best score first, the themes, the statistics."""

    rows: list[OverviewRow]
    themes: dict[str, Localized]
    county: str | None
    statistics: Statistics | None
    made: date


def build_overview(cases: Iterable[Case], *, county: str | int | None = None) -> Overview:
    """The overview of ``cases``: reviewed levels and scores, sorted by score, then name.

    Args:
        cases: e.g. ``CaseStore(root).cases("46")`` or ``assess_many(...).cases``.
        county: the county whose statistics stand beside the table (number or
            name); default the cases' county, if they share one.

    Raises:
        StatisticsError: an unknown county.
    """
    from .statistics import county_statistics

    rows: list[OverviewRow] = []
    themes: dict[str, Localized] = {}
    counties: set[str] = set()
    for case in cases:
        reviewed = case.reviewed_assessment()
        for theme_id, theme in reviewed.themes.items():
            themes.setdefault(theme_id, theme.title)
        if case.county:
            counties.add(case.county)
        rows.append(
            OverviewRow(
                case_id=case.id,
                municipality=case.plan.municipality or case.plan.name,
                title=case.plan.title or case.plan.name,
                plan_type=case.plan.plan_type,
                status=case.status,
                score=reviewed.score,
                themes={
                    t.id: ThemeCell(t.level, t.score, t.applies) for t in reviewed.themes.values()
                },
                overridden=len(case.review.overrides),
                fresh_look=len(case.review.fresh_look),
            )
        )
    rows.sort(key=lambda r: (-r.score, r.municipality.lower(), r.case_id))
    order = {t: n for n, t in enumerate(THEME_IDS)}
    themes = dict(sorted(themes.items(), key=lambda i: (order.get(i[0], len(order)), i[0])))
    if county is None and len(counties) == 1:
        county = counties.pop()
    statistics = county_statistics(county) if county is not None else None
    number = statistics.county_number if statistics else None
    return Overview(rows, themes, number, statistics, date.today())


def _csv(overview: Overview) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    header = ["kommune", "sak", "plan", "plantype", "status", "poeng"]
    for theme_id in overview.themes:
        header += [f"{theme_id}_nivå", f"{theme_id}_poeng"]
    writer.writerow([*header, "overstyrte", "se_på_nytt"])
    for row in overview.rows:
        cells: list[object] = [
            row.municipality,
            row.case_id,
            row.title,
            row.plan_type or "",
            row.status,
            row.score,
        ]
        for theme_id in overview.themes:
            cell = row.themes.get(theme_id)
            cells += [cell.level, cell.score] if cell else ["", ""]
        writer.writerow([*cells, row.overridden, row.fresh_look])
    return buffer.getvalue().encode("utf-8")


LEVEL_FILLS = ("F2F2F2", "FDE0C5", "FFF2A8", "C6E8C6")
"""Heat-map colours of levels 0–3 (pale grey, orange, yellow, green); the level is also written."""


def _xlsx(overview: Overview) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Oversikt"
    header = ["Kommune", "Plan", "Status", "Poeng"]
    header += [title.nb for title in overview.themes.values()]
    header += ["Overstyrte", "Se på nytt"]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in overview.rows:
        values: list[object] = [row.municipality, row.title, row.status, row.score]
        values += [row.themes[t].level if t in row.themes else None for t in overview.themes]
        sheet.append([*values, row.overridden, row.fresh_look])
        for offset, theme_id in enumerate(overview.themes):
            if theme_id in row.themes:
                fill = LEVEL_FILLS[row.themes[theme_id].level]
                sheet.cell(sheet.max_row, 5 + offset).fill = PatternFill("solid", fgColor=fill)
    sheet.freeze_panes = "B2"
    scores = book.create_sheet("Poeng per tema")
    scores.append(["Kommune", *(title.nb for title in overview.themes.values())])
    for row in overview.rows:
        scores.append(
            [
                row.municipality,
                *(row.themes[t].score if t in row.themes else None for t in overview.themes),
            ]
        )
    if overview.statistics is not None:
        stats = book.create_sheet("Statistikk")
        s = overview.statistics
        stats.append(["Område", "Folketall", "Innvandrere", "Andel (%)"])
        for figures in (s.county, s.national):
            stats.append(
                [figures.area, figures.population, figures.immigrants, figures.immigrants_share]
            )
        stats.append([])
        stats.append([f"Kilde: {s.source} (per 1. januar {s.year})"])
        for note in s.notes:
            stats.append([note])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _templates() -> Path:
    return Path(str(files("planvurdering").joinpath("overview_templates")))


def _html(overview: Overview, *, pdf: bool) -> str:
    import jinja2

    from .rendering.response import package_folder

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    fonts = package_folder("fonts").resolve().as_uri() if pdf else None
    return env.get_template("overview.html.j2").render(
        o=overview, level_names=LEVEL_NAMES, fonts_url=fonts, pdf=pdf
    )


def _pdf(html: str, target: Path) -> bytes:
    import weasyprint

    from .rendering.fetcher import SafeURLFetcher
    from .rendering.response import package_folder

    templates = _templates()
    fetcher = SafeURLFetcher([templates, package_folder("fonts")])
    try:
        document = weasyprint.HTML(
            string=html, base_url=str(templates) + os.sep, url_fetcher=fetcher
        )
        data = document.write_pdf(pdf_variant="pdf/a-3a")
    except Exception as e:  # WeasyPrint raises many kinds; say which file.
        raise RenderError(f"Kunne ikke lage PDF-oversikten «{target}»: {e}", path=target) from e
    assert isinstance(data, bytes)
    return data


def write_overview(
    cases: Iterable[Case] | Overview,
    path: str | Path,
    *,
    county: str | int | None = None,
    format: OverviewFormat | None = None,
) -> Path:
    """Write the county overview to ``path`` (atomically).

    Args:
        cases: the cases (or an :class:`Overview` from :func:`build_overview`).
        path: the file; its folder is created.
        county: the county whose statistics go beside the table (see :func:`build_overview`).
        format: ``csv``, ``xlsx`` (Excel), ``html`` or ``pdf``; default from the suffix.

    Raises:
        RenderError: unknown format, or the file could not be written.
        StatisticsError: an unknown county.
    """
    target = Path(path)
    chosen = format or target.suffix.lower().lstrip(".")
    if chosen not in OVERVIEW_FORMATS:
        raise RenderError(
            f"Ukjent format «{chosen}» for oversikten «{target}». Bruk "
            f"{', '.join(OVERVIEW_FORMATS)}.",
            path=target,
        )
    overview = cases if isinstance(cases, Overview) else build_overview(cases, county=county)
    if chosen == "csv":
        data = _csv(overview)
    elif chosen == "xlsx":
        data = _xlsx(overview)
    elif chosen == "html":
        data = _html(overview, pdf=False).encode("utf-8")
    else:
        data = _pdf(_html(overview, pdf=True), target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except (OSError, ReviewError) as e:
        raise RenderError(f"Kan ikke skrive oversikten «{target}»: {e}", path=target) from e
    return target


def write_overviews(
    cases: Sequence[Case],
    folder: str | Path,
    *,
    county: str | int | None = None,
    formats: Iterable[OverviewFormat] = OVERVIEW_FORMATS,
) -> list[Path]:
    """Write the overview in several formats as ``<folder>/oversikt-<fylke>.<format>``."""
    overview = build_overview(cases, county=county)
    stem = f"oversikt-{overview.county or 'alle'}"
    return [write_overview(overview, Path(folder) / f"{stem}.{f}", format=f) for f in formats]
