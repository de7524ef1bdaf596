"""`kiosk tally` and `kiosk tally official`: formats, periods, files, and one-sentence errors with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kiosk.app import Services
from kiosk.cli import main
from kiosk.db import models as m
from tests.helpers.tally_data import D1, build_commune

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def url(services: Services, sqlite_url: str) -> str:
    build_commune(services)
    return sqlite_url


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_matches_the_service(url: str, services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", url, "tally", "--date", "2026-11-23", "--format", "json")
    assert code == 0
    data = json.loads(out)
    expected = services.tally.day(D1).data
    assert {k: v for k, v in data.items() if k != "generated_at"} == {
        k: v for k, v in expected.items() if k != "generated_at"
    }
    with services.sessions() as s:
        audit = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "tally_export")).all()
    assert [(a.target, a.detail["format"]) for a in audit] == [("2026-11-23", "json")]


def test_periods_and_points(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", url, "tally", "--from", "23/11/2026", "--to", "24/11/2026", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {"from": "2026-11-23", "to": "2026-11-24", "kind": "range", "until": "2026-11-24"}
    assert data["assist"]["online_rate_parts"] == {"numerator": 3, "denominator": 5}
    code, out, _ = _run(capsys, "--db", url, "tally", "--month", "2026-11", "--point", "TH-DONG", "--format", "json")
    assert code == 0 and json.loads(out)["assist"]["helped"] == 2
    code, out, _ = _run(capsys, "--db", url, "tally", "--date", "2026-11-23")
    assert code == 0 and "Tỷ lệ nộp trực tuyến tại điểm" in out and "50,0%" in out


def test_files(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = tmp_path / "out" / "thang-11.xlsx"
    code, _, err = _run(capsys, "--db", url, "tally", "--month", "2026-11", "--format", "xlsx", "--out", str(xlsx))
    assert code == 0 and "Đã ghi" in err
    assert "Tổng hợp" in load_workbook(xlsx).sheetnames
    pdf = tmp_path / "ngay.pdf"
    code, _, _ = _run(capsys, "--db", url, "tally", "--date", "2026-11-23", "--format", "pdf", "--out", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    csv_file = tmp_path / "ngay.csv"
    code, _, _ = _run(capsys, "--db", url, "tally", "--date", "2026-11-23", "--format", "csv", "--out", str(csv_file))
    assert code == 0 and csv_file.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tally", "--date", "2026-02-30"], "không hợp lệ"),
        (["tally", "--month", "2026-13"], "không hợp lệ"),
        (["tally", "--from", "2026-11-24"], "--from cần đi cùng --to"),
        (["tally", "--from", "2026-11-24", "--to", "2026-11-01"], "kết thúc"),
        (["tally", "--date", "2026-11-23", "--point", "KHONG-CO"], "KHONG-CO"),
        (["tally", "--date", "2026-11-23", "--format", "pdf"], "cần --out"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    url: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "--db", url, *argv)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert out == ""


def test_official_add_and_list(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    add = ["--db", url, "tally", "official", "add", "--code", "ty_le_hs_truc_tuyen", "--name", "Tỷ lệ hồ sơ trực tuyến"]
    code, out, _ = _run(
        capsys, *add, "--from", "2026-11-01", "--to", "30/11/2026", "--value", "79%", "--source", "Cổng DVC tỉnh",
        "--source-date", "2026-12-03", "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["value"] == "79%"
    code, out, _ = _run(capsys, "--db", url, "tally", "official", "list", "--date", "2026-11-23", "--json")
    assert code == 0 and [o["code"] for o in json.loads(out)] == ["ty_le_hs_truc_tuyen"]
    code, out, _ = _run(capsys, "--db", url, "tally", "official", "list", "--month", "2026-10")
    assert code == 0 and "Chưa có" in out
    code, _, err = _run(
        capsys, *add, "--from", "2026-11-30", "--to", "2026-11-01", "--value", "1", "--source", "x",
        "--source-date", "2026-12-03",
    )  # fmt: skip
    assert code == 2 and "kết thúc" in err
    code, out, _ = _run(capsys, "--db", url, "tally", "--date", "2026-11-23", "--format", "json")
    assert json.loads(out)["official"][0]["source"] == "Cổng DVC tỉnh"


def test_real_process_prints_only_json(url: str, tmp_path: Path) -> None:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "--db", url, "tally", "--date", "2026-11-23", "--format", "json"],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["queue"]["issued"] == 7
