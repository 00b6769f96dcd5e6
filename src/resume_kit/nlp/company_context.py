"""Drop skill mentions that describe the employer rather than ask something of the reader.

A posting names many skills it does not ask for: the company's own business ("a leader in
investment banking"), its products and customers, the perks it offers ("German language classes"),
the colleagues one will work beside ("collaborate with our DevOps engineers"). Counted as
requirements they distort every score, so :func:`drop_company_mentions` removes four kinds:

1. **Company paragraphs** (found by :mod:`resume_kit.nlp.company_headings`): a mention under an
   "About us" / "Company description" / "Who we are" / "Benefits" / "What we offer" heading,
   up to the next heading, unless its sentence states a
   plain ask ("experience with", "knowledge of", "required", "a plus", "the successful
   candidate"...; "you" alone is no ask there: "if you are interested"). Headings count alone on
   their line ("About us", "## Benefits") and before a colon ("... Job benefits: Flexible hours"),
   since scraped postings often lose their line breaks; the next heading may also be a short line
   about the reader ("What you'll work with"), any short line ending in a colon, or a Title Case
   job heading inside flattened text ("... Go Beyond. Job Overview This is ...").
2. **Self-description**: a sentence in which the company describes itself ("we are a leading
   provider of", "founded in", "our customers", "X is an international software company"),
   unless it speaks to the reader ("you", "experience", "looking for"...) or names the stack
   ("we use", "built on", "we practise TDD"). Looser cues ("a leader in", "award-winning",
   "millions of users") count only in a sentence with "we" / "our": on a resume they describe the
   candidate's own work.
3. **Colleagues and teams**: a skill word naming people or a unit ("our front end developers",
   "collaborate with DevOps engineers", "the Data Engineering team"), or a skill that is itself a
   role one works with ("with the product owner"); on a resume ("led a team of five Java
   developers") it is evidence, so without "we" / "you" in the sentence a "with" / "our" /
   "alongside" must come shortly before.
4. **The company's field**: "the financial services industry", "the utilities and energy
   sectors" in a sentence in the company's voice that asks nothing ("experience in the retail
   industry" is an ask).

The pipeline does not know whether it reads a resume or a posting, so the rules hold for both:
resumes have no company headings ("About me" is none) and seldom write "we" or "you".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from resume_kit.nlp.company_headings import company_regions
from resume_kit.nlp.doc_text import doc_text, lexeme_columns, read_sentence_starts
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.structure.wordsearch import holds_any

__all__ = [
    "COLLEAGUE_NOUNS",
    "READER_WORDS",
    "company_kept",
    "drop_company_mentions",
    "may_hold",
    "speaks_to_reader",
]


def _words(*groups: list[str]) -> frozenset[str]:
    return frozenset(word for group in groups for word in group)


def _guarded(expression: str, first_letters: str) -> re.Pattern[str]:
    """Compile a case-insensitive ``\\b(?:...)`` alternation with a look-ahead for the letters
    its alternatives start with.

    The engine tries the whole alternation at every word boundary, twenty-odd literal tests
    each; the look-ahead turns most boundaries away with one (a case-insensitive class takes
    the same characters as a case-insensitive letter: "ſ" for "s", "İ" and "ı" for "i"). Same
    matches, 30-40% less time (tests/nlp/test_company_context.py compares them).
    """
    head = r"(?i)\b(?:"
    assert expression.startswith(head)
    return re.compile(f"{head[:-3]}(?=[{first_letters}])(?:{expression[len(head) :]}")


# Under a company or benefits heading only a plain ask keeps a skill ("you" alone is not one
# there: "this is how your first weeks look", "if you are interested").
_ASK_RE = _guarded(
    r"(?i)\b(?:(?:experience|experienced)\s+(?:in|with|of|using)|knowledge\s+of|familiar(?:ity)?\s+"
    r"with|proficien\w*|understanding\s+of|expertise\s+in|must|required|requirements?|nice\s+to\s+"
    r"have|a\s+plus|preferred|ideally|skills?|degree|you\s+(?:have|know|bring|master)|you(?:'ve|\s+"
    r"have)\s+(?:worked|used|built)|(?:successful|ideal)\s+candidate|this\s+(?:position|role)|"
    r"(?:we|and)\s+need|looking\s+for|seeking|hiring)\b",
    "ekfpumrnaisdytwlh",
)
# A sentence that speaks to the reader or states an ask: kept even among the company's words.
READER_WORDS = _words(
    ["you", "your", "yours", "yourself", "candidate", "candidates", "applicant", "applicants"],
    ["experience", "experienced", "knowledge", "familiar", "familiarity", "proficient"],
    ["proficiency", "skill", "skills", "must", "required", "requirement", "requirements"],
    ["plus", "preferred", "ideally", "understanding", "background", "degree", "expertise"],
    ["looking", "seeking", "hiring", "searching", "role"],
)
# Words that make a "we" sentence a statement of the stack one will work with.
_STACK_RE = _guarded(
    r"(?i)\b(?:use|uses|using|used|work(?:s|ing)?\s+(?:with|in|on)|rely|relies|stack|"
    r"built\s+(?:on|with)|"
    r"practi[cs]e|follow|apply|"
    r"technologies|tools|written\s+in|powered\s+by|runs?\s+on|based\s+on)\b",
    "uwrsbpfat",
)
# How a company describes itself.
_SELF_RE = _guarded(
    r"(?i)\b(?:we\s+are|we're|we\s+have\s+been|we've\s+been|we\s+believe|founded\s+in|headquartered|"
    r"(?<!of\s)(?<!for\s)our\s+(?:mission|vision|company|customers|clients|history|story|goal|"
    r"purpose|products?|"
    r"platform|solutions?|offerings?|team\s+of|headquarters)|(?:is|are)\s+(?:a|an|the|one\s+of)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:leader|leading|provider|company|startup|start-up|firm|platform|"
    r"marketplace|agency|consultancy|organi[sz]ation|manufacturer|supplier|vendor)\b|"
    r"serves?\s+(?:customers|clients)|(?:a|the)\s+leading|market\s+leader|we\s+help|home\s+to|"
    r"one\s+of\s+the\s+(?:leading|largest|biggest|fastest[\s-]growing))\b",
    "wfhoiastm",
)
# Broader cues, trusted only in a sentence in the company's voice ("we", "our"): on a resume
# "award-winning app" or "used by millions of users" describe the candidate's own work.
_SELF_VOICED_RE = _guarded(
    r"(?i)\b(?:leader\s+in|award-winning|one\s+of\s+the\s+most|our\s+users|"
    r"(?:millions|billions|thousands)\s+of\s+(?:users|customers|people|businesses))\b",
    "laomtb",
)
# Words one of which each expression needs, in any case: a sentence holding none of them cannot
# match, and is let go without running the expression (a regex search over every skill's sentence
# was a third of this module's time). The words cover every alternative of their expression.
_ASK_CUES = (
    "experience", "knowledge", "familiar", "proficien", "understanding", "expertise", "must",
    "require", "nice", "plus", "preferred", "ideally", "skill", "degree", "you", "candidate",
    "this", "need", "looking", "seeking", "hiring",
)  # fmt: skip
_SELF_CUES = (
    "we", "founded", "headquartered", "our", "lead", "provider", "company", "start", "firm",
    "platform", "marketplace", "agency", "consultancy", "organi", "manufacturer", "supplier",
    "vendor", "serve", "home", "one",
    # _SELF_VOICED_RE's, beyond those
    "award", "illions", "thousands",
)  # fmt: skip


def may_hold(sentence: str, cues: tuple[str, ...]) -> bool:
    """Could a case-insensitive expression needing one of ``cues`` (lowercase ASCII) match?

    False only when none of them is in the sentence as the expression sees it: ``casefold``
    maps the letters a case-insensitive expression takes for ASCII ones ("K" Kelvin, "ſ", "İ")
    to them, and the dotless "ı" (which ``re`` takes for "i") is mapped by hand.
    """
    folded = sentence.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    return holds_any(folded, cues)


# The first and second person of a posting ("we offer", "you will"); resumes write without them.
_VOICE_WORDS = frozenset({"we", "our", "ours", "us", "you", "your", "yours"})
# Nouns after a skill word that make it the name of people or a unit, not an ask.
COLLEAGUE_NOUNS = _words(
    ["developers", "engineers", "devs", "administrators", "architects", "designers"],
    ["specialists", "scientists", "analysts", "experts", "consultants", "team", "teams"],
    ["department", "departments", "group", "squad", "guild", "chapter"],
)


# Words shortly before a skill that make "<skill> engineers / team" the people one works with.
_WITH_WORDS = frozenset(
    {"with", "alongside", "our", "other", "between", "among", "amongst", "beside", "besides"}
)
_LOOK_BACK = 4
# Words after "team" that make it part of another phrase ("team leader", "team player").
_COMPOUND_AFTER = frozenset(
    {"leader", "leaders", "lead", "leads", "player", "players", "building", "leadership", "spirit"}
)


def speaks_to_reader(sentence: str) -> bool:
    """Does the sentence address the reader or state an ask ("you", "experience with", "a plus")?"""
    return not READER_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence.lower()))


class _Sentences:
    """The Doc's sentence bounds, computed once, and what each sentence is, computed when asked."""

    def __init__(self, doc: Doc, text: str, lower: list[int], starts: list[int]) -> None:
        self.doc = doc
        self.text = text
        self.lower = lower
        self.starts = starts
        self._texts: dict[int, str] = {}
        self._flags: dict[tuple[int, str], bool] = {}
        # Whether each sentence describes the company, once asked: every skill outside a company
        # paragraph asks it of its sentence.
        self._verdicts: list[bool | None] = [None] * len(starts)

    def _sentence(self, at: int) -> str:
        found = self._texts.get(at)
        if found is None:
            first = self.starts[at]
            last = self.starts[at + 1] - 1 if at + 1 < len(self.starts) else len(self.doc) - 1
            end_token = self.doc[last]
            found = self._texts[at] = self.text[
                self.doc[first].idx : end_token.idx + len(end_token)
            ]
        return found

    def is_(self, token: int, what: str, at: int = -1) -> bool:
        """Whether the sentence holding ``token`` (number ``at`` when known) ``ask`` (states a plain
        ask), ``company`` (describes the company) or ``voiced`` (is in the first or second
        person)."""
        if at < 0:
            at = bisect_right(self.starts, token) - 1
        if what == "company":
            return self.company(at)
        key = (at, what)
        found = self._flags.get(key)
        if found is None:
            found = self._flags[key] = self._compute(at, what)
        return found

    def company(self, at: int) -> bool:
        """Whether sentence number ``at`` describes the company (``is_(..., "company")``)."""
        found = self._verdicts[at]
        if found is None:
            found = self._verdicts[at] = self._describes_company(at)
        return found

    def _describes_company(self, at: int) -> bool:
        """Sentence number ``at`` describes the company: self-description that neither speaks to
        the reader nor names the stack."""
        # Whether it speaks to the reader is tested here, not through is_: each sentence's
        # verdict is asked once (it is kept), and nothing else asks that.
        starts = self.starts
        first = starts[at]
        end = starts[at + 1] if at + 1 < len(starts) else len(self.lower)
        if not _READER_IDS.isdisjoint(self.lower[first:end]):
            return False
        sentence = self._sentence(at)
        if not may_hold(sentence, _SELF_CUES):
            return False  # neither self-description expression can match
        if _SELF_RE.search(sentence) is None and not (
            self.is_(first, "voiced", at) and _SELF_VOICED_RE.search(sentence) is not None
        ):
            return False
        return _STACK_RE.search(sentence) is None

    def _compute(self, at: int, what: str) -> bool:
        if what == "voiced":
            # On the Doc's word hashes: a regex over a long flattened sentence costs more.
            first = self.starts[at]
            end = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.lower)
            return not _VOICE_IDS.isdisjoint(self.lower[first:end])
        # "ask" ("company" goes to company() in is_)
        sentence = self._sentence(at)
        return may_hold(sentence, _ASK_CUES) and _ASK_RE.search(sentence) is not None


# The last word of a skill that is a person's role ("product owner", "project managers").
_PERSON_NOUNS = _words(
    ["manager", "managers", "owner", "owners", "master", "masters", "administrator"],
    ["administrators", "scientist", "scientists", "analyst", "analysts", "engineer"],
    ["engineers", "developer", "developers", "architect", "architects", "designer"],
    ["designers"],
)

# Nouns after a skill that make it the field a business works in ("the financial services
# industry", "the utilities and energy sectors"), not something asked of the reader: in a
# sentence in the company's voice only.
_FIELD_NOUNS = frozenset({"industry", "industries", "sector", "sectors", "market", "markets"})


def _ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of ``words``: the Doc's LOWER array holds these."""
    return frozenset(get_string_id(word) for word in words)


_FIELD_IDS = _ids(_FIELD_NOUNS)
_READER_IDS = _ids(READER_WORDS)
_VOICE_IDS = _ids(_VOICE_WORDS)
_AND_IDS = _ids(frozenset({"and", "&", "or"}))
_PERSON_IDS = _ids(_PERSON_NOUNS)
_COLLEAGUE_IDS = _ids(COLLEAGUE_NOUNS)
_COMPOUND_IDS = _ids(_COMPOUND_AFTER)
_WITH_IDS = _ids(_WITH_WORDS)
_ENGINEERING_ID = get_string_id("engineering")
# Every word after a skill that _names_colleagues or _names_a_field looks at.
_NEXT_IDS = _COLLEAGUE_IDS | _FIELD_IDS | _AND_IDS | {_ENGINEERING_ID}


def _names_a_field(lower: list[int], end: int) -> bool:
    """Is the skill ending before token ``end`` followed by "industry" / "sector" / "market", or
    "and X sector"?"""
    if end < len(lower) and lower[end] in _FIELD_IDS:
        return True
    if end + 1 >= len(lower) or lower[end] not in _AND_IDS:
        return False
    return any(word in _FIELD_IDS for word in lower[end + 1 : end + 3])


# Categories whose skills may be named by a role ("Business Analyst"); tools and technologies
# named "... Manager" or "... Designer" are products.
_ROLE_CATEGORIES = frozenset({"domain", "methodology", "responsibility", "soft_skill"})


def _names_colleagues(
    doc: Doc, lower: list[int], bounds: tuple[int, int, int, int], sentences: _Sentences
) -> bool:
    """Does the skill word (of ``(start, end, label, id)`` bounds) name people one works beside or
    a unit one joins?

    "collaborate with DevOps engineers", "join our Backend Engineering team", "you will be part of
    an agile team". In a sentence without "we" or "you" only with "with", "our"... shortly before:
    on a resume "led a team of five Java developers" or "established an IT Governance department"
    shows the skill.
    """
    start, end = bounds[0], bounds[1]
    if lower[end - 1] in _PERSON_IDS:
        # The skill is itself a role: "work with a product owner", "our project managers"; not a
        # product named after one ("Oracle Enterprise Manager").
        meta = load_skill_meta().get(doc.vocab.strings[bounds[3]])
        return (
            meta is not None
            and meta.category in _ROLE_CATEGORIES
            and _with_word_before(lower, start)
        )
    if end < len(lower) and lower[end] == _ENGINEERING_ID:
        end += 1  # "the Backend Engineering team"
    if end >= len(lower) or lower[end] not in _COLLEAGUE_IDS:
        return False
    if end + 1 < len(lower) and lower[end + 1] in _COMPOUND_IDS:
        return False  # "Requirements gathering Team leader", a list with its commas lost
    return _with_word_before(lower, start) or sentences.is_(start, "voiced")


def _with_word_before(lower: list[int], start: int) -> bool:
    """Is there a "with", "alongside", "our"... in the few words before token ``start``?"""
    return any(word in _WITH_IDS for word in lower[max(start - _LOOK_BACK, 0) : start])


def drop_company_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """Remove the skill mentions that describe the employer, its offer or its people.

    Args:
        doc: The processed Doc (sentence starts set).
        spans: The skill spans kept so far, in document order.

    Returns:
        The spans that may be asks, in the same order.
    """
    if not spans:
        return []  # nothing to read the Doc for
    bounds = [(span.start, span.end, span.label, span.id) for span in spans]
    kept = company_kept(doc, bounds, lexeme_columns(doc)[:, 0].tolist())
    return [spans[index] for index in kept]


def company_kept(
    doc: Doc, bounds: Sequence[tuple[int, int, int, int]], lower: list[int]
) -> list[int]:
    """:func:`drop_company_mentions` on token bounds, before any Span is made.

    Args:
        doc: The processed Doc (sentence starts set).
        bounds: The ``(start, end, label hash, id hash)`` of the skills kept so far, in document
            order.
        lower: The Doc's LOWER hashes, as the lemmatizer read them.

    Returns:
        The indices of the bounds that may be asks, in order.
    """
    if not bounds:
        return []
    text = doc_text(doc)
    regions = company_regions(text)
    # The sentence starts as they are now (a trained pipeline's parser may have moved them).
    sentences = _Sentences(doc, text, lower, read_sentence_starts(doc))
    kept: list[int] = []
    size = len(lower)
    ends = [*sentences.starts[1:], size]
    sentence = 0  # the sentence holding the current span: spans come in document order
    region = 0
    for index, span in enumerate(bounds):
        start, end = span[0], span[1]
        while ends[sentence] <= start:
            sentence += 1
        in_region = False
        if regions:
            start_char = doc[start].idx  # a Token: cheaper than reading every token's offset
            while region < len(regions) and regions[region][1] <= start_char:
                region += 1
            in_region = region < len(regions) and regions[region][0] <= start_char
        # Most skills are followed by no word either test looks at: both are skipped then.
        plain = lower[end - 1] not in _PERSON_IDS and (end >= size or lower[end] not in _NEXT_IDS)
        if not plain and _names_colleagues(doc, lower, span, sentences):
            continue
        if (
            not plain
            and _names_a_field(lower, end)
            and sentences.is_(start, "voiced")  # a resume's "the automotive sector" is its own
            and not sentences.is_(start, "ask")
        ):
            continue
        if in_region:
            if sentences.is_(start, "ask"):
                kept.append(index)
            continue
        if not sentences.company(sentence):
            kept.append(index)
    return kept
