"""Sign-up. Log-in, log-out and the password views are Django's own (urls_accounts.py)."""

from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from .. import lockout, services
from ..accounts import signup_tokens
from ..forms import SignupForm
from ..models import User


@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("notices:dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.user_signup_request(email=form.cleaned_data["email"], password=form.cleaned_data["password1"], language=request.LANGUAGE_CODE[:2])
        # The same answer for every address, new or not: see notices.accounts.
        return redirect("signup_sent")
    return render(request, "registration/signup.html", {"form": form})


def signup_sent(request):
    return render(request, "registration/signup_sent.html")


def _confirmable_user(uidb64: str, token: str):
    try:
        user = User.objects.get(pk=urlsafe_base64_decode(uidb64).decode())
    except (TypeError, ValueError, OverflowError, UnicodeDecodeError, User.DoesNotExist):
        return None
    if user.is_active or not signup_tokens.check_token(user, token):
        return None
    return user


@sensitive_variables("token")
def signup_confirm(request, uidb64, token):
    """GET shows a button, POST activates: mail scanners that open links must not."""
    user = _confirmable_user(uidb64, token)
    if user is None:
        return render(request, "registration/signup_confirm.html", {"validlink": False}, status=400 if request.method == "POST" else 200)
    if request.method == "POST":
        services.user_signup_confirm(user=user)
        # Axes' backend needs credentials; a confirmed account is signed in directly.
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Seloste! Start by adding your organisation."))
        return redirect("notices:dashboard")
    return render(request, "registration/signup_confirm.html", {"validlink": True, "email": user.email})


def account_unlock(request, token):
    """The link of a lock-out e-mail: GET shows a button, POST unlocks (mail scanners open links)."""
    username = lockout.unlock_username(token)
    if username is None:
        return render(request, "registration/account_unlock.html", {"validlink": False}, status=400 if request.method == "POST" else 200)
    if request.method == "POST":
        response = redirect("login")
        lockout.unlock(username=username, response=response)
        messages.success(request, _("The account is unlocked. You can log in from this browser now."))
        return response
    return render(request, "registration/account_unlock.html", {"validlink": True, "email": username})
