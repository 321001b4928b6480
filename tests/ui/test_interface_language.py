"""The window's Kazakh and Russian read right: numbers agree with their nouns and are
grouped, citations and language names are in the interface language, names inside a
sentence are in lower case, and no two entries of a menu share an accelerator.

These follow the outside review of the interface text (shared/reviews/interface-language.md).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.ui import i18n
from app.ui.dashboard import _months
from app.ui.letter_dialog import LetterDialog
from app.ui.models import RequestTableModel, ViewsModel
from app.ui.settings_dialog import SettingsDialog
from app.ui.timeline import Timeline
from tests.builders import ALMATY, add_request

pytestmark = pytest.mark.gui

NBSP = "\u00a0"  # Qt groups thousands with a no-break space in kk and ru


@pytest.mark.parametrize(("lang", "shown"), [
    ("ru", {1: "1 год", 3: "3 года", 5: "5 лет", 21: "21 год", 22: "22 года"}),
    ("kk", {1: "1 жыл", 3: "3 жыл", 5: "5 жыл"}),
    ("en", {1: "1 year", 3: "3 years"}),
])
def test_the_retention_period_reads_with_the_right_form_of_year(register, tmp_path, qtbot,
                                                                  lang, shown):
    i18n.install(lang)
    dialog = SettingsDialog(register, templates_dir=tmp_path / "templates")
    qtbot.addWidget(dialog)
    for years, text in shown.items():
        dialog.retention.setValue(years)
        assert dialog.retention.text() == text


def test_the_deadline_basis_cites_the_law_in_the_interface_language(window, register):
    rid = add_request(register, types=["deletion", "access"],
                      received=datetime(2026, 11, 20, 15, tzinfo=ALMATY))
    window.refresh(select_id=rid)
    i18n.install("ru")
    QCoreApplication.processEvents()  # the window hears of the new language
    deletion = window.panel.items.topLevelItem(0)
    assert deletion.text(0) == "Уничтожение"  # the short name fits the narrow panel
    tip = deletion.toolTip(1)
    assert tip == ("Основание срока: 1 рабочий день (установлен Законом): статья 18, "
                   "подпункт 8) пункта 2 статьи 25 Закона")
    assert deletion.toolTip(0).startswith("Уничтожение персональных данных\n")
    assert "Article" not in window.panel.items.topLevelItem(1).toolTip(1)


def test_an_operators_own_period_cites_no_provision():
    i18n.install("kk")
    assert i18n.deadline_basis({"type": "withdrawal"}, date(2025, 5, 1)) == \
        "10 жұмыс күні (оператордың өз мерзімі)"
    i18n.install("ru")
    assert i18n.deadline_basis({"type": "withdrawal"}, "2026-02-02T09:00:00+05:00") == \
        "15 рабочих дней (установлен Законом): пункт 7 статьи 8 Закона"
    assert i18n.deadline_basis({"type": "correction"}, date(2026, 3, 2)).endswith(
        "; отсчитывается со дня получения подтверждающих документов")


def test_languages_are_named_not_coded(window, register, answers, tmp_path):
    rid = add_request(register, lang="kk")
    request = register.get_request(rid)
    request["letters"] = [{"id": 1, "number": "OUT-2026-0001", "kind": "acknowledgement",
                           "lang": "kk", "created_at": "2026-11-23T10:00:00",
                           "file_name": "acknowledgement.kk.docx"}]
    i18n.install("ru")
    QCoreApplication.processEvents()
    window.panel.show_request(request)
    row = window.panel.letters.topLevelItem(0)
    assert row.text(1).splitlines()[1] == "подготовлено 23.11.2026"
    assert "23.11.2026 10:00" in row.toolTip(1) and "; казахский." in row.toolTip(1)
    assert ") (" not in row.toolTip(1)  # the kind's own brackets are not doubled
    dialog = LetterDialog(register, request, templates_dir=tmp_path)
    assert "(казахский)" in dialog.about.text() and "(kk)" not in dialog.about.text()
    dialog.done(0)
    dialog.deleteLater()


@pytest.mark.parametrize(("lang", "grouped"), [("ru", f"1{NBSP}200"), ("kk", f"1{NBSP}200"),
                                               ("en", "1,200")])
def test_counts_over_a_thousand_are_grouped_as_the_language_writes_them(lang, grouped):
    i18n.install(lang)
    translate = QCoreApplication.translate
    said = translate("MainWindow", "%Ln request(s)", "", 1200)
    assert said == {"ru": f"{grouped} обращений", "kk": f"{grouped} өтініш",
                    "en": f"{grouped} requests"}[lang]
    assert grouped in translate("Notices", "%Ln request(s) overdue", "", 1200)
    assert grouped in translate("WelcomePage", "%Ln invented request(s) over ten years, in a "
                                "separate file locked with the passphrase “{0}”. Your own "
                                "register is not touched; set it up whenever you are ready.",
                                "", 1200)
    model = ViewsModel()
    model.set_counts({"overdue": 1200})
    overdue = model.index(model.row_of("overdue"))
    assert overdue.data(Qt.ItemDataRole.AccessibleTextRole).endswith(grouped)


def test_every_count_in_the_catalogs_is_grouped():
    from app.ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "otinish_en.ts")
    bare = [m.findtext("source") for m in tree.getroot().iter("message")
            if re.search(r"%n", m.findtext("source") or "")]
    assert bare == [], "use %Ln, so that 1200 reads 1 200 in kk and ru"


def test_names_inside_a_sentence_are_in_lower_case():
    i18n.install("ru")
    events = [
        {"at": "2026-11-23T10:00:00", "entity": "requests", "action": "create",
         "data": {"channel": "messenger", "status": "received"}},
        {"at": "2026-11-23T10:05:00", "entity": "identity_checks", "action": "create",
         "data": {"method": "eds_signature", "result": "passed"}},
    ]
    timeline = Timeline()
    timeline.show_events(events)
    assert [what for _, what in timeline.lines] == [
        "Обращение зарегистрировано (мессенджер)",
        "Проверка личности: Электронная цифровая подпись (ЭЦП) — подтверждено"]
    # A proper noun keeps its capital, and so does an acronym
    i18n.install("en")
    assert i18n.language_name("kk", capital=False) == "Kazakh"
    assert i18n.identity_method_name("eds_signature", capital=False) == \
        "electronic digital signature (EDS)"
    i18n.install("ru")
    assert i18n.type_names_in_sentence(["deletion", "access"]) == \
        "уничтожение персональных данных, ознакомление с персональными данными"


def test_the_status_column_tells_its_whole_text(register, qtbot):
    rid = add_request(register)
    model = RequestTableModel(register)
    model.refresh()
    status = model.index(model.row_of(rid), RequestTableModel.COLUMNS.index("status"))
    i18n.install("ru")
    assert status.data(Qt.ItemDataRole.ToolTipRole) == status.data() == "Получено"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_two_entries_of_a_menu_share_an_accelerator(window, lang):
    i18n.install(lang)
    commands = window.commands
    menus = [commands.menu_register, commands.menu_request, commands.menu_view,
             commands.menu_help]

    def key(text: str) -> str | None:
        found = re.search(r"&(\w)", text)
        return found.group(1).lower() if found else None

    bar = [key(menu.title()) for menu in menus]
    assert len(bar) == len(set(bar)), [menu.title() for menu in menus]
    for menu in menus:
        keys = [key(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in keys and len(keys) == len(set(keys)), \
            [a.text() for a in menu.actions()]


@pytest.mark.parametrize(("lang", "first", "last", "said"), [
    ("kk", "2026-01", "2026-12", "2026 ж. қаңтар – желтоқсан"),
    ("kk", "2025-12", "2026-11", "2025 жылғы желтоқсан – 2026 жылғы қараша"),
    ("ru", "2025-12", "2026-11", "декабрь 2025 – ноябрь 2026"),
    ("en", "2025-12", "2026-11", "December 2025 – November 2026"),
])
def test_the_charts_period_is_written_as_each_language_writes_it(lang, first, last, said):
    i18n.install(lang)
    assert _months(first, last) == said


def test_english_sources_quote_with_curly_quotes():
    from app.ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "otinish_en.ts")
    straight = [m.findtext("source") for m in tree.getroot().iter("message")
                if re.search(r"\"|(?<!\w)'\w[^']*'(?!\w)", m.findtext("source") or "")]
    assert straight == []


def test_the_notes_the_app_writes_are_said_in_the_interface_language(window, register):
    """A closing reason and a voided request's reason were kept as "Closed: …" and
    "Voided: …" and shown so in a Russian window; the operator's own note stays as typed."""
    rid = add_request(register)
    register.record_action(rid, "searched", "Проверили CRM")
    register.close_request(rid, "withdrawn_by_requester", "Заявитель отозвал обращение по телефону")
    i18n.install("ru")
    QCoreApplication.processEvents()
    window.panel.show_request(register.get_request(rid), register.events_of(rid))
    notes = [window.panel.work.actions.topLevelItem(i).text(2)
             for i in range(window.panel.work.actions.topLevelItemCount())]
    assert notes == ["Проверили CRM", "Закрыто: Заявитель отозвал обращение по телефону"]
    history = [what for _, what in window.panel.timeline_lines]
    assert [line for line in history if "Заявитель отозвал" in line] == [
        "Действие: Иное действие — Закрыто: Заявитель отозвал обращение по телефону"]
