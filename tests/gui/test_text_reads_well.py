"""Text that reads well (issue 12, points 4–8 and 19), seen through the real window.

A small scenario written the way authors write YAML (``|`` blocks wrapped at ~40
characters, an untitled step, multi-paragraph feedback, a timed decision whose
``on_timeout`` feedback says the time is up) is played by keyboard and mouse to its
debrief and replay, in English and Polish.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QCheckBox, QWidget

from tests.gui.screens import shown_window
from trainer.domain.markup import opening_words

pytestmark = pytest.mark.gui

SCENARIO = """\
format: 1
id: wrapped-text
version: 1
languages: [en, pl]
title: {en: "Wrapped text", pl: "Zawinięty tekst"}
summary: {en: "Text wrapped over lines.", pl: "Tekst zawinięty w wierszach."}
competencies:
  communication: {}
start: arrival
nodes:
  arrival:
    type: scene
    text:
      en: |-
        The first paragraph is wrapped
        over two lines.

        The second paragraph.

        - A bullet item that wraps
          onto an indented line
        - and one that wraps
        onto a line that is not indented
      pl: |-
        Pierwszy akapit jest zawinięty
        w dwóch wierszach.

        Drugi akapit.

        - Punkt listy zawinięty
          na wcięty wiersz
        - i punkt zawinięty
        na wiersz bez wcięcia
    next: talk
  talk:
    type: decision
    stage: action
    text:
      en: |-
        A man on the pavement shouts at the
        family while you talk to them.
      pl: |-
        Mężczyzna na chodniku krzyczy na
        rodzinę, gdy z nią rozmawiasz.
    time_limit: 30
    on_timeout:
      rating: poor
      feedback:
        en: "Time is up and you have said nothing."
        pl: "Czas minął, a Ty milczysz."
      score: {communication: -1}
      next: signs
    choices:
      - id: calm
        text: {en: "You calmly set a limit.", pl: "Spokojnie stawiasz granicę."}
        rating: best
        score: {communication: 2}
        feedback:
          en: |-
            A short, firm limit keeps the
            family in the centre.

            It also shows the bystanders
            where the police stand.
          pl: |-
            Krótka, stanowcza granica stawia
            rodzinę w centrum.

            Pokazuje też świadkom, po czyjej
            stronie stoi policja.
        next: signs
      - id: argue
        text: {en: "You argue with him.", pl: "Kłócisz się z nim."}
        rating: poor
        score: {communication: -1}
        feedback: {en: "An argument raises the temperature.", pl: "Kłótnia podnosi temperaturę."}
        next: signs
  signs:
    type: checklist
    stage: assessment
    title: {en: "What points to bias?", pl: "Co wskazuje na uprzedzenia?"}
    text: {en: "Sort out the facts.", pl: "Uporządkuj fakty."}
    competency: communication
    prompt:
      en: "Which of these are bias indicators? Tick all that apply."
      pl: "Które z nich są wskaźnikami uprzedzeń? Zaznacz wszystkie, które pasują."
    items:
      - id: words
        text: {en: "He shouted a slur.", pl: "Wykrzyczał obelgę."}
        correct: true
        feedback: {en: "Yes. Words count most.", pl: "Tak. Słowa liczą się najbardziej."}
      - id: symbol
        text: {en: "He wore a hate symbol.", pl: "Miał symbol nienawiści."}
        correct: true
        feedback: {en: "Yes. Symbols count.", pl: "Tak. Symbole się liczą."}
      - id: night
        text: {en: "It was dark.", pl: "Było ciemno."}
        correct: false
        feedback: {en: "No. The time of day says nothing.", pl: "Nie. Pora dnia nic nie mówi."}
      - id: rain
        text: {en: "It was raining.", pl: "Padał deszcz."}
        correct: false
        feedback: {en: "No. The weather says nothing.", pl: "Nie. Pogoda nic nie mówi."}
    next: end
  end:
    type: ending
    outcome: failure
    title: {en: "The family moves away", pl: "Rodzina się wyprowadza"}
    text: {en: "A month later the family moves away.", pl: "Miesiąc później rodzina wyjeżdża."}
    debrief:
      en: |-
        The limit came late, and the family was left with the bystanders.

        - A limit set at once keeps the family in the centre of the work.
        - The words and the symbols are the indicators to write down.
        - The time of day and the weather say nothing about the motive.
        - Tell the family who handles the case and when they will hear.

        Play again and see where the path leaves the best one.
      pl: |-
        Granica padła późno, a rodzina została sama ze świadkami.

        - Granica postawiona od razu trzyma rodzinę w centrum działań.
        - Słowa i symbole to wskaźniki, które trzeba zapisać.
        - Pora dnia i pogoda nic nie mówią o motywie.
        - Powiedz rodzinie, kto prowadzi sprawę i kiedy się odezwie.

        Zagraj jeszcze raz i zobacz, gdzie ścieżka odchodzi od najlepszej.
"""

TALK_EN = "A man on the pavement shouts at the family while you talk to them."


TIMEOUT_FEEDBACK = """\
      feedback:
        en: "Time is up and you have said nothing."
        pl: "Czas minął, a Ty milczysz."
"""
assert TIMEOUT_FEEDBACK in SCENARIO


@pytest.fixture
def scenario_yaml() -> str:
    return SCENARIO


@pytest.fixture
def window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scenario_yaml: str
) -> Iterator[object]:
    """The real window, its library holding only the wrapped-text scenario."""
    folder = tmp_path / "scenarios" / "wrapped-text"
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text(scenario_yaml, encoding="utf-8")
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(tmp_path / "scenarios"))
    with shown_window(qtbot, tmp_path / "data") as main:
        yield main


# -- driving the window ---------------------------------------------------------------


def focused(window: object) -> QWidget:
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    return widget if widget is not None else window.player  # type: ignore[attr-defined]


def press(qtbot, window: object, key: Qt.Key) -> None:
    qtbot.keyClick(focused(window), key)


def start(qtbot, window, language: str = "en") -> None:
    """Sign up, and start the scenario in practice mode with the content in ``language``."""
    window.set_language(language)
    qtbot.keyClicks(window.profiles.name_edit, "Anna")
    press(qtbot, window, Qt.Key.Key_Return)
    library = window.library
    assert library.current_card().key == "wrapped-text"
    library.content_language.setCurrentIndex(library.content_language.findData(language))
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.player


def node_id(window) -> str:
    active = window.player.active
    return str(active.engine.current_node(active.state).id)


def choose(qtbot, window, text: str) -> None:
    """Press the number of the choice showing ``text`` (whatever order it is shown in)."""
    names = window.player.current_choice_texts()
    number = next(i for i, name in enumerate(names, start=1) if text in name)
    press(qtbot, window, Qt.Key(Qt.Key.Key_0 + number))
    qtbot.waitUntil(lambda: window.player.feedback.isVisible())


def tick_and_confirm(qtbot, window, item_ids: set[str]) -> None:
    """Tick items by their numbers on screen, then Enter."""
    for number, box in enumerate(window.player._checks, start=1):
        if box.property("item_id") in item_ids:
            press(qtbot, window, Qt.Key(Qt.Key.Key_0 + number))
    assert {b.property("item_id") for b in window.player._checks if b.isChecked()} == item_ids
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.player.feedback.isVisible())


def next_step(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Return)


def play_to_debrief(qtbot, window, *, choice: str = "You calmly set a limit.") -> None:
    assert node_id(window) == "arrival"
    next_step(qtbot, window)
    choose(qtbot, window, choice)
    next_step(qtbot, window)
    tick_and_confirm(qtbot, window, {"words", "night"})
    next_step(qtbot, window)
    assert node_id(window) == "end"
    next_step(qtbot, window)  # See the debrief
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.debrief)


# -- reading documents ------------------------------------------------------------------


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found = []
    block = document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def in_list(block: QTextBlock) -> bool:
    return block.textList() is not None


# -- point 4: a single line break is a space ---------------------------------------------


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_two_line_yaml_paragraph_is_one_paragraph_in_the_play_view(
    qtbot, window, language: str
) -> None:
    start(qtbot, window, language)
    qtbot.wait(30)
    document = window.player.text.document()
    shown = [(block.text(), in_list(block)) for block in blocks(document)]
    first, second, item_one, item_two = {
        "en": (
            "The first paragraph is wrapped over two lines.",
            "The second paragraph.",
            "A bullet item that wraps onto an indented line",
            "and one that wraps onto a line that is not indented",
        ),
        "pl": (
            "Pierwszy akapit jest zawinięty w dwóch wierszach.",
            "Drugi akapit.",
            "Punkt listy zawinięty na wcięty wiersz",
            "i punkt zawinięty na wiersz bez wcięcia",
        ),
    }[language]
    # Blank lines start paragraphs; a wrapped line goes on in its paragraph or item.
    assert shown == [(first, False), (second, False), (item_one, True), (item_two, True)]
    assert not any("\u2028" in text for text, _ in shown)  # no forced line break
    # On a wide window the short paragraph takes one line, not the author's two.
    paragraph = blocks(document)[0]
    assert paragraph.layout().lineCount() == 1


# -- point 19: checklist feedback as sentences, no doubled instruction -------------------


def test_checklist_feedback_reads_as_sentences_without_repeating_the_items(qtbot, window) -> None:
    start(qtbot, window)
    next_step(qtbot, window)
    choose(qtbot, window, "You calmly set a limit.")
    next_step(qtbot, window)
    assert node_id(window) == "signs"
    player = window.player
    prompt = player.prompt.text()
    # The scenario says "tick all that apply"; the app adds how, not the same again.
    assert prompt.startswith("Which of these are bias indicators? Tick all that apply.")
    assert prompt.lower().count("apply") == 1
    assert "number" in prompt and "confirm" in prompt

    shown = [box.property("item_id") for box in player._checks]  # shuffled per attempt
    tick_and_confirm(qtbot, window, {"words", "night"})
    lines = [block.text() for block in blocks(player.feedback_text.document())]
    sentences = {
        "words": "✓ An indicator, rightly ticked: He shouted a slur. Yes. Words count most.",
        "symbol": "! An indicator you missed: He wore a hate symbol. Yes. Symbols count.",
        "night": "✖ Not an indicator, but ticked: It was dark. No. The time of day says nothing.",
        "rain": (
            "✓ Not an indicator, rightly left out: It was raining. No. The weather says nothing."
        ),
    }
    assert lines == [sentences[item] for item in shown]  # in the order they were shown
    # The feedback names every item: the ticked boxes above are not shown a second time.
    assert not [box for box in player.findChildren(QCheckBox) if box.isVisible()]
    assert player.prompt.text() == "Which of these are bias indicators? Tick all that apply."
    assert player.feedback_rating.isVisible()


def test_checklist_feedback_sentences_in_polish(qtbot, window) -> None:
    start(qtbot, window, "pl")
    next_step(qtbot, window)
    choose(qtbot, window, "Spokojnie stawiasz granicę.")
    next_step(qtbot, window)
    assert window.player.prompt.text().count("Zaznacz wszystkie") == 1
    tick_and_confirm(qtbot, window, {"words", "night"})
    text = window.player.feedback_text.toPlainText()
    assert "To wskaźnik – słusznie zaznaczony: Wykrzyczał obelgę. Tak." in text
    assert "Pominięty wskaźnik: Miał symbol nienawiści." in text
    assert "To nie wskaźnik – niepotrzebnie zaznaczony: Było ciemno." in text
    assert "To nie wskaźnik – słusznie pominięty: Padał deszcz." in text
    assert "indicator" not in text


# -- point 19: the time is up, said once ---------------------------------------------------


def run_out_the_clock(qtbot, window) -> None:
    player = window.player
    assert player.timer_bar.isVisible()
    player._left_at_start_ms = 0  # the real countdown runs out at its next tick
    player._tick()
    qtbot.waitUntil(lambda: player.feedback.isVisible())


def test_timeout_feedback_says_the_time_is_up_once(qtbot, window) -> None:
    start(qtbot, window)
    next_step(qtbot, window)
    run_out_the_clock(qtbot, window)
    text = window.player.feedback_text.toPlainText()
    assert text == "Time is up and you have said nothing."
    assert "Time ran out" not in text


@pytest.mark.parametrize("scenario_yaml", [SCENARIO.replace(TIMEOUT_FEEDBACK, "")])
def test_timeout_without_scenario_feedback_still_says_the_time_ran_out(qtbot, window) -> None:
    start(qtbot, window)
    next_step(qtbot, window)
    assert window.player.active.scenario.node("talk").on_timeout.feedback is None
    run_out_the_clock(qtbot, window)
    assert window.player.feedback_text.toPlainText() == "Time ran out before you decided."


# -- points 5, 7 and 8: the debrief -------------------------------------------------------


def test_debrief_feedback_stays_inside_its_list_item(qtbot, window) -> None:
    start(qtbot, window)
    play_to_debrief(qtbot, window)
    document = window.debrief.path_text.document()
    feedback = (
        "A short, firm limit keeps the family in the centre."
        " It also shows the bystanders where the police stand."
    )
    holding = [block for block in blocks(document) if "firm limit" in block.text()]
    assert [block.text() for block in holding] == [feedback]
    assert in_list(holding[0])
    # Nothing of it spills out of the list below the item.
    assert not [b for b in blocks(document) if "bystanders" in b.text() and not in_list(b)]
    # The item wraps as one block, indented under its bullet: every line starts at
    # the same x, right of the bullet.
    layout = holding[0].layout()
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    assert len({round(line.x()) for line in lines}) == 1


def test_debrief_heading_of_an_untitled_step_shows_its_stage_and_first_words(qtbot, window) -> None:
    start(qtbot, window)
    play_to_debrief(qtbot, window)
    lines = [block.text() for block in blocks(window.debrief.path_text.document())]
    heading = f"1. {opening_words(TALK_EN)} · Action and review"
    assert heading in lines
    assert heading.endswith("… · Action and review")
    assert "talk" not in heading  # neither the id nor the text beyond the first words
    assert not any(line.startswith("1. talk") for line in lines)


@pytest.mark.parametrize(
    ("language", "ending", "score", "hidden"),
    [
        ("en", "✖ Ending: The family moves away (failure)", "Score: 0%", "Overall"),
        ("pl", "✖ Zakończenie: Rodzina się wyprowadza (niepowodzenie)", "Wynik: 0%", "ogólny"),
    ],
)
def test_debrief_tells_the_ending_apart_from_the_score(
    qtbot, window, language: str, ending: str, score: str, hidden: str
) -> None:
    start(qtbot, window, language)
    choice = {"en": "You argue with him.", "pl": "Kłócisz się z nim."}[language]
    play_to_debrief(qtbot, window, choice=choice)
    outcome = window.debrief.outcome
    shown = QTextDocument()
    shown.setHtml(outcome.text())
    assert ending in shown.toPlainText()
    assert score in shown.toPlainText()
    assert hidden not in shown.toPlainText()
    assert outcome.accessibleName() == f"{ending[2:]}. {score}"
    assert outcome.toolTip()  # why there are both


def test_the_debrief_opens_at_the_top_also_the_second_time(qtbot, window) -> None:
    window.resize(1000, 640)  # the smallest window: the debrief scrolls
    start(qtbot, window)
    play_to_debrief(qtbot, window)
    scroll = window.debrief.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    qtbot.wait(50)
    assert scroll.value() == 0
    scroll.setValue(scroll.maximum())  # the officer reads down to the last step
    qtbot.wait(50)
    assert scroll.value() > 0

    qtbot.mouseClick(window.debrief.again_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.player
    play_to_debrief(qtbot, window)
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    qtbot.wait(50)  # and after the page has settled
    assert scroll.value() == 0  # the outcome and the competency bars, not the last step


# -- points 7 and 8: the replay and the history ---------------------------------------------


def test_replay_headings_never_show_a_node_id(qtbot, window) -> None:
    start(qtbot, window)
    play_to_debrief(qtbot, window)
    window.show_history()
    qtbot.waitUntil(lambda: bool(window.history.visible_attempt_ids()))
    model = window.history.table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Ending" in headers and "Score" in headers and "Overall" not in headers
    window._replay(window.history.visible_attempt_ids()[0])
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.text.toPlainText() != "")
    lines = [block.text() for block in blocks(page.text.document())]
    scene = page.replay.steps[0].node.text
    assert opening_words(scene) == "The first paragraph is wrapped over two lines…"
    assert f"1. {opening_words(scene)} · Scene" in lines
    assert f"2. {opening_words(TALK_EN)} · Action and review" in lines
    assert "3. What points to bias? · Assessment" in lines
    for node in ("arrival", "talk", "signs"):
        assert not [line for line in lines if line.split(" · ")[0].endswith(node)]
    assert "✖ Ending: The family moves away (failure)" in lines  # under the ending's text
    outcome = page.outcome.text()
    assert "✖ Ending: The family moves away (failure)" in outcome
    assert "Score: " in outcome and "Overall" not in outcome
