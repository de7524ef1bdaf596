"""The hall board at / for a smart TV or a second PC's browser: what the hall display shows (desks and the number
each serves, people waiting per service, the latest calls, the ticker), from `DisplayService.board()`."""

from __future__ import annotations

from datetime import datetime
from html import escape

from kiosk.clock import to_local
from kiosk.services.display import Board
from kiosk.services.web.assets import BOARD_CSS, BOARD_JS
from kiosk.services.web.pages import frame

_DESK_STATE = {"paused": "Tạm nghỉ", "closed": "Đã đóng"}


def board_fragment(board: Board) -> str:
    desks = []
    for d in board.desks:
        if d.state == "open":
            number = escape(d.serving) if d.serving else "–"
            detail = escape(d.service_name or "Đang chờ gọi số")
        else:
            number, detail = _DESK_STATE.get(d.state, d.state), escape(d.name)
        desks.append(
            f'<div class="desk {escape(d.state)}"><div class="n">Quầy số {d.number}</div>'
            f'<div class="c">{number}</div><div class="s">{detail}</div></div>'
        )
    rows = "".join(
        f'<tr><td>{escape(s.prefix)} · {escape(s.name)}</td><td class="w">{s.waiting}</td></tr>' for s in board.services
    )
    recent = "".join(f"<span>{escape(c.code)} → quầy {c.counter}</span>" for c in board.recent[:5])
    ticker = escape("   •   ".join(board.notices))
    return (
        f'<div class="grid"><section><h2>Đang phục vụ</h2><div class="desks">{"".join(desks)}</div></section>'
        f"<section><h2>Đang chờ</h2><table>{rows}</table>"
        f'<div class="recent"><h2>Vừa gọi</h2>{recent or "Chưa gọi số nào hôm nay."}</div></section></div>'
        f'<div class="ticker"><div>{ticker}</div></div>'
    )


def board_page(board: Board, nonce: str, now: datetime) -> str:
    """`now`: the server's time; the TV's clock may be wrong, so the page keeps the server's (Vietnam time)."""
    body = (
        f'<div class="top"><h1>{escape(board.office)} · Bộ phận một cửa</h1>'
        f'<div id="clock" data-now="{int(now.timestamp() * 1000)}">{to_local(now):%H:%M}</div></div>'
        f'<div id="live">{board_fragment(board)}</div>'
    )
    refresh = '<noscript><meta http-equiv="refresh" content="15"></noscript>'
    return frame(f"{board.office} – Bảng số thứ tự", body, nonce, css=BOARD_CSS, script=BOARD_JS, head=refresh)
