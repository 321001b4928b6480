"""What a screenshot review at 1280x800 in Russian and Kazakh found: axis ticks at whole numbers,
no dead end in the letter dialog, values and headers that fit the narrow panel, dialogs
without gaps, names that are never cut, and texts that say what is true.

Given/when/then in each test, on a real register, offscreen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.ui import i18n
from tests.builders import add_request

pytestmark = pytest.mark.gui


# ------------------------------------------------------------------------- dashboard
def test_the_dashboards_count_axis_has_its_ticks_at_whole_numbers(register, qtbot):
    from app.ui.dashboard import Dashboard

    # Given twelve requests in one month (the axis once read 0, 1, 3, 5, 7, ... at steps of
    # 1.86, each label printed rounded down at the wrong height)
    for _ in range(12):
        add_request(register)
    board = Dashboard(register)
    qtbot.addWidget(board)
    # Then every tick of the count axis sits at a whole number, and the highest bar fits
    [y] = [a for a in board.chart.axes() if a.orientation().name == "Vertical"]
    step = (y.max() - y.min()) / (y.tickCount() - 1)
    ticks = [y.min() + i * step for i in range(y.tickCount())]
    assert all(t == int(t) for t in ticks), ticks
    assert y.min() == 0 and y.max() > 12 and y.tickCount() <= 9


@pytest.mark.parametrize("top", [0, 1, 5, 7, 8, 12, 40, 99, 150, 1976])
def test_a_count_axis_steps_by_one_two_or_five(top):
    from app.ui.dashboard import integer_ticks

    step, steps = integer_ticks(top)
    assert str(step).strip("0") in ("1", "2", "5")
    assert top < step * steps and steps <= 8


# ------------------------------------------------------------------------- letter dialog
@pytest.fixture
def letter_dialog(register, qtbot):
    """Make a letter dialog; its preview timer is stopped before the register closes."""
    from app.ui.letter_dialog import LetterDialog

    made = []

    def make(rid: int, kind: str):
        dialog = LetterDialog(register, register.get_request(rid), kind)
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.done(0)


def test_a_letter_blocked_by_missing_operator_details_leads_to_settings(register, answers,
                                                                       letter_dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.conftest import OPERATOR

    # Given a fresh register: no operator's details yet
    rid = add_request(register, lang="kk")
    dialog = letter_dialog(rid, "acknowledgement")
    dialog.update_preview()
    make = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # Then the letter is not offered, and the problem has its way out: Settings, Operator
    assert "Settings, tab Operator" in dialog.problem.text()
    assert not make.isEnabled()
    assert not dialog.problem_button.isHidden()
    assert dialog.problem_button.text() == "Fill in the requisites…"

    def settings(settings_dialog):
        # at the Operator tab, at the register's own record (the one every language uses)
        assert settings_dialog.tabs.currentWidget() is settings_dialog.operator_tab
        form = settings_dialog.operator
        form.name.setText(OPERATOR["name"])
        form.id.setText(OPERATOR["id"])
        form.address.setText(OPERATOR["address"])
        form.signatory.setText("Ахметов А.А.")
        form.position.setText("Директор")

    # When the operator follows the button and fills the details in
    answers.dialog("SettingsDialog", settings)
    dialog.problem_button.click()
    # Then the preview shows the letter and it can be made
    assert dialog.problem.isHidden() and dialog.problem_button.isHidden()
    assert make.isEnabled()
    assert OPERATOR["name"] in dialog.preview.toPlainText()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Settings, let go


def test_a_letter_needing_the_profile_offers_the_profile_tab(register, letter_dialog):
    from tests.ui.conftest import OPERATOR

    register.set_setting("operator", OPERATOR)
    rid = add_request(register, types=["access"])
    dialog = letter_dialog(rid, "access_response")
    dialog.update_preview()
    assert not dialog.problem.isHidden()
    assert dialog.problem_button.text() == "Fill in the profile…"
    assert not dialog.problem_button.isHidden()


# ------------------------------------------------------------------------- request panel
LONG_EMAIL = "muratovagulzhan34@examplecompanymail.kz"


def test_a_long_email_in_the_panel_is_elided_never_cut(register, answers, qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    from app.ui.request_panel import RequestPanel

    # Given a request whose email address is longer than the narrow panel is wide
    rid = add_request(register, email=LONG_EMAIL)
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.resize(340, 700)
    panel.show()
    panel.show_request(register.get_request(rid))
    qtbot.wait(10)
    value = panel.form_values["email"]
    shown = QLabel.text(value)  # what the label paints
    # Then what it shows fits its width, marked as shortened, the whole in its tooltip
    assert value.fontMetrics().horizontalAdvance(shown) <= value.contentsRect().width()
    assert "…" in shown and shown.startswith("muratova") and shown.endswith(".kz")
    assert value.toolTip() == LONG_EMAIL and value.text() == LONG_EMAIL
    # And Copy copies the whole address
    answers.values["run_menu"] = lambda menu, at: menu.actions()[0].trigger()
    value.customContextMenuRequested.emit(value.rect().center())
    assert QApplication.clipboard().text() == LONG_EMAIL
    # And a short one is shown whole, with no tooltip
    panel.show_request(register.get_request(add_request(register, email="a@b.kz")))
    assert QLabel.text(value) == "a@b.kz" and value.toolTip() == ""


# ------------------------------------------------------------------------- panel tables
@pytest.fixture
def styled(qapp):
    """The app's style sheet, as the window has it (headers are bold and padded)."""
    from app.ui import icons

    before = qapp.styleSheet()
    qapp.setStyleSheet(icons.style_sheet())
    yield
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_actions_tab_reads_whole_headers_in_a_narrow_panel(register, qtbot, styled, lang):
    from app.services import requests
    from app.ui.request_panel import RequestPanel

    # Given a check with a long method and note, and an action with a long name and note
    rid = add_request(register)
    requests.record_identity(register, rid, "one_time_code", "passed",
                             "Код отправлен на телефон, подтверждён в тот же день", None)
    requests.record_action(register, rid, "searched",
                           "Поиск в CRM, бухгалтерии и списке рассылки: найдены заказы", None)
    i18n.install(lang)
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.resize(358, 760)  # the right panel at 1280x800
    panel.show()
    panel.show_request(register.get_request(rid))
    panel.tabs.setCurrentIndex(1)  # Actions
    qtbot.wait(10)
    tab = panel.work
    for widget in (tab.checks, tab.actions):
        header = widget.header()
        sections = range(header.count())
        # Then every column is at least as wide as its header's label
        for col in sections:
            assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), (
                widget.headerItem().text(col))
        # And no column is pushed out of sight; the date is shown whole
        assert sum(header.sectionSize(col) for col in sections) <= widget.viewport().width()
        assert header.sectionSize(0) >= widget.sizeHintForColumn(0)
        # And a header, would it be cut after all, names itself in its tooltip
        for col in sections:
            assert widget.headerItem().toolTip(col) == widget.headerItem().text(col)
    # And the note, which takes the spare room, gets more than its header
    note = tab.actions.header().sectionSize(2)
    assert note > tab.actions.header().sectionSizeFromContents(2).width()


# ------------------------------------------------------------------------- edit dialog
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_right_to_add_is_named_whole(register, qtbot, lang):
    from app.ui.edit_dialog import EditRequestDialog

    # Given a request asking for access only, edited in a Russian or Kazakh window
    rid = add_request(register, types=["access"])
    i18n.install(lang)
    dialog = EditRequestDialog(register, register.get_request(rid))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    combo = dialog.add_type
    names = [combo.itemText(i) for i in range(combo.count())]
    # Then the field takes the width of the rights box, not of 22 letters
    assert combo.width() > 0.7 * dialog.rights.width()
    # And its open list is as wide as the longest name, and the tooltip names the chosen one
    longest = max(combo.view().fontMetrics().horizontalAdvance(n) for n in names)
    assert combo.view().minimumWidth() >= longest
    combo.setCurrentIndex(names.index(max(names, key=len)))
    assert combo.toolTip() == max(names, key=len)
    assert not combo.grab().isNull()  # the elided field paints


# ------------------------------------------------------------------------- settings
def test_the_calendar_tab_says_its_table_lists_only_the_operators_days(register, qtbot):
    from app.ui.settings_dialog import SettingsDialog

    # Given a new register: no day of the operator's own
    dialog = SettingsDialog(register, tab="calendar")
    qtbot.addWidget(dialog)
    # Then the empty table is explained: the holidays are built in, the table has yours
    assert dialog.overrides.rowCount() == 0
    note = dialog.calendar_note.text()
    assert "built into the app" in note and "lists only the days you add" in note


# ------------------------------------------------------------------------- form of address
def test_the_greeting_examples_follow_the_letter_language(register, qtbot):
    from app.ui.intake_dialogs import NewRequestDialog

    dialog = NewRequestDialog(register, "phone")
    qtbot.addWidget(dialog)
    forms = dialog.address.address_form

    def choices() -> list[str]:
        return [forms.itemText(i) for i in range(forms.count())]

    # Given a Russian letter: the Russian greetings
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    assert choices() == ["Male («Уважаемый …»)", "Female («Уважаемая …»)",
                         "Neutral («Здравствуйте, …»)"]
    assert "«Уважаемый …!»" in dialog.address.hint.text()
    # When the requester's letters are in Kazakh, the form chosen is kept
    forms.setCurrentIndex(forms.findData("female"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    # Then no Russian greeting is offered as the example: a Kazakh letter greets all alike
    assert all("Құрметті …" in text for text in choices())
    assert not any("Уважаем" in text or "Здравствуйте" in text for text in choices())
    assert "Уважаем" not in dialog.address.hint.text()
    assert forms.currentData() == "female"


def test_the_edit_dialog_and_the_panel_greet_in_the_requests_language(register, qtbot):
    from app.ui.edit_dialog import EditRequestDialog
    from app.ui.request_panel import RequestPanel

    # Given a Kazakh requester addressed as a woman
    rid = add_request(register, lang="kk", address_form="female")
    request = register.get_request(rid)
    dialog = EditRequestDialog(register, request)
    qtbot.addWidget(dialog)
    # Then the edit dialog's examples and the panel's value are the Kazakh greeting
    assert dialog.address_form.currentText() == "Female («Құрметті …»)"
    assert "Уважаем" not in dialog.form_hint.text()
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(request)
    assert panel.form_values["address_form"].text() == "Female («Құрметті …»)"
    # And switching the letters to Russian shows the Russian one
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    assert dialog.address_form.currentText() == "Female («Уважаемая …»)"


# ------------------------------------------------------------------------- close dialog
def test_the_close_dialog_opens_without_gaps(register, qtbot):
    from app.ui.record_dialogs import CloseDialog

    # Given a request with two rights still open, closed from a Kazakh window
    i18n.install("kk")
    rid = add_request(register, types=["access", "deletion"])
    dialog = CloseDialog(register, register.get_request(rid))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    # Then the heading has only the room its text needs, and the rows sit together above
    # the buttons
    heading = dialog.heading
    assert heading.height() <= heading.heightForWidth(heading.width()) + 4
    spacing = dialog.layout_.spacing()
    note = dialog.open_note.geometry()
    assert dialog.buttons.geometry().top() - note.bottom() <= 2 * spacing + 2
    assert dialog.height() <= dialog.heightForWidth(dialog.width()) + 2


# ------------------------------------------------------------------------- sidebar
def _gap_before_badge(view, row: int) -> int:
    """Blank pixel columns between a row's name and its count badge, as painted."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    top, bottom = rect.top() + 3, rect.bottom() - 3
    background = image.pixelColor(rect.right() - 1, rect.center().y())

    def blank(x: int) -> bool:
        return all(image.pixelColor(x, y) == background for y in range(top, bottom + 1))

    x = rect.right() - 1
    while blank(x):  # the margin right of the badge
        x -= 1
    while not blank(x):  # the badge
        x -= 1
    gap = 0
    while x > rect.left() and blank(x):
        gap += 1
        x -= 1
    return gap


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_views_count_never_touches_its_name(qtbot, lang):
    from app.store import views
    from app.ui.models import ViewsModel
    from app.ui.sidebar import ViewList

    # Given the demo register's counts in a Kazakh or Russian window, the sidebar as narrow
    # as at 1280x800
    i18n.install(lang)
    model = ViewsModel()
    model.set_counts(dict.fromkeys(views.VIEWS, 0) | {"all": 2000, "closed": 1976,
                                                      "open": 24})
    view = ViewList(model)
    qtbot.addWidget(view)
    view.resize(188, 500)
    view.show()
    qtbot.wait(10)
    # Then every name keeps a clear gap before its badge («Барлық өтініштер» and «2 000»)
    for view_name in ("all", "closed", "open"):
        assert _gap_before_badge(view, model.row_of(view_name)) >= 6, view_name


def test_a_count_grown_a_digit_is_measured_again(qtbot):
    from app.store import views
    from app.ui.models import ViewsModel
    from app.ui.sidebar import ViewList

    # Given the sidebar shown in Kazakh with a small count
    i18n.install("kk")
    model = ViewsModel()
    model.set_counts(dict.fromkeys(views.VIEWS, 0) | {"all": 40})
    view = ViewList(model)
    qtbot.addWidget(view)
    view.resize(188, 500)
    view.show()
    qtbot.wait(10)
    # When the count grows to thousands
    model.set_counts(dict.fromkeys(views.VIEWS, 0) | {"all": 2000})
    qtbot.wait(50)
    # Then the name still keeps its gap before the badge, on as many lines as it needs
    assert _gap_before_badge(view, model.row_of("all")) >= 6
    index = model.index(model.row_of("all"), 0)
    assert view.visualRect(index).height() >= view.sizeHintForIndex(index).height()


def test_a_record_dialog_grows_when_its_note_grows(register, qtbot):
    from app.ui.record_dialogs import ActionDialog

    # Given the action dialog opened tight around its rows, in Kazakh
    i18n.install("kk")
    rid = add_request(register, types=["access", "deletion"])
    dialog = ActionDialog(register, register.get_request(rid))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    # When an action with a longer explanation is chosen
    dialog.kind.setCurrentIndex(dialog.kind.findData("deleted"))
    qtbot.wait(10)
    # Then the explanation has all the lines it needs, between its field and the buttons
    effect = dialog.effect
    assert effect.height() >= effect.heightForWidth(effect.width())
    # And no row is squeezed into the next
    rows = [dialog.kind, dialog.note, dialog.by, effect, dialog.buttons]
    for upper, lower in zip(rows, rows[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
