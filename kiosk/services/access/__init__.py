"""Who may do what: staff, roles, PINs and lockout (auth), the audit trail (audit), personal data (privacy)."""
