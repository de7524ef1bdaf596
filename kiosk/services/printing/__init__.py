"""Print jobs as rows (service: queued → printing → printed/failed), the Printer protocol, CUPS status (cups)."""
