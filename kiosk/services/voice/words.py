"""Vietnamese words for the hall's voice: ticket codes read one sign at a time, numbers said as words.

A ticket code is read letter by letter and digit by digit, the way an officer says it across the hall:
A012 → "A, không, một, hai"; B120 → "Bê, một, hai, không". Letters use their Vietnamese names (B "bê",
C "xê", G "giê", H "hát"...), so a synthesiser reads them as a Vietnamese listener expects, not as English.
A counter number is said as a number: 2 → "hai", 10 → "mười", 21 → "hai mươi mốt".
"""

from __future__ import annotations

import re

# The names children learn at school; spaces instead of hyphens so a synthesiser reads two syllables.
LETTERS = {
    "A": "a",
    "Ă": "á",
    "Â": "ớ",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "Đ": "đê",
    "E": "e",
    "Ê": "ê",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em mờ",
    "N": "en nờ",
    "O": "o",
    "Ô": "ô",
    "Ơ": "ơ",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét xì",
    "T": "tê",
    "U": "u",
    "Ư": "ư",
    "V": "vê",
    "W": "vê kép",
    "X": "ích xì",
    "Y": "i dài",
    "Z": "dét",
}
DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")

# Abbreviations that appear in service names; a synthesiser would spell them in English.
_ABBREVIATIONS = {
    "DVC": "dịch vụ công",
    "UBND": "Ủy ban nhân dân",
    "CCCD": "căn cước công dân",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "CNSCĐ": "công nghệ số cộng đồng",
    "LĐTBXH": "Lao động Thương binh và Xã hội",
}
_ABBREVIATION_RE = re.compile(r"\b(" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")\b")
_DASHES_RE = re.compile(r"\s*[–—-]\s+|\s+[–—-]\s*")
_PARENS_RE = re.compile(r"\s*\(([^)]*)\)")


def spell_letter(char: str) -> str:
    """'B' → 'Bê': capitalised, so the spoken code reads like the printed one ('A, không, một')."""
    name = LETTERS.get(char.upper(), char.lower())
    return name[:1].upper() + name[1:]


def spoken_code(code: str) -> str:
    """'A012' → 'A, không, một, hai'. Signs other than letters and digits are not read."""
    parts: list[str] = []
    for char in (code or "").strip():
        if char.isdigit() and char.isascii():
            parts.append(DIGITS[int(char)])
        elif char.isalpha():
            parts.append(spell_letter(char))
    return ", ".join(parts)


def _below_thousand(n: int, *, full: bool) -> str:
    """0–999. `full`: inside a larger number, so 5 is 'không trăm lẻ năm' (as in 1005 'một nghìn không trăm lẻ năm')."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("lẻ")
            words.append(DIGITS[units])
        return " ".join(words)
    if tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
        return " ".join(words)
    words += [DIGITS[tens], "mươi"]
    if units:
        words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return " ".join(words)


def number_words(n: int) -> str:
    """A whole number as Vietnamese words: 10 'mười', 15 'mười lăm', 21 'hai mươi mốt', 105 'một trăm lẻ năm'."""
    if n < 0:
        return "âm " + number_words(-n)
    if n < 1000:
        return _below_thousand(n, full=False) if n else DIGITS[0]
    groups: list[int] = []
    while n:
        n, part = divmod(n, 1000)
        groups.append(part)
    scales = ("", "nghìn", "triệu", "tỷ")
    words: list[str] = []
    top = len(groups) - 1
    for index in range(top, -1, -1):
        part = groups[index]
        if part == 0:
            continue
        words.append(_below_thousand(part, full=index != top))
        if index:
            words.append(scales[index] if index < len(scales) else "nghìn " * (index - 3) + "tỷ")
    return " ".join(words)


def speakable(text: str) -> str:
    """Text a synthesiser reads well: dashes and brackets become pauses, '&' becomes 'và', known abbreviations
    are written out."""
    text = _PARENS_RE.sub(lambda m: ", " + m.group(1), text)
    text = _DASHES_RE.sub(", ", text)
    text = text.replace("&", " và ")
    text = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",(\s*,)+", ",", text)
    return re.sub(r"\s{2,}", " ", text).strip()
