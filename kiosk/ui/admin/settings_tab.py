"""The admin screen's "Cài đặt" tab: every setting of the one declaration (services/settings.py), grouped, each
with its help text and limits; saved through SettingsService.set, so the checks are the CLI's and every change
is audited with the administrator and reaches the other screens."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import InputError
from kiosk.services.settings import SETTINGS, SettingSpec, group_of
from kiosk.services.web.lan import lan_addresses
from kiosk.ui.admin.editor import AdminTab, button, row_of
from kiosk.ui.names import core_name
from kiosk.ui.theme import PRIORITY

# Edited in a tab of its own: named here, not duplicated.
OWN_TAB = {"display.notices": QT_TRANSLATE_NOOP("SettingsTab", "Bảng chữ chạy")}
INT_MAX = 2**31 - 1


def _editor(spec: SettingSpec) -> QWidget:
    if spec.kind is bool:
        return QCheckBox()
    if spec.kind is int:
        box = QSpinBox()
        box.setRange(spec.lo if spec.lo is not None else -INT_MAX, spec.hi if spec.hi is not None else INT_MAX)
        box.setGroupSeparatorShown(True)
        return box
    if spec.kind is str:
        line = QLineEdit()
        line.setMaxLength(spec.max_len)
        return line
    text = QPlainTextEdit()
    text.setFixedHeight(90)
    return text


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(json.dumps(value, ensure_ascii=False))


def _get(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()  # JSON text: the setting's own check turns it into its value or a sentence
    return None


class SettingsTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.values: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        self.save_button = button(self.tr("Lưu các thay đổi"), self.save, primary=True)
        self.reload_button = button(self.tr("Bỏ thay đổi"), self.load)
        top = row_of(self.save_button, self.reload_button)
        top.insertWidget(2, self.notice, 1)
        layout.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        groups: dict[str, QFormLayout] = {}
        for key, spec in SETTINGS.items():
            group = group_of(key)
            if group not in groups:
                box = QGroupBox(core_name(group))
                groups[group] = QFormLayout(box)
                column.addWidget(box)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 6)
            if key in OWN_TAB:
                note = QLabel(self.tr("Sửa ở thẻ “{0}”.").replace("{0}", self.tr(OWN_TAB[key])))
                note.setProperty("hint", True)
                cell_layout.addWidget(note)
            else:
                editor = _editor(spec)
                self.editors[key] = editor
                cell_layout.addWidget(editor)
                hint = QLabel(" · ".join(p for p in (self._limits(spec), key) if p))
                hint.setProperty("hint", True)
                cell_layout.addWidget(hint)
                if key == "web.public_url":
                    # The address phones will open: this PC's own, which the admin rarely knows by heart.
                    self.lan_hint = QLabel(self.tr("Đang tìm địa chỉ của máy này trong mạng…"))
                    self.lan_hint.setWordWrap(True)
                    self.lan_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    cell_layout.addWidget(self.lan_hint)
                error = QLabel()
                error.setWordWrap(True)
                error.setStyleSheet(f"color: {PRIORITY}; font-weight: bold;")
                error.hide()
                self.errors[key] = error
                cell_layout.addWidget(error)
            # The descriptions are declared in the core; setting_texts.py lists them for lupdate.
            label = QLabel(QCoreApplication.translate("settings", spec.description))
            label.setWordWrap(True)
            label.setMaximumWidth(520)
            groups[group].addRow(label, cell)
        column.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.load()
        self.call(lan_addresses, self._show_addresses)

    def _show_addresses(self, addresses: list[str]) -> None:
        port = _get(self.editors["web.port"]) if "web.port" in self.editors else 8080
        if addresses:
            links = ", ".join(f"http://{a}:{port}" for a in addresses)
            self.lan_hint.setText(self.tr("Máy này trong mạng nội bộ: {0}").replace("{0}", links))
        else:
            self.lan_hint.setText(self.tr("Máy này chưa nối mạng nội bộ (không có địa chỉ nào)."))

    def _limits(self, spec: SettingSpec) -> str:
        """The limits as SettingSpec.limits() says them ("từ 1 đến 50"), in the screens' language."""
        lo, hi = (f"{v:,}".replace(",", ".") if v is not None else "" for v in (spec.lo, spec.hi))
        if spec.lo is not None and spec.hi is not None:
            return self.tr("từ {lo} đến {hi}").format(lo=lo, hi=hi)
        if spec.lo is not None:
            return self.tr("từ {lo} trở lên").format(lo=lo)
        return ""

    def load(self) -> None:
        self.call(self.services.settings.all, self._show)

    def _show(self, values: dict[str, Any]) -> None:
        self.values = values
        for key, editor in self.editors.items():
            _set(editor, values[key])
            self.errors[key].hide()

    def changed(self) -> dict[str, Any]:
        out = {}
        for key, editor in self.editors.items():
            value = _get(editor)
            shown = json.dumps(self.values.get(key), ensure_ascii=False) if SETTINGS[key].kind in (dict, list) else None
            if (shown is not None and value != shown) or (shown is None and value != self.values.get(key)):
                out[key] = value
        return out

    def save(self) -> None:
        changes, settings, by = self.changed(), self.services.settings, self.by
        if not changes:
            self.notice.ok(self.tr("Không có gì thay đổi."))
            return

        def save_all() -> dict[str, str]:
            errors: dict[str, str] = {}
            for key, value in changes.items():
                try:
                    settings.set(key, value, by=by)
                except InputError as exc:  # each field gets its own sentence; the rest still saves
                    errors[key] = exc.message
            return errors

        self.call(save_all, lambda errors: self._saved(changes, errors))

    def _saved(self, changes: dict[str, Any], errors: dict[str, str]) -> None:
        saved = len(changes) - len(errors)
        kept = {k: changes[k] for k in errors}
        self.call(self.services.settings.all, lambda values: self._after_save(values, kept, errors, saved))

    def _after_save(self, values: dict[str, Any], kept: dict[str, Any], errors: dict[str, str], saved: int) -> None:
        self._show(values)
        for key, value in kept.items():  # what the person typed stays, beside its sentence
            editor = self.editors[key]
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value))
            else:
                _set(editor, value)
            self.errors[key].setText(errors[key])
            self.errors[key].show()
        if errors:
            self.notice.error(
                self.tr("Đã lưu {0} mục; {1} mục chưa hợp lệ (xem dòng chữ đỏ).")
                .replace("{0}", str(saved))
                .replace("{1}", str(len(errors)))
            )
        else:
            self.notice.ok(self.tr("Đã lưu {0} mục.").replace("{0}", str(saved)))
