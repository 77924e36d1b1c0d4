"""Hostile wizard posts (issue 13): odd row indexes get an answer, never a 500."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from notices.tests.factories import MembershipFactory, NoticeFactory
from notices.tests.test_wizard import management

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user, client):
    client.force_login(user)
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi"]}})


@pytest.mark.parametrize("index", ["²", "1" * 5000, "٣", "-1", "0x1"])
@pytest.mark.parametrize("action", ["add:purposes", "remove:purposes:0"])
def test_a_row_index_that_is_not_a_plain_number_is_ignored(client, notice, index, action):
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})
    data = {
        **management("purposes", 1),
        "purposes-0-id": "first", "purposes-0-description_fi": "Ensimmäinen", "purposes-0-legal_basis": "contract",
        f"purposes-{index}-description_fi": "Vieras",
        "row_action": action,
    }  # fmt: skip
    # Urlencoded: a multipart part header this long is refused before the view runs.
    response = client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert "Vieras" not in response.content.decode()
