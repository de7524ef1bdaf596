"""The reliability probes the benchmark calls hold on this build (the slower corrupt-file and first-start-race
probes run in `python -m benchmarks reliability`; tests/test_db_safety.py covers those cases directly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import db_probes as probes


@pytest.mark.parametrize("probe", [probes.deleted_file, probes.stuck_lock, probes.full_disk])
def test_probe_survives_and_loses_nothing(probe, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tried, survived, lost = probe(tmp_path)
    assert tried >= 1 and survived == tried and lost == 0
