"""Safe output files: their names, atomic writes, and a set written whole or not at all.

A file is either complete or absent, never half-written; an existing file is kept unless the
caller forces; a symlink at the target is replaced, never followed.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from resume_kit.errors import OutputError
from resume_kit.resources import templates_file

__all__ = [
    "SLUG_MAX",
    "STARTER_TEMPLATES",
    "copy_templates",
    "output_stem",
    "slugify",
    "write_atomic",
    "write_outputs",
]


SLUG_MAX = 60


def slugify(text: str, *, max_length: int = SLUG_MAX, fallback: str = "document") -> str:
    """A safe file-name part: lowercase ASCII letters, digits and single hyphens.

    Accents are dropped to their base letter ("Montréal" -> "montreal"); the result is cut at a
    hyphen to at most ``max_length`` characters, and is never empty (``fallback``), never ``..``
    and never holds a path separator.

    Args:
        text: Any text (a name, a company).
        max_length: The longest result.
        fallback: What to return when nothing usable is left.

    Returns:
        The slug.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-") or fallback


def output_stem(candidate: str | None, company: str | None) -> str:
    """The common file-name prefix: ``jordan-rivera-acme-health`` (never empty)."""
    parts = [slugify(part, fallback="") for part in (candidate or "", company or "")]
    joined = "-".join(part for part in parts if part)
    return slugify(joined, fallback="candidate")


def _refuse_existing(paths: Iterable[Path]) -> None:
    for path in paths:
        if os.path.lexists(path):
            raise OutputError(
                "already exists; use --force (force=True) to overwrite it, or choose another "
                "output folder",
                path=path,
            )


def write_atomic(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write a file so that it is either complete or absent, never half-written.

    The bytes go to a temporary file in the same folder, are flushed to disk, then take the
    file's name in one step. A symlink at ``path`` is replaced, never followed.

    Args:
        path: Where to write.
        data: The content.
        force: Overwrite an existing file (or symlink); otherwise that is an error.

    Returns:
        The path written.

    Raises:
        OutputError: The file exists and ``force`` is False, or it cannot be written.
    """
    target = Path(path)
    if not force:
        _refuse_existing([target])
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        if force:
            os.replace(temporary, target)  # rename(2) replaces a symlink itself, not its target
        else:
            try:
                os.link(temporary, target)  # fails if the name was taken meanwhile
            except FileExistsError:
                raise OutputError(
                    "already exists; use --force (force=True) to overwrite it", path=target
                ) from None
            except OSError:  # a file system without hard links: check-then-rename
                _refuse_existing([target])
                os.replace(temporary, target)
    except OSError as exc:
        raise OutputError(f"cannot write the file: {exc.strerror or exc}", path=target) from None
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)
    _fsync_folder(target.parent)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_outputs(
    files: Mapping[str, bytes], outdir: str | os.PathLike[str], *, force: bool = False
) -> list[Path]:
    """Write several finished files into a folder, checking them all before writing any.

    Args:
        files: File name (no folder part) -> content.
        outdir: The folder; created when missing.
        force: Overwrite existing files.

    Returns:
        The paths written, in the order given.

    Raises:
        OutputError: A name is unsafe, a file exists without ``force``, or writing failed. If
            writing fails or is interrupted part way, the files this call created are removed.
    """
    folder = Path(outdir)
    for name in files:
        if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
            raise OutputError(f"unsafe output file name {name!r}")
    targets = [folder / name for name in files]
    if not force:
        _refuse_existing(targets)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder: {exc.strerror or exc}", path=folder
        ) from None
    if not folder.is_dir():
        raise OutputError("is not a folder; choose another --outdir", path=folder)
    written: list[Path] = []
    created: list[Path] = []
    try:
        for target in targets:
            existed = os.path.lexists(target)
            written.append(write_atomic(target, files[target.name], force=force))
            if not existed:
                created.append(target)
    except BaseException:
        # Ctrl-C, a crash or a full disk in the third file: remove the files this call created,
        # so a run leaves its whole set or nothing new (files replaced under force stay replaced).
        for path in created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    return written


# What `resume-kit init-templates` copies: the documents' templates, the Word styles they are
# written with, the example Word design for --docx-template, and the variables' documentation.
STARTER_TEMPLATES = (
    "resume.md.j2",
    "cover_letter.md.j2",
    "interview_prep.md.j2",
    "reference.docx",
    "resume-template.docx",
    "README.md",
)


def copy_templates(folder: str | os.PathLike[str], *, force: bool = False) -> list[Path]:
    """Copy the shipped templates into ``folder`` for a user to edit.

    Args:
        folder: Where to put them; created when missing.
        force: Overwrite files of the same names already there.

    Returns:
        The paths written.

    Raises:
        OutputError: A file exists (without ``force``) or the folder cannot be written.
    """
    shipped = {name: templates_file(name).read_bytes() for name in STARTER_TEMPLATES}
    return write_outputs(shipped, folder, force=force)
