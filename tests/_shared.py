"""Where the project's shared data lies.

CI lays a copy of ``shared/`` beside the clone, so it is looked for next to the
repository first; ``PLANVURDERING_SHARED`` overrides, and ``/work/shared`` is the
developers' machines' place.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _find_shared() -> Path:
    candidates = [os.environ.get("PLANVURDERING_SHARED"), ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "handbook").is_dir():
            return Path(candidate)
    return Path("/work/shared")


SHARED = _find_shared()
