from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.errors import CatalogueError
from kiosk.paths import DEMO_DIR
from kiosk.services.catalogue.service import CATALOGUE_DIR, load_catalogue


def _count(services: Services, model: type) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_shipped_catalogue_is_complete(any_services: Services) -> None:
    prefixes = [s.prefix for s in any_services.catalogue.queue_services()]
    assert prefixes == list("ABCDEFGH")
    assert _count(any_services, m.Procedure) >= 35
    assert {t.code for t in any_services.catalogue.terms("priority_group")} >= {
        "nguoi_cao_tuoi",
        "nguoi_khuyet_tat",
        "phu_nu_mang_thai",
        "nguoi_co_cong",
        "tre_nho",
    }
    assert [t.code for t in any_services.catalogue.terms("satisfaction")] == [
        "rat_hai_long",
        "hai_long",
        "binh_thuong",
        "khong_hai_long",
    ]
    birth = any_services.catalogue.procedures(["1.001193"])[0]
    assert birth.online_level == "toan_trinh" and birth.name == "Thủ tục đăng ký khai sinh"


def test_import_is_idempotent(any_services: Services) -> None:
    before = {model: _count(any_services, model) for model in (m.Procedure, m.Counter, m.Term, m.App, m.Village)}
    report = any_services.catalogue.import_shipped()
    assert report.total_added == 0
    assert {model: _count(any_services, model) for model in before} == before


def test_import_does_not_overwrite_local_edits_unless_asked(services: Services) -> None:
    with services.sessions.begin() as s:
        s.scalar(select(m.Procedure).where(m.Procedure.code == "1.001193")).name = "Khai sinh (tên của xã)"
    services.catalogue.import_shipped()
    assert services.catalogue.procedures(["1.001193"])[0].name == "Khai sinh (tên của xã)"
    services.catalogue.import_shipped(update=True)
    assert services.catalogue.procedures(["1.001193"])[0].name == "Thủ tục đăng ký khai sinh"


@pytest.mark.parametrize(
    "query, code",
    [("ho tich", "1.004859"), ("khai sinh", "1.001193"), ("1.001193", "1.001193"), ("KHAI SINH", "1.001193")],
)
def test_search_folds_accents_and_case(services: Services, query: str, code: str) -> None:
    assert code in [p.code for p in services.catalogue.search_procedures(query)]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, target)
    # The sample commune's office (not shipped in the catalogue) references the queue services: check it too.
    shutil.copyfile(DEMO_DIR / "office.yaml", target / "office.yaml")
    return target


def _break(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_bad_enum_names_file_line_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    line = _break(folder / "procedures.yaml", "online_level: mot_phan", "online_level: muc_do_3")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(folder, None)
    assert "procedures.yaml" in err.value.message
    assert f"dòng {line}" in err.value.message
    assert "online_level" in err.value.message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    line = _break(folder / "queue.yaml", "  name: Chứng thực\n", "  name: Chứng thực\n name: lệch lề\n") + 1
    with pytest.raises(CatalogueError) as err:
        load_catalogue(folder, None)
    assert "queue.yaml" in err.value.message and "cú pháp" in err.value.message
    assert f"dòng {line}" in err.value.message


def test_missing_field_and_bad_reference(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _break(folder / "office.yaml", "services: [C]", "services: [Z]")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(folder, None)
    assert "office.yaml" in err.value.message and "'services'" in err.value.message and "Z" in err.value.message


def test_duplicate_code_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _break(folder / "topics.yaml", "code: kn2_mua_sam", "code: kn1_dvctt")
    with pytest.raises(CatalogueError, match="trùng"):
        load_catalogue(folder, None)


def test_malformed_import_changes_nothing(services: Services, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "extra.yaml").write_text(
        "procedures:\n- code: '9.999999'\n  name: Thủ tục mới\n  online_level: toan_trinh\n"
        "- code: '9.999998'\n  name: Hỏng\n  online_level: 7\n",
        encoding="utf-8",
    )
    before = _count(services, m.Procedure)
    with pytest.raises(CatalogueError, match="extra.yaml, dòng 7"):
        services.catalogue.import_shipped(folder, None)
    assert _count(services, m.Procedure) == before


def test_nfd_input_is_stored_as_nfc(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "nfd"
    folder.mkdir()
    name = unicodedata.normalize("NFD", "Đăng ký nhận nuôi con nuôi")
    (folder / "local.yaml").write_text(
        f"procedures:\n- code: '8.000001'\n  name: {name}\n  online_level: mot_phan\n", encoding="utf-8"
    )
    services.catalogue.import_shipped(folder, None)
    stored = services.catalogue.procedures(["8.000001"])[0].name
    assert stored == unicodedata.normalize("NFC", name) and stored != name
    assert "8.000001" in [p.code for p in services.catalogue.search_procedures("nuoi con")]


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("default_service_min: 12", "default_service_min: !!python/object/apply:os.system ['echo pwned']", "nhãn YAML"),
        ("default_service_min: 12", "default_service_min: 99999999999999999999999999", "quá lớn"),
        ("name: Chứng thực", 'name: "Chứng\\0thực"', "ký tự điều khiển"),
        ("name: Chứng thực", "name: Chứng\x07thực", "ký tự điều khiển"),
        ("name: Chứng thực", "name: Chứng\u202ethực", "ký tự điều khiển"),
    ],
)
def test_crafted_yaml_is_refused_at_check_naming_file_and_line(tmp_path, old: str, new: str, says: str) -> None:
    import shutil

    from kiosk.errors import CatalogueError
    from kiosk.paths import CATALOGUE_DIR
    from kiosk.services.catalogue.service import load_catalogue

    folder = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, folder)
    queue = folder / "queue.yaml"
    text = queue.read_text(encoding="utf-8")
    assert old in text
    queue.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError, match=says) as caught:
        load_catalogue(folder, None)
    assert "queue.yaml, dòng" in caught.value.message
