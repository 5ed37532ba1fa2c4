"""The command line: thin over the library, Norwegian messages, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planvurdering as pv
from _cli import run_cli
from planvurdering.cli import app

runner = CliRunner()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert pv.__version__ in result.stdout


def test_cli_criteria_list_shows_every_criterion(criteria: pv.Criteria) -> None:
    result = runner.invoke(app, ["criteria", "list"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for criterion in criteria:
        assert criterion.id in result.stdout


def test_cli_assess_text_plan_writes_json(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Kommuneplanens samfunnsdel\n\nKommunen skal bosette 15 flyktninger årlig.",
        encoding="utf-8",
    )
    out = tmp_path / "vurdering.json"
    result = _run("assess", str(plan), "--json", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["themes"]["demografi"]["level"] >= 2
    assert "Samlet poengsum" in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["assess", "finnes-ikke.pdf"], "finnes-ikke.pdf"),
        (["criteria", "validate", "finnes-ikke/"], "finnes-ikke"),
        (["assess", "x.txt", "--language", "sv"], "målform"),
    ],
)
def test_cli_bad_input_exits_2_with_norwegian_message(args: list[str], needle: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_criteria_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["criteria", "schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "criteria" in schema["properties"]


def test_cli_criteria_docs_check_detects_stale_page(tmp_path: Path) -> None:
    stale = tmp_path / "criteria.md"
    stale.write_text("# gammel\n", encoding="utf-8")
    result = _run("criteria", "docs", "--out", str(stale), "--check")
    assert result.returncode == 2
    assert "utdatert" in result.stderr
    written = _run("criteria", "docs", "--out", str(stale))
    assert written.returncode == 0, written.stderr
    assert _run("criteria", "docs", "--out", str(stale), "--check").returncode == 0
    assert "bolig.husbanken" in stale.read_text(encoding="utf-8")
