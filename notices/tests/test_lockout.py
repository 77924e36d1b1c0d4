"""Lock-out per account across addresses (issue 13, item 11): spraying one account from
many addresses locks it, even against the right password; its owner gets an unlock link
so an attacker cannot keep them out; an IPv6 /64 counts as one address."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from notices.tests.factories import UserFactory
from notices.throttle import client_ip

PASSWORD = "correct horse battery staple"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_LOCKOUT_FAILURES = 20
    settings.AXES_FAILURE_LIMIT = 5


@pytest.fixture
def owner(db):
    return UserFactory(email="owner@example.fi", password=PASSWORD)


def attempt(email: str, password: str, address: str, client: Client | None = None):
    client = client or Client()
    client.cookies["django_language"] = "en"
    return client.post(reverse("login"), {"username": email, "password": password}, HTTP_X_FORWARDED_FOR=address)


def logged_in(response) -> bool:
    return SESSION_KEY in response.wsgi_request.session


def spray(email: str, count: int, address=lambda index: f"198.51.100.{index}"):
    for index in range(count):
        attempt(email, "wrong", address(index))


def test_fifty_addresses_lock_the_account_even_against_the_right_password(owner):
    spray(owner.email, 50)

    response = attempt(owner.email, PASSWORD, "203.0.113.7")

    assert not logged_in(response)
    assert "This account is locked" in response.content.decode()


def test_below_the_limit_the_right_password_works(owner):
    spray(owner.email, 19)
    assert logged_in(attempt(owner.email, PASSWORD, "203.0.113.7"))


def test_the_owner_is_e_mailed_once_and_the_link_unlocks_from_their_browser(owner):
    spray(owner.email, 25)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [owner.email]
    link = re.search(r"/accounts/unlock/\S+/", mail.outbox[0].body).group(0)
    browser = Client()

    assert browser.get(link).status_code == 200  # only shows a button
    assert not logged_in(attempt(owner.email, PASSWORD, "203.0.113.7"))
    response = browser.post(link)
    assert response.status_code == 302

    # The attacker goes on spraying; the owner's browser still gets in.
    spray(owner.email, 30, address=lambda index: f"192.0.2.{index}")
    assert not logged_in(attempt(owner.email, PASSWORD, "192.0.2.200"))
    assert logged_in(attempt(owner.email, PASSWORD, "203.0.113.7", client=browser))


def test_a_forged_or_stale_unlock_link_does_nothing(owner):
    spray(owner.email, 20)
    link = re.search(r"/accounts/unlock/\S+/", mail.outbox[0].body).group(0)
    assert Client().post("/accounts/unlock/not-a-token/").status_code == 400
    owner.set_password("a new password after a reset")
    owner.save()
    assert Client().post(link).status_code == 400


def test_an_address_without_an_account_locks_the_same_and_e_mails_nobody(db):
    spray("nobody@example.fi", 20)
    assert "This account is locked" in attempt("nobody@example.fi", "x", "203.0.113.9").content.decode()
    assert mail.outbox == []


def test_the_lock_ends_after_its_time(owner, settings):
    spray(owner.email, 20)
    later = timezone.now() + timedelta(hours=settings.ACCOUNT_LOCKOUT_HOURS, minutes=1)
    with mock.patch("notices.lockout.timezone.now", return_value=later):
        assert logged_in(attempt(owner.email, PASSWORD, "203.0.113.7"))


def test_other_accounts_are_not_affected(owner):
    other = UserFactory(password=PASSWORD)
    spray(owner.email, 20)
    assert logged_in(attempt(other.email, PASSWORD, "198.51.100.1"))


# --- IPv6 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forwarded, counted",
    [
        ("2001:db8:1:2::1", "2001:db8:1:2::"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::"),
        ("2001:db8:1:3::1", "2001:db8:1:3::"),
        ("::ffff:198.51.100.4", "198.51.100.4"),
        ("198.51.100.4", "198.51.100.4"),
    ],
)
def test_an_ipv6_address_counts_as_its_64(forwarded, counted):
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) == counted


def test_twenty_addresses_of_one_ipv6_64_lock_like_one_address(owner):
    for index in range(1, 21):
        attempt(owner.email, "wrong", f"2001:db8:1:2::{index:x}")

    response = attempt(owner.email, PASSWORD, "2001:db8:1:2::abcd")

    assert response.status_code == 429  # axes: the /64 is one address over its limit
    assert not logged_in(response)
