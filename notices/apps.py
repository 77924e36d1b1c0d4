from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Privacy notices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            lockout,  # noqa: F401  (the lock-out's signal)
            signals,  # noqa: F401  (connects the receivers)
            site_url,  # noqa: F401  (registers the SITE_URL system check)
        )
