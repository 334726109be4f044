"""Realistic cases, each with the level an experienced assessor would choose and the reason they would give,
run through the shipped definition the way a counsellor would rate them.

The expected levels follow the Danish prevention triangle and the instruments' rules of use (TRAP-18's
warning behaviours call for action on a case already of concern, several as a pattern; red means active in an
extremist milieu and at risk of violence; generic adolescent needs are not signs of radicalisation;
protection counts).
Ratings not named in a case are what the counsellor knows to be absent, unless the case says they are unknown.

The suite reports its agreement and fails below 18 of 20 (90 %); every disagreement is listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vinkdesk.assessment import shipped_definitions, suggest
from vinkdesk.domain import Level

DEFINITION = shipped_definitions().latest()
IDS = {i.id for i in DEFINITION.indicators()}
STRONG_PROTECTION = {
    "stable_family": "present",
    "school_or_work": "present",
    "leisure": "present",
    "positive_peers": "present",
    "trusted_adult": "present",
    "belonging": "present",
    "rejects_violence": "present",
}


@dataclass(frozen=True)
class Vignette:
    name: str
    story: str
    ratings: dict[str, str]
    level: Level
    reason: str  # words the assessor expects in the reasons (Danish)
    undetermined: bool = False
    default: str = "absent"  # what the counsellor knows about every factor the story does not name
    unknown: tuple[str, ...] = field(default=())

    def answers(self) -> dict[str, str]:
        assert set(self.ratings) <= IDS and set(self.unknown) <= IDS, self.name
        answers = {i: self.default for i in IDS}
        answers.update({i: "unknown" for i in self.unknown})
        answers.update(self.ratings)
        return answers


VIGNETTES = [
    Vignette(
        "Columbine remark",
        "A bullied 15-year-old tells classmates 'one day I'll do a Columbine'. No ideology, no "
        "weapons, a caring "
        "family, a football team and a teacher he trusts.",
        {"leakage": "present", "grievance": "present", "mental_health": "partly", **STRONG_PROTECTION},
        Level.YELLOW,
        "Handl i dag",
    ),
    Vignette(
        "traitors should hang",
        "An 18-year-old writes once to a local politician that 'traitors should hang'. No milieu, no "
        "means; he "
        "apologises when the school talks to him.",
        {
            "direct_threat": "present",
            "grievance": "present",
            "political_change": "present",
            **STRONG_PROTECTION,
        },
        Level.YELLOW,
        "trusselsvurdering",
    ),
    Vignette(
        "debate remark",
        "In a class debate a 17-year-old says violence is the only thing left against climate inaction; "
        "afterwards he distances himself, and he is active in the student council.",
        {
            "harmful_means": "partly",
            "political_change": "present",
            "grievance": "partly",
            "democratic_participation": "present",
            **STRONG_PROTECTION,
        },
        Level.GREEN,
        "enkelte tegn",
    ),
    Vignette(
        "ironic memes",
        "A 14-year-old posts ironic far-right memes in the class chat to get a laugh; close family, "
        "many friends.",
        {
            "extremist_material": "partly",
            "us_and_them": "partly",
            "status": "present",
            "excitement": "present",
            **STRONG_PROTECTION,
        },
        Level.GREEN,
        "enkelte tegn",
    ),
    Vignette(
        "conservative convert",
        "A 19-year-old converted to a conservative reading of Islam, prays at a mainstream mosque and openly "
        "condemns IS; family worried about the change.",
        {
            "identity_belonging": "present",
            "over_identification": "partly",
            "us_and_them": "partly",
            "local_community": "present",
            "democratic_participation": "present",
            **STRONG_PROTECTION,
        },
        Level.GREEN,
        "enkelte tegn",
    ),
    Vignette(
        "generic adolescent needs",
        "A 15-year-old with ADHD seeks thrills and status, has just changed school and was caught "
        "shoplifting; "
        "nothing about extremism.",
        {
            "excitement": "present",
            "status": "present",
            "mental_health": "present",
            "transition": "present",
            "criminal_history": "partly",
            "susceptibility": "partly",
            "stable_family": "partly",
            "leisure": "present",
        },
        Level.GREEN,
        "almen forebyggelse",
    ),
    Vignette(
        "guarded member of a militant club",
        "An 18-year-old trains MMA with a militant 'active club' and has a pending assault charge; he is "
        "guarded about his views.",
        {"milieu_contact": "present", "knowledge_skills": "present", "criminal_history": "present"},
        Level.RED,
        "aktiv i et ekstremistisk miljø",
        unknown=("over_identification", "us_and_them", "harmful_means", "harmful_objectives", "dehumanising"),
    ),
    Vignette(
        "non-violent anti-democratic movement",
        "A 35-year-old is an active member of a non-violent anti-democratic movement and rejects violence.",
        {
            "milieu_contact": "present",
            "over_identification": "present",
            "us_and_them": "present",
            "grievance": "present",
            "rejects_violence": "present",
            "school_or_work": "present",
        },
        Level.YELLOW,
        "kontakt til eller er aktiv",
    ),
    Vignette(
        "mostly unknown",
        "A school reports that a 16-year-old has become withdrawn and angry about injustice; nothing else is "
        "known yet.",
        {"grievance": "present"},
        Level.GREEN,
        "Ikke afgjort",
        undetermined=True,
        default="unknown",
    ),
    Vignette(
        "strong protection beside moderate risk",
        "A 16-year-old feels his group is under threat, has a cousin in a nationalist group and some "
        "us-and-them talk; he is doing well at school and in sport, has good friends and rejects violence.",
        {
            "grievance": "present",
            "threat": "present",
            "identity_belonging": "present",
            "transition": "partly",
            "us_and_them": "partly",
            "family_friends": "partly",
            **STRONG_PROTECTION,
        },
        Level.GREEN,
        "vejer op",
    ),
    Vignette(
        "exit",
        "A 24-year-old is leaving a neo-Nazi group with a mentor in an exit programme; earlier convicted of "
        "violence, still sees two old friends from the group.",
        {
            "milieu_contact": "partly",
            "criminal_history": "present",
            "over_identification": "partly",
            "reinterprets_ideology": "present",
            "changed_view_of_other": "present",
            "exit_programme": "present",
            "rejects_violence": "present",
            "trusted_adult": "present",
            "school_or_work": "present",
        },
        Level.YELLOW,
        "kontakt til eller er aktiv i et ekstremistisk miljø",
    ),
    Vignette(
        "travel to join a group",
        "A 19-year-old has bought a ticket and has contacts to join an armed group abroad.",
        {"travel_plans": "present", "over_identification": "present", "us_and_them": "present"},
        Level.RED,
        "rejse",
    ),
    Vignette(
        "planning an attack",
        "A 16-year-old's chat logs show him researching explosives and a school's layout.",
        {"pathway": "present", "identification": "partly", "grievance": "present"},
        Level.RED,
        "planlægger eller forbereder",
    ),
    Vignette(
        "fixation and leakage",
        "A 20-year-old is fixated on a mosque in his town and hints online that 'something will "
        "happen there'.",
        {"fixation": "present", "leakage": "present", "us_and_them": "present"},
        Level.RED,
        "Flere advarselstegn",
    ),
    Vignette(
        "threat with violent views",
        "A 17-year-old threatens a teacher and says violence against 'those people' is justified.",
        {"direct_threat": "present", "harmful_means": "present", "us_and_them": "present"},
        Level.RED,
        "advarselstegn er til stede sammen med",
    ),
    Vignette(
        "lone actor with weapons",
        "A 22-year-old with access to his father's rifles calls a minority vermin and says killing "
        "them would "
        "be right; no group.",
        {
            "access_weapons": "present",
            "harmful_means": "present",
            "harmful_objectives": "partly",
            "us_and_them": "present",
            "dehumanising": "present",
            "virtual_community": "partly",
        },
        Level.RED,
        "midler til at skade, accepterer vold",
    ),
    Vignette(
        "family in the milieu",
        "A 13-year-old's father is active in an Islamist milieu; the boy repeats some of his views, feels "
        "threatened and aggrieved; few resources outside the family.",
        {
            "family_friends": "present",
            "threat": "present",
            "grievance": "present",
            "us_and_them": "partly",
            "school_or_work": "present",
            "trusted_adult": "present",
        },
        Level.YELLOW,
        "tætte bånd",
    ),
    Vignette(
        "online community",
        "A 15-year-old spends his nights in an extremist Discord server, shares its violent videos "
        "and speaks "
        "of 'us and them'; school is slipping.",
        {
            "virtual_community": "present",
            "extremist_material": "present",
            "changed_thinking": "partly",
            "us_and_them": "present",
            "dehumanising": "partly",
            "school_or_work": "partly",
        },
        Level.YELLOW,
        "tætte bånd",
        unknown=("rejects_violence",),
    ),
    Vignette(
        "hateful posts without milieu",
        "A 17-year-old posts that a minority are 'animals' and that 'we' must stand together; no group, no "
        "violence; a stable family and a job.",
        {
            "dehumanising": "present",
            "us_and_them": "present",
            "stable_family": "present",
            "school_or_work": "present",
            "rejects_violence": "present",
        },
        Level.YELLOW,
        "ekstremistiske holdninger",
    ),
    Vignette(
        "new faith, nothing else",
        "Parents worry because their 16-year-old has become religious; he is doing well and rejects "
        "violence.",
        {"identity_belonging": "present", **STRONG_PROTECTION},
        Level.GREEN,
        "almen forebyggelse",
    ),
    Vignette(
        "pressed by an older brother's group",
        "A 14-year-old is pressed by his brother's group to hand out its flyers and has been to two "
        "meetings.",
        {"forced_involvement": "present", "family_friends": "present", "milieu_contact": "partly"},
        Level.YELLOW,
        "ekstremistisk miljø",
    ),
    Vignette(
        "novel aggression in the milieu",
        "A 19-year-old active in a militant group beat a stranger for no reason he can explain.",
        {"novel_aggression": "present", "milieu_contact": "present", "over_identification": "present"},
        Level.RED,
        "advarselstegn er til stede sammen med",
    ),
    Vignette(
        "vague hints",
        "A 16-year-old says to a friend that 'something big will happen soon' without saying what; nothing "
        "else of concern.",
        {"leakage": "partly", "grievance": "partly", **STRONG_PROTECTION},
        Level.YELLOW,
        "delvist til stede",
    ),
    Vignette(
        "a threat, little else known",
        "A teacher reports a 15-year-old's threat against a classmate; the unit knows nothing else "
        "about him.",
        {"direct_threat": "present"},
        Level.YELLOW,
        "Handl i dag",
        undetermined=True,
        default="unknown",
    ),
]


def verdict(vignette: Vignette) -> str | None:
    """None when the engine's suggestion is what the assessor chose, with the reason given; else "
    "what differs."""
    suggestion = suggest(DEFINITION, vignette.answers())
    reasons = " ".join(r.da for r in suggestion.reasons)
    problems = []
    if suggestion.level is not vignette.level:
        problems.append(f"level {suggestion.level.value}, the assessor chose {vignette.level.value}")
    if vignette.reason.lower() not in reasons.lower():
        problems.append(f"reasons lack {vignette.reason!r}: {reasons}")
    if suggestion.undetermined != vignette.undetermined:
        problems.append(f"undetermined is {suggestion.undetermined}")
    return "; ".join(problems) or None


def test_the_suite_spans_the_triangle_and_the_borderlines() -> None:
    assert len(VIGNETTES) >= 20
    assert {v.level for v in VIGNETTES} == set(Level)
    assert sum(v.undetermined for v in VIGNETTES) >= 2
    assert len({v.name for v in VIGNETTES}) == len(VIGNETTES)


def test_the_suggestion_agrees_with_the_assessor_in_at_least_18_of_20() -> None:
    disagreements = {v.name: problem for v in VIGNETTES if (problem := verdict(v))}
    agreed = len(VIGNETTES) - len(disagreements)
    share = agreed / len(VIGNETTES)
    print(f"\nvignettes: {agreed} of {len(VIGNETTES)} agree ({share:.0%})")
    for name, problem in disagreements.items():
        print(f"  {name}: {problem}")
    assert share >= 18 / 20, disagreements


BLIND = Path(__file__).parent / "data" / "vignettes-blind.json"


@pytest.mark.parametrize("rater", ["ratings", "second_rater"])
def test_a_blind_set_agrees_in_at_least_20_of_24(rater: str) -> None:
    """24 further cases written and given a level by a reviewer who saw only the factor list and the rules of
    use, never the rules; rated once by the reviewer and once, from the stories alone, by a second rater. The
    differences are discussed in docs/architecture.md; this keeps the agreement from sliding."""
    cases = json.loads(BLIND.read_text(encoding="utf-8"))
    assert len(cases) == 24 and {c["level"] for c in cases} == {"green", "yellow", "red"}
    for case in cases:
        assert set(case[rater]) == IDS, case["name"]  # every factor rated, as the form asks
    agreed = [c["name"] for c in cases if suggest(DEFINITION, c[rater]).level.value == c["level"]]
    print(f"\nblind set, {rater}: {len(agreed)} of {len(cases)} agree")
    assert len(agreed) >= 20, sorted({c["name"] for c in cases} - set(agreed))
