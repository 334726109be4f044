"""Every definition version in a folder (`<id>.v<version>.json`), so that an assessment made under an older
version still opens with the questions it was made with. The shipped ones are package data
(`vinkdesk/assessment/definitions/`), read through importlib.resources so an installed wheel finds them."""

from __future__ import annotations

import re
from importlib.resources import files
from importlib.resources.abc import Traversable

from vinkdesk.assessment.definition import Definition, DefinitionError, load_definition

_NAME = re.compile(r"^(?P<id>[A-Za-z0-9_-]+)\.v(?P<version>\d+)\.json$")
RESOURCES: Traversable = files("vinkdesk.assessment") / "definitions"
DEFAULT_ID = "prevention-triangle"


class DefinitionRegistry:
    def __init__(self, folder: Traversable) -> None:
        self.folder = folder
        self._definitions: dict[tuple[str, int], Definition] = {}
        if not folder.is_dir():
            raise DefinitionError(str(folder), "$", "the folder of assessment definitions is missing")
        for path in sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name):
            match = _NAME.match(path.name)
            if not match:
                raise DefinitionError(str(path), "$", "file name must be <id>.v<version>.json")
            definition = load_definition(path)
            if (definition.id, definition.version) != (match["id"], int(match["version"])):
                raise DefinitionError(
                    str(path),
                    "$.id",
                    f"says {definition.id} v{definition.version}, but the file name says otherwise",
                )
            self._definitions[(definition.id, definition.version)] = definition
        if not self._definitions:
            # A folder inside a zip "exists" whenever it is asked for; empty is as wrong as missing.
            raise DefinitionError(str(folder), "$", "the folder holds no assessment definitions")

    def get(self, definition_id: str, version: int) -> Definition:
        try:
            return self._definitions[(definition_id, version)]
        except KeyError:
            raise DefinitionError(
                str(self.folder),
                "$",
                f"no definition {definition_id} v{version}; it is needed to read an assessment made with it",
            ) from None

    def latest(self, definition_id: str = DEFAULT_ID) -> Definition:
        versions = [v for (i, v) in self._definitions if i == definition_id]
        if not versions:
            raise DefinitionError(str(self.folder), "$", f"no definition {definition_id}")
        return self._definitions[(definition_id, max(versions))]

    def versions(self, definition_id: str = DEFAULT_ID) -> list[int]:
        return sorted(v for (i, v) in self._definitions if i == definition_id)


def shipped_definitions() -> DefinitionRegistry:
    return DefinitionRegistry(RESOURCES)
