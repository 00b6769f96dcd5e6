"""Is a text a resume or a job posting? Both structures are parsed and weighed."""

from __future__ import annotations

import re

from resume_kit.model.documents import DocumentKind, SourceText
from resume_kit.structure.headings import _RESUME_VOCAB, _heading_key
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

_ADDRESS_RE = re.compile(r"\b(?:you|your|you'll|you're|we|we're|our)\b", re.IGNORECASE)


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
    dated_roles = sum(1 for r in resume.roles if r.start_date or r.end_date)
    resume_points = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    resume_points += 2 * min(2, dated_roles)
    # Contact details at the top: a posting's recruiter address is further down.
    top = resume.sections[0] if resume.sections and resume.sections[0].name == "contact" else None
    head = source.text[top.start : top.end] if top else ""
    contact = [value for value in (resume.contact.email, resume.contact.phone) if value]
    resume_points += 1 if any(value in head for value in contact) else 0
    # A heading both kinds write ("Summary", "Skills", "Experience") tells neither apart.
    posting_only = {
        s.name for s in posting.sections if _heading_key(s.heading) not in _RESUME_VOCAB
    }
    posting_points = 2 * len(posting_only & _POSTING_SECTIONS)
    # "Sixteen years of experience" is a posting's ask, or a resume's claim beside dated roles.
    posting_points += 2 if posting.years_required and dated_roles < 2 else 0
    cues = {cue.group().lower() for cue in _POSTING_CUES.finditer(source.text[:20_000])}
    posting_points += min(4, len(cues))  # distinct phrases: a resume may say "requirements" often
    # A posting talks to its reader about "our team"; resumes leave the pronouns out.
    talk = len(_ADDRESS_RE.findall(source.text[:20_000]))
    posting_points += 2 if talk >= 8 else 1 if talk >= 3 else 0
    return "posting" if posting_points > resume_points else "resume"
