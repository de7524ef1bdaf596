"""Commune digital-support kiosk."""

__version__ = "0.1.0"
