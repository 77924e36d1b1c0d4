"""A recipient is disclosed to "regularly" or "only when needed" (authorities on request,
debt collection): the owner sees and changes it on the recipients step."""

import pytest
from django.urls import reverse

from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


def management(prefix, total):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def test_the_recipients_step_asks_how_often_and_keeps_the_answer(client, user):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi", "en"]}})
    client.force_login(user)
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "recipients"})

    page = client.get(url).content.decode()
    assert 'name="recipients-0-frequency"' in page

    data = {
        **management("recipients", 1),
        "recipients-0-id": "r1", "recipients-0-kind": "debt_collection", "recipients-0-role": "controller",
        "recipients-0-frequency": "occasional", "recipients-0-country": "",
    }  # fmt: skip
    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    row = Notice.objects.get(pk=notice.pk).answers["recipients"]["items"][0]
    assert row["frequency"] == "occasional" and row["country"] == ""
    assert 'value="occasional" selected' in client.get(url).content.decode()
