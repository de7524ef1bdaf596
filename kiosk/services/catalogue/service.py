"""The catalogue: offices, counters, queue services, procedures, apps, topics, terms and guides.

Shipped as YAML in kiosk/resources/; a commune edits its own copy. Import is idempotent by code: running it twice
changes nothing, and a malformed file stops the import before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import CatalogueError, NotFoundError
from kiosk.paths import CATALOGUE_DIR, GUIDES_DIR
from kiosk.services.catalogue.schema import FieldSpec, Item, SectionSpec, check_reference, compose, read_section
from kiosk.text import fold, search_key

ONLINE_LEVELS = ("toan_trinh", "mot_phan", "khong_truc_tuyen", "unknown")
POINT_KINDS = ("commune_desk", "village_point", "mobile_team")
SOURCE = FieldSpec("source", choices=("V", "R", "G"))
CODE = r"[A-Za-z0-9_.:\-]+"

TERM_SECTIONS = {
    "priority_groups": "priority_group",
    "satisfaction": "satisfaction",
    "not_submitted_reasons": "not_submitted_reason",
    "portals": "portal",
    "channels": "channel",
    "online_levels": "online_level",
    "age_bands": "age_band",
}

SECTIONS: dict[str, SectionSpec] = {
    "procedures": SectionSpec(
        "code",
        (
            FieldSpec("code", required=True, max_len=64, pattern=CODE),
            FieldSpec("name", required=True),
            FieldSpec("field", max_len=200),
            FieldSpec("agency", max_len=200),
            FieldSpec("online_level", required=True, choices=ONLINE_LEVELS),
            FieldSpec("submit_via", max_len=40),
            FieldSpec("queue_prefix", max_len=2),
            FieldSpec("alt_codes", kind="list"),
            FieldSpec("fee", max_len=300),
            FieldSpec("note", max_len=2000),
            SOURCE,
            FieldSpec("active", kind="bool"),
        ),
    ),
    "apps": SectionSpec(
        "code",
        (
            FieldSpec("code", required=True, max_len=64, pattern=CODE),
            FieldSpec("name", required=True),
            FieldSpec("publisher", max_len=200),
            FieldSpec("android_url", pattern=r"https?://\S+"),
            FieldSpec("ios_url", pattern=r"https?://\S+"),
            FieldSpec("web_url", pattern=r"https?://\S+"),
            FieldSpec("on_handout", kind="bool"),
            SOURCE,
        ),
    ),
    "app_tasks": SectionSpec(
        "code",
        (
            FieldSpec("code", required=True, max_len=64, pattern=CODE),
            FieldSpec("name", required=True),
            FieldSpec("app", max_len=64),
            FieldSpec("count_rule", max_len=300),
        ),
    ),
    "guidance_topics": SectionSpec(
        "code",
        (
            FieldSpec("code", required=True, max_len=64, pattern=CODE),
            FieldSpec("name", required=True),
            FieldSpec("official", kind="bool"),
        ),
    ),
    "queue_services": SectionSpec(
        "prefix",
        (
            FieldSpec("prefix", required=True, max_len=2, pattern=r"[A-Z]{1,2}"),
            FieldSpec("name", required=True),
            FieldSpec("description", max_len=300),
            FieldSpec("icon", max_len=64),
            FieldSpec("default_service_min", kind="int"),
        ),
    ),
    "points": SectionSpec(
        "code",
        (
            FieldSpec("code", required=True, max_len=64, pattern=CODE),
            FieldSpec("kind", required=True, choices=POINT_KINDS),
            FieldSpec("name", required=True),
            FieldSpec("short_name", max_len=120),
            FieldSpec("commune_name", max_len=200),
            FieldSpec("address", max_len=300),
            FieldSpec("village", max_len=64),
        ),
    ),
    "counters": SectionSpec(
        "name",
        (
            FieldSpec("point", required=True, max_len=64),
            FieldSpec("number", kind="int", required=True),
            FieldSpec("name", required=True),
            FieldSpec("services", kind="list", required=True),
        ),
    ),
    "villages": SectionSpec(
        "code",
        (FieldSpec("code", required=True, max_len=64, pattern=CODE), FieldSpec("name", required=True)),
    ),
}
TERM_SPEC = SectionSpec(
    "code",
    (FieldSpec("code", required=True, max_len=64, pattern=CODE), FieldSpec("name", required=True)),
    allow_unknown=True,
)
GUIDE_SPEC_FIELDS = (
    FieldSpec("title", required=True),
    FieldSpec("summary", max_len=500),
    FieldSpec("version_date", kind="date", required=True),
)


@dataclass
class Catalogue:
    """Validated catalogue content, ready to import."""

    sections: dict[str, list[Item]] = field(default_factory=dict)
    guides: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def items(self, section: str) -> list[Item]:
        return self.sections.get(section, [])


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def bump(self, table: str, added: bool) -> None:
        target = self.added if added else self.updated
        target[table] = target.get(table, 0) + 1

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def load_catalogue(
    directory: Path = CATALOGUE_DIR, guides_dir: Path | None = GUIDES_DIR, extra: Sequence[Path] = ()
) -> Catalogue:
    """Read and validate every *.yaml file (and the `extra` files, e.g. the sample data's invented commune);
    raise CatalogueError on the first problem."""
    if not directory.is_dir():
        raise CatalogueError(f"Không tìm thấy thư mục danh mục {directory}.")
    cat = Catalogue()
    for path in [*sorted(directory.glob("*.yaml")), *extra]:
        root = compose(path)
        for section, spec in SECTIONS.items():
            cat.sections.setdefault(section, []).extend(read_section(root, section, spec, path.name))
        for section in TERM_SECTIONS:
            cat.sections.setdefault(section, []).extend(read_section(root, section, TERM_SPEC, path.name))
    if guides_dir is not None and guides_dir.is_dir():
        cat.guides = [load_guide(p) for p in sorted(guides_dir.glob("*.yaml"))]
    _check_references(cat)
    return cat


def load_guide(path: Path) -> tuple[str, dict[str, Any]]:
    """A guide file: slug = file name; the whole document is kept as the guide's content."""
    import yaml

    root = compose(path)
    if not isinstance(root, yaml.MappingNode):
        raise CatalogueError(f"Tệp hướng dẫn {path.name}, dòng 1: nội dung phải là các trường 'tên: giá trị'.")
    content = yaml.safe_load(yaml.serialize(root))
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in root.value}
    for spec in GUIDE_SPEC_FIELDS:
        if content.get(spec.name) in (None, ""):
            if spec.required:
                raise CatalogueError(f"Tệp hướng dẫn {path.name}, dòng 1: thiếu trường bắt buộc '{spec.name}'.")
    version = content.get("version_date")
    if not hasattr(version, "isoformat"):
        raise CatalogueError(
            f"Tệp hướng dẫn {path.name}, dòng {lines.get('version_date', 1)}: "
            "trường 'version_date' phải là ngày dạng YYYY-MM-DD."
        )
    content["version_date"] = version.isoformat()
    return path.stem, content


def _check_references(cat: Catalogue) -> None:
    prefixes = {str(i["prefix"]) for i in cat.items("queue_services")}
    portals = {str(i["code"]) for i in cat.items("portals")}
    apps = {str(i["code"]) for i in cat.items("apps")}
    points = {str(i["code"]) for i in cat.items("points")}
    villages = {str(i["code"]) for i in cat.items("villages")}
    for item in cat.items("procedures"):
        if prefixes:
            check_reference(item, "queue_prefix", prefixes, "lĩnh vực xếp hàng")
        if portals:
            check_reference(item, "submit_via", portals, "cổng nộp hồ sơ")
    for item in cat.items("app_tasks"):
        check_reference(item, "app", apps, "ứng dụng")
    for item in cat.items("counters"):
        check_reference(item, "point", points, "nơi làm việc")
        check_reference(item, "services", prefixes, "lĩnh vực xếp hàng")
    for item in cat.items("points"):
        check_reference(item, "village", villages, "thôn")


# ---------------------------------------------------------------- import


def _upsert(
    session: Session, model: type[Any], key: str, item_key: Any, values: dict[str, Any], update: bool
) -> tuple[Any, bool]:
    row = session.scalar(select(model).where(getattr(model, key) == item_key))
    if row is None:
        row = model(**{key: item_key}, **values)
        session.add(row)
        session.flush()
        return row, True
    if update:
        for name, value in values.items():
            setattr(row, name, value)
    return row, False


def import_catalogue(session: Session, cat: Catalogue, *, update_existing: bool = False) -> ImportReport:
    """Add what is missing (by code). With update_existing, shipped values overwrite local edits too."""
    report = ImportReport()
    up = update_existing

    for section, kind in TERM_SECTIONS.items():
        for order, item in enumerate(cat.items(section)):
            extra = {k: v for k, v in item.values.items() if k not in ("code", "name")}
            row = session.scalar(select(m.Term).where(m.Term.kind == kind, m.Term.code == item["code"]))
            if row is None:
                session.add(m.Term(kind=kind, code=item["code"], name=item["name"], sort_order=order, extra=extra))
                report.bump("terms", True)
            elif up:
                row.name, row.sort_order, row.extra = item["name"], order, extra
                report.bump("terms", False)

    village_ids: dict[str, int] = {}
    for order, item in enumerate(cat.items("villages")):
        row, added = _upsert(session, m.Village, "code", item["code"], {"name": item["name"], "sort_order": order}, up)
        village_ids[item["code"]] = row.id
        report.bump("villages", added)

    point_ids: dict[str, int] = {}
    for item in cat.items("points"):
        values = {k: item.get(k) for k in ("kind", "name", "short_name", "commune_name", "address")} | {
            "village_id": village_ids.get(item.get("village") or "")
        }
        row, added = _upsert(session, m.Point, "code", item["code"], values, up)
        point_ids[item["code"]] = row.id
        report.bump("points", added)

    services: dict[str, m.QueueService] = {}
    for order, item in enumerate(cat.items("queue_services")):
        values = {
            "name": item["name"],
            "description": item.get("description"),
            "icon": item.get("icon"),
            "default_service_min": item.get("default_service_min") or 10,
            "sort_order": order,
        }
        row, added = _upsert(session, m.QueueService, "prefix", item["prefix"], values, up)
        services[item["prefix"]] = row
        report.bump("queue_services", added)

    for item in cat.items("counters"):
        point_id = point_ids[item["point"]]
        row = session.scalar(
            select(m.Counter).where(m.Counter.point_id == point_id, m.Counter.number == item["number"])
        )
        wanted = [services[p] for p in item["services"]]
        if row is None:
            row = m.Counter(point_id=point_id, number=item["number"], name=item["name"], state="closed")
            row.services = wanted
            session.add(row)
            report.bump("counters", True)
        elif up:
            row.name = item["name"]
            row.services = wanted
            report.bump("counters", False)

    app_ids: dict[str, int] = {}
    for order, item in enumerate(cat.items("apps")):
        values = {k: item.get(k) for k in ("name", "publisher", "android_url", "ios_url", "web_url")}
        values |= {"on_handout": bool(item.get("on_handout")), "sort_order": order}
        row, added = _upsert(session, m.App, "code", item["code"], values, up)
        app_ids[item["code"]] = row.id
        report.bump("apps", added)

    for order, item in enumerate(cat.items("app_tasks")):
        values = {
            "name": item["name"],
            "app_id": app_ids.get(item.get("app") or ""),
            "count_rule": item.get("count_rule"),
            "search_key": search_key(item["name"], item["code"]),
            "sort_order": order,
        }
        _, added = _upsert(session, m.AppTask, "code", item["code"], values, up)
        report.bump("app_tasks", added)

    for order, item in enumerate(cat.items("guidance_topics")):
        values = {
            "name": item["name"],
            "official": bool(item.get("official")),
            "search_key": search_key(item["name"], item["code"]),
            "sort_order": order,
        }
        _, added = _upsert(session, m.GuidanceTopic, "code", item["code"], values, up)
        report.bump("guidance_topics", added)

    for item in cat.items("procedures"):
        alt = [str(a) for a in item.get("alt_codes") or []]
        values = {
            "name": item["name"],
            "field": item.get("field"),
            "agency": item.get("agency"),
            "online_level": item["online_level"],
            "submit_via": item.get("submit_via"),
            "queue_prefix": item.get("queue_prefix"),
            "alt_codes": alt,
            "fee": item.get("fee"),
            "note": item.get("note"),
            "source": item.get("source"),
            "search_key": search_key(item["name"], item["code"], item.get("field"), *alt),
            "active": item.get("active", True) is not False,
        }
        _, added = _upsert(session, m.Procedure, "code", item["code"], values, up)
        report.bump("procedures", added)

    for order, (slug, content) in enumerate(cat.guides):
        values = {
            "title": content["title"],
            "summary": content.get("summary"),
            "version_date": datetime.fromisoformat(content["version_date"]).date(),
            "content": content,
            "sort_order": content.get("order", order),
        }
        _, added = _upsert(session, m.Guide, "slug", slug, values, up)
        report.bump("guides", added)

    session.flush()
    return report


class CatalogueService:
    """Read access to the catalogue for screens and other services; returns rows detached from the session."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def import_shipped(
        self, directory: Path = CATALOGUE_DIR, guides_dir: Path | None = GUIDES_DIR, *, update: bool = False
    ) -> ImportReport:
        cat = load_catalogue(directory, guides_dir)
        with transaction(self._sessions) as session:
            return import_catalogue(session, cat, update_existing=update)

    def is_empty(self) -> bool:
        with read_transaction(self._sessions) as session:
            return not session.scalar(select(func.count()).select_from(m.QueueService))

    def queue_services(self) -> list[m.QueueService]:
        with read_transaction(self._sessions) as session:
            q = select(m.QueueService).where(m.QueueService.active).order_by(m.QueueService.sort_order)
            return list(session.scalars(q))

    def queue_service(self, prefix: str) -> m.QueueService:
        with read_transaction(self._sessions) as session:
            row = session.scalar(select(m.QueueService).where(m.QueueService.prefix == prefix.strip().upper()))
        if row is None:
            raise NotFoundError(f"Không có lĩnh vực xếp hàng '{prefix}'.")
        return row

    def terms(self, kind: str) -> list[m.Term]:
        with read_transaction(self._sessions) as session:
            q = select(m.Term).where(m.Term.kind == kind, m.Term.active).order_by(m.Term.sort_order)
            return list(session.scalars(q))

    def term_names(self, kind: str) -> dict[str, str]:
        return {t.code: t.name for t in self.terms(kind)}

    def point(self, code: str) -> m.Point:
        with read_transaction(self._sessions) as session:
            row = session.scalar(select(m.Point).where(m.Point.code == code))
        if row is None:
            raise NotFoundError(f"Không có nơi làm việc mã '{code}' trong danh mục.")
        return row

    def villages(self) -> list[m.Village]:
        with read_transaction(self._sessions) as session:
            return list(session.scalars(select(m.Village).where(m.Village.active).order_by(m.Village.sort_order)))

    def apps(self, *, handout_only: bool = False) -> list[m.App]:
        with read_transaction(self._sessions) as session:
            q = select(m.App).where(m.App.active).order_by(m.App.sort_order)
            if handout_only:
                q = q.where(m.App.on_handout)
            return list(session.scalars(q))

    def guides(self) -> list[m.Guide]:
        with read_transaction(self._sessions) as session:
            return list(session.scalars(select(m.Guide).where(m.Guide.active).order_by(m.Guide.sort_order)))

    def guide(self, slug: str) -> m.Guide:
        with read_transaction(self._sessions) as session:
            row = session.scalar(select(m.Guide).where(m.Guide.slug == slug))
        if row is None:
            raise NotFoundError(f"Không có tờ hướng dẫn '{slug}'. Xem danh sách bằng: kiosk print guide --list")
        return row

    def search_procedures(self, query: str, limit: int = 20) -> list[m.Procedure]:
        """Accent- and case-insensitive: 'ho tich', 'khai sinh' and '1.001193' all find theirs."""
        words = fold(query).split()
        with read_transaction(self._sessions) as session:
            q = select(m.Procedure).where(m.Procedure.active)
            for word in words:
                q = q.where(or_(m.Procedure.search_key.contains(word, autoescape=True)))
            return list(session.scalars(q.order_by(m.Procedure.name).limit(limit)))

    def procedures(self, codes: Sequence[str] | None = None) -> list[m.Procedure]:
        with read_transaction(self._sessions) as session:
            q = select(m.Procedure).where(m.Procedure.active).order_by(m.Procedure.code)
            if codes is not None:
                q = q.where(m.Procedure.code.in_(list(codes)))
            return list(session.scalars(q))
