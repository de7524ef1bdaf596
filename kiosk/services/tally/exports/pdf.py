"""The tally as an administrative report a commune signs and sends upward (layout: pdf_parts, page breaks: pdf_flow).

Sections I, II, III… with 1., 2. inside; the local figures first, the official (typed-in) figures last; the
signature block always with at least the last rows of the last table. A period in progress is titled up to the
day the report is made and lists no day after it. Vietnamese throughout, in the embedded Noto Sans.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable

from kiosk.clock import to_local
from kiosk.services.sample import SAMPLE_LINE
from kiosk.services.tally.exports import pdf_parts as pp
from kiosk.services.tally.exports.charts import horizontal_bars, vertical_bars
from kiosk.services.tally.exports.pdf_flow import Block
from kiosk.services.tally.exports.sections import build_sections
from kiosk.services.tally.model import Tally


def period_title(tally: Tally) -> tuple[str, str]:
    """('tháng 12/2026', '(từ 01/12/2026 đến 02/12/2026)'): the period, and its days up to the day it was made."""
    period = tally.period
    span = f"(từ {period.start:%d/%m/%Y} đến {tally.until:%d/%m/%Y})"
    if period.kind == "day":
        return f"ngày {period.start:%d/%m/%Y}", ""
    if period.kind == "range":
        return f"từ {period.start:%d/%m/%Y} đến {tally.until:%d/%m/%Y}", ""
    return period.label[0].lower() + period.label[1:], span


def _charts(tally: Tally, st: pp.Styles) -> Table:
    d = tally.data
    hours = d["queue"]["by_hour"]
    a = d["assist"]
    w, h = pp.WIDTH / 2 - 3 * mm, 58 * mm
    arrivals = vertical_bars("Số người đến theo giờ", [f"{k}h" for k in hours], list(hours.values()), w, h)
    outcomes = horizontal_bars(
        "Kết quả hỗ trợ thủ tục",
        ["Trực tuyến", "Trực tiếp", "Bưu chính", "Chưa nộp được"],
        [a["online"], a["in_person"], a["postal"], a["not_submitted"]],
        w,
        h,
        label_width=62,
    )
    charts = Table([[arrivals, outcomes]], colWidths=[pp.WIDTH / 2, pp.WIDTH / 2])
    charts.setStyle(pp.layout_style(st, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOX", (0, 0), (-1, -1), 0.4, pp.LINE)))
    return charts


def render_pdf(tally: Tally) -> bytes:
    st = pp.Styles()
    d = tally.data
    report = d.get("report") or {}
    when, span = period_title(tally)
    point = d["point"]["name"] if d["point"] else "tất cả các điểm (trung tâm xã, điểm hỗ trợ tại thôn, tổ lưu động)"
    story: list[Flowable] = pp.header(
        st,
        parent_body=tally.office.commune_name,
        body=tally.office.name,
        report=report,
        place=tally.office.place,
        made=tally.generated_at,
        kind="BÁO CÁO",
        summary=[f"Kết quả hỗ trợ người dân tại điểm {when}", *([span] if span else [])],
    )
    intro = (
        f"Nơi làm việc: {point}. {d['labels']['local']}: do phần mềm ki-ốt tổng hợp từ số thứ tự, sổ ghi nhận hỗ "
        "trợ và phiếu đánh giá tại điểm; đây không phải số liệu chính thức do Cổng Dịch vụ công tính. "
        f"{d['labels']['official']} được trình bày riêng ở mục cuối."
    )
    if tally.in_progress:
        intro += f" Kỳ báo cáo chưa kết thúc: số liệu tính đến hết ngày {tally.until:%d/%m/%Y}."
    story.append(pp.p(intro, st.small))

    sections = build_sections(tally)
    overview, rest = sections[0], sections[1:]
    figures = overview.tables[1]
    story.extend(pp.section_blocks(0, d["labels"]["local"], [figures], st))
    story[-1].heads.append(pp.p("1. Chỉ tiêu chính", st.h2))
    a = d["assist"]
    if any(d["queue"]["by_hour"].values()) or a["online"] + a["in_person"] + a["postal"] + a["not_submitted"]:
        story.append(Block([pp.p("2. Biểu đồ", st.h2)], _charts(tally, st)))
    else:
        story.append(Block([pp.p("2. Biểu đồ", st.h2)], pp.p("Không có số liệu để vẽ biểu đồ trong kỳ.", st.small)))
    index = 1
    for section in rest:
        if section.official:
            continue
        story.extend(pp.section_blocks(index, section.title, section.tables, st, bold_last=("allowance.members",)))
        index += 1
    official = next((s for s in rest if s.official), None)
    if official is not None:
        note = pp.p(
            "Chỉ tiêu do Cổng Dịch vụ công hoặc cơ quan cấp trên tính, được cán bộ nhập tay kèm nguồn và ngày "
            "của nguồn; phần mềm không tính các số liệu này.",
            st.small,
        )
        blocks = pp.section_blocks(index, official.title, official.tables, st)
        blocks[0].heads.insert(1, note)
        story.extend(blocks)
    story = pp.keep_with_signature(story, pp.signature(st, report))
    title = f"Báo cáo kết quả hỗ trợ tại điểm – {d['labels']['period']}"
    generated = to_local(tally.generated_at).strftime("%H:%M %d/%m/%Y")
    return pp.build(
        story,
        title=title,
        author=tally.office.name,
        footer_note=f"{title} – lập lúc {generated}",
        top_note=SAMPLE_LINE if tally.office.sample else None,
    )
