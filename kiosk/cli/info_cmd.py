"""kiosk info: the version and where this installation keeps its program, data, configuration and database."""

from __future__ import annotations

import argparse

from kiosk.cli.common import print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("info", help="phiên bản, thư mục cài đặt, thư mục dữ liệu, cơ sở dữ liệu")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_info)


def _info(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.deploy.about import installation_facts

    facts = installation_facts(load_config(db_url=getattr(args, "db", None)))
    if args.json:
        print_json(dict(facts))
        return 0
    width = max(len(label) for label, _ in facts)
    for label, value in facts:
        print(f"{label.ljust(width)}  {value}")
    return 0
