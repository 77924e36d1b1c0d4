"""A published notice's public address never moves, and the version tables cannot be
emptied with TRUNCATE (issue 13, item 9)."""

import pytest
from django.db import IntegrityError, connection, transaction

from notices.models import ImmutableError, Notice, NoticeVersion, NoticeVersionFile
from notices.tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(db):
    notice = NoticeFactory()
    version = NoticeVersion.objects.create(notice=notice, number=1, languages=["fi"], answers={"a": 1})
    NoticeVersionFile.objects.create(version=version, language="fi", data=b"%PDF-1.7 original", sha256="0" * 64)
    return notice


def raw(sql: str, params: list | None = None):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_a_published_notices_slug_cannot_be_changed_by_save(published):
    slug = published.public_slug
    published.public_slug = "moved"
    with pytest.raises(ImmutableError):
        published.save()
    assert Notice.objects.get(pk=published.pk).public_slug == slug


def test_a_published_notices_slug_cannot_be_changed_by_a_bulk_update(published):
    with pytest.raises(ImmutableError):
        Notice.objects.filter(pk=published.pk).update(public_slug="moved")
    published.public_slug = "moved"
    with pytest.raises(ImmutableError):
        Notice.objects.bulk_update([published], ["public_slug"])


def test_other_fields_of_a_published_notice_and_a_drafts_slug_can_change(published):
    published.title = "New title"
    published.save()
    published.refresh_from_db()
    published.title = "Again"
    published.save(update_fields=["title"])
    draft = NoticeFactory()
    draft.public_slug = "a-draft-may-change"
    draft.save()
    assert Notice.objects.get(pk=draft.pk).public_slug == "a-draft-may-change"


@pytest.mark.postgres
def test_postgres_refuses_a_raw_update_of_a_published_slug(published):
    with pytest.raises(IntegrityError, match="public address of a published notice"):
        raw("UPDATE notices_notice SET public_slug = 'moved' WHERE id = %s", [published.pk])
    raw("UPDATE notices_notice SET title = 'still fine' WHERE id = %s", [published.pk])
    draft = NoticeFactory()
    raw("UPDATE notices_notice SET public_slug = 'draft-moved' WHERE id = %s", [draft.pk])
    assert Notice.objects.get(pk=published.pk).title == "still fine"


@pytest.mark.postgres
@pytest.mark.parametrize(
    "sql",
    ["TRUNCATE notices_noticeversionfile", "TRUNCATE notices_noticeversion CASCADE", "TRUNCATE notices_notice CASCADE"],
)
def test_postgres_refuses_truncate_of_the_version_tables(published, sql):
    # The test's own inserts leave deferred foreign-key checks pending, which TRUNCATE
    # refuses for its own reason; run them first so the guard is what answers.
    raw("SET CONSTRAINTS ALL IMMEDIATE")
    with pytest.raises(IntegrityError, match="published versions cannot be deleted"):
        raw(sql)
    assert NoticeVersionFile.objects.filter(version__notice=published).count() == 1


@pytest.mark.postgres
def test_the_test_suites_flush_may_truncate_committed_versions(transactional_db):
    # What runs after every live-server test: it must not trip the guard.
    notice = NoticeFactory()
    NoticeVersion.objects.create(notice=notice, number=1, languages=["fi"], answers={})
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert not NoticeVersion.objects.exists()
