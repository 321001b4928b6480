"""The banners over the register table: what needs attention today, what is past retention,
that this is the demo register, and what the operator should know about a letter just made.

`Banner` is the widget (a sentence, a button that acts on it, a close cross); `Notices`
decides what each banner says from the register's reads, and re-says it after a
language switch. The actions behind the buttons belong to other controllers (restore,
purge, setting up one's own register); this module only points at them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.domain.errors import Notice
from app.services import demo, incidents
from app.store import views

from . import icons, messages

if TYPE_CHECKING:
    from .main_window import MainWindow


class Banner(QFrame):
    """A banner over the table: what needs attention, with a button to act on it."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(name)
        # A calm blue for news (the demo); the app's style sheet has warn and alert.
        self.setStyleSheet('#notice[severity="info"] { background: #e8f1fb; '
                           'border: 1px solid #b9d3ee; border-radius: 6px; }')
        self._action: Callable[[], Any] | None = None
        self.icon = QLabel()
        self.icon.setPixmap(icons.icon("warning").pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.show_button.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, button: str, action: Callable[[], Any],
            severity: str = "warn") -> None:
        """Show *text* with a button doing *action*, coloured by *severity*."""
        self.text.setText(text)
        self.icon.setVisible(severity != "info")
        self.show_button.setText(button)
        self.show_button.setVisible(bool(button))
        self._action = action
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    def _act(self) -> None:
        if self._action is not None:
            self._action()


class Notices(QObject):
    """What the banners say: attention (overdue, due soon, damaged), retention, demo, and the
    warnings of a letter just made (no address to send it to)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.attention = Banner(name="attention")
        self.retention = Banner(name="retention")
        self.demo = Banner(name="demo")
        self.letter = Banner(name="letter")
        self.place = Banner(name="place")
        self.recovery = Banner(name="recovery")
        self.banners = (self.attention, self.retention, self.demo, self.letter, self.place,
                        self.recovery)
        self._attention_view = "overdue"
        self._past_retention = 0  # closed requests past the retention period, last counted
        self._letter: tuple[int, list[Notice]] = (0, [])  # the request and its warnings

    def retranslate(self) -> None:
        """Re-say every visible banner in the interface language."""
        for banner in self.banners:
            banner.close_button.setToolTip(self.tr("Hide this notice"))
        if self.attention.isVisible():
            self.show_start_notice()
        if self.retention.isVisible():
            self.show_purge_notice(self._past_retention)
        if self.demo.isVisible():
            self.show_demo_notice()
        if self.letter.isVisible():
            self.show_letter_warnings(*self._letter)
        if self.place.isVisible():
            self.show_place_notice()
        if self.recovery.isVisible():
            self.show_recovery_notice()

    def show_start_notice(self) -> None:
        """Say plainly what is overdue or due by the next working day (hidden when nothing)."""
        register = self.window.register
        if register.check_pending:
            self.attention.say(self.tr(
                "Otinish ended unexpectedly last time, so the register is being checked. Until "
                "the check passes (seconds; longer for a large register) it can be read but "
                "not changed."), "", lambda: None, "info")
            return
        if register.damaged:
            self._attention_view = "all"
            self.attention.say(self.tr(
                "The register failed its integrity check, so it is open read-only and nothing "
                "can be changed. Restore the newest backup."),
                self.tr("Restore from backup…"), self.window.keeping.restore_backup, "alert")
            return
        if register.witness_problem is not None:
            # The history differs from its witness outside the file (edited behind the
            # app's back): said before anything else, until `check --accept-history`.
            self._attention_view = "all"
            self.attention.say(messages.word(register.witness_problem),
                               self.tr("Restore from backup…"),
                               self.window.keeping.restore_backup, "alert")
            return
        overdue, soon = views.attention(register)
        parts = []
        if overdue:
            parts.append(self.tr("%Ln request(s) overdue", "", overdue))
        if soon:
            parts.append(self.tr("%Ln due by the next working day", "", soon))
        # Breach notices due today or overdue (app/services/incidents.py).
        breaches = len(incidents.open_incidents_due(register))
        if breaches:
            parts.append(self.tr("%Ln breach notice(s) to the authorized body due today or "
                                 "overdue", "", breaches))
        if not parts:
            self.attention.hide()
            return
        self._attention_view = "overdue" if overdue else "due_soon" if soon else "incidents"
        self.attention.say(self.tr("Needs attention: {0}.").format("; ".join(parts)),
                           self.tr("Show"), self._show_attention_view,
                           "alert" if overdue or breaches else "warn")

    def _show_attention_view(self) -> None:
        if self._attention_view == "incidents":
            self.window.incidents_entry.open_view()
            return
        self.window.set_view(self._attention_view)

    def show_purge_notice(self, past: int | None = None) -> None:
        """Offer the purge when closed requests are past the retention period.

        *past*: how many, when a background job has counted them already.
        """
        register = self.window.register
        if register.damaged:
            self.retention.hide()
            return
        n = past if past is not None else len(
            register.purge_candidates(register.retention_cutoff()))
        self._past_retention = n
        if not n:
            self.retention.hide()
            return
        years = self.tr("%Ln year(s)", "", register.retention_years())
        self.retention.say(self.tr(
            "%Ln closed request(s) are past the retention period ({0}): their personal data "
            "should now be erased.", "", n).format(years),
            self.tr("Review and purge…"), self.window.keeping.purge_old)

    def show_demo_notice(self) -> None:
        """Say that this is the demo register, and how to set up one's own."""
        register = self.window.register
        if not demo.is_demo(register.path):
            self.demo.hide()
            return
        self.demo.say(self.tr(
            "This is the demo register: invented requests in a separate file ({0}), locked "
            "with the passphrase “{1}”. Nothing you do here touches your own register.")
            .format(register.path.name, demo.DEMO_PASSPHRASE),
            self.tr("Set up my own register…"), self.window.switching.set_up_own_register,
            "info")

    def show_letter_warnings(self, request_id: int, warnings: list[Notice]) -> None:
        """Say what the operator should know about a letter just made (hidden when nothing),
        and offer to add the address a letter can be sent to."""
        self._letter = (request_id, list(warnings))
        if not warnings:
            self.letter.hide()
            return
        self.letter.say(" ".join(messages.word(w) for w in warnings),
                        self.tr("Add the address…"), self._add_address)

    def _add_address(self) -> None:
        self.letter.hide()
        self.window.select_request(self._letter[0], switch_view=True)
        self.window.corrections.edit()

    def show_all(self) -> None:
        """The notices a register shows as soon as it is open (retention waits for a count)."""
        self.retention.hide()
        self.letter.hide()
        self.show_start_notice()
        self.show_demo_notice()
        self.show_place_notice()
        self.show_recovery_notice()

    def show_place_notice(self) -> None:
        """Say where the register is when that needs care: a network folder (opened for one
        program at a time) or OneDrive (conflict copies, placeholders); hidden otherwise."""
        from app.services.registers import place_notices

        found = place_notices(self.window.register)
        if not found:
            self.place.hide()
            return
        self.place.say(" ".join(messages.word(n) for n in found), "", lambda: None)

    def show_recovery_notice(self) -> None:
        """A register whose key is only in this computer's keychain, with no recovery
        passphrase yet: say so and offer to make one (issue 19); hidden otherwise."""
        from app.store import keychain_marks
        from app.store.recovery import recovery_path

        register = self.window.register
        if register.damaged or demo.is_demo(register.path) or \
                not keychain_marks.is_marked(register.path) or \
                recovery_path(register.path).exists():
            self.recovery.hide()
            return
        self.recovery.say(self.tr(
            "The key of this register is kept only in this computer's keychain: if the "
            "keychain is lost (a new computer, a reset profile), nobody can open the register "
            "or its backups. A recovery passphrase, written down and kept apart, gets the key "
            "back."), self.tr("Make a recovery passphrase…"),
            self.window.keeping.recovery_passphrase, "info")
