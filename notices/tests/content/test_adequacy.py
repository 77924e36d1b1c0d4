from datetime import date

import pytest

from notices.content import catalogues
from notices.content.adequacy import adequacy_from_db
from notices.content.builder import build_document
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller
from notices.models import AdequacyDecision


@pytest.mark.django_db
def test_migration_seeds_the_catalogue_list():
    assert set(AdequacyDecision.objects.values_list("country", flat=True)) == set(catalogues.ADEQUACY.codes)
    us = AdequacyDecision.objects.get(country="US")
    assert us.decided_on == date(2023, 7, 10) and us.listed_on == catalogues.ADEQUACY_LIST_DATE


@pytest.mark.django_db
def test_admin_changes_reach_the_notice():
    AdequacyDecision.objects.create(country="SG", scope={"fi": "Singapore", "en": "Singapore"}, listed_on=date(2026, 3, 1))
    AdequacyDecision.objects.filter(country="UY").update(active=False)
    adequacy = adequacy_from_db()
    assert "SG" in adequacy and "UY" not in adequacy
    assert adequacy.get("US").attrs["certified_only"]
    answers = sample_answers()
    answers["transfers"]["items"].append({"country": "SG", "recipient": "Pte", "safeguard": "adequacy"})
    text = section_text(build_document(answers=answers, controller=sample_controller(), language="fi", adequacy=adequacy), "transfers")
    assert "1.3.2026" in text and "Singapore" in text and "Uruguay" not in text


@pytest.mark.django_db
def test_empty_table_falls_back_to_the_catalogue():
    AdequacyDecision.objects.all().delete()
    assert adequacy_from_db() is None
