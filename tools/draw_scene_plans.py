"""Draw the scene plans of the shipped scenarios: where things are and where people stand.

Usage (``make scene-plans``; the results are committed in each scenario's ``media/``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_scene_plans.py [SCENARIOS_DIR]

A plan is seen from above and carries no words: places and people are numbered, and the
node's ``image_alt`` (in every language of the scenario) is the legend, shown under the
picture and read by a screen reader. One picture therefore serves Polish and English.
Officers are drawn blue, everyone else grey; a number sits beside what it names.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

WIDTH, HEIGHT = 960, 480
FILE_NAME = "scene-plan.png"

GROUND = QColor("#f3f0e8")
ROAD = QColor("#c4c8ce")
ROAD_MARK = QColor("#f7f7f7")
PAVEMENT = QColor("#e2ddd2")
BUILDING = QColor("#d9c9a9")
BUILDING_EDGE = QColor("#8a7a5c")
WALL = QColor("#7b5b3a")
PAINT = QColor("#1d1d1d")
YARD = QColor("#dfe8d5")
TRAM = QColor("#e9d36a")
TRAM_EDGE = QColor("#8c7a22")
CAR = QColor("#ffffff")
OFFICER = QColor("#1f4e79")  # the app's blue (trainer.gui.style.ACCENT)
PERSON = QColor("#6b7280")
MARK_EDGE = QColor("#202020")


@dataclass
class Plan:
    """One scenario's plan: the shapes in drawing order."""

    scenario: str
    shapes: list[Callable[[QPainter], None]] = field(default_factory=list)

    def add(self, shape: Callable[[QPainter], None]) -> Plan:
        self.shapes.append(shape)
        return self

    def numbered(self, places: list[tuple[float, float]]) -> Plan:
        """Markers 1, 2, 3… at ``places``, in the order of the legend in ``image_alt``."""
        for value, (x, y) in enumerate(places, start=1):
            self.add(number(x, y, value))
        return self


# -- the vocabulary -----------------------------------------------------------------------


def area(x: float, y: float, w: float, h: float, fill: QColor, edge: QColor | None = None):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(edge, 3) if edge is not None else Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(QRectF(x, y, w, h))

    return draw


def lane_marks(y: float, x0: float = 0, x1: float = WIDTH):
    """A dashed centre line along a road."""

    def draw(p: QPainter) -> None:
        pen = QPen(ROAD_MARK, 4)
        pen.setDashPattern([6, 5])
        p.setPen(pen)
        p.drawLine(QPointF(x0, y), QPointF(x1, y))

    return draw


def wall(x0: float, y0: float, x1: float, y1: float, width: float = 10):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(WALL, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    return draw


def gate(x: float, y: float, w: float):
    """An opening in a horizontal wall with two posts."""

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GROUND)
        p.drawRect(QRectF(x, y - 6, w, 12))
        p.setBrush(WALL)
        for post in (x - 6, x + w):
            p.drawRect(QRectF(post, y - 9, 6, 18))

    return draw


def paint_marks(x: float, y: float, w: float):
    """Black daubs on a wall's street face: a scrawl, not a symbol drawn again."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(PAINT, 3))
        step = w / 8
        for i in range(8):
            left = x + i * step
            p.drawLine(QPointF(left, y + 10), QPointF(left + step * 0.7, y + 22 + (i % 3) * 3))
            p.drawLine(QPointF(left + step * 0.7, y + 10), QPointF(left, y + 24))

    return draw


def door(x: float, y: float, w: float, vertical: bool = False):
    """A door in a building's edge, drawn as a gap with a swing arc."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(GROUND, 6))
        if vertical:
            p.drawLine(QPointF(x, y), QPointF(x, y + w))
        else:
            p.drawLine(QPointF(x, y), QPointF(x + w, y))
        p.setPen(QPen(BUILDING_EDGE, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(x - w, y - w, 2 * w, 2 * w)
        p.drawArc(rect, 0 if not vertical else -90 * 16, -90 * 16 if not vertical else 90 * 16)

    return draw


def stairs(x: float, y: float, w: float, h: float, steps: int = 7):
    """A flight of stairs running left to right (down towards the right)."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(BUILDING_EDGE, 2))
        p.setBrush(QColor("#ece4d2"))
        p.drawRect(QRectF(x, y, w, h))
        for i in range(1, steps):
            p.drawLine(QPointF(x + i * w / steps, y), QPointF(x + i * w / steps, y + h))

    return draw


def car(x: float, y: float, w: float = 110, h: float = 52):
    """A police car seen from above: white with a blue stripe and a light bar."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(OFFICER, 3))
        p.setBrush(CAR)
        p.drawRoundedRect(QRectF(x, y, w, h), 12, 12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(OFFICER)
        p.drawRect(QRectF(x + 6, y + h / 2 - 5, w - 12, 10))
        p.setBrush(QColor("#3b82f6"))
        p.drawRect(QRectF(x + w * 0.45, y + 6, 10, h - 12))

    return draw


def tram(x: float, y: float, w: float, h: float, doors: list[float]):
    """A tram from above; ``doors`` are the x offsets of its open doors (on the top side)."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(TRAM_EDGE, 3))
        p.setBrush(TRAM)
        p.drawRoundedRect(QRectF(x, y, w, h), 18, 18)
        p.setPen(QPen(TRAM_EDGE, 2))
        p.drawLine(QPointF(x + w - 70, y), QPointF(x + w - 70, y + h))  # the driver's cab
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#fff7cc"))
        p.drawRect(QRectF(x + 16, y + h / 2 - 9, w - 96, 18))  # the aisle
        for offset in doors:  # open: a dark gap in the side, the leaves folded back
            p.setBrush(QColor("#4b4b4b"))
            p.drawRect(QRectF(x + offset, y - 4, 44, 12))

    return draw


def person(x: float, y: float, officer: bool = False, small: bool = False):
    def draw(p: QPainter) -> None:
        radius = 9 if small else 13
        p.setPen(QPen(QColor("#ffffff"), 2))
        p.setBrush(OFFICER if officer else PERSON)
        p.drawEllipse(QPointF(x, y), radius, radius)

    return draw


def camera(x: float, y: float, towards_x: float, towards_y: float):
    """A camera with a faint cone towards a point."""

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(31, 78, 121, 40))
        dx, dy = towards_x - x, towards_y - y
        left = QPointF(towards_x - dy * 0.25, towards_y + dx * 0.25)
        right = QPointF(towards_x + dy * 0.25, towards_y - dx * 0.25)
        p.drawPolygon([QPointF(x, y), left, right])
        p.setBrush(QColor("#303030"))
        p.drawRect(QRectF(x - 8, y - 6, 16, 12))

    return draw


def phone(x: float, y: float):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor("#202020"), 2))
        p.setBrush(QColor("#9aa3ad"))
        p.drawRoundedRect(QRectF(x - 6, y - 10, 12, 20), 3, 3)
        p.drawLine(QPointF(x - 5, y - 6), QPointF(x + 5, y + 6))

    return draw


def bag(x: float, y: float):
    """A plastic bag with something on it, seen from above."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor("#707070"), 2))
        p.setBrush(QColor("#f5f5f5"))
        p.drawEllipse(QPointF(x, y), 20, 14)
        p.setBrush(QColor("#c98b8b"))
        p.drawEllipse(QPointF(x, y), 11, 8)

    return draw


def sheet(x: float, y: float):
    """A printed page taped to a door."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor("#404040"), 2))
        p.setBrush(QColor("#ffffff"))
        p.drawRect(QRectF(x - 9, y - 12, 18, 24))
        for i in range(3):
            p.drawLine(QPointF(x - 5, y - 6 + i * 6), QPointF(x + 5, y - 6 + i * 6))

    return draw


def crowd(x: float, y: float, columns: int, rows: int, gap: float = 26):
    def draw(p: QPainter) -> None:
        for row in range(rows):
            for column in range(columns):
                person(x + column * gap + (row % 2) * gap / 2, y + row * gap, small=True)(p)

    return draw


def number(x: float, y: float, value: int):
    """A numbered marker: the legend in ``image_alt`` says what it names."""

    def draw(p: QPainter) -> None:
        p.setPen(QPen(MARK_EDGE, 3))
        p.setBrush(QColor("#ffffff"))
        # Drawn large: the player shows a 960-pixel plan at 600 pixels.
        p.drawEllipse(QPointF(x, y), 21, 21)
        font = QFont()
        font.setPixelSize(26)
        font.setBold(True)
        p.setFont(font)
        p.setPen(MARK_EDGE)
        p.drawText(QRectF(x - 21, y - 21, 42, 42), Qt.AlignmentFlag.AlignCenter, str(value))

    return draw


# -- the plans ------------------------------------------------------------------------


def synagogue_graffiti() -> Plan:
    """At the gate (node ``arrive_gate``): the street, the wall with the paint, the gate."""
    plan = Plan("synagogue-graffiti")
    plan.add(area(0, 0, WIDTH, 250, YARD))  # the synagogue's yard behind the wall
    plan.add(area(330, 40, 300, 150, BUILDING, BUILDING_EDGE))  # the synagogue
    plan.add(area(0, 250, WIDTH, 70, PAVEMENT))
    plan.add(area(0, 320, WIDTH, 160, ROAD))
    plan.add(lane_marks(400))
    plan.add(wall(0, 250, WIDTH, 250))
    plan.add(gate(420, 250, 110))
    plan.add(paint_marks(90, 250, 260))
    plan.add(paint_marks(600, 250, 120))
    plan.add(camera(530, 244, 250, 300))
    plan.add(person(440, 275))  # the security man at the gate
    plan.add(person(462, 222, small=True)).add(person(486, 216, small=True))  # going in
    plan.add(person(200, 300, small=True)).add(person(228, 306, small=True))  # the tourists
    plan.add(car(600, 334))
    plan.add(person(585, 300, officer=True)).add(person(725, 300, officer=True))
    plan.numbered(
        [(655, 430), (505, 290), (150, 215), (214, 345), (560, 214), (405, 300), (420, 200)],
    )
    return plan


def tram_ukrainian_mother() -> Plan:
    """At the stop (node ``tram_stop``): the tram, its open doors, who stands where."""
    plan = Plan("tram-ukrainian-mother")
    plan.add(area(0, 0, WIDTH, 110, ROAD))
    plan.add(lane_marks(55))
    plan.add(area(0, 110, WIDTH, 80, PAVEMENT))  # the platform
    plan.add(area(0, 190, WIDTH, 170, QColor("#b9b3a6")))  # the track bed
    plan.add(tram(60, 210, 840, 130, doors=[120, 380, 640]))
    plan.add(area(0, 360, WIDTH, 120, ROAD))
    plan.add(car(40, 30))
    plan.add(person(200, 150, officer=True)).add(person(235, 160, officer=True))
    plan.add(person(420, 275))  # the man in the aisle, by the middle door
    plan.add(person(600, 305)).add(person(630, 312, small=True))  # the woman and her son
    plan.add(phone(500, 300))
    plan.add(person(690, 250))  # the young woman with the phone
    plan.add(person(860, 275))  # the driver in the cab
    plan.add(person(180, 240, small=True)).add(person(160, 175, small=True))  # leaving
    plan.add(person(120, 160, small=True)).add(person(300, 290, small=True))
    plan.numbered(
        [
            (185, 55),
            (330, 140),
            (462, 168),
            (392, 240),
            (612, 268),
            (500, 334),
            (730, 292),
            (860, 235),
            (120, 215),
        ],
    )
    return plan


def prayer_room_threat() -> Plan:
    """The stairwell (node ``call_in``): street door, stairs down, the hall's door."""
    plan = Plan("prayer-room-threat")
    plan.add(area(0, 390, WIDTH, 90, PAVEMENT))
    plan.add(area(0, 0, WIDTH, 390, BUILDING, BUILDING_EDGE))  # the tenement
    plan.add(area(60, 60, 360, 300, QColor("#efe7d6"), BUILDING_EDGE))  # the stairwell
    plan.add(area(470, 40, 440, 320, QColor("#e8eef3"), BUILDING_EDGE))  # the prayer hall
    plan.add(door(200, 360, 60))  # from the street, its lock broken
    plan.add(stairs(230, 150, 190, 70))  # down to the basement
    plan.add(door(420, 155, 60, vertical=True))  # the hall's door, at the foot of the stairs
    plan.add(bag(330, 185))
    plan.add(sheet(406, 185))  # taped to the door
    plan.add(paint_marks(70, 56, 160))
    plan.add(person(395, 250))  # the volunteer by the shoes
    plan.add(crowd(560, 120, 12, 7))
    plan.add(person(860, 70))  # the imam
    plan.add(person(180, 330, officer=True)).add(person(150, 315, officer=True))
    plan.numbered(
        [(270, 430), (140, 100), (300, 120), (455, 125), (355, 285), (690, 340), (130, 260)],
    )
    return plan


PLANS = (synagogue_graffiti, tram_ukrainian_mother, prayer_room_threat)


def render(plan: Plan) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(GROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for shape in plan.shapes:
        shape(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[1] / "scenarios"
    scenarios = Path(argv[1]) if len(argv) > 1 else default
    _app = QGuiApplication.instance() or QGuiApplication([])
    for make in PLANS:
        plan = make()
        folder = scenarios / plan.scenario
        if not folder.is_dir():
            print(f"no scenario folder {folder}", file=sys.stderr)
            return 1
        target = folder / "media" / FILE_NAME
        target.parent.mkdir(exist_ok=True)
        if not render(plan).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
