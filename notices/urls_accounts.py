from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from .forms import EmailAuthenticationForm
from .throttle import throttle
from .views import accounts as views_accounts

urlpatterns = [
    # axes guards the log-in; these two are throttled per client address and e-mail.
    path("signup/", throttle("signup", rate_setting="SIGNUP_RATE_PER_HOUR")(views_accounts.signup), name="signup"),
    path("signup/sent/", views_accounts.signup_sent, name="signup_sent"),
    path("signup/confirm/<uidb64>/<token>/", views_accounts.signup_confirm, name="signup_confirm"),
    path(
        "login/",
        auth_views.LoginView.as_view(authentication_form=EmailAuthenticationForm, redirect_authenticated_user=True),
        name="login",
    ),
    path("unlock/<str:token>/", views_accounts.account_unlock, name="account_unlock"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password/change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path(
        "password/reset/",
        throttle("password_reset", rate_setting="PASSWORD_RESET_RATE_PER_HOUR")(
            auth_views.PasswordResetView.as_view(
                email_template_name="registration/password_reset_email.txt",
                subject_template_name="registration/password_reset_subject.txt",
                success_url=reverse_lazy("password_reset_done"),
            )
        ),
        name="password_reset",
    ),
    path("password/reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password/reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("password/reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
