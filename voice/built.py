"""What is built from our own files and kept in the cache dir (voice.paths.cache_dir): the speech
model (`sphinx-<hash>/`), the intent classifier (`intents-<hash>.npz`) and the router's samples
(`samples-<hash>.json`).

Building them takes about 70 s on a 2-core machine (mostly training the classifier), which on a
first start (or after the content changed) is a minute in which a person waiting to be helped
hears nothing: the first build in a process says so in one line (`announce_builds`), and
`voice prepare` (run by scripts/setup) builds them ahead.
Each new build changes the hash, so old builds would pile up for good: builds not used for
STALE_DAYS are removed whenever a new one is made, and a build in use is touched on each start.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

STALE_DAYS = 30.0
"""A build not used for this long is removed when the next one is made (a checkout of an older
version may still want its own: a month keeps it from being rebuilt every start)."""
PATTERNS = ("sphinx-*", "intents-*.npz", "samples-*.json", ".sphinx-*", ".samples-*")
"""Everything this package writes in the cache dir (".sphinx-*", ".samples-*": a build cut off
mid-way)."""
NOTICE = ("getting ready: building the speech model and intent classifier from our content; "
          "this happens once and takes about a minute")

_announce: list[Callable[[str], None]] = []


def announce_builds(say: Callable[[str], None] | None) -> None:
    """Have the first build in this process call `say(NOTICE)` (None: stay quiet)."""
    _announce.clear()
    if say is not None:
        _announce.append(say)


def building(cache_root: Path, keep: Path) -> None:
    """Called just before `keep` is built: says so (once per process) and prunes old builds."""
    if _announce:
        _announce.pop()(NOTICE)
    prune(cache_root, keep)


def used(path: Path) -> None:
    """A build read from the cache: mark it fresh, so pruning leaves it."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune(cache_root: Path, keep: Path, now: float | None = None) -> list[Path]:
    """Remove builds in `cache_root` not used for STALE_DAYS, except `keep`; what was removed."""
    cutoff = (time.time() if now is None else now) - STALE_DAYS * 86400
    removed = []
    for pattern in PATTERNS:
        for path in cache_root.glob(pattern):
            try:
                stale = path != keep and path.stat().st_mtime < cutoff
            except OSError:
                continue
            if not stale:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            if not path.exists():
                removed.append(path)
    return removed
