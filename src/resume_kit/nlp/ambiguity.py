"""Resolve overlapping skill matches and decide when an ambiguous word is a skill.

The span rulers propose every match; :func:`filter_skill_spans` keeps the longest non-overlapping
ones and then checks single words that are also ordinary English ("Go", "R", "Excel", "Teams",
"Lean", "Spark"...) against their neighbours. We have no tagger or parser (no trained model ships),
so the rules read only the surrounding tokens. They are, in the order they are applied:

1. **Blockers** (always reject): a neighbouring word that shows the ordinary sense, such as "Go" +
   "to" / "-live" / "ahead", "Excel" + "at" / "in" or after "to" / "will" / "we", "Lean" + "on" /
   "team", "Spark" + "interest", "Appendix" / "grade" / "Section" + "C", or a single letter that is
   a person's initial ("John C. Smith").
2. **Support** (keep): the word is in a list of other skills ("Python, Go, Java", "Go/Python",
   "Word and Excel"), follows a list heading ("Languages: Go"), follows a word that introduces a
   technology ("in", "with", "using", "Microsoft"... per word), or precedes a word that only a
   technology takes ("Go developer", "R programming", "Excel spreadsheets", "Teams meetings",
   "Spark jobs").
3. **Default**, per word. ``NEEDS_SUPPORT`` words (Go, R, C, Swift, Rust, Ruby, Teams, Access, Word,
   Chef, Puppet...) are dropped without support: as words they are far more common than as skills.
   ``MID_SENTENCE`` words (Excel, Lean, Spark, React, Zoom, Slack...) are kept when capitalised in
   the middle of an ordinary sentence, because the capital is then the only reason for it; at the
   start of a sentence or bullet, or in a Title Case line (a heading such as "Leading Agile Teams"),
   the capital says nothing, so they need support too.

The cased pattern file (``skills_cased.jsonl``) already requires the capital ("teams" never
matches Microsoft Teams); these rules only run on the single-token matches listed in :data:`RULES`.

:data:`WORD_RULES` does the same for skill names matched in any case that are also everyday
phrases, keyed by their lowercase text (one or two words): "in compliance with" is no compliance
skill, "the user experience" we improve is no UX design, "social media" is no media industry, a
"German market" asks for no German, and "usability" alone is a quality, not a practice. Their
``blockers_only`` policy keeps the word unless a blocker fires; ``list_support=False`` stops a list
of other skills from vouching for it ("accessibility, usability and performance").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal, NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from resume_kit.nlp.doc_text import doc_text, lexeme_columns

__all__ = [
    "LIST_HEADINGS",
    "LIST_SEPARATORS",
    "RULES",
    "WORD_RULES",
    "Policy",
    "Rule",
    "ambiguous_dropped",
    "filter_ambiguous",
    "filter_skill_spans",
    "longest_bounds",
    "longest_spans",
]


def _words(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(word for group in groups for word in group)


Policy = Literal["needs_support", "mid_sentence", "blockers_only"]

# Tokens that join items of a list of skills.
LIST_SEPARATORS = frozenset({",", "/", "|", ";", "&", "and", "or", "+", "(", ")", "·", "&amp;"})
# Words that head a list of technologies ("Languages: Go, Rust").
LIST_HEADINGS = frozenset(
    {
        "languages",
        "language",
        "stack",
        "technologies",
        "technology",
        "tools",
        "skills",
        "tech",
        "programming",
        "software",
        "frameworks",
        "platforms",
        "databases",
        "proficiencies",
        "competencies",
        "expertise",
        "methodologies",
        "certifications",
        "environment",
    }
)
# Words before a technology that say "this is a technology" for most ambiguous words.
_TECH_BEFORE = frozenset({"in", "with", "using", "use", "via", "including", "e.g.", "like"})
# Words after a programming language that only a programming language takes.
_LANGUAGE_AFTER = frozenset(
    {
        "programming",
        "programmer",
        "programmers",
        "developer",
        "developers",
        "development",
        "engineer",
        "engineers",
        "engineering",
        "language",
        "languages",
        "lang",
        "code",
        "coding",
        "codebase",
        "scripts",
        "scripting",
        "libraries",
        "library",
        "packages",
        "package",
        "modules",
        "applications",
        "services",
        "microservices",
        "backend",
        "back-end",
        "experience",
        "skills",
        "knowledge",
        "expertise",
        "proficiency",
    }
)
# Modal verbs, pronouns and the like: after them a capitalised tool name is a verb ("we Excel").
_VERB_BEFORE = frozenset(
    {
        "to",
        "will",
        "would",
        "can",
        "could",
        "must",
        "should",
        "may",
        "might",
        "shall",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "who",
        "that",
        "which",
        "not",
        "also",
        "help",
        "helps",
        "helped",
        "continue",
        "continues",
    }
)
# Words before a letter that make it a label, not a language ("Appendix C", "grade R").
_LETTER_LABEL_BEFORE = _words(
    ["appendix", "grade", "section", "part", "schedule", "class", "type", "vitamin", "level"],
    ["series", "plan", "tier", "option", "phase", "step", "exhibit", "figure", "table"],
    ["annex", "category", "building", "block", "room", "unit", "model", "form", "item"],
    ["group", "division", "round", "line", "row", "column", "note", "clause", "article"],
    ["chapter", "point", "plus", "rated", "rating", "mr", "mr.", "mrs", "mrs."],
    ["ms", "ms.", "dr", "dr.", "floor", "gate", "hall", "wing", "size"],
    ["band"],
)
_LETTER_LABEL_AFTER = frozenset(
    {"-", "–", "&", "'s", "’s", "level", "suite", "corp", "inc", "grade"}
)


@dataclass(frozen=True)
class Rule:
    """How to decide whether one ambiguous word is the skill.

    Attributes:
        policy: ``needs_support`` (drop unless supported), ``mid_sentence`` (keep when
            capitalised mid-sentence unless blocked) or ``blockers_only`` (keep unless blocked).
        before: Lowercase words right before the match that support it.
        after: Lowercase words right after the match that support it.
        block_before: Lowercase words right before the match that reject it.
        block_after: Lowercase words right after the match that reject it.
        initial: The word is a single letter that may be a person's initial ("C.").
        block_number_after: Reject when a number follows ("Spring 2021").
        block_around: (before, after) word pairs that reject together ("in" ... "with").
        list_support: Whether being an item of a list of skills supports the word.
        block_when: A test of the span in its Doc that rejects it when true.
    """

    policy: Policy
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    block_before: frozenset[str] = frozenset()
    block_after: frozenset[str] = frozenset()
    initial: bool = False
    block_number_after: bool = False
    block_around: frozenset[tuple[str, str]] = frozenset()
    list_support: bool = True
    block_when: Callable[[Doc, Span], bool] | None = None


_LANGUAGE = Rule(
    "needs_support",
    before=_TECH_BEFORE | {"of", "golang"},
    after=_LANGUAGE_AFTER,
)
_GO = Rule(
    "needs_support",
    before=_TECH_BEFORE | {"of"},
    after=_LANGUAGE_AFTER | {"golang", "routines", "1.x"},
    block_after=_words(
        ["-", "–", "to", "live", "ahead", "further", "beyond", "above", "back", "out", "through"],
        ["forward", "get", "the", "a", "an", "from", "into", "over", "down", "up", "far", "for"],
        ["beyond", "deep", "deeper", "extra", "above", "on", "big", "home", "after", "along"],
    ),
    block_before=frozenset(
        {"to", "will", "would", "can", "could", "must", "should", "let's", "lets"}
    ),
)
_LETTER = Rule(
    "needs_support",
    before=_TECH_BEFORE | {"of"},
    after=_LANGUAGE_AFTER | {"studio", "shiny", "markdown"},
    block_before=_LETTER_LABEL_BEFORE,
    block_after=_LETTER_LABEL_AFTER,
    initial=True,
)
_SWIFT = Rule(
    "needs_support",
    before=_TECH_BEFORE | {"of", "ios"},
    after=_LANGUAGE_AFTER | {"ui", "ios"},
    block_before=frozenset({"a", "the", "taylor", "very"}),
    block_after=_words(
        ["and", "response", "action", "delivery", "resolution", "turnaround", "completion"],
        ["decision", "decisions", "progress", "execution", "transition", "adoption", "growth"],
        ["manner", "implementation", "recovery", "changes", "payment", "payments", "code", "codes"],
        ["network", "transfer", "transfers", "message", "messages", "gpi"],
    ),
)
_RUST = Rule(
    "needs_support",
    before=_TECH_BEFORE | {"of"},
    after=_LANGUAGE_AFTER,
    block_after=frozenset({"belt", "removal", "prevention", "proof", "resistant", "-"}),
)
_TOOL_NAME = Rule(
    "mid_sentence",
    before=_TECH_BEFORE | {"microsoft", "ms", "advanced", "proficient", "proficiency"},
    block_before=_VERB_BEFORE,
)


RULES: dict[str, Rule] = {
    # Programming languages that are ordinary words or letters.
    "Go": _GO,
    "R": _LETTER,
    "R.": _LETTER,
    "C": _LETTER,
    "C.": _LETTER,
    "Swift": _SWIFT,
    "Rust": _RUST,
    "Ruby": _LANGUAGE,
    "Dart": Rule(
        "needs_support",
        before=_TECH_BEFORE | {"of", "flutter"},
        after=_LANGUAGE_AFTER | {"flutter"},
        block_after=frozenset({"board", "boards", "-", "throwing"}),
    ),
    "Elixir": Rule("mid_sentence", before=_TECH_BEFORE, after=_LANGUAGE_AFTER),
    "Groovy": Rule("mid_sentence", before=_TECH_BEFORE, after=_LANGUAGE_AFTER),
    # Microsoft Office and collaboration tools.
    "Excel": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"microsoft", "ms", "advanced", "proficient", "proficiency"},
        after=_words(
            ["spreadsheets", "spreadsheet", "models", "model", "modelling", "modeling", "macros"],
            ["vba", "formulas", "formula", "dashboards", "reports", "workbooks", "workbook"],
            ["pivot", "skills", "files", "sheets", "templates", "trackers", ":"],
        ),
        block_before=_VERB_BEFORE,
        block_after=_words(
            ["at", "in", "as", "when", "under", "through", "by", "within", "across", "beyond"],
            ["while", "where", "with"],
        ),
    ),
    "EXCEL": Rule("mid_sentence", block_before=_VERB_BEFORE, block_after=frozenset({"at", "in"})),
    "Word": Rule(
        "needs_support",
        before=frozenset({"microsoft", "ms", "in", "using", "with"}),
        after=frozenset({"documents", "document", "templates", "template", "macros", "processing"}),
        block_after=frozenset({"of", "for", "choice", "count", "limit", "-", "cloud"}),
    ),
    "Access": Rule(
        "needs_support",
        before=frozenset({"microsoft", "ms", "using"}),
        after=_words(
            ["database", "databases", "db", "queries", "query", "forms", "reports", "vba"],
            ["macros", "tables"],
        ),
        block_after=_words(
            ["to", "control", "management", "rights", "levels", "level", "points", "point"],
            ["for", "-", "requests", "request", "of"],
        ),
    ),
    "Teams": Rule(
        "needs_support",
        before=frozenset({"microsoft", "ms", "via", "using", "over"}),
        after=_words(
            ["meetings", "meeting", "channels", "channel", "calls", "call", "chat", "chats"],
            ["app", "rooms", "phone", "webinars", "voice", "sites"],
        ),
    ),
    "Outlook": Rule(
        "mid_sentence",
        before=frozenset({"microsoft", "ms", "in", "using", "via"}),
        after=frozenset({"calendar", "calendars", "email", "emails", "inbox", "rules"}),
        block_before=_words(
            ["positive", "financial", "market", "economic", "business", "growth", "career"],
            ["the", "an", "our", "future", "global", "strategic", "stable", "negative"],
        ),
        block_after=frozenset({"for", "on", "is", "of", "remains"}),
    ),
    "Zoom": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"over", "on"},
        after=frozenset({"meetings", "meeting", "calls", "call", "webinars", "rooms"}),
        block_after=frozenset({"in", "out", "into"}),
    ),
    "Slack": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"on", "over"},
        after=frozenset({"channels", "channel", "messages", "workspace", "bots", "integrations"}),
        block_after=frozenset({"time", "off", "period", "in", "periods"}),
        block_before=frozenset({"cut", "pick", "some", "no", "any", "the"}),
    ),
    "Notion": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        block_before=frozenset({"the", "a", "this", "that", "any", "no"}),
        block_after=frozenset({"of", "that"}),
    ),
    "Harvest": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"timesheets", "time", "app"}),
        block_before=frozenset({"the", "a", "to", "annual", "grain"}),
        block_after=frozenset({"of", "season", "festival"}),
    ),
    # Methodologies.
    "Lean": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"applying", "apply", "applied", "agile"},
        after=_words(
            ["principles", "methodology", "methodologies", "practices", "manufacturing", "tools"],
            ["management", "thinking", "startup", "six", "techniques", "methods", "ux", "agile"],
            ["portfolio", "certification", "certified", "kaizen"],
        ),
        block_before=_words(
            ["a", "very", "run", "running", "ran", "stay", "staying", "remain", "remained"],
            ["keep", "kept", "be", "lean", "too"],
        ),
        block_after=_words(
            ["on", "team", "teams", "into", "towards", "toward", "back", "budget", "budgets"],
            ["staff", "staffing", "times", "period", "years", "organization", "organisation"],
            ["structure", "and", "forward", "in", "against", "over", "meat", "muscle", "body"],
        ),
    ),
    "LEAN": Rule(
        "mid_sentence",
        block_after=frozenset({"on", "team", "teams", "into", "in", "against"}),
    ),
    # Data and infrastructure tools.
    "Spark": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"apache", "pyspark", "hadoop"},
        after=_words(
            ["streaming", "sql", "jobs", "job", "cluster", "clusters", "applications", "ml"],
            ["mllib", "pipelines", "pipeline", "scala", "dataframes"],
        ),
        block_before=frozenset({"a", "the", "that", "to", "creative", "which", "who", "will"}),
        block_after=_words(
            ["interest", "joy", "curiosity", "change", "conversation", "conversations"],
            ["innovation", "ideas", "idea", "creativity", "engagement", "growth", "debate"],
            ["discussion", "discussions", "excitement", "enthusiasm", "action", "new", "a"],
            ["the", "of", "in"],
        ),
    ),
    "Chef": Rule(
        "needs_support",
        before=_TECH_BEFORE | {"opscode", "progress"},
        after=_words(
            ["cookbooks", "cookbook", "recipes", "server", "automation", "infra"],
            ["configuration", "solo", "zero"],
        ),
    ),
    "Puppet": Rule(
        "needs_support",
        before=_TECH_BEFORE,
        after=_words(
            ["manifests", "manifest", "modules", "module", "enterprise", "automation"],
            ["configuration", "master", "server"],
        ),
    ),
    "Hive": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"apache", "hadoop"},
        block_before=frozenset({"a", "the", "bee"}),
        block_after=frozenset({"of", "mind", "mentality"}),
    ),
    "YARN": Rule("mid_sentence"),
    "Cassandra": Rule(
        "needs_support",
        before=_TECH_BEFORE | {"apache"},
        after=frozenset({"db", "database", "databases", "cluster", "clusters", "cql"}),
    ),
    "Helm": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"charts", "chart", "releases", "release"}),
        block_before=frozenset({"the", "at", "a", "took"}),
    ),
    "Jenkins": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"pipelines", "pipeline", "jobs", "job", "server", "builds"}),
        block_before=frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}),
    ),
    "Bash": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"scripts", "script", "scripting", "shell"}),
        block_before=frozenset({"a", "the", "annual", "holiday", "birthday", "big"}),
    ),
    # Web frameworks.
    "React": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"native", "components", "component", "hooks", "apps", "applications"}),
        block_before=_VERB_BEFORE | {"and", "quickly", "able"},
        block_after=_words(
            ["to", "quickly", "fast", "swiftly", "accordingly", "appropriately", "promptly"],
            ["calmly", "positively", "well"],
        ),
    ),
    "Angular": Rule("mid_sentence", before=_TECH_BEFORE),
    "Node": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"services", "apps", "applications", "backend", "apis", "api"}),
        block_before=_words(
            ["a", "each", "every", "the", "per", "master", "worker", "leaf", "root", "network"],
            ["edge", "single", "one"],
        ),
        block_after=frozenset({"of", "-"}),
    ),
    "Spring": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"boot", "framework", "mvc", "cloud", "security", "batch"}),
        block_before=frozenset({"this", "last", "next", "early", "late", "during", "of", "the"}),
        block_after=_words(
            ["semester", "term", "break", "season", "quarter", "cleaning", "intake", "graduate"],
            ["graduation", "internship", "/", "-"],
        ),
        block_number_after=True,
    ),
    "Rails": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"ruby"},
        block_before=frozenset({"guard", "safety", "the", "on", "off"}),
    ),
    "Bootstrap": Rule(
        "mid_sentence",
        before=_TECH_BEFORE | {"twitter"},
        block_before=_VERB_BEFORE | {"a", "the"},
        block_after=frozenset({"the", "a", "funding", "-", "new", "our"}),
    ),
    "Postman": Rule("mid_sentence", before=_TECH_BEFORE, block_before=frozenset({"the", "a"})),
    "Unity": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        after=frozenset({"3d", "engine", "games", "game", "developer", "developers"}),
        block_before=frozenset({"in", "of", "and", "the", "team", "promote", "foster", "national"}),
    ),
    "Windows": Rule(
        "mid_sentence",
        before=_TECH_BEFORE,
        block_after=frozenset({"of", "and", "doors"}),
    ),
}

# What "in compliance with" is followed by in legal boilerplate.
_LEGAL_WORDS = _words(
    ["law", "laws", "legislation", "act", "advice", "guidance", "cfr", "statute", "statutes"],
    ["ordinance", "ordinances", "eeo", "eeoc", "title"],
)


def _legal_boilerplate(doc: Doc, span: Span) -> bool:
    """Is the span "in compliance with" followed by a law ("... with federal law")?"""
    if span.start == 0 or doc[span.start - 1].lower_ != "in":
        return False
    if span.end >= len(doc) or doc[span.end].lower_ != "with":
        return False
    return any(t.lower_ in _LEGAL_WORDS for t in doc[span.end + 1 : span.end + 8])


# Nouns after a language or nationality word that make it an adjective of place or origin ("the
# German market", "an Italian espresso machine"), not a language asked for.
_NATIONALITY_NOUNS = _words(
    ["market", "markets", "culture", "cuisine", "food", "espresso", "coffee", "company"],
    ["companies", "customers", "clients", "government", "law", "office", "offices", "startup"],
    ["start-up", "headquarters", "branch", "subsidiary", "economy", "citizens", "nationals"],
    ["residents", "public", "cities", "city", "region", "site", "sites", "locations", "banks"],
    ["insurance", "railway", "football", "engineering", "quality", "speaking", "-speaking"],
)
_LANGUAGE_WORD = Rule("blockers_only", block_after=_NATIONALITY_NOUNS)

# Skill names that are also everyday phrases, matched in any case: keyed by lowercase text.
WORD_RULES: dict[str, Rule] = {
    # "In compliance with federal law, ...": legal boilerplate, not the compliance function
    # ("in compliance with FDA requirements" on a resume is compliance work: kept).
    "compliance": Rule("blockers_only", block_when=_legal_boilerplate),
    # "improve the user experience": an outcome every product team names, not UX design.
    "user experience": Rule(
        "blockers_only",
        block_before=_words(
            ["the", "a", "an", "our", "their", "its", "great", "better", "best", "beautiful"],
            ["seamless", "smooth", "intuitive", "excellent", "overall", "whole", "improved"],
            ["improve", "optimize", "optimise", "enhance", "delightful", "amazing", "consistent"],
            ["exceptional", "outstanding", "superior", "frictionless"],
        ),
    ),
    # A quality software has, not a practice, unless tested, researched or engineered.
    "usability": Rule(
        "needs_support",
        after=_words(
            ["testing", "tests", "test", "research", "engineering", "studies", "study"],
            ["heuristics", "evaluation", "evaluations", "lab", "principles", "design"],
            ["guidelines", "standards", "expert", "engineer", "analysis", "findings", "issues"],
            ["reviews", "audits"],
        ),
        list_support=False,
    ),
    # "social media" is neither the media industry nor publishing.
    "media": Rule("blockers_only", block_before=frozenset({"social", "multi", "mixed", "rich"})),
    # "the government's advice", "UK government guidance": news, not the public sector.
    "government": Rule(
        "blockers_only",
        block_after=_words(
            ["advice", "guidance", "guidelines", "'s", "’s", "restrictions", "mandates"],
            ["announced", "announcement", "recommendations"],
        ),
    ),
    # "our digital transformation", "the digital transformation of banking": the company's own.
    "digital transformation": Rule(
        "blockers_only",
        block_before=frozenset({"our", "their", "its", "your"}),
        block_around=frozenset({("the", "of")}),
    ),
    # "task switching", "context switching": a habit of work, not network switching.
    "switching": Rule("blockers_only", block_before=frozenset({"task", "context", "code"})),
    # "no workday will look the same": a day at work, not the Workday HR system.
    "workday": Rule(
        "blockers_only",
        block_before=_words(
            ["no", "every", "your", "a", "each", "typical", "normal", "our", "my", "the", "one"],
            ["any", "full", "per", "same", "this", "that", "whole", "long", "shorter", "8-hour"],
        ),
    ),
    **{
        word: _LANGUAGE_WORD
        for word in _words(
            ["english", "german", "french", "spanish", "dutch", "italian", "portuguese"],
            ["chinese", "japanese", "mandarin", "polish"],
        )
    },
}


# The LOWER hashes a span's first token has when the span's text is a key of RULES or, in any
# case, of WORD_RULES: every prefix of every key in lowercase (a two-word key's first word, or a
# word split into two tokens). A span whose first token is none of these has no rule.
_RULE_FIRSTS = frozenset(
    get_string_id(key.lower()[:size])
    for key in (*RULES, *WORD_RULES)
    for size in range(1, len(key) + 1)
)


def filter_skill_spans(doc: Doc, spans: Iterable[Span]) -> list[Span]:
    """Keep the longest non-overlapping skill matches, then drop ambiguous words used as words.

    Args:
        doc: The document the spans belong to.
        spans: Raw matches from the span rulers (any order, may overlap).

    Returns:
        The kept spans in document order.
    """
    return filter_ambiguous(doc, longest_spans(list(spans)))


def filter_ambiguous(doc: Doc, chosen: list[Span]) -> list[Span]:
    """Drop the ambiguous words of ``chosen`` (non-overlapping spans in document order, as
    :func:`longest_spans` gives them) that are used as words."""
    if not chosen:
        return []  # nothing to read the Doc for
    bounds = [(span.start, span.end) for span in chosen]
    dropped = ambiguous_dropped(doc, bounds, lexeme_columns(doc)[:, 0].tolist(), chosen.__getitem__)
    return [span for index, span in enumerate(chosen) if index not in dropped]


def ambiguous_dropped(
    doc: Doc,
    bounds: Sequence[tuple[int, ...]],
    lower: Sequence[int],
    span_at: Callable[[int], Span],
) -> set[int]:
    """:func:`filter_ambiguous` on token bounds: the indices of the ``(start, end, ...)`` bounds
    that are ambiguous words used as words.

    Args:
        doc: The Doc of the bounds.
        bounds: Non-overlapping ``(start, end, ...)`` token bounds in document order.
        lower: The Doc's LOWER hashes.
        span_at: The Span of the bounds at an index (made only for the few ambiguous words).

    Returns:
        The indices to drop.
    """
    # A skill whose first token's lowercase form starts no rule's key has no rule: most skills
    # are let go on one set lookup, without slicing and lowering their text (a test compares
    # this with looking every one up).
    firsts = _RULE_FIRSTS
    candidates = [
        index for index, b in enumerate(bounds) if 0 < b[1] - b[0] <= 2 and lower[b[0]] in firsts
    ]
    if not candidates:
        return set()
    # A span's text is a slice of the Doc's text: Span.text builds a Token per token.
    text = doc_text(doc)
    # The spans by end and by start, for the list and run tests.
    near = _Neighbours(
        bounds, {b[1]: i for i, b in enumerate(bounds)}, {b[0]: i for i, b in enumerate(bounds)}
    )
    dropped: set[int] = set()
    for index in candidates:
        span = span_at(index)
        start, end = bounds[index][0], bounds[index][1]
        words = text[span.start_char : span.end_char]
        rule = RULES.get(words) if end - start == 1 else None
        if rule is None:
            rule = WORD_RULES.get(words.lower())
        if rule is not None and not _accept(doc, span, index, rule, near):
            dropped.add(index)
    return dropped


class _Neighbours(NamedTuple):
    """The chosen skills' bounds, and their indices by end and by start."""

    bounds: Sequence[tuple[int, ...]]
    ends: dict[int, int]
    starts: dict[int, int]


def longest_spans(spans: list[Span]) -> list[Span]:
    """What ``spacy.util.filter_spans`` gives (the longest spans that overlap no longer or earlier
    one, in document order), reading each span's bounds once instead of in every comparison."""
    return [spans[i] for i in longest_bounds([(span.start, span.end) for span in spans])]


_END = itemgetter(1)


def longest_bounds(bounds: Sequence[tuple[int, ...]]) -> list[int]:
    """:func:`longest_spans` on ``(start, end, ...)`` token bounds: the indices of the chosen
    ones, in document order (the skill rulers' matches are chosen before any Span is made)."""
    count = len(bounds)
    if count < 2:  # none, or one: chosen (a short document's usual case)
        return list(range(count))
    # Longest first, then earliest, then in the given order (filter_spans' stable sort), on
    # one int per span: sorting ints is several times faster than sorting tuples.
    size = max(map(_END, bounds)) + 1
    order = sorted([((size - b[1] + b[0]) * size + b[0]) * count + i for i, b in enumerate(bounds)])
    taken = bytearray(size)
    chosen: list[int] = []
    for key in order:
        i = key % count
        start, end = bounds[i][0], bounds[i][1]
        if not taken[start] and not taken[end - 1]:
            chosen.append(start * count + i)
            if end - start == 1:
                taken[start] = 1
            else:
                taken[start:end] = b"\x01" * (end - start)
    chosen.sort()  # chosen spans do not overlap: their starts differ
    return [key % count for key in chosen]


def _accept(doc: Doc, span: Span, index: int, rule: Rule, near: _Neighbours) -> bool:
    """Apply one word's rule (to the span of bounds ``index``): blockers, then support, then its
    default policy."""
    token = doc[span.start]
    before = _previous_word(doc, span.start)
    after = _next_word(doc, span.end)
    before_lower = before.lower_ if before is not None else ""
    after_lower = after.lower_ if after is not None else ""

    # 1. Blockers.
    if before_lower in rule.block_before or after_lower in rule.block_after:
        return False
    if rule.block_number_after and after is not None and after.like_num:
        return False
    if rule.initial and _is_initial(doc, span):
        return False
    if (before_lower, after_lower) in rule.block_around:
        return False
    if rule.block_when is not None and rule.block_when(doc, span):
        return False
    if rule.policy == "blockers_only":
        return True

    # 2. Support.
    if rule.list_support and (
        _in_skill_list(doc, span, index, near) or _after_list_heading(doc, span.start)
    ):
        return True
    if before_lower in rule.before or after_lower in rule.after:
        return True

    # 3. Default.
    if rule.policy == "needs_support":
        return False
    return not _sentence_initial(doc, token) and not _title_case_line(doc, token)


def _previous_word(doc: Doc, start: int) -> Token | None:
    """The token before ``start`` on the same line, or None."""
    if start == 0:
        return None
    token = doc[start - 1]
    if token.is_space or "\n" in token.text or "\n" in doc[start - 1].whitespace_:
        return None
    return token


def _next_word(doc: Doc, end: int) -> Token | None:
    """The token after ``end`` on the same line, or None."""
    if end >= len(doc):
        return None
    if "\n" in doc[end - 1].whitespace_:
        return None
    token = doc[end]
    if token.is_space or "\n" in token.text:
        return None
    return token


def _in_skill_list(doc: Doc, span: Span, index: int, near: _Neighbours) -> bool:
    """Is the span (of bounds ``index``) an item of a list of skills ("Python, Go, Java",
    "Go/Python", "C/C++")?"""
    ends, starts = near.ends, near.starts
    # Look left: separator(s) then the end of another skill.
    i = span.start - 1
    seen_separator = False
    while i >= 0 and doc[i].lower_ in LIST_SEPARATORS:
        seen_separator = True
        i -= 1
    if seen_separator and (i + 1) in ends and ends[i + 1] != index:
        return True
    # Look right: separator(s) then the start of another skill.
    j = span.end
    seen_separator = False
    while j < len(doc) and doc[j].lower_ in LIST_SEPARATORS:
        seen_separator = True
        j += 1
    if seen_separator and j in starts and starts[j] != index:
        return True
    return _between_skills(doc, span, index, near)


def _between_skills(doc: Doc, span: Span, index: int, near: _Neighbours) -> bool:
    """Is the span in a run of skills with the separators lost ("Scala Java Go", "C++ Rust Go")?

    Scraped postings often lose the commas of a list. A neighbouring skill on one side is not
    enough ("Agile Teams" is a heading), so the run must go on at the other side too: another
    skill, or the end of the line.
    """
    ends, starts = near.ends, near.starts
    left = span.start in ends and ends[span.start] != index and _same_line(doc, span.start)
    right = span.end in starts and starts[span.end] != index and _same_line(doc, span.end)
    if left and right:
        return True
    if left:
        other = near.bounds[ends[span.start]]
        return _next_word(doc, span.end) is None and other[1] - other[0] == 1
    return False


def _same_line(doc: Doc, boundary: int) -> bool:
    """Do the tokens either side of ``boundary`` sit on the same line, with only a space between?"""
    before = doc[boundary - 1]
    return boundary < len(doc) and before.whitespace_ == " " and not doc[boundary].is_space


def _after_list_heading(doc: Doc, start: int) -> bool:
    """Does the word open a list after a heading such as "Languages:" or "Tech stack -"?"""
    i = start - 1
    if i >= 1 and doc[i].text in {":", "-", "–", "—"}:
        return doc[i - 1].lower_ in LIST_HEADINGS
    return False


def _sentence_initial(doc: Doc, token: Token) -> bool:
    """Is the token the first word of its sentence, bullet or line (leading punctuation skipped)?"""
    i = token.i
    while True:
        current = doc[i]
        if i == 0 or current.is_sent_start:
            return True
        previous = doc[i - 1]
        if "\n" in previous.whitespace_ or "\n" in previous.text:
            return True
        if previous.is_punct or previous.is_space or previous.text in {"•", "*", "·", "○", "▪"}:
            if previous.text in {",", ";", "/", "&"}:
                return False
            i -= 1
            continue
        return False


def _title_case_line(doc: Doc, token: Token) -> bool:
    """Is the token in a short line where most words are capitalised (a heading)?"""
    sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
    words = capitalised = 0
    for t in sent:  # a flattened posting's one sentence may hold thousands of tokens
        if t.is_alpha and "\n" not in t.text:
            words += 1
            if words > 14:
                return False
            capitalised += t.text[0].isupper()
    return words >= 2 and capitalised / words >= 0.7


def _is_initial(doc: Doc, span: Span) -> bool:
    """Is a single letter a person's initial ("John C. Smith", "R. Jones")?"""
    token = doc[span.start]
    dotted = token.text.endswith(".") or (
        span.end < len(doc) and doc[span.end].text == "." and not doc[span.end - 1].whitespace_
    )
    if not dotted:
        return False
    nxt_index = span.end + (0 if token.text.endswith(".") else 1)
    nxt = doc[nxt_index] if nxt_index < len(doc) else None
    if nxt is None or not nxt.is_title or not nxt.is_alpha:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is None or prev.is_title or _sentence_initial(doc, token)
