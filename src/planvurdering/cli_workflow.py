"""The workflow commands: cases, review sheets, revised plans, batches, the overview.

:func:`register` adds them to the main typer app (``cli.py``). Like the rest of
the command line they only call the library; library errors become exit code 2
in :func:`planvurdering.cli.main`.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import PlanvurderingError
from .models import LEVEL_NAMES

if TYPE_CHECKING:
    from .batch import OverviewFormat
    from .cases.revision import Change
    from .criteria import Criteria

out = Console(highlight=False)

BY_ENV = "PLANVURDERING_SAKSBEHANDLER"


def _default_by() -> str:
    try:
        return os.environ.get(BY_ENV) or getpass.getuser()
    except (KeyError, OSError):
        return ""


CaseArg = Annotated[Path, typer.Argument(help="Saksfilen, f.eks. saker/46/fjordvik.json.")]
ByOpt = Annotated[
    str,
    typer.Option(
        "--by",
        envvar=BY_ENV,
        default_factory=_default_by,
        help=f"Hvem som gjør endringen (standard: ${BY_ENV} eller brukernavnet).",
    ),
]
CriteriaOpt = Annotated[
    Path | None,
    typer.Option("--criteria", help="Egen kriteriemappe i stedet for standardkatalogen."),
]

review_app = typer.Typer(
    help="Gjennomgang i en fil: eksporter et vurderingsark (YAML), rediger det, les det inn.",
    no_args_is_help=True,
)
case_app = typer.Typer(
    help="Saker: vis, overstyr, godta, kommenter, sett status, gjenåpne, skriv uttalelsen.",
    no_args_is_help=True,
)


def _criteria(folder: Path | None) -> Criteria:
    from .criteria import load_criteria

    return load_criteria(folder)


# ---------------------------------------------------------------- review sheets


@review_app.command("export")
def review_export(
    case_file: CaseArg,
    sheet: Annotated[
        Path | None,
        typer.Option("--out", help="Arket som skrives (standard: <sak>.ark.yaml ved saken)."),
    ] = None,
) -> None:
    """Skriv et redigerbart vurderingsark (YAML) med belegg og nivåer som kommentarer.

    Eksempel: planvurdering review export saker/46/fjordvik.json --out ark.yaml
    """
    from .cases import load_case, write_sheet

    case = load_case(case_file)
    target = sheet or case_file.with_name(f"{case.id}.ark.yaml")
    write_sheet(case, target)
    out.print(f"Skrev vurderingsarket {target}. Les det inn med «planvurdering review apply».")


@review_app.command("apply")
def review_apply(
    case_file: CaseArg,
    sheet: Annotated[Path, typer.Argument(help="Det utfylte vurderingsarket (YAML).")],
    by: Annotated[
        str | None,
        typer.Option(
            "--by", envvar=BY_ENV, help="Saksbehandler (standard: arkets «saksbehandler»)."
        ),
    ] = None,
) -> None:
    """Sjekk et vurderingsark og før endringene inn i saken (alt eller ingenting).

    Eksempel: planvurdering review apply saker/46/fjordvik.json ark.yaml
    """
    from .cases import apply_sheet, load_case, save_case

    case = load_case(case_file)
    changes = apply_sheet(case, sheet, by=by)
    if not changes:
        out.print("Arket endret ingenting.")
        return
    save_case(case)
    for line in changes:
        out.print(f"  {line}")
    out.print(f"Lagret {len(changes)} endringer i {case_file} (revisjon {case.revision}).")


# ---------------------------------------------------------------- cases


@case_app.command("new")
def case_new(
    plan_file: Annotated[Path, typer.Argument(help="Planen (PDF, DOCX, MD, TXT).")],
    store: Annotated[Path, typer.Option("--store", help="Saksmappen (én undermappe per fylke).")],
    county: Annotated[str, typer.Option("--county", help="Fylke, nummer eller navn.")],
    by: ByOpt,
    criteria_dir: CriteriaOpt = None,
) -> None:
    """Vurder en plan og opprett en sak for den.

    Eksempel: planvurdering case new plan.pdf --store saker --county 46
    """
    from .cases import CaseStore, open_case

    case = open_case(plan_file, _criteria(criteria_dir), by=by, county=county)
    path = CaseStore(store).save(case)
    out.print(f"Opprettet saken {path} ({case.assessment.score:.0f} poeng).")


@case_app.command("show")
def case_show(case_file: CaseArg) -> None:
    """Vis saken: status, nivåer (overstyrte merket med *), kommentarer og historikk.

    Eksempel: planvurdering case show saker/46/fjordvik.json
    """
    from .cases import STATUS_NAMES, load_case

    case = load_case(case_file)
    reviewed = case.reviewed_assessment()
    out.print(
        f"Sak {case.id}: {case.plan.municipality or ''} – {case.plan.title or case.plan.name}"
    )
    out.print(f"Status: {STATUS_NAMES[case.status]}; revisjon {case.revision}")
    table = Table(title="Nivå per kriterium (* = satt av saksbehandler, ! = se på nytt)")
    table.add_column("Kriterium")
    table.add_column("Nivå", justify="right")
    table.add_column("Automatisk", justify="right")
    for theme in reviewed.themes.values():
        table.add_row(f"[b]{theme.title.nb}[/b]", f"{theme.level}", f"{theme.score:.0f} poeng")
        for c in theme.criteria:
            mark = "*" if c.override else "!" if c.id in case.review.fresh_look else ""
            auto = c.override.level_auto if c.override else c.level
            table.add_row(f"  {c.id}{mark}", f"{c.level} {LEVEL_NAMES[c.level]['nb']}", str(auto))
    out.print(table)
    out.print(f"Samlet poengsum: {reviewed.score:.0f} av 100")
    for comment in case.review.comments:
        out.print(f"Kommentar ({comment.target}, {comment.by}): {comment.text}", markup=False)
    out.print("Historikk:")
    for entry in case.history:
        what = f"{entry.action}" + (f" {entry.target}" if entry.target else "")
        change = f": {entry.old} → {entry.new}" if entry.old is not None or entry.new else ""
        note = f" ({entry.note})" if entry.note else ""
        out.print(f"  {entry.at:%d.%m.%Y %H:%M} {entry.by}: {what}{change}{note}", markup=False)


@case_app.command("override")
def case_override(
    case_file: CaseArg,
    criterion: Annotated[str, typer.Argument(help="Kriteriets id, f.eks. bolig.husbanken.")],
    level: Annotated[int, typer.Argument(help="Nytt nivå 0–3.")],
    justification: Annotated[
        str, typer.Option("--justification", "-b", help="Begrunnelse (påkrevd).")
    ],
    by: ByOpt,
) -> None:
    """Overstyr et kriteriums nivå med begrunnelse.

    Eksempel: planvurdering case override sak.json bolig.husbanken 2 -b "Bare mål, ikke tiltak"
    """
    from .cases import load_case, save_case

    case = load_case(case_file)
    case.override(criterion, level, justification, by=by)
    save_case(case)
    out.print(
        f"«{criterion}» er satt til nivå {level}. Samlet: {case.reviewed_assessment().score:.0f}"
    )


@case_app.command("accept")
def case_accept(
    case_file: CaseArg,
    criteria_ids: Annotated[list[str], typer.Argument(help="Kriterier som godtas slik de står.")],
    by: ByOpt,
) -> None:
    """Godta kriteriers nivå slik de er vurdert.

    Eksempel: planvurdering case accept sak.json bolig.husbanken sprak.tilpasset
    """
    from .cases import load_case, save_case

    case = load_case(case_file)
    for criterion in criteria_ids:
        case.accept(criterion, by=by)
    save_case(case)
    out.print(f"Godtok {len(criteria_ids)} kriterier.")


@case_app.command("comment")
def case_comment(
    case_file: CaseArg,
    text: Annotated[str, typer.Argument(help="Kommentaren.")],
    by: ByOpt,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Tema-id; uten: kommentar til hele planen.")
    ] = None,
) -> None:
    """Legg til en kommentar til et tema eller hele planen.

    Eksempel: planvurdering case comment sak.json "Godt grep med velkomstpakke" --theme frivillighet
    """
    from .cases import load_case, save_case

    case = load_case(case_file)
    case.comment(text, by=by, theme=theme)
    save_case(case)
    out.print("Kommentaren er lagret.")


@case_app.command("status")
def case_status(
    case_file: CaseArg,
    status: Annotated[str, typer.Argument(help="under_gjennomgang eller ferdig.")],
    by: ByOpt,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Begrunnelse (påkrevd for å gjenåpne).")
    ] = None,
) -> None:
    """Sett status: under_gjennomgang eller ferdig (låser saken).

    Eksempel: planvurdering case status saker/46/fjordvik.json ferdig
    """
    from .cases import STATUS_NAMES, load_case, save_case

    case = load_case(case_file)
    case.set_status(status, by=by, reason=reason)
    save_case(case)
    out.print(f"Saken er nå {STATUS_NAMES[case.status]}.")


@case_app.command("reopen")
def case_reopen(
    case_file: CaseArg,
    reason: Annotated[str, typer.Option("--reason", help="Hvorfor saken gjenåpnes (påkrevd).")],
    by: ByOpt,
) -> None:
    """Gjenåpne en ferdig sak; begrunnelsen føres i historikken.

    Eksempel: planvurdering case reopen saker/46/fjordvik.json --reason "Nye opplysninger"
    """
    from .cases import load_case, save_case

    case = load_case(case_file)
    case.reopen(by=by, reason=reason)
    save_case(case)
    out.print("Saken er gjenåpnet (under gjennomgang).")


@case_app.command("response")
def case_response(
    case_file: CaseArg,
    target: Annotated[Path, typer.Option("--out", help="Høringsuttalelsen (.pdf, .html, .md).")],
    case_ref: Annotated[str | None, typer.Option("--case-ref", help="Vår referanse.")] = None,
    language: Annotated[str, typer.Option("--language", help="nb eller nn.")] = "nb",
    draft: Annotated[
        bool, typer.Option("--draft", help="Skriv et utkast selv om saken ikke er ferdig.")
    ] = False,
) -> None:
    """Skriv høringsuttalelsen fra saken (de gjennomgåtte nivåene).

    Eksempel: planvurdering case response saker/46/fjordvik.json --out uttalelse.pdf
    """
    from .cases import STATUS_NAMES, load_case
    from .rendering import write_response

    case = load_case(case_file)
    if not case.locked and not draft:
        raise PlanvurderingError(
            f"Saken «{case_file}» er {STATUS_NAMES[case.status]}, ikke ferdig. Sett status ferdig "
            "først, eller bruk --draft for et utkast."
        )
    if language not in ("nb", "nn"):
        raise PlanvurderingError(f"Ukjent målform «{language}». Bruk nb eller nn.")
    fmt = target.suffix.lower().lstrip(".")
    write_response(
        case.reviewed_assessment(),
        target,
        case_ref=case_ref,
        language="nn" if language == "nn" else "nb",
        format="html" if fmt == "html" else "md" if fmt == "md" else "pdf",
    )
    out.print(f"Skrev {target}.")


# ---------------------------------------------------------------- top-level commands


def reassess_command(
    case_file: CaseArg,
    plan_file: Annotated[Path, typer.Argument(help="Den reviderte planen.")],
    by: ByOpt,
    criteria_dir: CriteriaOpt = None,
) -> None:
    """Vurder en revidert plan i en eksisterende sak og vis hva som er endret.

    Overstyringer føres videre der belegget er uendret, ellers merkes kriteriet «se på nytt».

    Eksempel: planvurdering reassess saker/46/fjordvik.json fjordvik_v2.pdf
    """
    from .cases import load_case, reassess, save_case

    case = load_case(case_file)
    revision = reassess(case, plan_file, _criteria(criteria_dir), by=by)
    save_case(case)
    out.print(f"Poeng: {revision.score_before:.0f} → {revision.score_after:.0f}")
    changes: tuple[tuple[str, Change], ...] = (
        ("Bedre", "bedre"),
        ("Svakere", "svakere"),
        ("Nytt", "ny"),
    )
    for label, change in changes:
        items = revision.criteria_with(change)
        if items:
            names = ", ".join(f"{c.id} ({c.level_before}→{c.level_after})" for c in items)
            out.print(f"{label}: {names}", markup=False)
    for carried in revision.overrides:
        mark = "ført videre" if carried.carried else "SE PÅ NYTT"
        out.print(f"Overstyring {carried.criterion}: {mark} – {carried.reason}", markup=False)
    out.print(f"Lagret {case_file}.")


def batch_command(
    folder: Annotated[Path, typer.Argument(help="Mappen med planene (PDF, DOCX, MD, TXT).")],
    county: Annotated[str, typer.Option("--county", help="Fylke, nummer eller navn.")],
    target: Annotated[
        Path, typer.Option("--out", help="Utmappe: sakene (<fylke>/…json) og oversikten.")
    ],
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Antall prosesser (standard: kjerner).")
    ] = None,
    criteria_dir: CriteriaOpt = None,
    formats: Annotated[
        str, typer.Option("--formats", help="Oversiktens formater, kommaseparert.")
    ] = "csv,xlsx,html,pdf",
) -> None:
    """Vurder alle planene i en mappe parallelt, lagre én sak per plan og skriv oversikten.

    Planer med samme fil og kriterieversjon som i saken hoppes over; endrede planer
    revurderes. En fil som ikke kan leses meldes og hoppes over.

    Eksempel: planvurdering batch planer/ --county 46 --out saker/
    """
    from .batch import OVERVIEW_FORMATS, PlanOutcome, assess_many, plan_files, write_overviews
    from .cases import CaseStore

    chosen = cast("list[OverviewFormat]", [f.strip() for f in formats.split(",") if f.strip()])
    unknown = [f for f in chosen if f not in OVERVIEW_FORMATS]
    if unknown:
        raise PlanvurderingError(
            f"Ukjent format {', '.join(unknown)}. Bruk {', '.join(OVERVIEW_FORMATS)}."
        )
    paths = plan_files(folder)
    if not paths:
        raise PlanvurderingError(f"Fant ingen planer (PDF, DOCX, MD, TXT) i «{folder}».")
    store = CaseStore(target)
    with Progress(
        TextColumn("Vurderer planer"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out,
        transient=True,
    ) as progress:
        task = progress.add_task("planer", total=len(paths))

        def step(outcome: PlanOutcome) -> None:
            progress.console.print(outcome.line, markup=False, highlight=False)
            progress.advance(task)

        result = assess_many(
            paths,
            _criteria(criteria_dir),
            county=county,
            workers=workers,
            store=store,
            on_outcome=step,
        )
    written = (
        write_overviews(result.cases, target, county=county, formats=chosen) if result.cases else []
    )
    done = len(result.outcomes) - len(result.failed) - len(result.skipped)
    out.print(
        f"Ferdig: {done} vurdert, {len(result.skipped)} hoppet over, {len(result.failed)} feilet."
    )
    for failure in result.failed:
        out.print(f"  Feilet: {failure.path.name}: {failure.message}", markup=False)
    for path in written:
        out.print(f"Skrev {path}")


def overview_command(
    store: Annotated[Path, typer.Option("--store", help="Saksmappen.")],
    county: Annotated[str, typer.Option("--county", help="Fylke, nummer eller navn.")],
    target: Annotated[
        Path, typer.Option("--out", help="Oversikten: .csv, .xlsx, .html eller .pdf.")
    ],
) -> None:
    """Skriv fylkesoversikten (tabell og varmekart) fra sakene i en saksmappe.

    Eksempel: planvurdering overview --store saker --county 46 --out oversikt.pdf
    """
    from .batch import write_overview
    from .cases import CaseStore, county_key

    cases = CaseStore(store).cases(county_key(county))
    if not cases:
        raise PlanvurderingError(f"Fant ingen saker for fylke {county} i «{store}».")
    write_overview(cases, target, county=county)
    out.print(f"Skrev {target} ({len(cases)} planer).")


def self_assess_command(
    draft: Annotated[Path, typer.Argument(help="Planutkastet (PDF, DOCX, MD, TXT).")],
    target: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Rapporten: .pdf, .html eller .md (standard: <utkast>-egenvurdering.pdf)."
        ),
    ] = None,
    language: Annotated[str, typer.Option("--language", help="nb eller nn.")] = "nb",
    criteria_dir: CriteriaOpt = None,
) -> None:
    """For planleggere: vurder et utkast og skriv egenvurderingen (sjekkliste) i ett steg.

    Eksempel: planvurdering self-assess utkast.pdf --out egenvurdering.pdf
    """
    from .analysis import assess
    from .reading import read_plan
    from .rendering import write_self_assessment

    if language not in ("nb", "nn"):
        raise PlanvurderingError(f"Ukjent målform «{language}». Bruk nb eller nn.")
    path = target or draft.with_name(f"{draft.stem}-egenvurdering.pdf")
    fmt = path.suffix.lower().lstrip(".")
    result = assess(read_plan(draft), _criteria(criteria_dir))
    write_self_assessment(
        result,
        path,
        language="nn" if language == "nn" else "nb",
        format="html" if fmt == "html" else "md" if fmt == "md" else "pdf",
    )
    missing = sum(
        1 for t in result.themes.values() for c in t.criteria if c.applies and c.level < 3
    )
    out.print(f"Skrev {path}: {missing} kriterier kan styrkes. Samlet {result.score:.0f} av 100.")


def register(app: typer.Typer) -> None:
    """Add review, case, reassess, batch, overview and self-assess to ``app``."""
    app.add_typer(review_app, name="review")
    app.add_typer(case_app, name="case")
    app.command("reassess")(reassess_command)
    app.command("batch")(batch_command)
    app.command("overview")(overview_command)
    app.command("self-assess")(self_assess_command)
