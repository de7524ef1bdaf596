"""The commune's own recorded voice: which short clips a call needs, where they are kept, and a call made of them.

A call from clips says: chime, "Xin mời công dân có số thứ tự", the code sign by sign (letters by their names,
digits), "đến quầy số", the counter as a number (words.number_words), and the closing — the same words the
synthetic voice reads for the code and counter (words.py), so every word it can produce has a clip:

- the letters the queue services use (A, B, …),
- the ten digits (a ticket is read digit by digit; "một", "năm", "bốn" also say counters),
- mười, mươi, mốt, tư, lăm, trăm, lẻ (every counter from 1 to 999),
- the opening, "đến quầy số" and the closing; the chime (optional: the built-in one otherwise).

Clips live in the data folder's clips/ as `<name>.wav` (mono 16-bit, 22 050 Hz, trimmed, one loudness) and are
copied with every backup. When one clip of a call is missing, the call is not made of clips at all: the caller
falls back to the synthetic voice for the whole call, never a mix of two voices.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import InputError, file_error
from kiosk.services.voice import pcm
from kiosk.services.voice.pcm import Sound
from kiosk.services.voice.words import DIGITS, LETTERS, number_words, spell_letter

log = logging.getLogger(__name__)

CHIME_GAP_S = 0.35  # after the chime, before the first sentence
REPEAT_GAP_S = 0.8  # between two readings of the sentence
PHRASE_GAP_S = 0.12  # between the opening and the code, the code and "đến quầy số"…
SIGN_GAP_S = 0.06  # between two signs of a code: "A – không – một – hai" stays readable over an echo

OPENING = "mo-dau"
TO_COUNTER = "den-quay-so"
CLOSING = "ket-thuc"
CHIME = "chuong"

# Letters outside A–Z named by their Telex spelling, which every Vietnamese typist knows (Ă = aw, Đ = dd).
_TELEX = {"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw"}
# The words number_words says for 1–999 beyond the digits; names carry the tone where two words share letters.
NUMBER_WORDS = {
    "mười": "muoi-huyen",
    "mươi": "muoi-ngang",
    "mốt": "mot-sac",
    "tư": "tu",
    "lăm": "lam",
    "trăm": "tram",
    "lẻ": "le",
}


@dataclass(frozen=True)
class ClipSpec:
    name: str  # the file name without .wav, ASCII
    words: str  # what the person says into the microphone
    group: str  # "câu", "chữ cái", "chữ số", "số đếm", "chuông"
    optional: bool = False  # the chime: the built-in one plays when none was recorded


def letter_clip(letter: str) -> str:
    letter = letter.upper()
    return "chu-" + _TELEX.get(letter, letter.lower())


def digit_clip(digit: int) -> str:
    return f"so-{digit}"


CLOSING_WORDS = "Xin cảm ơn."


def clip_specs(letters: str | list[str]) -> list[ClipSpec]:
    """Every clip a call can need, in the order a person records them (the sentence first, then signs)."""
    specs = [
        ClipSpec(OPENING, "Xin mời công dân có số thứ tự", "câu"),
        ClipSpec(TO_COUNTER, "đến quầy số", "câu"),
        ClipSpec(CLOSING, CLOSING_WORDS, "câu"),
    ]
    seen: set[str] = set()
    for letter in letters:
        letter = letter.upper()
        if letter in seen or letter not in LETTERS:
            continue
        seen.add(letter)
        specs.append(ClipSpec(letter_clip(letter), f"{spell_letter(letter)} (chữ {letter})", "chữ cái"))
    specs += [ClipSpec(digit_clip(d), DIGITS[d], "chữ số") for d in range(10)]
    specs += [ClipSpec(name, word, "số đếm") for word, name in NUMBER_WORDS.items()]
    specs.append(ClipSpec(CHIME, "tiếng chuông báo (không bắt buộc: không ghi thì dùng chuông có sẵn)", "chuông", True))
    return specs


def call_clips(code: str, counter: int) -> list[list[str]]:
    """The clips of one reading, as phrases of clip names: [[opening], [signs…], [đến quầy số], [counter words…],
    [closing]]. A sign or word with no clip of its own gets a name no file has, so the call falls back whole."""
    signs: list[str] = []
    for char in (code or "").strip().upper():
        if char.isdigit() and char.isascii():
            signs.append(digit_clip(int(char)))
        elif char.isalpha():
            signs.append(letter_clip(char))
    counter_words = []
    for word in number_words(counter).split():
        if word in DIGITS:
            counter_words.append(digit_clip(DIGITS.index(word)))
        else:
            counter_words.append(NUMBER_WORDS.get(word, f"tu-{word}"))  # "nghìn": no clip, the call falls back
    return [[OPENING], signs, [TO_COUNTER], counter_words, [CLOSING]]


@dataclass(frozen=True)
class ClipState:
    spec: ClipSpec
    present: bool
    seconds: float = 0.0


class ClipStore:
    """The clips folder of this PC's data folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.wav"

    def has(self, name: str) -> bool:
        return self.path(name).is_file()

    def states(self, specs: list[ClipSpec]) -> list[ClipState]:
        out = []
        for spec in specs:
            path = self.path(spec.name)
            seconds = 0.0
            if path.is_file():
                try:
                    seconds = pcm.read_wav(path).seconds
                except InputError:
                    log.warning("clip %s is not readable; counted as missing", path)
                    out.append(ClipState(spec, False))
                    continue
            out.append(ClipState(spec, path.is_file(), seconds))
        return out

    def load(self, name: str) -> Sound:
        sound = pcm.read_wav(self.path(name))
        return sound if sound.rate == pcm.RATE else pcm.resample(sound, pcm.RATE)

    def save(self, name: str, sound: Sound, *, trim: bool = True) -> Sound:
        """Store a recording or an import: converted, trimmed (unless `trim` is off: the admin screen keeps a take
        whole until the person taps "Cắt khoảng lặng"), normalised. Refuses one with no voice in it."""
        prepared = pcm.prepare_clip(sound, trim=trim)
        if pcm.is_silent(prepared) or prepared.seconds < 0.05:
            raise InputError(f"Đoạn '{name}' không có tiếng (chỉ có im lặng); xin ghi lại gần micrô hơn.")
        try:
            pcm.write_wav(self.path(name), prepared)
        except OSError as exc:
            raise file_error(self.path(name), exc) from exc
        return prepared

    def trim(self, name: str) -> tuple[float, float]:
        """Cut the silence at both ends of a stored clip; returns its length before and after (seconds)."""
        before = self.load(name)
        after = self.save(name, before, trim=True)
        return before.seconds, after.seconds

    def remove(self, name: str) -> None:
        try:
            self.path(name).unlink(missing_ok=True)
        except OSError as exc:
            raise file_error(self.path(name), exc) from exc

    def missing(self, names: list[str]) -> list[str]:
        return [n for n in dict.fromkeys(names) if not self.has(n)]

    def sentence(self, code: str, counter: int) -> Sound | None:
        """One reading from clips, or None when any clip it needs is missing or unreadable."""
        phrases = call_clips(code, counter)
        if self.missing([n for phrase in phrases for n in phrase]):
            return None
        try:
            loaded = [[self.load(n) for n in phrase] for phrase in phrases]
        except (InputError, OSError) as exc:
            log.warning("a clip could not be read (%s); this call uses the synthetic voice", exc)
            return None
        pieces = [pcm.join(phrase, gap_s=SIGN_GAP_S) for phrase in loaded if phrase]
        return pcm.join(pieces, gap_s=PHRASE_GAP_S)

    def chime(self, fallback: Sound) -> Sound:
        if self.has(CHIME):
            try:
                return self.load(CHIME)
            except InputError:
                log.warning("the recorded chime is not readable; the built-in one plays")
        return fallback


def import_folder(store: ClipStore, folder: Path, specs: list[ClipSpec]) -> tuple[list[str], list[str]]:
    """Import every `<name>.wav` of `folder` whose name is a clip; returns (imported names, sentences about files
    refused or not recognised). Nothing is half-imported: a refused file leaves the clip as it was."""
    if not folder.is_dir():
        raise InputError(f"Không thấy thư mục {folder}.")
    known = {s.name for s in specs}
    imported: list[str] = []
    problems: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".wav" or not path.is_file():
            continue
        name = path.stem.lower()
        if name not in known:
            problems.append(f"Tệp {path.name} không trùng tên đoạn nào (xem `kiosk voice clips`); bỏ qua.")
            continue
        try:
            store.save(name, pcm.read_wav(path))
        except InputError as exc:
            problems.append(exc.message)
            continue
        imported.append(name)
    return imported, problems
