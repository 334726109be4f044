"""Disclosure control, audited from the outside: for random tables, every hidden figure's feasible range is
worked out by linear programming from what is published (cells, row and column totals, grand total), and it
never narrows to one value nor to a range inside 1…k−1. The CSV carries the same figures as the PDF."""

from __future__ import annotations

import io

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from scipy.optimize import linprog

from vinkdesk.domain import AnnualFigures
from vinkdesk.reports.annual import annual_report
from vinkdesk.sync.disclosure import protect
from vinkdesk.sync.publish import _published, to_csv

K = 5


def published_grid(table: list[list[int]]) -> tuple[list[list[int]], list[list[str]]]:
    """The true extended grid (totals last) and what is shown for it."""
    protected = protect(table, K)
    truth = [row + [sum(row)] for row in table]
    truth.append([sum(col) for col in zip(*truth, strict=True)])
    shown = [list(r) + [t] for r, t in zip(protected.cells, protected.row_totals, strict=True)]
    shown.append(list(protected.column_totals) + [protected.total])
    return truth, shown


def attacker_ranges(shown: list[list[str]]) -> dict[tuple[int, int], tuple[float, float]]:
    """What someone holding only the published table can tell about each hidden figure."""
    rows, columns = len(shown), len(shown[0])
    unknown = [(r, c) for r in range(rows) for c in range(columns) if not shown[r][c].isdigit()]
    if not unknown:
        return {}
    index = {cell: i for i, cell in enumerate(unknown)}
    a_eq, b_eq = [], []
    for line in [[(r, c) for c in range(columns)] for r in range(rows)] + [
        [(r, c) for r in range(rows)] for c in range(columns)
    ]:
        coefficients = np.zeros(len(unknown))
        value = 0.0
        for position, cell in enumerate(line):
            sign = -1.0 if position == len(line) - 1 else 1.0  # parts minus the line's total = 0
            if cell in index:
                coefficients[index[cell]] += sign
            else:
                value -= sign * int(shown[cell[0]][cell[1]])
        a_eq.append(coefficients)
        b_eq.append(value)
    ranges = {}
    for cell, i in index.items():
        c = np.zeros(len(unknown))
        c[i] = 1
        low = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * len(unknown), method="highs")
        high = linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * len(unknown), method="highs")
        assert low.status == 0, "the published table must be consistent"
        ranges[cell] = (low.fun, float("inf") if high.status == 3 else -high.fun)
    return ranges


tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 6).flatmap(
        lambda columns: st.lists(
            st.lists(st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=columns, max_size=columns),
            min_size=rows,
            max_size=rows,
        )
    )
)


@given(tables)
@settings(max_examples=250, deadline=None)
def test_no_hidden_figure_can_be_worked_out(table: list[list[int]]) -> None:
    truth, shown = published_grid(table)
    for r, row in enumerate(shown):
        for c, value in enumerate(row):
            if value.isdigit():
                assert int(value) == truth[r][c]  # what is published is true
                assert not 1 <= int(value) <= K - 1  # and never a small count
            else:
                assert value in (f"<{K}", "x")
                assert value != f"<{K}" or 1 <= truth[r][c] <= K - 1
    for (r, c), (low, high) in attacker_ranges(shown).items():
        assert high - low >= 1 - 1e-6, f"cell {(r, c)} is pinned to {low}"
        assert low < 1 - 1e-6 or high > K - 1 + 1e-6, f"cell {(r, c)} is confined to {low}..{high}"
        assert low - 1e-6 <= truth[r][c] <= high + 1e-6


def test_a_single_small_cell_needs_partners() -> None:
    truth, shown = published_grid([[10, 3, 20], [30, 40, 50]])
    assert shown[0][1] == "<5"
    hidden = sum(1 for row in shown for value in row if not value.isdigit())
    assert hidden >= 4  # a rectangle at least


def test_the_csv_and_the_pdf_publish_the_same_figures() -> None:
    table = _published(
        "district",
        ("green", "yellow", "red", "unassessed"),
        ("indre-by", "oesterbro", "noerrebro", "valby"),
        [[12, 3, 40, 0], [7, 9, 1, 22], [0, 0, 14, 8], [5, 6, 7, 2]],
        K,
    )
    figures = AnnualFigures(2026, K, (table,), 3, 12, (("tampered: the signature does not match", 1),))
    csv_text = to_csv(figures)
    pdf_text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(annual_report(figures))).pages)
    for r, row in enumerate(table.cells):
        for c, value in enumerate(row):
            assert f"district,{table.row_keys[r]},{table.column_keys[c]},{value}" in csv_text
    assert "<5" in pdf_text and "<5" in csv_text
    assert csv_text.count("<5") == sum(v == "<5" for row in table.cells for v in row) + sum(
        v == "<5" for v in (*table.row_totals, *table.column_totals, table.total)
    )
    assert "tampered" in pdf_text and "ANONYMISERET" in pdf_text and "Diskretionsregel" in pdf_text
