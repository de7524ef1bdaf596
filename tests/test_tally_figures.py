"""Every tally figure against the hand-counted commune in tests/helpers/tally_data.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from kiosk.app import Services
from kiosk.services.tally import Period
from tests.helpers.tally_data import D1, D2, EMPTY_DAY, build_commune


@pytest.fixture
def commune(any_services: Services) -> Services:
    build_commune(any_services)
    return any_services


def test_queue_figures_of_a_day(commune: Services) -> None:
    q = commune.tally.day(D1).data["queue"]
    # T1..T7: four finished, two no-shows (one called, one never), one cancelled before being called.
    assert (q["issued"], q["served"], q["no_show"], q["cancelled"], q["open"]) == (7, 4, 2, 1, 0)
    # Waits of the called tickets T1 10, T2 20, T3 6, T4 2, T6 60 → sorted 2 6 10 20 60.
    assert q["wait_min"] == {"mean": 19.6, "median": 10.0, "p90": 44.0, "count": 5}  # p90: 20 + 0.6 × 40
    # Service times of the finished tickets: 15, 20, 6, 10 → sorted 6 10 15 20.
    assert q["service_min"] == {"mean": 12.75, "median": 12.5, "p90": 18.5, "count": 4}  # p90: 15 + 0.7 × 5
    # Buckets 0–5 5–10 10–15 15–20 20–30 30–45 45–60 ≥60: a bucket holds its lower edge (10 is in 10–15).
    assert [b["count"] for b in q["wait_distribution"]] == [1, 1, 1, 0, 1, 0, 0, 1]
    # Queue length peaks at 3 when T3 joins at 08:06 (T1, T2, T3 waiting; T6 already called at 07:30).
    assert q["longest_queue"] == 3
    assert q["longest_queue_at"] == "2026-11-23T08:06+07:00"
    # By local hour of issue: T6 at 06:30 (23:30 UTC the day before), five at 08:xx, T5 at 09:10.
    assert q["by_hour"] == {"06": 1, "07": 0, "08": 5, "09": 1}


def test_queue_by_service_and_counter(commune: Services) -> None:
    q = commune.tally.day(D1).data["queue"]
    a, b, h = q["by_service"]["A"], q["by_service"]["B"], q["by_service"]["H"]
    assert (a["issued"], a["served"], a["wait_min"]["mean"], a["wait_min"]["median"]) == (3, 3, 30.0, 20.0)
    assert (b["issued"], b["served"], b["cancelled"], b["service_min"]["mean"]) == (2, 1, 1, 6.0)
    assert (h["issued"], h["no_show"], h["served"], h["service_min"]["mean"]) == (2, 2, 0, None)
    assert set(q["by_service"]) == {"A", "B", "H"}
    assert q["by_counter"]["XA-1"]["served"] == 3
    assert q["by_counter"]["XA-1"]["wait_min"]["mean"] == 12.0  # (10 + 20 + 6) / 3
    assert q["by_counter"]["XA-2"]["served"] == 1
    assert q["by_counter"]["XA-5"]["no_show"] == 1
    assert set(q["by_counter"]) == {"XA-1", "XA-2", "XA-5"}  # T5 was never called to a counter


def test_local_day_that_straddles_utc_midnight(commune: Services) -> None:
    """T6 issued 06:30 on 23 November in Vietnam = 23:30 UTC on 22 November: it counts on the 23rd only."""
    assert commune.tally.day(EMPTY_DAY).data["queue"]["issued"] == 0
    assert commune.tally.day(D1).data["queue"]["by_hour"]["06"] == 1


def test_assistance_figures(commune: Services) -> None:
    a = commune.tally.day(D1).data["assist"]
    assert a["helped"] == 5  # R1 R2 R3 R5 R6; R4 is voided
    assert a["procedure_items"] == 5
    assert (a["online"], a["in_person"], a["postal"], a["submitted"], a["not_submitted"]) == (2, 1, 1, 4, 1)
    assert a["online_rate"] == 0.5
    assert a["online_rate_parts"] == {"numerator": 2, "denominator": 4}
    assert a["online_by_level"] == {"toan_trinh": 1, "mot_phan": 1}
    assert a["online_by_portal"] == {"dvcqg": 1, "lienthong": 1}
    assert a["not_submitted_by_reason"] == {"forgot_password": 1}
    assert a["procedures_with_online_dossier"] == 2
    assert a["fees_paid_online"] == 1
    assert a["vneid_logins"] == 2
    p1, p2 = a["by_procedure"]["1.001193"], a["by_procedure"]["1.000656"]
    assert (p1["online"], p1["in_person"], p1["not_submitted"], p1["online_rate"]) == (1, 1, 0, 0.5)
    assert (p2["online"], p2["postal"], p2["not_submitted"], p2["online_rate"]) == (1, 1, 1, 0.5)


def test_apps_skills_groups_and_people(commune: Services) -> None:
    d = commune.tally.day(D1).data
    ap = d["apps"]
    assert (ap["vneid_l1_created"], ap["vneid_l2_activated"], ap["tasks_done"]) == (1, 1, 2)
    assert ap["by_task"]["vssid"] == {"name": ap["by_task"]["vssid"]["name"], "done": 0, "not_done": 1}
    assert ap["not_done_by_reason"] == {"no_phone": 1}
    assert d["skills"]["people"] == 2  # R3 and R5
    assert d["skills"]["by_topic"]["kn1_dvctt"]["people"] == 2
    assert d["skills"]["by_topic"]["kn3_thanh_toan"] | {"name": ""} == {
        "name": "",
        "official": True,
        "people": 1,
        "sessions": 1,
        "attendance": 20,
    }
    assert d["groups"] == {"sessions": 1, "attendance": 20, "leaflets": 30}  # the voided session is left out
    assert d["people"]["helped"] == 5
    assert d["people"]["aged_60_plus"] == 2
    assert d["people"]["by_age_band"] == {"under_18": 1, "18_59": 2, "60_plus": 2}


def test_satisfaction_and_participation(commune: Services) -> None:
    s = commune.tally.day(D1).data["satisfaction"]
    assert (s["ratings"], s["satisfied"], s["rate"]) == (4, 3, 0.75)
    assert (s["served"], s["participation"]) == (4, 1.0)
    assert s["by_level"] == {"rat_hai_long": 2, "hai_long": 1, "binh_thuong": 1, "khong_hai_long": 0}
    today = commune.tally.day(D2).data["satisfaction"]
    assert (today["ratings"], today["satisfied"], today["rate"], today["participation"]) == (1, 0, 0.0, 0.5)


def test_by_village(commune: Services) -> None:
    v = commune.tally.day(D1).data["by_village"]
    dong, tay, none = v["dong"], v["tay"], v["_none"]
    assert (dong["helped"], dong["aged_60_plus"], dong["online"], dong["online_rate"]) == (3, 2, 2, 1.0)
    assert (dong["app_tasks_done"], dong["vneid_l2_activated"]) == (2, 1)
    assert (tay["helped"], tay["in_person"], tay["not_submitted"], tay["online_rate"]) == (1, 1, 1, 0.0)
    assert (tay["sessions"], tay["attendance"], tay["leaflets"]) == (1, 20, 30)
    assert (none["helped"], none["postal"], none["online_rate"]) == (1, 1, 0.0)
    assert v["bac_son"]["helped"] == 0 and v["bac_son"]["online_rate"] is None


def test_by_member_and_duty_days(commune: Services) -> None:
    d = commune.tally.day(D1).data
    members = {v["name"]: v for v in d["by_member"].values()}
    m1, m2, o1 = members["Lê Thị Bình"], members["Đỗ Văn Cường"], members["Nguyễn Văn An"]
    assert (m1["helped"], m1["online"], m1["in_person"], m1["postal"], m1["not_submitted"]) == (3, 1, 1, 1, 1)
    assert m1["online_rate_parts"] == {"numerator": 1, "denominator": 3}
    assert (m1["vneid_l2_activated"], m1["tickets_served"], m1["group_sessions_led"], m1["duty_days"]) == (1, 1, 1, 1)
    assert (m2["helped"], m2["online"], m2["in_person"], m2["online_rate"], m2["app_tasks_done"]) == (3, 1, 1, 0.5, 1)
    assert (o1["tickets_served"], o1["helped"], o1["duty_days"]) == (3, 0, 0)
    assert "Trưởng ban" not in members  # an admin with nothing to show is left out
    assert d["duty_days"]["total"] == 2
    assert list(members) == ["Đỗ Văn Cường", "Lê Thị Bình", "Nguyễn Văn An"]  # Đ sorts with D, not after Z


def test_zero_denominators_are_none(commune: Services) -> None:
    d = commune.tally.day(EMPTY_DAY).data
    assert d["assist"]["online_rate"] is None
    assert d["assist"]["online_rate_parts"] == {"numerator": 0, "denominator": 0}
    assert d["satisfaction"]["rate"] is None and d["satisfaction"]["participation"] is None
    assert d["queue"]["wait_min"] == {"mean": None, "median": None, "p90": None, "count": 0}
    assert d["queue"]["longest_queue"] == 0 and d["queue"]["longest_queue_at"] is None
    assert d["queue"]["by_hour"] == {}


def test_one_point_or_all_points(commune: Services) -> None:
    village = commune.tally.day(D1, point="TH-DONG").data
    assert village["point"]["code"] == "TH-DONG"
    assert village["queue"]["issued"] == 0
    assert village["assist"]["helped"] == 2  # R5, R6
    assert village["assist"]["online_rate_parts"] == {"numerator": 0, "denominator": 1}
    assert village["groups"]["sessions"] == 1
    assert village["duty_days"]["total"] == 1  # M1 at the village point
    desk = commune.tally.day(D1, point="XA").data
    assert (desk["queue"]["issued"], desk["assist"]["helped"], desk["groups"]["sessions"]) == (7, 3, 0)
    everything = commune.tally.day(D1).data
    assert everything["point"] is None
    assert everything["by_point"]["XA"]["helped"] == 3 and everything["by_point"]["TH-DONG"]["helped"] == 2


def test_range_rate_is_recomputed_from_summed_parts(commune: Services) -> None:
    both = commune.tally.range(D1, D2).data
    # D1: 2 online of 4 submitted (50%); D2: 1 of 1 (100%). The range is 3 of 5 = 60%, not the 75% average.
    assert both["assist"]["online_rate_parts"] == {"numerator": 3, "denominator": 5}
    assert both["assist"]["online_rate"] == 0.6
    # Ratings: 3 satisfied of 4, then 0 of 1 → 3 of 5; participation 5 ratings ÷ 6 served.
    assert both["satisfaction"]["rate"] == 0.6
    assert both["satisfaction"]["participation"] == pytest.approx(5 / 6)
    assert list(both["by_day"]) == [D1.isoformat(), D2.isoformat()]
    assert both["by_day"][D1.isoformat()]["online_rate"] == 0.5
    assert both["duty_days"]["by_member"]
    month = commune.tally.month("2026-11").data
    assert month["period"] == {"from": "2026-11-01", "to": "2026-11-30", "kind": "month", "until": "2026-11-24"}
    assert month["assist"]["online_rate_parts"] == both["assist"]["online_rate_parts"]
    assert month["queue"]["issued"] == 9


def test_official_indicators_are_kept_apart(commune: Services) -> None:
    commune.tally.add_official(
        code="ty_le_truc_tuyen",
        name="Tỷ lệ hồ sơ trực tuyến",
        period_from=Period.parse_month("2026-11").start,
        period_to=Period.parse_month("2026-11").end,
        value="79%",
        source="Cổng DVC tỉnh",
        source_date=D2,
    )
    d = commune.tally.day(D1).data
    assert d["official"] == [
        {
            "code": "ty_le_truc_tuyen",
            "name": "Tỷ lệ hồ sơ trực tuyến",
            "from": "2026-11-01",
            "to": "2026-11-30",
            "value": "79%",
            "source": "Cổng DVC tỉnh",
            "source_date": "2026-11-24",
        }
    ]
    assert d["labels"]["official"] == "Số liệu chính thức (nhập tay)"
    assert d["labels"]["local"] == "Số liệu hỗ trợ tại điểm"
    assert d["assist"]["online_rate"] == 0.5  # the hand-entered figure never replaces the local one
    assert commune.tally.day(Period.parse_month("2026-10").start).data["official"] == []
