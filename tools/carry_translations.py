"""Carry translations over to messages that only moved: a new context, or named placeholders.

Developer tooling. When code moves to another class (a controller split out of the
main window) or a sentence gets named placeholders (`{number}` for `{0}`), lupdate sees
a new message and drops the old one with its translation. This tool gives each
unfinished message of a catalog the translation of the same English sentence from an
earlier version of that catalog (same context first, then any), renaming positional
placeholders in the order the new source names them. It never invents a translation:
a sentence that is really new stays unfinished for a translator.

    python tools/carry_translations.py OLD.ts NEW.ts     (rewrites NEW.ts in place)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NAMED = re.compile(r"\{([A-Za-z_]\w*)\}")
POSITIONAL = re.compile(r"\{(\d+)\}")


def _forms(message: ET.Element) -> list[str] | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                          "vanished"):
        return None
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.iter("numerusform")]
    else:
        forms = [translation.text or ""]
    return forms if all(forms) else None


def _positional(source: str) -> tuple[str, list[str]]:
    """*source* with named placeholders numbered in order ("{number}" -> "{0}")."""
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return "{" + str(names.index(match.group(1))) + "}"

    return NAMED.sub(number, source), names


def _known(old: Path) -> tuple[dict[tuple[str, str], list[str]], dict[str, list[str]]]:
    by_context: dict[tuple[str, str], list[str]] = {}
    by_source: dict[str, list[str]] = {}
    for context in ET.parse(old).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, forms = message.findtext("source") or "", _forms(message)
            if forms is not None:
                by_context[(name, source)] = forms
                by_source.setdefault(source, forms)
    return by_context, by_source


def carry(old: Path, new: Path) -> int:
    """Fill the unfinished messages of *new* from *old*; return how many were carried."""
    by_context, by_source = _known(old)
    tree = ET.parse(new)
    carried = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            forms = by_context.get((name, source)) or by_source.get(source)
            if forms is None:
                numbered, names = _positional(source)
                found = by_source.get(numbered) if names else None
                forms = None if found is None else [
                    POSITIONAL.sub(lambda m, n=names: "{" + n[int(m.group(1))] + "}", f)
                    for f in found]
            if forms is None:
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            carried += 1
    tree.write(new, encoding="utf-8", xml_declaration=True)
    return carried


def main(argv: list[str] | None = None) -> int:
    """Carry translations from OLD.ts into NEW.ts."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        sys.stderr.write("usage: python tools/carry_translations.py OLD.ts NEW.ts\n")
        return 2
    print(f"{carry(Path(args[0]), Path(args[1]))} translations carried into {args[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
