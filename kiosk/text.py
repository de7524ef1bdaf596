"""Text at the edge: NFC normalising, accent-folded search keys, length limits and masking."""

from __future__ import annotations

import re
import unicodedata

from kiosk.errors import InputError

_SPACES = re.compile(r"\s+")
_NON_KEY = re.compile(r"[^0-9a-z.]+")
# C0 controls except tab/newline/CR, DEL and C1: a NUL cuts a PostgreSQL text value (psycopg refuses it) and the
# others garble printed tickets and logs. Tab/newline survive only where a multi-line note allows them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bidi overrides/isolates make a name display reversed ("Trojan Source"); ESC starts an ANSI sequence on a terminal.
_NAME_TRICKS = re.compile(r"[\u202a-\u202e\u2066-\u2069\x1b]")


def nfc(value: str) -> str:
    """Vietnamese typed with a 'tổ hợp' IME arrives decomposed (NFD); store and compare NFC only."""
    return unicodedata.normalize("NFC", value)


def check_chars(value: str, *, field: str, multiline: bool = False, name: bool = False) -> str:
    """The one check for characters no field may hold: control characters (and, in names, bidi/ANSI tricks).

    Refused, never stripped silently: the person typing (or the file being imported) should know.
    """
    if name and _NAME_TRICKS.search(value):
        raise InputError(f"{field.capitalize()} có ký tự điều khiển hướng chữ hoặc mã màu; xin gõ lại bằng chữ thường.")
    bad = (_CONTROL if multiline else _CONTROL_LINE).search(value)
    if bad:
        raise InputError(
            f"{field.capitalize()} có ký tự điều khiển không hiển thị được (mã {ord(bad.group()):#04x}); xin gõ lại."
        )
    return value


def clean(
    value: str | None,
    *,
    field: str,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
    name: bool = False,
) -> str | None:
    """Normalise a free-text field and refuse what would not fit, with a sentence naming the field.

    `multiline` keeps line breaks (notes); `name` also refuses bidi overrides and ANSI escapes.
    """
    if value is None:
        if required:
            raise InputError(f"Xin nhập {field}.")
        return None
    if not isinstance(value, str):
        raise InputError(f"{field.capitalize()} phải là chữ.")
    if len(value) > max_len * 4 + 1000:
        # Refused before normalising: a megabyte pasted into a name should not be walked character by character.
        raise InputError(f"{field.capitalize()} quá dài ({len(value)} ký tự); tối đa {max_len} ký tự.")
    value = nfc(value)
    if multiline:
        # \r\n from Windows clipboards becomes \n before the check, so CR alone is not a control here.
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        # A line break or tab pasted into a one-line field is only space (as it always was), not an error.
        value = re.sub(r"[\t\n\r]", " ", value)
    check_chars(value, field=field, multiline=multiline, name=name)
    if multiline:
        text = "\n".join(_SPACES.sub(" ", line).strip() for line in value.split("\n")).strip()
    else:
        text = _SPACES.sub(" ", value).strip()
    if not text:
        if required:
            raise InputError(f"Xin nhập {field}.")
        return None
    if len(text) > max_len:
        raise InputError(f"{field.capitalize()} quá dài ({len(text)} ký tự); tối đa {max_len} ký tự.")
    return text


def fold(value: str) -> str:
    """Search key: no accents, no case, đ→d, so 'ho tich' finds 'Hộ tịch'."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_key(*parts: str | None) -> str:
    """One folded string for LIKE searches over several fields (name, code, field of law)."""
    return " ".join(fold(p) for p in parts if p)


def digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def mask_phone(phone: str | None) -> str:
    """0912345678 → ******5678: enough for the citizen to recognise their number, useless to anyone else."""
    if not phone:
        return ""
    d = digits_only(phone)
    if len(d) <= 4:
        return "*" * len(d)
    return "*" * (len(d) - 4) + d[-4:]


def mask_name(name: str | None) -> str:
    """Nguyễn Văn An → N. V. An: the given name stays so the desk can greet the person."""
    if not name:
        return ""
    words = nfc(name).split()
    if len(words) == 1:
        return words[0][0] + "." if len(words[0]) > 1 else words[0]
    return " ".join(w[0] + "." for w in words[:-1]) + " " + words[-1]


def mask_id_number(value: str | None) -> str:
    """A CCCD number is never shown in full: ********1234."""
    if not value:
        return ""
    d = digits_only(value)
    return "*" * max(len(d) - 4, 0) + d[-4:]
