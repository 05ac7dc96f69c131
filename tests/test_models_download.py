"""`voice models download` against a real HTTP server on 127.0.0.1 serving a zip built here:
success, resume after a cut, a checksum mismatch, a truncated transfer, a full disk."""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from voice import speech_models
from voice.errors import ModelError


def _archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("vosk-model-small-en-us-0.15/am/final.mdl", os.urandom(200_000))
        z.writestr("vosk-model-small-en-us-0.15/conf/model.conf", "--sample-frequency=16000\n")
    return buf.getvalue()


class Server:
    def __init__(self, payload: bytes) -> None:
        self.payload = payload
        self.cut_at: int | None = None
        """Send only this many bytes of the body (a dropped connection)."""
        self.ranges: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                rng = self.headers.get("Range")
                outer.ranges.append(rng or "")
                start = int(rng.split("=")[1].split("-")[0]) if rng else 0
                body = outer.payload[start:]
                self.send_response(206 if rng else 200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if outer.cut_at is not None:
                    body = body[: outer.cut_at]
                    outer.cut_at = None
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    s = Server(_archive())
    monkeypatch.setenv("VOICE_MODELS_BASE_URL", s.url)
    yield s
    s.httpd.shutdown()


def _pin(monkeypatch: pytest.MonkeyPatch, digest: str) -> None:
    real = speech_models.manifest

    def pinned() -> dict[str, speech_models.ModelSpec]:
        specs = real()
        s = specs["small-en-us"]
        specs["small-en-us"] = speech_models.ModelSpec(s.name, s.language, s.url, s.size,
                                                       digest, s.folder)
        return specs

    monkeypatch.setattr(speech_models, "manifest", pinned)


def test_download_unpacks_and_verifies(server: Server, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _pin(monkeypatch, hashlib.sha256(server.payload).hexdigest())
    target = speech_models.download("small-en-us", tmp_path)
    assert (target / "am" / "final.mdl").stat().st_size == 200_000
    assert speech_models.verify(target) == []
    (target / "conf" / "model.conf").write_text("changed")
    assert speech_models.verify(target) == ["small-en-us: conf/model.conf has changed"]
    assert not list(tmp_path.glob(".*"))  # no temp files or partial downloads left


def test_cut_transfer_resumes_with_a_range_request(server: Server, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _pin(monkeypatch, hashlib.sha256(server.payload).hexdigest())
    server.cut_at = 50_000
    with pytest.raises(ModelError, match="cut short; run the same command again"):
        speech_models.download("small-en-us", tmp_path)
    assert not (tmp_path / "small-en-us").exists()
    speech_models.download("small-en-us", tmp_path)
    assert server.ranges == ["", "bytes=50000-"]
    assert speech_models.verify(tmp_path / "small-en-us") == []


def test_checksum_mismatch_deletes_and_says_so(server: Server, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _pin(monkeypatch, "0" * 64)
    with pytest.raises(ModelError, match="checksum mismatch"):
        speech_models.download("small-en-us", tmp_path)
    assert not (tmp_path / "small-en-us").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_disk_full_is_a_clear_error(server: Server, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    real_open = Path.open

    def full_disk(self: Path, mode: str = "r", *a: object, **k: object):  # type: ignore[no-untyped-def]
        f = real_open(self, mode, *a, **k)  # type: ignore[arg-type]
        if self.name.endswith(".part") and "b" in mode and ("w" in mode or "a" in mode):
            def write(data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")
            f.write = write  # type: ignore[method-assign]
        return f

    monkeypatch.setattr(Path, "open", full_disk)
    with pytest.raises(ModelError, match="free some disk space"):
        speech_models.download("small-en-us", tmp_path)


def test_models_cli_lists_and_rejects_unknown_names() -> None:
    from tests.conftest import run_voice

    listed = run_voice("models", "list")
    assert listed.returncode == 0 and "small-en-us" in listed.stdout
    bad = run_voice("models", "download", "klingon")
    assert bad.returncode == 2 and "choose one of: small-en-us" in bad.stderr
    verify = run_voice("models", "verify")
    assert verify.returncode == 0 and "0 problem(s)" in verify.stdout
