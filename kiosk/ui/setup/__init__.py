"""The first-run wizard: one module per page family, the wizard, the first-run flow and its screenshots."""
