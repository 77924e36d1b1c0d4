"""What publishing the draft would change: the draft's built documents against the latest
version's stored ones, with the same comparison as the public "what changed" page."""

import pytest

from notices import publishing
from notices.changes import compare_documents, draft_changes
from notices.content import samples
from notices.content.builder import build_document
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


def _published(version):
    return publishing.stored_documents(languages=version.languages, rendered=version.rendered)


def _changes(notice, version):
    notice.refresh_from_db()
    return publishing.unpublished_changes(
        number=version.number,
        published=_published(version),
        answers=notice.answers,
        controller=notice.organisation.snapshot(),
    )


def test_a_draft_just_published_has_no_changes_although_its_version_line_has_dates(user, quick_pdf):
    notice = make_notice(user)
    version = publish(notice, user)
    assert version.rendered["fi"]["json"]["version_line"]  # the stored one is dated

    changes = _changes(notice, version)

    assert changes.is_empty
    assert changes.number == 1


def test_an_edited_answer_shows_as_the_lines_it_changes_in_each_language(user, version):
    edit_draft(version.notice, "Ilmoitamme muutoksista kirjeitse.")

    changes = _changes(version.notice, version)

    assert not changes.is_empty
    fi = changes.by_language["fi"]
    [section] = fi.sections
    assert section.key == "changes" and section.status == "changed"
    assert section.added == ["Ilmoitamme muutoksista kirjeitse."]
    assert section.removed == [samples.SAMPLE_ANSWERS["rights"]["changes"]["fi"]]
    assert changes.by_language["en"].sections[0].added == ["Ilmoitamme muutoksista kirjeitse. (en)"]


def test_the_organisations_details_are_part_of_the_draft(user, version):
    organisation = version.notice.organisation
    organisation.email = "uusi@example.fi"
    organisation.save()

    changes = _changes(version.notice, version)

    lines = [line for section in changes.by_language["fi"].sections for line in section.added]
    assert any("uusi@example.fi" in line for line in lines)


def test_languages_added_removed_and_reordered_are_changes(user, version):
    notice = version.notice
    notice.answers["notice"]["languages"] = ["en"]
    notice.save()

    changes = _changes(notice, version)

    assert changes.languages_removed == ["fi"] and changes.languages_added == []
    assert changes.default_language_changed
    assert not changes.is_empty
    assert changes.by_language["en"].is_empty  # the English text itself is the same


def test_intro_and_title_changes_are_reported():
    old = {"title": "Seloste", "intro": "Vanha johdanto.", "sections": []}
    new = {"title": "Seloste", "intro": "Uusi johdanto.", "sections": []}

    changes = compare_documents(old, new)

    assert changes.intro_changed and not changes.title_changed
    assert not changes.is_empty
    assert compare_documents(old, old).is_empty


def test_a_missing_stored_document_counts_as_changed():
    draft = {"fi": {"title": "T", "sections": [{"key": "a", "heading": "A", "blocks": [{"text": "x"}]}]}}

    changes = draft_changes(number=3, published={"fi": None}, draft=draft)

    assert not changes.is_empty
    assert changes.by_language["fi"].sections[0].status == "added"


def test_the_reader_sees_their_own_language_or_else_the_one_that_changed():
    same = {"title": "T", "sections": []}
    changed = {"title": "T2", "sections": []}
    changes = draft_changes(number=1, published={"fi": same, "en": same}, draft={"fi": same, "en": changed})

    assert changes.shown("en")[0] == "en"
    language, shown = changes.shown("fi")
    assert language == "en" and shown.title_after == "T2"
    assert changes.shown("sv")[0] == "en"


@pytest.mark.parametrize("style", ["register", "statement"])
@pytest.mark.parametrize("language", ["fi", "en"])
def test_plain_is_exactly_to_dict(style, language):
    answers = samples.sample_answers()
    answers["notice"]["style"] = style
    document = build_document(answers=answers, controller=samples.sample_controller(), language=language)

    assert publishing.plain(document) == document.to_dict()
