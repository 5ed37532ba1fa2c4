"""Writing files so that a crash leaves either the old file or the new one, never half."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path, write: Callable[[BinaryIO], object], *, mode: int = 0o644) -> None:
    """Call ``write`` on a temporary file beside ``path``, fsync it, then move it to ``path``.

    The temporary file is removed whatever happens; the folder is fsynced after
    the move. ``OSError`` (and anything ``write`` raises) propagates: callers turn
    it into their own typed, Norwegian error.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
