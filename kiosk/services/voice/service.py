"""The words of a call and the order in which calls are spoken; the sound itself goes through a `Speaker`.

    a = services.announce.for_code("A012", counter=2)
    a.text    "Xin mời công dân có số thứ tự A012, đến quầy số 2, Tư pháp – Hộ tịch."
    a.spoken  "Xin mời công dân có số thứ tự A, không, một, hai, đến quầy số hai, Tư pháp, Hộ tịch."

The wording is the setting `announce.template` ({code}, {counter}, {service}, {counter_name}); the screen shows
`text`, a synthesiser reads `spoken` (kiosk/services/speech_text.py). Each call is said `announce.repeat` times
after a chime. `announce.enabled` off leaves the chime alone; `announce.volume` 0 is silence.

Who speaks: the hall display process, when it sees ticket_called / ticket_recalled events, so the voice comes
out where the loudspeakers are, whichever desk or machine called (with several displays in one hall, the one that
`voice.speaker` names). The UI attaches a Speaker (kiosk/ui/adapters/qt_speaker.py) that says each call whole
by the first voice of `voice.order` that can: the commune's recorded clips (clips.py), a Vietnamese
QtTextToSpeech voice, the bundled espeak-ng (espeak_lib.py), the chime (chain.py). `say()` puts calls in a queue
so two desks calling at once are read one after the other, never over each other.
"""

from __future__ import annotations

import logging
import re
import string
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from kiosk.errors import InputError, NotFoundError, file_error
from kiosk.services.catalogue.service import CatalogueService
from kiosk.services.queue.commands import QueueService
from kiosk.services.queue.rules import ticket_code
from kiosk.services.settings import MAX_REPEAT, SETTINGS, SettingsService
from kiosk.services.voice import pcm
from kiosk.services.voice.chain import DEFAULT_ORDER, CallSound, make_call, parse_order
from kiosk.services.voice.clips import ClipSpec, ClipState, ClipStore, clip_specs
from kiosk.services.voice.espeak_lib import DEFAULT_RATE, BundledEspeak
from kiosk.services.voice.words import number_words, speakable, spoken_code

log = logging.getLogger(__name__)

VOICE_KEYS = (
    "announce.template",
    "announce.repeat",
    "announce.enabled",
    "announce.volume",
    "voice.order",
    "voice.espeak_voice",
    "voice.espeak_rate",
    "voice.speaker",
)
DEFAULT_TEMPLATE: str = SETTINGS["announce.template"].default
FIELDS = ("code", "counter", "service", "counter_name")
CALL_KINDS = ("ticket_called", "ticket_recalled")
_CODE_RE = re.compile(r"^\s*([^\W\d_]{1,2})\s*-?\s*(\d{1,6})\s*$")


@dataclass(frozen=True)
class VoiceSettings:
    template: str = DEFAULT_TEMPLATE
    repeat: int = 2
    enabled: bool = True
    volume: int = 80
    order: tuple[str, ...] = parse_order(DEFAULT_ORDER)
    espeak_voice: str = "vi"
    espeak_rate: int = DEFAULT_RATE
    speaker: str = ""  # the display that speaks; "" = every display

    def speaks_here(self, display_name: str) -> bool:
        """Does the display called `display_name` read calls out? One speaker per hall, or every display."""
        wanted = self.speaker.strip().casefold()
        return not wanted or wanted == display_name.strip().casefold()

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> VoiceSettings:
        """From the settings (as `settings.get` or `read_settings` return them), kept within sensible bounds."""
        template = str(values.get("announce.template") or DEFAULT_TEMPLATE)
        if not template_ok(template):
            log.warning("announce.template %r is not usable; the default wording is used", template)
            template = DEFAULT_TEMPLATE
        return cls(
            template=template,
            repeat=max(1, min(MAX_REPEAT, int(values.get("announce.repeat", 2)))),
            enabled=bool(values.get("announce.enabled", True)),
            volume=max(0, min(100, int(values.get("announce.volume", 80)))),
            order=_order_or_default(values.get("voice.order")),
            espeak_voice=str(values.get("voice.espeak_voice") or "vi"),
            espeak_rate=int(values.get("voice.espeak_rate") or DEFAULT_RATE),
            speaker=str(values.get("voice.speaker") or ""),
        )


def _order_or_default(value: object) -> tuple[str, ...]:
    try:
        return parse_order(str(value or DEFAULT_ORDER))
    except InputError:
        return parse_order(DEFAULT_ORDER)


@dataclass(frozen=True)
class Announcement:
    """One call as shown (`text`) and as spoken (`spoken`), with how to say it."""

    code: str
    counter: int
    service: str
    text: str
    spoken: str
    repeat: int = 2
    voice: bool = True  # False: the chime alone (announce.enabled off)
    volume: int = 80  # 0–100
    recall: bool = False
    order: tuple[str, ...] = parse_order(DEFAULT_ORDER)  # which voice says it (chain.py)
    espeak_voice: str = "vi"
    espeak_rate: int = DEFAULT_RATE

    @property
    def espeak(self) -> BundledEspeak:
        return BundledEspeak(self.espeak_voice, self.espeak_rate)

    @property
    def audible(self) -> bool:
        return self.volume > 0


def template_ok(template: str) -> bool:
    """Only the named fields, without format specs: an admin's typo must not stop the voice."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return False
    return all(name is None or (name in FIELDS and not spec and not conv) for _, name, spec, conv in parsed)


def render(template: str, values: Mapping[str, str]) -> str:
    if not template_ok(template):
        template = DEFAULT_TEMPLATE
    return template.format_map(dict(values))


def compose(
    code: str, counter: int, service: str, voice: VoiceSettings | None = None, *, counter_name: str | None = None
) -> Announcement:
    """The sentence for the screen and its spoken form (letters and digits one by one, the counter as a number)."""
    voice = voice or VoiceSettings()
    code = (code or "").strip().upper()
    shown = {"code": code, "counter": str(counter), "service": service, "counter_name": counter_name or ""}
    said = {
        "code": spoken_code(code),
        "counter": number_words(counter),
        "service": speakable(service),
        "counter_name": speakable(counter_name or ""),
    }
    return Announcement(
        code=code,
        counter=counter,
        service=service,
        text=render(voice.template, shown),
        spoken=speakable(render(voice.template, said)),
        repeat=voice.repeat,
        voice=voice.enabled,
        volume=voice.volume,
        order=voice.order,
        espeak_voice=voice.espeak_voice,
        espeak_rate=voice.espeak_rate,
    )


def from_event(kind: str, payload: Mapping[str, Any], voice: VoiceSettings | None = None) -> Announcement | None:
    """The announcement for a ticket_called / ticket_recalled event (None for any other event)."""
    if kind not in CALL_KINDS or payload.get("counter") is None or not payload.get("code"):
        return None
    a = compose(
        str(payload["code"]),
        int(payload["counter"]),
        str(payload.get("service_name") or ""),
        voice,
        counter_name=payload.get("counter_name"),
    )
    return replace(a, recall=kind == "ticket_recalled")


# ---------------------------------------------------------------- speaking, one call at a time


class Speaker(Protocol):
    name: str

    def prepare(self) -> str:
        """Choose the engine and voice once (may take a moment); returns what was chosen, for the log."""
        ...

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        """Start the chime and then the sentence `repeat` times (the chime alone when `voice` is off); return at
        once and call `done` exactly once when finished, on the thread that called `speak`."""
        ...

    def stop(self) -> None:
        """Cut the current call short (closing the display); `done` is not called afterwards."""
        ...


class SilentSpeaker:
    """No sound device or no Qt: the screen alone shows the call."""

    name = "chỉ hiển thị (không có âm thanh)"

    def prepare(self) -> str:
        return self.name

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        log.info("call %s → counter %s shown without sound", announcement.code, announcement.counter)
        done()

    def stop(self) -> None:
        pass


class CallQueue:
    """Calls are spoken in the order they came, one at a time. Not thread-safe: use it from the UI thread.

    The same call already waiting is not queued twice (a desk pressing "recall" while its call is still queued);
    beyond `max_pending` the oldest waiting call is dropped: after a burst the hall hears the newest calls.
    """

    def __init__(self, speaker: Speaker, max_pending: int = 6) -> None:
        self._speaker = speaker
        self._pending: deque[Announcement] = deque()
        self._max = max_pending
        self._current: Announcement | None = None
        self._turn = 0
        self.spoken: int = 0

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    @speaker.setter
    def speaker(self, speaker: Speaker) -> None:
        self.stop()
        self._speaker = speaker

    @property
    def current(self) -> Announcement | None:
        return self._current

    @property
    def pending(self) -> list[Announcement]:
        return list(self._pending)

    def push(self, a: Announcement) -> bool:
        """Queue a call; False when the same call is already waiting."""
        if any(p.code == a.code and p.counter == a.counter for p in self._pending):
            return False
        self._pending.append(a)
        while len(self._pending) > self._max:
            dropped = self._pending.popleft()
            log.warning("call %s → counter %s dropped: too many calls waiting", dropped.code, dropped.counter)
        if self._current is None:
            self._next()
        return True

    def stop(self) -> None:
        self._pending.clear()
        if self._current is not None:
            self._current = None
            self._turn += 1
            self._speaker.stop()

    def _next(self) -> None:
        while self._pending and self._current is None:
            a = self._pending.popleft()
            if not a.audible:
                continue
            self._current = a
            self._turn += 1
            turn = self._turn
            try:
                self._speaker.speak(a, lambda turn=turn: self._finished(turn))
            except Exception:  # noqa: BLE001 - one failed call must not silence the next ones
                log.exception("speaker %s failed on %s", self._speaker.name, a.code)
                self._finished(turn)

    def _finished(self, turn: int) -> None:
        if turn != self._turn or self._current is None:
            return  # a late or second `done` from a call that was already stopped
        self._current = None
        self.spoken += 1
        self._next()


# ---------------------------------------------------------------- the service


class AnnounceService:
    def __init__(
        self, settings: SettingsService, queue: QueueService, catalogue: CatalogueService, clips: ClipStore
    ) -> None:
        self._settings = settings
        self._queue = queue
        self._catalogue = catalogue
        self.clips = clips
        self._calls = CallQueue(SilentSpeaker())
        self._prepare_wanted = False

    # ------------------------------------------------------------ words

    def voice(self) -> VoiceSettings:
        return VoiceSettings.from_values({key: self._settings.get(key) for key in VOICE_KEYS})

    def compose(self, code: str, counter: int, service: str, voice: VoiceSettings | None = None) -> Announcement:
        return compose(code, counter, service, voice or self.voice())

    def for_code(self, code: str, counter: int) -> Announcement:
        """The call for a ticket code: the service from today's ticket, else from the code's letter (works without
        a queue)."""
        match = _CODE_RE.match(code or "")
        if match is None:
            raise InputError(f"Số thứ tự '{code}' không hợp lệ; dùng dạng chữ cái và chữ số, ví dụ A012.")
        if counter < 1:
            raise InputError("Số quầy phải từ 1 trở lên.")
        prefix = match.group(1).upper()
        wanted = ticket_code(prefix, int(match.group(2)))  # "a12" means A012, as it is said aloud
        try:
            ticket = self._queue.lookup(wanted)
            code, service = ticket.code, ticket.service_name
        except NotFoundError:
            try:
                service = self._catalogue.queue_service(prefix).name
            except NotFoundError:
                known = ", ".join(s.prefix for s in self._catalogue.queue_services())
                raise NotFoundError(
                    f"Không có lĩnh vực xếp hàng '{prefix}' cho số {wanted}. Các lĩnh vực hiện có: {known}."
                ) from None
            code = wanted
        return self.compose(code, counter, service)

    # ------------------------------------------------------------ sound

    def attach(self, speaker: Speaker) -> None:
        """The UI plugs in the sound (kiosk/ui/adapters/qt_speaker.py); without it calls are shown, not heard.

        The screens attach it after their first paint (loading the sound libraries is slower than drawing the
        window); a display that asked for its voice before then gets it prepared here."""
        self._calls.speaker = speaker
        if self._prepare_wanted:
            self.prepare()

    @property
    def speaker(self) -> Speaker:
        return self._calls.speaker

    def prepare(self) -> str:
        """Let the speaker choose its engine and voice now (the hall display does it when it opens) and log it."""
        self._prepare_wanted = True
        chosen = self._calls.speaker.prepare()
        log.info("announcements: %s", chosen)
        return chosen

    @property
    def calls(self) -> CallQueue:
        return self._calls

    def say(self, announcement: Announcement) -> bool:
        """Queue a call for the speaker (from the UI thread); False when the same call is already waiting."""
        return self._calls.push(announcement)

    # ------------------------------------------------------------ recorded clips

    def clip_specs(self) -> list[ClipSpec]:
        """The clips this office needs: the letters of its queue services, digits, number words, the sentence."""
        return clip_specs([s.prefix for s in self._catalogue.queue_services()])

    def clip_states(self) -> list[ClipState]:
        return self.clips.states(self.clip_specs())

    def call_sound(self, announcement: Announcement, order: tuple[str, ...] | None = None) -> CallSound:
        """The whole call as the hall hears it, from the first voice of `order` (the setting) that can say it.
        QtTextToSpeech is skipped here: only the Qt speaker has it."""
        return make_call(
            order or announcement.order,
            code=announcement.code,
            counter=announcement.counter,
            spoken=announcement.spoken,
            repeat=announcement.repeat if announcement.voice else 1,
            store=self.clips if announcement.voice else None,
            espeak=announcement.espeak,
            skip=("tts",) if announcement.voice else ("tts", "clips", "espeak"),
        )

    def write_wav(self, announcement: Announcement, out: Path) -> CallSound:
        """The call in a WAV file (chime, then the sentence `repeat` times); returns which voice made it."""
        made = self.call_sound(announcement)
        try:
            pcm.write_wav(out, made.sound)
        except OSError as exc:
            raise file_error(out, exc) from exc
        return made
