"""Is a posting's work information technology? The line of work a generic title leaves open.

"Project Manager", "Program Manager" or "Project Coordinator" name the same job title in a
software house and on a building site: IT project management (O*NET 15-1299.09, the
project-delivery family of ``occupations.tsv``) and general project management (13-1082, a
family of its own here). What tells them apart is what the posting is about:

* the words around the job head in the title ("Technical Program Manager", "Digital Project
  Manager", "Construction Project Manager");
* else the posting's body: how densely it names information technology (the skills the taxonomy
  files as technical, IT methods and IT fields, words such as "software", "SDLC", "cloud")
  against how densely it names other lines of work ("construction", "HVAC", "clinical",
  "manufacturing", "subcontractors"). Densities, per 100 words, not counts: a long posting names
  more of everything, and a short IT one still says "software" once.

The result is the share of the title read as IT work (:func:`it_share`); None when the posting
says nothing either way.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from resume_kit.model.documents import SkillHit

# Words that name information technology in prose or in a title's qualifiers. Words as common in
# every line of work ("system", "platform", "technology" alone in "medical technology", "data",
# "security") are left out: each would tip a building-site posting that keeps a "management
# system" or "site security" toward IT.
IT_WORDS = frozenset(
    str.split(
        "software saas paas cloud digital tech technical technologies devops sdlc agile scrum "
        "sprint sprints kanban jira confluence api apis developer developers programming "
        "programmers coding database databases web website websites app apps mobile online "
        "internet telecom telecoms telecommunications broadband network networks networking "
        "cybersecurity infosec erp crm salesforce sap servicenow ux ui qa fintech ecommerce "
        "e-commerce it-enabled aws azure gcp microservices frontend backend fullstack "
        "analytics ai ml infrastructure datacenter migration migrations integrations release "
        "releases deployment deployments tpm"
    )
)
# Two-word names of IT whose words alone say nothing ("information technology").
IT_PAIRS = (
    "information technology",
    "information systems",
    "information system",
    "machine learning",
    "artificial intelligence",
    "data engineering",
    "data platform",
    "data platforms",
    "data services",
    "development team",
    "development teams",
    "engineering team",
    "engineering teams",
    "product engineering",
    "systems integration",
    "technology projects",
    "technology company",
)
# Words that name a line of work other than IT: building, plant and field work, health care,
# research and public programmes.
OTHER_WORDS = frozenset(
    str.split(
        "construction contractor contractors subcontractor subcontractors hvac mechanical "
        "electrical plumbing civil structural manufacturing factory plant plants oil offshore "
        "installation installations commissioning clinical patient patients hospital hospitals "
        "medical pharmaceutical pharma environmental asbestos hygiene hse osha facility "
        "facilities building buildings architectural estimating bids tender tenders drawings "
        "autocad revit primavera procore warehouse logistics retail realty tenant tenants "
        "nonprofit grant grants donors fundraising trials turnaround shutdown fabrication "
        "welding machining mergers acquisitions divestiture excavation renovation renovations "
        "remediation inspections"
    )
)
OTHER_PAIRS = (
    "supply chain",
    "supply chains",
    "real estate",
    "job site",
    "job sites",
    "health care",
    "life sciences",
    "capital projects",
)
# Skills that count as IT: the taxonomy's technical skills, and these methods and fields.
_IT_METHODS = frozenset(
    str.split("agile scrum kanban sdlc devops itil safe less tdd extreme-programming")
)
_IT_FIELDS = frozenset(
    str.split(
        "computer-science information-technology it-service-management saas digital-transformation "
        "healthcare-it ecommerce fintech"
    )
)
# Technical skills and tools of any office or drawing board: no sign of IT work.
_NOT_IT_SKILLS = frozenset(
    str.split(
        "ms-office ms-excel ms-word ms-powerpoint ms-outlook ms-teams ms-project ms-access "
        "ms-visio google-workspace primavera autocad revit technical-drawings cad-software "
        "cadd-software building-information-modelling clinical workday office-software"
    )
)
_WORD = re.compile(r"[a-z0-9+#]+(?:-[a-z0-9]+)*")
# "IT" in capitals ("it" is a pronoun) before a word that is not all capitals ("IT IS" shouts).
_IT_CAPITALS = re.compile(r"\bIT\b(?=\W+[A-Za-z]*[a-z])")
# How sharply the share moves with the margin: one IT mention per 100 words more than mentions
# of other work reads 88% IT, two 98%.
_SLOPE = 2.0
_PER = 100  # densities are per 100 words


class Evidence(NamedTuple):
    """What a text says of its line of work: IT and other mentions, and its length in words."""

    it: int
    other: int
    words: int


def is_it_skill(hit: SkillHit) -> bool:
    """Whether a recognised skill is information technology (a technical skill, an IT method or
    field, a tool that is no office or drawing tool)."""
    if hit.id in _NOT_IT_SKILLS:
        return False
    return hit.category in ("technical", "tool") or hit.id in _IT_METHODS or hit.id in _IT_FIELDS


def text_evidence(text: str, skills: Iterable[SkillHit] = ()) -> Evidence:
    """The IT and other-work mentions of ``text``, and its recognised IT skills (each once).

    Args:
        text: A posting's text (or a title's words).
        skills: The skills recognised in it.

    Returns:
        The counts and the number of words.
    """
    said = _word_evidence(text)
    it_skills = len({hit.id for hit in skills if is_it_skill(hit)})
    return said._replace(it=said.it + it_skills)


@functools.lru_cache(maxsize=256)
def _word_evidence(text: str) -> Evidence:
    """:func:`text_evidence` of the words alone (cached: ranking many resumes against one
    posting asks again for each)."""
    words = _WORD.findall(text.casefold())
    counts = Counter(words)  # counted in C: a long posting costs little
    it = sum(counts[word] for word in IT_WORDS & counts.keys())
    other = sum(counts[word] for word in OTHER_WORDS & counts.keys())
    joined = f" {' '.join(words)} "
    it += sum(joined.count(f" {pair} ") for pair in IT_PAIRS)
    other += sum(joined.count(f" {pair} ") for pair in OTHER_PAIRS)
    return Evidence(it + len(_IT_CAPITALS.findall(text)), other, len(words))


def title_says(words: str) -> float | None:
    """What a title's own qualifiers say: 1.0 IT ("Technical", "Software", "IT"), 0.0 other work
    ("Construction", "Clinical"), None neither. IT wins when both are named ("Healthcare IT")."""
    said = text_evidence(words)
    if said.it:
        return 1.0
    return 0.0 if said.other else None


def it_share(evidence: Evidence) -> float | None:
    """The share of a generic title read as IT work, from the body's densities.

    Args:
        evidence: :func:`text_evidence` of the posting.

    Returns:
        0-1 (0.5 when IT and other work are named as densely), or None when neither is named.
    """
    if evidence.it + evidence.other == 0 or evidence.words == 0:
        return None
    margin = (evidence.it - evidence.other) * _PER / evidence.words
    return 1.0 / (1.0 + math.exp(-_SLOPE * margin))
