"""The commune's own part of the catalogue: add local procedures and app tasks, hide what is not done here, and add
search words people use ("giấy khai sinh" for a birth registration).

Hidden items stay in the database (old records name them) but are no longer offered by the desk's search.
Search words are folded into the item's search key after its name and code, so the desk's accent-free search
finds them; `words` shows what was added beyond the shipped key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError, NotFoundError
from kiosk.services.admin.changes import record_change
from kiosk.text import clean, fold, search_key

KINDS = {"procedure": "Thủ tục", "app_task": "Việc trên ứng dụng"}
MAX_WORDS = 300


@dataclass(frozen=True)
class CatalogueRow:
    kind: str
    id: int
    code: str
    name: str
    field: str
    local: bool
    active: bool
    words: str  # search words added here


def _model(kind: str) -> type[m.Procedure] | type[m.AppTask]:
    if kind == "procedure":
        return m.Procedure
    if kind == "app_task":
        return m.AppTask
    raise InputError(f"Loại '{kind}' không có; chọn một trong: {', '.join(KINDS)}.")


def _base_key(row: m.Procedure | m.AppTask) -> str:
    if isinstance(row, m.Procedure):
        return search_key(row.name, row.code, row.field, *(str(a) for a in row.alt_codes or []))
    return search_key(row.name, row.code)


def _words(row: m.Procedure | m.AppTask) -> str:
    base = _base_key(row)
    extra = (row.search_key or "")[len(base) :].strip() if (row.search_key or "").startswith(base) else ""
    return extra


def _info(kind: str, row: m.Procedure | m.AppTask) -> CatalogueRow:
    field = (row.field or "") if isinstance(row, m.Procedure) else ""
    local = bool(row.local) if isinstance(row, m.Procedure) else row.code.startswith("local.")
    return CatalogueRow(kind, row.id, row.code, row.name, field, local, row.active, _words(row))


class LocalCatalogue:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def search(self, kind: str, query: str = "", *, limit: int = 60) -> list[CatalogueRow]:
        """Hidden ones too (they can be shown again); local ones first, then by name."""
        model = _model(kind)
        words = fold(query or "").split()
        with read_transaction(self._sessions) as session:
            q = select(model)
            for word in words:
                q = q.where(or_(model.search_key.contains(word, autoescape=True)))
            local_first = model.local.desc() if model is m.Procedure else model.code.like("local.%").desc()
            q = q.order_by(local_first, model.name).limit(max(1, min(limit, 500)))
            return [_info(kind, r) for r in session.scalars(q)]

    def add(self, by: int | None, kind: str, *, name: str, field: str = "", words: str = "") -> CatalogueRow:
        """A local item; its code is made here ("local.…"), so it can never clash with a shipped one."""
        model = _model(kind)
        clean_name = clean(name, field="tên", max_len=300 if kind == "procedure" else 200, required=True) or ""
        clean_field = clean(field, field="lĩnh vực", max_len=200) or ""
        clean_words = clean(words, field="từ tìm kiếm", max_len=MAX_WORDS) or ""
        now = self._clock.now()
        with transaction(self._sessions) as session:
            duplicate = session.scalar(select(model).where(model.search_key.startswith(fold(clean_name))).limit(20))
            if duplicate is not None and fold(duplicate.name) == fold(clean_name):
                raise InputError(f"Đã có “{duplicate.name}” ({duplicate.code}); tìm và hiện lại mục đó.")
            code = self._new_code(session, model, clean_name)
            if model is m.Procedure:
                row: m.Procedure | m.AppTask = m.Procedure(
                    code=code, name=clean_name, field=clean_field or None, local=True, source="local"
                )
            else:
                row = m.AppTask(code=code, name=clean_name, sort_order=900)
            row.search_key = " ".join(p for p in (_base_key(row), fold(clean_words)) if p)
            session.add(row)
            session.flush()
            record_change(session, now, by, "catalogue", f"{kind}_added", f"{kind}:{row.id}", {"code": code})
            return _info(kind, row)

    def set_active(self, by: int | None, kind: str, item_id: int, active: bool) -> CatalogueRow:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._get(session, kind, item_id)
            row.active = active
            action = f"{kind}_shown" if active else f"{kind}_hidden"
            record_change(session, now, by, "catalogue", action, f"{kind}:{row.id}", {"code": row.code})
            return _info(kind, row)

    def set_words(self, by: int | None, kind: str, item_id: int, words: str) -> CatalogueRow:
        clean_words = clean(words, field="từ tìm kiếm", max_len=MAX_WORDS) or ""
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._get(session, kind, item_id)
            row.search_key = " ".join(p for p in (_base_key(row), fold(clean_words)) if p)[:1000]
            record_change(session, now, by, "catalogue", f"{kind}_words", f"{kind}:{row.id}", {"code": row.code})
            return _info(kind, row)

    @staticmethod
    def _get(session: Session, kind: str, item_id: int) -> m.Procedure | m.AppTask:
        row = session.get(_model(kind), item_id)
        if row is None:
            raise NotFoundError("Không tìm thấy mục này trong danh mục.")
        return row

    @staticmethod
    def _new_code(session: Session, model: type[m.Procedure] | type[m.AppTask], name: str) -> str:
        stem = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40] or "muc"
        code, n = f"local.{stem}", 2
        while session.scalar(select(model.id).where(model.code == code)) is not None:
            code, n = f"local.{stem}_{n}", n + 1
        return code
