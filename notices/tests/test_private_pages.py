"""Signed-in pages are never stored by a browser or a shared cache (issue 13, item 14)."""

import pytest
from django.urls import reverse

from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


def test_dashboard_wizard_and_account_pages_are_private_and_not_stored(logged_in, user):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation)
    urls = [
        reverse("notices:dashboard"),
        reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"}),
        reverse("notices:organisation_detail", kwargs={"pk": notice.organisation.pk}),
        reverse("notices:export"),
        reverse("password_change"),
    ]
    for url in urls:
        response = logged_in.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store", url


def test_a_wizard_post_answer_is_private_too(logged_in, user):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation)
    response = logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"}), {})
    assert response["Cache-Control"] == "private, no-store"


def test_a_published_notice_keeps_its_public_caching_for_a_signed_in_reader(logged_in, version):
    response = logged_in.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug}))
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public")
