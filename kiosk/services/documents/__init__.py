"""PDF documents: the 80 mm ticket, QR handouts, A4/A5 guides (service builds them; one module each for the layouts),
the shared drawing helpers (draw), QR matrices (qr) and the embedded fonts (fonts)."""
