"""Wall time of a whole `resume-kit tailor` run in a fresh process, against a spaCy floor.

Runs, alternately and in new processes (median of 5 each):

* the tailor run on the shipped example (resume + IT PM posting -> three .docx and the report),
  through ``python -m resume_kit tailor`` when the CLI has that command, else through
  ``resume_kit.tailoring.application.tailor`` from ``python -c``;
* the floor: ``python -c "import spacy; spacy.blank('en')"``.

Prints both and their ratio (target: at most 2x). Machines are shared and noisy, so only the ratio
measured in the same run means anything.

    python benchmarks/tailor_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
FLOOR = [sys.executable, "-c", "import spacy; spacy.blank('en')"]


def has_cli_tailor() -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "resume_kit", "tailor", "--help"], capture_output=True, check=False
    )
    return result.returncode == 0


def tailor_command(outdir: str, cli: bool) -> list[str]:
    if cli:
        return [
            sys.executable,
            "-m",
            "resume_kit",
            "tailor",
            str(RESUME),
            str(POSTING),
            "--outdir",
            outdir,
            "--force",
        ]
    code = (
        "from resume_kit.tailoring.application import tailor; "
        f"tailor({str(RESUME)!r}, {str(POSTING)!r}, outdir={outdir!r}, force=True)"
    )
    return [sys.executable, "-c", code]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cli = has_cli_tailor()
    with tempfile.TemporaryDirectory(prefix="tailor-bench-") as outdir:
        command = tailor_command(outdir, cli)
        timed(command)  # warm the OS file cache and any on-disk caches once
        timed(FLOOR)
        tailor_times, floor_times = [], []
        for _ in range(args.runs):
            tailor_times.append(timed(command))
            floor_times.append(timed(FLOOR))
    tailor_s, floor_s = statistics.median(tailor_times), statistics.median(floor_times)
    how = "python -m resume_kit tailor" if cli else "tailoring.tailor via python -c"
    print(f"tailor ({how}): median {tailor_s:.2f} s of {args.runs}")
    print(f"floor (import spacy; spacy.blank('en')): median {floor_s:.2f} s of {args.runs}")
    print(f"ratio: {tailor_s / floor_s:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
