"""Bytes → text: encoding detection, binary sniffing and HTML-or-text kind detection.

Pages saved from Indonesian news sites come in UTF-8, in cp1252/latin-1 (older sites and Windows
tools), in UTF-16 with a byte-order mark (Windows "Save as Unicode"), and, often enough, with a
``<meta charset>`` that lies (a page served as UTF-8 that still declares iso-8859-1). The order of
trust is therefore: byte-order mark, then strict UTF-8 (valid multi-byte UTF-8 is practically never
an accident), then the charset the page declares, then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one)."""

MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip data without a .gz name"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
)
"""Signatures of common binary files, named so that the reason a user reads is concrete."""

SNIFF_BYTES = 8192
"""How much of the start of a file the binary/UTF-16/kind checks look at."""

MAX_CONTROL_SHARE = 0.05
"""Text has almost no C0 control characters besides tab/newline/CR/form feed; above this share of
the sniffed characters a decoded input is treated as binary."""

DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""",
    re.IGNORECASE,
)
"""``<meta charset=…>``, ``<meta http-equiv content="…; charset=…">`` or an XML declaration."""

LATIN1_ALIASES = frozenset({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "us-ascii"})
"""Labels that browsers (per the WHATWG Encoding standard) read as windows-1252; so do we, since
cp1252 is what such pages really use for quotes and dashes (0x93, 0x94, 0x96)."""

HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b|\?xml\b|rss\b|feed\b|rdf:rdf\b)",
    re.IGNORECASE | re.DOTALL,
)
"""A document that opens like HTML, XHTML or a feed."""

HTML_TAG = re.compile(
    r"<(?:html|head|body|meta|title|div|p|article|section|span|a\s+href|script|link|br|h[1-6])\b[^<>]{0,500}>",
    re.IGNORECASE,
)
"""Common HTML tags; a text dump may quote one, a page has many."""

MIN_HTML_TAGS = 5
"""A document that does not open like HTML is still HTML if its start has this many tags."""


UTF8_VALID_PER_ERROR = 10
"""Valid multi-byte UTF-8 characters needed per invalid byte to read a page as damaged UTF-8."""


class DecodeError(ValueError):
    """Raised with a user-facing reason when bytes are not readable text."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text with the encoding used (a codec name Python knows)."""

    text: str
    encoding: str


def binary_kind(raw: bytes) -> str | None:
    """Name of the binary format ``raw`` is in, or None when it may be text."""
    for magic, name in MAGIC_NUMBERS:
        if raw.startswith(magic):
            return name
    return None


def _bom_encoding(raw: bytes) -> str | None:
    for bom, name in BOMS:
        if raw.startswith(bom):
            return name
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position of mostly-ASCII text."""
    head = raw[:SNIFF_BYTES]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first few KB, as a Python codec name, or None."""
    match = DECLARED_CHARSET.search(raw[:SNIFF_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2) or b"").decode("ascii", "ignore").strip().lower()
    if label in LATIN1_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _too_many_controls(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > MAX_CONTROL_SHARE * len(sample)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(raw: bytes) -> Decoded | None:
    """charset-normalizer's best reading, or None when it finds none."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None
    encoding = best.encoding
    if encoding in {"latin_1", "iso8859_1", "ascii"}:
        encoding = "cp1252"
    text = _strict(raw, encoding) or str(best)
    return Decoded(text, encoding)


def decode_bytes(raw: bytes) -> Decoded:
    """Decode an input's bytes; raise DecodeError (with the reason) for binary or undecodable data."""
    name = binary_kind(raw)
    if name:
        raise DecodeError(f"binary file ({name}), not text or HTML")
    bom = _bom_encoding(raw)
    if bom:
        text = _strict(raw[_bom_length(raw) :], bom)
        if text is None:
            raise DecodeError(f"undecodable: the byte-order mark says {bom} but the bytes are not")
        return _checked(Decoded(text, bom))
    utf16 = _utf16_without_bom(raw)
    if utf16:
        text = _strict(raw, utf16)
        if text is not None:
            return _checked(Decoded(text, utf16))
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise DecodeError("binary file (NUL bytes), not text or HTML")
    text = _strict(raw, "utf-8")
    if text is not None:
        return _checked(Decoded(text, "utf-8"))
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return _checked(Decoded(mostly, "utf-8"))
    declared = declared_charset(raw)
    if declared and declared not in {"utf-8", "utf-16", "utf-32"}:
        text = _strict(raw, declared)
        if text is not None:
            return _checked(Decoded(text, declared))
    guessed = _guess(raw)
    if guessed is None:
        raise DecodeError("undecodable: no text encoding fits these bytes")
    return _checked(guessed)


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a pasted cp1252 quote): keep UTF-8, replace the strays.

    Only when valid multi-byte characters outnumber the errors by ``UTF8_VALID_PER_ERROR``: a cp1252
    page almost never forms valid UTF-8 sequences by chance.
    """
    text = raw.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - errors
    if errors and multibyte >= UTF8_VALID_PER_ERROR * errors:
        return text
    return None


def _bom_length(raw: bytes) -> int:
    for bom, _name in BOMS:
        if raw.startswith(bom):
            return len(bom)
    return 0


def _checked(decoded: Decoded) -> Decoded:
    if _too_many_controls(decoded.text):
        raise DecodeError("binary file (control bytes), not text or HTML")
    return decoded


def detect_kind(text: str) -> str:
    """``"html"`` when the text is an HTML/XML page (or feed), else ``"text"`` (a text dump)."""
    head = text[:SNIFF_BYTES]
    if HTML_START.match(head):
        return "html"
    if len(HTML_TAG.findall(head)) >= MIN_HTML_TAGS:
        return "html"
    return "text"
