"""The first run: language, the operator's details, and where the register's key is kept.

The wizard only asks; `create_register` then makes the register with the chosen secret
(`services.registers.create_register`, the same path as the command line's `init`) and
stores the answers in it as settings. The key is explained in plain words: either a
random key in the system keychain (nothing to remember), or a passphrase typed at every
start (nobody can recover it when it is forgotten). The first page also offers a demo
register of invented requests (`services.demo`), to look around before setting up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.languages import DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES
from app.services import USER_ERRORS, demo

from . import ask, i18n, icons
from .common import code_combo, fill_combo, note_label, show_user_error
from .operator_form import OperatorForm

if TYPE_CHECKING:
    from app.services.registers import Opened

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class FirstRun:
    """What the operator chose on the first run."""

    ui_lang: str
    letter_lang: str
    operator: dict[str, Any] | None
    key: str  # "keyring", "passphrase" or "env" (services.registers.KEY_CHOICES)
    passphrase: str | None


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Overridden by each page."""


class WelcomePage(_Page):
    """Languages: the interface (applied at once) and the default for letters; or the demo."""

    # The user chose to look around in the demo register instead.
    demoChosen = Signal()  # noqa: N815

    def __init__(self, offer_demo: bool = True) -> None:
        super().__init__()
        self.intro = note_label()
        self.demo_button = QCommandLinkButton()
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setIcon(icons.icon("open"))
        self.demo_button.clicked.connect(self.demoChosen)
        self.ui_lang = code_combo(i18n.LANGUAGES, lambda c: i18n.AUTONYMS[c], i18n.current())
        self.letter_lang = code_combo(LETTER_LANGUAGES, i18n.language_name,
                                      DEFAULT_LETTER_LANGUAGE)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.ui_lang)
        form.addRow(self.labels[1], self.letter_lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.demo_button)
        self.demo_button.setVisible(offer_demo)
        self.ui_lang.currentIndexChanged.connect(self._switch)
        self.retranslate()

    def _switch(self) -> None:
        i18n.install(self.ui_lang.currentData())
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):  # at once, not when the events arrive
            wizard.retranslate_all()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setTitle(self.tr("Welcome to Otinish"))
        self.setSubTitle(self.tr("A register of personal-data requests that keeps every "
                                 "deadline."))
        self.intro.setText(self.tr("Three short steps set up your register: the languages, "
                                   "your details as the operator, and where the register's "
                                   "key is kept. You can change all of it later in Settings."))
        self.labels[0].setText(self.tr("Interface language"))
        self.labels[1].setText(self.tr("Usual language of letters"))
        fill_combo(self.letter_lang, LETTER_LANGUAGES, i18n.language_name)
        self.demo_button.setText(self.tr("Look around in a demo register first"))
        self.demo_button.setDescription(self.tr(
            "%Ln invented request(s) over ten years, in a separate file locked with the "
            "passphrase “{0}”. Your own register is not touched; set it up whenever you "
            "are ready.", "", demo.DEMO_SIZE).format(demo.DEMO_PASSPHRASE))


class OperatorPage(_Page):
    """The operator's details, with the IIN/BIN checked as typed."""

    def __init__(self) -> None:
        super().__init__()
        self.form = OperatorForm()
        self.note = note_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.form.changed.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setTitle(self.tr("You, the operator"))
        self.setSubTitle(self.tr("These details head every letter you send."))
        self.note.setText(self.tr("You may leave the page empty and fill it in later; letters "
                                  "cannot be made until you do."))

    def isComplete(self) -> bool:  # noqa: N802
        """Complete when filled in properly, or left empty."""
        return self.form.is_empty() or self.form.is_complete()


class KeyPage(_Page):
    """Where the key is kept: the keychain when there is one, else a passphrase."""

    def __init__(self, keyring_available: bool, env_passphrase: bool) -> None:
        super().__init__()
        self.keyring_ok = keyring_available
        self.env = env_passphrase
        self.explain = note_label()
        self.use_keyring = QRadioButton()
        self.use_passphrase = QRadioButton()
        self.use_keyring.setVisible(keyring_available and not env_passphrase)
        self.use_passphrase.setVisible(keyring_available and not env_passphrase)
        (self.use_keyring if keyring_available else self.use_passphrase).setChecked(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.match = note_label()
        self.labels = [QLabel(), QLabel()]
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels[0], self.passphrase)
        form.addRow(self.labels[1], self.repeat)
        form.addRow("", self.match)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        for w in (self.passphrase, self.repeat):
            w.textChanged.connect(self._changed)
        self.use_keyring.toggled.connect(self._changed)
        self.retranslate()
        self._changed()

    def mode(self) -> str:
        """"env", "keyring" or "passphrase"."""
        if self.env:
            return "env"
        return "keyring" if self.keyring_ok and self.use_keyring.isChecked() else "passphrase"

    def _changed(self) -> None:
        self.fields.setVisible(self.mode() == "passphrase")
        first, second = self.passphrase.text(), self.repeat.text()
        if not first:
            self.match.setText("")
        elif len(first) < MIN_PASSPHRASE:
            self.match.setText(self.tr("At least %Ln characters.", "", MIN_PASSPHRASE))
        elif first != second:
            self.match.setText(self.tr("Type the same passphrase twice."))
        else:
            self.match.setText(self.tr("The two entries match."))
        self.completeChanged.emit()

    def problem(self) -> str | None:
        """Why the page cannot be finished, or None."""
        if self.mode() != "passphrase":
            return None
        first = self.passphrase.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("Choose a passphrase of at least %Ln characters.", "", MIN_PASSPHRASE)
        if first != self.repeat.text():
            return self.tr("The two passphrases differ; type them again.")
        return None

    def isComplete(self) -> bool:  # noqa: N802
        """Complete when the key choice can be used."""
        return self.problem() is None

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setTitle(self.tr("The register's key"))
        self.setSubTitle(self.tr("The register is one encrypted file; this is how it is "
                                 "unlocked."))
        if self.env:
            text = self.tr("The passphrase is taken from the OTINISH_PASSPHRASE environment "
                           "variable; nothing to choose here.")
        elif self.keyring_ok:
            text = self.tr("This computer has a system keychain. Otinish can keep a random key "
                           "there and unlock the register when you log in, with nothing to "
                           "remember. Or you can choose a passphrase to type at every start.")
        else:
            text = self.tr("This computer has no system keychain Otinish can use, so the "
                           "register is locked with a passphrase you type at every start. "
                           "Choose one you will remember: if it is lost, nobody can open the "
                           "register, not even us.")
        self.explain.setText(text)
        self.use_keyring.setText(self.tr("Keep a random key in the system keychain "
                                         "(recommended)"))
        self.use_passphrase.setText(self.tr("Use a passphrase I type at every start"))
        self.labels[0].setText(self.tr("Passphrase"))
        self.labels[1].setText(self.tr("Once more"))
        self._changed()


class FirstRunWizard(QWizard):
    """The first-run wizard; `choices()` after it is accepted."""

    def __init__(self, path: Path, keyring_available: bool, env_passphrase: bool,
                 parent: QWidget | None = None, offer_demo: bool = True) -> None:
        super().__init__(parent)
        self.path = path
        # True when the user chose the demo register instead of setting up their own.
        self.demo_chosen = False
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(offer_demo)
        self.welcome.demoChosen.connect(self.choose_demo)
        self.operator = OperatorPage()
        self.key = KeyPage(keyring_available, env_passphrase)
        for page in (self.welcome, self.operator, self.key):
            self.addPage(page)
        self.resize(760, 560)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Otinish — first start"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate_all(self) -> None:
        """Every page in the new interface language."""
        self.retranslate()
        for page in (self.welcome, self.operator, self.key):
            page.retranslate()
        self.operator.form.retranslate()

    def choices(self) -> FirstRun:
        """The answers (check `key.problem()` first); a user error when the operator's
        details cannot be used."""
        operator = None if self.operator.form.is_empty() else self.operator.form.operator()
        return FirstRun(
            ui_lang=self.welcome.ui_lang.currentData(),
            letter_lang=self.welcome.letter_lang.currentData(),
            operator=operator,
            key=self.key.mode(),
            passphrase=self.key.passphrase.text() if self.key.mode() == "passphrase" else None,
        )

    def choose_demo(self) -> None:
        """Finish now, to open the demo register (nothing else is asked)."""
        self.demo_chosen = True
        super().accept()

    def accept(self) -> None:
        """Finish only when every answer can be used."""
        if self.demo_chosen:
            super().accept()
            return
        problem = self.key.problem()  # the page's own sentence: no code of a layer below
        if problem:
            ask.tell_error(self, problem)
            return
        try:
            self.choices()
        except USER_ERRORS as exc:
            show_user_error(self, exc)
            return
        super().accept()


def create_register(path: Path, choices: FirstRun, clock: Any = None,
                    place_confirmed: bool = False) -> Opened:
    """Create the register at *path* as the wizard chose, with the answers in its settings
    (*place_confirmed*: the user agreed to a network or OneDrive folder)."""
    from app.services import operator, registers

    opened = registers.create_register(path, key=choices.key, passphrase=choices.passphrase,
                                       clock=clock, place_confirmed=place_confirmed)
    changes: dict[str, Any] = {"default_letter_language": choices.letter_lang}
    if choices.operator:
        changes["operator"] = choices.operator
    try:
        operator.save_settings(opened.register, changes)
    except BaseException:
        opened.register.close()
        raise
    i18n.save_language(choices.ui_lang)
    return opened


def run_first_run(path: Path, parent: QWidget | None = None, clock: Any = None,
                  offer_demo: bool = True) -> Opened | None:
    """Ask the first-run questions and create the register; None when cancelled.

    When the user chooses the demo instead, the (separate) demo register is opened and
    returned; the window fills it when it is empty.
    """
    import os

    from app.store.secrets import ENV_VAR, keyring_available

    wizard = FirstRunWizard(path, keyring_available(), bool(os.environ.get(ENV_VAR)), parent,
                            offer_demo=offer_demo)
    for _ in range(5):  # a real user changes their answer; a stuck loop must end
        if not ask.run_dialog(wizard):
            return None
        if wizard.demo_chosen:
            i18n.save_language(wizard.welcome.ui_lang.currentData())
            try:
                return demo.open_demo(clock)
            except USER_ERRORS as exc:
                show_user_error(parent, exc)
                return None
        try:
            return create_register(path, wizard.choices(), clock)
        except USER_ERRORS as exc:
            if getattr(exc, "code", None) not in PLACE_PROBLEMS:
                show_user_error(parent, exc)
                continue
            confirmed = _confirm_place(parent, exc)
        if not confirmed:
            return None
        try:
            return create_register(path, wizard.choices(), clock, place_confirmed=True)
        except USER_ERRORS as exc:
            show_user_error(parent, exc)
    return None


#: A new register's folder is on a network or inside OneDrive (services/registers.py).
PLACE_PROBLEMS = ("new_register_on_network", "new_register_in_onedrive")


def _confirm_place(parent: QWidget | None, problem: Exception) -> bool:
    """Say why the folder is not advised and ask whether to create the register there."""
    from PySide6.QtCore import QCoreApplication

    from . import messages

    return ask.confirm(parent, messages.word(problem) + " " + QCoreApplication.translate(
        "wizard", "Create the register there anyway?"), QCoreApplication.translate(
        "wizard", "Create it there"))
