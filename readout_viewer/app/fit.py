"""Fitting the window: the panes keep a readable width; the side docks move to where there is room for them.

Three arrangements, by how much width the panes leave: WIDE (documents on the left, inspector on the right),
MEDIUM (documents and inspector share the right, as tabs: also where both side docks would keep the panes below
PANE_COMFORT and one would not), COMPACT (every dock in a drawer below the panes: the lists as tabs, the inspector
beside them; View → Panel drawer, Ctrl+J, hides and shows it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from readout_viewer.app.panes.pane import PANE_MIN_WIDTH
from readout_viewer.app.panes.ribbons import GUTTER_WIDTH
from readout_viewer.core.status import DEFAULT_PANES

if TYPE_CHECKING:  # the window's protocol
    from readout_viewer.app.protocols import ViewerWindow

WIDE, MEDIUM, COMPACT = "wide", "medium", "compact"
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
# A side dock narrower than this wraps the inspector's sentences every few words (pixels).
SIDE_WIDTH = 250
# Widest a side dock starts (pixels): more only lengthens the inspector's lines past easy reading.
SIDE_MAX = 380
# Widest the documents dock starts when its names ask for more than SIDE_MAX (pixels): at 1920 px with three panes
# it leaves the inspector 344 px; longer names are cut in their middle (the tooltip has them whole).
NAMES_MAX = 480
# Fewest panes an event opens with, even on a screen too narrow for them: a comparison needs two texts.
FEWEST_PANES = 2
# A pane this wide reads a sentence in some two lines at the usual font (pixels): at 1920×1080 three panes beside
# both side docks got ~310 px, half the screen for the texts the app is opened for.
PANE_COMFORT = 420
# Pixels the window spends besides the panes and docks: the central margins, dock separators and frames.
CHROME = 24
# Share of the window's height the docks below the panes start with: at 1280×800 the findings list shows five rows
# and the panes about seventeen lines of text (Ctrl+J gives them all of it, Ctrl+Shift+J the list most of it).
DRAWER_SHARE = 0.34
# Share it starts with beside the side docks (WIDE, MEDIUM: a screen 900 px tall or more): the panes keep 55 % of
# the window's height (at 1920×1080 0.34 left them 52 %); the findings list still shows some seven rows.
SIDE_DRAWER_SHARE = 0.27
# Share it takes when enlarged (View → Enlarge the panels, Ctrl+Shift+J): a list to read, the panes still in sight.
TALL_SHARE = 0.62
# Share of the drawer's width the inspector takes beside the lists.
INSPECTOR_SHARE = 0.36
# A window shorter than this starts with the drawer hidden (logical pixels; Ctrl+J shows it): at 1024×600 its
# share left the panes 8 lines beside a row and a half of findings, at 819×460 (150 % with a raised font) two and
# a half lines beside one row. Neither reads; the texts are what the app is opened for. At 1280×800 (736 px and
# up) the drawer starts shown, as before.
SHORT_HEIGHT = 700
# Lines of the inspector's page it keeps at the least, below its corrections and the line saying what they act on:
# at 819×460 (150 % with a raised font) with the drawer shown, the page's own minimum (70 px) squeezed the third
# row of buttons (Link note…, Undo, Redo) to half its height; the page scrolls, a button cut in half cannot be read.
PAGE_LINES = 2


def panes_width(panes: int) -> int:
    """The width the panes need to stay readable, gutters and margins included."""
    panes = max(1, panes)
    return panes * PANE_MIN_WIDTH + (panes - 1) * GUTTER_WIDTH + CHROME


def panes_fitting(width: int, most: int = DEFAULT_PANES) -> int:
    """How many panes (FEWEST_PANES to `most`) an event opens with in a window `width` pixels wide: as many as
    keep their readable width side by side. At a 1024-px logical width (150 % with a raised font, a netbook) a
    third pane was cut mid-word behind a sideways scroll bar; it stays one click away in a pane's selector."""
    fitting = [n for n in range(FEWEST_PANES, most + 1) if panes_width(n) <= width]
    return max(fitting, default=FEWEST_PANES)


def room_size(window: QWidget) -> QSize:
    """The window's size: the screen's room when it is maximized (or about to be, at a first start)."""
    maximized = window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
    screen = window.screen()
    return screen.availableGeometry().size() if maximized and screen is not None else window.size()


def room(window: QWidget) -> int:
    """The window's width for its panes (room_size)."""
    return room_size(window).width()


def height_room(window: QWidget) -> int:
    """The window's height (room_size)."""
    return room_size(window).height()


def short_screen(height: int) -> bool:
    """Whether a window `height` pixels tall is short: it starts with the drawer (the docks below the panes) hidden
    and shows the compact legend (the marks only, the ribbons' words in its tooltip; at 819×460 the legend took four
    lines, 67 px of 460): its texts need every line."""
    return height < SHORT_HEIGHT


def page_min_height(line_height: int) -> int:
    """The least height of the inspector's page, whose lines are `line_height` pixels tall (PAGE_LINES of them)."""
    return PAGE_LINES * line_height


def opening_panes(window: QWidget) -> int:
    """How many panes a folder opens with in this window (the docks arrange themselves for them before they come)."""
    return panes_fitting(room(window))


def panes_of(window: ViewerWindow) -> int:
    """The panes the window's docks make room for: those shown, or before any those a folder opens with."""
    return len(window.area.panes) or opening_panes(window)  # type: ignore[arg-type]  # a QMainWindow


def pane_width(width: int, panes: int, docks: int) -> int:
    """Each pane's width in a window `width` pixels wide beside `docks` pixels of side docks."""
    panes = max(1, panes)
    return (width - docks - CHROME - (panes - 1) * GUTTER_WIDTH) // panes


def mode_for(width: int, panes: int) -> str:
    """The arrangement for a window `width` pixels wide showing `panes` panes. Both side docks beside the panes
    (the documents at a readable SIDE_MAX) unless that keeps the panes below PANE_COMFORT where one dock alone
    (the two as tabs) would not."""
    room = width - panes_width(panes)
    both = pane_width(width, panes, SIDE_MAX + SIDE_WIDTH) >= PANE_COMFORT
    if room >= 2 * SIDE_WIDTH and (both or pane_width(width, panes, SIDE_MAX) < PANE_COMFORT):
        return WIDE
    if room >= SIDE_WIDTH:
        return MEDIUM
    return COMPACT


def side_spare(width: int, panes: int) -> int:
    """The pixels the side docks share beside the panes (WIDE): what leaves each pane PANE_COMFORT, never less
    than both docks' SIDE_WIDTH nor more than the panes' minimum leaves."""
    room = max(0, width - panes_width(panes))
    return min(room, max(2 * SIDE_WIDTH, room - panes * (PANE_COMFORT - PANE_MIN_WIDTH)))


def arrange(window: QMainWindow, mode: str, sidebar: QDockWidget, inspector: QDockWidget,
            lists: list[QDockWidget], panes: int, names: int = 0, kept: frozenset = frozenset()) -> None:
    """Put the docks where `mode` wants them; `lists` (findings, compare, coverage, problems) are the bottom tabs,
    the first one raised; `names`: the width the documents' names want. A dock the user closed stays closed, one
    they moved (`kept`: dragged elsewhere or floated) stays where they put it."""
    shown = {dock: not dock.isHidden() for dock in (sidebar, inspector, *lists)}
    size = window.size()
    lists = [d for d in lists if d not in kept]
    _corners(window, mode)
    # The lists leave their tab group one at a time, never side by side: their minimum widths would add up and
    # widen the window past the screen. The first is split before the others join it: a dock split off a tab
    # group would only join it as one more tab.
    for dock in [d for d in lists[1:] + [sidebar, inspector] if d not in kept]:
        window.removeDockWidget(dock)
    if lists:
        window.addDockWidget(BOTTOM, lists[0])
    if mode == COMPACT and lists and inspector not in kept:
        window.splitDockWidget(lists[0], inspector, Qt.Orientation.Horizontal)
    for dock in lists[1:] + ([sidebar] if mode == COMPACT and lists and sidebar not in kept else []):
        window.tabifyDockWidget(lists[0], dock)
    if mode == WIDE:
        for dock, area in ((sidebar, LEFT), (inspector, RIGHT)):
            if dock not in kept:
                window.addDockWidget(area, dock)
    elif mode == MEDIUM and inspector not in kept:
        window.addDockWidget(RIGHT, inspector)
        if sidebar not in kept:
            window.tabifyDockWidget(inspector, sidebar)
    for dock, visible in shown.items():
        dock.setVisible(visible)
    if window.size() != size and not window.isMaximized():
        window.resize(size)
    for dock in lists[:1] + [inspector]:
        dock.raise_()
    if lists:
        sizes(window, mode, sidebar, inspector, lists, panes, names)


def _corners(window: QMainWindow, mode: str) -> None:
    """Beside the panes (WIDE, MEDIUM) the side docks run the window's height and the drawer sits under the panes
    only, between them (resized from 1280 to 1920 px, it ran under all three, the side docks squeezed above it);
    in a drawer (COMPACT) the bottom takes the whole width."""
    side = mode != COMPACT
    window.setCorner(Qt.Corner.BottomLeftCorner, LEFT if side else BOTTOM)
    window.setCorner(Qt.Corner.BottomRightCorner, RIGHT if side else BOTTOM)


def side_widths(spare: int, names: int) -> tuple[int, int]:
    """The documents dock's and the inspector's widths beside the panes (WIDE) out of `spare` pixels: each a
    readable share; the documents more when their names ask for it, up to NAMES_MAX, never the inspector's
    SIDE_WIDTH nor the panes' room."""
    each = max(SIDE_WIDTH, min(SIDE_MAX, spare // 2))
    documents = max(each, min(names, NAMES_MAX, spare - SIDE_WIDTH))
    return documents, max(SIDE_WIDTH, min(each, spare - documents))


def sizes(window: QMainWindow, mode: str, sidebar: QDockWidget, inspector: QDockWidget,
          lists: list[QDockWidget], panes: int, names: int = 0) -> None:
    """Starting sizes for the arrangement: side docks at a readable width, the drawer a share of the height."""
    share = DRAWER_SHARE if mode == COMPACT else SIDE_DRAWER_SHARE
    window.resizeDocks([lists[0]], [int(window.height() * share)], Qt.Orientation.Vertical)
    if mode == COMPACT:
        width = window.width()
        window.resizeDocks([lists[0], inspector], [int(width * (1 - INSPECTOR_SHARE)), int(width * INSPECTOR_SHARE)],
                           Qt.Orientation.Horizontal)
        return
    if mode == MEDIUM:
        spare = max(0, window.width() - panes_width(panes))
        window.resizeDocks([inspector], [max(SIDE_WIDTH, min(SIDE_MAX, spare))], Qt.Orientation.Horizontal)
    else:
        widths = side_widths(side_spare(window.width(), panes), names)
        window.resizeDocks([sidebar, inspector], list(widths), Qt.Orientation.Horizontal)


def bring_forward(window: QMainWindow, dock: QDockWidget) -> None:
    """Raise `dock` if it is shown but behind another tab (MEDIUM: the inspector behind the documents, when a claim
    is chosen in a pane: what the user asked to inspect is in front)."""
    if dock.isVisible() and dock.visibleRegion().isEmpty() and window.tabifiedDockWidgets(dock):
        dock.raise_()
