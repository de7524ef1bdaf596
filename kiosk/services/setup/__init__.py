"""Setting up one's own commune: the answers of the first-run wizard, as a file or from the screens."""
