"""Help in the window: the illustrated guide (Help → Guide, F1) and About.

The guide is bundled HTML with screenshots, one folder per interface language
(`resources/guide/<lang>/index.html`, images beside it), shown offline in a QTextBrowser in
the language the window speaks; links to other pages of the guide stay inside it, links
to the web open in the browser. About says which version this is, its license, and where
the register and the app's data are on this computer.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from . import ask, i18n

if TYPE_CHECKING:
    from .main_window import MainWindow

GUIDE = i18n.RESOURCES / "guide"


def guide_page(lang: str) -> Path:
    """The guide's first page in *lang*, or in English when that language has none."""
    page = GUIDE / lang / "index.html"
    return page if page.is_file() else GUIDE / "en" / "index.html"


class GuideDialog(QDialog):
    """The guide, beside the window (not modal: one reads it while working)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.resize(900, 720)
        self.browser = QTextBrowser(objectName="guideBrowser")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.lang = ""
        self.load()

    def load(self) -> None:
        """Show the guide in the interface language."""
        self.lang = i18n.current()
        page = guide_page(self.lang)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        self.setWindowTitle(self.tr("Otinish guide"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self.lang != i18n.current():
            self.load()
        super().changeEvent(event)


def show_guide(window: MainWindow) -> GuideDialog:
    """Open the guide (or bring it forward), in the interface language."""
    dialog = getattr(window, "guide_dialog", None)
    if dialog is None:
        dialog = GuideDialog(window)
        window.guide_dialog = dialog  # type: ignore[attr-defined]
    elif dialog.lang != i18n.current():
        dialog.load()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def version() -> str:
    """The installed version, from the package's metadata."""
    try:
        return metadata.version("otinish")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "?"


def about_text(window: MainWindow) -> str:
    """What About says, in the interface language."""
    from app.store.paths import user_data_dir

    translate = QCoreApplication.translate
    return "\n".join((
        translate("About", "Otinish {0} — a register of personal-data subject requests under "
                           "Law No. 94-V of the Republic of Kazakhstan.").format(version()),
        "",
        translate("About", "Free software under the GNU General Public License, version 3 or "
                           "later (GPL-3.0-or-later)."),
        "",
        translate("About", "Register: {0}").format(window.register.path),
        translate("About", "Data folder: {0}").format(user_data_dir()),
    ))


def show_about(window: MainWindow) -> None:
    """About Otinish."""
    ask.tell_info(window, about_text(window))
