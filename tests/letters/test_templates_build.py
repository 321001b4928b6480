"""Story: the default letter templates are built by a script, and every one of them, in
every language, renders a complete letter (no tag left, no blank field) from exactly the
fields its kind declares; every code of the register has a name in every language."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from typing import Any

import jinja2
import pytest
from docx import Document
from docxtpl import DocxTemplate

from app.domain import vocab
from app.letters import names
from app.letters.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES_DIR = ROOT / "letter_templates"
LANGS = ("kk", "ru", "en")
OPERATOR_NAME = 'ТОО "Ромашка" & Co'
# Numbers as a letter prints them: no OUT-/IN- prefix, a non-breaking hyphen (U+2011).
LETTER_NUMBER, REQUEST_NUMBER = "2026\u20110015", "2026\u20110042"
NOTE_TEXT = "Дополнительно сообщаем: <проверка> завершена & задокументирована."
POSTAL_ADDRESS = "050000, г. Алматы, ул. Толе би, 100, кв. 5"


def _load_builder() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_templates", TEMPLATES_DIR / "build_templates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("templates")
    builder.build(out)
    return out


def _env() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


# A sample context with every field, written as the context builder would write it.
DATES = {
    "kk": ("2026 жылғы 23 қараша", "2026 жылғы 20 қараша", "2026 жылғы 25 қараша"),
    "ru": ("23 ноября 2026 г.", "20 ноября 2026 г.", "25 ноября 2026 г."),
    "en": ("23 November 2026", "20 November 2026", "25 November 2026"),
}
# The request's date before a noun («20 қарашадағы № … өтінішіңізге») and a deadline.
DATE_ATTR = {"kk": "2026 жылғы 20 қарашадағы", "ru": DATES["ru"][1], "en": DATES["en"][1]}
DUE_BY = {"kk": "2026 жылғы 25 қарашадан кешіктірмей", "ru": "не позднее 25 ноября 2026 г.",
          "en": "by 25 November 2026"}
# Context values that choose a wording and are not printed themselves.
CHOOSERS = {"basis_kind", "kind"}


def sample_context(kind: str, lang: str, *, note: str = NOTE_TEXT,
                   email: str = "erlan@example.kz",
                   postal_address: str = POSTAL_ADDRESS) -> dict[str, Any]:
    """Every common field and every field of *kind*, lists with two entries."""
    letter_date, received, due = DATES[lang]
    types = [names.TYPE_NAMES[lang]["access"], names.TYPE_NAMES[lang]["deletion"]]
    ctx: dict[str, Any] = {
        "operator": {
            "name": OPERATOR_NAME, "id": "180340012345",
            "id_label": names.ID_LABELS[lang]["BIN"],
            "address": "010000, г. Астана, ул. Кенесары, 40, офис 12",
            "email": "privacy@romashka.kz", "phone": "+7 701 555 12 34",
            "signatory": "Директор А. Ахметов", "signatory_position": "Директор",
            "signatory_name": "А. Ахметов",
        },
        "letter": {"number": LETTER_NUMBER, "date": letter_date},
        "request": {
            "number": REQUEST_NUMBER, "date": received, "date_attr": DATE_ATTR[lang],
            "channel": names.CHANNEL_NAMES[lang]["email"], "types": types,
            "types_text": ", ".join(types), "due": due, "due_by": DUE_BY[lang],
            "documents_needed": True,
        },
        "addressee": {
            "name": "Ерлан Жумабаев", "email": email, "phone": "+7 702 000 00 00",
            "postal_address": postal_address,
            "salutation": names.SALUTATIONS[lang]["male"].format(name="Ерлан Жумабаев"),
        },
        "law": names.LAW_CITATION[lang],
        "executor": {"name": "А. Иванова", "phone": "+7 701 000 00 00"},
        "appeal": {"body": names.AUTHORIZED_BODY[lang]},
        "note": note,
    }
    extra: dict[str, Any] = {
        "acknowledgement": {"items": [
            {"type": types[0], "due": due, "due_by": DUE_BY[lang], "basis": "first-basis",
             "basis_kind": "bylaw"},
            {"type": types[1], "due": due, "due_by": DUE_BY[lang], "basis": "second-basis",
             "basis_kind": "operator"},
        ]},
        "identity_request": {"identity_methods": [
            names.IDENTITY_METHOD_NAMES[lang][m] for m in names.IDENTITY_REQUEST_METHODS]},
        "written_followup": {},
        "access_response": {"held": ["held-one", "held-two"], "profile": {
            "data_categories": ["category-one", "category-two"],
            "purposes": ["purpose-one", "purpose-two"],
            "sources": ["source-one", "source-two"],
            "recipients": ["recipient-one", "recipient-two"],
            "methods": "methods-text", "retention": "retention-text",
            "cross_border": "cross-border-text",
        }},
        "withdrawal_confirmation": {"stop_date": due, "purposes": ["purpose-one",
                                                                   "purpose-two"],
                                    "kept": "kept-text"},
        "refusal": {"grounds": [
            dict(names.REFUSAL_GROUNDS["identity_not_confirmed"][lang]),
            dict(names.REFUSAL_GROUNDS["rights_of_others"][lang]),
        ], "refused": "refused-text", "in_part": False},
        "objection_result": {"basis": {"kind": "law", "text": "objection-basis"}},
        "no_data": {},
    }
    for done in ("correction_done", "blocking_done", "unblocking_done", "deletion_done"):
        extra[done] = {
            "actions": [{"date": received, "text": "action-one"},
                        {"date": due, "text": "action-two"}],
            "done_date": due, "citation": "done-citation",
        }
    ctx.update(extra[kind])
    return ctx


def render_paragraphs(template: Path, context: dict[str, Any], out: Path) -> list[str]:
    """Render, save, read back: the text of every paragraph, body and table cells."""
    tpl = DocxTemplate(str(template))
    tpl.render(context, jinja_env=_env())
    tpl.save(str(out))
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    return texts


ALL = [(kind, lang) for kind in KINDS for lang in LANGS]
IDS = [f"{kind}.{lang}" for kind, lang in ALL]


def test_build_writes_one_template_per_kind_and_language(built: Path) -> None:
    expected = sorted(f"{kind}.{lang}.docx" for kind, lang in ALL)
    assert sorted(p.name for p in built.glob("*.docx")) == expected
    assert len(expected) == 3 * len(KINDS) == 36


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_rebuilding_gives_the_same_documents(built: Path, tmp_path: Path) -> None:
    builder.build(tmp_path)
    for kind, lang in ALL:
        name = f"{kind}.{lang}.docx"
        assert _parts(tmp_path / name) == _parts(built / name), name


def test_shipped_templates_are_the_ones_the_script_builds(built: Path) -> None:
    """Given the script changed, when the files were not rebuilt, this fails."""
    for kind, lang in ALL:
        name = f"{kind}.{lang}.docx"
        assert _parts(TEMPLATES_DIR / name) == _parts(built / name), (
            f"{name} is out of date: run python letter_templates/build_templates.py")


@pytest.mark.parametrize(("kind", "lang"), ALL, ids=IDS)
def test_every_template_renders_a_complete_letter(built: Path, tmp_path: Path,
                                                  kind: str, lang: str) -> None:
    ctx = sample_context(kind, lang)
    texts = render_paragraphs(built / f"{kind}.{lang}.docx", ctx, tmp_path / "out.docx")
    text = "\n".join(texts)
    assert "{{" not in text and "{%" not in text and "}}" not in text
    for expected in (OPERATOR_NAME, LETTER_NUMBER, REQUEST_NUMBER, "Ерлан Жумабаев",
                     "erlan@example.kz", POSTAL_ADDRESS, ctx["letter"]["date"],
                     ctx["request"]["date"],
                     KINDS[kind].titles[lang], ctx["addressee"]["salutation"],
                     "А. Ахметов", NOTE_TEXT):
        assert expected in text, f"{expected!r} missing from {kind}.{lang}"
    assert "OUT-" not in text and "IN-" not in text
    assert ctx["law"] in text  # every letter names the Law in full before citing it
    if lang == "kk":  # «2026 жылғы 20 қарашадағы № 2026‑0042 өтінішіңізге»
        assert f"{DATE_ATTR['kk']} №\u00a0{REQUEST_NUMBER} өтінішіңізге" in text
    for field in KINDS[kind].fields:
        for sample in _leaves(ctx[field]):
            assert sample in text, f"{field}: {sample!r} missing from {kind}.{lang}"


def _leaves(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() if k not in CHOOSERS for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    if isinstance(value, bool):  # a switch between wordings, not a text
        return []
    return [value]


@pytest.mark.parametrize(("kind", "lang"), ALL, ids=IDS)
def test_templates_use_only_the_fields_their_kind_declares(built: Path, kind: str,
                                                           lang: str) -> None:
    used = DocxTemplate(str(built / f"{kind}.{lang}.docx")).get_undeclared_template_variables(
        _env())
    assert used <= KINDS[kind].all_fields, sorted(used - KINDS[kind].all_fields)
    assert KINDS[kind].fields <= used  # and every declared field is said somewhere


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", [k for k in KINDS if not KINDS[k].note_required])
def test_an_empty_note_email_or_address_leaves_no_blank_line(built: Path, tmp_path: Path,
                                                     kind: str, lang: str) -> None:
    template = built / f"{kind}.{lang}.docx"
    full = render_paragraphs(template, sample_context(kind, lang), tmp_path / "a.docx")
    bare = render_paragraphs(template, sample_context(kind, lang, note="", email="",
                                                      postal_address=""),
                             tmp_path / "b.docx")
    # The note's paragraph, the email's line and the postal address's line.
    assert len(full) - len(bare) == 3
    assert NOTE_TEXT not in "\n".join(bare)


def test_list_items_end_with_semicolons_and_a_full_stop(built: Path, tmp_path: Path) -> None:
    texts = render_paragraphs(built / "refusal.ru.docx", sample_context("refusal", "ru"),
                              tmp_path / "out.docx")
    items = [t for t in texts if t.startswith("–")]
    assert len(items) == 2
    assert items[0].endswith(");") and items[1].endswith(").")


# Names -------------------------------------------------------------------------------

VOCABULARIES = [
    (vocab.REQUEST_TYPES, names.TYPE_NAMES),
    (vocab.CHANNELS, names.CHANNEL_NAMES),
    (vocab.STATUSES, names.STATUS_NAMES),
    (vocab.ALL_OUTCOMES, names.OUTCOME_NAMES),
    (vocab.SENT_VIA, names.SENT_VIA_NAMES),
    (vocab.IDENTITY_METHODS, names.IDENTITY_METHOD_NAMES),
    (vocab.IDENTITY_RESULTS, names.IDENTITY_RESULT_NAMES),
    (vocab.ACTION_KINDS, names.ACTION_KIND_NAMES),
    (vocab.LANGUAGES, names.LANGUAGE_NAMES),
]


@pytest.mark.parametrize(("codes", "table"), VOCABULARIES,
                         ids=[codes[0] for codes, _ in VOCABULARIES])
def test_every_code_has_a_name_in_every_language(codes: tuple[str, ...],
                                                 table: dict[str, dict[str, str]]) -> None:
    for lang in LANGS:
        assert set(table[lang]) == set(codes), lang
        assert all(name.strip() for name in table[lang].values())


def test_letter_tables_cover_every_kind_and_language() -> None:
    for lang in LANGS:
        assert all(KINDS[k].titles[lang].strip() for k in KINDS)
        assert set(names.ID_LABELS[lang]) == {"IIN", "BIN"}
        assert set(names.SALUTATIONS[lang]) == {"male", "female", "neutral"}
        assert all("{name}" in s for s in names.SALUTATIONS[lang].values())
        assert "94-V" in names.LAW_CITATION[lang]
    assert set(names.IDENTITY_REQUEST_METHODS) <= set(vocab.IDENTITY_METHODS)


def test_refusal_grounds_have_text_and_citation_in_every_language() -> None:
    required = {"identity_not_confirmed", "not_in_writing", "documents_missing",
                "processing_required_by_law", "unfulfilled_obligation", "rights_of_others"}
    assert required <= set(names.REFUSAL_GROUNDS)
    # "We hold no data about you" answers the right to know: the no_data letter.
    assert "no_data_held" not in names.REFUSAL_GROUNDS
    for ground in names.REFUSAL_GROUNDS.values():
        for lang in LANGS:
            assert set(ground[lang]) == {"text", "citation"}
            assert ground[lang]["text"] and ground[lang]["citation"]


def test_name_of_says_what_is_missing() -> None:
    assert names.name_of(names.CHANNEL_NAMES, "kk", "email") == "электрондық пошта"
    with pytest.raises(KeyError, match="fax"):
        names.name_of(names.CHANNEL_NAMES, "ru", "fax")
    with pytest.raises(KeyError, match="de"):
        names.name_of(names.CHANNEL_NAMES, "de", "email")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["refusal", "objection_result"])
def test_refusals_and_objection_results_state_the_appeal_route(built: Path, tmp_path: Path,
                                                                kind: str, lang: str) -> None:
    """The body by name (from the context: a setting may change it), e-Otinish, a court."""
    ctx = sample_context(kind, lang)
    ctx["appeal"] = {"body": "SOME-OTHER-BODY"}
    text = "\n".join(render_paragraphs(built / f"{kind}.{lang}.docx", ctx,
                                       tmp_path / "out.docx"))
    assert "SOME-OTHER-BODY" in text
    assert "e\u2011Otinish" in text and "eotinish.kz" in text
    assert {"kk": "сотқа", "ru": "в суд", "en": "court"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_an_objection_before_article_19_1_is_not_told_the_law_gave_it(
        built: Path, tmp_path: Path, lang: str) -> None:
    ctx = sample_context("objection_result", lang)
    ctx["basis"] = {"kind": "operator", "text": names.OWN_PERIOD[lang]}
    text = "\n".join(render_paragraphs(built / f"objection_result.{lang}.docx", ctx,
                                       tmp_path / "out.docx"))
    assert "objection-basis" not in text and "19-1" in text.replace("\u2011", "-")
    assert {"kk": "қамтымаған", "ru": "не содержал", "en": "did not yet contain"}[lang] in text
