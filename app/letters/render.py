"""Finding, checking and rendering the .docx letter templates (docxtpl on python-docx).

Templates are looked up first in the operator's own folder (user data dir
`letter_templates/`), then in the defaults shipped with the app. Every template is
checked when loaded: Jinja syntax, and that it uses only the fields its kind
declares. Rendering uses autoescape (names like `ТОО "Ромашка" & Co` survive) and
`StrictUndefined` (a misspelled field is an error, never a blank).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from app.store.paths import user_data_dir

from .errors import LetterError
from .kinds import KINDS

DEFAULT_TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "letter_templates"


def user_templates_dir() -> Path:
    """The operator's own templates, which override the defaults of the same name."""
    return user_data_dir() / "letter_templates"


def template_name(kind: str, lang: str) -> str:
    """The file name of a kind's template in a language, e.g. refusal.kk.docx."""
    return f"{kind}.{lang}.docx"


def find_template(kind: str, lang: str, user_dir: Path | None = None) -> Path:
    """The template to use: the operator's copy if there is one, else the default."""
    if kind not in KINDS:
        raise LetterError(f"Unknown letter kind '{kind}'; allowed: {', '.join(KINDS)}.")
    name = template_name(kind, lang)
    own = (user_dir if user_dir is not None else user_templates_dir()) / name
    if own.is_file():
        return own
    default = DEFAULT_TEMPLATES_DIR / name
    if not default.is_file():
        raise LetterError(f"The template '{default}' is missing; reinstall Otinish or restore "
                          "the file.")
    return default


def _environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def load_template(path: Path, kind: str) -> DocxTemplate:
    """Open and validate a template: readable, valid Jinja, only the kind's fields."""
    try:
        tpl = DocxTemplate(str(path))
        used = tpl.get_undeclared_template_variables(_environment())
    except jinja2.TemplateSyntaxError as exc:
        raise LetterError(f"The template '{path}' has a syntax error in a field or tag "
                          f"(line {exc.lineno}): {exc.message}.") from exc
    except Exception as exc:  # a damaged or non-.docx file: python-docx raises many kinds
        raise LetterError(f"The template '{path}' cannot be read as a Word document: "
                          f"{exc}.") from exc
    unknown = sorted(set(used) - KINDS[kind].all_fields)
    if unknown:
        raise LetterError(f"The template '{path}' uses the field '{unknown[0]}', which a "
                          f"{kind} letter does not have; correct the field's name.")
    return tpl


def render_template(path: Path, kind: str, context: dict[str, Any]) -> bytes:
    """Render the template at *path* with *context*; return the .docx bytes."""
    tpl = load_template(path, kind)
    try:
        tpl.render(context, _environment())
    except jinja2.UndefinedError as exc:
        raise LetterError(f"The template '{path}' uses a field that does not exist "
                          f"({exc.message}); correct the field's name.") from exc
    except jinja2.TemplateError as exc:
        raise LetterError(f"The template '{path}' cannot be filled in: {exc}.") from exc
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def validate_templates(folder: Path) -> list[str]:
    """Check every template in *folder*; return one sentence per broken one."""
    problems = []
    for path in sorted(folder.glob("*.docx")):
        parts = path.name.split(".")
        if len(parts) != 3 or parts[0] not in KINDS:
            problems.append(f"'{path.name}' is not named <kind>.<kk|ru|en>.docx.")
            continue
        try:
            load_template(path, parts[0])
        except LetterError as exc:
            problems.append(str(exc))
    return problems
