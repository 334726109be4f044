"""The assessment definitions are package data read through importlib.resources, so they load wherever the
package does: from the source tree, an installed wheel (`make wheel-check`) or a zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import vinkdesk
from vinkdesk.assessment import DefinitionError, shipped_definitions
from vinkdesk.assessment.registry import RESOURCES, DefinitionRegistry


def test_the_shipped_definitions_live_inside_the_package() -> None:
    package = Path(vinkdesk.__file__).resolve().parent
    assert Path(str(RESOURCES)).resolve() == package / "assessment" / "definitions"
    registry = shipped_definitions()
    assert registry.versions() == [1, 2] and registry.latest().version == 2


def test_definitions_load_from_a_zip_as_from_a_folder(tmp_path: Path) -> None:
    archive = tmp_path / "packaged.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for entry in RESOURCES.iterdir():
            zf.writestr(f"definitions/{entry.name}", entry.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        zipped = DefinitionRegistry(zipfile.Path(zf, "definitions/"))
        shipped = shipped_definitions()
        for version in (1, 2):
            assert zipped.get("prevention-triangle", version) == shipped.get("prevention-triangle", version)


def test_definitions_left_out_are_an_error_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "definitions"
    missing = r"definitions: \$: the folder of assessment definitions is missing"
    with pytest.raises(DefinitionError, match=missing):
        DefinitionRegistry(folder)
    folder.mkdir()
    with pytest.raises(DefinitionError, match=r"definitions: \$: the folder holds no assessment definitions"):
        DefinitionRegistry(folder)
    archive = tmp_path / "without.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("other.txt", "")
    with zipfile.ZipFile(archive) as zf, pytest.raises(DefinitionError, match="holds no assessment"):
        DefinitionRegistry(zipfile.Path(zf, "definitions/"))
