"""The developer tools outside the package still run on today's services (they are not shipped,
so nothing else would notice when they rot)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from app.store import Register

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_screenshot_story_builds_a_register_with_every_stage(tmp_path):
    # Given the story the README's screenshots are taken on
    story = load("demo_story")
    # When it is built
    letters = story.build_demo(tmp_path / "story.otinish", "demo")
    # Then the register holds closed requests and work in progress, with letters on disk
    register = Register.open(tmp_path / "story.otinish", "demo")
    try:
        rows = register.list_requests(limit=1000)
        statuses = {r["status"] for r in rows}
        assert {"closed", "received", "in_progress"} <= statuses
        assert register.get_operator()["name"] == "ТОО «Qazaq Cloud»"
    finally:
        register.close()
    assert any(letters.rglob("*.docx"))


def test_the_screenshot_tool_and_the_translation_tool_load():
    assert "letter" in load("screenshots").SCENES
    assert callable(load("carry_translations").carry)
