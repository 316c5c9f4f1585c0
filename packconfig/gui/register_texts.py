"""The register browser's texts: its labels and buttons in the interface language, the
pipeline summary (value by status and by month) and the status history (who, when),
as small HTML tables. Numbers go through :mod:`packconfig.display`."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packconfig import display
from packconfig.gui.register_model import stage_text

if TYPE_CHECKING:
    from packconfig.core.store.browse import Pipeline
    from packconfig.core.store.register import StatusChange
    from packconfig.gui.register_browser import RegisterDialog


#: Notes the register itself writes into the history (a user's note shows as typed).
NOTES = {
    "amended": QT_TRANSLATE_NOOP("RegisterDialog", "amended"),
    "validity ended": QT_TRANSLATE_NOOP("RegisterDialog", "validity ended"),
}


translate = QCoreApplication.translate


def retranslate(d: RegisterDialog) -> None:
    d.setWindowTitle(translate("RegisterDialog", "Quote register"))
    for key, text in (
        ("number", translate("RegisterDialog", "Number")),
        ("customer", translate("RegisterDialog", "Customer")),
        ("status", translate("RegisterDialog", "Status")),
        ("dates", translate("RegisterDialog", "Date from – to")),
        ("values", translate("RegisterDialog", "Total excl. tax from – to")),
    ):
        d.labels[key].setText(text)
    d.filter.setPlaceholderText(translate("RegisterDialog", "Quote number contains"))
    d.filter.setToolTip(translate("RegisterDialog", "Text contained in the quote number"))
    d.customer_filter.setPlaceholderText(translate("RegisterDialog", "Customer name contains"))
    d.customer_filter.setToolTip(
        translate("RegisterDialog", "Text contained in the customer's name")
    )
    captions = (
        translate("RegisterDialog", "All revisions"),
        translate("RegisterDialog", "Latest revisions"),
        *(
            stage_text(s)
            for s in ("draft", "sent", "accepted", "rejected", "expired", "superseded")
        ),
    )
    for i, text in enumerate(captions):
        d.status_filter.setItemText(i, text)
    d.status_filter.setToolTip(
        translate("RegisterDialog", "Lifecycle status; a stage shows latest revisions only")
    )
    for edit in (d.date_from, d.date_to):
        edit.setSpecialValueText(translate("RegisterDialog", "any date"))
        edit.setToolTip(
            translate("RegisterDialog", "Quote date limit (the earliest date means no limit)")
        )
    for edit, name in (
        (d.value_min, translate("RegisterDialog", "Minimum total")),
        (d.value_max, translate("RegisterDialog", "Maximum total")),
    ):
        edit.setPlaceholderText(translate("RegisterDialog", "e.g. 10000 or 10000 USD"))
        edit.setAccessibleName(name)
        edit.setToolTip(
            translate(
                "RegisterDialog",
                "Total excl. tax, in %1 unless a currency is given; a value "
                "range shows quotes in that currency only",
            ).replace("%1", d.currency)
        )
    for name, text, tip in (
        (
            "markSentButton",
            translate("RegisterDialog", "Mark sent"),
            translate("RegisterDialog", "The quote was sent to the customer"),
        ),
        (
            "markAcceptedButton",
            translate("RegisterDialog", "Mark accepted"),
            translate("RegisterDialog", "The customer accepted the quote (it is then locked)"),
        ),
        (
            "markRejectedButton",
            translate("RegisterDialog", "Mark rejected"),
            translate("RegisterDialog", "The customer declined"),
        ),
        (
            "amendButton",
            translate("RegisterDialog", "Amend…"),
            translate("RegisterDialog", "A new draft revision of an accepted, locked quote"),
        ),
        (
            "historyButton",
            translate("RegisterDialog", "History"),
            translate("RegisterDialog", "Every status change: who and when"),
        ),
        (
            "openRevisionButton",
            translate("RegisterDialog", "Open"),
            translate("RegisterDialog", "Open this revision's design and terms in the window"),
        ),
        (
            "reprintButton",
            translate("RegisterDialog", "Reprint PDF…"),
            translate("RegisterDialog", "Write this revision's PDF again, exactly as issued"),
        ),
        (
            "exportRegisterButton",
            translate("RegisterDialog", "Export XLSX/CSV…"),
            translate("RegisterDialog", "Write the filtered view as a spreadsheet"),
        ),
    ):
        d.buttons[name].setText(text)
        d.buttons[name].setToolTip(tip)
    for i, text in enumerate(
        (
            translate("RegisterDialog", "Pipeline"),
            translate("RegisterDialog", "Changes"),
            translate("RegisterDialog", "History"),
        )
    ):
        d.details.setTabText(i, text)


def pipeline_html(pipe: Pipeline, language: str) -> str:
    """Value of the latest revisions by status (count, total per currency) and by
    month (one column per status)."""
    esc = html.escape
    if not pipe.counts:
        none = translate("RegisterDialog", "No quotes match.")
        return f"<p>{esc(none)}</p>"
    stages = [
        s for s in ("draft", "sent", "accepted", "rejected", "expired") if s in pipe.by_status
    ]
    head = "".join(f"<th align='right'>{esc(stage_text(s))}</th>" for s in stages)
    counts = "".join(
        f"<td align='right'>{display.count(pipe.counts.get(s, 0), language)}</td>" for s in stages
    )

    def cell(totals: dict) -> str:
        return "<br>".join(esc(display.money(m, language)) for m in totals.values())

    values = "".join(f"<td align='right'>{cell(pipe.by_status[s])}</td>" for s in stages)
    quotes = esc(translate("RegisterDialog", "Quotes"))
    total = esc(translate("RegisterDialog", "Total excl. tax"))
    rows = [
        f"<tr><th align='left'>{quotes}</th>{counts}</tr>",
        f"<tr><th align='left'>{total}</th>{values}</tr>",
    ]
    for month, by_stage in sorted(pipe.by_month.items(), reverse=True):
        tds = "".join(f"<td align='right'>{cell(by_stage.get(s, {}))}</td>" for s in stages)
        rows.append(f"<tr><td>{esc(month)}</td>{tds}</tr>")
    return (
        f"<table cellpadding='3' cellspacing='0'><tr><th></th>{head}</tr>"
        + "".join(rows)
        + "</table>"
    )


def when(stamp: str, language: str) -> str:
    """A UTC timestamp from the register in local time: ``2026-03-01 14:05``."""
    try:
        moment = dt.datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{display.date(moment.date(), language)} {moment:%H:%M}"


def history_html(number: str, changes: list[StatusChange], language: str) -> str:
    esc = html.escape
    heads = (
        translate("RegisterDialog", "Revision"),
        translate("RegisterDialog", "From"),
        translate("RegisterDialog", "To"),
        translate("RegisterDialog", "When"),
        translate("RegisterDialog", "Who"),
        translate("RegisterDialog", "Note"),
    )
    rows = []
    for c in changes:
        who = c.by + (f" ({c.role})" if c.role and c.role != c.by else "")
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{esc(x)}</td>"
                for x in (
                    f"R{c.revision}",
                    stage_text(c.old) if c.old else "—",
                    stage_text(c.new),
                    when(c.at, language),
                    who,
                    translate("RegisterDialog", NOTES[c.note]) if c.note in NOTES else c.note,
                )
            )
            + "</tr>"
        )
    title = translate("RegisterDialog", "Status history of %1").replace("%1", number)
    return (
        f"<h4>{esc(title)}</h4><table cellpadding='3'><tr>"
        + "".join(f"<th align='left'>{esc(h)}</th>" for h in heads)
        + "</tr>"
        + "".join(rows)
        + "</table>"
    )
