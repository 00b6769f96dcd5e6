"""A stand-in ``soffice`` for the tests of both LibreOffice conversions (.doc -> .docx when
reading, .docx -> .pdf when writing): a small Python script put first on PATH that records how it
was run, or hangs, so those tests run in a fraction of a second without LibreOffice.

Here, next to ``conftest.py``, so that ``tests/read/`` and ``tests/tailoring/`` share one copy.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from resume_kit.office import find_soffice

# Records its arguments and the profile it was given (what LibreOffice would read at start-up) in
# $FAKE_SOFFICE_LOG, one JSON object a run; the caller appends what to write where LibreOffice
# would (``source`` and ``outdir`` are defined for it).
RECORDING_SOFFICE = """\
import json, os, shutil, sys
from pathlib import Path
from urllib.parse import unquote, urlparse
args = sys.argv[1:]
profile = Path(unquote(urlparse(args[0].split("=", 1)[1]).path))
settings = profile / "user" / "registrymodifications.xcu"
record = {
    "args": args,
    "profile": str(profile),
    "profile_files": sorted(str(p.relative_to(profile)) for p in profile.rglob("*")),
    "settings": settings.read_text(encoding="utf-8") if settings.is_file() else None,
}
with open(os.environ["FAKE_SOFFICE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(record) + "\\n")
source = Path(args[-1])
outdir = Path(args[args.index("--outdir") + 1])
"""

# Starts a child that would outlive it (as soffice.bin outlives the soffice script), writes the
# child's process id and the file it was given to $FAKE_SOFFICE_LOG, then hangs.
HANGING_SOFFICE = """\
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
with open(os.environ["FAKE_SOFFICE_LOG"], "w", encoding="utf-8") as log:
    log.write(f"{child.pid} {sys.argv[-1]}")
time.sleep(120)
"""


def install_fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    """Put a stand-in ``soffice`` running ``script`` first on PATH; returns the file it logs to."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(f"#!{sys.executable}\n{script}", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    log = tmp_path / "soffice.log"
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    assert find_soffice() == str(program)
    return log


def process_alive(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie waiting for a parent to reap it is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")
