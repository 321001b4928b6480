"""Carrying translations to messages that only moved: never invented, placeholders renamed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.tools.test_demo_story import load

OLD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>MainWindow</name>
  <message><source>Backup saved: {0}</source>
    <translation>Копия сохранена: {0}</translation></message>
  <message numerus="yes"><source>%n request(s)</source><translation>
    <numerusform>%n обращение</numerusform><numerusform>%n обращения</numerusform>
    <numerusform>%n обращений</numerusform></translation></message>
</context>
<context><name>intake</name>
  <message><source>Duplicate of {0}.</source><translation>Дубликат {0}.</translation></message>
</context>
</TS>
"""
NEW = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>KeepingActions</name>
  <message><source>Backup saved: {0}</source>
    <translation type="unfinished"></translation></message>
  <message numerus="yes"><source>%n request(s)</source><translation type="unfinished">
    <numerusform></numerusform></translation></message>
  <message><source>A sentence nobody translated.</source>
    <translation type="unfinished"></translation></message>
</context>
<context><name>problem</name>
  <message><source>Duplicate of {number}.</source>
    <translation type="unfinished"></translation></message>
</context>
</TS>
"""


def translations(path) -> dict[str, tuple[str | None, list[str]]]:
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        t = message.find("translation")
        forms = [f.text for f in t.iter("numerusform")] or [t.text]
        out[message.findtext("source")] = (t.get("type"), forms)
    return out


def test_moved_sentences_keep_their_translation_and_new_ones_stay_unfinished(tmp_path):
    tool = load("carry_translations")
    old, new = tmp_path / "old.ts", tmp_path / "new.ts"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    assert tool.carry(old, new) == 3
    got = translations(new)
    assert got["Backup saved: {0}"] == (None, ["Копия сохранена: {0}"])
    assert got["%n request(s)"] == (None, ["%n обращение", "%n обращения", "%n обращений"])
    assert got["Duplicate of {number}."] == (None, ["Дубликат {number}."])
    assert got["A sentence nobody translated."][0] == "unfinished"
