"""The desk console: login, record form, today's records, follow-ups, group sessions, duty days."""
