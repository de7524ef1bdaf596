"""Which voice says a call: the order of preference (setting `voice.order`) and the sound of each voice the core
can make without Qt.

    clips   the commune's recorded clips, when every clip the call needs is there (clips.py)
    tts     QtTextToSpeech with a vi-VN voice (winrt on Windows): only the Qt speaker has it
    espeak  the bundled espeak-ng library (espeak_lib.py), voice and rate from the settings
    chime   always last: the chime alone, the screen shows the call

A call is said whole by the first voice that can say it: a missing clip moves the whole call to the next voice,
never a mix of the commune's voice and a synthetic one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.errors import InputError, KioskError
from kiosk.services.voice import audio, pcm
from kiosk.services.voice.clips import ClipStore
from kiosk.services.voice.espeak_lib import BundledEspeak
from kiosk.services.voice.pcm import Sound

log = logging.getLogger(__name__)

SOURCES = ("clips", "tts", "espeak", "chime")
SOURCE_NAMES = {
    "clips": "giọng ghi âm của xã",
    "tts": "giọng Việt của máy (Windows)",
    "espeak": "giọng tổng hợp espeak-ng đi kèm",
    "chime": "chỉ tiếng chuông",
}
DEFAULT_ORDER = "clips,tts,espeak"


def parse_order(text: str) -> tuple[str, ...]:
    """'clips, espeak' → ('clips', 'espeak', 'chime'); the chime always closes the chain. InputError names an
    unknown voice."""
    order: list[str] = []
    for item in (part.strip().lower() for part in str(text).split(",")):
        if not item:
            continue
        if item not in SOURCES:
            raise InputError(
                f"Thứ tự giọng đọc có '{item}' không hợp lệ; chỉ dùng {', '.join(SOURCES)}, ví dụ {DEFAULT_ORDER}."
            )
        if item not in order:
            order.append(item)
    if "chime" in order:
        order = order[: order.index("chime")]
    return (*order, "chime")


def check_order(value: object) -> None:
    parse_order(str(value))


@dataclass(frozen=True)
class CallSound:
    source: str  # which voice made it: "clips" | "espeak" | "chime"
    sound: Sound


def sentence_for(
    source: str, code: str, counter: int, spoken: str, store: ClipStore | None, espeak: BundledEspeak
) -> Sound | None:
    """One reading of the call by `source`, or None when that voice cannot say it here."""
    if source == "clips":
        return store.sentence(code, counter) if store is not None else None
    if source == "espeak":
        try:
            rate, frames = espeak.synthesize(spoken)
        except KioskError as exc:
            log.warning("bundled espeak-ng could not speak: %s", exc.detail or exc.message)
            return None
        sound = Sound.from_frames(rate, frames)
        # The same loudness as the clips and the chime: espeak-ng peaks at full scale.
        return pcm.normalise(sound if rate == pcm.RATE else pcm.resample(sound, pcm.RATE))
    return None


def make_call(
    order: tuple[str, ...],
    *,
    code: str,
    counter: int,
    spoken: str,
    repeat: int,
    store: ClipStore | None,
    espeak: BundledEspeak,
    skip: tuple[str, ...] = ("tts",),
) -> CallSound:
    """The whole call (chime, the sentence `repeat` times) from the first voice in `order` that can say it;
    `skip` names voices this caller does not have (the core has no QtTextToSpeech)."""
    bell = store.chime(audio.chime()) if store is not None else audio.chime()
    for source in order:
        if source in skip:
            continue
        if source == "chime":
            break
        sentence = sentence_for(source, code, counter, spoken, store, espeak)
        if sentence is not None:
            return CallSound(source, audio.call_sound(sentence, repeat, bell))
        log.info("voice %s cannot say %s → counter %s; trying the next one", source, code, counter)
    return CallSound("chime", audio.call_sound(None, repeat, bell))
