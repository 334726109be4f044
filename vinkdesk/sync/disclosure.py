"""Disclosure control where figures are published: a cell from 1 to k−1 is shown as "<k"; further cells are
hidden ("x") until no hidden cell can be worked out from what is published, totals included.

The table is published with its row and column totals and the grand total. Every published number is a fixed
value; every hidden one an unknown whole number ≥ 0; rows and columns must add up. A hidden cell is safe when,
over all tables that fit, it can take more than one value and is not confined to 1…k−1. Secondary cells are
chosen line by line (a row or column never has exactly one hidden cell), then each hidden cell's range is
checked by linear programming, and another cell is hidden where the check fails."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

PRIMARY, SECONDARY = "primary", "secondary"


@dataclass(frozen=True)
class Protected:
    """The published table: cells, row totals, column totals and the total, as text."""

    cells: list[list[str]]
    row_totals: list[str]
    column_totals: list[str]
    total: str
    hidden: dict[
        tuple[int, int], str
    ]  # (row, column) in the extended grid (totals last) -> primary/secondary


def protect(table: list[list[int]], k: int = 5) -> Protected:
    rows, columns = len(table), len(table[0]) if table else 0
    grid = extended(table)
    hidden: dict[tuple[int, int], str] = {}
    for r in range(rows + 1):
        for c in range(columns + 1):
            if 1 <= grid[r][c] <= k - 1:
                hidden[(r, c)] = PRIMARY
    if hidden:
        while True:
            _complete_lines(grid, hidden)
            unsafe = [cell for cell in hidden if not safe_range(grid, set(hidden), cell, k)]
            if not unsafe:
                break
            added = _hide_beside(grid, hidden, unsafe[0])
            if not added:
                break  # everything in reach is hidden already
    return _publish(grid, hidden, k)


def extended(table: list[list[int]]) -> list[list[int]]:
    """The table with a total column, a total row and the grand total."""
    grid = [list(row) + [sum(row)] for row in table]
    columns = len(grid[0]) if grid else 1
    grid.append([sum(row[c] for row in grid) for c in range(columns)])
    return grid


def feasible_range(
    grid: list[list[int]], hidden: set[tuple[int, int]], cell: tuple[int, int]
) -> tuple[float, float]:
    """The least and greatest value `cell` can take given everything published and that lines add up."""
    variables = sorted(hidden)
    index = {v: i for i, v in enumerate(variables)}
    last_row, last_column = len(grid) - 1, len(grid[0]) - 1
    equations, targets = [], []
    lines = [[(r, c) for c in range(last_column + 1)] for r in range(last_row + 1)]
    lines += [[(r, c) for r in range(last_row + 1)] for c in range(last_column + 1)]
    for line in lines:
        # interior cells of the line sum to its total (the last cell of the line)
        *parts, total = line
        coefficients = np.zeros(len(variables))
        constant = 0.0
        for part in parts:
            if part in index:
                coefficients[index[part]] += 1
            else:
                constant += grid[part[0]][part[1]]
        if total in index:
            coefficients[index[total]] -= 1
        else:
            constant -= grid[total[0]][total[1]]
        if coefficients.any():
            equations.append(coefficients)
            targets.append(-constant)
    objective = np.zeros(len(variables))
    objective[index[cell]] = 1
    bounds = [(0, None)] * len(variables)
    low = linprog(objective, A_eq=np.array(equations), b_eq=np.array(targets), bounds=bounds, method="highs")
    high = linprog(
        -objective, A_eq=np.array(equations), b_eq=np.array(targets), bounds=bounds, method="highs"
    )
    top = float("inf") if high.status == 3 else -high.fun
    return float(low.fun), top


def safe_range(grid: list[list[int]], hidden: set[tuple[int, int]], cell: tuple[int, int], k: int) -> bool:
    low, high = feasible_range(grid, hidden, cell)
    if high - low < 0.5:
        return False  # pinned to one value
    return not (low >= 1 - 1e-9 and high <= k - 1 + 1e-9)  # confined to the small counts


def _lines_of(grid: list[list[int]], cell: tuple[int, int]) -> list[list[tuple[int, int]]]:
    r, c = cell
    return [[(r, j) for j in range(len(grid[0]))], [(i, c) for i in range(len(grid))]]


def _complete_lines(grid: list[list[int]], hidden: dict[tuple[int, int], str]) -> None:
    """No row or column may have exactly one hidden cell: its total would give it away."""
    changed = True
    while changed:
        changed = False
        lines = [[(r, c) for c in range(len(grid[0]))] for r in range(len(grid))]
        lines += [[(r, c) for r in range(len(grid))] for c in range(len(grid[0]))]
        for line in lines:
            if sum(1 for cell in line if cell in hidden) == 1:
                choice = _best_partner(grid, hidden, line)
                if choice is not None:
                    hidden[choice] = SECONDARY
                    changed = True


def _best_partner(
    grid: list[list[int]], hidden: dict[tuple[int, int], str], line: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The cell that hides a secret best: the largest published value, an interior cell before a total."""
    last_row, last_column = len(grid) - 1, len(grid[0]) - 1
    candidates = [cell for cell in line if cell not in hidden]
    if not candidates:
        return None
    return max(
        candidates, key=lambda cell: (cell[0] != last_row and cell[1] != last_column, grid[cell[0]][cell[1]])
    )


def _hide_beside(grid: list[list[int]], hidden: dict[tuple[int, int], str], cell: tuple[int, int]) -> bool:
    for line in _lines_of(grid, cell):
        choice = _best_partner(grid, hidden, line)
        if choice is not None:
            hidden[choice] = SECONDARY
            return True
    return False


def _publish(grid: list[list[int]], hidden: dict[tuple[int, int], str], k: int) -> Protected:
    def show(r: int, c: int) -> str:
        kind = hidden.get((r, c))
        if kind == PRIMARY:
            return f"<{k}"
        if kind == SECONDARY:
            return "x"
        return str(grid[r][c])

    last_row, last_column = len(grid) - 1, len(grid[0]) - 1
    return Protected(
        cells=[[show(r, c) for c in range(last_column)] for r in range(last_row)],
        row_totals=[show(r, last_column) for r in range(last_row)],
        column_totals=[show(last_row, c) for c in range(last_column)],
        total=show(last_row, last_column),
        hidden=dict(hidden),
    )
