"""The words of resume headings: what people write above each section, in several languages.

``RESUME_HEADINGS`` maps each section kind to the headings written for it (English first, then
the common German, French, Spanish, Portuguese and Chinese ones); they are compared through
:func:`heading_key` (lower case, accents dropped, "&" and "/" read as "and", punctuation gone), so
"Expérience professionnelle", "EXPERIENCE PROFESSIONNELLE:" and "Experience professionnelle" are
one entry. ``HEAD_NOUNS`` names the kind of a heading that is none of those but ends in, or
leads with, a section noun ("Research Experience", "Skill Areas", "Courses and Certificates").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from resume_kit.model.documents import ResumeSection, SectionName

__all__ = [
    "DOCUMENT_TITLES",
    "HEAD_NOUNS",
    "MODIFIERS",
    "POSTING_MODIFIERS",
    "RESUME_HEADINGS",
    "compact_key",
    "heading_key",
]

RESUME_HEADINGS: dict[ResumeSection, tuple[str, ...]] = {
    "contact": (
        "contact", "contacts", "contact information", "contact info", "contact details",
        "personal information", "personal details", "personal data", "personal info",
        # a list of profiles and sites is contact details too
        "links", "online profiles", "social", "social media", "online", "profiles",
        # de / fr / es / pt / zh
        "kontakt", "kontaktdaten", "persönliche daten", "persönliche angaben", "stammdaten",
        "coordonnées", "état civil", "informations personnelles", "contacto", "datos personales",
        "información personal", "contato", "contatos", "dados pessoais", "informações pessoais",
        "联系方式", "个人信息", "基本信息",
    ),
    "summary": (
        "summary", "professional summary", "career summary", "executive summary",
        "summary of qualifications", "qualifications summary", "profile", "professional profile",
        "career profile", "personal profile", "about me", "about", "objective",
        "career objective", "professional objective", "personal statement", "overview",
        "professional overview", "career overview", "highlights", "career highlights",
        "career focus", "introduction",
        "who i am", "what i do", "my story", "bio", "biography", "goal", "goals",
        "über mich", "profil", "kurzprofil", "persönliches statement", "zusammenfassung",
        "à propos", "à propos de moi", "résumé", "objectif", "objectifs", "perfil",
        "perfil profesional", "resumen", "resumen profesional", "sobre mí", "objetivo",
        "perfil profissional", "resumo", "sobre mim", "自我评价", "个人简介", "个人总结",
        "自我介绍", "求职意向",
    ),
    "experience": (
        "experience", "experiences", "professional experience", "work experience",
        "relevant experience", "work history", "employment", "employment history",
        "career history", "professional history", "professional background", "positions held",
        "experience summary", "research", "where i've worked", "where i have worked", "career",
        "my career", "jobs", "work", "industry experience", "professional career",
        "berufserfahrung", "berufstätigkeit", "beruflicher werdegang", "werdegang",
        "praxiserfahrung", "berufliche erfahrung", "expérience", "expériences",
        "expérience professionnelle", "expériences professionnelles", "parcours professionnel",
        "experiencia", "experiencia profesional", "experiencia laboral", "trayectoria profesional",
        "experiência", "experiência profissional", "histórico profissional", "工作经历",
        "工作经验", "工作背景", "实习经历", "职业经历",
    ),
    "education": (
        "education", "education and training", "education and certifications",
        "education and qualifications", "academic background", "academic qualifications",
        "educational background", "academic history", "academic", "academics", "studies",
        "qualifications", "educational qualifications", "educational qualification",
        "academic qualification", "professional qualifications", "schooling",
        "ausbildung", "akademische ausbildung", "bildung", "bildungsweg", "schulbildung",
        "studium", "hochschulbildung", "formation", "formations", "formation suivie",
        "éducation", "études", "parcours académique", "educación", "formación",
        "formación académica", "estudios", "educação", "formação", "formação acadêmica",
        "escolaridade", "教育背景", "教育经历", "学历",
    ),
    "skills": (
        "skills", "skill", "technical skills", "key skills", "core skills", "core competencies",
        "key competencies", "competencies", "areas of expertise", "expertise",
        "technical expertise", "skills and abilities", "skills and competencies", "skills summary",
        "skill set", "skillset", "technical proficiencies", "tools", "tools and technologies",
        "technologies", "tools and methodologies", "methodologies and tools",
        "professional skills", "skill highlights", "skills highlights", "strengths",
        "core strengths", "computer skills", "it skills",
        "summary of skills", "what i know", "tech stack", "toolbox", "abilities",
        "kenntnisse", "fähigkeiten", "fachkenntnisse", "sonstige kenntnisse", "it kenntnisse",
        "edv kenntnisse", "kompetenzen", "fertigkeiten", "erfahrung und kenntnisse",
        "compétences", "compétences techniques", "informatique", "savoir faire",
        "habilidades", "competencias", "conocimientos", "aptitudes", "habilidades técnicas",
        "competências", "conhecimentos", "专业技能", "技能", "个人技能", "计算机技能",
        "技术能力", "技能特长",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "licenses and certifications",
        "licences and certifications", "certifications and licenses",
        "certifications and licences", "professional certifications", "professional development",
        "certifications and training", "training and certifications", "training", "credentials",
        "professional credentials", "accreditations", "courses and certificates",
        "licenses", "licences", "zertifikate", "zertifizierungen", "weiterbildung",
        "weiterbildungen", "zusatzqualifikationen", "fortbildungen", "certificats",
        "certificaciones", "certificados", "certificações", "证书", "资格证书",
    ),
    "projects": (
        "projects", "key projects", "selected projects", "notable projects",
        "project highlights", "project portfolio", "personal projects", "side projects",
        "projekte", "private projekte", "projets", "proyectos", "projetos",
        "项目经历", "项目经验",
    ),
    "other": (
        "awards", "honors", "honours", "awards and honors", "awards and honours",
        "honors and awards",
        "volunteer", "volunteering", "volunteer experience",
        "volunteer work", "community involvement", "community", "languages", "language",
        "interests", "hobbies", "hobbies and interests", "interests and hobbies", "references",
        "referees",
        "publications", "affiliations", "professional affiliations", "memberships",
        "professional memberships", "activities", "extracurricular activities",
        "additional information", "other information", "patents", "presentations",
        "conferences", "speaking", "talks", "invited talks", "military service",
        "security clearance", "clearance", "achievements", "key achievements",
        "selected achievements", "accomplishments", "key accomplishments",
        "career achievements", "notable achievements", "recommendations", "testimonials",
        "coursework", "relevant coursework", "courses", "miscellaneous", "misc", "extra",
        "sprachen", "sprachkenntnisse", "interessen", "hobbys", "hobbies und interessen",
        "auszeichnungen", "publikationen", "veröffentlichungen", "ehrenamt", "referenzen",
        "sonstiges", "language skills", "languages skills", "langues", "langues étrangères",
        "langues nationales", "loisirs",
        "centres d'intérêt", "centres d'intérêts", "distinctions", "bénévolat", "idiomas",
        "intereses", "logros", "premios", "publicaciones", "voluntariado", "referencias",
        "informações adicionais", "interesses", "prêmios", "个人兴趣", "兴趣爱好",
        "语言技能", "语言能力", "获奖情况", "荣誉奖项", "其他",
    ),
}  # fmt: skip

# What a resume calls itself at its top: neither a heading nor the candidate's name.
DOCUMENT_TITLES = frozenset(
    [
        "resume",
        "curriculum vitae",
        "curriculum vitæ",
        "cv",
        "lebenslauf",
        "my resume",
        "my cv",
        "resume of",
        "curriculum",
        "vita",
        "简历",
        "个人简历",
    ]
)

# Section nouns naming the kind of a styled heading outside the table ("Research Experience",
# "Teaching Methodologies & Assessment Tools"): the first such noun decides.
HEAD_NOUNS: dict[str, SectionName] = {
    "experience": "experience",
    "experiences": "experience",
    "history": "experience",
    "employment": "experience",
    "positions": "experience",
    "internship": "experience",
    "internships": "experience",
    "skills": "skills",
    "skill": "skills",
    "competencies": "skills",
    "expertise": "skills",
    "strengths": "skills",
    "technologies": "skills",
    "tools": "skills",
    "proficiency": "skills",
    "proficiencies": "skills",
    "education": "education",
    "qualification": "education",
    "qualifications": "education",
    "degrees": "education",
    "certifications": "certifications",
    "certification": "certifications",
    "certificates": "certifications",
    "licenses": "certifications",
    "training": "certifications",
    "projects": "projects",
    "summary": "summary",
    "profile": "summary",
    "objective": "summary",
    "awards": "other",
    "honors": "other",
    "honours": "other",
    "achievements": "other",
    "accomplishments": "other",
    "publications": "other",
    "presentations": "other",
    "talks": "other",
    "memberships": "other",
    "affiliations": "other",
    "volunteering": "other",
    "volunteer": "other",
    "languages": "other",
    "interests": "other",
    "hobbies": "other",
    "references": "other",
    "referees": "other",
    "knowledge": "skills",
    "activities": "other",
    "volunteerism": "other",
    "patents": "other",
    "erfahrung": "experience",
    "experiencia": "experience",
    "competences": "skills",
    "kenntnisse": "skills",
}

# Words that may stand beside a section noun in a heading ("Relevant IT Project Experience");
# a line made only of these and a section noun is a heading even when it is no table entry.
# A posting's headings take these; a resume's (below) take many more.
POSTING_MODIFIERS = frozenset(
    ["professional", "relevant", "work", "technical", "key", "core", "selected", "select",
     "additional", "other", "career", "employment", "it", "project", "projects", "management",
     "program", "leadership", "industry", "recent", "previous", "prior", "notable", "major",
     "academic", "formal", "software", "business", "personal", "agile", "related", "applicable",
     "consulting", "military", "job", "role", "position", "basic", "minimum", "required",
     "preferred", "essential", "main", "specific", "general"]
)  # fmt: skip
MODIFIERS = POSTING_MODIFIERS | frozenset(
    ["research", "teaching",
     "educational", "computer", "language", "languages", "areas", "area", "and", "of", "my",
     "special", "hands", "on", "international", "volunteer", "community", "invited",
     "development", "society", "honors", "awards", "safety", "shutdown", "turnaround",
     "writing", "assessment", "methodologies", "engineering", "design", "data", "web",
     "programming", "training", "trainings", "courses", "certifications", "internship",
     "teaching", "full", "time", "part", "freelance", "contract", "consultancy", "open",
     "source", "selected", "side", "personal", "university", "college", "school", "graduate",
     "undergraduate", "other", "further", "continuing", "soft", "hard", "interpersonal",
     "communication", "analytical", "digital", "cloud", "domain", "functional", "summary",
     # the same modifiers in German, French, Spanish and Portuguese
     "professionnelle", "professionnelles", "professionnel", "professionnels", "techniques",
     "technique", "profesional", "laboral", "tecnicas", "profissional", "academique",
     "academica", "academico", "berufliche", "beruflicher", "akademische", "fachliche", "y",
     "et", "und", "e", "de"]
)  # fmt: skip

_CJK_AND_RE = re.compile(r"(?<=[\u4e00-\u9fff])[和与及、](?=[\u4e00-\u9fff])")
_NOT_KEY_CHARS_RE = re.compile(r"[^\w' ]+|[\d_]+")
# The ASCII bytes a key keeps (letters, "'" and the space); the others become a space.
_ASCII_KEY_BYTES = bytes(
    code if chr(code).isascii() and (chr(code).isalpha() or chr(code) in "' ") else 32
    for code in range(256)
)


def heading_key(text: str) -> str:
    """A heading as compared with the tables: lower case, no accents, words only.

    Args:
        text: The heading as written ("Expérience & Formation:").

    Returns:
        Its key ("experience and formation").
    """
    # Every line is keyed for both vocabularies, and the same headings recur from text to text:
    # short ones (all real headings) are remembered.
    return _short_heading_key(text) if len(text) <= 200 else _compute_heading_key(text)


@lru_cache(maxsize=8192)
def _short_heading_key(text: str) -> str:
    return _compute_heading_key(text)


def _compute_heading_key(text: str) -> str:
    text = text.strip().strip("#*_=").strip().rstrip(":：").strip()
    text = text.replace("’", "'").replace("‘", "'").casefold()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = text.replace("&", " and ").replace("/", " and ").replace("+", " and ")
    if not text.isascii():  # "专业技能和语言能力": Chinese joins two headings with 和, 与, 及, 、
        text = _CJK_AND_RE.sub(" and ", text)
    if text.isascii():
        # _NOT_KEY_CHARS_RE's work on an ASCII text: every byte but a letter, "'" or a space
        # made a space, by one table (the pattern was tried at every character: 3x slower).
        return " ".join(text.encode("ascii").translate(_ASCII_KEY_BYTES).decode("ascii").split())
    text = text.replace("-", " ")
    text = _NOT_KEY_CHARS_RE.sub(" ", text)
    return " ".join(text.split())


def compact_key(key: str) -> str:
    """A key without spaces: how a letter-spaced heading ("E D U C A T I O N") is compared."""
    return key.replace(" ", "").replace("'", "")
