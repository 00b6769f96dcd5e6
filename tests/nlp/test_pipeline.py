"""The spaCy pipeline: tokens, the pieces wired in the right order, and its on-disk cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from resume_kit.nlp.pipeline import build_nlp, drop_whitespace_special_cases

SHARED = Path(__file__).resolve().parents[3] / "shared"
POSTINGS = SHARED / "data" / "skillspan-dev" / "postings.jsonl"

MULTILINE = (
    "Jordan Rivera\njordan@example.com | +1 555 010 2030\n\nEXPERIENCE\n"
    "• Led a team of 12 engineers.\n•\tCut costs 30%\xa0in 2021 .\r\n  \n"
    "IT Project Manager  —  Acme\t\tJan 2019 – Present\n"
)


def sample_texts() -> list[str]:
    texts = [MULTILINE, "a\n\n\nb", " leading space", "tabs\tand\xa0nbsp  double  spaces \n"]
    if POSTINGS.exists():
        with POSTINGS.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def test_dropping_whitespace_special_cases_keeps_every_token() -> None:
    # The speed fix must not change tokenization: compare with an untouched tokenizer.
    plain = spacy.blank("en")
    fixed = spacy.blank("en")
    drop_whitespace_special_cases(fixed)
    assert all(k.strip() for k in fixed.tokenizer.rules)
    for text in sample_texts():
        assert [t.text for t in fixed.make_doc(text)] == [t.text for t in plain.make_doc(text)]


def test_the_large_token_cache_gives_the_tokens_of_no_cache() -> None:
    """The tokenizer keeps many more chunks than spaCy's 10,000 (its size is not pickled, so it
    is set on every build and load) and its tokens are those of a tokenizer that caches none."""
    import pickle

    from resume_kit.nlp.pipeline import TOKEN_CACHE_SIZE

    tokenizer = build_nlp().tokenizer
    assert tokenizer.max_cache_size >= TOKEN_CACHE_SIZE  # type: ignore[attr-defined]
    uncached = pickle.loads(pickle.dumps(tokenizer))
    uncached.max_cache_size = 0
    texts = sample_texts()
    for _ in range(2):  # the second pass reads the cache the first one filled
        for text in texts:
            assert [t.text for t in tokenizer(text)] == [t.text for t in uncached(text)]


def test_pipeline_is_built_once_per_process() -> None:
    assert build_nlp() is build_nlp()


def test_skills_and_metrics_land_in_span_groups() -> None:
    doc = build_nlp()("Managed a $2.5M budget using Scrum and Jira for a team of 12 engineers.")
    skills = {span.id_ for span in doc.spans["skills"]}
    assert {"scrum", "jira"} <= skills
    kinds = {span.label_ for span in doc.spans["metrics"]}
    assert {"money", "team_size"} <= kinds
    assert "skills_raw" not in doc.spans


def test_unknown_model_is_a_user_error() -> None:
    from resume_kit.errors import UsageError

    with pytest.raises(UsageError, match="not installed"):
        build_nlp("en_no_such_model_xyz")


# --- the on-disk pipeline cache -----------------------------------------------------------------

CACHE_TEXT = (
    "Managed a $2.5M budget and led a team of 12 engineers using Scrum, Jira and MS Project.\n"
    "• Cut release time 40% by moving the team to Kanban; PMP certified.\n"
)


@pytest.fixture(scope="module")
def fresh() -> spacy.language.Language:
    """A pipeline built from the keyword files, never from a cache."""
    from resume_kit.nlp import pipeline as nlp_module

    return nlp_module._construct_nlp(None)


def spans_of(nlp: spacy.language.Language, text: str) -> list[tuple[str, int, int, str, str]]:
    doc = nlp(text)
    return [
        (key, span.start_char, span.end_char, span.label_, span.id_)
        for key in ("skills", "metrics")
        for span in doc.spans[key]
    ]


def test_a_cached_pipeline_finds_exactly_what_a_fresh_one_finds(
    fresh: spacy.language.Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resume_kit.nlp import pipeline as nlp_module

    monkeypatch.setenv(nlp_module.CACHE_ENV, str(tmp_path))
    path = nlp_module.cache_path()
    assert path is not None and path.parent == tmp_path
    nlp_module._store_cached(fresh, path)
    cached = nlp_module._load_cached(path)
    assert cached is not None
    expected = spans_of(fresh, CACHE_TEXT)
    assert {e[4] for e in expected} >= {"scrum", "jira", "kanban", "pmp"}
    assert spans_of(cached, CACHE_TEXT) == expected
    assert cached.pipe_names == fresh.pipe_names


def test_a_cached_pipeline_holds_the_vocabulary_of_a_fresh_one_stored_once(
    fresh: spacy.language.Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The vectors table is stored without its copy of the strings (the start is faster), yet
    # the loaded vocabulary is the built one's: the same strings and vectors, which
    # name their keys with the vocabulary's own strings, as in a built pipeline.
    import pickle

    from resume_kit.nlp import pipeline as nlp_module

    monkeypatch.setenv(nlp_module.CACHE_ENV, str(tmp_path))
    path = nlp_module.cache_path()
    assert path is not None
    nlp_module._store_cached(fresh, path)
    cached = nlp_module._load_cached(path)
    assert cached is not None
    assert list(cached.vocab.strings) == list(fresh.vocab.strings)
    vectors = cached.vocab.vectors
    assert vectors.strings is cached.vocab.strings
    assert fresh.vocab.vectors.strings is fresh.vocab.strings
    assert (vectors.shape, vectors.mode, vectors.key2row) == (
        fresh.vocab.vectors.shape,
        fresh.vocab.vectors.mode,
        fresh.vocab.vectors.key2row,
    )
    assert path.stat().st_size < len(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))


def test_the_cache_file_is_private_to_the_user(
    fresh: spacy.language.Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resume_kit.nlp import pipeline as nlp_module

    monkeypatch.setenv(nlp_module.CACHE_ENV, str(tmp_path / "cache"))
    path = nlp_module.cache_path()
    assert path is not None
    nlp_module._store_cached(fresh, path)
    assert path.stat().st_mode & 0o077 == 0
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left behind


def test_a_corrupt_or_foreign_cache_file_is_ignored_not_trusted(
    fresh: spacy.language.Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from resume_kit.nlp import pipeline as nlp_module

    monkeypatch.setenv(nlp_module.CACHE_ENV, str(tmp_path))
    path = nlp_module.cache_path()
    assert path is not None
    path.write_bytes(b"not a pickle")
    os.chmod(path, 0o600)
    assert nlp_module._load_cached(path) is None
    # A file others could have written is never unpickled, whatever it holds.
    nlp_module._store_cached(fresh, path)
    assert nlp_module._load_cached(path) is not None
    os.chmod(path, 0o666)
    assert nlp_module._load_cached(path) is None
    # A symlink planted at the cache path is not followed.
    path.unlink()
    target = tmp_path / "elsewhere.pickle"
    nlp_module._store_cached(fresh, target)
    path.symlink_to(target)
    assert nlp_module._load_cached(path) is None


def test_an_empty_cache_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from resume_kit.nlp import pipeline as nlp_module

    monkeypatch.setenv(nlp_module.CACHE_ENV, "")
    assert nlp_module.cache_path() is None


def test_the_cache_key_changes_with_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    from resume_kit.nlp import pipeline as nlp_module

    key = nlp_module.pipeline_key()
    assert nlp_module.pipeline_key() == key
    monkeypatch.setattr(nlp_module, "__version__", "0.0.0-other")
    assert nlp_module.pipeline_key() != key


def test_a_new_process_fills_and_then_uses_the_cache(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import json, sys; import resume_kit; from resume_kit.nlp import pipeline as m;"
        "path = m.cache_path(); existed = path.exists(); n = resume_kit.build_nlp();"
        "d = n(sys.argv[1]); print(json.dumps([existed, path.exists(),"
        " [(s.start_char, s.end_char, s.id_) for s in d.spans['skills']]]))"
    )
    env = {**os.environ, "RESUME_KIT_CACHE_DIR": str(tmp_path)}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", code, CACHE_TEXT],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        for _ in range(2)
    ]
    assert runs[0][:2] == [False, True]
    assert runs[1][:2] == [True, True]
    assert runs[0][2] == runs[1][2] and runs[0][2]


def test_a_slash_between_framework_names_splits_them_but_links_stay_whole() -> None:
    doc = build_nlp()("Node.js/NodeJS, Vue.js/Nuxt.js; linkedin.com/in/jordan-rivera")
    tokens = [t.text for t in doc]
    assert tokens[:3] == ["Node.js", "/", "NodeJS"]
    assert "linkedin.com/in/jordan-rivera" in tokens
    assert {s.id_ for s in doc.spans["skills"]} >= {"nodejs", "vuejs"}


def test_skill_rulers_match_exactly_what_spacys_span_ruler_matches() -> None:
    # SkillRuler.match is spaCy's SpanRuler.match with the duplicate spans never built; the
    # spans, their labels and ids, and their order must be the same.
    from spacy.pipeline import SpanRuler

    from resume_kit.nlp.components import SkillRuler

    nlp = build_nlp()
    rulers = [(name, pipe) for name, pipe in nlp.pipeline if isinstance(pipe, SkillRuler)]
    assert len(rulers) == 3
    examples = Path(__file__).resolve().parents[2] / "examples"
    texts = sample_texts() + [p.read_text(encoding="utf-8") for p in examples.glob("*.txt")]
    texts += ["Scrum scrum SCRUM master; PMP, pmp and Project Management Professional (PMP)"]
    matched = 0
    for text in texts:
        doc = nlp(text)
        for _, ruler in rulers:
            ours = ruler.match(doc)
            theirs = SpanRuler.match(ruler, doc)
            assert [(s.start, s.end, s.label_, s.id_) for s in ours] == [
                (s.start, s.end, s.label_, s.id_) for s in theirs
            ]
            matched += len(ours)
    assert matched > 100  # the comparison saw real matches


def test_skill_context_finds_the_same_skills_whether_the_rulers_note_or_write_spans() -> None:
    # The pipeline's rulers only note their matches for the skill context (no raw span group);
    # writing the raw group as spaCy's span_ruler does must give the same skills.
    from resume_kit.nlp import components

    nlp = build_nlp()
    rulers = [pipe for _, pipe in nlp.pipeline if isinstance(pipe, components.SkillRuler)]
    assert rulers and all(ruler.for_skill_context for ruler in rulers)
    examples = Path(__file__).resolve().parents[2] / "examples"
    texts = sample_texts()[:60] + [p.read_text(encoding="utf-8") for p in examples.glob("*.txt")]
    found = noted = 0
    for text in texts:
        results = []
        for noting in (True, False):
            for ruler in rulers:
                ruler.for_skill_context = noting
            try:
                doc = nlp.make_doc(text)
                for name, component in nlp.pipeline:
                    if name == "resume_kit_skill_context":
                        # A Doc no ruler matched in is noted nowhere: nothing to note.
                        assert (doc in components._NOTED) <= noting
                        noted += doc in components._NOTED
                        assert ("skills_raw" in doc.spans) != noting
                    doc = component(doc)
            finally:
                for ruler in rulers:
                    ruler.for_skill_context = True
            assert doc not in components._NOTED  # taken out, nothing left behind
            assert "skills_raw" not in doc.spans
            results.append([(s.start, s.end, s.label_, s.id_) for s in doc.spans["skills"]])
        assert results[0] == results[1]
        found += len(results[0])
    assert found > 100
    # Most SkillSpan postings have a skill to note; without ../shared beside the clone only the
    # examples and the short texts above are there.
    assert noted > (30 if POSTINGS.exists() else 1)
