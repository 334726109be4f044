"""The assessment definition: steps, indicators, rules and guidance, read from a versioned JSON file by one
validator whose every error names the file and the JSON path."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from vinkdesk.domain import Level

FORMAT = "vinkdesk.assessment/2"
FORMATS = ("vinkdesk.assessment/1", FORMAT)  # /2 adds `undetermined` and `unknown_note`
LANGUAGES = ("da", "en")


class DefinitionError(ValueError):
    """A definition file that cannot be used; the message names the file and the JSON path."""

    def __init__(self, source: str, path: str, problem: str) -> None:
        super().__init__(f"{source}: {path}: {problem}")
        self.source = source
        self.path = path
        self.problem = problem


class Rating(StrEnum):
    ABSENT = "absent"
    PARTLY = "partly"
    PRESENT = "present"
    UNKNOWN = "unknown"


# How strongly a rating says "this factor is there"; unknown is outside the order on purpose.
RATING_ORDER = {Rating.ABSENT: 0, Rating.PARTLY: 1, Rating.PRESENT: 2}


@dataclass(frozen=True)
class Text:
    da: str
    en: str

    def __call__(self, language: str) -> str:
        return self.da if language == "da" else self.en

    def format(self, **values: str) -> Text:
        return Text(self.da.format(**values), self.en.format(**values))


RATING_NAMES = {
    Rating.ABSENT: Text("Ikke til stede", "Absent"),
    Rating.PARTLY: Text("Delvist til stede", "Partly"),
    Rating.PRESENT: Text("Til stede", "Present"),
    Rating.UNKNOWN: Text("Ukendt", "Unknown"),
}


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # choice | text | number
    label: Text
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    label: Text
    help: Text
    tags: tuple[str, ...]
    step_id: str


@dataclass(frozen=True)
class Step:
    id: str
    kind: str  # context | indicators | summary
    title: Text
    intro: Text
    questions: tuple[Question, ...] = ()
    indicators: tuple[Indicator, ...] = ()


# --- conditions ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Always:
    pass


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


@dataclass(frozen=True)
class CountAtLeast:
    """At least `count` of the chosen indicators (by tag or by id) have a rating in `ratings`."""

    count: int
    ratings: frozenset[Rating]
    tag: str | None = None
    indicator_ids: tuple[str, ...] = ()


Condition = Always | AnyOf | AllOf | Not | CountAtLeast


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    when: Condition
    reason: Text


# The longest a recommended action may be put off: a default horizon beyond a year is a typing error.
MAX_HORIZON_DAYS = 365


@dataclass(frozen=True)
class RecommendedAction:
    """An action the guidance of a level recommends; ticked in the wizard it goes into the action plan, due
    `horizon_days` after the assessment (0: the same day)."""

    id: str
    title: Text
    horizon_days: int


@dataclass(frozen=True)
class Guidance:
    advice: Text
    actions: tuple[RecommendedAction, ...]


@dataclass(frozen=True)
class Prompt:
    levels: frozenset[Level]
    text: Text
    under_age: int | None = None
    receipt_weekdays: int | None = None


@dataclass(frozen=True)
class GapRule:
    min_unknown: int
    min_fraction: float
    message: Text


@dataclass(frozen=True)
class UndeterminedRule:
    """When so many key indicators (those with `key_tags`, most critical tag first) are unknown that a
    suggestion below red cannot be read as an all-clear."""

    key_tags: tuple[str, ...]
    min_unknown: int
    message: Text


@dataclass(frozen=True)
class LegalBasis:
    """A legal basis for sharing information about a case with another agency; `needs_text`: the counsellor
    writes the basis out ("other")."""

    id: str
    title: Text
    help: Text
    needs_text: bool


REVIEW_KEYS = ("green", "yellow", "red", "unassessed")
MAX_REVIEW_WEEKS = 52


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    title: Text
    sources: tuple[Option, ...]
    steps: tuple[Step, ...]
    rules: tuple[Rule, ...]
    gaps: GapRule
    guidance: Mapping[Level, Guidance]
    prompts: Mapping[str, Prompt]
    undetermined: UndeterminedRule | None = None  # format /2
    unknown_note: Text | None = None  # format /2: said beside a suggestion below red when items are unknown
    # Weeks from an assessment (or the opening) to a case's next review, by level ("unassessed" too).
    review_weeks: Mapping[str, int] | None = None
    legal_bases: tuple[LegalBasis, ...] = ()  # for sharing information with another agency

    def legal_basis(self, basis_id: str) -> LegalBasis | None:
        return next((b for b in self.legal_bases if b.id == basis_id), None)

    def indicators(self) -> Iterator[Indicator]:
        """Every rated indicator, in the order of the steps."""
        for step in self.steps:
            yield from step.indicators

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators():
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)

    def questions(self) -> Iterator[Question]:
        for step in self.steps:
            yield from step.questions

    def tags(self) -> set[str]:
        return {tag for indicator in self.indicators() for tag in indicator.tags}

    def with_tag(self, tag: str) -> list[Indicator]:
        return [indicator for indicator in self.indicators() if tag in indicator.tags]

    def source(self, source_id: str) -> Option | None:
        return next((s for s in self.sources if s.id == source_id), None)


# --- loading and validating ---------------------------------------------------------------------------------


def load_definition(path: str | Path | Traversable) -> Definition:
    """Read and validate one definition file: a path, or a resource of the package (`shipped_definitions`)."""
    if isinstance(path, str):
        path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(str(path), "$", f"cannot be read ({exc.strerror or exc})") from None
    return parse_definition(text, str(path))


def parse_definition(text: str, source: str = "<definition>") -> Definition:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            source, "$", f"is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    return _Parser(source).definition(doc)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.ids: dict[str, str] = {}  # every indicator and question id -> where it was first defined

    def fail(self, path: str, problem: str) -> DefinitionError:
        return DefinitionError(self.source, path, problem)

    def obj(
        self, value: Any, path: str, required: set[str], optional: frozenset[str] | set[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "must be an object")
        for key in value:
            if key not in required and key not in optional:
                raise self.fail(f"{path}.{key}", "unknown key")
        for key in sorted(required):
            if key not in value:
                raise self.fail(f"{path}.{key}", "is missing")
        return value

    def text(self, value: Any, path: str) -> Text:
        doc = self.obj(value, path, set(), set(LANGUAGES))
        for language in LANGUAGES:
            if not isinstance(doc.get(language), str) or not doc[language].strip():
                raise self.fail(f"{path}.{language}", "missing translation")
        return Text(doc["da"], doc["en"])

    def ident(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value or not all(c.isalnum() or c in "_-" for c in value):
            raise self.fail(path, "must be an id of letters, digits, '-' and '_'")
        return value

    def unique(self, seen: dict[str, str], value: str, path: str) -> None:
        if value in seen:
            raise self.fail(path, f"duplicate id '{value}' (first at {seen[value]})")
        seen[value] = path

    def items(self, value: Any, path: str, allow_empty: bool = False) -> list[Any]:
        if not isinstance(value, list) or (not value and not allow_empty):
            raise self.fail(path, "must be a non-empty list")
        return value

    def definition(self, value: Any) -> Definition:
        fmt = value.get("format") if isinstance(value, dict) else None
        if fmt not in FORMATS:
            raise self.fail("$.format", f"is {fmt!r}, this vinkdesk reads {' or '.join(map(repr, FORMATS))}")
        later = {"undetermined", "unknown_note"} if fmt == FORMAT else set()
        doc = self.obj(
            value,
            "$",
            {"format", "id", "version", "title", "sources", "steps", "rules", "gaps", "guidance", "prompts"}
            | later,
            {"review_weeks", "legal_bases"},
        )
        if not isinstance(doc["version"], int) or isinstance(doc["version"], bool) or doc["version"] < 1:
            raise self.fail("$.version", "must be a whole number from 1")
        sources: list[Option] = []
        seen_sources: dict[str, str] = {}
        for i, item in enumerate(self.items(doc["sources"], "$.sources")):
            where = f"$.sources[{i}]"
            option = self.option(item, where)
            self.unique(seen_sources, option.id, where + ".id")
            sources.append(option)
        steps: list[Step] = []
        seen_steps: dict[str, str] = {}
        for i, item in enumerate(self.items(doc["steps"], "$.steps")):
            step = self.step(item, f"$.steps[{i}]")
            self.unique(seen_steps, step.id, f"$.steps[{i}].id")
            steps.append(step)
        if not any(step.indicators for step in steps):
            raise self.fail("$.steps", "has no indicators to rate")
        if steps[-1].kind != "summary":
            raise self.fail("$.steps", "must end with a summary step")
        indicators = [ind for step in steps for ind in step.indicators]
        tags = {tag for ind in indicators for tag in ind.tags}
        rules = self.rules(doc["rules"], {ind.id for ind in indicators}, tags, indicators)
        gaps_doc = self.obj(doc["gaps"], "$.gaps", {"min_unknown", "min_fraction", "message"})
        if not isinstance(gaps_doc["min_unknown"], int) or gaps_doc["min_unknown"] < 1:
            raise self.fail("$.gaps.min_unknown", "must be a whole number from 1")
        if not isinstance(gaps_doc["min_fraction"], int | float) or not 0 < gaps_doc["min_fraction"] <= 1:
            raise self.fail("$.gaps.min_fraction", "must be a fraction above 0 and at most 1")
        gaps = GapRule(
            gaps_doc["min_unknown"],
            float(gaps_doc["min_fraction"]),
            self.text(gaps_doc["message"], "$.gaps.message"),
        )
        guidance = self.guidance(doc["guidance"])
        prompts = self.prompts(doc["prompts"])
        undetermined = self.undetermined(doc["undetermined"], tags) if "undetermined" in doc else None
        unknown_note = self.text(doc["unknown_note"], "$.unknown_note") if "unknown_note" in doc else None
        return Definition(
            id=self.ident(doc["id"], "$.id"),
            version=doc["version"],
            title=self.text(doc["title"], "$.title"),
            sources=tuple(sources),
            steps=tuple(steps),
            rules=rules,
            gaps=gaps,
            guidance=guidance,
            prompts=prompts,
            undetermined=undetermined,
            unknown_note=unknown_note,
            review_weeks=self.review_weeks(doc["review_weeks"]) if "review_weeks" in doc else None,
            legal_bases=self.legal_bases(doc["legal_bases"]) if "legal_bases" in doc else (),
        )

    def review_weeks(self, value: Any) -> dict[str, int]:
        doc = self.obj(value, "$.review_weeks", set(REVIEW_KEYS))
        for key in REVIEW_KEYS:
            weeks = doc[key]
            if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_REVIEW_WEEKS:
                raise self.fail(
                    f"$.review_weeks.{key}", f"must be a whole number of weeks from 1 to {MAX_REVIEW_WEEKS}"
                )
        return {key: doc[key] for key in REVIEW_KEYS}

    def legal_bases(self, value: Any) -> tuple[LegalBasis, ...]:
        bases: list[LegalBasis] = []
        seen: dict[str, str] = {}
        for i, item in enumerate(self.items(value, "$.legal_bases")):
            path = f"$.legal_bases[{i}]"
            doc = self.obj(item, path, {"id", "title", "help", "needs_text"})
            basis_id = self.ident(doc["id"], path + ".id")
            self.unique(seen, basis_id, path + ".id")
            if not isinstance(doc["needs_text"], bool):
                raise self.fail(path + ".needs_text", "must be true or false")
            bases.append(
                LegalBasis(
                    basis_id,
                    self.text(doc["title"], path + ".title"),
                    self.text(doc["help"], path + ".help"),
                    doc["needs_text"],
                )
            )
        if "other" not in seen or not bases[[b.id for b in bases].index("other")].needs_text:
            raise self.fail("$.legal_bases", "must offer 'other' with needs_text true (a basis written out)")
        return tuple(bases)

    def undetermined(self, value: Any, tags: set[str]) -> UndeterminedRule:
        path = "$.undetermined"
        doc = self.obj(value, path, {"key_tags", "min_unknown", "message"})
        key_tags = self.items(doc["key_tags"], path + ".key_tags")
        for i, tag in enumerate(key_tags):
            if tag not in tags:
                raise self.fail(f"{path}.key_tags[{i}]", f"unknown tag {tag!r}")
        if len(set(key_tags)) != len(key_tags):
            raise self.fail(path + ".key_tags", "names a tag twice")
        count = doc["min_unknown"]
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise self.fail(path + ".min_unknown", "must be a whole number from 1")
        return UndeterminedRule(tuple(key_tags), count, self.text(doc["message"], path + ".message"))

    def option(self, value: Any, path: str) -> Option:
        doc = self.obj(value, path, {"id", "label"})
        return Option(self.ident(doc["id"], path + ".id"), self.text(doc["label"], path + ".label"))

    def step(self, value: Any, path: str) -> Step:
        kind = value.get("kind") if isinstance(value, dict) else None
        fields = {"context": {"questions"}, "indicators": {"indicators"}, "summary": set()}
        if kind not in fields:
            raise self.fail(path + ".kind", "must be 'context', 'indicators' or 'summary'")
        doc = self.obj(value, path, {"id", "kind", "title", "intro"} | fields[kind])
        step_id = self.ident(doc["id"], path + ".id")
        questions, indicators = [], []
        if kind == "context":
            for i, item in enumerate(self.items(doc["questions"], path + ".questions")):
                questions.append(self.question(item, f"{path}.questions[{i}]"))
        if kind == "indicators":
            for i, item in enumerate(self.items(doc["indicators"], path + ".indicators")):
                indicators.append(self.indicator(item, f"{path}.indicators[{i}]", step_id))
        return Step(
            step_id,
            kind,
            self.text(doc["title"], path + ".title"),
            self.text(doc["intro"], path + ".intro"),
            tuple(questions),
            tuple(indicators),
        )

    def question(self, value: Any, path: str) -> Question:
        kind = value.get("kind") if isinstance(value, dict) else None
        extra = {"choice": {"options"}, "text": set(), "number": {"min", "max"}}
        if kind not in extra:
            raise self.fail(path + ".kind", "must be 'choice', 'text' or 'number'")
        doc = self.obj(value, path, {"id", "kind", "label"} | extra[kind])
        question_id = self.ident(doc["id"], path + ".id")
        self.unique(self.ids, question_id, path + ".id")
        options: list[Option] = []
        if kind == "choice":
            seen: dict[str, str] = {}
            for i, item in enumerate(self.items(doc["options"], path + ".options")):
                option = self.option(item, f"{path}.options[{i}]")
                self.unique(seen, option.id, f"{path}.options[{i}].id")
                options.append(option)
        if kind == "number" and not (
            isinstance(doc["min"], int) and isinstance(doc["max"], int) and doc["min"] < doc["max"]
        ):
            raise self.fail(path, "needs whole numbers min < max")
        return Question(
            question_id,
            kind,
            self.text(doc["label"], path + ".label"),
            tuple(options),
            doc.get("min"),
            doc.get("max"),
        )

    def indicator(self, value: Any, path: str, step_id: str) -> Indicator:
        doc = self.obj(value, path, {"id", "label", "tags"}, {"help"})
        indicator_id = self.ident(doc["id"], path + ".id")
        self.unique(self.ids, indicator_id, path + ".id")
        tags = self.items(doc["tags"], path + ".tags")
        for i, tag in enumerate(tags):
            self.ident(tag, f"{path}.tags[{i}]")
        help_text = self.text(doc["help"], path + ".help") if "help" in doc else Text("", "")
        return Indicator(
            indicator_id, self.text(doc["label"], path + ".label"), help_text, tuple(tags), step_id
        )

    def rules(
        self, value: Any, indicator_ids: set[str], tags: set[str], indicators: list[Indicator]
    ) -> tuple[Rule, ...]:
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        fallback: str | None = None
        for i, item in enumerate(self.items(value, "$.rules")):
            path = f"$.rules[{i}]"
            doc = self.obj(item, path, {"id", "level", "when", "reason"})
            rule_id = self.ident(doc["id"], path + ".id")
            self.unique(seen, rule_id, path + ".id")
            if fallback is not None:
                raise self.fail(
                    path, f"unreachable: it comes after the fallback rule '{fallback}', which always matches"
                )
            try:
                level = Level(doc["level"])
            except ValueError:
                raise self.fail(path + ".level", "must be 'green', 'yellow' or 'red'") from None
            condition = self.condition(doc["when"], path + ".when", indicator_ids, tags)
            self.check_satisfiable(condition, path + ".when", indicators)
            rules.append(Rule(rule_id, level, condition, self.text(doc["reason"], path + ".reason")))
            if isinstance(condition, Always):
                fallback = rule_id
        if fallback is None:
            raise self.fail("$.rules", 'has no fallback rule: the last rule must be {"always": true}')
        return tuple(rules)

    def condition(self, value: Any, path: str, indicator_ids: set[str], tags: set[str]) -> Condition:
        if not isinstance(value, dict) or not value:
            raise self.fail(path, "must be a condition object")
        if "always" in value:
            self.obj(value, path, {"always"})
            if value["always"] is not True:
                raise self.fail(path + ".always", "must be true")
            return Always()
        if "any_of" in value or "all_of" in value:
            key = "any_of" if "any_of" in value else "all_of"
            self.obj(value, path, {key})
            items = tuple(
                self.condition(item, f"{path}.{key}[{i}]", indicator_ids, tags)
                for i, item in enumerate(self.items(value[key], f"{path}.{key}"))
            )
            return AnyOf(items) if key == "any_of" else AllOf(items)
        if "not" in value:
            self.obj(value, path, {"not"})
            return Not(self.condition(value["not"], path + ".not", indicator_ids, tags))
        if "count_at_least" in value:
            doc = self.obj(value, path, {"count_at_least", "rating"}, {"tag", "indicators"})
            if ("tag" in doc) == ("indicators" in doc):
                raise self.fail(path, "counts either a 'tag' or a list of 'indicators'")
            count = doc["count_at_least"]
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise self.fail(path + ".count_at_least", "must be a whole number from 1")
            ratings = self.ratings(doc["rating"], path + ".rating")
            if "tag" in doc:
                if doc["tag"] not in tags:
                    raise self.fail(path + ".tag", f"unknown tag '{doc['tag']}'")
                return CountAtLeast(count, ratings, tag=doc["tag"])
            ids = self.items(doc["indicators"], path + ".indicators")
            for i, indicator_id in enumerate(ids):
                if indicator_id not in indicator_ids:
                    raise self.fail(f"{path}.indicators[{i}]", f"unknown indicator '{indicator_id}'")
            return CountAtLeast(count, ratings, indicator_ids=tuple(ids))
        raise self.fail(path, "unknown condition: use any_of, all_of, not, count_at_least or always")

    def ratings(self, value: Any, path: str) -> frozenset[Rating]:
        values = value if isinstance(value, list) else [value]
        try:
            ratings = frozenset(Rating(v) for v in values)
        except ValueError:
            raise self.fail(path, "ratings are 'absent', 'partly', 'present' or 'unknown'") from None
        if not ratings:
            raise self.fail(path, "needs at least one rating")
        return ratings

    def check_satisfiable(self, condition: Condition, path: str, indicators: list[Indicator]) -> None:
        """A count that asks for more indicators than exist can never hold: the rule is unreachable."""
        if isinstance(condition, CountAtLeast):
            pool = (
                [i for i in indicators if condition.tag in i.tags]
                if condition.tag
                else list(dict.fromkeys(condition.indicator_ids))
            )
            if condition.count > len(pool):
                what = f"tagged '{condition.tag}'" if condition.tag else "listed"
                raise self.fail(
                    path, f"unreachable: needs {condition.count} indicators {what}, only {len(pool)} exist"
                )
        elif isinstance(condition, AllOf):
            for i, item in enumerate(condition.items):
                self.check_satisfiable(item, f"{path}.all_of[{i}]", indicators)
        elif isinstance(condition, AnyOf):
            problems = []
            for i, item in enumerate(condition.items):
                try:
                    self.check_satisfiable(item, f"{path}.any_of[{i}]", indicators)
                except DefinitionError as error:
                    problems.append(error)
            if len(problems) == len(condition.items):
                raise problems[0]

    def guidance(self, value: Any) -> dict[Level, Guidance]:
        doc = self.obj(value, "$.guidance", {level.value for level in Level})
        result = {}
        for level in Level:
            path = f"$.guidance.{level.value}"
            entry = self.obj(doc[level.value], path, {"advice", "actions"})
            actions: list[RecommendedAction] = []
            seen: dict[str, str] = {}
            for i, item in enumerate(self.items(entry["actions"], path + ".actions", allow_empty=True)):
                where = f"{path}.actions[{i}]"
                action_doc = self.obj(item, where, {"id", "title", "horizon_days"})
                action_id = self.ident(action_doc["id"], where + ".id")
                self.unique(seen, action_id, where + ".id")
                horizon = action_doc["horizon_days"]
                if (
                    not isinstance(horizon, int)
                    or isinstance(horizon, bool)
                    or not 0 <= horizon <= MAX_HORIZON_DAYS
                ):
                    raise self.fail(
                        where + ".horizon_days",
                        f"must be a whole number of days from 0 (the same day) to {MAX_HORIZON_DAYS}",
                    )
                actions.append(
                    RecommendedAction(action_id, self.text(action_doc["title"], where + ".title"), horizon)
                )
            result[level] = Guidance(self.text(entry["advice"], path + ".advice"), tuple(actions))
        return result

    def prompts(self, value: Any) -> dict[str, Prompt]:
        doc = self.obj(value, "$.prompts", set(), {"duty_to_notify", "police_referral"})
        result = {}
        for name, entry in doc.items():
            path = f"$.prompts.{name}"
            fields = self.obj(entry, path, {"levels", "text"}, {"under_age", "receipt_weekdays"})
            try:
                levels = frozenset(Level(v) for v in self.items(fields["levels"], path + ".levels"))
            except ValueError:
                raise self.fail(path + ".levels", "must list 'green', 'yellow' or 'red'") from None
            for key in ("under_age", "receipt_weekdays"):
                if key in fields and (not isinstance(fields[key], int) or fields[key] < 1):
                    raise self.fail(f"{path}.{key}", "must be a whole number from 1")
            result[name] = Prompt(
                levels,
                self.text(fields["text"], path + ".text"),
                fields.get("under_age"),
                fields.get("receipt_weekdays"),
            )
        return result
