"""The citizen's phone page, /v/<uuid>: the live part (one HTML fragment per ticket state) and the whole page.

The same fragment is served in the page and pushed over Server-Sent Events, so a phone with JavaScript and one
reloading every 15 s without it show the same thing. States: waiting (number, service, people ahead, the wait),
called ("Mời ông/bà đến quầy số N"), parked, skipped, finished (then the rating, then thanks), cancelled,
no-show, and expired (a ticket of an earlier day). Nothing personal: a ticket carries no identity.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from kiosk.services.queue.follow import Followed
from kiosk.services.web.assets import PHONE_CSS, PHONE_JS
from kiosk.services.web.pages import frame

# The satisfaction scale's faces, best first (the kiosk's four faces; the names come from the catalogue).
_MOUTHS = ("M18 36 Q28 48 38 36", "M19 37 Q28 43 37 37", "M19 39 L37 39", "M19 42 Q28 34 37 42")


@dataclass(frozen=True)
class PhoneState:
    html: str  # the live fragment
    css: str  # class of the live part: waiting | called | over | gone
    state: str  # waiting | called | parked | skipped | rate | rated | cancelled | no_show | expired
    key: str  # changes when the phone must alert again (a recall too)
    title: str
    open: bool  # the ticket can still be called: the sound button is worth showing

    def as_json(self) -> str:
        return json.dumps(
            {
                "html": self.html,
                "css": self.css,
                "state": self.state,
                "key": self.key,
                "title": self.title,
                "open": self.open,
            },
            ensure_ascii=False,
        )


def _face(n: int) -> str:
    mouth = _MOUTHS[min(n, len(_MOUTHS) - 1)]
    return (
        '<svg viewBox="0 0 56 56" aria-hidden="true"><circle cx="28" cy="28" r="25" fill="#fde68a" '
        'stroke="#14213d" stroke-width="3"/><circle cx="20" cy="23" r="3.5" fill="#14213d"/>'
        f'<circle cx="36" cy="23" r="3.5" fill="#14213d"/><path d="{mouth}" fill="none" stroke="#14213d" '
        'stroke-width="3.5" stroke-linecap="round"/></svg>'
    )


def rating_form(action: str, token: str, levels: Sequence[tuple[str, str]]) -> str:
    buttons = "".join(
        f'<button class="l{n}" type="submit" name="level" value="{escape(code)}">{_face(n)}{escape(name)}</button>'
        for n, (code, name) in enumerate(levels)
    )
    return (
        f'<form method="post" action="{escape(action)}"><input type="hidden" name="token" value="{escape(token)}">'
        f'<p class="big">Ông/bà hài lòng thế nào với việc phục vụ hôm nay?</p><div class="faces">{buttons}</div></form>'
    )


def phone_state(f: Followed, *, token: str, levels: Sequence[tuple[str, str]]) -> PhoneState:
    t = f.ticket
    head = (
        f'<div class="card main"><div class="code">{escape(t.code)}</div>'
        f'<div class="service">{escape(t.service_name)}</div>'
    )
    desk = f"quầy số {t.counter}" if t.counter else "quầy"
    if f.expired:
        day = t.business_date.strftime("%d/%m/%Y")
        body = (
            f'<p class="state">Phiếu đã hết hạn</p><p class="big">Phiếu này của ngày {day}. '
            "Nếu cần làm thủ tục, xin lấy số mới tại ki-ốt.</p>"
        )
        return _state(head, body, "gone", "expired", t.code, "Phiếu đã hết hạn")
    if t.status == "waiting":
        ahead = t.waiting_ahead or 0
        if ahead == 0:
            facts = '<p class="next">Ông/bà là người <b>tiếp theo</b>.</p>'
        else:
            facts = f'<div class="fact">Trước ông/bà còn<b>{ahead} người</b></div>'
            if t.estimated_wait_min:
                facts += f'<div class="fact">Dự kiến chờ<b>~{t.estimated_wait_min} phút</b></div>'
            facts = f'<div class="facts">{facts}</div>'
        target = f'<p class="muted">Sẽ được mời đến quầy số {t.target_counter}.</p>' if t.target_counter else ""
        body = f'<p class="state">Đang chờ gọi số</p>{facts}{target}'
        return _state(head, body, "waiting", "waiting", t.code, f"{t.code} – đang chờ", is_open=True)
    if t.status == "serving":
        body = f'<p class="call">Mời ông/bà đến<b>quầy số {t.counter}</b></p>'
        if t.counter_name:
            body += f'<p class="muted">{escape(t.counter_name)}</p>'
        key = f"{t.counter}:{t.call_count}"
        return _state(head, body, "called", "called", key, f"{t.code} – mời đến quầy số {t.counter}", is_open=True)
    if t.status == "parked":
        body = (
            '<p class="state">Tạm chờ bổ sung giấy tờ</p>'
            f'<p class="big">Khi ông/bà sẵn sàng, {escape(desk)} sẽ gọi lại số này.</p>'
        )
        return _state(head, body, "waiting", "parked", t.code, f"{t.code} – tạm chờ", is_open=True)
    if t.status == "skipped":
        body = (
            '<p class="state">Đã gọi nhưng ông/bà vắng mặt</p>'
            f'<p class="big">Xin đến ngay {escape(desk)} hoặc báo cán bộ để được xếp lại.</p>'
        )
        return _state(head, body, "gone", "skipped", t.code, f"{t.code} – vắng mặt", is_open=True)
    if t.status == "finished":
        if f.rating:
            body = (
                '<p class="state">Đã phục vụ xong</p>'
                f'<p class="big">Cảm ơn ông/bà đã đánh giá: <b>{escape(f.rating_name or f.rating)}</b>.</p>'
            )
            return _state(head, body, "over", "rated", t.code, f"{t.code} – đã đánh giá")
        form = rating_form(f"/v/{t.uuid}/rate", token, levels)
        body = f'<p class="state">Đã phục vụ xong</p></div><div class="card">{form}'
        return _state(head, body, "over", "rate", t.code, f"{t.code} – xin đánh giá")
    if t.status == "cancelled":
        body = '<p class="state">Phiếu đã huỷ</p><p class="big">Nếu cần làm thủ tục, xin lấy số mới tại ki-ốt.</p>'
        return _state(head, body, "gone", "cancelled", t.code, f"{t.code} – đã huỷ")
    body = (  # no_show, and any status a later release may add
        f'<p class="state">{escape(t.status_name)}</p>'
        '<p class="big">Số này không còn hiệu lực. Nếu cần làm thủ tục, xin lấy số mới tại ki-ốt.</p>'
    )
    return _state(head, body, "gone", "no_show", t.code, f"{t.code} – không còn hiệu lực")


def _state(head: str, body: str, css: str, state: str, key: str, title: str, *, is_open: bool = False) -> PhoneState:
    return PhoneState(html=f"{head}{body}</div>", css=css, state=state, key=f"{state}:{key}", title=title, open=is_open)


def phone_page(ticket_uuid: str, s: PhoneState, office: str, nonce: str) -> str:
    sound = (
        f'<button id="sound" type="button" data-on="Đã bật âm báo"{"" if s.open else " hidden"}>'
        "Bật âm báo khi được gọi</button>"
    )
    body = (
        f"<header>{escape(office)} · Số thứ tự</header>"
        f'<div id="live" class="{s.css}" data-state="{s.state}" data-key="{escape(s.key)}" '
        f'data-feed="/v/{ticket_uuid}/events">{s.html}</div>'
        f'<div class="card">{sound}<p class="foot">Trang tự cập nhật; xin giữ trang này mở. '
        "Không cần mạng Internet, chỉ cần Wi-Fi của bộ phận một cửa.</p></div>"
    )
    # Without JavaScript the page reloads itself; with it, the script reloads only when the live stream fails.
    refresh = '<noscript><meta http-equiv="refresh" content="15"></noscript>'
    return frame(s.title, body, nonce, css=PHONE_CSS, script=PHONE_JS, head=refresh)
