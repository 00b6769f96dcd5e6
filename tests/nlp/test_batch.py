"""Extraction in batches: every input has a time budget of its own, one that runs out is one
error, and the batch goes on with the next input, whose results are those it has on its own."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import resume_kit
from resume_kit.api import extract_files
from resume_kit.errors import LimitExceededError, ResumeKitError
from resume_kit.read.limits import Limits

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"

# Several seconds of metric classification (a number every two characters), whatever the load.
SLOW_TEXT = "1 2 3 4 5 6 7 8 9 " * 20_000


def _alone(path: Path) -> str:
    document = next(extract_files([path]))
    return document.model_dump_json()


def test_a_batch_goes_on_after_an_input_runs_out_of_time(tmp_path: Path) -> None:
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW_TEXT, encoding="utf-8")
    errors: list[tuple[str, ResumeKitError]] = []
    documents = list(
        extract_files(
            [RESUME, slow, POSTING, slow, RESUME],
            limits=Limits(max_seconds=1),
            on_error=lambda path, error: errors.append((path, error)),
        )
    )
    assert [path for path, _ in errors] == [str(slow), str(slow)]
    for _, error in errors:
        assert isinstance(error, LimitExceededError) and error.limit == "max_seconds"
        assert str(error).startswith(f"{slow}: ") and "--max-seconds" in str(error)
    # The inputs after an interrupted one are extracted exactly as on their own: the pipeline
    # was left sound.
    assert [d.source for d in documents] == [str(RESUME), str(POSTING), str(RESUME)]
    assert [d.model_dump_json() for d in documents] == [
        _alone(RESUME),
        _alone(POSTING),
        _alone(RESUME),
    ]


def test_without_an_error_handler_the_budget_error_is_raised(tmp_path: Path) -> None:
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW_TEXT, encoding="utf-8")
    with pytest.raises(LimitExceededError, match="--max-seconds"):
        list(extract_files([slow], limits=Limits(max_seconds=0.5)))


def test_every_input_has_a_budget_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import resume_kit.nlp.batch as batch

    real_load = batch.load_document

    def slow_load(*args: object, **kwargs: object) -> object:
        threading.Event().wait(0.3)  # each input takes half its budget
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "load_document", slow_load)
    documents = list(batch.extract_files([RESUME] * 4, limits=Limits(max_seconds=0.6)))
    assert len(documents) == 4  # 1.2 s in all: the budget is per input, not per batch


def test_extract_of_loaded_documents_has_the_budget_too() -> None:
    slow = resume_kit.load_resume(SLOW_TEXT.encode(), name="slow.txt")
    with pytest.raises(LimitExceededError) as error:
        resume_kit.extract([resume_kit.load_resume(RESUME), slow], limits=Limits(max_seconds=0.5))
    assert str(error.value).startswith("slow.txt: ")
