"""Running on a commune's PC for years: one copy per screen, restart after a crash, start at logon."""
