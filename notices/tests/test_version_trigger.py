"""Published versions are protected by PostgreSQL itself, not only by the models' guard:
raw SQL cannot change or delete them. (Selected only when the tests run on PostgreSQL.)"""

import pytest
from django.db import IntegrityError, connection, transaction

from notices.models import NoticeVersion, NoticeVersionFile
from notices.tests.factories import NoticeFactory

pytestmark = pytest.mark.postgres


@pytest.fixture
def version(db):
    notice = NoticeFactory()
    version = NoticeVersion.objects.create(notice=notice, number=1, languages=["fi"], answers={"a": 1}, note="first")
    NoticeVersionFile.objects.create(version=version, language="fi", data=b"%PDF-1.7 original", sha256="0" * 64)
    return version


def raw(sql: str, params: list):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_raw_sql_update_of_a_version_fails(version):
    with pytest.raises(IntegrityError, match="published versions cannot be changed"):
        raw("UPDATE notices_noticeversion SET note = %s WHERE id = %s", ["rewritten history", version.pk])
    assert NoticeVersion.objects.get(pk=version.pk).note == "first"


def test_raw_sql_delete_of_a_version_fails(version):

    with pytest.raises(IntegrityError, match="published versions cannot be changed"):
        raw("DELETE FROM notices_noticeversionfile WHERE version_id = %s", [version.pk])
    with pytest.raises(IntegrityError):
        raw("DELETE FROM notices_noticeversion WHERE id = %s", [version.pk])
    assert NoticeVersion.objects.filter(pk=version.pk).exists()
    assert NoticeVersionFile.objects.filter(version=version).count() == 1


def test_raw_sql_update_of_a_version_pdf_fails(version):
    with pytest.raises(IntegrityError, match="published versions cannot be changed"):
        raw("UPDATE notices_noticeversionfile SET data = %s WHERE version_id = %s", [b"forged", version.pk])
    assert bytes(NoticeVersionFile.objects.get(version=version).data) == b"%PDF-1.7 original"


def test_new_versions_can_still_be_inserted(version):
    NoticeVersion.objects.create(notice=version.notice, number=2, languages=["fi"])
    assert list(version.notice.versions.values_list("number", flat=True)) == [2, 1]
