"""Backups of the database: take, verify, keep, restore."""
