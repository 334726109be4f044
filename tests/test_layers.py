"""The design's import rules: only vinkdesk/ui imports PySide6; domain and assessment stay pure."""

from __future__ import annotations

import ast
from pathlib import Path

import vinkdesk

PACKAGE = Path(vinkdesk.__file__).parent


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 10, "the walk must see the package's modules"
    return found


def test_only_the_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules()
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imports_of(path))
    ]
    assert offenders == []


def test_ui_does_import_pyside6_so_the_walk_sees_imports() -> None:
    ui_imports = set().union(*(imports_of(p) for p in (PACKAGE / "ui").rglob("*.py")))
    assert any(name.startswith("PySide6") for name in ui_imports)


def test_domain_imports_nothing_of_the_project_and_assessment_only_domain() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        project = {n for n in imports_of(path) if n.startswith("vinkdesk")}
        assert all(n.startswith("vinkdesk.domain") for n in project), (path, project)
    for path in (PACKAGE / "assessment").rglob("*.py"):
        project = {n for n in imports_of(path) if n.startswith("vinkdesk")}
        assert all(n.startswith(("vinkdesk.domain", "vinkdesk.assessment")) for n in project), (path, project)


def test_importing_the_core_does_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vinkdesk.cli, vinkdesk.session, vinkdesk.vault, vinkdesk.demo; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_only_the_session_and_the_vault_touch_the_connection() -> None:
    """One thread at a time on the connection is the Session's lock; code outside vinkdesk/session and
    vinkdesk/vault that reached `_vault`, `_db` or a vault's `connection` would go around it."""
    touched = {"_vault", "_db", "connection", "_conn"}
    offenders = []
    for path in modules():
        inside = path.relative_to(PACKAGE).parts[0] in ("session", "vault")
        if inside:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in touched:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.attr}")
    assert offenders == []
