"""A stand-in ``soffice`` for the tests of both LibreOffice conversions (.doc -> .docx when
reading, .docx -> .pdf when writing): a small Python script put first on PATH that records how it
was run, or hangs, so those tests run in a fraction of a second without LibreOffice.

Here, next to ``conftest.py``, so that ``tests/read/`` and ``tests/tailoring/`` share one copy.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

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


def recorded_runs(log: Path) -> list[dict[str, Any]]:
    """The runs RECORDING_SOFFICE logged, each checked to have had a profile of its own.

    Every run was headless, in a new profile folder holding nothing but the settings that turn
    macros off (never the user's profile), deleted afterwards, and no two runs shared one.
    """
    runs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    for run in runs:
        args = run["args"]
        assert args[0].startswith("-env:UserInstallation=file:///")
        assert {"--headless", "--norestore", "--nolockcheck"} <= set(args)
        assert run["profile_files"] == ["user", "user/registrymodifications.xcu"]
        settings = run["settings"]
        assert "/org.openoffice.Office.Common/Security/Scripting" in settings
        assert '"MacroSecurityLevel" oor:op="fuse"><value>3</value>' in settings
        assert '"DisableMacrosExecution" oor:op="fuse"><value>true</value>' in settings
        profile = Path(run["profile"])
        assert not profile.exists() and not profile.parent.exists()  # deleted afterwards
    assert len({run["profile"] for run in runs}) == len(runs)  # one per run: never shared
    return runs


def assert_hanging_soffice_killed(log: Path) -> None:
    """HANGING_SOFFICE's child went with it (the whole process group), and so did its folder."""
    child, source = log.read_text(encoding="utf-8").split(" ", 1)
    deadline = time.monotonic() + 10
    while process_alive(int(child)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not process_alive(int(child))  # the whole process group went, not just soffice
    assert not Path(source).parent.exists()  # and its folder, profile and all
