"""TallyService: the figures for a day, a month or any range, at one point or all points together, and exports.

`compute()` returns a `Tally` whose `data` is the JSON contract of `kiosk tally --format json` (see the issue):
rates are numbers between 0 and 1 or None, each with its numerator and denominator; a month is computed from
its own rows, so its rates come from summed parts, never from an average of daily rates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, select

from kiosk.clock import Clock, business_date, to_local
from kiosk.db import tables
from kiosk.db.engine import make_session_factory, read_connection, transaction, write_connection
from kiosk.errors import InputError, NotFoundError, file_error
from kiosk.services.access import audit
from kiosk.services.records import allowance as allowance_mod
from kiosk.services.sample import SAMPLE_KEY
from kiosk.services.settings import SETTINGS, SettingsService, stored_or_default
from kiosk.services.tally import campaigns as campaigns_mod
from kiosk.services.tally import official as official_mod
from kiosk.services.tally import queries as q
from kiosk.services.tally.assist_figures import NO_VILLAGE, AssistFigures, Breakdowns, channel_parts
from kiosk.services.tally.calc import rate
from kiosk.services.tally.lookups import Lookups
from kiosk.services.tally.model import FORMATS, Office, Tally, place_of
from kiosk.services.tally.official import LOCAL_LABEL, OFFICIAL_LABEL, OfficialIndicator
from kiosk.services.tally.period import Period
from kiosk.services.tally.queue_figures import QueueFigures

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

MEMBER_FIELDS = (
    "helped",
    "aged_60_plus",
    "online",
    "in_person",
    "postal",
    "not_submitted",
    "app_tasks_done",
    "vneid_l2_activated",
    "tickets_served",
    "group_sessions_led",
    "attendance_led",
    "duty_days",
)
VILLAGE_FIELDS = (
    "helped",
    "aged_60_plus",
    "online",
    "in_person",
    "postal",
    "not_submitted",
    "app_tasks_done",
    "vneid_l2_activated",
    "sessions",
    "attendance",
    "leaflets",
)


class TallyService:
    """Figures are read on the engine with Core statements (kiosk/db/tables.py): `kiosk tally` imports no ORM.
    Writing an official indicator and the campaigns' definitions go through ORM sessions, which `sessions`
    builds when first needed (by default a factory of its own on the engine)."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        settings: SettingsService | None = None,
        sessions: Callable[[], sessionmaker[Session]] | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._make_sessions = sessions or (lambda: make_session_factory(engine))
        self._settings = settings or SettingsService(engine, clock, lambda: self._sessions)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        return self._make_sessions()

    @cached_property
    def campaigns(self) -> campaigns_mod.CampaignService:
        """Define, list, enable campaign periods (through ORM sessions, built when first used)."""
        return campaigns_mod.CampaignService(self._sessions, self._clock)

    # ------------------------------------------------------------------ periods

    def today(self) -> date:
        return business_date(self._clock.now())

    def day(self, day: date | None = None, point: str | None = None) -> Tally:
        return self.compute(Period.day(day or self.today()), point)

    def month(self, month: str | tuple[int, int], point: str | None = None) -> Tally:
        period = Period.parse_month(month) if isinstance(month, str) else Period.month(*month)
        return self.compute(period, point)

    def range(self, start: date, end: date, point: str | None = None) -> Tally:
        return self.compute(Period.between(start, end), point)

    def year(self, year: int, point: str | None = None) -> Tally:
        return self.compute(Period.year(year), point)

    def campaign(self, code: str, point: str | None = None, period: Period | None = None) -> Tally:
        """A campaign's own dates (or `period`), with that campaign counted whether it is enabled or not."""
        if period is None:
            with read_connection(self._engine) as conn:
                row = campaigns_mod.find_row(conn, code)
                period = Period.between(row.date_from, row.date_to)
        return self.compute(period, point, campaign=code)

    def points(self) -> list[tuple[str, str]]:
        """(code, short name) of the active points, the commune desk first: for a point picker."""
        p = tables.points.c
        q = select(p.code, p.short_name, p.name).where(p.active).order_by(p.kind != "commune_desk", p.id)
        with read_connection(self._engine) as conn:
            return [(code, short_name or name) for code, short_name, name in conn.execute(q)]

    # ------------------------------------------------------------------ figures

    def compute(self, period: Period, point: str | None = None, campaign: str | None = None) -> Tally:
        now = self._clock.now()
        # A period in progress covers its days up to the day the report is made, never days still to come.
        until = period.until(business_date(now))
        with read_connection(self._engine) as conn:
            # Settings and the sample mark from the rows read here, in the tally's own transaction: a separate
            # settings transaction and a look-up of the mark were four round trips of a commune day's ~25.
            setting = tables.settings
            stored = {key: value for key, value in conn.execute(select(setting.c.key, setting.c.value))}
            settings = {key: stored_or_default(spec, stored.get(key), key in stored) for key, spec in SETTINGS.items()}
            point_id, office = self._office(conn, point, sample=SAMPLE_KEY in stored)
            run = q.Runner(conn, period.start, period.end, point_id)
            # The desk records' groupings on a second connection while this one reads the tickets (ahead.py).
            run.start_ahead(q.desk_records(run.dialect, run.with_point))
            lk = Lookups.load(run)
            queue = QueueFigures(run, lk)
            bd = Breakdowns()
            assist = AssistFigures(run, lk, bd)
            queue_data = queue.compute()
            people = assist.people()
            assist_data = assist.assist(people["helped"])
            apps = assist.apps()
            groups, groups_by_topic = assist.groups()
            skills = assist.skills(groups_by_topic)
            assist.members()
            duty = assist.duty_days()
            satisfaction = self._ratings(run, lk, bd, queue_data["served"])
            officials = official_mod.indicators(conn, period.start, period.end)
            allowance = self._allowance(conn, period, settings)
            campaigns = [
                campaigns_mod.count(conn, row, period.start, until, point_id)
                for row in campaigns_mod.for_period(conn, period.start, until, campaign)
            ]
        for staff_id, n in queue.served_by.items():
            bd.member[staff_id]["tickets_served"] = n
        for pid, counts in queue.by_point.items():
            bd.point[pid].update(counts)
        data = {
            "period": {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "kind": period.kind,
                "until": until.isoformat(),
            },
            "point": {"code": point, "name": office.name} if point else None,
            "office": {"name": office.name, "commune_name": office.commune_name, "sample": office.sample},
            "generated_at": to_local(now).isoformat(timespec="seconds"),
            "labels": {"local": LOCAL_LABEL, "official": OFFICIAL_LABEL, "period": period.label},
            "queue": queue_data,
            "assist": assist_data,
            "apps": apps,
            "skills": skills,
            "groups": groups,
            "people": people,
            "satisfaction": satisfaction,
            "by_village": self._by_village(bd, lk),
            "by_member": self._by_member(bd, lk),
            "by_point": self._by_point(bd, lk),
            "by_day": self._by_day([d for d in period.days if d <= until], bd, queue.by_day),
            "duty_days": duty,
            "official": [o.to_json() for o in officials],
            "names": {kind: dict(names) for kind, names in lk.terms.items()},
            "allowance": allowance,
            "campaigns": campaigns,
            "report": {key[len("report.") :]: value for key, value in settings.items() if key.startswith("report.")},
        }
        return Tally(period=period, point_code=point, office=office, generated_at=now, data=data)

    def _office(self, conn: Connection, point: str | None, *, sample: bool) -> tuple[int | None, Office]:
        points = tables.points
        office_of = select(points.c.id, points.c.name, points.c.commune_name)
        if point:
            row = conn.execute(office_of.where(points.c.code == point.strip())).first()
            if row is None:
                raise NotFoundError(f"Không có nơi làm việc mã '{point}' trong danh mục.")
        else:
            # All points together: the report comes from the commune desk, which the village points belong to.
            row = conn.execute(office_of.order_by((points.c.kind != "commune_desk"), points.c.id).limit(1)).first()
        if row is None:
            return None, Office(name="", commune_name="", place="", sample=sample)
        commune = row.commune_name or ""
        office = Office(name=row.name, commune_name=commune, place=place_of(commune), sample=sample)
        return (row.id if point else None), office

    @staticmethod
    def _ratings(run: q.Runner, lk: Lookups, bd: Breakdowns, served: int) -> dict[str, Any]:
        by_level: Counter[str] = Counter()
        for src, point_id, stored_day, level, n in run(q.rating_groups(run.dialect, run.with_point)):
            if src == q.RATINGS_BY_LEVEL:
                by_level[level] += n
                continue
            if src == q.RATINGS_BY_POINT:
                target = bd.point[point_id]
            else:
                target = bd.day[date.fromisoformat(stored_day) if isinstance(stored_day, str) else stored_day]
            target["ratings"] += n
            if level in lk.satisfied:
                target["satisfied"] += n
        ratings = sum(by_level.values())
        satisfied = sum(n for level, n in by_level.items() if level in lk.satisfied)
        levels = [*lk.terms.get("satisfaction", {}), *sorted(set(by_level) - set(lk.terms.get("satisfaction", {})))]
        return {
            "ratings": ratings,
            "satisfied": satisfied,
            "rate": rate(satisfied, ratings),
            "served": served,
            "participation": rate(ratings, served),
            "by_level": {level: by_level[level] for level in levels},
        }

    @staticmethod
    def _by_village(bd: Breakdowns, lk: Lookups) -> dict[str, Any]:
        out: dict[str, Any] = {}
        order = [*lk.villages, None]
        for vid in order:
            c = bd.village.get(vid, Counter())
            if vid is None and not any(c.values()):
                continue
            code, name = lk.villages[vid] if vid is not None else (NO_VILLAGE, "Không rõ thôn")
            out[code] = {"name": name} | {k: c[k] for k in VILLAGE_FIELDS} | channel_parts(c)
        return out

    @staticmethod
    def _by_member(bd: Breakdowns, lk: Lookups) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sid, (name, role) in lk.staff.items():
            c = bd.member.get(sid, Counter())
            if role != "team_member" and not any(c.values()):
                continue
            out[str(sid)] = {"name": name, "role": role} | {k: c[k] for k in MEMBER_FIELDS} | channel_parts(c)
        return out

    @staticmethod
    def _by_point(bd: Breakdowns, lk: Lookups) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for pid, (code, name) in lk.points.items():
            c = bd.point.get(pid)
            if not c or not any(c.values()):
                continue
            out[code] = {
                "name": name,
                **{k: c[k] for k in ("issued", "served", "no_show", "helped", "aged_60_plus")},
                **{k: c[k] for k in ("online", "in_person", "postal", "not_submitted")},
                **channel_parts(c),
                "ratings": c["ratings"],
                "satisfied": c["satisfied"],
                "satisfaction_rate": rate(c["satisfied"], c["ratings"]),
            }
        return out

    @staticmethod
    def _allowance(conn: Connection, period: Period, settings: dict[str, Any]) -> dict[str, Any] | None:
        """The team's allowance for a month or a year report; None for other periods or where none is paid."""
        rates = allowance_mod.Rates.from_settings(settings)
        if period.kind not in ("month", "year") or rates.per_day <= 0:
            return None
        month = period.start.month if period.kind == "month" else None
        return allowance_mod.compute(conn, period.start.year, month, rates).to_json()

    @staticmethod
    def _by_day(days: list[date], bd: Breakdowns, queue_days: dict[date, dict[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for day in days:
            q = queue_days.get(day, {})
            c = bd.day.get(day, Counter())
            out[day.isoformat()] = {
                **{k: q.get(k, 0) for k in ("issued", "served", "no_show", "longest_queue")},
                **{k: c[k] for k in ("helped", "aged_60_plus", "online", "in_person", "postal", "not_submitted")},
                **channel_parts(c),
                "ratings": c["ratings"],
                "satisfied": c["satisfied"],
                "satisfaction_rate": rate(c["satisfied"], c["ratings"]),
            }
        return out

    # ------------------------------------------------------------------ official indicators

    def add_official(
        self,
        *,
        code: str,
        name: str,
        period_from: date,
        period_to: date,
        value: str,
        source: str,
        source_date: date,
        entered_by_id: int | None = None,
    ) -> OfficialIndicator:
        with transaction(self._sessions) as session:
            return official_mod.add_indicator(
                session,
                self._clock.now(),
                code=code,
                name=name,
                period_from=period_from,
                period_to=period_to,
                value=value,
                source=source,
                source_date=source_date,
                entered_by_id=entered_by_id,
            )

    def officials(self, period: Period) -> list[OfficialIndicator]:
        with read_connection(self._engine) as conn:
            return official_mod.indicators(conn, period.start, period.end)

    # ------------------------------------------------------------------ exports

    def audit_export(self, staff_id: int | None, target: str, **detail: Any) -> None:
        """The audit row of an export (which period, format and point; who, from a screen), in a transaction of
        its own, on Core: `kiosk tally` writes it without the ORM."""
        with write_connection(self._engine) as conn:
            audit.record(conn, self._clock.now(), staff_id, "tally_export", target, detail)

    def render(self, tally: Tally, fmt: str, *, csv_style: str | None = None) -> bytes:
        """The report as bytes: json, csv (standard or excel-vi, default the setting), xlsx, pdf, or the text table."""
        # Imported here, not at the top: reportlab and openpyxl cost a start-up that only an export needs.
        from kiosk.services.tally.exports import RENDERERS
        from kiosk.services.tally.exports.csv import render_csv

        if fmt == "csv":
            return render_csv(tally, self.csv_style(csv_style))
        renderer = RENDERERS.get(fmt)
        if renderer is None:
            raise InputError(f"Định dạng '{fmt}' không có; chọn một trong: {', '.join(FORMATS)}.")
        return renderer(tally)

    def csv_style(self, asked: str | None = None) -> str:
        from kiosk.services.settings import validate

        return validate("report.csv_style", asked) if asked else str(self._settings.get("report.csv_style"))

    def export(self, tally: Tally, fmt: str, folder: Path) -> Path:
        """Write the report into `folder` under a name that says what it holds; returns the file written."""
        ext = "txt" if fmt == "table" else fmt
        point = f"-{tally.point_code}" if tally.point_code else ""
        path = Path(folder) / f"tong-hop-so-lieu-{tally.period.slug}{point}.{ext}"
        payload = self.render(tally, fmt)
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            path.write_bytes(payload)
        except OSError as exc:
            raise file_error(path, exc) from exc
        return path
