"""Daily, monthly and any-range tally: figures computed in the database, exported as PDF, XLSX, CSV and JSON."""

from kiosk.services.tally.model import FORMATS, Office, Tally
from kiosk.services.tally.official import LOCAL_LABEL, OFFICIAL_LABEL, OfficialIndicator
from kiosk.services.tally.period import Period, parse_date
from kiosk.services.tally.service import TallyService

__all__ = [
    "FORMATS",
    "LOCAL_LABEL",
    "OFFICIAL_LABEL",
    "Office",
    "OfficialIndicator",
    "Period",
    "Tally",
    "TallyService",
    "parse_date",
]
