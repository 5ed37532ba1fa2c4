"""Running the installed command line in a fresh process, as an officer's shell does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping


def run_cli(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``planvurdering <args>`` in a new Python process, with ``env`` added to the environment."""
    return subprocess.run(
        [sys.executable, "-c", "from planvurdering.cli import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )
