"""Read catalogue YAML with line numbers and check it against a declared schema.

Every problem becomes a Vietnamese sentence naming the file, the line and the field, so the person editing
the file can find it; nothing is written to the database unless every file is valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kiosk.errors import CatalogueError, os_reason
from kiosk.text import nfc


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str = "str"  # str | int | bool | date | list | dict | any
    required: bool = False
    choices: tuple[str, ...] = ()
    max_len: int = 500
    pattern: str | None = None


@dataclass(frozen=True)
class SectionSpec:
    """A top-level list of mappings, each identified by `key`."""

    key: str
    fields: tuple[FieldSpec, ...]
    allow_unknown: bool = False


@dataclass
class Item:
    """One catalogue entry: its values, plus where each field sits in the file for error messages."""

    values: dict[str, Any]
    file: str
    line: int
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


def _fail(file: str, line: int, message: str) -> CatalogueError:
    return CatalogueError(f"Tệp danh mục {file}, dòng {line}: {message}")


# libyaml's parser when PyYAML was built with it (every wheel is): the shipped catalogue is parsed on a fresh
# database's first start, and the pure-Python parser took most of a second there. Marks (line numbers) are the same.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _plain(node: yaml.Node) -> Any:
    # Built straight from the node (tags beyond plain YAML were refused in compose), not serialised and re-parsed.
    return yaml.constructor.SafeConstructor().construct_document(node) if node is not None else None


def compose(path: Path) -> yaml.Node | None:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"Tệp danh mục {name} không phải văn bản UTF-8; xin lưu lại với mã UTF-8.") from exc
    except OSError as exc:
        raise CatalogueError(f"Không đọc được tệp danh mục {name} ({os_reason(exc)}).", detail=str(exc)) from exc
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise _fail(name, line, f"có ký tự điều khiển U+{ord(bad.group()):04X}; xin xoá ký tự đó.")
    try:
        root = yaml.compose(nfc(text), Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = (exc.problem_mark or exc.context_mark).line + 1 if (exc.problem_mark or exc.context_mark) else 0
        raise _fail(name, line, f"sai cú pháp YAML ({exc.problem or exc.context}).") from exc
    _refuse_foreign_tags(root, name)
    return root


# C0 controls except tab/newline/CR, DEL, C1 controls, and the bidi overrides/isolates that reorder shown text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
INT_LIMIT = 2**31 - 1  # catalogue integers are minutes or orders: far below PostgreSQL's INTEGER
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "omap", "pairs", "set", "merge")
}


def _refuse_foreign_tags(node: yaml.Node | None, file: str) -> None:
    """`!!python/object/apply:os.system` and every other tag beyond plain YAML: named with its line, never run."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.tag not in _PLAIN_TAGS:
            raise _fail(file, current.start_mark.line + 1, f"có nhãn YAML '{current.tag}' không được phép.")
        if isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))


def _convert(spec: FieldSpec, node: yaml.Node, file: str) -> Any:
    line = node.start_mark.line + 1
    value = _plain(node)
    where = f"trường '{spec.name}'"
    if value is None:
        if spec.required:
            raise _fail(file, line, f"{where} không được để trống.")
        return None
    if spec.kind == "str":
        if isinstance(value, bool) or isinstance(value, list | dict):
            raise _fail(file, line, f"{where} phải là một chuỗi chữ.")
        text = nfc(str(value)).strip()
        if _CONTROL.search(text):  # "\0" and friends written as YAML escapes
            raise _fail(file, line, f"{where} có ký tự điều khiển hoặc ký tự đảo chiều văn bản.")
        if spec.required and not text:
            raise _fail(file, line, f"{where} không được để trống.")
        if len(text) > spec.max_len:
            raise _fail(file, line, f"{where} dài {len(text)} ký tự, tối đa {spec.max_len}.")
        if spec.choices and text not in spec.choices:
            raise _fail(file, line, f"{where} có giá trị '{text}' không hợp lệ (cho phép: {', '.join(spec.choices)}).")
        if spec.pattern and not re.fullmatch(spec.pattern, text):
            raise _fail(file, line, f"{where} có giá trị '{text}' không đúng dạng.")
        return text
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(file, line, f"{where} phải là một số nguyên.")
        if abs(value) > INT_LIMIT:
            raise _fail(file, line, f"{where} có số {str(value)[:20]}… quá lớn.")
        return value
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _fail(file, line, f"{where} phải là true hoặc false.")
        return value
    if spec.kind == "date":
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as exc:
            raise _fail(file, line, f"{where} phải là ngày dạng YYYY-MM-DD.") from exc
    if spec.kind == "list":
        if not isinstance(value, list):
            raise _fail(file, line, f"{where} phải là một danh sách.")
        return [nfc(str(v)) if isinstance(v, str) else v for v in value]
    if spec.kind == "dict":
        if not isinstance(value, dict):
            raise _fail(file, line, f"{where} phải là một bảng khoá: giá trị.")
        return value
    return value


def read_section(root: yaml.Node | None, section: str, spec: SectionSpec, file: str) -> list[Item]:
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise _fail(file, root.start_mark.line + 1, "nội dung phải bắt đầu bằng các mục dạng 'tên_mục:'.")
    node = next((v for k, v in root.value if _plain(k) == section), None)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(
            file, node.start_mark.line + 1, f"mục '{section}' phải là một danh sách (mỗi phần tử bắt đầu '- ')."
        )
    known = {f.name: f for f in spec.fields}
    items: list[Item] = []
    seen: dict[str, int] = {}
    for entry in node.value:
        line = entry.start_mark.line + 1
        if not isinstance(entry, yaml.MappingNode):
            raise _fail(file, line, f"mỗi phần tử của '{section}' phải là một bảng 'trường: giá trị'.")
        values: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in entry.value:
            key = str(_plain(key_node))
            lines[key] = key_node.start_mark.line + 1
            fspec = known.get(key)
            if fspec is None:
                if spec.allow_unknown:
                    values[key] = _plain(value_node)
                    continue
                raise _fail(file, lines[key], f"trường '{key}' không có trong mẫu của mục '{section}'.")
            values[key] = _convert(fspec, value_node, file)
        for fspec in spec.fields:
            if fspec.required and values.get(fspec.name) is None:
                raise _fail(file, line, f"thiếu trường bắt buộc '{fspec.name}'.")
        ident = str(values[spec.key])
        if ident in seen:
            raise _fail(file, lines.get(spec.key, line), f"'{spec.key}' = '{ident}' bị trùng với dòng {seen[ident]}.")
        seen[ident] = lines.get(spec.key, line)
        items.append(Item(values=values, file=file, line=line, lines=lines))
    return items


def check_reference(item: Item, name: str, allowed: set[str], what: str) -> None:
    value = item.get(name)
    values = value if isinstance(value, list) else [value]
    for v in values:
        if v is not None and str(v) not in allowed:
            raise _fail(item.file, item.line_of(name), f"trường '{name}' chỉ tới {what} '{v}' không có trong danh mục.")
