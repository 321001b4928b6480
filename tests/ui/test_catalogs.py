"""The interface catalogs: complete in Kazakh, Russian and English, and in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.ui.i18n import LANGUAGES, TRANSLATIONS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")


def messages(lang: str):
    tree = ET.parse(TRANSLATIONS / f"otinish_{lang}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(lang):
    problems = []
    for context, message in messages(lang):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get(
            "numerus") == "yes" else [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if "{{ }}" in source:
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogs_load(lang):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"otinish_{lang}.qm"))
    expected = {"kk": "&Тізілім", "ru": "&Реестр", "en": "&Register"}[lang]
    assert translator.translate("WindowActions", "&Register") == expected


def test_the_catalogs_hold_every_string_of_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = [str(ROOT / "app" / "__main__.py"),
               *sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))]
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), *sources,
                    "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True,
                   timeout=60)
    def keys(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {(c.findtext("name"), m.findtext("source"))
                for c in tree.getroot().iter("context") for m in c.iter("message")}

    missing = keys(fresh) - keys(TRANSLATIONS / "otinish_ru.ts")
    assert missing == set(), "run `make translations` and translate the new strings"
