"""Sign-up that does not tell anyone whether an address has an account: every sign-up
gets the same answer ("check your e-mail"); a new address gets a link that activates the
account, an address that already has one gets a message saying so (with links to log in
and reset the password). Nothing on the page, in its timing or in its cookies differs."""

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .models import User


class SignupTokenGenerator(PasswordResetTokenGenerator):
    """Like password-reset links (the hash covers the password and last log-in, so a link
    stops working once used or once someone signs up again), under its own salt so
    neither kind of link works as the other."""

    key_salt = "notices.accounts.SignupTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


signup_tokens = SignupTokenGenerator()


def _send(template: str, *, email: str, context: dict) -> None:
    subject = render_to_string(f"registration/{template}_subject.txt", context).strip()
    body = render_to_string(f"registration/{template}_email.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


def signup_requested(*, email: str, password: str, language: str = "fi") -> None:
    """What a valid sign-up form causes. Call inside a transaction (services does)."""
    site = settings.SITE_URL
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None and (existing.is_active or existing.last_login is not None):
        # Hashed anyway, so the answer takes as long as for a new address.
        make_password(password)
        context = {"email": existing.email, "login_url": site + reverse("login"), "reset_url": site + reverse("password_reset")}
        _send("signup_exists", email=existing.email, context=context)
        return
    if existing is None:
        user = User.objects.create_user(email=email, password=password, is_active=False, language=language)
    else:
        # Never confirmed: whoever signed up first proved nothing. The newest sign-up's
        # password counts, and the older link stops working (its hash covered the old one).
        user = existing
        user.set_password(password)
        user.save(update_fields=["password"])
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    url = site + reverse("signup_confirm", kwargs={"uidb64": uid, "token": signup_tokens.make_token(user)})
    _send("signup_confirm", email=user.email, context={"email": user.email, "confirm_url": url})
