"""The overall score: contributions add up, weights from the framework, the same JSON every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    FRAMEWORK_YAML,
    SKILLS,
    make_posting,
    make_resume,
    score,
)

from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import parse_framework


def test_contributions_add_up_to_the_blend(base: MatchReport) -> None:
    assert 0 <= base.overall <= 100
    assert round(sum(c.contribution for c in base.components), 1) == base.blend
    assert round(sum(c.effective_weight for c in base.components if c.included), 1) == 100.0


def test_weights_come_from_the_framework_file(framework: Framework) -> None:
    changed = FRAMEWORK_YAML.replace("requirements: 35", "requirements: 25").replace(
        "evidence: 15", "evidence: 25"
    )
    other = parse_framework(changed, "other.yaml", set(SKILLS))
    report = score(
        make_resume(BASE_RESUME), make_posting("Project Manager", BASE_POSTING_REQS), other
    )
    weights = {c.name: c.weight for c in report.components}
    assert weights["requirements"] == 25 and weights["evidence"] == 25
    assert report.framework.name == "test-pm" and report.framework.version == "9.9"


def test_framework_reason_is_kept(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Project Manager", BASE_POSTING_REQS),
        framework,
        framework_reason="chose test-pm because...",
    )
    assert report.framework.reason == "chose test-pm because..."


def test_same_inputs_same_json(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME)
    posting = make_posting("Senior Project Manager", BASE_POSTING_REQS, certifications=["PMP"])
    first = score(resume, posting, framework).model_dump_json()
    second = score(resume, posting, framework).model_dump_json()
    assert first == second
    json.loads(first)


_HASHSEED_SCRIPT = """
import sys
sys.path[:0] = [{tests!r}]
import match_builders as t
from resume_kit.scoring.frameworks import parse_framework
framework = parse_framework(t.FRAMEWORK_YAML, "test-pm.yaml", set(t.SKILLS))
resume = t.make_resume(t.BASE_RESUME)
posting = t.make_posting("Senior Project Manager", t.BASE_POSTING_REQS + [("agile", "required", 1)])
print(t.score(resume, posting, framework).model_dump_json())
"""


def test_json_does_not_depend_on_hash_seed() -> None:
    script = _HASHSEED_SCRIPT.format(tests=str(Path(__file__).parents[1]))
    outputs = []
    for seed in ("1", "2024"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("{")
