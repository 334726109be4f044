"""The level assessment: the versioned definition and the pure engine that suggests a level with its reasons.

from vinkdesk.assessment import load_definition, suggest
"""

from vinkdesk.assessment.definition import (
    Definition,
    DefinitionError,
    Indicator,
    Rating,
    Text,
    load_definition,
    parse_definition,
)
from vinkdesk.assessment.engine import AnswerError, Gap, Suggestion, suggest
from vinkdesk.assessment.registry import DefinitionRegistry, shipped_definitions

__all__ = [
    "AnswerError",
    "Definition",
    "DefinitionError",
    "DefinitionRegistry",
    "Gap",
    "Indicator",
    "Rating",
    "Suggestion",
    "Text",
    "load_definition",
    "parse_definition",
    "shipped_definitions",
    "suggest",
]
