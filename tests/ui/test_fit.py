"""What a screenshot review at 1280x800 in Russian and Kazakh found: axis ticks at whole numbers,
no dead end in the letter dialog, values and headers that fit the narrow panel, dialogs
without gaps, names that are never cut, and texts that say what is true.

Given/when/then in each test, on a real register, offscreen.
"""

from __future__ import annotations

import pytest

from tests.builders import add_request

pytestmark = pytest.mark.gui


# ------------------------------------------------------------------------- dashboard
def test_the_dashboards_count_axis_has_its_ticks_at_whole_numbers(register, qtbot):
    from app.ui.dashboard import Dashboard

    # Given twelve requests in one month (the axis once read 0, 1, 3, 5, 7, ... at steps of
    # 1.86, each label printed rounded down at the wrong height)
    for _ in range(12):
        add_request(register)
    board = Dashboard(register)
    qtbot.addWidget(board)
    # Then every tick of the count axis sits at a whole number, and the highest bar fits
    [y] = [a for a in board.chart.axes() if a.orientation().name == "Vertical"]
    step = (y.max() - y.min()) / (y.tickCount() - 1)
    ticks = [y.min() + i * step for i in range(y.tickCount())]
    assert all(t == int(t) for t in ticks), ticks
    assert y.min() == 0 and y.max() > 12 and y.tickCount() <= 9


@pytest.mark.parametrize("top", [0, 1, 5, 7, 8, 12, 40, 99, 150, 1976])
def test_a_count_axis_steps_by_one_two_or_five(top):
    from app.ui.dashboard import integer_ticks

    step, steps = integer_ticks(top)
    assert str(step).strip("0") in ("1", "2", "5")
    assert top < step * steps and steps <= 8
