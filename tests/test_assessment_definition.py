"""The definition validator: each kind of broken file gives its own message naming the file and the path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vinkdesk.assessment import DefinitionError, load_definition
from vinkdesk.assessment.registry import RESOURCES, DefinitionRegistry
from vinkdesk.domain import Level

SHIPPED = json.loads((RESOURCES / "prevention-triangle.v1.json").read_text(encoding="utf-8"))


def broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    doc = copy.deepcopy(SHIPPED)
    change(doc)
    path = tmp_path / "prevention-triangle.v1.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def step(doc: dict[str, Any], step_id: str) -> dict[str, Any]:
    return next(s for s in doc["steps"] if s["id"] == step_id)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "unknown key",
        lambda d: step(d, "intent")["indicators"][0].update(colour="red"),
        r"\$\.steps\[2\]\.indicators\[0\]\.colour: unknown key",
    ),
    (
        "missing translation",
        lambda d: step(d, "engagement")["title"].pop("en"),
        r"\$\.steps\[1\]\.title\.en: missing translation",
    ),
    (
        "empty translation",
        lambda d: d["guidance"]["red"]["actions"][0]["title"].update(da=" "),
        r"\$\.guidance\.red\.actions\[0\]\.title\.da: missing translation",
    ),
    (
        "duplicate indicator id",
        lambda d: step(d, "protective")["indicators"][0].update(id="leakage"),
        r"\$\.steps\[4\]\.indicators\[0\]\.id: duplicate id 'leakage' "
        r"\(first at \$\.steps\[3\]\.indicators\[9\]\.id\)",
    ),
    (
        "duplicate rule id",
        lambda d: d["rules"][1].update(id=d["rules"][0]["id"]),
        r"\$\.rules\[1\]\.id: duplicate id 'warning-present'",
    ),
    (
        "rule naming an unknown indicator",
        lambda d: d["rules"].insert(
            0,
            {
                "id": "x",
                "level": "red",
                "reason": d["rules"][0]["reason"],
                "when": {"count_at_least": 1, "indicators": ["weapons"], "rating": "present"},
            },
        ),
        r"\$\.rules\[0\]\.when\.indicators\[0\]: unknown indicator 'weapons'",
    ),
    (
        "rule naming an unknown tag",
        lambda d: d["rules"][0]["when"].update(tag="danger"),
        r"\$\.rules\[0\]\.when\.tag: unknown tag 'danger'",
    ),
    (
        "rule after the fallback",
        lambda d: d["rules"].append(copy.deepcopy(d["rules"][0]) | {"id": "late"}),
        r"\$\.rules\[7\]: unreachable: it comes after the fallback rule 'general-prevention'",
    ),
    (
        "rule asking for more indicators than exist",
        lambda d: d["rules"][0]["when"].update(count_at_least=40),
        r"\$\.rules\[0\]\.when: unreachable: needs 40 indicators tagged 'warning', only 9 exist",
    ),
    ("no fallback rule", lambda d: d["rules"].pop(), r"\$\.rules: has no fallback rule"),
    (
        "bad level",
        lambda d: d["rules"][0].update(level="orange"),
        r"\$\.rules\[0\]\.level: must be 'green', 'yellow' or 'red'",
    ),
    (
        "bad rating in a rule",
        lambda d: d["rules"][0]["when"].update(rating=["maybe"]),
        r"\$\.rules\[0\]\.when\.rating: ratings are",
    ),
    (
        "guidance for a level missing",
        lambda d: d["guidance"].pop("yellow"),
        r"\$\.guidance\.yellow: is missing",
    ),
    (
        "an action without its horizon",
        lambda d: d["guidance"]["yellow"]["actions"][3].pop("horizon_days"),
        r"\$\.guidance\.yellow\.actions\[3\]\.horizon_days: is missing",
    ),
    (
        "a negative horizon",
        lambda d: d["guidance"]["red"]["actions"][0].update(horizon_days=-1),
        r"\$\.guidance\.red\.actions\[0\]\.horizon_days: must be a whole number of days from 0",
    ),
    (
        "an absurd horizon",
        lambda d: d["guidance"]["green"]["actions"][2].update(horizon_days=4000),
        r"\$\.guidance\.green\.actions\[2\]\.horizon_days: must be a whole number of days from 0 \(the",
    ),
    (
        "a horizon that is not a whole number",
        lambda d: d["guidance"]["green"]["actions"][0].update(horizon_days="14"),
        r"\$\.guidance\.green\.actions\[0\]\.horizon_days: must be a whole number of days from 0 \(the same",
    ),
    (
        "a future format",
        lambda d: d.update(format="vinkdesk.assessment/3"),
        r"\$\.format: is 'vinkdesk\.assessment/3'",
    ),
    (
        "format 1 with a later key",
        lambda d: d.update(unknown_note=d["gaps"]["message"]),
        r"\$\.unknown_note: unknown key",
    ),
    (
        "format 2 without its undetermined rule",
        lambda d: d.update(format="vinkdesk.assessment/2", unknown_note=d["gaps"]["message"]),
        r"\$\.undetermined: is missing",
    ),
    (
        "undetermined naming an unknown tag",
        lambda d: d.update(
            format="vinkdesk.assessment/2",
            unknown_note=d["gaps"]["message"],
            undetermined={
                "key_tags": ["warning", "danger"],
                "min_unknown": 3,
                "message": d["gaps"]["message"],
            },
        ),
        r"\$\.undetermined\.key_tags\[1\]: unknown tag 'danger'",
    ),
    (
        "undetermined with no threshold",
        lambda d: d.update(
            format="vinkdesk.assessment/2",
            unknown_note=d["gaps"]["message"],
            undetermined={"key_tags": ["warning"], "min_unknown": 0, "message": d["gaps"]["message"]},
        ),
        r"\$\.undetermined\.min_unknown: must be a whole number from 1",
    ),
]


@pytest.mark.parametrize(("kind", "change", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_file_gives_its_own_message(tmp_path: Path, kind: str, change, message: str) -> None:  # type: ignore[no-untyped-def]
    path = broken(tmp_path, change)
    with pytest.raises(DefinitionError, match=message) as caught:
        load_definition(path)
    assert str(caught.value).startswith(str(path) + ": $")


def test_messages_are_distinct() -> None:
    assert len({c[2] for c in CASES}) == len(CASES)


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.v1.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"x\.v1\.json: \$: is not valid JSON \(line 1"):
        load_definition(path)
    with pytest.raises(DefinitionError, match="cannot be read"):
        load_definition(tmp_path / "missing.v1.json")


def test_every_recommended_action_has_the_horizon_its_title_promises() -> None:
    """The default due date of a ticked action: what its title says ("within 2 weeks", "in 4–6 weeks"), the
    same day for what must happen today, and no action left without one."""
    for version in (1, 2):
        definition = DefinitionRegistry(RESOURCES).get("prevention-triangle", version)
        horizons = {
            (level.value, a.id): a.horizon_days
            for level, guidance in definition.guidance.items()
            for a in guidance.actions
        }
        assert horizons[("green", "follow-up")] == 35  # 4–6 weeks
        assert horizons[("yellow", "reassess")] == 42  # 4–8 weeks
        assert all(0 <= days <= 42 for days in horizons.values())
        assert all(days <= 14 for (level, _), days in horizons.items() if level == "red")
    v1 = DefinitionRegistry(RESOURCES).get("prevention-triangle", 1)
    assert {a.id: a.horizon_days for a in v1.guidance[Level.RED].actions}["reassess-soon"] == 14
    v2 = DefinitionRegistry(RESOURCES).get("prevention-triangle", 2)
    red = {a.id: a.horizon_days for a in v2.guidance[Level.RED].actions}
    assert red["acute-danger"] == 0 and red["infohus"] == 0  # "at once", "today"
    assert red["police-referral"] == 1


def test_the_danish_of_version_1_has_its_commas() -> None:
    v1 = DefinitionRegistry(RESOURCES).get("prevention-triangle", 1)
    labels = {i.id: i.label.da for i in v1.indicators()}
    assert labels["justifies_offending"] == "Holdninger, der retfærdiggør lovbrud"
    assert v1.indicator("justifies_offending").help.da.startswith("Mener, at")
    assert labels["harmful_means"] == "Accepterer skadelige midler"
    assert labels["knowledge_skills"] == "Viden eller færdigheder, der kan bruges til skade"


def test_registry_checks_that_the_file_name_matches_the_content(tmp_path: Path) -> None:
    (tmp_path / "prevention-triangle.v3.json").write_text(json.dumps(SHIPPED), encoding="utf-8")
    with pytest.raises(DefinitionError, match="file name says otherwise"):
        DefinitionRegistry(tmp_path)
