"""The level assessment: the versioned definition and the pure engine that suggests a level with its reasons.

from vinkdesk.assessment import load_definition, suggest
"""

from vinkdesk.assessment.definition import (
    RATING_NAMES,
    Definition,
    DefinitionError,
    Indicator,
    Rating,
    Text,
    load_definition,
    parse_definition,
)
from vinkdesk.assessment.engine import AnswerError, Gap, Suggestion, suggest
from vinkdesk.assessment.reading import (
    Change,
    changes,
    choice_problem,
    is_minor,
    prompts_due,
    read,
)
from vinkdesk.assessment.registry import DefinitionRegistry, shipped_definitions

__all__ = [
    "RATING_NAMES",
    "AnswerError",
    "Change",
    "Definition",
    "DefinitionError",
    "DefinitionRegistry",
    "Gap",
    "Indicator",
    "Rating",
    "Suggestion",
    "Text",
    "changes",
    "choice_problem",
    "is_minor",
    "load_definition",
    "parse_definition",
    "prompts_due",
    "read",
    "shipped_definitions",
    "suggest",
]
