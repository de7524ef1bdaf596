"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk.app import Services, build_services
from kiosk.config import load_config


def services_from(args: argparse.Namespace, *, prepare: bool = True) -> Services:
    return build_services(load_config(db_url=getattr(args, "db", None)), prepare=prepare)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
