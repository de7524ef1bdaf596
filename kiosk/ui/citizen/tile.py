"""The one button of the citizen screen: a large tile that paints its icon, words and count to fit its size.

Painting (not a layout of labels) lets a tile choose, for the space it gets at 1366×768, 1920×1080 or portrait,
whether the icon fits beside the words or above them, and how many lines the name and the description get,
without ever shrinking the text below the Look's size. Pressed, it changes colour at once (the answer a finger
needs before the database has replied).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QEnterEvent, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from kiosk.ui.citizen.icons import has_icon, paint_icon
from kiosk.ui.citizen.style import NORMAL, Look, Swatch
from kiosk.ui.lean_qt import (
    ALIGN_HCENTER,
    ALIGN_LEFT,
    ALIGN_VCENTER,
    elide_right,
    outline,
    set_by_name,
    set_text_colour,
    solid,
)

MODES = ("auto", "center", "stack")


class Measure:
    """A font's metrics that remember the widths they measured. Laying a tile out tries up to three icon sizes,
    and each try measures the same words again: a home screen's tiles asked some 670 widths before their first
    paint, a third of them new."""

    __slots__ = ("_metrics", "_widths", "_line", "_ascent", "_descent")

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self._widths: dict[str, float] = {}
        self._line = self._metrics.lineSpacing()
        self._ascent = self._metrics.ascent()
        self._descent = self._metrics.descent()

    def horizontalAdvance(self, text: str, length: int = -1) -> float:  # noqa: N802 - as QFontMetricsF names it
        if length >= 0:
            return self._metrics.horizontalAdvance(text, length)
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def lineSpacing(self) -> float:  # noqa: N802 - as QFontMetricsF names it
        return self._line

    def ascent(self) -> float:
        return self._ascent

    def descent(self) -> float:
        return self._descent


def wrap(fm: Measure | QFontMetricsF, text: str, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Words into at most `max_lines` lines of `width`; (lines, True when something had to be cut)."""
    if max_lines <= 0 or width <= 0:
        return [], bool(text.strip())
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and fm.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    cut = len(lines) > max_lines
    if cut:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
    out = []
    for line in lines:
        if fm.horizontalAdvance(line) > width:
            cut = True
            line = elide_right(fm, line, width)
        out.append(line)
    return out, cut


def line_px(look: Look, scale: float = 1.0) -> float:
    """Height of one line of bold tile text: what two-line tiles and bars are sized from."""
    font = QFont(look.family)
    font.setPointSizeF(look.body_pt * scale)
    font.setBold(True)
    return QFontMetricsF(font).lineSpacing()


class _Plan:
    """Where a tile's parts go at one size. A plain class, not a dataclass: a fast start defines it before its
    first paint, and a dataclass costs about a millisecond to define."""

    __slots__ = ("icon", "badge", "title", "subtitle", "text", "centred", "title_cut", "subtitle_cut", "top")

    def __init__(
        self,
        icon: QRectF | None,
        badge: QRectF | None,
        title: list[str],
        subtitle: list[str],
        text: QRectF,
        centred: bool,
        title_cut: bool,
        subtitle_cut: bool,
    ) -> None:
        self.icon, self.badge, self.title, self.subtitle, self.text = icon, badge, title, subtitle, text
        self.centred, self.title_cut, self.subtitle_cut = centred, title_cut, subtitle_cut
        self.top = False  # words start right under the icon row instead of being centred


ICONS_LATER = "iconsLater"  # a window's dynamic property: True while its tiles paint no icon yet


class TileButton(QAbstractButton):
    def __init__(
        self,
        title: str,
        subtitle: str = "",
        *,
        icon: str | None = None,
        kind: str = "service",
        mode: str = "auto",
        look: Look = NORMAL,
        title_scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._subtitle = subtitle
        self._icon = icon if has_icon(icon) else None
        self._kind = kind
        self._mode = mode if mode in MODES else "auto"
        self._look = look
        self._title_scale = title_scale
        self._badge: tuple[str, str] | None = None
        self._active = False
        self._plan: tuple[tuple[int, int], _Plan] | None = None
        self._peers: list[TileButton] = []
        self._fits_icon: tuple[int, int, bool] | None = None
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self._measures: tuple[Measure, Measure, Measure] | None = None
        self.setText(title)
        self.setAccessibleName(f"{title}. {subtitle}" if subtitle else title)
        # By name, and the cursor when a mouse first comes: tiles paint a fast start's first frame, which does not
        # build PySide6's Qt namespace (kiosk/ui/lean_qt.py).
        set_by_name(self, "focusPolicy", "NoFocus")  # a scanner's keystrokes stay with the screen's field
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._hand = False

    # ------------------------------------------------------------ content

    @property
    def title(self) -> str:
        return self._title

    @property
    def subtitle(self) -> str:
        return self._subtitle

    @property
    def badge(self) -> tuple[str, str] | None:
        return self._badge

    @property
    def active(self) -> bool:
        """Lit as pressed while its ticket is on the way (or, on a fast start, until the services are there)."""
        return self._active

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self._title, self._subtitle = title, subtitle
        self.setText(title)
        self._measures = None  # what the old words measured is of no more use
        self._changed()

    def set_badge(self, value: str | None, caption: str = "") -> None:
        """A count in the corner, e.g. ('12', 'đang chờ'); None removes it."""
        badge = (value, caption) if value is not None else None
        if badge != self._badge:
            self._badge = badge
            self._changed()

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.update()

    def set_look(self, look: Look) -> None:
        self._look = look
        self._fonts = None
        self._measures = None
        self._changed()

    def set_active(self, active: bool) -> None:
        """Hold the pressed colours while the tap is being answered."""
        self._active = active
        self.update()

    def _changed(self) -> None:
        self._plan = None
        self._fits_icon = None
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------ sizes and fonts

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        """(title, subtitle, badge number): never below the Look's body size."""
        if self._fonts is None:
            self._fonts = self._make_fonts()
        return self._fonts

    def measures(self) -> tuple[Measure, Measure, Measure]:
        """The metrics of fonts(), each remembering what it measured."""
        if self._measures is None:
            title, sub, number = self.fonts()
            self._measures = (Measure(title), Measure(sub), Measure(number))
        return self._measures

    def _make_fonts(self) -> tuple[QFont, QFont, QFont]:
        look = self._look
        title = QFont(look.family)
        title.setPointSizeF(look.body_pt * self._title_scale)
        title.setBold(True)
        sub = QFont(look.family)
        sub.setPointSizeF(look.body_pt)
        number = QFont(look.family)
        number.setPointSizeF(look.body_pt * 1.25)
        number.setBold(True)
        return title, sub, number

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = self._look.touch_px
        return QSize(side, side)

    def text_width(self) -> float:
        """Width the name needs: one line when short, else the best split into two lines."""
        fm, _, _ = self.measures()
        words = self._title.split()
        whole = fm.horizontalAdvance(self._title)
        if len(words) < 2 or whole <= self._look.touch_px * 3.5:
            return whole
        return min(
            max(fm.horizontalAdvance(" ".join(words[:n])), fm.horizontalAdvance(" ".join(words[n:])))
            for n in range(1, len(words))
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        icon = self._look.touch_px * 0.6 + 16 if self._icon else 0
        width = max(self._look.touch_px, int(self.text_width() + 44 + icon))
        return QSize(width, self._look.touch_px)

    @property
    def title_cut(self) -> bool:
        """True when the name did not fit at the current size (tests check no tile cuts its name)."""
        return self._layout().title_cut

    # ------------------------------------------------------------ layout

    def _layout(self) -> _Plan:
        key = (self.width(), self.height())
        if self._plan is not None and self._plan[0] == key:
            return self._plan[1]
        plan = self._compute(QRectF(self.rect()))
        self._plan = (key, plan)
        return plan

    def _compute(self, rect: QRectF) -> _Plan:
        tf, sf, nf = self.measures()
        pad = max(10.0, min(20.0, rect.width() * 0.045))
        pad_v = max(8.0, min(14.0, rect.height() * 0.05))
        inner = rect.adjusted(pad, pad_v, -pad, -pad_v)
        gap = pad
        badge = None
        vertical = self._mode == "stack" or (self._mode == "auto" and rect.height() >= rect.width() * 0.62)
        if self._badge is not None:
            bw, bh = self._badge_size(nf, sf)
            if vertical:
                badge = QRectF(inner.right() - bw, inner.top(), bw, bh)
            else:
                badge = QRectF(inner.right() - bw, inner.center().y() - bh / 2, bw, bh)
                inner.setRight(inner.right() - bw - gap)
        if self._mode == "center":
            return self._centred(inner, tf, sf, gap, badge)
        if vertical:
            return self._stacked(inner, tf, sf, gap, badge)
        return self._beside(inner, tf, sf, gap, badge)

    def _badge_size(self, nf: Measure, sf: Measure) -> tuple[float, float]:
        """One line: the count large and bold, its caption beside it ('12 người chờ')."""
        assert self._badge is not None
        number, caption = self._badge
        width = nf.horizontalAdvance(number) + (sf.horizontalAdvance(" " + caption) if caption else 0)
        return width + 4, nf.lineSpacing()

    def _text_block(
        self, area: QRectF, tf: Measure, sf: Measure, max_title: int = 3
    ) -> tuple[list[str], list[str], bool, bool]:
        lines_room = max(1, int(area.height() // tf.lineSpacing()))
        title, title_cut = wrap(tf, self._title, area.width(), min(max_title, lines_room))
        used = len(title) * tf.lineSpacing()
        sub_room = int((area.height() - used) // sf.lineSpacing()) if self._subtitle else 0
        subtitle, sub_cut = wrap(sf, self._subtitle, area.width(), sub_room) if sub_room > 0 else ([], False)
        return title, subtitle, title_cut, sub_cut or (bool(self._subtitle) and not subtitle)

    def _beside(self, inner: QRectF, tf: Measure, sf: Measure, gap: float, badge: QRectF | None) -> _Plan:
        icon_rect = None
        text = QRectF(inner)
        if self._icon:
            side = min(inner.height(), self._look.touch_px * 0.8)
            with_icon = QRectF(inner.left() + side + gap, inner.top(), inner.width() - side - gap, inner.height())
            _, _, cut, _ = self._text_block(with_icon, tf, sf)
            self._fits_icon = (self.width(), self.height(), not cut)
            peers_fit = all(peer is self or peer.icon_fits() for peer in self._peers)
            # The words come first: the icon stays only when they fit beside it, on every tile of the row (so
            # the row looks alike).
            if not cut and peers_fit:
                icon_rect = QRectF(inner.left(), inner.center().y() - side / 2, side, side)
                text = with_icon
        title, subtitle, title_cut, sub_cut = self._text_block(text, tf, sf)
        return _Plan(icon_rect, badge, title, subtitle, text, False, title_cut, sub_cut)

    def set_peers(self, peers: list[TileButton]) -> None:
        """Tiles shown side by side: they show their icons only if all of them can."""
        self._peers = peers
        self._changed()

    def icon_fits(self) -> bool:
        if self._fits_icon is None or self._fits_icon[:2] != (self.width(), self.height()):
            self._plan = None
            self._layout()
        return bool(self._fits_icon and self._fits_icon[2])

    def _stacked(self, inner: QRectF, tf: Measure, sf: Measure, gap: float, badge: QRectF | None) -> _Plan:
        """Icon (and count) on a row of their own above the words; 'stack' centres a large icon instead.

        The icon grows with the tile as long as every word still fits below it; the words never give way to it.
        """
        centred = self._mode == "stack"
        badge_h = badge.height() if badge is not None else 0.0
        if not self._icon:
            sizes = [0.0]
        elif centred:
            sizes = [min(inner.height() - tf.lineSpacing() * 2.5, inner.width() * 0.7, self._look.touch_px * 2.4), 0.0]
        else:
            base = badge_h or min(inner.height() * 0.3, self._look.touch_px * 0.7)
            sizes = [max(base, min(inner.height() * 0.3, self._look.touch_px)), base, 0.0]

        def attempt(side: float) -> tuple[QRectF, list[str], list[str], bool, bool]:
            top_row = max(badge_h, side)
            text = QRectF(inner)
            if top_row:
                text = QRectF(inner.left(), inner.top() + top_row + 4, inner.width(), inner.height() - top_row - 4)
            return (text, *self._text_block(text, tf, sf))

        tried = [(side, attempt(side)) for side in dict.fromkeys(sizes)]
        # Everything fits (largest icon first); else the name whole (with an icon if possible); else as it comes.
        side, (text, title, subtitle, title_cut, sub_cut) = next(
            (t for t in tried if not (t[1][3] or t[1][4])), next((t for t in tried if not t[1][3]), tried[0])
        )
        icon_rect = None
        if side:
            left = inner.center().x() - side / 2 if centred else inner.left()
            icon_rect = QRectF(left, inner.top() + max(0.0, (badge_h - side) / 2), side, side)
        if centred and icon_rect is not None:  # the picture and its words as one block in the middle
            words = len(title) * tf.lineSpacing() + len(subtitle) * sf.lineSpacing()
            shift = max(0.0, (inner.height() - side - 4 - words) / 2)
            icon_rect.translate(0, shift)
            text = QRectF(inner.left(), icon_rect.bottom() + 4, inner.width(), words)
        plan = _Plan(icon_rect, badge, title, subtitle, text, centred, title_cut, sub_cut)
        plan.top = not centred and text.top() > inner.top()
        return plan

    def _centred(self, inner: QRectF, tf: Measure, sf: Measure, gap: float, badge: QRectF | None) -> _Plan:
        room = max(1, int(inner.height() // tf.lineSpacing()))
        side = min(inner.height(), self._look.touch_px * 0.6) if self._icon else 0.0
        title, title_cut = wrap(tf, self._title, inner.width() - (side + gap if side else 0), room)
        if title_cut and side:  # the words matter more than the picture
            side = 0.0
            title, title_cut = wrap(tf, self._title, inner.width(), room)
        width = max((tf.horizontalAdvance(line) for line in title), default=0)
        total = width + (side + gap if side else 0)
        left = inner.center().x() - total / 2
        icon_rect = QRectF(left, inner.center().y() - side / 2, side, side) if side else None
        text = QRectF(left + (side + gap if side else 0), inner.top(), width, inner.height())
        return _Plan(icon_rect, badge, title, [], text, True, title_cut, False)

    # ------------------------------------------------------------ painting

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        """The pointing hand, set the first time a mouse comes over the tile (a touch screen never needs it)."""
        if not self._hand:
            from PySide6.QtCore import Qt

            self._hand = True
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def _colours(self) -> tuple[Swatch, bool, str, str]:
        """(the kind's swatch, pressed or lit, background, text colour) for the tile's state now."""
        swatch = self._look.swatch(self._kind)
        down = self.isDown() or self.isChecked() or self._active
        bg, ink = (swatch.down_bg, swatch.down_ink) if down else (swatch.bg, swatch.ink)
        return swatch, down, bg, ink

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The text colour in the palette before the first paint (the style sheet has set it by then), so that
        # paint needs no second one.
        set_text_colour(self, self._colours()[3])
        super().showEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Drawn with kiosk/ui/lean_qt.py's helpers, not QPainter.setPen/setBrush: a fast start's first frame is
        # made of tiles, and those calls would build PySide6's Qt namespace before it.
        swatch, down, bg, ink = self._colours()
        set_text_colour(self, ink)  # the painter's first pen: the words are drawn in it
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            painter.setOpacity(0.35)  # e.g. 'Trang trước' on the first page
        border = 4.0 if swatch.border != swatch.bg or down else 0.0
        box = QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2)
        radius = min(18.0, box.height() * 0.2)
        shape = QPainterPath()
        shape.addRoundedRect(box, radius, radius)
        painter.fillPath(shape, solid(bg))
        if border:
            painter.strokePath(shape, outline(swatch.border, border))
        plan = self._layout()
        # A window may hold its icons back for its first frame (KioskWindow in a fast start): their room is kept,
        # so the words do not move when the icons come.
        if plan.icon is not None and self._icon and not self.window().property(ICONS_LATER):
            painter.save()  # the icon may change the pen the words need
            paint_icon(painter, self._icon, plan.icon, ink)
            painter.restore()
        title_font, sub_font, number_font = self.fonts()
        tf, sf, nf = self.measures()
        block = len(plan.title) * tf.lineSpacing() + len(plan.subtitle) * sf.lineSpacing()
        y = plan.text.top() if plan.top else plan.text.top() + max(0.0, (plan.text.height() - block) / 2)
        align = (ALIGN_HCENTER if plan.centred else ALIGN_LEFT) | ALIGN_VCENTER
        for font, fm, lines in ((title_font, tf, plan.title), (sub_font, sf, plan.subtitle)):
            painter.setFont(font)
            for line in lines:
                rect = QRectF(plan.text.left(), y, plan.text.width(), fm.lineSpacing())
                painter.drawText(rect, align, line)
                y += fm.lineSpacing()
        if plan.badge is not None and self._badge is not None:
            number, caption = self._badge
            baseline = plan.badge.top() + (plan.badge.height() + nf.ascent() - nf.descent()) / 2
            x = plan.badge.left()
            painter.setFont(number_font)
            painter.drawText(QPointF(x, baseline), number)
            if caption:
                painter.setFont(sub_font)
                painter.drawText(QPointF(x + nf.horizontalAdvance(number), baseline), " " + caption)
        painter.end()
