"""Story: the repository explains itself. Every deadline rule is on docs/legal-basis.md
with its citation, and the README points developers to the house's map."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.rules import DEADLINE_RULES

ROOT = Path(__file__).resolve().parents[1]
LEGAL = (ROOT / "docs" / "legal-basis.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", DEADLINE_RULES,
                         ids=lambda r: f"{r.type}-{r.effective_from}")
def test_every_rule_is_explained_with_its_citation(rule):
    row = next((line for line in LEGAL.splitlines()
                if line.startswith(f"| {rule.type} | {rule.effective_from:%d.%m.%Y} |")), None)
    assert row is not None, f"{rule.type} from {rule.effective_from} is not on legal-basis.md"
    assert rule.cites("ru") in row
    assert f"| {rule.basis_kind} |" in row
    assert row.count("|") == 7


def test_the_readme_points_to_the_architecture_and_the_legal_basis():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    developers = readme[readme.index("## For developers"):]
    assert "docs/architecture.md" in developers and "docs/legal-basis.md" in developers
    assert (ROOT / "docs" / "architecture.md").is_file()
