"""The languages of the screens: Vietnamese is written in the code, the others are kiosk/resources/i18n/*.qm.

Apart from the settings (kiosk/services/settings.py, which brings the database stack) because a fast start
installs the screens' language before that stack is imported (kiosk/ui/fast_start.py).
"""

SOURCE_LANGUAGE = "vi"
LANGUAGES = {"vi": "tiếng Việt", "en": "tiếng Anh"}
