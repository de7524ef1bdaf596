"""What the administrator changes from the admin screen and from `kiosk staff`: staff, counters and services,
villages, the local catalogue, ticker notices, the audit log. Every change is audited and announced on the feed."""
