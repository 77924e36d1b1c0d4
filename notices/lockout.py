"""Lock-out per account, across addresses. Axes locks (e-mail, address) pairs; that stops
guessing from one address but not spraying one account from many (forwarded headers,
botnets, an IPv6 /64 has 2^64 addresses). So failures are also counted per account name,
from anywhere: after ACCOUNT_LOCKOUT_FAILURES in ACCOUNT_LOCKOUT_HOURS the account
refuses every log-in, the right password too, until the lock ends.

So that an attacker cannot keep an owner out for good, the owner is e-mailed an unlock
link. Following it (a button, POST) ends the lock and marks that browser with a signed
cookie: from it, the owner logs in whatever the spraying does (axes still limits the
browser's own address)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_login_failed
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from .models import AccountLockout, User

UNLOCK_SALT = "notices.lockout.unlock"
COOKIE_SALT = "notices.lockout.trusted-browser"
COOKIE_NAME = "seloste_unlocked"


def failure_limit() -> int:
    return int(getattr(settings, "ACCOUNT_LOCKOUT_FAILURES", 20))


def window() -> timedelta:
    return timedelta(hours=float(getattr(settings, "ACCOUNT_LOCKOUT_HOURS", 1)))


def normalise(username) -> str:
    return str(username or "").strip().lower()[:254]


def is_locked(username: str) -> bool:
    return AccountLockout.objects.filter(username=normalise(username), locked_until__gt=timezone.now()).exists()


def trusted_browser(request, username: str) -> bool:
    """Whether this browser followed the account's unlock link (during the current window)."""
    value = request.COOKIES.get(COOKIE_NAME) if request is not None else None
    if not value:
        return False
    try:
        return signing.loads(value, salt=COOKIE_SALT, max_age=window()) == normalise(username)
    except signing.BadSignature:
        return False


class AccountLockoutBackend(ModelBackend):
    """First in AUTHENTICATION_BACKENDS: refuses every log-in of a locked account.
    PermissionDenied stops Django trying the other backends. It never authenticates
    anyone itself, but reads sessions as ModelBackend does (force_login picks the first
    backend)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and is_locked(username) and not trusted_browser(request, username):
            if request is not None:
                request.seloste_account_locked = True
            raise PermissionDenied("account locked")
        return None


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    username = normalise(credentials.get("username"))
    if not username or getattr(request, "seloste_account_locked", False):
        return
    if request is not None and trusted_browser(request, username):
        return  # the owner's own browser; axes counts its address
    now = timezone.now()
    newly_locked = False
    with transaction.atomic():
        record, _created = AccountLockout.objects.select_for_update().get_or_create(username=username)
        if record.window_started_at <= now - window() or (record.locked_until and record.locked_until <= now):
            record.failures, record.window_started_at, record.locked_until = 0, now, None
            record.save()
        AccountLockout.objects.filter(pk=record.pk).update(failures=F("failures") + 1)
        record.refresh_from_db()
        if record.failures >= failure_limit() and record.locked_until is None:
            record.locked_until = now + window()
            record.save(update_fields=["locked_until"])
            newly_locked = True
    if newly_locked:
        _send_unlock_link(username)


def _send_unlock_link(username: str) -> None:
    user = User.objects.filter(email__iexact=username, is_active=True).first()
    if user is None:
        return
    token = signing.dumps({"username": username, "key": _password_key(user)}, salt=UNLOCK_SALT)
    context = {"email": user.email, "unlock_url": settings.SITE_URL + reverse("account_unlock", kwargs={"token": token}), "hours": window()}
    subject = render_to_string("registration/account_locked_subject.txt", context).strip()
    send_mail(subject, render_to_string("registration/account_locked_email.txt", context), settings.DEFAULT_FROM_EMAIL, [user.email])


def _password_key(user) -> str:
    # A link stops working once the password changes (e.g. the owner reset it).
    return salted_hmac(UNLOCK_SALT, user.password).hexdigest()[:20]


def unlock_username(token: str) -> str | None:
    """The account name an unlock link is for, if the link is genuine and current."""
    try:
        data = signing.loads(token, salt=UNLOCK_SALT, max_age=window() * 24)
    except signing.BadSignature:
        return None
    user = User.objects.filter(email__iexact=data.get("username", "")).first()
    if user is None or not constant_time_compare(_password_key(user), str(data.get("key", ""))):
        return None
    return normalise(data["username"])


@transaction.atomic
def unlock(*, username: str, response) -> None:
    """End the lock, and trust the browser that followed the link for one window."""
    AccountLockout.objects.filter(username=username).update(locked_until=None, failures=0, window_started_at=timezone.now())
    response.set_cookie(
        COOKIE_NAME,
        signing.dumps(username, salt=COOKIE_SALT),
        max_age=int(window().total_seconds()),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
