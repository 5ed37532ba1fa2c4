"""The command line: a thin typer app over the library.

Exit codes: 0 ok, 2 bad input (a Norwegian message that names the file),
1 internal error.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from . import _version
from .criteria import Criteria, load_criteria
from .errors import PlanvurderingError
from .models import LEVEL_NAMES

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

app = typer.Typer(
    name="planvurdering",
    help="Vurderer kommunale planer mot rådene i «Innvandring som ressurs for Norge» "
    "og skriver fylkeskommunens høringsuttalelse.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
criteria_app = typer.Typer(help="Kriteriekatalogen: vis, valider, skjema og dokumentasjon.")
app.add_typer(criteria_app, name="criteria")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def _version_callback(value: bool) -> None:
    if value:
        out.print(f"planvurdering {_version.__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Vis versjonen og avslutt."
        ),
    ] = False,
) -> None:
    """Vurderer kommunale planer mot rådene i «Innvandring som ressurs for Norge»."""


def _load(criteria_dir: Path | None) -> Criteria:
    return load_criteria(criteria_dir)


@app.command("assess")
def assess_command(
    plan_file: Annotated[
        Path, typer.Argument(help="Planen som skal vurderes (PDF, DOCX, MD, TXT).")
    ],
    county: Annotated[
        str | None,
        typer.Option("--county", help="Fylke, nummer eller navn (f.eks. 46 eller Vestland)."),
    ] = None,
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", help="Kommunen planen gjelder, f.eks. «Stryn kommune»."),
    ] = None,
    plan_type: Annotated[
        str | None,
        typer.Option("--plan-type", help="Plantype (f.eks. samfunnsdel); ellers gjenkjent."),
    ] = None,
    out_pdf: Annotated[
        Path | None, typer.Option("--out", help="Skriv høringsuttalelsen som PDF hit.")
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Skriv vurderingen som JSON hit.")
    ] = None,
    case_ref: Annotated[
        str | None, typer.Option("--case-ref", help="Vår referanse (saksnummer).")
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            help="Målform for uttalelsen: nb (bokmål) eller nn (nynorsk); standard: profilens, "
            "ellers nb.",
        ),
    ] = None,
    profile: Annotated[
        Path | None,
        typer.Option("--profile", help="Fylkesprofil (YAML/TOML) med brevhode og saksbehandler."),
    ] = None,
    self_assessment: Annotated[
        Path | None,
        typer.Option("--self-assessment", help="Skriv også egenvurderingen (sjekklisten) hit."),
    ] = None,
    statistics: Annotated[
        list[Path] | None,
        typer.Option("--statistics", help="SSB-fil(er) (JSON-stat eller CSV) med nyere tall."),
    ] = None,
    criteria_dir: Annotated[
        Path | None,
        typer.Option("--criteria", help="Egen kriteriemappe i stedet for standardkatalogen."),
    ] = None,
    ocr: Annotated[
        bool,
        typer.Option("--ocr", help="Kjør tekstgjenkjenning (OCR) på skannede sider."),
    ] = False,
    password: Annotated[
        str | None, typer.Option("--password", help="Passord for en kryptert PDF.")
    ] = None,
) -> None:
    """Vurder en plan og skriv høringsuttalelse (PDF) og/eller vurderingen (JSON).

    Eksempel: planvurdering assess plan.pdf --county 46 --out uttalelse.pdf --json vurdering.json
    """
    from .analysis import assess
    from .reading import read_plan
    from .rendering import write_response, write_self_assessment

    if language not in (None, "nb", "nn"):
        raise PlanvurderingError(f"Ukjent målform «{language}». Bruk nb eller nn.")
    started = time.perf_counter()
    plan = read_plan(plan_file, ocr=ocr, password=password)
    result = assess(
        plan,
        _load(criteria_dir),
        county=county,
        municipality=municipality,
        plan_type=plan_type,
        statistics=statistics or None,
    )
    if json_path is not None:
        _write_text(json_path, result.to_json())
    if out_pdf is not None:
        write_response(
            result,
            out_pdf,
            municipality=municipality,
            case_ref=case_ref,
            language="nn" if language == "nn" else ("nb" if language == "nb" else None),
            profile=profile,
        )
    if self_assessment is not None:
        write_self_assessment(result, self_assessment)
    _print_summary(result.model_dump(mode="json"))
    written = [str(p) for p in (out_pdf, self_assessment, json_path) if p is not None]
    elapsed = time.perf_counter() - started
    if written:
        out.print(f"Skrev {', '.join(written)} ({elapsed:.1f} s).")


def _write_text(path: Path, text: str) -> None:
    from ._files import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda handle: handle.write(text.encode("utf-8")))
    except OSError as e:
        raise PlanvurderingError(f"Kan ikke skrive «{path}»: {e.strerror}.", path=path) from e


def _print_summary(result: dict[str, Any]) -> None:
    plan = result["plan"]
    title = plan.get("title") or plan.get("source") or "planen"
    table = Table(title=f"Vurdering av {title}", show_lines=False)
    table.add_column("Tema")
    table.add_column("Nivå", justify="right")
    table.add_column("Poeng", justify="right")
    for theme in result["themes"].values():
        level = theme["level"]
        name = theme["title"]["nb"] + ("" if theme["applies"] else " (vurderes ikke)")
        table.add_row(name, f"{level} – {LEVEL_NAMES[level]['nb']}", f"{theme['score']:.0f}")
    out.print(table)
    out.print(f"Samlet poengsum: {result['score']:.0f} av 100")


@criteria_app.command("list")
def criteria_list(
    criteria_dir: Annotated[
        Path | None, typer.Argument(help="Kriteriemappe; standardkatalogen om den utelates.")
    ] = None,
) -> None:
    """List kriteriene i katalogen."""
    criteria = _load(criteria_dir)
    table = Table(title=f"Kriteriekatalog {criteria.version} ({len(criteria)} kriterier)")
    table.add_column("Id")
    table.add_column("Tema")
    table.add_column("Tittel")
    table.add_column("Vekt", justify="right")
    for c in criteria:
        table.add_row(c.id, c.theme, c.title.nb, f"{c.weight:g}")
    out.print(table)


@criteria_app.command("validate")
def criteria_validate(
    criteria_dir: Annotated[Path, typer.Argument(help="Kriteriemappen som skal sjekkes.")],
) -> None:
    """Sjekk en kriteriemappe; feil oppgis med fil, linje og felt."""
    criteria = _load(criteria_dir)
    out.print(f"OK: {len(criteria)} kriterier i {criteria_dir} (versjon {criteria.version}).")


@criteria_app.command("schema")
def criteria_schema() -> None:
    """Skriv JSON-skjemaet for temafilene (for redigering med validering i editoren)."""
    from .criteria import ThemeFile

    out.print_json(json.dumps(ThemeFile.model_json_schema(), ensure_ascii=False))


@criteria_app.command("docs")
def criteria_docs(
    features_dir: Annotated[
        Path, typer.Option("--features", help="Mappen med feature-filene.")
    ] = Path("features"),
    output: Annotated[Path, typer.Option("--out", help="Hvor dokumentasjonen skrives.")] = Path(
        "docs/criteria.md"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Bare sjekk at filen er oppdatert (exit 2 ellers).")
    ] = False,
) -> None:
    """Lag docs/criteria.md fra kriteriene og feature-filene."""
    from .criteria_docs import render_criteria_docs

    if not features_dir.is_dir():
        raise PlanvurderingError(f"Fant ikke mappen med feature-filer «{features_dir}».")
    page = render_criteria_docs(_load(None), features_dir)
    if check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != page:
            raise PlanvurderingError(
                f"«{output}» er utdatert. Kjør «planvurdering criteria docs» og legg inn filen."
            )
        out.print(f"«{output}» er oppdatert.")
        return
    _write_text(output, page)
    out.print(f"Skrev {output}.")


from .cli_workflow import register as _register_workflow  # noqa: E402

_register_workflow(app)


def main() -> None:
    """Entry point: run the app and map library errors to exit codes."""
    try:
        app(standalone_mode=False)
    except PlanvurderingError as e:
        err.print(f"Feil: {e}", markup=False)
        sys.exit(EXIT_BAD_INPUT)
    except (typer.Exit, SystemExit) as e:
        code = getattr(e, "exit_code", getattr(e, "code", 0))
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Abort:
        err.print("Avbrutt.")
        sys.exit(EXIT_INTERNAL)
    except Exception as e:
        # Usage errors (click's, or typer's vendored copy) are bad input, not internal errors.
        show = getattr(e, "show", None)
        if callable(show) and hasattr(e, "exit_code"):
            show()
            sys.exit(EXIT_BAD_INPUT)
        err.print(
            f"Intern feil i planvurdering ({type(e).__name__}: {e}). "
            "Meld gjerne fra til utviklerne med filen som ga feilen.",
            markup=False,
        )
        sys.exit(EXIT_INTERNAL)
