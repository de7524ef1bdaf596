"""Campaign periods: the shipped 2024 Kon Tum example (disabled), defining, enabling, counting records and group
sessions by topic, `kiosk tally --campaign`, and the section in the PDF and XLSX. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from kiosk.app import Services
from kiosk.cli import main
from kiosk.clock import FixedClock
from kiosk.errors import InputError, StateError
from tests.conftest import prepared_services
from tests.helpers.tally_data import build_commune

EXAMPLE = "KONTUM-10NGAY-2024"


@pytest.fixture
def commune(db_url: str, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]) -> Iterator[Services]:
    services = prepared_services(from_template(db_url), tmp_path, clock)
    build_commune(services)
    yield services
    services.close()


def _peak_days_in_november(services: Services, **changes: object) -> dict[str, object]:
    spec = services.tally.campaigns.get(EXAMPLE).to_json()
    spec.pop("enabled")
    spec.update({"code": "THU-11-2026", "name": "Đợt thử tháng 11", "from": "2026-11-23", "to": "2026-11-24"})
    spec.update(changes)
    return spec


def test_the_2024_example_ships_disabled_with_six_topics(commune: Services) -> None:
    (example,) = [c for c in commune.tally.campaigns.all() if c.code == EXAMPLE]
    assert not example.enabled
    assert (example.date_from, example.date_to) == (date(2024, 10, 1), date(2024, 10, 10))
    assert [t["name"] for t in example.topics] == [
        "Sử dụng dịch vụ công trực tuyến",
        "Thanh toán không dùng tiền mặt",
        "Mua, bán hàng trên sàn thương mại điện tử Việt Nam",
        "Tự bảo vệ mình và gia đình trên không gian mạng",
        "Tìm kiếm thông tin hiệu quả trên mạng",
        "Cài đặt VNeID, kích hoạt tài khoản định danh điện tử",
    ]
    # Disabled: not in a tally of its period unless asked for by code.
    assert commune.tally.range(date(2024, 10, 1), date(2024, 10, 10)).data["campaigns"] == []
    asked = commune.tally.campaign(EXAMPLE)
    assert asked.period.start == date(2024, 10, 1) and asked.data["campaigns"][0]["code"] == EXAMPLE


def test_records_and_sessions_are_counted_by_topic(commune: Services) -> None:
    """Hand-counted from tests/helpers/tally_data.py: six records (one voided apart), one group session."""
    commune.tally.campaigns.define(_peak_days_in_november(commune))
    assert commune.tally.month("2026-11").data["campaigns"] == []  # defined disabled
    commune.tally.campaigns.set_enabled("THU-11-2026", True)
    (c,) = commune.tally.month("2026-11").data["campaigns"]
    assert (c["records"], c["records_in_topics"], c["sessions"], c["attendance"]) == (6, 5, 1, 20)
    topics = {k: (v["records"], v["items"], v["sessions"], v["attendance"]) for k, v in c["by_topic"].items()}
    assert topics == {
        "dvc_truc_tuyen": (5, 6, 0, 0),  # online procedures (submitted or not) and the kn1_dvctt guidance
        "thanh_toan_khong_tien_mat": (1, 1, 1, 20),  # kn3_thanh_toan: one record, the session (not the voided one)
        "mua_ban_san_tmdt_viet": (0, 0, 0, 0),
        "tu_bao_ve_tren_mang": (0, 0, 0, 0),
        "tim_kiem_thong_tin": (0, 0, 0, 0),
        "cai_dat_vneid": (2, 2, 0, 0),  # vneid_l2_activate, vneid_l1_create
    }
    # One day of the campaign only: the 24th has one online record.
    (d2,) = commune.tally.day(date(2026, 11, 24)).data["campaigns"]
    assert d2["records"] == 1 and d2["by_topic"]["dvc_truc_tuyen"]["records"] == 1
    # At one point only.
    (xa,) = commune.tally.month("2026-11", point="XA").data["campaigns"]
    assert xa["records"] == 4 and xa["sessions"] == 0


def test_bad_definitions_are_one_sentence(commune: Services) -> None:
    with pytest.raises(InputError, match="guidance_topics: không có mã khong_co"):
        commune.tally.campaigns.define(
            _peak_days_in_november(commune, topics=[{"code": "a", "name": "A", "guidance_topics": ["khong_co"]}])
        )
    with pytest.raises(InputError, match="chưa nói tính gì"):
        commune.tally.campaigns.define(_peak_days_in_november(commune, topics=[{"code": "a", "name": "A"}]))
    with pytest.raises(InputError, match="sau hoặc trùng"):
        commune.tally.campaigns.define(_peak_days_in_november(commune, **{"from": "2026-11-25"}))
    with pytest.raises(InputError, match="Mã đợt"):
        commune.tally.campaigns.define(_peak_days_in_november(commune, code="có dấu"))
    commune.tally.campaigns.define(_peak_days_in_november(commune))
    with pytest.raises(StateError, match="--replace"):
        commune.tally.campaigns.define(_peak_days_in_november(commune))
    commune.tally.campaigns.define(_peak_days_in_november(commune, name="Tên mới"), replace=True)
    assert commune.tally.campaigns.get("THU-11-2026").name == "Tên mới"


def test_cli_defines_enables_and_tallies_a_campaign(
    commune: Services, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "campaign", "show", EXAMPLE]) == 0
    spec = yaml.safe_load(capsys.readouterr().out)
    assert spec["code"] == EXAMPLE and len(spec["topics"]) == 6
    spec.update({"code": "THU-11-2026", "from": "2026-11-23", "to": "2026-11-24"})
    path = tmp_path / "dot.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    assert main(["--db", db_url, "campaign", "add", "--file", str(path)]) == 0
    assert main(["--db", db_url, "campaign", "enable", "THU-11-2026"]) == 0
    assert main(["--db", db_url, "campaign", "list", "--json"]) == 0
    listed = {c["code"]: c["enabled"] for c in json.loads(capsys.readouterr().out.split("\n", 2)[-1])}
    assert listed == {"THU-11-2026": True, EXAMPLE: False}
    assert main(["--db", db_url, "tally", "--campaign", "THU-11-2026", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["from"] == "2026-11-23" and data["campaigns"][0]["records"] == 6
    pdf = tmp_path / "dot.pdf"
    assert main(["--db", db_url, "tally", "--campaign", "THU-11-2026", "--format", "pdf", "--out", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    assert re.search(r"[IVX]+\. ĐỢT CAO ĐIỂM: 10 NGÀY CAO ĐIỂM NGÀY CHUYỂN ĐỔI SỐ", text)
    assert "Cài đặt VNeID, kích hoạt tài khoản định danh điện tử" in text
    xlsx = tmp_path / "dot.xlsx"
    assert main(["--db", db_url, "tally", "--month", "2026-11", "--format", "xlsx", "--out", str(xlsx)]) == 0
    sheet = load_workbook(xlsx)["Đợt cao điểm"]
    rows = {r[1].value: r for r in sheet.iter_rows() if r[1].value}
    assert [c.value for c in rows["Thanh toán không dùng tiền mặt"][2:6]] == [1, 1, 1, 20]
    capsys.readouterr()
    assert main(["--db", db_url, "tally", "--campaign", "KHONG-CO"]) == 2
    assert "kiosk campaign list" in capsys.readouterr().err
    path.write_text("code: [unclosed", encoding="utf-8")
    assert main(["--db", db_url, "campaign", "add", "--file", str(path)]) == 2
    assert "không phải YAML hợp lệ" in capsys.readouterr().err


def test_migration_0005_upgrades_a_0004_database_in_place(db_url: str) -> None:
    """Additive: a database at 0004 with rows gains the campaigns table and the disabled example, rows kept."""
    from sqlalchemy import inspect, select, text

    from kiosk.db import migrate
    from kiosk.db import models as m
    from kiosk.db.engine import make_engine, make_session_factory

    engine = make_engine(db_url)
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01 00:00:00')"))
    migrate.upgrade(engine)
    with make_session_factory(engine)() as session:
        (row,) = session.scalars(select(m.Campaign)).all()
        assert (row.code, row.enabled, len(row.topics)) == (EXAMPLE, False, 6)
        assert row.created_at.tzinfo is not None and row.created_at.year == 2026
        assert session.get(m.Setting, "x") is not None
    migrate.downgrade(engine, "0004")
    assert "campaigns" not in inspect(engine).get_table_names() and "settings" in inspect(engine).get_table_names()
    engine.dispose()
