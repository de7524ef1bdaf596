"""Hand-over from offline village points to the commune: a signed, validated bundle, imported once, all or nothing."""
