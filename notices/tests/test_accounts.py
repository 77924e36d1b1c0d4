"""Accounts: sign-up, log-in and log-out, password reset and change, lock-out."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from notices.models import User
from notices.tests.factories import UserFactory

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "Uusi-salasana-kesä-2025"

pytestmark = pytest.mark.django_db


def english_client() -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def login_post(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


# --- Sign-up ---------------------------------------------------------------------------


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/accounts/signup/confirm/\S+/", message.body).group(0).split("/accounts/", 1)[1]


def test_signup_creates_the_account_once_the_e_mail_link_is_followed_and_logs_in(client):
    response = client.post(
        reverse("signup"), {"email": "Maija.Meikalainen@Example.FI", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302 and response["Location"] == reverse("signup_sent")
    user = User.objects.get()
    assert user.email == "maija.meikalainen@example.fi" and user.check_password(NEW_PASSWORD)
    assert not user.is_active and SESSION_KEY not in client.session
    # Until the link is used, the password does not log in.
    assert SESSION_KEY not in login_post(Client(), user.email, NEW_PASSWORD).wsgi_request.session
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["maija.meikalainen@example.fi"]
    url = "/accounts/" + confirm_link(mail.outbox[0])

    # Opening the link (as a mail scanner does) changes nothing; the button does.
    assert client.get(url).status_code == 200
    assert not User.objects.get().is_active
    response = client.post(url)

    assert response.status_code == 302 and response["Location"] == reverse("notices:dashboard")
    assert User.objects.get().is_active
    assert int(client.session[SESSION_KEY]) == user.pk
    assert client.get(reverse("notices:dashboard")).status_code == 200
    # The link works once.
    assert Client().post(url).status_code == 400


def test_signup_with_an_existing_email_answers_the_same_and_tells_its_owner(client):
    UserFactory(email="taken@example.fi", password=PASSWORD)
    new = Client().post(reverse("signup"), {"email": "free@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    mail.outbox.clear()

    taken = client.post(reverse("signup"), {"email": "TAKEN@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert (taken.status_code, taken["Location"]) == (new.status_code, new["Location"])
    assert sorted(taken.cookies) == sorted(new.cookies)
    assert User.objects.get(email="taken@example.fi").check_password(PASSWORD)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["taken@example.fi"]
    assert "/accounts/login/" in mail.outbox[0].body and "/accounts/password/reset/" in mail.outbox[0].body
    assert "/signup/confirm/" not in mail.outbox[0].body


def test_a_second_signup_for_an_unconfirmed_address_replaces_the_first_ones_password_and_link(client):
    client.post(reverse("signup"), {"email": "uusi@example.fi", "password1": "Hyökkääjän-salasana-1", "password2": "Hyökkääjän-salasana-1"})
    first_link = "/accounts/" + confirm_link(mail.outbox[-1])
    client.post(reverse("signup"), {"email": "uusi@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert User.objects.get(email="uusi@example.fi").check_password(NEW_PASSWORD)
    assert Client().post(first_link).status_code == 400
    assert Client().post("/accounts/" + confirm_link(mail.outbox[-1])).status_code == 302


def test_a_made_up_confirmation_link_is_refused(client):
    assert "This link is invalid" in english_client().get("/accounts/signup/confirm/MQ/abc-def/").content.decode()
    assert client.post("/accounts/signup/confirm/MQ/abc-def/").status_code == 400
    assert client.post("/accounts/signup/confirm/%C3%A4%C3%A4/x/").status_code == 400


def test_signup_refuses_weak_and_mismatched_passwords_keeping_the_email(client):
    response = client.post(reverse("signup"), {"email": "uusi@example.fi", "password1": "12345678", "password2": "12345678"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="uusi@example.fi"' in html
    assert "Salasana on liian yleinen." in html or "liian yleinen" in html

    response = english_client().post(reverse("signup"), {"email": "uusi@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"})
    assert "The two passwords are different." in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"email": "", "password1": "", "password2": ""},
        {"email": "not an email", "password1": "x", "password2": "y"},
        {"email": "a" * 5000 + "@example.fi", "password1": "x" * 5000, "password2": "x" * 5000},
        {"email": "<script>alert(1)</script>@example.fi", "password1": "🔒" * 20, "password2": "🔒" * 20},
        {"email": ["a@example.fi", "b@example.fi"], "password1": NEW_PASSWORD},
    ],
)
def test_signup_with_bad_input_never_fails(client, data):
    response = client.post(reverse("signup"), data)

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert not User.objects.exists()


def test_signup_page_in_finnish_and_english(client):
    assert "Luo tili" in client.get(reverse("signup")).content.decode()
    assert "Create an account" in english_client().get(reverse("signup")).content.decode()


def test_logged_in_user_is_sent_from_signup_to_the_dashboard(client, user):
    client.force_login(user)

    assert client.get(reverse("signup"))["Location"] == reverse("notices:dashboard")


# --- Log-in and log-out ------------------------------------------------------------------


def test_login_with_email_and_password(client, user):
    response = login_post(client, user.email.upper(), PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("notices:dashboard")
    assert int(client.session[SESSION_KEY]) == user.pk


def test_login_rotates_the_session(client, user):
    client.get(reverse("login"))
    client.session.save()
    before = client.session.session_key

    login_post(client, user.email, PASSWORD)

    assert client.session.session_key != before


def test_wrong_password_is_refused_with_a_message(client, user):
    response = login_post(client, user.email, "wrong")

    assert response.status_code == 200
    assert "Sähköpostiosoite tai salasana on väärin." in response.content.decode()
    assert SESSION_KEY not in client.session


def test_logout_is_a_post_and_ends_the_session(client, user):
    client.force_login(user)

    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert SESSION_KEY not in client.session
    assert client.get(reverse("notices:dashboard")).status_code == 302


def test_pages_need_login(client):
    response = client.get(reverse("notices:dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_repeated_failures_lock_the_login_with_a_clear_message_until_the_cool_off_ends(client, user):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login_post(client, user.email, "wrong").status_code == 200

    locked = login_post(client, user.email, "wrong")
    assert locked.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumisyritystä" in locked.content.decode()

    # Even the right password is refused while locked.
    still_locked = login_post(client, user.email, PASSWORD)
    assert still_locked.status_code == 429
    assert SESSION_KEY not in client.session

    english = english_client()
    assert "Too many failed log-in attempts" in login_post(english, user.email, PASSWORD).content.decode()

    later = timezone.now() + timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    # Axes reads the clock when it stamps the attempt (proxy) and when it counts (attempts).
    with mock.patch("axes.handlers.proxy.now", return_value=later), mock.patch("axes.attempts.now", return_value=later):
        response = login_post(client, user.email, PASSWORD)
    assert response.status_code == 302
    assert int(client.session[SESSION_KEY]) == user.pk


def test_lock_out_of_one_account_leaves_other_accounts_alone(client, user, other_user):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login_post(client, user.email, "wrong")

    assert login_post(client, other_user.email, PASSWORD).status_code == 302


# --- Password reset ----------------------------------------------------------------------


def test_password_reset_by_email_link(client, user):
    response = client.post(reverse("password_reset"), {"email": user.email.upper()})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.subject == "Valitse uusi salasana Selosteeseen"
    link = re.search(r"http://testserver(/\S+)", message.body).group(1)

    # Django swaps the token in the URL for a session marker before showing the form.
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    set_password_url = form_page.redirect_chain[-1][0]
    response = client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response["Location"] == reverse("password_reset_complete")

    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert client.get(link, follow=True).context["validlink"] is False  # used once only
    assert login_post(Client(), user.email, NEW_PASSWORD).status_code == 302


def test_password_reset_email_in_english(user):
    english_client().post(reverse("password_reset"), {"email": user.email})

    assert mail.outbox[0].subject == "Choose a new password for Seloste"
    assert "Someone (hopefully you) asked to reset the password" in mail.outbox[0].body


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.fi"})

    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


# --- Password change ---------------------------------------------------------------------


def test_password_change_keeps_this_session_and_ends_the_others(user):
    this_device, other_device = Client(), Client()
    this_device.force_login(user)
    other_device.force_login(user)

    response = this_device.post(
        reverse("password_change"), {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )

    assert response["Location"] == reverse("password_change_done")
    assert this_device.get(reverse("notices:dashboard")).status_code == 200
    assert other_device.get(reverse("notices:dashboard")).status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_change_with_a_wrong_old_password_is_refused(client, user):
    client.force_login(user)

    response = client.post(reverse("password_change"), {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert response.status_code == 200
    assert "form" in response.context and response.context["form"].errors["old_password"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
