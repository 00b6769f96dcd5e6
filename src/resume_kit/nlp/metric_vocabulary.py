"""The words the metric finder reads around a number: currencies, units, nouns and action verbs.

Word lists that say what a number measures ("15 projects", "team of 12 engineers", "$2.5M"), what
makes one no metric at all (a version after "Python", a code after "ISO", a month), and the resume
action verbs :func:`~resume_kit.nlp.metrics.find_action_verb` knows in all their forms.
"""

from __future__ import annotations

from resume_kit.model.dates import MONTH_NAMES

__all__ = [
    "ACTION_LEMMA_SET",
    "CODE_PREFIXES",
    "CURRENCY_CODES",
    "CURRENCY_SIGNS",
    "CURRENCY_WORDS",
    "MONTHS",
    "NOT_PLURAL",
    "PEOPLE_NOUNS",
    "QUANTITY_CUES",
    "RANK_WORDS",
    "SERVED_VERBS",
    "STOPWORDS",
    "TEAM_NOUNS",
    "TECH_PREFIXES",
    "TIME_SECONDS",
    "TIME_UNITS",
    "VERB_FORMS",
]


def _words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


CURRENCY_CODES = (
    "USD", "GBP", "EUR", "JPY", "INR", "CAD", "AUD", "NZD", "CHF", "CNY", "RMB", "HKD", "SGD",
    "SEK", "NOK", "DKK", "PLN", "ZAR", "BRL", "MXN", "AED", "SAR", "KRW", "RUB", "TRY", "ILS",
)  # fmt: skip
CURRENCY_SIGNS = {
    "$": "USD", "US$": "USD", "CA$": "CAD", "CAD$": "CAD", "C$": "CAD", "A$": "AUD",
    "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD",
    "R$": "BRL", "MX$": "MXN", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "RS": "INR", "RS.": "INR",
}  # fmt: skip
CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "rupees": "INR"}

# Time units, as written -> the unit reported.
TIME_UNITS = {
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms",
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds",
    "seconds": "seconds", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "minutes": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours",
    "hours": "hours", "day": "days", "days": "days", "wk": "weeks", "wks": "weeks",
    "week": "weeks", "weeks": "weeks", "mo": "months", "mos": "months", "mth": "months",
    "mths": "months", "month": "months", "months": "months", "quarter": "quarters",
    "quarters": "quarters", "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades",
}  # fmt: skip
# Seconds per unit, to put a change's baseline in the unit of its value ("from 2 weeks to 3 days").
TIME_SECONDS = {
    "ms": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800,
    "months": 2629800, "quarters": 7889400, "years": 31557600, "decades": 315576000,
}  # fmt: skip

# Plural nouns that name people: "N <noun>" is a team size.
PEOPLE_NOUNS = _words(
    """people persons individuals staff staffers personnel employees engineers developers
    programmers testers designers analysts architects scientists consultants contractors
    specialists professionals technicians administrators admins managers leads leaders
    supervisors directors coordinators officers associates interns apprentices graduates
    members colleagues workers operators agents representatives reps accountants auditors
    recruiters writers marketers salespeople sellers nurses teachers instructors trainers
    volunteers ftes hires owners coaches mentees"""
)
# Verbs after which people are counted, not led ("trained 200 engineers").
SERVED_VERBS = _words(
    """trained train trains taught teach teaches educated served serve serves reached reach
    reaches supported support supports onboarded onboard interviewed interview surveyed
    upskilled certified hosted engaged attracted registered enrolled mentored coached
    placed"""
)
TEAM_NOUNS = _words(
    "team teams headcount staff department departments organisation organization org group "
    "squad squads unit pmo crew"
)

STOPWORDS = _words(
    """a an the and or nor of to in on at by for from with per than as into onto over under
    across within via is are was were be been being has have had more less each every our my
    their his her its your this that these those which who whom while during after before since
    until up down out off then also not no only all both other such so if but per cent where
    when what how why there here it they we you he she i everything something anything nothing
    everyone someone"""
)
# Words ending in "s" that are not plural nouns.
NOT_PLURAL = _words(
    """this its has was is does goes yes plus thus across unless always perhaps sometimes
    besides whereas towards afterwards backwards upwards downwards as us less news lens gas bus
    various numerous previous serious continuous hours days weeks months years its whose
    series means thousands millions billions hundreds dozens tens amounts"""
)

MONTHS = MONTH_NAMES
# A number right after one of these is a version, standard, code or identifier, not a metric.
TECH_PREFIXES = _words(
    """python java javascript js ecmascript es typescript php ruby rails perl scala kotlin swift
    go golang rust node nodejs angular angularjs react vue django laravel spring bootstrap
    webpack jquery windows macos osx ios android ubuntu debian centos rhel fedora linux
    office excel word outlook sharepoint exchange dynamics sql mysql postgresql postgres oracle
    mongodb redis elasticsearch kubernetes docker terraform jira confluence html css http https
    tls ssl ipv wi-fi wifi bluetooth usb hdmi visual studio server sap salesforce tableau
    netsuite oauth saml unity unreal cobol fortran matlab delphi dotnet .net asp.net powershell
    bash ecma itil prince prince2 pmbok safe togaf cobit c# f# c++ vb cisco juniper aruba
    fortinet netgear dell hp ibm lenovo netapp emc polycom avaya nortel meraki catalyst nexus asa
    poweredge proliant"""
)
CODE_PREFIXES = _words(
    """iso iec soc pci dss section rfc ieee nist sp cfr article art annex title part hipaa gdpr
    fips level tier layer grade band phase stage step sprint version ver release rel build update
    edition gen generation series model type room suite unit apt apartment floor box po route
    highway exit chapter page figure fig table item class form no number id cert certificate
    license licence credential ref reference case ticket issue pr order invoice account acct
    ext tel phone mobile fax cell zip postcode course module lot v week month day year quarter
    q fy h x"""
)
# Words that make a number that looks like a year a quantity ("over 2000 users").
QUANTITY_CUES = _words(
    "over than nearly about approximately approx around almost some roughly circa to least"
)
RANK_WORDS = _words(
    """performer performers seller sellers producer producers salesperson salespeople rep reps
    finisher finishers earner earners employee employees consultant consultants engineer
    engineers manager managers candidate candidates ranked ranking rankings agent agents
    representative representatives associate associates student students participant
    participants contestant contestants finalist finalists player players"""
)


def _regular_forms(lemma: str, double: bool) -> list[str]:
    """Third person, past and -ing forms of a regular English verb."""
    stem = lemma + lemma[-1] if double else lemma
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith(("ee", "ye", "oe")):
        ing = lemma + "ing"
    elif lemma.endswith("e"):
        ing = lemma[:-1] + "ing"
    else:
        ing = stem + "ing"
    forms = [third, past, ing]
    if double and lemma.endswith("l"):  # US spelling keeps one l: "modeled", "labeling"
        forms += [lemma + "ed", lemma + "ing"]
    return forms


# Resume action verbs (lemmas). Past tense is the norm in bullets; present, third person and -ing
# forms are listed too ("Lead a team of 5", "Leads...", "Leading...").
_ACTION_LEMMAS = """
accelerate accomplish achieve acquire adapt administer advise advocate align allocate analyse
analyze architect assess attain audit automate boost budget build champion chair coach
collaborate compile complete conceive conceptualize conduct consolidate consult convert
coordinate create cultivate curate cut debug decommission decrease define delegate deliver
deploy design develop devise diagnose digitise digitize direct document double draft drive earn
educate eliminate enable engineer enhance establish evaluate exceed execute expand expedite
facilitate forecast forge formulate found gain generate grow guide halve handle head hire
identify implement improve increase influence initiate innovate inspire install institute
integrate introduce invent launch lead lower maintain manage mastermind maximise maximize
mentor migrate minimise minimize mobilise mobilize model modernise modernize monitor motivate
navigate negotiate onboard operate optimise optimize orchestrate organise organize outperform
outsource overhaul oversee own partner pilot pioneer plan prepare present prioritise prioritize
produce program prototype publish raise rationalise rationalize rebuild recommend reconcile
recover recruit redesign reduce reengineer refactor refine remediate renegotiate reorganise
reorganize replace research resolve restructure retain revamp revitalise revitalize run save
scale schedule scope secure sell shape shorten ship simplify slash solve source spearhead
sponsor stabilise stabilize standardise standardize steer streamline strengthen structure
supervise support surpass sustain teach test track train transform transition triple
troubleshoot unify upgrade validate win write
""".split()  # noqa: SIM905 (order matters: first lemma wins a shared form)
_DOUBLED = _words(
    "plan ship control program model equip cancel label level commit submit scrap top"
)
_IRREGULAR = {
    "build": ["built"], "cut": ["cut"], "drive": ["drove", "driven"], "grow": ["grew", "grown"],
    "lead": ["led"], "oversee": ["oversaw", "overseen"], "rebuild": ["rebuilt"],
    "run": ["ran", "running"], "sell": ["sold"], "teach": ["taught"], "win": ["won", "winning"],
    "write": ["wrote", "written"], "forge": ["forged"],
}  # fmt: skip


def _verb_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in _ACTION_LEMMAS:
        forms.setdefault(lemma, lemma)
        if lemma in _IRREGULAR:
            regular = [lemma + "s", lemma + "es" if lemma.endswith("ch") else lemma + "s"]
            regular.append(_regular_forms(lemma, double=lemma in _DOUBLED)[2])
            candidates = [*_IRREGULAR[lemma], *regular]
        else:
            candidates = _regular_forms(lemma, double=lemma in _DOUBLED)
        for form in candidates:
            forms.setdefault(form, lemma)
    del forms["found"]  # "Found 3 bugs" is "find"; only "founded" means "found"
    forms["cutting"] = "cut"
    forms["leads"] = "lead"
    return forms


# Every form of an action verb -> its lemma ("led" -> "lead", "Reducing" lowercased -> "reduce").
VERB_FORMS = _verb_forms()
ACTION_LEMMA_SET = frozenset(_ACTION_LEMMAS)
