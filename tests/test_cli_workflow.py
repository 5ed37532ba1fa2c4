"""The workflow commands: batch, case, review sheets, reassess, overview, self-assess."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _cli import run_cli
from planvurdering.cases import load_case
from planvurdering.cli import app

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
runner = CliRunner()
ENV = {"COLUMNS": "200", "PLANVURDERING_SAKSBEHANDLER": "Kari"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=ENV)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plans = tmp_path_factory.mktemp("planer")
    shutil.copy(PLANS / "svak_bokmal.pdf", plans)
    shutil.copy(PLANS / "nynorsk.pdf", plans)
    (plans / "tom.pdf").write_bytes(b"")
    out = tmp_path_factory.mktemp("saker")
    result = runner.invoke(
        app,
        [
            "batch",
            str(plans),
            "--county",
            "46",
            "--out",
            str(out),
            "--workers",
            "1",
            "--formats",
            "csv,html",
        ],
        env=ENV,
    )
    assert result.exit_code == 0, result.output
    assert "tom.pdf: feilet" in result.output
    assert "2 vurdert, 0 hoppet over, 1 feilet" in result.output
    return out


@pytest.mark.parametrize(
    "command", [["batch"], ["review", "apply"], ["reassess"], ["case", "reopen"], ["self-assess"]]
)
def test_cli_workflow_help_is_norwegian_with_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env=ENV)
    assert result.exit_code == 0
    assert "Eksempel: planvurdering" in result.output


def test_cli_workflow_batch_writes_cases_and_overview(store: Path) -> None:
    assert sorted(p.name for p in (store / "46").glob("*.json")) == [
        "nynorsk.json",
        "svak_bokmal.json",
    ]
    assert (store / "oversikt-46.csv").is_file()
    assert "Vetledal kommune" in (store / "oversikt-46.html").read_text(encoding="utf-8")


def test_cli_workflow_review_sheet_round_trip_and_lock(store: Path, tmp_path: Path) -> None:
    case_file = store / "46" / "nynorsk.json"
    sheet = tmp_path / "ark.yaml"
    result = runner.invoke(app, ["review", "export", str(case_file), "--out", str(sheet)], env=ENV)
    assert result.exit_code == 0, result.output
    text = sheet.read_text(encoding="utf-8")
    lines = text.splitlines()
    n = lines.index("      bolig.husbanken:") + 1
    old = lines[n]
    lines[n] = "        nivå: 7"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = _run("review", "apply", str(case_file), str(sheet))
    assert bad.returncode == 2
    assert f"ark.yaml:{n + 1}: kriteriet «bolig.husbanken»: nivå må være 0–3" in bad.stderr

    lines[n] = old.replace(old.split(": ")[1], "3")
    lines[n + 1] = '        begrunnelse: "Husbanken er nevnt i handlingsdelen."'
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good = runner.invoke(app, ["review", "apply", str(case_file), str(sheet)], env=ENV)
    assert good.exit_code == 0, good.output
    case = load_case(case_file)
    assert case.level("bolig.husbanken") == 3
    assert case.review.overrides["bolig.husbanken"].by == "Kari"

    done = runner.invoke(app, ["case", "status", str(case_file), "ferdig"], env=ENV)
    assert done.exit_code == 0 and "ferdig" in done.output
    locked = _run("case", "comment", str(case_file), "Sent innspill")
    assert locked.returncode == 2 and "låst" in locked.stderr
    reopened = _run("case", "reopen", str(case_file), "--reason", "Ny versjon kommer")
    assert reopened.returncode == 0, reopened.stderr
    shown = runner.invoke(app, ["case", "show", str(case_file)], env=ENV)
    assert "gjenåpnet" in shown.output and "bolig.husbanken*" in shown.output


def test_cli_workflow_reassess_reports_changes(store: Path) -> None:
    case_file = store / "46" / "svak_bokmal.json"
    result = runner.invoke(
        app, ["reassess", str(case_file), str(PLANS / "sterk_bokmal.pdf")], env=ENV
    )
    assert result.exit_code == 0, result.output
    assert "Bedre:" in result.output
    assert load_case(case_file).revisions[-1].score_after > 50


def test_cli_workflow_self_assess_writes_checklist(tmp_path: Path) -> None:
    target = tmp_path / "egen.md"
    result = runner.invoke(
        app, ["self-assess", str(PLANS / "svak_bokmal.pdf"), "--out", str(target)], env=ENV
    )
    assert result.exit_code == 0, result.output
    assert "kriterier kan styrkes" in result.output
    assert target.stat().st_size > 500


def test_cli_workflow_missing_case_is_bad_input(tmp_path: Path) -> None:
    result = _run("case", "show", str(tmp_path / "finnes-ikke.json"))
    assert result.returncode == 2
    assert "finnes-ikke.json" in result.stderr


def test_cli_workflow_response_needs_finished_case_or_draft(store: Path, tmp_path: Path) -> None:
    case_file = store / "46" / "svak_bokmal.json"
    target = tmp_path / "uttalelse.md"
    refused = _run("case", "response", str(case_file), "--out", str(target))
    assert refused.returncode == 2 and "--draft" in refused.stderr
    assert not target.exists()
    draft = runner.invoke(
        app, ["case", "response", str(case_file), "--out", str(target), "--draft"], env=ENV
    )
    assert draft.exit_code == 0, draft.output
    municipality = load_case(case_file).plan.municipality
    assert municipality and municipality in target.read_text(encoding="utf-8")
