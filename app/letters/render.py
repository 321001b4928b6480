"""Finding, checking and rendering the .docx letter templates (docxtpl on python-docx).

Templates are looked up first in the operator's own folder (user data dir
`letter_templates/`), then in the defaults shipped with the app. Every template is
checked when loaded: Jinja syntax, and that it uses only the fields its kind
declares. Rendering uses autoescape (names like `ТОО "Ромашка" & Co` survive) and
`StrictUndefined` (a misspelled field is an error, never a blank), in a sandbox with
limits on size and time (app/letters/sandbox.py): a template runs no code and cannot
hang the app.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SecurityError

from app.languages import LETTER_LANGUAGES
from app.store.paths import user_data_dir

from . import sandbox
from .errors import LetterError
from .kinds import KINDS, kind

DEFAULT_TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "letter_templates"


def user_templates_dir() -> Path:
    """The operator's own templates, which override the defaults of the same name."""
    return user_data_dir() / "letter_templates"


def template_name(kind: str, lang: str) -> str:
    """The file name of a kind's template in a language, e.g. refusal.kk.docx."""
    return f"{kind}.{lang}.docx"


def find_template(code: str, lang: str, user_dir: Path | None = None) -> Path:
    """The template to use: the operator's copy if there is one, else the default."""
    name = template_name(kind(code).code, lang)
    own = (user_dir if user_dir is not None else user_templates_dir()) / name
    if own.is_file():
        return own
    default = DEFAULT_TEMPLATES_DIR / name
    if not default.is_file():
        raise LetterError("template_missing", path=str(default))
    return default


def _environment() -> jinja2.Environment:
    return sandbox.environment()


def load_template(path: Path, code: str, fields: frozenset[str] | set[str] | None = None
                  ) -> DocxTemplate:
    """Open and validate a template: readable, valid Jinja, only the kind's fields (or
    *fields*, for letters that are not a request's, such as the breach letters)."""
    try:
        tpl = DocxTemplate(str(path))
        used = tpl.get_undeclared_template_variables(_environment())
    except jinja2.TemplateSyntaxError as exc:
        raise LetterError("template_syntax", path=str(path), line=exc.lineno,
                          reason=exc.message) from exc
    except Exception as exc:  # a damaged or non-.docx file: python-docx raises many kinds
        raise LetterError("template_unreadable", path=str(path), reason=str(exc)) from exc
    unknown = sorted(set(used) - (kind(code).all_fields if fields is None else set(fields)))
    if unknown:
        raise LetterError("template_unknown_field", path=str(path), field=unknown[0],
                          kind=code)
    return tpl


def render_template(path: Path, code: str, context: dict[str, Any]) -> bytes:
    """Render the template at *path* with *context*; return the .docx bytes."""
    return fill(path, load_template(path, code), context)


def fill(path: Path, tpl: DocxTemplate, context: dict[str, Any]) -> bytes:
    """Fill a loaded template in the sandbox, within its time and size limits; the bytes
    of the .docx, or one LetterError naming the template."""
    try:
        sandbox.time_limited(lambda: tpl.render(context, _environment()),
                             sandbox.RENDER_SECONDS)
    except sandbox.TemplateLimit as exc:
        if exc.kind == "time":
            raise LetterError("template_too_slow", path=str(path),
                              seconds=f"{sandbox.RENDER_SECONDS:g}") from None
        raise LetterError("template_too_big", path=str(path),
                          limit=f"{sandbox.MAX_OUTPUT:,}") from None
    except SecurityError as exc:
        raise LetterError("template_unsafe", path=str(path), reason=exc.message) from None
    except jinja2.UndefinedError as exc:
        raise LetterError("template_undefined_field", path=str(path),
                          reason=exc.message) from exc
    except jinja2.TemplateError as exc:
        raise LetterError("template_fill_failed", path=str(path), reason=str(exc)) from exc
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def validate_templates(folder: Path) -> list[LetterError]:
    """Check every template in *folder*; return one problem per broken one."""
    problems: list[LetterError] = []
    for path in sorted(folder.glob("*.docx")):
        parts = path.name.split(".")
        if len(parts) != 3 or parts[0] not in KINDS or parts[1] not in LETTER_LANGUAGES:
            problems.append(LetterError("template_badly_named", file=path.name,
                                        languages="|".join(LETTER_LANGUAGES)))
            continue
        try:
            load_template(path, parts[0])
        except LetterError as exc:
            problems.append(exc)
    return problems
