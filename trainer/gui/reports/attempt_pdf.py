"""The PDF debrief of one attempt: outcome, competencies and every answer with its feedback."""

from collections.abc import Mapping
from pathlib import Path

from trainer.gui.formats import seconds
from trainer.gui.reports.layout import MUTED, document_title, ending_cell, painted_pdf, rating_cell
from trainer.gui.reports.wording import (
    TEXT_CHARS,
    count_text,
    in_language,
    percent_text,
    shorten,
    shown_locale,
    stage_text,
    status_text,
    translate,
    when_text,
)
from trainer.services.replay import Replay
from trainer.services.reports import AttemptReport


def feedback_by_seq(replay: Replay) -> dict[int, str]:
    """The feedback shown for each answered step of a replay, by step number.

    For a decision, the chosen option's feedback; for a checklist, the feedback of
    the items answered wrongly or missed, joined.
    """
    found: dict[int, str] = {}
    for step in replay.steps:
        if step.choice is not None and step.choice.feedback:
            found[step.seq] = step.choice.feedback
        elif step.items:
            notes = [
                i.feedback for i in step.items if i.feedback and i.verdict in ("wrong", "missed")
            ]
            if notes:
                found[step.seq] = " ".join(notes)
    return found


#: A note's paragraphs are drawn a piece at a time, each short enough for one page.
NOTE_PIECE_CHARS = 1500


def note_parts(note: str) -> list[str]:
    """The note's lines, each long one cut at a space into pieces that fit a page (the
    layout moves a paragraph whole to the next page, never splits it); an empty line
    kept as a space, so the note's paragraphs stay apart."""
    parts: list[str] = []
    for line in note.splitlines() or [""]:
        while len(line) > NOTE_PIECE_CHARS:
            cut = line.rfind(" ", 0, NOTE_PIECE_CHARS)
            cut = cut if cut > 0 else NOTE_PIECE_CHARS
            parts.append(line[:cut])
            line = line[cut:].lstrip(" ")
        parts.append(line or " ")
    return parts


def write_attempt_pdf(
    report: AttemptReport,
    path: Path | str,
    *,
    language: str,
    feedback: Mapping[int, str] | None = None,
) -> Path:
    """The debrief of one attempt as a PDF; it names the scenario version.

    ``feedback`` maps step numbers to the feedback shown there (see
    :func:`feedback_by_seq`); it is shortened in the report. ``language`` ("pl", "en") is
    the language of the labels (the answers stay in the language played).
    ReportWriteError if the file cannot be written.
    """
    with in_language(language):
        version = translate("Reports", "version %1").replace("%1", count_text(report.version))
        title = document_title(
            "attempt", f"{report.scenario_id} v{report.version}", report.scenario_title
        )
        footer = (
            f"{report.scenario_title} · {report.scenario_id} · {version} · {report.profile_name}"
        )
        with painted_pdf(path, title=title, footer=footer) as page:
            page.text(
                translate("Reports", "Debrief of an attempt"), size=9, colour=MUTED, after=0.5
            )
            page.text(report.scenario_title, size=18, bold=True, after=1)
            page.text(
                f"{report.scenario_id} · {version} · {report.content_hash[:12]}",
                size=9,
                colour=MUTED,
            )
            mode = (
                translate("Reports", "Assessment")
                if report.mode == "assessment"
                else translate("Reports", "Practice")
            )
            facts = [
                (translate("Reports", "Officer"), report.profile_name),
                (translate("Reports", "Mode"), mode),
                (translate("Reports", "Language played"), report.language.upper()),
                (translate("Reports", "Started"), when_text(report.started)),
                (
                    translate("Reports", "Finished"),
                    when_text(report.finished) if report.finished else status_text(report.status),
                ),
            ]
            for label, value in facts:
                page.row([label, value], [0.25, 0.75], size=9.5)
            page.space(2)

            page.text(translate("Reports", "Outcome"), size=13, bold=True)
            if report.outcome is not None:
                # The ending reached, told apart from the score, as the debrief says it.
                ending, colour = ending_cell(report.outcome, report.ending_title or "")
                page.text(ending, colour=colour)
                if report.ending_text:
                    page.text(shorten(report.ending_text, TEXT_CHARS), size=9, colour=MUTED)
            elif report.status == "abandoned":
                page.text(
                    translate("Reports", "The attempt was abandoned (started over)."),
                    colour=MUTED,
                )
            else:
                page.text(translate("Reports", "The attempt was not finished."), colour=MUTED)
            page.text(
                translate("Outcome", "Score: %1").replace(
                    "%1", percent_text(report.overall_percent)
                ),
                bold=True,
            )
            page.space(2)

            page.text(translate("Reports", "Competencies"), size=13, bold=True)
            widths = [0.38, 0.14, 0.1, 0.38]
            page.row(
                [translate("Reports", "Competency"), translate("Reports", "Points"), "%", ""],
                widths,
                bold=True,
            )
            for line in report.competencies:
                page.row(
                    [line.label, f"{line.points} / {line.maximum}", percent_text(line.percent), ""],
                    widths,
                    bar=line.percent,
                    bar_column=3,
                )
            page.space(3)

            page.text(translate("Reports", "Answers step by step"), size=13, bold=True)
            for number, answer in enumerate(report.answers, start=1):
                stage = f"[{stage_text(answer.stage)}] " if answer.stage else ""
                page.rule()
                page.text(
                    f"{number}. {stage}{shorten(answer.question, TEXT_CHARS)}", bold=True, after=0.6
                )
                given = (
                    translate("Reports", "The time ran out.")
                    if answer.timed_out
                    else shorten(answer.answer)
                )
                page.text(
                    translate("Reports", "Answer: %1").replace("%1", given), indent=4, after=0.6
                )
                word, colour = rating_cell(answer.rating)
                if answer.self_assessed:
                    word, colour = translate("Reports", "self-assessed"), MUTED
                points = translate("Reports", "%1 points").replace("%1", f"{answer.points:+d}")
                details = [word, points]
                if answer.elapsed_ms is not None:
                    details.append(
                        translate("Reports", "%1 s").replace(
                            "%1", seconds(answer.elapsed_ms, 1, shown_locale())
                        )
                    )
                if answer.self_assessed:
                    details.append(
                        translate("Reports", "in the note: %1 of %2 items")
                        .replace("%1", count_text(answer.checklist_right))
                        .replace("%2", count_text(answer.checklist_right + answer.checklist_missed))
                    )
                elif answer.checklist_right or answer.checklist_wrong or answer.checklist_missed:
                    details.append(
                        translate("Reports", "right %1, wrong %2, missed %3")
                        .replace("%1", count_text(answer.checklist_right))
                        .replace("%2", count_text(answer.checklist_wrong))
                        .replace("%3", count_text(answer.checklist_missed))
                    )
                page.text(" · ".join(details), colour=colour, indent=4, after=0.6)
                note = (feedback or {}).get(answer.seq)
                if note:
                    page.text(
                        translate("Reports", "Feedback: %1").replace("%1", shorten(note)),
                        size=9,
                        colour=MUTED,
                        indent=4,
                        after=0.6,
                    )
                if answer.self_assessed:
                    page.text(translate("Reports", "The note as written:"), size=9, indent=4)
                    for part in note_parts(answer.note or ""):
                        page.text(part, size=9, indent=8, after=0.3)
                    page.space(0.6)
                if answer.best_answer and not answer.on_best_path:
                    page.text(
                        translate("Reports", "Best answer here: %1").replace(
                            "%1", shorten(answer.best_answer)
                        ),
                        size=9,
                        indent=4,
                        after=0.6,
                    )
                if answer.cards:
                    page.text(
                        translate("Reports", "Cards opened: %1").replace(
                            "%1", ", ".join(answer.cards)
                        ),
                        size=9,
                        colour=MUTED,
                        indent=4,
                        after=0.6,
                    )
    return Path(path)
