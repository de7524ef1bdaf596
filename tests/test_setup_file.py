"""`kiosk setup --example` / `--file`: a commune set up from one file, with errors naming the key and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import Services
from kiosk.cli import main
from kiosk.services.setup.example import EXAMPLE
from kiosk.services.setup.schema import SetupError, parse, village_code
from kiosk.services.setup.service import SetupService


def _setup_service(services: Services) -> SetupService:
    return SetupService(services.sessions, services.clock, services.settings, services.auth)


def test_the_printed_example_applies_and_names_the_commune_everywhere(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    assert main(["setup", "--example"]) == 0
    office = tmp_path / "office.toml"
    office.write_text(capsys.readouterr().out, encoding="utf-8")
    monkeypatch.setenv("KIOSK_ADMIN_PIN", "2468")
    assert main(["setup", "--file", str(office)]) == 0
    assert "UBND xã Minh Quang" in capsys.readouterr().out
    assert main(["setup", "--status"]) == 0 and "Đã cài đặt" in capsys.readouterr().out
    assert main(["setup", "--file", str(office)]) == 0  # again: nothing doubled
    assert main(["staff", "list"]) == 0
    assert capsys.readouterr().out.count("Nguyễn Văn An") == 1


def test_applied_answers_reach_points_counters_villages_and_settings(services: Services) -> None:
    setup = parse(EXAMPLE, known_services=_setup_service(services).known_services())
    _setup_service(services).apply(setup, "1357", how="test")
    office = services.catalogue.office("XA") if hasattr(services.catalogue, "office") else None
    assert services.settings.get("office.hotline") == "0207 3xxx xxx"
    assert services.settings.get("queue.opening_hours")["sat"] == ["07:30-11:30"]
    assert "sun" not in services.settings.get("queue.opening_hours")
    assert services.auth.list_staff(role="admin")[0].name == "Nguyễn Văn An"
    assert _setup_service(services).is_done()
    del office


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (('seal_name = "UBND xã Minh Quang"', 'seal_name = ""'), "commune.seal_name"),
        (('kind = "commune_desk"', 'kind = "hq"'), "point.kind"),
        (('code = "XA"', 'code = "xã 1"'), "point.code"),
        (("number = 2", "number = 1"), "counters[1].number"),
        (('services = ["H"]', 'services = ["Z"]'), "counters[1].services"),
        (('mon = ["07:30-11:30", "13:30-17:00"]', 'mon = ["25:00-26:00"]'), "hours.mon"),
        (("volume = 80", "volume = 800"), "voice.volume"),
        (("retention_days = 90", "retention_days = 99999999999999"), "privacy.retention_days"),
        (('name = "Nguyễn Văn An"', 'name = "' + "A" * 5000 + '"'), "admin.name"),
        (('name = "Nguyễn Văn An"', 'name = "An\\u202eAdmin"'), "admin.name"),
        (('name = "Nguyễn Văn An"', 'name = "Nguyễn Văn An"\npin = "1234"'), "admin.pin"),
    ],
)
def test_bad_answers_name_the_key_and_the_line(change: tuple[str, str], key: str) -> None:
    text = EXAMPLE.replace(*change, 1)
    assert text != EXAMPLE
    # The line a person must fix: where the changed value now stands in the file.
    line = EXAMPLE[: EXAMPLE.index(change[0])].count("\n") + 1 + change[1].count("\n")
    with pytest.raises(SetupError) as caught:
        parse(text, known_services=set("ABCDEFGH"))
    assert caught.value.key == key
    assert caught.value.line == line, caught.value.message
    assert f"dòng {line}" in caught.value.message


def test_broken_files_get_a_sentence(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    cases = {
        "syntax.toml": b"[commune\nprovince = 1",
        "nul.toml": EXAMPLE.encode() + b"\x00",
        "latin1.toml": "province = 'Tỉnh'".encode("cp1258", errors="replace") + b"\xff\xfe",
        "unknown.toml": (EXAMPLE + "\n[wifi]\npassword = 'x'\n").encode(),
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert main(["setup", "--file", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert err.strip() and "Traceback" not in err, name
    assert main(["setup", "--file", str(tmp_path / "missing.toml")]) == 2


def test_village_point_needs_a_village_of_the_commune() -> None:
    text = EXAMPLE.replace('kind = "commune_desk"', 'kind = "village_point"').replace(
        'village = ""', 'village = "Thôn Bắc"'
    )
    with pytest.raises(SetupError, match="không có trong commune.villages"):
        parse(text, known_services=set("ABCDEFGH"))
    ok = text.replace('village = "Thôn Bắc"', 'village = "Thôn Đông"').replace('code = "XA"', 'code = "TH-DONG"')
    assert parse(ok, known_services=set("ABCDEFGH")).point_village == "Thôn Đông"
    assert village_code("Thôn Bắc Sơn") == "bac_son"
