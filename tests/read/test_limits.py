"""Input limits: each one refuses a file over it with an error naming the file, the limit and
the option that raises it, reaches every command, and lets a genuine file through when raised."""

from __future__ import annotations

import io
import signal
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.cli.commands import cli
from resume_kit.errors import InputFileError, LimitExceededError, UsageError
from resume_kit.read import read_source
from resume_kit.read.limits import LIMIT_OPTIONS, Limits

ROOT = Path(__file__).resolve().parents[2]
RESUME_TXT = ROOT / "examples" / "jordan-rivera-resume.txt"
RESUME_DOCX = ROOT / "examples" / "jordan-rivera-resume.docx"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"


def _pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number in range(pages):
        canvas.drawString(72, 720, f"Jane Doe, Project Manager, page {number + 1}")
        canvas.showPage()
    canvas.save()
    return path


def _raised_in_a_thread(call: Callable[[], object]) -> BaseException:
    """What ``call`` raises run in a thread of its own (no alarm signal there: the clock must hold
    without one); fails when it raises nothing."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert len(errors) == 1, "nothing was raised"
    return errors[0]


def _refused(path: Path, limits: Limits, name: str) -> str:
    with pytest.raises(LimitExceededError) as error:
        read_source(path, limits=limits)
    message = str(error.value)
    assert error.value.limit == name
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert LIMIT_OPTIONS[name] in message
    return message


def test_limits_must_be_positive() -> None:
    for field in LIMIT_OPTIONS:
        with pytest.raises(UsageError, match=field):
            Limits(**{field: 0})


def test_file_size(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Jane Doe " * 20, encoding="utf-8")
    assert "180 bytes" in _refused(path, Limits(max_bytes=100), "max_bytes")
    assert read_source(path, limits=Limits(max_bytes=180)).text.startswith("Jane Doe")


def test_unzipped_docx_size_declared_and_actual(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    buffer = io.BytesIO(RESUME_DOCX.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/big.bin", bytes(3_000_000))
    path.write_bytes(buffer.getvalue())
    assert "unzips to" in _refused(path, Limits(max_unzipped_bytes=2_000_000), "max_unzipped_bytes")
    assert "Jordan" in read_source(path, limits=Limits(max_unzipped_bytes=4_000_000)).text


def test_docx_lying_about_its_sizes_is_refused_before_python_docx_parses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # zipfile yields at most a part's declared size and then checks the CRC, so the counting
    # pass of check_zip meets the lie before python-docx is ever called.
    import docx
    from test_bad_inputs import _docx_lying_about_sizes

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx parsed an archive that lies about its sizes")

    path = tmp_path / "cv.docx"
    path.write_bytes(_docx_lying_about_sizes())
    monkeypatch.setattr(docx, "Document", never)
    with pytest.raises(InputFileError, match=r"not a readable Word \.docx file \(BadZipFile"):
        read_source(path)


def test_pdf_pages(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cv.pdf", 3)
    assert "has 3 pages" in _refused(path, Limits(max_pdf_pages=2), "max_pdf_pages")
    assert "page 3" in read_source(path, limits=Limits(max_pdf_pages=3)).text


def test_pdf_time_is_bounded_with_an_alarm(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cv.pdf", 30)
    _refused(path, Limits(pdf_seconds=0.001), "pdf_seconds")


def test_pdf_time_is_bounded_off_the_main_thread_too(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cv.pdf", 30)
    error = _raised_in_a_thread(lambda: read_source(path, limits=Limits(pdf_seconds=0.001)))
    assert isinstance(error, LimitExceededError) and error.limit == "pdf_seconds"


def test_pdf_clock_restores_a_timer_set_by_someone_else(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cv.pdf", 1)
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 100)
        read_source(path)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < remaining <= 100
        assert signal.getsignal(signal.SIGALRM) is not previous and not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_characters_of_text(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text("Jane Doe, Project Manager. " * 100, encoding="utf-8")
    assert "characters of text" in _refused(path, Limits(max_chars=1000), "max_chars")
    with pytest.raises(LimitExceededError, match="--max-chars"):
        read_source("-", stdin_text="x " * 600, limits=Limits(max_chars=1000))


def test_longest_run_without_a_space(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Jane Doe\n" + "x" * 50 + "\n", encoding="utf-8")
    assert "run of 50 characters" in _refused(path, Limits(max_word_chars=49), "max_word_chars")
    assert read_source(path, limits=Limits(max_word_chars=50)).text.endswith("x" * 50)


def test_spacy_accepts_whatever_the_character_limit_let_through() -> None:
    import resume_kit
    from resume_kit.model.documents import SourceText
    from resume_kit.nlp.pipeline import build_nlp
    from resume_kit.structure import parse_resume

    nlp = build_nlp()
    saved = nlp.max_length
    nlp.max_length = 100
    try:
        text = "EXPERIENCE\n" + "• Led Scrum teams and cut costs 30%\n" * 10
        resume = parse_resume(SourceText(source="x", format="txt", text=text, heading_lines=[]))
        assert resume_kit.extract(resume).skills
    finally:
        nlp.max_length = saved


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        (["extract", "{pdf}"], "--max-pdf-pages", "1"),
        (["score", "{resume}", "{posting}"], "--max-chars", "100"),
        (["rank", "--posting", "{posting}", "{docx}"], "--max-unzipped-bytes", "1000"),
        (["tailor", "{resume}", "{posting}", "-o", "{out}"], "--max-word-chars", "5"),
        (["tailor", "{resume}", "{posting}", "-o", "{out}"], "--max-bytes", "10"),
        (["score", "{pdf}", "{posting}"], "--pdf-seconds", "0.001"),
        (["extract", "{pdf}"], "--max-seconds", "0.001"),
        (["rank", "--resume", "{resume}", "{pdf}"], "--max-seconds", "0.001"),
    ],
)
def test_every_command_takes_the_limit_options(
    tmp_path: Path, command: list[str], option: str, value: str
) -> None:
    places = {
        "pdf": str(_pdf(tmp_path / "cv.pdf", 40)),
        "resume": str(RESUME_TXT),
        "posting": str(POSTING),
        "docx": str(RESUME_DOCX),
        "out": str(tmp_path / "out"),
    }
    args = [part.format(**places) for part in command]
    result = CliRunner().invoke(cli, [*args, option, value])
    assert result.exit_code == 1, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: ") and option in line
    assert any(line.startswith(f"Error: {p}: ") for p in places.values())
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------------------------
# the time budget of one input (max_seconds)

# A text that takes a second or more to structure and extract: far over the tiny budgets below,
# whatever the machine's load.
SLOW_TEXT = "a\n5%\n" * 60_000
TINY = Limits(max_seconds=0.05)


def _budget_error(error: pytest.ExceptionInfo[LimitExceededError], name: str) -> str:
    message = str(error.value)
    assert error.value.limit == "max_seconds"
    assert message.startswith(f"{name}: ") and "\n" not in message
    assert "--max-seconds" in message
    return message


def test_time_budget_stops_an_input_with_one_error_naming_the_option() -> None:
    import resume_kit

    with pytest.raises(LimitExceededError) as error:
        resume_kit.load_resume(SLOW_TEXT.encode(), name="cv.txt", limits=TINY)
    assert "took too long to read and analyse" in _budget_error(error, "cv.txt")
    # Extraction of a loaded document has its own budget too.
    resume = resume_kit.load_resume(
        SLOW_TEXT.encode(), name="cv.txt", limits=Limits(max_seconds=600)
    )
    with pytest.raises(LimitExceededError) as error:
        resume_kit.extract(resume, limits=TINY)
    _budget_error(error, "cv.txt")


def test_time_budget_stops_a_stage_that_never_checks_the_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import resume_kit.structure.documents as documents

    finished: list[bool] = []

    def stuck(source: object) -> object:
        threading.Event().wait(30)  # a stage stuck in one call, never checking the time
        finished.append(True)
        raise AssertionError("the alarm did not stop the stuck stage")

    monkeypatch.setattr(documents, "parse_resume", stuck)
    with pytest.raises(LimitExceededError) as error:
        documents.load_resume(RESUME_TXT, limits=Limits(max_seconds=0.2))
    _budget_error(error, str(RESUME_TXT))
    assert not finished
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_budget_holds_off_the_main_thread_too() -> None:
    import resume_kit

    error = _raised_in_a_thread(
        lambda: resume_kit.load_resume(
            SLOW_TEXT.encode(), name="cv.txt", limits=Limits(max_seconds=0.05)
        )
    )
    assert isinstance(error, LimitExceededError) and error.limit == "max_seconds"


def test_waiting_for_input_is_not_spent_from_the_budget() -> None:
    import resume_kit

    class SlowUpload(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            threading.Event().wait(0.5)  # the bytes are still arriving
            return super().read(size)

    upload = SlowUpload(RESUME_TXT.read_bytes())
    resume = resume_kit.load_resume(upload, name="cv.txt", limits=Limits(max_seconds=0.4))
    assert resume.contact.name == "Jordan Rivera"


def test_the_earlier_of_the_pdf_and_input_clocks_stops_a_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cv.pdf", 30)
    with pytest.raises(LimitExceededError) as error:
        read_source(path, limits=Limits(max_seconds=0.001, pdf_seconds=60))
    _budget_error(error, str(path))
    _refused(path, Limits(max_seconds=60, pdf_seconds=0.001), "pdf_seconds")
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_budget_too_far_to_set_as_one_timer_still_reads() -> None:
    import resume_kit

    # setitimer overflows past ~10**9 seconds; "no limit in practice" must not be an error.
    far = Limits(max_seconds=float("inf"), pdf_seconds=1e12)
    assert resume_kit.load_resume(RESUME_TXT, limits=far).contact.name == "Jordan Rivera"
    with pytest.raises(UsageError, match="max_seconds"):
        Limits(max_seconds=float("nan"))


_RUN_PARTS = [" ", "\n", "\t", "\u3000", "\x1c", "\u00a0", "a" * 63, "b" * 64, "c" * 65, "x"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_RUN_PARTS) | st.text(max_size=3), max_size=12).map("".join),
    st.sampled_from([1, 2, 63, 126, 127, 128, 129, 130, 200]),
)
def test_a_long_run_is_refused_exactly_when_the_longest_word_is_over_the_limit(
    text: str, most: int
) -> None:
    # check_text splits the text into words only when a block of it holds no whitespace.
    from resume_kit.read.limits import check_text

    longest = max(map(len, text.split()), default=0)
    limits = Limits(max_word_chars=most, max_chars=10**6)
    if longest > most:
        with pytest.raises(LimitExceededError, match=f"run of {longest:,} characters"):
            check_text(text, limits, path="t.txt")
    else:
        check_text(text, limits, path="t.txt")


def test_an_input_clock_gives_back_the_handler_it_found() -> None:
    # The clock sets and restores SIGALRM's handler through _signal, without signal.signal's
    # enum conversions: the handler found, default or a function, is the one left.
    from resume_kit.read.limits import input_clock

    def mine(signum: int, frame: object) -> None:
        raise AssertionError("no alarm was due")

    for handler in (signal.SIG_DFL, signal.SIG_IGN, mine):
        previous = signal.signal(signal.SIGALRM, handler)
        try:
            with input_clock(Limits(), path="a.txt"):
                assert signal.getsignal(signal.SIGALRM) is not handler
            assert signal.getsignal(signal.SIGALRM) is handler
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def test_a_kept_alarm_still_stops_each_input_and_gives_back_the_handler_it_found() -> None:
    # alarm_kept (a batch's chunk) sets SIGALRM's handler once for many input clocks: a stuck
    # input is still stopped by the alarm, the next input gets its own full budget, no timer is
    # left running between inputs, and the handler and timer found are given back at the end.
    from resume_kit.read.limits import alarm_kept, input_clock

    def mine(signum: int, frame: object) -> None:
        raise AssertionError("no alarm was due")

    tiny = Limits(max_seconds=0.1)
    previous = signal.signal(signal.SIGALRM, mine)
    try:
        signal.setitimer(signal.ITIMER_REAL, 1000)
        with alarm_kept():
            for name in ("a.txt", "b.txt"):
                with pytest.raises(LimitExceededError) as error, input_clock(tiny, path=name):
                    threading.Event().wait(30)  # stuck, never checking the time
                _budget_error(error, name)
                assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
                with input_clock(tiny, path="c.txt"):
                    pass  # a quick input is not stopped
        assert signal.getsignal(signal.SIGALRM) is mine
        assert 990 < signal.getitimer(signal.ITIMER_REAL)[0] <= 1000
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
