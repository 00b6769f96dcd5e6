"""Build templates/resume-template.docx: the annotated example for ``--docx-template``.

A Word resume laid out with the ``classic`` styles (scripts/make_reference_docx.py) whose text is
docxtpl / Jinja tags over the tailored resume's variables (templates/README.md lists them all).
Notes for the person adapting it are ``{#p ... #}`` paragraphs: docxtpl removes them from the
output, so the filled resume carries no trace of them. Copy the file, restyle it in Word (fonts,
colours, spacing, a header), keep the tags, and pass it with ``resume-kit tailor --docx-template``.

The output is byte-for-byte reproducible (fixed core properties and zip timestamps)::

    python scripts/make_resume_template.py          # rewrites templates/resume-template.docx
    python scripts/make_resume_template.py --check  # exits 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from io import BytesIO

import docx
from make_reference_docx import CLASSIC, FIXED, TEMPLATES, build, fixed_zip

OUT = TEMPLATES / "resume-template.docx"

# (text, paragraph style or "bold" / "italic" for a Normal paragraph), in document order.
# docxtpl ends a "{#p" note at the first "}" or "#", so notes contain neither.
BLOCKS: list[tuple[str, str | None]] = [
    (
        "{#p NOTE: resume_kit example Word template. Everything in double curly braces is "
        "filled in by resume-kit tailor --docx-template; paragraphs holding only a tag that "
        "starts with p (a paragraph tag, like this note) disappear from the output. Restyle "
        "freely in Word: the output keeps this file's fonts, colours, margins, headers and "
        "footers. The variables are listed in templates/README.md. #}",
        None,
    ),
    ("{{ name }}", "Heading 1"),
    ("{%p if headline %}", None),
    ("{{ headline }}", "bold"),
    ("{%p endif %}", None),
    (
        "{#p NOTE: contact is a list of items with text and url; url is empty for a phone "
        "number or a city. The line below joins them with a bar. #}",
        None,
    ),
    (
        "{% for item in contact %}{{ item.text }}{% if not loop.last %}  |  {% endif %}"
        "{% endfor %}",
        None,
    ),
    (
        "{#p NOTE: sections holds every section of the tailored resume in order: the summary, "
        "the core competencies, then each section of the resume with its own heading. Each "
        "section has a kind, a heading and blocks; a block is a role (title, employer, location, "
        "dates, bullets), a bullet or a paragraph (text). #}",
        None,
    ),
    ("{%p for section in sections %}", None),
    ("{%p if section.heading %}", None),
    ("{{ section.heading }}", "Heading 2"),
    ("{%p endif %}", None),
    (
        "{#p NOTE: the competencies section has no blocks: print the competencies list, the "
        "requirements of the posting the resume shows, in the posting's order and wording. #}",
        None,
    ),
    ("{%p if section.kind == 'competencies' %}", None),
    ("{{ competencies | join('  |  ') }}", None),
    ("{%p endif %}", None),
    ("{%p for block in section.blocks %}", None),
    ("{%p if block.kind == 'role' %}", None),
    (
        "{#p NOTE: a role, in the order of the resume. Its bullets are the resume's own, most "
        "relevant to the posting first. Keep each loop tag alone in its paragraph. #}",
        None,
    ),
    ("{%p if block.title or block.employer %}", None),
    ("{{ [block.title, block.employer] | select | join(', ') }}", "Heading 3"),
    ("{%p endif %}", None),
    ("{%p if block.location or block.dates %}", None),
    ("{{ [block.location, block.dates] | select | join('  |  ') }}", "italic"),
    ("{%p endif %}", None),
    ("{%p for bullet in block.bullets %}", None),
    ("{{ bullet }}", "List Bullet"),
    ("{%p endfor %}", None),
    ("{%p elif block.kind == 'bullet' %}", None),
    ("{{ block.text }}", "List Bullet"),
    ("{%p else %}", None),
    ("{{ block.text }}", None),
    ("{%p endif %}", None),
    ("{%p endfor %}", None),
    ("{%p endfor %}", None),
]


def build_template() -> bytes:
    """Return the example template's bytes (the classic styles, body replaced by tags)."""
    document = docx.Document(BytesIO(build(CLASSIC)))
    for text, style in BLOCKS:
        if style in ("bold", "italic"):
            run = document.add_paragraph().add_run(text)
            setattr(run, style, True)
        else:
            document.add_paragraph(text, style=style)
    properties = document.core_properties
    properties.title = "resume_kit example Word template"
    properties.comments = (
        "Example template for resume-kit tailor --docx-template (scripts/make_resume_template.py)"
    )
    properties.created = properties.modified = FIXED
    properties.last_printed = FIXED
    raw = BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args()
    data = build_template()
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} is out of date: run python scripts/make_resume_template.py")
            return 1
        print(f"{OUT} is up to date")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
