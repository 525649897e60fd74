"""Bytes to text: the encoding of an input, told by a byte-order mark, a declaration, UTF-8
itself, or a detector (charset-normalizer), in that order; or forced with ``--encoding``.

News archives hold Latin-1 exports, Windows-1252 pages and UTF-16 files saved by office
software; refusing them loses articles, and guessing wrong garbles them. UTF-8 is tried first
because it is what most inputs are and because a non-ASCII text that decodes as UTF-8 is UTF-8
with near certainty; the detector is asked only when it fails, and only on a sample (the head
and the place where UTF-8 broke), so its cost does not grow with the input.
"""

from __future__ import annotations

import codecs
import re

from storyline.errors import InputError, UsageError

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The detector reads this much from the head and around the first byte UTF-8 refused.
SAMPLE = 65_536
# A tie between single-byte encodings is a text whose bytes read the same in each (the
# detector cannot tell them apart): the Western default names it.
_PREFERRED = ("cp1252", "utf_8")
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z0-9._:-]{2,40})""",
    re.IGNORECASE,
)


def codec(name: str) -> str:
    """The Python codec of an encoding name, or a usage error naming it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {name!r} (e.g. utf-8, latin-1, cp1252)") from None


def bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, if there is one."""
    for mark, name in BOMS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def declared(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names in the head, if any."""
    found = _DECLARED.search(data[:4096])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(
    data: bytes, origin: str, encoding: str | None = None, hint: str | None = None
) -> str | InputError:
    """The text of ``data``, or an error naming the input and the problem.

    ``encoding`` (``--encoding``) is obeyed; otherwise a byte-order mark, then UTF-8, then
    ``hint`` (a charset the input declares: HTML, XML, an HTTP header), then the detector.
    """
    if encoding is not None:
        return _strict(data, origin, encoding)
    marked = bom(data)
    if marked is not None:
        return _strict(data[marked[1] :], origin, marked[0])
    if b"\x00" in data[:8192]:  # no text has NULs, but UTF-16/32 without a mark does
        wide = detect(data)
        if wide is None or not wide.startswith(("utf-16", "utf-32")):
            return InputError(origin, "binary file, not text")
        return _strict(data, origin, wide)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        broken = exc.start
    for name in (hint, detect(data, broken)):
        if name is not None and name != "utf-8":
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    where = data[broken : broken + 1].hex()
    return InputError(
        origin, f"not UTF-8 (byte 0x{where} at offset {broken}) and no other encoding fits;"
        " name one with --encoding",
    )


def detect(data: bytes, broken: int = 0) -> str | None:
    """charset-normalizer's best encoding for a sample of ``data`` (None: nothing fits).

    UTF-16/32 are ruled out for data without NUL bytes (the detector otherwise reads some
    East Asian texts as UTF-16), and among equally good single-byte encodings the common
    Western one is preferred, since they read the sample alike.
    """
    from charset_normalizer import from_bytes

    sample = data[:SAMPLE]
    if broken > SAMPLE:
        sample += b"\n" + data[max(SAMPLE, broken - SAMPLE // 2) : broken + SAMPLE // 2]
    wide = b"\x00" in sample
    matches = [m for m in from_bytes(sample) if wide or not m.encoding.startswith("utf_16")]
    matches = [m for m in matches if wide or not m.encoding.startswith("utf_32")]
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((name for name in _PREFERRED if name in tied), best.encoding)
    return codecs.lookup(chosen).name


def _strict(data: bytes, origin: str, encoding: str) -> str | InputError:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        where = data[exc.start : exc.start + 1].hex()
        return InputError(origin, f"not valid {encoding} (byte 0x{where} at offset {exc.start})")


class LineDecoder:
    """Decodes the lines of one streamed file (JSON Lines): UTF-8 line by line, and once a
    line is not, the encoding the detector finds for it, for that line and the rest."""

    def __init__(self, origin: str, encoding: str | None = None) -> None:
        self.origin = origin
        self.encoding = encoding

    def __call__(self, raw: bytes, number: int) -> str | InputError:
        if self.encoding is None:
            try:
                return raw.decode("utf-8").lstrip("\ufeff")
            except UnicodeDecodeError:
                self.encoding = detect(raw) or "utf-8"
        text = _strict(raw, self.origin, self.encoding)
        if isinstance(text, InputError):
            return InputError(self.origin, text.reason, line=number)
        return text
