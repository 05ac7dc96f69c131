"""`voice models`: the manifest of vosk models, a resumable checksum-verified download that
unpacks atomically into $VOICE_HOME/models/NAME, and a verify that checks every file."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import tempfile
import tomllib
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from voice.errors import ModelError
from voice.paths import models_dir

MANIFEST = Path(__file__).resolve().parent.parent / "models" / "manifest.toml"
RECORD = "voice-install.json"
CHUNK = 1 << 16


@dataclass(frozen=True)
class ModelSpec:
    name: str
    language: str
    url: str
    """Where the zip lives; $VOICE_MODELS_BASE_URL replaces everything up to the file name."""
    size: int
    sha256: str
    """Pinned archive hash, or "" when none is known (see models/manifest.toml)."""
    folder: str
    """The top folder inside the zip."""


def manifest(path: Path = MANIFEST) -> dict[str, ModelSpec]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(
            f"{path}: cannot read the model manifest ({exc}); restore it from git") from None
    base = os.environ.get("VOICE_MODELS_BASE_URL")
    specs = {}
    for name, e in data.items():
        url = str(e["url"])
        if base:
            url = base.rstrip("/") + "/" + url.rsplit("/", 1)[-1]
        specs[name] = ModelSpec(name, str(e["language"]), url, int(e["size"]),
                                str(e.get("sha256", "")), str(e["folder"]))
    return specs


def _fetch(url: str, part: Path) -> None:
    """Download to `part`, resuming from its current length with an HTTP Range request."""
    from tqdm import tqdm

    have = part.stat().st_size if part.exists() else 0
    req = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        resp = urllib.request.urlopen(req, timeout=30)
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # already complete
            return
        raise ModelError(f"download of {url} failed (HTTP {exc.code}); try again later") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ModelError(f"cannot reach {url} ({exc}); check the network and run the same "
                         "command again: it resumes") from None
    with resp:
        if have and resp.status != 206:
            have = 0  # the server ignored the range: start over
        total = resp.length + have if resp.length is not None else None
        mode = "ab" if have else "wb"
        try:
            with part.open(mode) as f, tqdm(total=total, initial=have, unit="B",
                                            unit_scale=True, desc=part.stem) as bar:
                while chunk := resp.read(CHUNK):
                    f.write(chunk)
                    bar.update(len(chunk))
        except OSError as exc:
            raise ModelError(f"could not save the download ({exc.strerror}); free some disk "
                             "space and run the same command again: it resumes") from None
        if total is not None and part.stat().st_size < total:
            raise ModelError(f"the download of {url} was cut short; run the same command "
                             "again: it resumes")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def download(name: str, dest_root: Path | None = None) -> Path:
    specs = manifest()
    if name not in specs:
        raise ModelError(f"no model called {name!r}; choose one of: {', '.join(specs)}")
    spec = specs[name]
    root = dest_root or models_dir()
    target = root / name
    if target.exists():
        return target
    part = root / f".{name}.zip.part"
    _fetch(spec.url, part)
    digest = _sha256(part)
    if spec.sha256 and digest != spec.sha256:
        part.unlink()
        raise ModelError(f"the {name} download is corrupt (checksum mismatch); it was deleted, "
                         "run the same command again")
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=root))
    try:
        with zipfile.ZipFile(part) as z:
            z.extractall(tmp)
        inner = tmp / spec.folder if (tmp / spec.folder).is_dir() else tmp
        files = {str(p.relative_to(inner)): [p.stat().st_size, _sha256(p)]
                 for p in sorted(inner.rglob("*")) if p.is_file()}
        (inner / RECORD).write_text(json.dumps({"archive_sha256": digest, "files": files}))
        os.replace(inner, target)  # atomic: the model appears whole or not at all
    except zipfile.BadZipFile:
        part.unlink()
        raise ModelError(f"the {name} download is not a valid zip; it was deleted, run the "
                         "same command again") from None
    except OSError as exc:
        raise ModelError(f"could not unpack {name} ({exc.strerror}); free some disk space and "
                         "run the same command again") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    part.unlink(missing_ok=True)
    return target


def verify(path: Path) -> list[str]:
    """Problems found in an installed model (empty: intact)."""
    record = path / RECORD
    if not record.exists():
        return [f"{path.name}: no install record; download it again"]
    files = json.loads(record.read_text())["files"]
    problems = []
    for rel, (size, digest) in files.items():
        p = path / rel
        if not p.exists():
            problems.append(f"{path.name}: {rel} is missing")
        elif p.stat().st_size != size or _sha256(p) != digest:
            problems.append(f"{path.name}: {rel} has changed")
    return problems


def cmd_models(args: argparse.Namespace) -> int:
    root = models_dir()
    if args.action == "download":
        if not args.name:
            raise ModelError("say which model: voice models download small-en-us")
        print(f"installed {args.name} in {download(args.name)}")
        return 0
    installed = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if args.action == "verify":
        problems = [msg for p in installed for msg in verify(p)]
        for msg in problems:
            print(msg)
        print(f"{len(installed)} model(s) checked, {len(problems)} problem(s)")
        return 2 if problems else 0
    for name, spec in manifest().items():
        state = "installed" if (root / name).is_dir() else "not installed"
        print(f"{name:14s} {spec.language}  {spec.size / 1e6:6.0f} MB  {state}")
    print("pocketsphinx   en-us  built in  installed")
    return 0
