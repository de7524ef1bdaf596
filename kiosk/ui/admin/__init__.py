"""Admin screens: the tally dashboard, behind an administrator's PIN."""
