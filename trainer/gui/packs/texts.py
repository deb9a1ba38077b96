"""What a pack import did, and why a pack was refused, in the UI language.

The service's own reasons are English sentences for the command line; the GUI words
them from their codes (:data:`trainer.services.packs.REASON_CODES`,
:data:`trainer.exchange.packs.PACK_ERROR_KINDS`) so that no English is left in the
Polish window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.exchange.packs import PackError
from trainer.services.packs import (
    INSTALLED,
    REFUSED,
    REPLACED,
    SKIPPED_SAME,
    ImportOutcome,
    InspectedScenario,
)


def action_label(action: str) -> str:
    """One word for what happened (or will happen) to a scenario."""
    labels = {
        INSTALLED: QCoreApplication.translate("ScenarioPacks", "Installed"),
        REPLACED: QCoreApplication.translate("ScenarioPacks", "Replaced"),
        SKIPPED_SAME: QCoreApplication.translate("ScenarioPacks", "Already installed"),
        REFUSED: QCoreApplication.translate("ScenarioPacks", "Not installed"),
    }
    return labels.get(action, action)


def planned_label(action: str) -> str:
    """What the import will do with a scenario, said before it runs."""
    labels = {
        INSTALLED: QCoreApplication.translate("ScenarioPacks", "Will be installed"),
        REPLACED: QCoreApplication.translate("ScenarioPacks", "Will replace the installed one"),
        SKIPPED_SAME: QCoreApplication.translate("ScenarioPacks", "Already installed"),
        REFUSED: QCoreApplication.translate("ScenarioPacks", "Will not be installed"),
    }
    return labels.get(action, action)


def reason_text(outcome: ImportOutcome | InspectedScenario) -> str:
    """Why, in a sentence: the versions filled in."""
    previous = str(outcome.previous_version) if outcome.previous_version is not None else "?"
    texts = {
        "new": QCoreApplication.translate("ScenarioPacks", "New on this laptop."),
        "older-replaced": QCoreApplication.translate(
            "ScenarioPacks", "Version %1 is replaced by version %2."
        ),
        "same-replaced": QCoreApplication.translate(
            "ScenarioPacks", "The same version number with other content: replaced as asked."
        ),
        "broken-replaced": QCoreApplication.translate(
            "ScenarioPacks", "The installed copy could not be read: replaced as asked."
        ),
        "same-files": QCoreApplication.translate(
            "ScenarioPacks", "Version %1 is installed with the same files."
        ),
        "same-as-shipped": QCoreApplication.translate(
            "ScenarioPacks", "The same as the scenario that comes with the app."
        ),
        "shipped-id": QCoreApplication.translate(
            "ScenarioPacks",
            "A scenario that comes with the app has this id (version %1): the pack's author"
            " must give theirs another id.",
        ),
        "not-a-folder": QCoreApplication.translate(
            "ScenarioPacks",
            "Something that is not a scenario is in its place in the data folder: it is left"
            " alone.",
        ),
        "link": QCoreApplication.translate(
            "ScenarioPacks", "Its place in the data folder is a link: it is left alone."
        ),
        "broken-installed": QCoreApplication.translate(
            "ScenarioPacks",
            "The installed copy cannot be read, so its version is unknown; it is kept. To"
            " replace it, import the pack from the command line with --yes.",
        ),
        "newer-installed": QCoreApplication.translate(
            "ScenarioPacks", "Version %1 is installed: newer than the pack's version %2."
        ),
        "same-version-differs": QCoreApplication.translate(
            "ScenarioPacks",
            "Version %1 is installed with different content under the same number; it is"
            " kept. Ask the author to raise the version.",
        ),
    }
    text = texts.get(outcome.code)
    if text is None:
        return outcome.reason
    return text.replace("%1", previous).replace("%2", str(outcome.version))


def refusal_text(error: PackError, file_name: str) -> str:
    """Why the pack ``file_name`` was refused: the rule broken and the file inside named."""
    texts = {
        "not-a-pack": QCoreApplication.translate(
            "ScenarioPacks", "%1 is not a scenario pack, or it is damaged."
        ),
        "unsupported": QCoreApplication.translate(
            "ScenarioPacks", "%1 was made with zip features that scenario packs never use."
        ),
        "format": QCoreApplication.translate(
            "ScenarioPacks",
            "%1 was made by a newer version of the trainer: update the app on this laptop.",
        ),
        "manifest": QCoreApplication.translate(
            "ScenarioPacks", "The list of contents in %1 is damaged or contradicts itself."
        ),
        "unsafe-name": QCoreApplication.translate(
            "ScenarioPacks",
            "%1 holds a file whose name could lead outside its folder or clash with another.",
        ),
        "link": QCoreApplication.translate(
            "ScenarioPacks", "%1 holds a link or a special file where a plain file must be."
        ),
        "too-large": QCoreApplication.translate(
            "ScenarioPacks",
            "%1 is over a size limit, or is packed so tightly that it would fill the disk.",
        ),
        "changed": QCoreApplication.translate(
            "ScenarioPacks",
            "The files in %1 differ from its list of contents: it was changed or damaged"
            " after it was made.",
        ),
        "file-type": QCoreApplication.translate(
            "ScenarioPacks", "%1 holds a file of a kind a scenario pack may not carry."
        ),
        "signature": QCoreApplication.translate(
            "ScenarioPacks",
            "The signature of %1 does not match its contents: it was changed after it was signed.",
        ),
        "invalid-scenario": QCoreApplication.translate(
            "ScenarioPacks", "A scenario in %1 has errors and cannot be played."
        ),
    }
    text = texts.get(
        error.kind, QCoreApplication.translate("ScenarioPacks", "%1 cannot be imported.")
    ).replace("%1", file_name)
    if error.member:
        text += " " + QCoreApplication.translate("ScenarioPacks", "The file in it: %1.").replace(
            "%1", error.member
        )
    return text + " " + QCoreApplication.translate("ScenarioPacks", "Nothing was installed.")


def export_refusal_text(error: PackError) -> str:
    """Why the chosen scenarios could not be packed."""
    texts = {
        "invalid-scenario": QCoreApplication.translate(
            "ScenarioPacks", "A chosen scenario has errors: check it in the editor first."
        ),
        "link": QCoreApplication.translate(
            "ScenarioPacks",
            "A chosen scenario's folder holds a link; a pack carries plain files only.",
        ),
        "unsafe-name": QCoreApplication.translate(
            "ScenarioPacks", "A file in a chosen scenario's folder has a name a pack cannot carry."
        ),
        "too-large": QCoreApplication.translate(
            "ScenarioPacks", "The chosen scenarios are too large for one pack: choose fewer."
        ),
    }
    text = texts.get(
        error.kind, QCoreApplication.translate("ScenarioPacks", "The pack could not be made.")
    )
    if error.member:
        text += " " + QCoreApplication.translate("ScenarioPacks", "The file: %1.").replace(
            "%1", error.member
        )
    return text


__all__ = [
    "action_label",
    "export_refusal_text",
    "planned_label",
    "reason_text",
    "refusal_text",
]
