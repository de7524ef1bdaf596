"""Text at the edge: NFC normalising, accent-folded search keys, length limits and masking."""

from __future__ import annotations

import re
import unicodedata

from kiosk.errors import InputError

_SPACES = re.compile(r"\s+")
_NON_KEY = re.compile(r"[^0-9a-z.]+")


def nfc(value: str) -> str:
    """Vietnamese typed with a 'tổ hợp' IME arrives decomposed (NFD); store and compare NFC only."""
    return unicodedata.normalize("NFC", value)


def clean(value: str | None, *, field: str, max_len: int, required: bool = False) -> str | None:
    """Normalise a free-text field and refuse what would not fit, with a sentence naming the field."""
    if value is None:
        if required:
            raise InputError(f"Xin nhập {field}.")
        return None
    text = _SPACES.sub(" ", nfc(value)).strip()
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
