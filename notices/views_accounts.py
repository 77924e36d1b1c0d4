"""Sign-up. Log-in, log-out and the password views are Django's own (urls_accounts.py)."""

from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from . import services
from .forms import SignupForm


@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("notices:dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.user_signup(email=form.cleaned_data["email"], password=form.cleaned_data["password1"], language=request.LANGUAGE_CODE[:2])
        # Axes' backend needs credentials; a new account is signed in directly.
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Seloste! Start by adding your organisation."))
        return redirect("notices:dashboard")
    return render(request, "registration/signup.html", {"form": form})
