"""Turning the text inside a mail into something a person can read and the register can store.

Real mail declares wrong or unknown charsets, hides raw 8-bit bytes in headers, carries control
characters and often has only an HTML body. These helpers decode bytes without ever raising
(reporting what had to be replaced as a :class:`~app.domain.errors.Notice`), strip what cannot
be shown or stored, and render HTML as plain text. They are shared by the .eml and .msg readers
and hold no file or MIME logic.
"""

from __future__ import annotations

import codecs
import re

from app.domain.errors import Notice

_CONTROL_CHARS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def _unescape_surrogates(value: str) -> str:
    """Recover raw 8-bit bytes the email parser kept as surrogates, reading them as UTF-8.

    Many mailers put unencoded UTF-8 into headers; the stdlib keeps such bytes as lone
    surrogates, which cannot be stored or displayed.
    """
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")


def clean_line(value: str) -> str:
    """Return a header value as one line without control characters."""
    value = _CONTROL_CHARS.sub(" ", _unescape_surrogates(value))
    return " ".join(value.split())


def clean_text(value: str) -> str:
    """Return body text with "\\n" line ends, no control characters and at most one blank line."""
    value = _unescape_surrogates(value).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\xa0", " ")
    value = _CONTROL_CHARS.sub("", value)
    lines = [line.rstrip() for line in value.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_binary(text: str) -> bool:
    """Whether decoded text is mostly undecodable bytes or control codes (a binary file)."""
    if not text:
        return False
    if "\x00" in text:
        return True
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r"))
    return bad / len(text) > 0.1


# Python codecs that are not character sets, whatever a mail claims.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})


def _codec_for(charset: str | None) -> str | None:
    """Return a usable Python text codec name for a declared charset, or None."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset.strip().strip('"').lower())
        # Some codecs (base64, zlib, rot13) are not text encodings and cannot decode bytes.
        b"".decode(codec.name)
    except (LookupError, ValueError, TypeError, UnicodeError):
        return None
    return None if codec.name.replace("_", "-") in _NOT_CHARSETS else codec.name


def decode_bytes(data: bytes, charset: str | None, warnings: list[Notice]) -> str:
    """Decode body bytes with the declared charset, falling back without ever raising."""
    codec = _codec_for(charset)
    # UTF-8 is tried second because it is the usual truth behind a wrong label ("us-ascii" on
    # Cyrillic text) and, unlike a single-byte guess, it fails loudly when it is wrong.
    candidates = [c for c in (codec, "utf-8") if c]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeError, LookupError):
            continue
    if charset and codec is None:
        warnings.append(Notice("email_unknown_charset", {"charset": clean_line(charset)[:40]}))
    else:
        warnings.append(Notice("email_text_replaced"))
    try:
        return data.decode(codec or "utf-8", errors="replace")
    except (UnicodeError, LookupError):
        return data.decode("utf-8", errors="replace")


_BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
))  # fmt: skip
_PARAGRAPH_TAGS = frozenset(("p", "blockquote", "h1", "h2", "h3", "table"))
_DROPPED_TAGS = frozenset(("script", "style", "head", "title", "noscript", "template", "svg",
                           "object"))
# One tag, for the plain fallback: "[^<>]" keeps the scan linear on a run of "<".
_ANY_TAG = re.compile(r"<[^<>]*>")
_BREAKING_TAG = re.compile(r"<\s*(?:br|/\s*(?:p|div|li|tr|h[1-6]|blockquote|table))\b[^<>]*>",
                           re.IGNORECASE)


def _tidy(text: str) -> str:
    # HTML source line breaks are not text line breaks: collapse runs of spaces within lines,
    # but keep the newlines produced from the markup.
    lines = [" ".join(line.split()) for line in text.replace("\xa0", " ").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _plain(html: str) -> str:
    """Markup removed without laying it out (for a document no parser takes whole)."""
    import html as html_module

    text = _BREAKING_TAG.sub("\n", html)
    return html_module.unescape(_ANY_TAG.sub("", text))


def _parse(html: str | bytes) -> tuple[object | None, bool]:
    """The document's root (or None) and whether the parser had to give up part of it."""
    from lxml import etree

    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                              huge_tree=True)
    try:
        try:
            root = etree.fromstring(html, parser)
        except ValueError:  # a str with an XML encoding declaration
            if not isinstance(html, str):
                raise
            parser = etree.HTMLParser(remove_comments=True, remove_pis=True,
                                      no_network=True, huge_tree=True, encoding="utf-8")
            root = etree.fromstring(html.encode("utf-8", "replace"), parser)
    except (ValueError, etree.LxmlError):  # nothing a parser takes: the plain fallback
        return None, False
    gave_up = any(e.type_name == "ERR_RESOURCE_LIMIT" or e.level_name == "FATAL"
                  for e in parser.error_log)
    return root, gave_up


def html_to_text(html: str | bytes, warnings: list[Notice] | None = None) -> str:
    """Turn an HTML mail body into readable plain text, in time linear in its size.

    Paragraphs and line breaks are kept as blank lines and newlines; scripts, styles and the
    document head are dropped; table cells on one row are separated by spaces. One pass of
    libxml2's parser and one walk of the tree (no tree surgery: bs4's took minutes on deeply
    nested mail). A document too deeply nested for the parser keeps its text without the
    layout (a notice in *warnings* says so).
    """
    from lxml import etree

    root, gave_up = _parse(html)
    if root is None or gave_up:
        if gave_up and warnings is not None:
            warnings.append(Notice("email_html_simplified"))
        text = html if isinstance(html, str) else html.decode("utf-8", "replace")
        return _tidy(_plain(text))
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _DROPPED_TAGS:
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                parts.append("\n\n" if tag in _PARAGRAPH_TAGS else "\n")
            elif tag == "br":
                parts.append("\n")
            if el.text:
                parts.append(el.text)
        else:
            if tag in ("td", "th"):
                parts.append(" ")
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n" if tag in _PARAGRAPH_TAGS else "\n")
            if el.tail:
                parts.append(el.tail)
    return _tidy("".join(parts))
