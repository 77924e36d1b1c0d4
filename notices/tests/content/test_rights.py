"""Derived data-subject rights: every non-empty combination of the six legal bases,
with and without automated decisions and direct marketing."""

import itertools

import pytest

from notices.content.builder import build_document
from notices.content.languages import CODES
from notices.content.rights import RIGHTS, derive_rights, marketing_signs, uses_direct_marketing
from notices.content.samples import sample_answers, sample_controller

BASES = ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"]
COMBINATIONS = [set(combo) for size in range(1, 7) for combo in itertools.combinations(BASES, size)]


def test_there_are_63_combinations():
    assert len(COMBINATIONS) == 63


@pytest.mark.parametrize("bases", COMBINATIONS, ids=lambda b: "+".join(sorted(b)))
@pytest.mark.parametrize("automated", [False, True])
@pytest.mark.parametrize("marketing", [False, True])
def test_rights_follow_the_bases(bases, automated, marketing):
    rights = derive_rights(sorted(bases), automated, direct_marketing=marketing)

    # Stated independently of the implementation, straight from GDPR Arts. 7, 15-22.
    assert {"access", "rectification", "erasure", "restriction"} <= set(rights)
    assert ("portability" in rights) == ("consent" in bases or "contract" in bases)
    assert ("objection" in rights) == ("legitimate_interests" in bases or "public_task" in bases)
    assert ("objection_direct_marketing" in rights) == marketing
    assert ("withdraw_consent" in rights) == ("consent" in bases)
    assert ("automated_decisions" in rights) == automated
    assert len(rights) == len(set(rights))
    assert rights == [code for code in RIGHTS.codes if code in rights]


def test_unknown_and_odd_bases_are_ignored():
    assert derive_rights(["nonsense", None, 3]) == ["access", "rectification", "erasure", "restriction"]


@pytest.mark.parametrize("language", CODES)
def test_every_right_has_text_in_every_language(language):
    for entry in RIGHTS:
        assert entry.labels.get(language) and entry.help_texts.get(language)


def test_direct_marketing_comes_only_from_the_purpose_answer():
    assert uses_direct_marketing({"purposes": [{"description": {"fi": "x"}, "direct_marketing": True}]})


@pytest.mark.parametrize(
    "answers",
    [
        {"purposes": [{"description": {"fi": "Suoramarkkinointi asiakkaille"}}]},
        {"purposes": [{"description": {"en": "Sending our newsletter"}, "direct_marketing": None}]},
        {"categories": {"items": [{"code": "marketing_consents"}]}},
        {"notice": {"data_subjects": ["newsletter_subscribers"]}},
        {"cookies": {"used": True, "categories": ["marketing"]}},
        {"recipients": {"items": [{"kind": "marketing"}]}},
    ],
)
def test_signs_of_marketing_are_not_direct_marketing_but_are_noticed(answers):
    assert not uses_direct_marketing(answers)
    if "purposes" not in answers:
        assert marketing_signs(answers)


@pytest.mark.parametrize(
    "answers",
    [{}, {"purposes": [{"description": {"fi": "Tilausten toimitus"}}]}, {"cookies": {"used": False, "categories": ["marketing"]}}, None, {"purposes": "x"}],
)
def test_no_direct_marketing_without_signs_of_it(answers):
    assert not uses_direct_marketing(answers)
    assert not marketing_signs(answers)


def test_rights_section_lists_exactly_the_derived_rights():
    answers = sample_answers()
    answers["purposes"] = [{"description": {"fi": "Tilausten toimitus"}, "legal_basis": "contract"}]
    answers["categories"]["items"] = [{"code": "basic"}]
    answers["cookies"] = {"used": False}
    answers["notice"]["data_subjects"] = ["customers"]
    answers["recipients"]["items"] = []
    answers["automated"] = {"decisions": True, "profiling": False, "logic": {"fi": "x"}, "consequences": {"fi": "y"}}
    document = build_document(answers=answers, controller=sample_controller(), language="fi")
    terms = [term for block in document.find("rights").blocks for term, _ in block.terms]
    assert terms == [RIGHTS.label(code, "fi") for code in ["access", "rectification", "erasure", "restriction", "portability", "automated_decisions"]]
