"""kiosk print ticket|handout|guide|jobs|retry|cancel|printers

A document goes to `--out F.pdf` (written straight away), to `--printer NAME` (a print job through the printing
service), or, with neither, to the printer chosen in the settings for its kind (or the PDF folder when none is).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kiosk.app import Services
from kiosk.cli.args import LIMIT, RECORD_ID
from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError, file_error
from kiosk.services.documents.service import Document
from kiosk.services.printing.service import PDF_FOLDER, PrintJobView

STATE_NAMES = {
    "queued": "chờ in",
    "printing": "đang in",
    "confirmed": "đã in, đã ra giấy",
    # Sent to the spooler, but the printer never said the sheet came out (held, stopped, or a driver that
    # cannot tell): never "đã in", someone must look at the printer.
    "unconfirmed": "chưa xác nhận (đã gửi tới máy in, chưa biết đã ra giấy)",
    "saved": "đã lưu tệp PDF",
    "failed": "lỗi – chờ in lại",
    "cancelled": "đã huỷ",
}


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("print", help="in phiếu số thứ tự, tờ mã QR, tờ hướng dẫn; xem và in lại lệnh in")
    psub = cmd.add_subparsers(dest="print_command", metavar="LỆNH", required=True)

    p = psub.add_parser("ticket", help="phiếu số thứ tự 80 mm của một số hôm nay")
    p.add_argument("code", help="số thứ tự, ví dụ A012")
    p.add_argument("--date", type=date.fromisoformat, help="ngày (YYYY-MM-DD), mặc định hôm nay")
    _destination(p)
    p.set_defaults(handler=_ticket)

    p = psub.add_parser("handout", help="tờ mã QR: apps | channels | dossier")
    p.add_argument("which", choices=("apps", "channels", "dossier"))
    p.add_argument("--code", help="mã hồ sơ (cho dossier)")
    p.add_argument("--portal", default="dvcqg", help="mã cổng dịch vụ công (mặc định dvcqg)")
    p.add_argument("--size", default="80mm", help="80mm (máy in phiếu) hoặc a6")
    _destination(p)
    p.set_defaults(handler=_handout)

    p = psub.add_parser("guide", help="tờ hướng dẫn A4/A5")
    p.add_argument("slug", nargs="?", help="mã tờ hướng dẫn (xem --list)")
    p.add_argument("--list", action="store_true", help="liệt kê các tờ hướng dẫn")
    p.add_argument("--file", type=Path, help="in thử một tệp hướng dẫn YAML chưa nạp vào danh mục")
    p.add_argument("--size", default="a4", help="a4 hoặc a5")
    _destination(p)
    p.set_defaults(handler=_guide)

    p = psub.add_parser("jobs", help="các lệnh in gần đây (lỗi và đang chờ trước)")
    p.add_argument("--pending", action="store_true", help="chỉ lệnh in lỗi hoặc đang chờ")
    p.add_argument("--limit", type=LIMIT, default=30)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_jobs)

    p = psub.add_parser("retry", help="in lại một lệnh in bị lỗi")
    p.add_argument("job_id", type=RECORD_ID)
    p.add_argument("--printer", help="gửi sang máy in khác")
    p.set_defaults(handler=_retry)

    p = psub.add_parser("reprint", help="in thêm một bản của một lệnh in bất kỳ (tờ in bị mất, chưa ra giấy)")
    p.add_argument("job_id", type=RECORD_ID)
    p.add_argument("--printer", help="gửi sang máy in khác")
    p.set_defaults(handler=_reprint)

    p = psub.add_parser("confirm", help="xác nhận tờ in đã ra giấy (máy in không tự báo được)")
    p.add_argument("job_id", type=RECORD_ID)
    p.set_defaults(handler=_confirm)

    p = psub.add_parser("cancel", help="huỷ một lệnh in đang chờ hoặc bị lỗi")
    p.add_argument("job_id", type=RECORD_ID)
    p.set_defaults(handler=_cancel)

    p = psub.add_parser("printers", help="các máy in trên máy này và máy in đang chọn")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_printers)


def _destination(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--out", type=Path, help="lưu thành tệp PDF")
    group.add_argument("--printer", help="in qua máy in này (tên như trong hệ điều hành)")


# ------------------------------------------------------------ documents


def _ticket(args: argparse.Namespace) -> int:
    services = services_from(args)
    return _deliver(services, services.handouts.ticket_by_code(args.code, args.date), args)


def _handout(args: argparse.Namespace) -> int:
    services = services_from(args)
    if args.which == "dossier":
        if not args.code:
            raise InputError("Cần mã hồ sơ: kiosk print handout dossier --code MÃ_HỒ_SƠ")
        doc = services.handouts.dossier(args.code, args.portal, args.size)
    elif args.which == "apps":
        doc = services.handouts.apps(args.size)
    else:
        doc = services.handouts.channels(args.size)
    return _deliver(services, doc, args)


def _guide(args: argparse.Namespace) -> int:
    services = services_from(args)
    if args.list:
        guides = services.handouts.guides()
        if not guides:
            print("Chưa có tờ hướng dẫn nào trong danh mục.")
        for g in guides:
            checked = f"{g.version_date:%d/%m/%Y}" if g.version_date else "—"
            print(f"{g.slug:32} {g.title} (kiểm tra {checked})")
        return 0
    if args.file:
        doc = services.handouts.guide_file(args.file, args.size)
    elif args.slug:
        doc = services.handouts.guide(args.slug, args.size)
    else:
        raise InputError("Cần mã tờ hướng dẫn; xem danh sách bằng: kiosk print guide --list")
    return _deliver(services, doc, args)


def _deliver(services: Services, doc: Document, args: argparse.Namespace) -> int:
    if args.out:
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_bytes(doc.pdf)
        except OSError as exc:
            raise file_error(args.out, exc) from exc
        print(f"Đã lưu {doc.title} vào {args.out}")
        return 0
    name = args.printer if args.printer is not None else services.printing.printer_for(doc.target)
    _attach_system_printers(services, name)
    return _report(services.printing.print_document(doc, printer_name=name))


# ------------------------------------------------------------ jobs


def _jobs(args: argparse.Namespace) -> int:
    services = services_from(args)
    jobs = services.printing.pending() if args.pending else services.printing.jobs(limit=args.limit)
    if args.json:
        print_json([j.as_dict() for j in jobs])
        return 0
    if not jobs:
        print("Không có lệnh in nào." if not args.pending else "Không có lệnh in nào bị lỗi hay đang chờ.")
    for j in jobs:
        line = f"#{j.id:<5} {STATE_NAMES.get(j.state, j.state)} · {j.title} · {j.printer_label}"
        print(line + (f" · lần in: {j.attempts}" if j.attempts > 1 else ""))
        if j.error:
            print(f"       {j.error}")
    return 0


def _retry(args: argparse.Namespace) -> int:
    services = services_from(args)
    job = services.printing.job(args.job_id)
    _attach_system_printers(services, args.printer if args.printer is not None else (job.printer_name or ""))
    return _report(services.printing.retry(args.job_id, printer_name=args.printer))


def _reprint(args: argparse.Namespace) -> int:
    services = services_from(args)
    job = services.printing.job(args.job_id)
    _attach_system_printers(services, args.printer if args.printer is not None else (job.printer_name or ""))
    return _report(services.printing.reprint(args.job_id, printer_name=args.printer))


def _confirm(args: argparse.Namespace) -> int:
    job = services_from(args).printing.confirm_paper(args.job_id)
    print(f"Đã xác nhận lệnh in #{job.id} ({job.title}) đã ra giấy.")
    return 0


def _cancel(args: argparse.Namespace) -> int:
    services = services_from(args)
    job = services.printing.cancel(args.job_id)
    print(f"Đã huỷ lệnh in #{job.id} ({job.title}).")
    return 0


def _printers(args: argparse.Namespace) -> int:
    services = services_from(args)
    from kiosk.ui.adapters.qt_printer import QtPrinterBackend

    backend = QtPrinterBackend()
    names = backend.printer_names()
    chosen = {t: services.printing.printer_for(t) for t in ("ticket", "sheet")}
    if args.json:
        print_json({"printers": names, "default": backend.default_printer_name(), "chosen": chosen})
        return 0
    print("Máy in trên máy này: " + (", ".join(names) if names else "không có"))
    for target, label in (("ticket", "Máy in phiếu 80 mm"), ("sheet", "Máy in tờ A4/A5")):
        print(f"{label}: {chosen[target] or 'lưu PDF vào ' + str(services.printing.pdf_folder.folder)}")
    return 0


def _attach_system_printers(services: Services, name: str) -> None:
    """Only a real printer needs Qt; saving to the PDF folder works on a machine without it."""
    if name == PDF_FOLDER:
        return
    from kiosk.ui.adapters.qt_printer import QtPrinterBackend

    services.printing.attach(QtPrinterBackend())


def _report(job: PrintJobView) -> int:
    if job.status == "printed":
        if job.printer_name is None:
            print(f"Đã lưu lệnh in #{job.id} ({job.title}) thành tệp {job.output}")
        else:
            print(f"Lệnh in #{job.id} ({job.title}): {STATE_NAMES[job.state]} ({job.printer_label}).")
            if job.unconfirmed:
                print(
                    f"Xin xem máy in: nếu tờ in đã ra, xác nhận bằng: kiosk print confirm {job.id}; "
                    f"nếu chưa, in lại bằng: kiosk print reprint {job.id}"
                )
        return 0
    print(
        f"Chưa in được lệnh in #{job.id} ({job.title}): {job.error} "
        f"Lệnh in đã được giữ lại; in lại bằng: kiosk print retry {job.id}",
        file=sys.stderr,
    )
    return 6
