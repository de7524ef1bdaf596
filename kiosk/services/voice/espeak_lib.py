"""espeak-ng as a library, shipped by the espeakng-loader package: a Vietnamese voice with nothing to install.

The espeak-ng program is rarely on a commune PC (the Windows installer does not include it); the library and its
data (vi_dict, the vi, vi-vn-x-central and vi-vn-x-south voices) come inside the espeakng-loader wheel for
Windows, Linux and macOS. We call its C API through ctypes: initialise once with AUDIO_OUTPUT_SYNCHRONOUS, let a
callback collect the 16-bit samples, and never start a process.

The library keeps one global state (voice, rate, callback), so every synthesis holds one lock.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

VOICES = ("vi", "vi-vn-x-central", "vi-vn-x-south")
VOICE_NAMES = {"vi": "miền Bắc", "vi-vn-x-central": "miền Trung", "vi-vn-x-south": "miền Nam"}
DEFAULT_RATE = 140  # words per minute; espeak's 175 is hurried for a hall with an echo
RATE_LO, RATE_HI = 80, 260

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_CHARS_UTF8 = 1
_ESPEAK_RATE = 1
_POS_CHARACTER = 1
_EE_OK = 0

# int SynthCallback(short *wav, int numsamples, espeak_EVENT *events)
_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class SpeechError(KioskError):
    """The bundled voice could not speak; `message` says so in Vietnamese."""


LIBRARY_MISSING = (
    "Không nạp được thư viện giọng đọc espeak-ng đi kèm (gói espeakng-loader); xin cài lại phần mềm ki-ốt."
)


@dataclass
class _Loaded:
    lib: ctypes.CDLL
    rate: int  # samples per second, as espeak_Initialize returned it
    callback: object  # the ctypes function object: kept alive as long as the library may call it


_lock = threading.Lock()
_loaded: _Loaded | None = None
_failed: str | None = None
_collected: list[bytes] = []


def _on_samples(wav: ctypes._Pointer, count: int, _events: int) -> int:
    if count > 0 and wav:
        _collected.append(ctypes.string_at(wav, count * 2))
    return 0  # 0: go on synthesising


def _paths() -> tuple[Path, Path]:
    import espeakng_loader  # the package only knows where its files are; it loads nothing by itself

    library = Path(espeakng_loader.get_library_path())
    if not library.exists():
        # A frozen bundle keeps the library under its soname only (libespeak-ng.so.1), not the bare .so name.
        found = sorted(library.parent.glob(library.name + ".*"))
        library = found[0] if found else library
    return library, Path(espeakng_loader.get_data_path())


def _load() -> _Loaded:
    """Load and initialise the library once per process (caller holds the lock)."""
    global _loaded, _failed
    if _loaded is not None:
        return _loaded
    if _failed is not None:
        raise SpeechError(LIBRARY_MISSING, detail=_failed)
    try:
        library, data = _paths()
        lib = ctypes.CDLL(str(library))
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
            ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.argtypes = []
        lib.espeak_Synchronize.restype = ctypes.c_int
        # The data folder's own path (not its parent): espeak-ng accepts both, and this one needs no guess.
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data).encode("utf-8"), 0)
        if rate <= 0:
            raise OSError(f"espeak_Initialize returned {rate} (data {data})")
        callback = _SYNTH_CALLBACK(_on_samples)
        lib.espeak_SetSynthCallback(callback)
    except (ImportError, OSError, AttributeError, RuntimeError) as exc:
        _failed = str(exc)
        log.warning("bundled espeak-ng unavailable: %s", exc)
        raise SpeechError(LIBRARY_MISSING, detail=_failed) from exc
    _loaded = _Loaded(lib, rate, callback)
    log.info("bundled espeak-ng loaded from %s (%d Hz)", library, rate)
    return _loaded


def available() -> bool:
    try:
        with _lock:
            _load()
    except SpeechError:
        return False
    return True


@dataclass(frozen=True)
class BundledEspeak:
    """The Vietnamese voice of the bundled library; `voice` one of VOICES, `speed` in words per minute."""

    voice: str = "vi"
    speed: int = DEFAULT_RATE

    @property
    def name(self) -> str:
        return f"espeak-ng đi kèm ({self.voice}, {VOICE_NAMES.get(self.voice, self.voice)})"

    def synthesize(self, text: str) -> tuple[int, bytes]:
        """The text spoken, as (sample rate, 16-bit mono little-endian frames). Tens of milliseconds per sentence."""
        voice = self.voice if self.voice in VOICES else "vi"
        speed = max(RATE_LO, min(RATE_HI, int(self.speed)))
        encoded = text.encode("utf-8") + b"\0"
        with _lock:
            loaded = _load()
            lib = loaded.lib
            if lib.espeak_SetVoiceByName(voice.encode("ascii")) != _EE_OK:
                raise SpeechError(f"Thư viện espeak-ng đi kèm không có giọng '{voice}'.")
            lib.espeak_SetParameter(_ESPEAK_RATE, speed, 0)
            _collected.clear()
            buffer = ctypes.create_string_buffer(encoded)
            status = lib.espeak_Synth(buffer, len(encoded), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            lib.espeak_Synchronize()
            frames = b"".join(_collected)
            _collected.clear()
        if status != _EE_OK or not frames:
            raise SpeechError("Thư viện espeak-ng đi kèm không đọc được câu này.", detail=f"status {status}")
        if sys.byteorder == "big":  # the library hands native shorts; WAV files are little-endian
            samples = array("h", frames)
            samples.byteswap()
            frames = samples.tobytes()
        return loaded.rate, frames
