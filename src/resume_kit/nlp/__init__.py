"""The nlp stage: a spaCy pipeline that finds skills and quantified achievements, and fills them in.

The pipeline (:func:`build_nlp`, :mod:`~resume_kit.nlp.pipeline`) is ``spacy.blank("en")`` (or a
trained pipeline given with ``--model``) plus a lowercase lookup lemmatizer, a line-aware sentence
splitter, ``span_ruler`` skill patterns from the taxonomy in ``keywords/``
(:mod:`~resume_kit.nlp.taxonomy`), and our own components, registered with spaCy by
:func:`register_factories` (:mod:`~resume_kit.nlp.components`): the skill context that keeps the
longest match and decides when an ambiguous word is a skill (:mod:`~resume_kit.nlp.ambiguity`), and
the metric finder (:mod:`~resume_kit.nlp.metrics`, reading numbers with
:mod:`~resume_kit.structure.numbers`). A Doc then holds ``doc.spans["skills"]`` and
``doc.spans["metrics"]``; :mod:`~resume_kit.nlp.extraction` turns those into skills, metrics and
(for a posting) requirement levels on the Resume / Posting models, and
:mod:`~resume_kit.nlp.batch` runs many documents through it in one stream (:func:`extract`).

Importing this package loads nothing: each name below is imported from its module on first use
(PEP 562), so the commands that only read the taxonomy (``frameworks``, the HTML report) never
load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes

if TYPE_CHECKING:
    from resume_kit.nlp.ambiguity import filter_skill_spans
    from resume_kit.nlp.batch import (
        ErrorHandler,
        extract,
        extract_files,
        iter_extracted,
        load_extracted,
        zip_paths,
    )
    from resume_kit.nlp.components import register_factories
    from resume_kit.nlp.doc_text import TEXT_KEY
    from resume_kit.nlp.extraction import (
        enrich_document,
        extract_metrics,
        extract_requirements,
        extract_skills,
    )
    from resume_kit.nlp.metrics import (
        MetricValue,
        find_action_verb,
        find_metrics,
        normalise_metric,
    )
    from resume_kit.nlp.pipeline import CACHE_ENV, METRICS_PIPE, build_nlp, cache_path, pipeline_key
    from resume_kit.nlp.taxonomy import (
        META_FILE,
        PATTERN_FILES,
        SkillMeta,
        implied_closure,
        implied_skills,
        load_patterns,
        load_skill_meta,
        parse_patterns,
        parse_skill_meta,
    )

# name -> module that defines it; resolved on first attribute access (PEP 562). The function
# doc_text is not among them: its module has the same name, and importing the module would shadow
# it here.
_LAZY = {
    "filter_skill_spans": "resume_kit.nlp.ambiguity",
    "ErrorHandler": "resume_kit.nlp.batch",
    "extract": "resume_kit.nlp.batch",
    "extract_files": "resume_kit.nlp.batch",
    "iter_extracted": "resume_kit.nlp.batch",
    "load_extracted": "resume_kit.nlp.batch",
    "zip_paths": "resume_kit.nlp.batch",
    "register_factories": "resume_kit.nlp.components",
    "TEXT_KEY": "resume_kit.nlp.doc_text",
    "enrich_document": "resume_kit.nlp.extraction",
    "extract_metrics": "resume_kit.nlp.extraction",
    "extract_requirements": "resume_kit.nlp.extraction",
    "extract_skills": "resume_kit.nlp.extraction",
    "MetricValue": "resume_kit.nlp.metrics",
    "find_action_verb": "resume_kit.nlp.metrics",
    "find_metrics": "resume_kit.nlp.metrics",
    "normalise_metric": "resume_kit.nlp.metrics",
    "CACHE_ENV": "resume_kit.nlp.pipeline",
    "METRICS_PIPE": "resume_kit.nlp.pipeline",
    "build_nlp": "resume_kit.nlp.pipeline",
    "cache_path": "resume_kit.nlp.pipeline",
    "pipeline_key": "resume_kit.nlp.pipeline",
    "META_FILE": "resume_kit.nlp.taxonomy",
    "PATTERN_FILES": "resume_kit.nlp.taxonomy",
    "SkillMeta": "resume_kit.nlp.taxonomy",
    "implied_closure": "resume_kit.nlp.taxonomy",
    "implied_skills": "resume_kit.nlp.taxonomy",
    "load_patterns": "resume_kit.nlp.taxonomy",
    "load_skill_meta": "resume_kit.nlp.taxonomy",
    "parse_patterns": "resume_kit.nlp.taxonomy",
    "parse_skill_meta": "resume_kit.nlp.taxonomy",
}

__all__ = [
    "CACHE_ENV",
    "META_FILE",
    "METRICS_PIPE",
    "PATTERN_FILES",
    "TEXT_KEY",
    "ErrorHandler",
    "MetricValue",
    "SkillMeta",
    "build_nlp",
    "cache_path",
    "enrich_document",
    "extract",
    "extract_files",
    "extract_metrics",
    "extract_requirements",
    "extract_skills",
    "filter_skill_spans",
    "find_action_verb",
    "find_metrics",
    "implied_closure",
    "implied_skills",
    "iter_extracted",
    "load_extracted",
    "load_patterns",
    "load_skill_meta",
    "normalise_metric",
    "parse_patterns",
    "parse_skill_meta",
    "pipeline_key",
    "register_factories",
    "zip_paths",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
