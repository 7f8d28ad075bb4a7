"""The employee's view of their own case: large type, one thing at a time, nothing else reachable.

It shows the case's title, its summary and the notes shared with the employee, then the evidence one
item at a time (oldest first: domain.evidence.chronological_key) with the image fitted to the screen,
its date, platform and literal text, then the next steps that need the employee's consent. The
employee can say a fact is wrong ("Klopt niet…") and give or withdraw consent; both are stored and
audited at once. There is no case list, no search, no menu and no way to another case; only the
counsellor's passphrase ends the view (also when the window manager asks it to close).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QImage, QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop import APP_NAME
from ogg_desktop.domain.case import Case, Consent, ConsentScope
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.notes import Note
from ogg_desktop.domain.review import Correction
from ogg_desktop.gui import formats
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog, decode_image
from ogg_desktop.gui.labels import confidence_label, consent_label
from ogg_desktop.gui.messages import invalid_input_text, vault_error_text
from ogg_desktop.gui.review.dialogs import ConsentConfirmDialog, CorrectionDialog, Fact, LeaveReviewDialog
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError

TYPE_SCALE = 1.5  # the review view's base font, relative to the app's
MAX_ENLARGE = 2.0  # a small screenshot may be shown up to twice its size to be readable


def _label(text: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # employee-facing text is never interpreted as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _scrolling(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _long_date(day: date) -> str:
    return formats.full_date(day)


def _moment(utc_text: str) -> str:
    """A stored UTC time as the local clock showed it, e.g. 'dinsdag 3 juni 2026 14:05'."""
    try:
        local = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    return f"{_long_date(local.astimezone().date())} {formats.time_of_day(local)}"


class FittedImage(QWidget):
    """The evidence image, as large as fits: reduced smoothly, enlarged (at most 2×) without blurring.
    The scaled copy is kept for the current size, so a repaint does not scale a large capture again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self._scaled = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._scaled = QImage()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def target(self) -> QRectF:
        """Where the image goes, in logical pixels."""
        ratio = self.devicePixelRatioF()
        width, height = self.image.width() / ratio, self.image.height() / ratio
        scale = min(self.width() / width, self.height() / height, MAX_ENLARGE)
        target = QRectF(0, 0, width * scale, height * scale)
        target.moveCenter(QRectF(self.rect()).center())
        return target

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        ratio = self.devicePixelRatioF()
        target = self.target()
        device = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
        if self._scaled.size() != device:
            smooth = device.width() < self.image.width()
            self._scaled = self.image.scaled(device, Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation if smooth
                                             else Qt.TransformationMode.FastTransformation)
            self._scaled.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.drawImage(target.topLeft(), self._scaled)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()


class ItemPage(QWidget):
    """One evidence item: the image on the left, what is recorded about it on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = FittedImage(self)
        self.image.setAccessibleName(self.tr("Afbeelding van het bewijsstuk"))
        self.enlarge_button = QPushButton(self.tr("Ver&groten…"), self)
        self.enlarge_button.setAccessibleName(self.tr("Afbeelding vergroten"))
        self.enlarge_button.setToolTip(self.tr("De afbeelding op ware grootte bekijken, met inzoomen"))
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.image, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.enlarge_button)
        row.addStretch(1)
        ll.addLayout(row)

        inner = QWidget(self)
        self.title = _label("", inner, scale=1.3, bold=True)
        self.title.setAccessibleName(self.tr("Titel van het bewijsstuk"))
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.posted = _label("", inner)
        self.platform = _label("", inner)
        self.poster = _label("", inner)
        self.learned = _label("", inner)
        self.context = _label("", inner)
        for widget, caption in ((self.posted, self.tr("Geplaatst")), (self.platform, self.tr("Waar")),
                                (self.poster, self.tr("Vermoedelijk geplaatst door")),
                                (self.learned, self.tr("U wist ervan op")), (self.context, self.tr("Context"))):
            widget.setAccessibleName(caption)
            self.facts.addRow(_label(caption, inner, bold=True), widget)
        self.transcript_caption = _label(self.tr("Letterlijke tekst"), inner, bold=True)
        self.transcript = _label("", inner)
        self.transcript.setAccessibleName(self.tr("Letterlijke tekst"))
        self.transcript.setFrameShape(QFrame.Shape.StyledPanel)
        self.transcript.setMargin(12)
        self.transcript.setAutoFillBackground(True)
        self.transcript.setBackgroundRole(QPalette.ColorRole.Base)
        self.wrong_button = QPushButton(self.tr("Klopt &niet…"), inner)
        self.wrong_button.setAccessibleName(self.tr("Klopt niet: iets aan dit bewijsstuk is onjuist"))
        self.wrong_button.setToolTip(self.tr("Zeg wat er niet klopt; het wordt met datum en tijd vastgelegd"))
        self.corrections = _label("", inner)
        self.corrections.setAccessibleName(self.tr("Wat u eerder aangaf"))
        il = QVBoxLayout(inner)
        il.setContentsMargins(12, 0, 16, 0)
        il.addWidget(self.title)
        il.addLayout(self.facts)
        il.addSpacing(8)
        il.addWidget(self.transcript_caption)
        il.addWidget(self.transcript)
        il.addSpacing(8)
        button_row = QHBoxLayout()
        button_row.addWidget(self.wrong_button)
        button_row.addStretch(1)
        il.addLayout(button_row)
        il.addWidget(self.corrections)
        il.addStretch(1)
        right = _scrolling(inner, self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3)
        layout.addWidget(right, 2)

    def set_row(self, widget: QLabel, text: str) -> None:
        widget.setText(text)
        self.facts.setRowVisible(widget, bool(text))


class ReviewWindow(QWidget):
    """A top-level window for one case. ``ended`` only after the counsellor's passphrase."""

    itemShown = Signal(int)  # the employee moved to this evidence item
    recorded = Signal()  # a correction or a consent decision was stored
    ended = Signal()  # the passphrase was right: review mode is over
    quitRequested = Signal()  # the passphrase cannot be checked; the counsellor chose to quit

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        assert case.id is not None
        self.session = session
        self.case = case
        self.items: list[EvidenceItem] = []
        self.notes: list[Note] = []
        self.position = 0  # 0: overview, 1..n: the items, n + 1: the next steps
        self._may_close = False
        self._leaving = False
        self._images: dict[int, QImage] = {}
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        self.setWindowTitle(self.tr("Samen bekijken — {reference} — {app}").format(
            reference=case.reference, app=APP_NAME))
        self.setAccessibleName(self.tr("Samen bekijken"))

        # Header: the case, and the only way out ------------------------------------------------
        self.case_title = _label(case.title, self, scale=1.4, bold=True)
        self.case_title.setAccessibleName(self.tr("Titel van het dossier"))
        self.subtitle = _label(self.tr("Samen bekijken met uw vertrouwenspersoon · {reference}").format(
            reference=case.reference), self)
        self.end_button = QPushButton(self.tr("&Samen bekijken beëindigen…"), self)
        self.end_button.setAccessibleName(self.tr("Samen bekijken beëindigen (wachtwoord van de vertrouwenspersoon)"))
        self.end_button.setToolTip(self.tr("Alleen de vertrouwenspersoon: vraagt het wachtwoord"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.case_title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)

        # Sections ----------------------------------------------------------------------------
        self.overview_button = QPushButton(self.tr("&Overzicht"), self)
        self.evidence_button = QPushButton(self.tr("&Bewijs"), self)
        self.consent_button = QPushButton(self.tr("&Toestemming"), self)
        self.sections = QButtonGroup(self)
        for button, name in ((self.overview_button, self.tr("Overzicht")), (self.evidence_button, self.tr("Bewijs")),
                             (self.consent_button, self.tr("Toestemming voor vervolgstappen"))):
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.sections.addButton(button)
        section_row = QHBoxLayout()
        for button in (self.overview_button, self.evidence_button, self.consent_button):
            section_row.addWidget(button)
        section_row.addStretch(1)

        # Pages -------------------------------------------------------------------------------
        self.overview = self._build_overview()
        self.item_page = ItemPage(self)
        self.consent_page = self._build_consent_page()
        self.stack = QStackedWidget(self)
        for page in (self.overview, self.item_page, self.consent_page):
            self.stack.addWidget(page)

        # Walking through ---------------------------------------------------------------------
        self.message = InlineMessage(self)
        self.previous_button = QPushButton(self.tr("← &Vorige"), self)
        self.previous_button.setAccessibleName(self.tr("Vorige"))
        self.next_button = QPushButton(self.tr("Vo&lgende →"), self)
        self.next_button.setAccessibleName(self.tr("Volgende"))
        self.where = _label("", self, bold=True)
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setAccessibleName(self.tr("Waar u bent"))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.where, 1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(section_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(nav)

        self.end_button.clicked.connect(self.request_leave)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.overview_button.clicked.connect(lambda: self.go_to(0))
        self.evidence_button.clicked.connect(self._go_to_evidence)
        self.consent_button.clicked.connect(lambda: self.go_to(len(self.items) + 1))
        self.item_page.wrong_button.clicked.connect(self._item_wrong)
        self.item_page.enlarge_button.clicked.connect(self._enlarge)
        for keys, slot in (((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_previous),
                           ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_next)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self.reload()
        self.go_to(0)

    # Content ------------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        inner = QWidget(self)
        self.summary_caption = _label(self.tr("Waar gaat het om"), inner, scale=1.2, bold=True)
        self.summary = _label("", inner)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.notes_caption = _label(self.tr("Notities die met u gedeeld zijn"), inner, scale=1.2, bold=True)
        self.notes_label = _label("", inner)
        self.notes_label.setAccessibleName(self.tr("Notities die met u gedeeld zijn"))
        self.overview_wrong = QPushButton(self.tr("Klopt &niet…"), inner)
        self.overview_wrong.setAccessibleName(self.tr("Klopt niet: iets in de samenvatting of een notitie is onjuist"))
        self.overview_corrections = _label("", inner)
        self.overview_corrections.setAccessibleName(self.tr("Wat u eerder aangaf"))
        hint = _label(self.tr("Met ‘Volgende’ (of de pijltjestoets naar rechts) bekijkt u het bewijs één voor één, "
                              "van oud naar nieuw."), inner)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.summary_caption)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes_label)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.overview_wrong)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.overview_corrections)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.overview_wrong.clicked.connect(self._overview_wrong)
        return _scrolling(inner, self)

    def _build_consent_page(self) -> QWidget:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(_label(self.tr("Vervolgstappen: uw toestemming"), inner, scale=1.2, bold=True))
        layout.addWidget(_label(self.tr(
            "Deze stappen zet de vertrouwenspersoon alleen met uw toestemming. Wat u hier kiest, wordt met datum "
            "en tijd in uw dossier vastgelegd. U kunt toestemming later altijd weer intrekken."), inner))
        self.consent_boxes: dict[ConsentScope, tuple[QLabel, QPushButton]] = {}
        for scope in ConsentScope:
            box = QGroupBox(inner)
            box.setAccessibleName(consent_label(scope))
            bl = QVBoxLayout(box)
            bl.addWidget(_label(consent_label(scope), box, scale=1.1, bold=True))
            bl.addWidget(_label(self._scope_text(scope), box))
            state = _label("", box, bold=True)
            state.setAccessibleName(self.tr("Toestemming nu: {step}").format(step=consent_label(scope)))
            button = QPushButton(box)
            row = QHBoxLayout()
            row.addWidget(state, 1)
            row.addWidget(button)
            bl.addLayout(row)
            button.clicked.connect(lambda _checked=False, s=scope: self._consent_clicked(s))
            layout.addWidget(box)
            self.consent_boxes[scope] = (state, button)
        layout.addStretch(1)
        return _scrolling(inner, self)

    def _scope_text(self, scope: ConsentScope) -> str:
        return {
            ConsentScope.PLATFORM_REPORT: self.tr(
                "Het bericht samen melden bij het platform (bijvoorbeeld LinkedIn of YouTube), zodat het platform "
                "het kan verwijderen."),
            ConsentScope.POLICE_REPORT: self.tr(
                "De organisatie doet aangifte bij de politie. Bij sommige strafbare feiten (zoals belediging) doet u "
                "zelf aangifte of tekent u een volmacht."),
            ConsentScope.SHARE_WITH_HR: self.tr(
                "HR krijgt een overzicht met alleen de bewijsstukken die u goedkeurt, zonder de eigen notities van "
                "de vertrouwenspersoon."),
            ConsentScope.LEGAL_STEPS: self.tr(
                "Juridische hulp inschakelen, bijvoorbeeld als het platform het bericht niet verwijdert."),
        }[scope]

    def reload(self) -> None:
        """Read the case again (the counsellor may have changed it); stays on the same item."""
        current = self.current_item()
        fresh = self.session.cases.get(self.case.id or 0)
        if fresh is not None:
            self.case = fresh
        self.case_title.setText(self.case.title)
        self.items = self.session.review.items(self.case)
        self.notes = self.session.review.shared_notes(self.case)
        self._images.clear()
        self.evidence_button.setEnabled(bool(self.items))
        self._fill_overview()
        self._fill_consents()
        if current is not None and current.id is not None and self.show_item(current.id, announce=False):
            return
        self.go_to(min(self.position, len(self.items) + 1), announce=False)

    def _corrections_text(self, corrections: list[Correction]) -> str:
        if not corrections:
            return ""
        lines = [self.tr("Wat u eerder aangaf:")]
        for c in corrections:
            lines.append(self.tr("• {when} — {what}: “{correction}”").format(
                when=_moment(c.at_utc), what=self._field_label(c.field), correction=c.correction))
        return "\n".join(lines)

    def _field_label(self, field: str) -> str:
        return {
            "summary": self.tr("Samenvatting"), "title": self.tr("Titel"), "date": self.tr("Geplaatst"),
            "platform": self.tr("Waar"), "poster": self.tr("Vermoedelijk geplaatst door"),
            "learned_on": self.tr("U wist ervan op"), "transcript": self.tr("Letterlijke tekst"),
            "context": self.tr("Context"), "note": self.tr("Notitie"), "other": self.tr("Iets anders"),
        }.get(field, field)

    def _fill_overview(self) -> None:
        self.summary.setText(self.case.summary.strip() or self.tr("(Er is nog geen samenvatting geschreven.)"))
        self.notes_label.setText("\n\n".join(self._note_text(n) for n in self.notes))
        self.notes_caption.setVisible(bool(self.notes))
        self.notes_label.setVisible(bool(self.notes))
        case_corrections = [c for c in self.session.review.corrections(self.case) if c.item_id is None]
        self.overview_corrections.setText(self._corrections_text(case_corrections))
        self.overview_corrections.setVisible(bool(case_corrections))

    def _note_text(self, note: Note) -> str:
        day = note.created_at[:10]
        try:
            when = _long_date(date.fromisoformat(day))
        except ValueError:
            when = day
        return f"{when}\n{note.body.strip()}"

    def _fill_consents(self) -> None:
        consents = self.session.cases.consents(self.case)
        for scope, (state, button) in self.consent_boxes.items():
            mine = [c for c in consents if c.scope == scope]
            active = next((c for c in reversed(mine) if c.active), None)
            if active is not None:
                state.setText(self.tr("Nu: u hebt toestemming gegeven ({date}).").format(
                    date=_long_date(active.given_on)))
                button.setText(self.tr("Toestemming intrekken…"))
                button.setAccessibleName(self.tr("Toestemming intrekken: {step}").format(step=consent_label(scope)))
            else:
                withdrawn = mine[-1].withdrawn_on if mine else None
                state.setText(self.tr("Nu: geen toestemming (ingetrokken op {date}).").format(
                    date=_long_date(withdrawn)) if withdrawn else self.tr("Nu: geen toestemming."))
                button.setText(self.tr("Toestemming geven…"))
                button.setAccessibleName(self.tr("Toestemming geven: {step}").format(step=consent_label(scope)))
            state.setAccessibleDescription(state.text())

    # Walking through ----------------------------------------------------------------------------
    def current_item(self) -> EvidenceItem | None:
        return self.items[self.position - 1] if 1 <= self.position <= len(self.items) else None

    @Slot()
    def go_next(self) -> None:
        self.go_to(self.position + 1)

    @Slot()
    def go_previous(self) -> None:
        self.go_to(self.position - 1)

    @Slot()
    def _go_to_evidence(self) -> None:
        self.go_to(1 if self.items else 0)

    def show_item(self, item_id: int, announce: bool = False) -> bool:
        """Show this case's item ``item_id``; False (and nothing changes) for an item not in this case."""
        for index, item in enumerate(self.items):
            if item.id == item_id:
                self.go_to(index + 1, announce=announce)
                return True
        return False

    def go_to(self, position: int, announce: bool = True) -> None:
        last = len(self.items) + 1
        position = max(0, min(position, last))
        moved = position != self.position
        self.position = position
        item = self.current_item()
        if position == 0:
            self.stack.setCurrentWidget(self.overview)
            self.overview_button.setChecked(True)
            self.where.setText(self.tr("Overzicht"))
        elif item is not None:
            self._show_item(item)
            self.stack.setCurrentWidget(self.item_page)
            self.evidence_button.setChecked(True)
            self.where.setText(self.tr("Bewijsstuk {n} van {total}").format(n=position, total=len(self.items)))
        else:
            self.stack.setCurrentWidget(self.consent_page)
            self.consent_button.setChecked(True)
            self.where.setText(self.tr("Vervolgstappen"))
        self.where.setAccessibleDescription(self.where.text())
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < last)
        if moved:
            self.message.clear_message()
        if announce and item is not None and item.id is not None:
            self.itemShown.emit(item.id)

    def _show_item(self, item: EvidenceItem) -> None:
        assert item.id is not None
        page = self.item_page
        image = self._images.get(item.id)
        if image is None:
            image = decode_image(self.session.evidence.original_bytes(item.id))
            self._images = {item.id: image}  # one image in memory at a time
        page.image.set_image(image)
        page.image.setAccessibleDescription(self.tr("{w} × {h} beeldpunten").format(w=image.width(), h=image.height()))
        page.enlarge_button.setEnabled(not image.isNull())
        page.title.setText(item.title or self.tr("(zonder titel)"))
        facts = {f.field: f.shown for f in self._item_facts(item)}
        page.set_row(page.posted, facts.get("date", ""))
        page.set_row(page.platform, facts.get("platform", ""))
        page.set_row(page.poster, facts.get("poster", ""))
        page.set_row(page.learned, facts.get("learned_on", ""))
        page.set_row(page.context, facts.get("context", ""))
        page.transcript.setText(item.transcript.strip() or self.tr("(De tekst is nog niet overgenomen.)"))
        corrections = [c for c in self.session.review.corrections(self.case) if c.item_id == item.id]
        page.corrections.setText(self._corrections_text(corrections))
        page.corrections.setVisible(bool(corrections))

    def _item_facts(self, item: EvidenceItem) -> list[Fact]:
        """What the item page shows, as facts the employee can mark as wrong."""
        posted = []
        if item.posted_on:
            posted.append(_long_date(item.posted_on))
        if item.posted_at_shown:
            posted.append(self.tr("zoals getoond: ‘{shown}’").format(shown=item.posted_at_shown))
        if not posted:
            posted.append(self.tr("onbekend; vastgelegd op {date}").format(date=_moment(item.captured_at_utc)))
        where = " · ".join(p for p in (item.platform, item.channel) if p)
        poster = ""
        name = self.session.review.poster_name(self.case, item)
        if name:
            poster = self.tr("{name} (zekerheid: {confidence})").format(
                name=name, confidence=confidence_label(item.poster_confidence).lower())
        learned = _long_date(item.learned_on) if item.learned_on else ""
        return [Fact("title", self.tr("Titel"), item.title), Fact("date", self.tr("Geplaatst"), ", ".join(posted)),
                Fact("platform", self.tr("Waar"), where),
                Fact("poster", self.tr("Vermoedelijk geplaatst door"), poster),
                Fact("learned_on", self.tr("U wist ervan op"), learned),
                Fact("transcript", self.tr("Letterlijke tekst"), item.transcript.strip()),
                Fact("context", self.tr("Context"), item.context.strip())]

    def _modal(self, dialog: QDialog) -> int:
        """Run a dialog of this window; afterwards this window has the keyboard again (also without a window
        manager to hand it back), so no key can land anywhere else."""
        try:
            return dialog.exec()
        finally:
            if self.isVisible():
                self.activateWindow()

    # Klopt niet ---------------------------------------------------------------------------------
    @Slot()
    def _item_wrong(self) -> None:
        item = self.current_item()
        if item is None:
            return
        facts = [f for f in self._item_facts(item)
                 if f.shown or f.field in ("date", "platform", "poster", "learned_on")]
        facts.append(Fact("other", self.tr("Iets anders"), ""))
        self.ask_correction(item, facts)

    @Slot()
    def _overview_wrong(self) -> None:
        facts = [Fact("summary", self.tr("Samenvatting"), self.case.summary.strip())]
        facts += [Fact("note", self.tr("Notitie van {date}").format(date=self._note_text(n).split("\n", 1)[0]),
                       n.body.strip()) for n in self.notes]
        facts.append(Fact("other", self.tr("Iets anders"), ""))
        self.ask_correction(None, facts)

    def ask_correction(self, item: EvidenceItem | None, facts: list[Fact]) -> None:
        dialog = CorrectionDialog(facts, self.font(), self)
        try:
            while self._modal(dialog) == QDialog.DialogCode.Accepted:
                fact = dialog.fact()
                if fact is None:
                    return
                try:
                    self.session.review.mark_wrong(self.case, item, fact.field, fact.shown, dialog.text())
                except InvalidInputError as exc:
                    dialog.message.show_message("warning", invalid_input_text(exc))
                    continue
                except VaultError as exc:
                    dialog.message.show_message("error", vault_error_text(exc))
                    continue
                self.message.show_message("success", self.tr(
                    "Vastgelegd om {time}: wat u zei over ‘{what}’. De vertrouwenspersoon past het aan of "
                    "bespreekt het met u.").format(time=formats.time_of_day(now_utc()), what=fact.label))
                if item is None:
                    self._fill_overview()
                else:
                    self._show_item(item)
                self.recorded.emit()
                return
        finally:
            dialog.deleteLater()

    # Consent ------------------------------------------------------------------------------------
    def _consent_clicked(self, scope: ConsentScope) -> None:
        consents = self.session.cases.consents(self.case)
        active: Consent | None = next((c for c in reversed(consents) if c.scope == scope and c.active), None)
        give = active is None
        step = consent_label(scope)
        if give:
            title = self.tr("Toestemming geven")
            text = self.tr("Dit wordt nu in uw dossier vastgelegd, met datum en tijd:\n\nU geeft toestemming voor: "
                           "{step}.\n\nU kunt deze toestemming later altijd weer intrekken.").format(step=step)
            confirm = self.tr("Ja, toestemming geven")
        else:
            title = self.tr("Toestemming intrekken")
            text = self.tr("Dit wordt nu in uw dossier vastgelegd, met datum en tijd:\n\nU trekt uw toestemming in "
                           "voor: {step}.\n\nWat al gedaan is, blijft staan. Zonder uw toestemming wordt deze stap "
                           "niet verder gezet.").format(step=step)
            confirm = self.tr("Ja, toestemming intrekken")
        dialog = ConsentConfirmDialog(title, text, confirm, self.font(), self)
        try:
            if self._modal(dialog) != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        try:
            self.session.review.set_consent(self.case, scope, give,
                                            how=self.tr("gegeven door de medewerker bij samen bekijken"))
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self._fill_consents()
        time = formats.time_of_day(now_utc())
        self.message.show_message("success", self.tr("Vastgelegd om {time}: u gaf toestemming voor ‘{step}’.").format(
            time=time, step=step) if give else self.tr(
            "Vastgelegd om {time}: u trok uw toestemming in voor ‘{step}’.").format(time=time, step=step))
        self.recorded.emit()

    # The image in full ---------------------------------------------------------------------------
    @Slot()
    def _enlarge(self) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        image = self._images.get(item.id) or decode_image(self.session.evidence.original_bytes(item.id))
        if image.isNull():
            return
        dialog = ImageViewerDialog(image, item.title or self.tr("(zonder titel)"), self)
        dialog.setFont(self.font())
        try:
            self._modal(dialog)
        finally:
            dialog.deleteLater()

    # Leaving ------------------------------------------------------------------------------------
    @Slot()
    def request_leave(self) -> None:
        """Ask the counsellor's passphrase; only the right one ends review mode."""
        if self._leaving or self._may_close:
            return
        self._leaving = True
        dialog = LeaveReviewDialog(lambda typed: self.session.review.leave(self.case, typed), self.font(), self)
        try:
            result = self._modal(dialog)
        finally:
            dialog.deleteLater()
            self._leaving = False
        if result == QDialog.DialogCode.Accepted:
            self._may_close = True
            self.ended.emit()
            self.close()
        elif result == LeaveReviewDialog.QUIT:
            self._may_close = True
            self.quitRequested.emit()

    def force_close(self) -> None:
        """The app is closing (from the counsellor's own window): no passphrase needed to stop showing."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self._images.clear()
            super().closeEvent(event)
            return
        event.ignore()  # Alt+F4 or the window manager's close button: never straight to the counsellor's view
        QTimer.singleShot(0, self.request_leave)
