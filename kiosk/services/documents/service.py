"""What the citizen takes home: the queue ticket, QR handouts and instruction sheets, as PDF bytes.

The service gathers plain data (tickets, catalogue, settings) and hands it to the renderers in ticket_pdf,
handout_pdf and guide_pdf; it returns a `Document` that the printing service can queue or a caller can save.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError, NotFoundError
from kiosk.services.catalogue.service import CatalogueService, load_guide
from kiosk.services.documents.document import Document
from kiosk.services.documents.guide import GuideView, HelpPlace, check_size, guide_view, render_guide
from kiosk.services.documents.handout import HandoutSection, HandoutView, QrLink, render_handout
from kiosk.services.documents.handout import check_size as check_handout_size
from kiosk.services.documents.ticket import TicketView, render_ticket
from kiosk.services.queue.reads import QueueReads
from kiosk.services.sample import SAMPLE_LINE, is_sample
from kiosk.services.settings import SettingsService
from kiosk.services.web.links import link_base, ticket_qr_text
from kiosk.text import clean

DOSSIER_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/]*")
INSTALL_HINT = "Mở camera điện thoại (hoặc Zalo › Quét mã QR), hướng vào mã để mở trang tải ứng dụng chính thức."
SAFETY = "Chỉ tải ứng dụng từ CH Play, App Store hoặc trang chính thức. Không đưa mã OTP, mật khẩu cho bất kỳ ai."


@dataclass(frozen=True)
class GuideInfo:
    slug: str
    title: str
    version_date: date | None
    summary: str | None


def _target(size: str) -> str:
    return "ticket" if size == "80mm" else "sheet"


class HandoutService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        settings: SettingsService,
        catalogue: CatalogueService,
        point_code: str = "XA",
        queue: QueueReads | None = None,
    ) -> None:
        self._queue = queue
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self._catalogue = catalogue
        self._point_code = point_code

    # ------------------------------------------------------------ ticket

    def ticket(self, view: TicketView) -> Document:
        """Render a ticket from plain data: the citizen screen calls this right after issuing."""
        return Document(
            "ticket",
            view.code,
            f"Phiếu số thứ tự {view.code}",
            "ticket",
            render_ticket(view, self._mark()),
            view.ticket_id,
        )

    def ticket_by_code(self, code: str, day: date | None = None) -> Document:
        return self.ticket(self.ticket_view(code, day))

    def ticket_view(self, code: str, day: date | None = None) -> TicketView:
        """This point's ticket of today with this code (another point on the server has its own A001), with the
        queue ahead of it as it stands now."""
        wanted = (code or "").strip().upper()
        parts = re.fullmatch(r"([A-Z]{1,2})0*(\d{1,3})", wanted)
        if parts:  # "a4" and "A04" mean A004, as the number is said aloud
            wanted = f"{parts[1]}{int(parts[2]):03d}"
        day = day or business_date(self._clock.now())
        with transaction(self._sessions) as session:
            ticket = session.scalar(
                select(m.Ticket)
                .join(m.Point, m.Point.id == m.Ticket.point_id)
                .where(m.Point.code == self._point_code, m.Ticket.business_date == day, m.Ticket.code == wanted)
            )
            if ticket is None:
                raise NotFoundError(f"Không có phiếu số {wanted} trong ngày {day:%d/%m/%Y}.")
            point = session.get(m.Point, ticket.point_id)
            service = session.get(m.QueueService, ticket.service_id)
            assert point is not None and service is not None  # foreign keys
            counters = session.execute(
                select(m.Counter.number, m.Counter.state)
                .join(m.CounterService, m.CounterService.counter_id == m.Counter.id)
                .where(
                    m.CounterService.service_id == ticket.service_id,
                    m.Counter.point_id == ticket.point_id,
                    m.Counter.active,
                )
                .order_by(m.Counter.number)
            ).all()
            priority = None
            if ticket.priority_group:
                term = session.scalar(
                    select(m.Term.name).where(m.Term.kind == "priority_group", m.Term.code == ticket.priority_group)
                )
                priority = term or ticket.priority_group
        ahead = wait = None
        if ticket.status == "waiting" and self._queue is not None and day == business_date(self._clock.now()):
            # The queue owns the calling order and the estimate: a reprint says what the kiosk said.
            info = self._queue.ticket(ticket.code)
            ahead, wait = info.waiting_ahead, info.estimated_wait_min
        base = link_base({key: self._settings.get(key) for key in ("web.enabled", "web.public_url")})
        return TicketView(
            code=ticket.code,
            ticket_uuid=str(ticket.uuid),
            qr_text=ticket_qr_text(ticket.uuid, base),
            office_name=point.name,
            commune_name=point.commune_name,
            service_name=service.name,
            printed_at=self._clock.now(),
            counters=tuple(number for number, _ in counters),
            people_ahead=ahead,
            wait_minutes=wait,
            priority_name=priority,
            ticket_id=ticket.id,
        )

    # ------------------------------------------------------------ QR handouts

    def apps(self, size: str = "80mm") -> Document:
        size = check_handout_size(size)
        sections = []
        for app in self._catalogue.apps(handout_only=True):
            links = []
            if app.android_url:
                links.append(QrLink(app.android_url, "Android (CH Play)"))
            if app.ios_url:
                links.append(QrLink(app.ios_url, "iPhone (App Store)"))
            if not links and app.web_url:
                links.append(QrLink(app.web_url, "Trang chính thức"))
            if links:
                sections.append(HandoutSection(app.name, [app.publisher] if app.publisher else [], links=links))
        if not sections:
            raise InputError(
                "Chưa có ứng dụng nào được chọn in trên tờ hướng dẫn: đánh dấu on_handout cho ứng dụng trong "
                "tệp danh mục apps.yaml rồi chạy kiosk catalogue import --update."
            )
        view = self._handout_view("CÀI ỨNG DỤNG TRÊN ĐIỆN THOẠI", sections, intro=INSTALL_HINT, warning=SAFETY)
        pdf = render_handout(view, size, self._mark())
        return Document("handout", "apps", "Cài ứng dụng trên điện thoại", _target(size), pdf)

    def channels(self, size: str = "80mm") -> Document:
        size = check_handout_size(size)
        website = self._setting_text("office.website")
        zalo = self._setting_text("office.zalo_oa")
        hotline = self._setting_text("office.hotline")
        sections = []
        if website:
            url = _as_url(website)
            sections.append(HandoutSection("Trang thông tin điện tử", links=[QrLink(url, _bare(url))]))
        if zalo:
            url = _as_url(zalo)
            sections.append(
                HandoutSection(
                    "Zalo OA của xã", ["Quét bằng Zalo, bấm Quan tâm để nhận tin."], links=[QrLink(url, _bare(url))]
                )
            )
        if hotline:
            tel = "tel:" + re.sub(r"[^0-9+]", "", hotline)
            sections.append(HandoutSection("Đường dây nóng", emphasis=hotline, links=[QrLink(tel, "Quét để gọi")]))
        if not sections:
            raise InputError(
                "Xã chưa khai báo kênh liên hệ nào: xin nhập trang web, Zalo OA hoặc số đường dây nóng "
                "ở màn hình Quản trị, thẻ Cài đặt, nhóm Kênh liên hệ của xã "
                "(hoặc lệnh kiosk settings set office.website|office.zalo_oa|office.hotline …)."
            )
        view = self._handout_view("KÊNH LIÊN HỆ CỦA XÃ", sections, with_hotline=False)
        pdf = render_handout(view, size, self._mark())
        return Document("handout", "channels", "Kênh liên hệ của xã", _target(size), pdf)

    def dossier(self, code: str, portal: str = "dvcqg", size: str = "80mm") -> Document:
        size = check_handout_size(size)
        dossier = clean(code, field="mã hồ sơ", max_len=64, required=True) or ""
        if not DOSSIER_CODE.fullmatch(dossier):
            raise InputError(f"Mã hồ sơ '{dossier}' không hợp lệ: chỉ gồm chữ, số và các dấu . - _ /")
        term = next((t for t in self._catalogue.terms("portal") if t.code == portal), None)
        if term is None:
            raise NotFoundError(f"Không có cổng dịch vụ công mã '{portal}' trong danh mục.")
        tracking = str((term.extra or {}).get("tracking_url") or "")
        if not tracking and portal == "cong_dvc_tinh":
            tracking = self._setting_text("office.province_portal_url")
        if not tracking:
            raise InputError(f"{term.name} chưa có địa chỉ tra cứu hồ sơ trong danh mục; xin bổ sung tracking_url.")
        url = tracking.replace("{code}", quote(dossier, safe=""))
        how = (
            ["Quét mã để xem tình trạng hồ sơ."]
            if "{code}" in tracking
            else ["Quét mã để mở trang tra cứu, rồi nhập mã hồ sơ ở trên."]
        )
        sections = [
            HandoutSection("Mã hồ sơ", emphasis=dossier),
            HandoutSection(f"Tra cứu trên {term.name}", how, links=[QrLink(url, "Trang tra cứu hồ sơ")]),
        ]
        view = self._handout_view("THEO DÕI HỒ SƠ ĐÃ NỘP", sections)
        return Document(
            "handout",
            f"dossier:{dossier}",
            f"Tra cứu hồ sơ {dossier}",
            _target(size),
            render_handout(view, size, self._mark()),
        )

    # ------------------------------------------------------------ instruction sheets

    def guides(self) -> list[GuideInfo]:
        return [GuideInfo(g.slug, g.title, g.version_date, g.summary) for g in self._catalogue.guides()]

    def guide(self, slug: str, size: str = "a4") -> Document:
        row = self._catalogue.guide(slug)
        return self._guide_document(row.slug, row.content, size)

    def guide_view(self, slug: str) -> GuideView:
        """The guide as plain data with its QR links (the app's stores first): what the kiosk shows page by page."""
        row = self._catalogue.guide(slug)
        return self._guide_view(row.slug, row.content)

    def guide_file(self, path: Path, size: str = "a4") -> Document:
        """Render a guide YAML file that is not (yet) in the catalogue, to check it before shipping."""
        slug, content = load_guide(path)
        return self._guide_document(slug, content, size)

    def _guide_document(self, slug: str, content: dict[str, Any], size: str) -> Document:
        size = check_size(size)
        view = self._guide_view(slug, content)
        point = self._point()
        place = HelpPlace(point.name, point.address, self._setting_text("office.hotline") or None)
        return Document("guide", slug, view.title, "sheet", render_guide(view, place, size, self._mark()))

    def _guide_view(self, slug: str, content: dict[str, Any]) -> GuideView:
        links: list[QrLink] = []
        app_code = content.get("app")
        if app_code:
            app = next((a for a in self._catalogue.apps() if a.code == app_code), None)
            if app is not None:
                if app.android_url:
                    links.append(QrLink(app.android_url, f"Tải {app.name} cho Android"))
                if app.ios_url:
                    links.append(QrLink(app.ios_url, f"Tải {app.name} cho iPhone"))
                if not links and app.web_url:
                    links.append(QrLink(app.web_url, f"Trang chính thức {app.name}"))
        return guide_view(slug, content, links)

    # ------------------------------------------------------------ helpers

    def _handout_view(
        self,
        title: str,
        sections: list[HandoutSection],
        *,
        intro: str | None = None,
        warning: str | None = None,
        with_hotline: bool = True,
    ) -> HandoutView:
        point = self._point()
        footer = [f"Nơi hỗ trợ: {point.short_name or point.name}"]
        if point.address:
            footer.append(point.address)
        hotline = self._setting_text("office.hotline")
        if hotline and with_hotline:
            footer.append(f"Đường dây nóng: {hotline}")
        return HandoutView(
            title=title,
            office_name=point.name,
            printed_at=self._clock.now(),
            intro=intro,
            sections=sections,
            warning=warning,
            footer_lines=footer,
        )

    def _mark(self) -> str:
        """ "DỮ LIỆU MẪU…" on everything printed from a database holding sample data (services/sample.py)."""
        return SAMPLE_LINE if is_sample(self._sessions) else ""

    def _point(self) -> m.Point:
        """This machine's point; a database without it falls back to the commune desk, so printing never stops."""
        with transaction(self._sessions) as session:
            point = session.scalar(select(m.Point).where(m.Point.code == self._point_code))
            if point is None:
                point = session.scalar(select(m.Point).where(m.Point.active).order_by(m.Point.kind != "commune_desk"))
        if point is None:
            raise NotFoundError("Chưa khai báo nơi làm việc nào trong danh mục; xin nạp danh mục trước khi in.")
        return point

    def _setting_text(self, key: str) -> str:
        value = self._settings.get(key)
        return " ".join(str(value).split()) if value else ""


def _as_url(value: str) -> str:
    return value if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I) else "https://" + value


def _bare(url: str) -> str:
    return re.sub(r"^https?://", "", url).rstrip("/")
