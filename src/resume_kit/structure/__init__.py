"""Structure stage: a reader's SourceText becomes a Resume or a Posting, before any NLP.

Plain Python and regular expressions, no spaCy. The unit of work is the line (readers put each
paragraph, list item and table cell on its own line); headings split the text into sections.

* Resumes (:func:`parse_resume`): sections, contact (name, email, phone, links, location),
  summary, roles (title, employer, place, dates, bullets), education entries with their degree
  level, certifications and the skills listed.
* Postings (:func:`parse_posting`): sections, title, area, company, location, hiring manager,
  years of experience asked (:func:`find_years_required`) and degree asked (:func:`degree_level`
  is the one table of degree names and levels).
* Requirement cues (:func:`classify_mention`, :func:`classify_requirement`): whether a posting's
  sentence makes what it mentions required, preferred or only mentioned.
* Loading (:func:`load_resume`, :func:`load_posting`, :func:`load_document`) reads a file and
  parses it; :func:`guess_kind` tells a resume from a posting.

Modules, lowest first: ``lines`` (lines, bullets, pieces), ``places``, ``roles`` (experience),
``headings`` (vocabularies, section finding), ``contact``, ``education`` (degrees and
certifications), ``requirements``, ``years``, ``job_data`` (a posting's fields read straight from
a job's JSON or a page's JSON-LD), then ``resume`` (a JSON Resume's structure comes from
:mod:`resume_kit.formats.jsonresume_structure`), ``posting``, ``kind`` and ``documents``.
"""

from resume_kit.model.documents import EducationLevel
from resume_kit.structure.documents import KindArg, load_document, load_posting, load_resume
from resume_kit.structure.education import degree_level
from resume_kit.structure.kind import guess_kind
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.requirements import classify_mention, classify_requirement
from resume_kit.structure.resume import parse_resume
from resume_kit.structure.wordsearch import compile_word_alternatives, letter_cases
from resume_kit.structure.years import find_years_required

__all__ = [
    "EducationLevel",
    "KindArg",
    "classify_mention",
    "classify_requirement",
    "compile_word_alternatives",
    "degree_level",
    "find_years_required",
    "guess_kind",
    "letter_cases",
    "load_document",
    "load_posting",
    "load_resume",
    "parse_posting",
    "parse_resume",
]
