"""What can still be read from a damaged ZIP archive (a .docx): one part, as far as it goes.

A .docx cut short by a download that stopped has lost the archive's directory, which sits at the
end of the file, so :mod:`zipfile` cannot open it; but each part is stored behind a local header
of its own, and the parts Word writes first (the document among them) are often whole. A part
whose bytes were flipped decompresses up to the damage. Here a part is read from the directory
when there is one, else found by its local header, and decompressed until the data ends or
breaks, within the ``max_unzipped_bytes`` limit.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from resume_kit.read.limits import Limits, over_limit

__all__ = ["read_part"]

_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # signature ... compressed size, size, name, extra
_SIGNATURE = b"PK\x03\x04"
_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


def read_part(data: bytes, part: str, limits: Limits, *, path: str) -> tuple[bytes, bool] | None:
    """The bytes of the archive member ``part``, and whether they are complete.

    Args:
        data: The archive, possibly cut short or corrupt.
        part: The member's name, such as ``word/document.xml``.
        limits: ``max_unzipped_bytes`` bounds the bytes decompressed.
        path: The file, for a limit error.

    Returns:
        The bytes read and True when the member was read to its end without an error; None when
        the member cannot be found.

    Raises:
        LimitExceededError: The member decompresses to more than ``max_unzipped_bytes``.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):  # no directory: the file was cut short
        return _from_local_header(data, part, limits, path)
    with archive:
        try:
            stream = archive.open(part)
        except (KeyError, zipfile.BadZipFile, NotImplementedError, OSError, ValueError):
            return None
        out = bytearray()
        try:
            with stream:
                while chunk := stream.read(_CHUNK):
                    _grow(out, chunk, limits, path)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):  # kept what came before
            return bytes(out), False
        return bytes(out), True


def _from_local_header(
    data: bytes, part: str, limits: Limits, path: str
) -> tuple[bytes, bool] | None:
    """Find ``part`` by its local header and decompress what follows it."""
    wanted = part.encode()
    position = data.find(_SIGNATURE)
    while 0 <= position <= len(data) - _LOCAL_HEADER.size:
        fields = _LOCAL_HEADER.unpack_from(data, position)
        flags, method, size = fields[2], fields[3], fields[7]
        name_length, extra_length = fields[9], fields[10]
        name_start = position + _LOCAL_HEADER.size
        if data[name_start : name_start + name_length] == wanted:
            start = name_start + name_length + extra_length
            return _inflate(data[start:], method, size if not flags & 0x08 else 0, limits, path)
        # Sizes may be missing from the header (they follow the data), so search, don't skip.
        position = data.find(_SIGNATURE, position + 4)
    return None


def _inflate(
    data: bytes, method: int, size: int, limits: Limits, path: str
) -> tuple[bytes, bool] | None:
    out = bytearray()
    if method == zipfile.ZIP_STORED:
        body = data[:size] if size else data
        _grow(out, body, limits, path)
        return bytes(out), bool(size) and len(body) == size
    if method != zipfile.ZIP_DEFLATED:
        return None
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        for start in range(0, len(data), _CHUNK):
            # At most _OUT_CHUNK bytes out per call: a zip bomb is counted as it grows.
            _grow(out, inflater.decompress(data[start : start + _CHUNK], _OUT_CHUNK), limits, path)
            while inflater.unconsumed_tail and not inflater.eof:
                _grow(out, inflater.decompress(inflater.unconsumed_tail, _OUT_CHUNK), limits, path)
            if inflater.eof:
                break
    except zlib.error:
        return bytes(out), False
    return bytes(out), inflater.eof


def _grow(out: bytearray, chunk: bytes, limits: Limits, path: str) -> None:
    out += chunk
    limit = limits.max_unzipped_bytes
    if len(out) > limit:
        raise over_limit(
            "max_unzipped_bytes", f"unzips to over {limit:,} bytes", limit, "byte", path=path
        )
