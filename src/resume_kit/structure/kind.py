"""Is a text a resume or a job posting? Both structures are parsed and weighed."""

from __future__ import annotations

import re

from resume_kit.model.documents import DocumentKind, SourceText
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume

__all__ = ["guess_kind"]

_POSTING_SECTIONS = frozenset(
    {"about", "responsibilities", "requirements", "preferred", "benefits"}
)
_RESUME_SECTIONS = frozenset({"experience", "education", "skills", "certifications", "projects"})
# Phrases only a job ad uses about its reader; counted in the opening of the text.
_POSTING_CUES = re.compile(
    r"\b(you will|you'll|you have|we are (looking|seeking|hiring)|we offer|join (us|our)|apply|"
    r"(is|are) (looking|searching) for|(is|are) (wanted|hiring|seeking)|"
    r"successful (application|applicant|candidate)|requirements|qualifications|"
    r"the ideal candidate|equal opportunity|job (description|type)|the (job|position) is|"
    r"what you('ll| will) (do|bring))\b",
    re.IGNORECASE,
)


def guess_kind(source: SourceText) -> DocumentKind:
    """Guess whether a text is a resume or a job posting.

    Both structures are parsed and weighed: dated roles and resume headings against posting
    headings, an experience requirement and phrases addressed to an applicant. Ties go to resume.

    Args:
        source: What a reader returned.

    Returns:
        ``"resume"`` or ``"posting"``.
    """
    if source.format == "json-resume":
        return "resume"
    if source.format == "json-job":
        return "posting"
    resume = parse_resume(source)
    posting = parse_posting(source)
    resume_points = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    resume_points += 2 * min(2, sum(1 for r in resume.roles if r.start_date or r.end_date))
    resume_points += 1 if resume.contact.email or resume.contact.phone else 0
    posting_points = 2 * len({s.name for s in posting.sections} & _POSTING_SECTIONS)
    posting_points += 2 if posting.years_required else 0
    posting_points += min(4, len(_POSTING_CUES.findall(source.text[:20_000])))
    return "posting" if posting_points > resume_points else "resume"
