"""The LAN pages (`kiosk serve`): the citizen's phone follows its ticket at /v/<uuid>, a TV shows the hall board at /.

Starlette on uvicorn, reading through the same services as the screens. Modules: `links` (what the ticket QR
holds; no web imports, the printed ticket and the kiosk screen use it), `lan` (this PC's addresses), `hub` (one
reader of the change feed for every connected phone), `pages`/`phone`/`board`/`assets` (HTML as plain strings),
`guard` (security headers, rate limit, size limits), `app` (routes), `server` (uvicorn in a thread or in front).
"""
