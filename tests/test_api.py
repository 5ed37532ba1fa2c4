"""The public surface: exactly what __all__ names, and the packaged catalogue."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import planvurdering as pv

ROOT = Path(__file__).resolve().parents[1]


def test_api_exported_members() -> None:
    # Sub-packages and modules are reachable as attributes but are not part of __all__.
    exported = {
        name
        for name in dir(pv)
        if not name.startswith("_") and not isinstance(getattr(pv, name), ModuleType)
    }
    assert sorted(pv.__all__) == pv.__all__
    assert exported == set(pv.__all__) - {"__version__"}


def test_api_errors_share_one_base() -> None:
    for name in pv.__all__:
        obj = getattr(pv, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, pv.PlanvurderingError)


@pytest.mark.slow
def test_api_wheel_ships_default_criteria(tmp_path: Path) -> None:
    build = pytest.importorskip("hatchling.builders.wheel")
    builder = build.WheelBuilder(str(ROOT))
    wheel = Path(next(iter(builder.build(directory=str(tmp_path), versions=["standard"]))))
    names = zipfile.ZipFile(wheel).namelist()
    catalogue = [n for n in names if n.endswith("planvurdering/criteria/catalogue.yaml")]
    assert catalogue, "the wheel lacks the default criteria"
    prefix = "planvurdering/criteria/"
    shipped = {n[len(prefix) :] for n in names if n.startswith(prefix) and n.endswith(".yaml")}
    source = ROOT / "criteria"
    assert shipped == {p.relative_to(source).as_posix() for p in source.rglob("*.yaml")}
    assert "planvurdering/py.typed" in names
