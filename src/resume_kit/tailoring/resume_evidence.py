"""The resume's own sentences as evidence for the cover letter and the prep sheet.

The letter and the prep sheet quote what the candidate wrote. Structure detection may find no
roles (a flattened text, a two-column PDF), and a PDF gives one line per printed line, so a
bullet wrapped over two lines can reach the extractor as two "sentences". Here the resume's text
(every section but contact lines, skills lists, education and certifications) is read back into
whole sentences: wrapped lines are joined (:func:`~resume_kit.tailoring.source_lines.pieces`,
plus a bullet whose long last line runs on into a loose line), each piece is split only at a
sentence's end, a bullet glyph or a wide gap of a flattened layout, and a sentence that reads as
no statement of work (a header line, a list of skills) is left out. Each :class:`Citation` knows
the skills it mentions and the numbers it states, so that the letter picks, for the posting's
heaviest requirements, a sentence that shows each one, and otherwise the sentences closest to
the posting. Nothing is invented: a sentence is quoted as written, or turned to the first person
("Led ..." -> "I led ..."). Pure functions over the models: no spaCy, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from resume_kit.model.documents import Resume, Role
from resume_kit.model.report import MatchReport, RequirementMatch
from resume_kit.nlp.metric_vocabulary import VERB_FORMS
from resume_kit.structure.roles import reads_as_job_title
from resume_kit.tailoring.context_common import metrics_in, skill_spans, skills_in
from resume_kit.tailoring.source_lines import Piece, clean_display, pieces, source_lines

__all__ = [
    "Citation",
    "Form",
    "citable_sentences",
    "closest_citations",
    "first_person",
    "requirement_citation",
    "role_label",
]

Form = Literal["verb", "self", "responsible", "task", "other"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Sections whose lines are lists or credentials, not statements of work.
_NOT_CITED = frozenset({"skills", "education", "certifications"})
MIN_WORDS = 5
MAX_WORDS = 50
# Common resume verbs the metric finder does not list (it keeps achievement verbs only); a verb
# VERB_FORMS lists is not repeated here (it is looked up there first).
_MORE_VERBS = {
    form: lemma
    for lemma, forms in {
        "assist": "assists assisted assisting",
        "work": "works worked working",
        "help": "helps helped helping",
        "participate": "participates participated participating",
        "contribute": "contributes contributed contributing",
        "serve": "serves served serving",
        "perform": "performs performed performing",
        "provide": "provides provided providing",
        "gather": "gathers gathered gathering",
        "review": "reviews reviewed reviewing",
        "communicate": "communicates communicated communicating",
        "ensure": "ensures ensured ensuring",
        "interact": "interacts interacted interacting",
        "collect": "collects collected collecting",
        "translate": "translates translated translating",
        "use": "uses used using",
        "utilize": "utilizes utilized utilizing",
        "control": "controls controlled controlling",
        "act": "acts acted acting",
        "make": "makes made making",
        "take": "takes took taking",
        "set": "sets set setting",
        "author": "authors authored authoring",
        "co-author": "co-authored",
        "co-founded": "co-founded",
        "select": "selects selected selecting",
        "display": "displays displayed displaying",
        "process": "processed",
        "record": "records recorded recording",
        "inform": "informs informed informing",
        "demonstrate": "demonstrates demonstrated demonstrating",
    }.items()
    for form in [lemma, *forms.split()]
}
# Past forms that open a summary's description more often than a statement of work.
_ADJECTIVES = _words(
    "motivated organized organised accomplished driven dedicated experienced skilled seasoned "
    "talented detailed qualified certified proven focused committed determined respected trusted"
)
_OBJECT_STARTS = _words("a an the my our his her their its this these those all")
_PARTICIPLES = _words("driven grown written overseen")
_ADVERB = re.compile(r"^(Also|[A-Z][a-z]{3,}ly)\s+")
_LABEL = re.compile(r"^[A-Z][\w.+#/&' -]{0,40}?(?::|\s[–—-])\s+(?=[A-Z])")
_SELF = re.compile(r"^(?:(?:Currently|Formerly|Previously|Recently|Since then),?\s+)?(?:I|We)\s+")
# A task named as a noun: "Development of the billing service", "Management of 3 vendors".
_TASK = re.compile(
    r"^(?!Department|Government)[A-Z][a-z]+(?:tion|sion|ment|ance|ence|ysis|ing) of\s"
)
_RESPONSIBLE = re.compile(r"^(?:Responsible|Accountable|Involved)\b", re.IGNORECASE)
# Where a sentence ends inside a piece: ". " before a capital, a digit or a quote; not after an
# initial ("J. Smith", "U.S.") or a common abbreviation.
_SENTENCE_END = re.compile(r"(?<=[.!?])['\"”’)]?\s+(?=[\"“'‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|\b(?:e\.g|i\.e|etc|Inc|Ltd|Co|Corp|Sr|Jr|Dr|Mr|Ms|Mrs|St|No|vs|approx|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.$"
)
# Breaks that are no sentence end but end a statement: a bullet glyph inside a line (a list run
# into one line), a tab or a run of three spaces (a flattened layout's column or line gap).
_HARD_BREAK = re.compile(r"\s*[•●▪◦‣∙■►▶✓✔|\uf0b7\uf0a7]\s*|\s\*\s|\t+|[ \u00a0]{3,}")
# A statement run into the next one with no full stop (flattened bullets): "...as needed
# Trained staff ...". A capitalised action verb after a lower-case word that leaves nothing open.
_RUN_ON = re.compile(r"(?<=[a-z0-9)%])[ \u00a0]+(?=[A-Z][a-z]+\b)")
_OPEN_WORDS = _words(
    "a an the of to and or for with in on at by from as into via our my their his her its"
)
# A role's dates run into a sentence: a month and a year, or a range of years.
_DATED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:(?:19|20)\d{2}|present|current|now)\b"
    r"|\b\d{1,2}/(?:19|20)?\d{2}\b",
    re.IGNORECASE,
)
# Markup, addresses and a word cut at a wrap ("submis- Santa Clara"): text no letter quotes.
_UNQUOTABLE = re.compile(r"<[a-z/][^>]*>|&[a-z]+;|@|https?:|www\.|[^\W\d_]- [A-Z]")
_YEAR_OR_DATE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{2,4}\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A sentence ending so was cut short (a reader lost its end, or a wrap was not joined): "...
# resulting in a 30", "...improving velocity by 15", "...teams (Engineering, Design,".
_UNFINISHED = re.compile(
    r"(?:[,;&/(\-–—]|\b(?:and|or|of|to|the|a|an|in|on|for|with|from|by|at|as|into|via|"
    r"including|across|using|through|between|within|while|which|that|who)"
    r"|\b(?:a|an|the|by|of|at|in|over|about|around)\s+[$€£]?\d[\d,.]*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    """A whole sentence of the resume that can be quoted as evidence.

    Attributes:
        text: The sentence as written (wrapped lines joined, bullet marker and glyphs dropped).
        start: Its offset in the resume's text.
        end: One past its end.
        section: The canonical name of its section.
        role: The role it is in, when roles were recognised.
        form: How it opens: an action ``verb`` ("Led ..."), the candidate's ``self`` ("I led
            ..."), ``responsible`` ("Responsible for ..."), a ``task`` named as a noun
            ("Development of ..."), or ``other`` (not quoted).
        skills: Ids of the skills it mentions.
        metrics: The numbers it states.
        bullet: Whether it is (part of) a bullet.
    """

    text: str
    start: int
    end: int
    section: str
    role: Role | None
    form: Form
    skills: frozenset[str]
    metrics: tuple[str, ...]
    bullet: bool

    @property
    def rank(self) -> tuple[int, int, int, int]:
        """Sort key, best first: a statement of work, with a number, in a role, early."""
        forms = {"verb": 0, "self": 1, "responsible": 2, "task": 3, "other": 4}
        return (forms[self.form], 0 if self.metrics else 1, 0 if self.role else 1, self.start)


def _verb_lemma(word: str) -> str | None:
    word = word.casefold()
    return VERB_FORMS.get(word) or _MORE_VERBS.get(word)


def _split_adverb(text: str) -> tuple[str, str]:
    """``"Successfully led X"`` -> ``("Successfully", "led X")``; ``("", text)`` without one."""
    found = _ADVERB.match(text)
    if found and _verb_lemma(_first_word(text[found.end() :])):
        return found.group(1), text[found.end() :]
    return "", text


def _first_word(text: str) -> str:
    found = _WORD.match(text)
    return found.group(0) if found else ""


def _form(text: str) -> Form:
    _, text = _split_adverb(text)
    head = _first_word(text)
    lemma = _verb_lemma(head)
    after = text[len(head) :].split(None, 1)
    describes = head.casefold() in _ADJECTIVES and not (
        after and (after[0].casefold() in _OBJECT_STARTS or after[0][:1].isdigit())
    )  # "Motivated self-starter with ..." describes; "Motivated a team of 5" acts
    if lemma and not describes and head.casefold() not in _PARTICIPLES:
        second = _first_word(text[len(head) :].lstrip(" –-"))
        # "Research Assistant", "Lead Developer", "Teaching Assistant": a title, not a verb
        # "Engineer specializing in ...", "Engineer assigned to": a noun before a participle
        title = (
            (second[:1].isupper() and second[1:2].islower())
            or second.endswith(("ing", "ed"))
            or (second == "of" and lemma == head.casefold())  # "Institute of Technology"
        )
        rest = text[len(head) :]
        label = re.match(r"\s+[–—-]\s", rest) is not None  # "Structure – Implemented ..."
        gerund_aside = head.endswith("ing") and re.search(r"\bI\b", rest) is not None
        noun = title and (lemma == head.casefold() or head.endswith("ing"))
        if not (noun or label or gerund_aside):
            return "verb"
    found = _SELF.match(text)
    if found and _form(text[found.end() :]) == "verb":
        return "self"  # "I led ...", "We shipped ..."; not "I am a graduate"
    if _RESPONSIBLE.match(text):
        return "responsible"
    if _TASK.match(text):
        return "task"
    return "other"


def _without_label(text: str) -> str:
    """``"Data Collection: Designed the survey"`` -> ``"Designed the survey"`` (a project's name
    before a colon labels the statement); any other sentence as it is."""
    found = _LABEL.match(text)
    if found and _form(text[found.end() :]) != "other":
        return text[found.end() :]
    return text


def _reads_as_statement(text: str, form: Form) -> bool:
    """Whether a sentence says something (not a header line, a list of skills or a fragment)."""
    if form == "other" or _DATED.search(text) or _UNQUOTABLE.search(text):
        return False
    unbalanced = text.count("(") > text.count(")") or text.count("“") > text.count("”")
    if _UNFINISHED.search(text.rstrip(".!? ")) or unbalanced:
        return False  # cut short: quoting it would put half a statement in the letter
    found = _WORD.findall(text)
    if not MIN_WORDS <= len(found) <= MAX_WORDS:
        return False
    # The first word and "I" are capitalised in any sentence.
    capitalised = sum(1 for w in found[1:] if w[:1].isupper() and w != "I") / len(found)
    # Not "Java, Python, SQL, Docker" nor "Senior Engineer, Acme Corp, Boston"
    return capitalised <= 0.35 and text.count(",") <= len(found) / 3


def _margin(text: str) -> int:
    """The width of a full printed line: the 90th percentile of the text's line lengths."""
    widths = sorted(len(line) for line in text.splitlines() if line.strip())
    return widths[int(len(widths) * 0.9)] if widths else 0


def _wrapped_bullets(parts: list[Piece], text: str, margin: int) -> list[Piece]:
    """Join a loose line to the piece before it when that piece's last line ran to the margin.

    :func:`~resume_kit.tailoring.source_lines.pieces` joins a line that starts in lower case or
    follows an open end ("by", ","); a PDF also wraps before a capital ("...training models on
    Tensor" / "Processing Units (TPU)."). A piece whose last line is about as wide as a full
    line (``margin``) and ends with no full stop, followed by a shorter plain line (no bullet,
    no date), is one statement wrapped when the piece is a bullet or the line ends the sentence.
    A plain line starting in lower case continues anything but a finished sentence.
    """
    if not parts:
        return parts
    out = [parts[0]]
    for part in parts[1:]:
        last = out[-1]
        last_line = text[last.start : last.end].rsplit("\n", 1)[-1].strip()
        wrapped = (
            (last.bullet or re.search(r"[.!?]$", part.text))
            and margin >= 40
            and len(last_line) >= 0.85 * margin
            and not re.search(r"[.!?:;]$", last_line)
            and len(part.text) < len(last_line)
            and not _YEAR_OR_DATE.search(part.text)
        )
        # "...data flow graphs;" / "primarily used for ...": a clause, not a new statement
        lower = part.text[:1].islower() and not re.search(r"[.!?]$", last_line)
        if not part.bullet and (wrapped or lower):
            out[-1] = Piece(f"{last.text} {part.text}", last.bullet, last.start, part.end)
            continue
        out.append(part)
    return out


def _sentences(text: str, piece: Piece) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a piece, in the resume's text."""
    raw = text[piece.start : piece.end]
    bounds: list[tuple[int, int]] = []
    cuts = [(m.start(), m.end()) for m in _HARD_BREAK.finditer(raw)]
    for match in _SENTENCE_END.finditer(raw):
        if not _ABBREVIATION.search(raw[: match.start()]):
            cuts.append((match.start(), match.end()))
    for match in _RUN_ON.finditer(raw):
        before = raw[: match.start()].rsplit(None, 1)[-1].casefold()
        after = _first_word(raw[match.end() :])
        # "Trained", "Selects"; not "Programming" after "Extreme", a name in capitals
        past = _verb_lemma(after) not in (None, after.casefold()) and not after.endswith("ing")
        named = before[:1].isupper() or raw[: match.start()].rsplit(None, 1)[-1][:1].isupper()
        if before in _OPEN_WORDS or named:
            continue
        if past or _form(raw[match.end() :]) == "verb":
            cuts.append((match.start(), match.end()))
    begin = 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start < begin:
            continue
        bounds.append((begin, cut_start))
        begin = cut_end
    bounds.append((begin, len(raw)))
    return [(piece.start + s, piece.start + e) for s, e in bounds if raw[s:e].strip()]


def _display(raw: str) -> str:
    """A sentence's raw text as printed: wrapped lines joined, glyphs and bullet marker dropped."""
    raw = re.sub(r"(?<=[^\W\d_])-\n\s*(?=[a-z])", "", raw)  # "communi-" / "cation"
    raw = re.sub(r"^\s*[-–—*](?=[A-Z])", "", raw)  # "-Led a team": a dash typed as a bullet
    lines = source_lines(raw, 0, len(raw))
    text = clean_display(" ".join(line.content for line in lines))
    return re.sub(r"[\s?·*•]+$", "", text)  # "...budgets. ?" : a glyph the reader could not map


def citable_sentences(resume: Resume) -> list[Citation]:
    """Every sentence of the resume that can be quoted as evidence, in text order.

    Args:
        resume: The extracted resume.

    Returns:
        Whole sentences (never part of one) from every section but skills lists, education and
        certifications; a flattened resume whose text is all one section is read whole.
    """
    text = resume.text
    spans = skill_spans(resume)
    margin = _margin(text)
    found: list[Citation] = []
    for section in resume.sections:
        if section.name in _NOT_CITED:
            continue
        lines = source_lines(text, section.start, section.end)
        for piece in _wrapped_bullets(pieces(lines), text, margin):
            for start, end in _sentences(text, piece):
                sentence = _without_label(_display(text[start:end]))
                form = _form(sentence)
                if not _reads_as_statement(sentence, form):
                    continue
                found.append(
                    Citation(
                        text=sentence,
                        start=start,
                        end=end,
                        section=section.name,
                        role=next((r for r in resume.roles if r.start <= start < r.end), None),
                        form=form,
                        skills=frozenset(skills_in(spans, start, end)),
                        metrics=tuple(metrics_in(resume, start, end)),
                        bullet=piece.bullet,
                    )
                )
    return found


def requirement_citation(
    requirement: RequirementMatch, citations: list[Citation], taken: set[int] | None = None
) -> Citation | None:
    """The best sentence that mentions the requirement's skill, if any.

    An action ("Led ...") beats "I ...", "Responsible for ..." and a task named as a noun; then
    one with a number, one in a recognised role, the earliest (resumes list the latest work
    first). The candidate's summary is only used when nothing else shows it.

    Args:
        requirement: A requirement the resume meets.
        citations: :func:`citable_sentences` of the resume.
        taken: Starts of sentences already used (skipped).

    Returns:
        The sentence, or None.
    """
    shown = [
        c
        for c in citations
        if requirement.skill in c.skills and (taken is None or c.start not in taken)
    ]
    if not shown:
        return None
    return min(shown, key=lambda c: (c.section == "summary", *c.rank))


def closest_citations(
    report: MatchReport, citations: list[Citation], limit: int, taken: set[int] | None = None
) -> list[Citation]:
    """The statements of work closest to the posting, when no requirement is shown word for word.

    Closeness is the weight of the posting's requirements whose skill (or the related skill the
    report accepts) the sentence mentions; then a number, a role, the order of the resume.
    A summary's statements are used only when the resume has no other.

    Args:
        report: The MatchReport (its requirements and weights).
        citations: :func:`citable_sentences` of the resume.
        limit: How many to return.
        taken: Starts of sentences already used (skipped).

    Returns:
        Up to ``limit`` sentences, best first.
    """
    weights: dict[str, float] = {}
    for requirement in report.requirements:
        for skill in (requirement.skill, requirement.via):
            if skill:
                weights[skill] = max(weights.get(skill, 0.0), requirement.weight)
    usable = [c for c in citations if c.form != "other" and (taken is None or c.start not in taken)]
    # A summary's statements only when the resume has no other (they restate, they do not show).
    if any(c.section != "summary" for c in usable):
        usable = [c for c in usable if c.section != "summary"]
    return sorted(usable, key=lambda c: (-sum(weights.get(s, 0.0) for s in c.skills), *c.rank))[
        :limit
    ]


# An employer's name as a letter can print it: no digits, colons or bars, a few words.
_EMPLOYER = re.compile(r"[A-Z&][^\d:|()\[\]]{1,60}")


def role_label(role: Role | None) -> str:
    """``"Project Manager at Acme"``, ``"Project Manager"`` or ``""``.

    A role header read wrongly ("GPA: 3.82", "Recruited team members") is better left unsaid
    than printed in a letter: the title must read as a job title, the employer as a name.

    Args:
        role: The role a sentence is in, if any.

    Returns:
        The label, or ``""``.
    """
    if role is None:
        return ""
    title = " ".join((role.title or "").split())
    employer = " ".join((role.employer or "").split())
    if not reads_as_job_title(title):
        return ""
    return f"{title} at {employer}" if _EMPLOYER.fullmatch(employer) else title


def _third_to_base(word: str) -> str:
    """``"Develops"`` -> ``"develop"``; any other word as it is."""
    lemma = _verb_lemma(word)
    if lemma and lemma != word.casefold() and word.casefold().endswith("s"):
        return lemma
    return word


def _lower_first(word: str) -> str:
    """``"Led"`` -> ``"led"``, but ``"AWS"`` stays."""
    return word[:1].lower() + word[1:] if word[1:2].islower() or len(word) == 1 else word


def first_person(citation: Citation) -> str:
    """The sentence as the candidate would say it in a letter, ending with a full stop.

    "Led a team of 6" -> "I led a team of 6."; "Develops, tracks and controls budgets" -> "I
    develop, track and control budgets."; "Leading a team" -> "My work has included leading a
    team."; "Responsible for X" -> "I was responsible for X."; "Development of X" -> "My work has
    included development of X."; a sentence with its own subject is kept; any other is quoted.

    Args:
        citation: The sentence.

    Returns:
        One sentence.
    """
    text = citation.text.strip().rstrip(".;:, ")
    if citation.form == "self":
        return f"{text}."
    if citation.form == "responsible":
        return f"I was {_lower_first(text)}."
    if citation.form == "task":
        return f"My work has included {_lower_first(text)}."
    if citation.form == "other":
        return f"“{text}.”"
    adverb, text = _split_adverb(text)
    adverb = f"{adverb.lower()} " if adverb else ""
    head = _first_word(text)
    if head.casefold().endswith("ing") and _verb_lemma(head) != head.casefold():
        return f"My work has included {adverb}{_lower_first(text)}."
    # "Develops, tracks and controls": every verb of the opening list in the first person
    words = re.split(r"(,\s*|,?\s+(?:and|&)\s+|\s+)", text)
    words[0] = _lower_first(_third_to_base(words[0]))
    for index in range(2, len(words), 2):
        base = _third_to_base(words[index])
        if not words[index - 1].strip() or base == words[index]:
            break  # a plain space, or no verb: the opening list is over
        words[index] = base
    return f"I {adverb}{''.join(words)}."
