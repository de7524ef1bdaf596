"""What the bundle leaves out (read by installer/kiosk.spec). installer/README.md explains each group.

PyInstaller's PySide6 hook collects every Qt library, plugin and translation the wheels ship that a used module
*might* load. A widgets kiosk loads far fewer; each pattern below names a group the kiosk never loads, so the
bundle stays small. tests of the bundle (.ci/run's smoke test) open every screen type we ship: a pattern that
removed something needed would fail there.
"""

from __future__ import annotations

import re

# Python modules the analysis would follow but the kiosk never imports at run time.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "pygments",  # mako's optional syntax highlighting; alembic only needs mako's templates
    "readline",  # interactive prompts only; takes libreadline and libtinfo with it
    # East Asian legacy codecs: every file the kiosk reads or writes is UTF-8.
    "_multibytecodec",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # SQLAlchemy dialects for servers the kiosk never connects to (SQLite and PostgreSQL stay).
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",  # QtCharts' C++ library needs libQt6OpenGL, the Python binding is never imported
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtVirtualKeyboard",
    # Pillow comes in as a dependency of reportlab, whose utilities import PIL.Image; the kiosk's PDFs draw QR
    # codes and charts as vectors and embed no bitmap, so Pillow's fonts (FreeType, HarfBuzz), colour
    # management and AVIF/WebP/Tk parts are never loaded.
    "PIL.ImageFont",
    "PIL._imagingft",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageMath",
    "PIL._imagingmath",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL._avif",
    "PIL._webp",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
]

# Destination paths (as PyInstaller names them, "/" or "\\") of binaries to leave out.
_DROPPED_BINARIES = [
    # Qt Quick / QML and the QML-based virtual keyboard: the screens are Qt Widgets.
    r"Qt6(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|VirtualKeyboard|VirtualKeyboardQml)\b",
    # Wayland, EGLFS, linuxfb, VNC and Vulkan display platforms: the kiosk runs on X11 (XWayland on a Wayland
    # desktop), on Windows' own platform, and offscreen for screenshots and tests.
    r"Qt6(WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration|EglFSDeviceIntegration|EglFsKmsSupport)\b",
    r"plugins[/\\](wayland-[a-z-]+|egldeviceintegrations)[/\\]",
    r"plugins[/\\]platforms[/\\](lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|wayland[a-z-]*|direct2d)",
    # Desktop themes (GTK dialogs) and the XDG portal: the kiosk draws its own theme and opens no file dialog
    # through the desktop.
    r"plugins[/\\]platformthemes[/\\]",
    # Network reachability and TLS backends: the kiosk opens no HTTPS connection through Qt.
    r"plugins[/\\](networkinformation|tls)[/\\]",
    # The QML virtual keyboard's input context (the kiosk has its own on-screen keypad).
    r"plugins[/\\]platforminputcontexts[/\\](lib)?qtvirtualkeyboardplugin",
    # Qt Multimedia's FFmpeg media backend and FFmpeg itself (21 MB): the kiosk plays its own PCM WAV files
    # through QAudioSink and records through QAudioSource, which Qt Multimedia provides without a backend.
    r"plugins[/\\]multimedia[/\\]",
    r"(lib)?(avcodec|avformat|avutil|swscale|swresample)[-.]",
    r"Qt6FFmpegStub",
    # Image formats the kiosk never reads (it uses PNG, JPEG, SVG and ICO).
    r"plugins[/\\]imageformats[/\\](lib)?q(icns|tga|tiff|wbmp|webp|gif)\b",
    # The AVIF and WebP libraries Pillow ships for the decoders excluded above (PIL._imaging itself links
    # libtiff, libjpeg and libopenjp2: those stay).
    r"pillow\.libs[/\\]lib(avif|webp|webpmux|webpdemux|sharpyuv|freetype|harfbuzz|brotli\w+|lcms2)-",
]
_DROPPED_BINARY = re.compile("|".join(f"(?:{pattern})" for pattern in _DROPPED_BINARIES))

# Qt's own translations: the kiosk ships Vietnamese and English only.
_KEPT_TRANSLATION = re.compile(r"(qt|qtbase|qtmultimedia)_(vi|en)\.qm$")


def keep_binary(dest: str) -> bool:
    return _DROPPED_BINARY.search(dest) is None


# espeak-ng's data (19 MB) holds dictionaries and voices for ~100 languages; the hall speaks Vietnamese (three
# voices: vi, vi-vn-x-central, vi-vn-x-south) and keeps English for the Latin words espeak switches to.
_ESPEAK_DATA = "espeakng_loader/espeak-ng-data/"
_ESPEAK_KEPT_DICTS = ("vi_dict", "en_dict")
_ESPEAK_KEPT_LANGS = ("lang/aav/vi", "lang/gmw/en")


def _keep_espeak(inside: str) -> bool:
    if inside.endswith("_dict"):
        return inside in _ESPEAK_KEPT_DICTS
    if inside.startswith("lang/"):
        return inside.startswith(_ESPEAK_KEPT_LANGS)
    return not inside.startswith("mbrola_ph/")


def keep_data(dest: str) -> bool:
    normalised = dest.replace("\\", "/")
    if _ESPEAK_DATA in normalised:
        return _keep_espeak(normalised.split(_ESPEAK_DATA, 1)[1])
    if "/Qt/translations/" in normalised or normalised.startswith("PySide6/translations/"):
        return _KEPT_TRANSLATION.search(normalised) is not None
    if "/Qt/qml/" in normalised or normalised.startswith("PySide6/qml/"):
        return False
    return True
