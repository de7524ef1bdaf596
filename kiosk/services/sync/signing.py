"""Bundles that prove where they come from: a key shared once by a pairing code, an HMAC-SHA256 on each bundle.

At the commune, `kiosk sync pair --point TH-DONG` makes a random key for that point and shows it as a short code
(five groups of five letters and digits, the last one a check character so a typo is caught at once), also as a
QR code. At the village point the team types it once: `kiosk sync pair --code …`. From then on every bundle the
point exports carries HMAC-SHA256(key, canonical JSON of the bundle), and the commune refuses a bundle that is
unsigned, wrongly signed, or from a point it never paired with.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

from kiosk.errors import InputError

KEY_BYTES = 15  # 120 bits: 24 base32 characters, no padding
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Letters people misread when copying a code from a screen or a phone message.
_LOOKALIKE = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _check_char(body: str) -> str:
    """Luhn mod 32: catches every single mistyped character and nearly every swap of two neighbours.

    (A weighted sum mod 32 with weights 1, 2, 3… missed a typo wherever the weight shared a factor with 32: at the
    4th character, I typed for A went through.)"""
    total = 0
    for position, ch in enumerate(reversed(body)):
        addend = _ALPHABET.index(ch) * (2 if position % 2 == 0 else 1)
        total += addend // 32 + addend % 32
    return _ALPHABET[-total % 32]


def pairing_code(key: bytes) -> str:
    body = base64.b32encode(key).decode("ascii")
    full = body + _check_char(body)
    return "-".join(full[i : i + 5] for i in range(0, len(full), 5))


def key_from_code(code: str) -> bytes:
    cleaned = code.strip().upper().replace("-", "").replace(" ", "").translate(_LOOKALIKE)
    if len(cleaned) != 25 or any(ch not in _ALPHABET for ch in cleaned):
        raise InputError("Mã ghép nối gồm 25 chữ cái và chữ số (năm nhóm năm ký tự); xin xem lại mã trên máy của xã.")
    body, check = cleaned[:-1], cleaned[-1]
    if _check_char(body) != check:
        raise InputError("Mã ghép nối bị gõ sai một ký tự; xin đối chiếu lại từng nhóm với máy của xã.")
    return base64.b32decode(body)


def canonical(bundle: dict[str, Any]) -> bytes:
    unsigned = {key: value for key, value in bundle.items() if key != "signature"}
    return json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(bundle: dict[str, Any], key: bytes) -> str:
    return hmac.new(key, canonical(bundle), hashlib.sha256).hexdigest()


def verify(bundle: dict[str, Any], key: bytes) -> bool:
    signature = bundle.get("signature")
    return isinstance(signature, str) and hmac.compare_digest(signature, sign(bundle, key))
