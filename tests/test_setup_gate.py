"""Before the commune is set up: nothing issued, printed or reported, and no invented commune anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.app import build_services
from kiosk.cli import main
from kiosk.cli.common import NOT_SET_UP
from kiosk.config import load_config
from kiosk.db import models as m
from kiosk.services.setup.service import SetupService

GATED = [
    ["ticket", "issue", "A"],
    ["queue", "call", "--counter", "1"],
    ["queue", "status"],
    ["print", "handout", "apps"],
    ["print", "jobs"],
    ["tally", "--month", "2026-11"],
]


def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "fresh"))


@pytest.mark.parametrize("argv", GATED, ids=lambda a: " ".join(a[:3]))
def test_commands_that_issue_print_or_report_refuse_before_setup(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fresh(tmp_path, monkeypatch)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err == NOT_SET_UP and "kiosk setup" in err and "\n" not in err
    services = build_services(load_config())
    try:
        with services.sessions() as session:
            assert session.scalar(select(func.count()).select_from(m.Ticket)) == 0
            assert session.scalar(select(func.count()).select_from(m.PrintJob)) == 0
    finally:
        services.close()


def test_listing_printers_and_reading_settings_work_before_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fresh(tmp_path, monkeypatch)
    assert main(["print", "printers"]) == 0
    assert main(["settings", "list"]) == 0
    assert main(["setup", "--status"]) == 0
    assert "Chưa cài đặt" in capsys.readouterr().out


def test_after_setup_the_same_command_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fresh(tmp_path, monkeypatch)
    assert main(["ticket", "issue", "A"]) == 2
    assert main(["setup", "--example"]) == 0
    office = tmp_path / "office.toml"
    office.write_text(capsys.readouterr().out, encoding="utf-8")
    monkeypatch.setenv("KIOSK_ADMIN_PIN", "2468")
    assert main(["setup", "--file", str(office)]) == 0
    assert main(["ticket", "issue", "A"]) == 0
    assert "A001" in capsys.readouterr().out


def test_a_fresh_database_holds_no_invented_commune(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(tmp_path, monkeypatch)
    services = build_services(load_config())
    try:
        assert not services.catalogue.is_empty()  # the shipped catalogue: services, procedures, apps, guides
        with services.sessions() as session:
            assert session.scalar(select(func.count()).select_from(m.Point)) == 0
            assert session.scalar(select(func.count()).select_from(m.Village)) == 0
            assert session.scalar(select(func.count()).select_from(m.Counter)) == 0
            names = [s.value for s in session.scalars(select(m.Setting))]
        assert "Tân Phú" not in repr(names)
        assert not SetupService(services.sessions, services.clock, services.settings, services.auth).is_done()
    finally:
        services.close()


def test_sample_data_on_a_fresh_database_brings_its_invented_commune_marked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kiosk demo` on a database nobody set up: the invented commune comes with the sample data, the database
    says DỮ LIỆU MẪU on what it prints, and counts as set up (a sample database needs no wizard)."""
    from tests.helpers import pdfcheck

    _fresh(tmp_path, monkeypatch)
    assert main(["demo", "--days", "2"]) == 0
    assert main(["ticket", "issue", "A"]) == 0  # not refused: set up, as sample data
    services = build_services(load_config())
    try:
        ticket = services.queue.issue("B", enforce_hours=False)
        paper = pdfcheck.flat_text(services.handouts.ticket_by_code(ticket.code).pdf)
    finally:
        services.close()
    assert "DỮ LIỆU MẪU" in paper and "xã Tân Phú" in paper


def test_a_refused_setup_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal found late (a setting's own limit, the administrator's name) comes before the first write."""
    from dataclasses import replace

    from kiosk.errors import InputError
    from tests.helpers.office import office

    _fresh(tmp_path, monkeypatch)
    services = build_services(load_config())
    try:
        setup = SetupService(services.sessions, services.clock, services.settings, services.auth)
        settings_before = {k: v for k, v in services.settings.all().items()}
        for bad in (replace(office(), website="https://x.vn/" + "a" * 600), replace(office(), admin_name="An\x1b[31m")):
            with pytest.raises(InputError):
                setup.apply(bad, "2468", how="test")
            with services.sessions() as session:
                assert session.scalar(select(func.count()).select_from(m.Point)) == 0
                assert session.scalar(select(func.count()).select_from(m.Staff)) == 0
            assert services.settings.all() == settings_before and not setup.is_done()
    finally:
        services.close()


def test_a_village_point_set_up_from_a_file_is_the_point_this_pc_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.config import POINT_FILE, load_config

    _fresh(tmp_path, monkeypatch)
    monkeypatch.delenv("KIOSK_POINT", raising=False)
    assert main(["setup", "--example"]) == 0
    office = tmp_path / "office.toml"
    text = capsys.readouterr().out.replace('kind = "commune_desk"', 'kind = "village_point"')
    text = text.replace('code = "XA"', 'code = "TH-DONG"').replace('village = ""', 'village = "Thôn Đông"')
    office.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KIOSK_ADMIN_PIN", "2468")
    assert main(["setup", "--file", str(office)]) == 0
    assert "phát số cho điểm TH-DONG" in capsys.readouterr().out
    assert (tmp_path / "fresh" / POINT_FILE).read_text(encoding="utf-8").strip() == "TH-DONG"
    assert load_config().point_code == "TH-DONG"
    assert main(["ticket", "issue", "A", "--json"]) == 0  # issued for the village point, without editing any file
    assert '"A001"' in capsys.readouterr().out
    # A PC whose configuration names its point keeps it, and is told so.
    monkeypatch.setenv("KIOSK_POINT", "XA")
    assert main(["setup", "--file", str(office)]) == 0
    assert "vẫn phát số cho điểm XA" in capsys.readouterr().out
