"""kiosk ticket issue|show|cancel|return|rate … and kiosk queue call|recall|skip|park|finish|transfer|open|pause|close|
status|counters|events …

JSON keys are a contract (other tools read them): see TicketInfo.as_dict, CallResult.as_dict, QueueStatus.as_dict.
The CLI is a staff tool: it hands out tickets at any hour (opening hours apply at the kiosk screen).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk.cli.args import COUNTER, EVENT_AFTER, LIMIT
from kiosk.cli.common import print_json, services_from
from kiosk.clock import format_local
from kiosk.services.queue.views import CallResult, CounterInfo, TicketInfo


def register(sub: argparse._SubParsersAction) -> None:
    ticket = sub.add_parser("ticket", help="số thứ tự: phát, xem, huỷ, xếp lại, đánh giá")
    tsub = ticket.add_subparsers(dest="ticket_command", metavar="LỆNH", required=True)
    issue = tsub.add_parser("issue", help="phát một số thứ tự")
    issue.add_argument("service", metavar="LĨNH_VỰC", help="chữ cái của lĩnh vực (A, B, …)")
    issue.add_argument("--priority", metavar="NHÓM", help="nhóm ưu tiên, ví dụ nguoi_cao_tuoi")
    issue.add_argument("--json", action="store_true")
    issue.set_defaults(handler=_issue)
    for name, help_text, handler in (
        ("show", "xem một số (mã hôm nay hoặc mã QR)", _show),
        ("cancel", "huỷ một số chưa được phục vụ", _cancel),
        ("return", "xếp lại lên đầu hàng một số đã vắng mặt (một lần)", _return),
    ):
        p = tsub.add_parser(name, help=help_text)
        p.add_argument("code", metavar="SỐ")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)
    rate = tsub.add_parser("rate", help="ghi đánh giá mức độ hài lòng cho một số đã phục vụ")
    rate.add_argument("code", metavar="SỐ")
    rate.add_argument("level", metavar="MỨC", help="rat_hai_long | hai_long | binh_thuong | khong_hai_long")
    rate.add_argument("--json", action="store_true")
    rate.set_defaults(handler=_rate)

    queue = sub.add_parser("queue", help="hàng chờ và quầy: gọi số, gọi lại, bỏ qua, chuyển, trạng thái")
    qsub = queue.add_subparsers(dest="queue_command", metavar="LỆNH", required=True)
    call = qsub.add_parser("call", help="gọi số tiếp theo (hoặc một số cụ thể với --code)")
    _counter_arg(call)
    call.add_argument("--code", metavar="SỐ", help="gọi đúng số này (số đang tạm chờ hoặc đang chờ)")
    call.set_defaults(handler=_call)
    for name, help_text in (
        ("recall", "đọc lại số đang phục vụ"),
        ("skip", "công dân vắng mặt: bỏ qua số đang gọi"),
        ("park", "công dân đi bổ sung giấy tờ: tạm chờ, gọi lại sau"),
        ("finish", "kết thúc số đang phục vụ"),
    ):
        p = qsub.add_parser(name, help=help_text)
        _counter_arg(p)
        p.set_defaults(handler=_desk_action, action=name)
    transfer = qsub.add_parser("transfer", help="chuyển số đang phục vụ sang lĩnh vực hoặc quầy khác")
    _counter_arg(transfer)
    transfer.add_argument("--service", metavar="LĨNH_VỰC")
    transfer.add_argument("--to-counter", type=COUNTER, metavar="M")
    transfer.set_defaults(handler=_transfer)
    for name, help_text in (("open", "mở quầy"), ("pause", "tạm nghỉ"), ("close", "đóng quầy")):
        p = qsub.add_parser(name, help=help_text)
        _counter_arg(p)
        p.set_defaults(handler=_counter_state, action=name)
    status = qsub.add_parser("status", help="hàng chờ hôm nay")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    counters = qsub.add_parser("counters", help="các quầy và trạng thái")
    counters.add_argument("--json", action="store_true")
    counters.set_defaults(handler=_counters)
    feed = qsub.add_parser("events", help="sự kiện sau id N, mỗi dòng một JSON")
    feed.add_argument("--after", type=EVENT_AFTER, default=0, metavar="N")
    feed.add_argument("--limit", type=LIMIT, default=200)
    feed.set_defaults(handler=_events)


def _counter_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--counter", type=COUNTER, required=True, metavar="N", help="số quầy")
    parser.add_argument("--json", action="store_true")


def _ticket_line(t: TicketInfo) -> str:
    parts = [f"Số {t.code} – {t.service_name}"]
    if t.priority_name:
        parts.append(f"ưu tiên: {t.priority_name}")
    parts.append(t.status_name.lower())
    if t.counter is not None:
        parts.append(f"quầy {t.counter}")
    if t.waiting_ahead is not None:
        parts.append(f"{t.waiting_ahead} người chờ trước, khoảng {t.estimated_wait_min} phút")
    return ", ".join(parts) + "."


def _out(args: argparse.Namespace, data: dict[str, Any], line: str) -> int:
    if args.json:
        print_json(data)
    else:
        print(line)
    return 0


def _issue(args: argparse.Namespace) -> int:
    # Core only (services/queue/core.py): the command pays for no ORM; the screens issue through QueueService.
    t = services_from(args).queue_core.issue(args.service, args.priority, enforce_hours=False)
    return _out(args, t.as_dict(), _ticket_line(t))


def _show(args: argparse.Namespace) -> int:
    t = services_from(args).queue.lookup(args.code)
    return _out(args, t.as_dict(), _ticket_line(t))


def _cancel(args: argparse.Namespace) -> int:
    t = services_from(args).queue.cancel(args.code)
    return _out(args, t.as_dict(), f"Đã huỷ số {t.code}.")


def _return(args: argparse.Namespace) -> int:
    t = services_from(args).queue.return_skipped(args.code)
    return _out(args, t.as_dict(), f"Đã xếp số {t.code} lên đầu hàng chờ {t.service_name}.")


def _rate(args: argparse.Namespace) -> int:
    r = services_from(args).queue.rate(args.code, args.level)
    data = {"code": r.code, "level": r.level, "level_name": r.level_name, "business_date": r.business_date.isoformat()}
    return _out(args, data, f"Đã ghi đánh giá cho số {r.code}: {r.level_name}.")


def _call_line(r: CallResult) -> str:
    done = f"Đã kết thúc số {r.finished}. " if r.finished else ""
    if r.ticket is None:
        return done + f"Quầy {r.counter}: không còn ai chờ."
    again = " (gọi lại số đang tạm chờ)" if r.resumed else ""
    return done + f"Quầy {r.counter} mời số {r.ticket.code} – {r.ticket.service_name}{again}."


def _call(args: argparse.Namespace) -> int:
    queue = services_from(args).queue
    r = queue.call_ticket(args.counter, args.code) if args.code else queue.call_next(args.counter)
    return _out(args, r.as_dict(), _call_line(r))


_DONE = {"recall": "Đã đọc lại", "skip": "Đã bỏ qua", "park": "Đã cho tạm chờ", "finish": "Đã kết thúc"}


def _desk_action(args: argparse.Namespace) -> int:
    t = getattr(services_from(args).queue, args.action)(args.counter)
    return _out(args, t.as_dict(), f"{_DONE[args.action]} số {t.code} tại quầy {args.counter}.")


def _transfer(args: argparse.Namespace) -> int:
    t = services_from(args).queue.transfer(args.counter, to_service=args.service, to_counter=args.to_counter)
    where = f"quầy {t.target_counter}" if t.target_counter is not None else f"lĩnh vực {t.service} – {t.service_name}"
    return _out(args, t.as_dict(), f"Đã chuyển số {t.code} sang {where}.")


def _counter_line(c: CounterInfo) -> str:
    line = f"Quầy {c.number} ({c.name}): {c.state_name.lower()}, lĩnh vực {', '.join(c.services)}"
    if c.serving:
        line += f", đang phục vụ {c.serving}"
    if c.parked:
        line += f", tạm chờ {', '.join(c.parked)}"
    return line + "."


def _counter_state(args: argparse.Namespace) -> int:
    queue = services_from(args).queue
    c = {"open": queue.open_counter, "pause": queue.pause_counter, "close": queue.close_counter}[args.action](
        args.counter
    )
    return _out(args, c.as_dict(), _counter_line(c))


def _status(args: argparse.Namespace) -> int:
    s = services_from(args).queue_core.status()
    if args.json:
        print_json(s.as_dict())
        return 0
    print(f"Hàng chờ ngày {s.business_date:%d/%m/%Y}: {len(s.waiting)} người đang chờ.")
    for t in s.waiting:
        mark = f" (ưu tiên: {t.priority_name})" if t.priority_name else ""
        print(f"  {t.code}{mark}  lấy số lúc {format_local(t.issued_at, '%H:%M')}")
    for t in s.serving:
        print(f"  Quầy {t.counter}: đang phục vụ {t.code}")
    for t in s.parked:
        print(f"  Quầy {t.counter}: {t.code} tạm chờ bổ sung giấy tờ")
    return 0


def _counters(args: argparse.Namespace) -> int:
    counters = services_from(args).queue.counters()
    if args.json:
        print_json([c.as_dict() for c in counters])
    else:
        for c in counters:
            print(_counter_line(c))
    return 0


def _events(args: argparse.Namespace) -> int:
    for e in services_from(args).events.since(args.after, args.limit):
        row = {"id": e.id, "kind": e.kind, "created_at": e.created_at.isoformat(), "payload": e.payload}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0
