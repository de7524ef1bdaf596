"""Assisted-submission records (service), their rules, item search and types; group sessions; duty days."""
