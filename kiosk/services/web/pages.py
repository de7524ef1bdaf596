"""The HTML frame every page shares, and the short Vietnamese pages for refusals (404, 429, ...).

Everything is inline (styles and scripts carry the response's CSP nonce): no external resource, so a phone with no
internet loads the page from the office PC alone, in one request.
"""

from __future__ import annotations

from html import escape

from kiosk.services.web.assets import BASE_CSS


def frame(title: str, body: str, nonce: str, *, css: str = "", script: str = "", head: str = "") -> str:
    style = f'<style nonce="{nonce}">{BASE_CSS}{css}</style>'
    js = f'<script nonce="{nonce}">{script}</script>' if script else ""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'  # no /favicon.ico request: one request per page
        f"<title>{escape(title)}</title>{head}{style}</head><body>{body}{js}</body></html>"
    )


def error_page(title: str, hint: str, nonce: str, *, back: str | None = None) -> str:
    link = f'<p><a class="button" href="{escape(back)}">Quay lại trang số thứ tự</a></p>' if back else ""
    body = f'<main class="card notice"><h1>{escape(title)}</h1><p class="big">{escape(hint)}</p>{link}</main>'
    return frame(title, body, nonce)
