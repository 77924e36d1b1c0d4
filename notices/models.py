"""Seloste's data: users, organisations (controllers), notices (drafts) and published versions."""

import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with an e-mail address."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("name"), max_length=200, blank=True)
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.email


def _public_slug() -> str:
    # Not derived from ids, so published notice URLs cannot be enumerated.
    return secrets.token_urlsafe(12)


class OrganisationQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user)


class Organisation(models.Model):
    """A controller (rekisterinpitäjä): the company whose notices these are."""

    name = models.CharField(_("legal name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, default="FI")
    business_id = models.CharField(
        _("business ID"),
        max_length=40,
        blank=True,
        help_text=_("Finnish Y-tunnus (1234567-8), or the registration number of a foreign company."),
    )
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    dpo_name = models.CharField(_("data protection officer"), max_length=200, blank=True)
    dpo_email = models.EmailField(_("data protection officer's e-mail"), blank=True)
    dpo_phone = models.CharField(_("data protection officer's phone"), max_length=40, blank=True)
    representative_name = models.CharField(_("EU representative"), max_length=200, blank=True)
    representative_contact = models.CharField(
        _("EU representative's contact details"), max_length=400, blank=True
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def snapshot(self) -> dict:
        """The controller's details as a notice shows them; copied into each version."""
        fields = [
            "name", "country", "business_id", "street_address", "postal_code", "city",
            "email", "phone", "website", "dpo_name", "dpo_email", "dpo_phone",
            "representative_name", "representative_contact",
        ]  # fmt: skip
        return {field: getattr(self, field) for field in fields}


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        EDITOR = "editor", _("editor")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OWNER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="unique_membership")]

    def __str__(self):
        return f"{self.user} @ {self.organisation}"


class NoticeQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(organisation__memberships__user=user)


class Notice(models.Model):
    """A privacy notice being drafted. Its answers live in one JSON document (see
    notices/content/answers.py), saved step by step, and are copied whole on publish."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="notices")
    title = models.CharField(_("title"), max_length=200)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    current_step = models.CharField(_("current step"), max_length=40, blank=True)
    completed_steps = models.JSONField(_("completed steps"), default=list, blank=True)
    public_slug = models.CharField(max_length=40, unique=True, default=_public_slug, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["organisation__name", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("notices:wizard", kwargs={"pk": self.pk})


class ImmutableError(Exception):
    """Raised when code tries to change or delete a published version."""


class ImmutableQuerySet(models.QuerySet):
    """Bulk writes bypass Model.save()/delete(), so the guard is repeated here."""

    def update(self, **kwargs):
        raise ImmutableError("Published versions cannot be changed.")

    def delete(self):
        raise ImmutableError("Published versions cannot be deleted.")

    def bulk_update(self, objs, fields, batch_size=None):
        raise ImmutableError("Published versions cannot be changed.")

    def _raw_delete(self, using):
        raise ImmutableError("Published versions cannot be deleted.")

    delete.queryset_only = True


class NoticeVersion(models.Model):
    """A published notice. Everything it shows is copied at publish time; it is never
    changed or deleted — a correction is a new version."""

    notice = models.ForeignKey(Notice, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_by_email = models.CharField(_("published by"), max_length=254, blank=True)
    note = models.CharField(_("change note"), max_length=500, blank=True)
    languages = models.JSONField(_("languages"), default=list)
    answers = models.JSONField(_("answers"), default=dict)
    controller = models.JSONField(_("controller"), default=dict)
    # {language: {"html": str, "json": dict, "title": str}} rendered once at publish time;
    # "html" is the public page's <body>, served without rendering a template.
    rendered = models.JSONField(_("rendered"), default=dict)
    etag = models.CharField(max_length=80, blank=True)

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        ordering = ["notice", "-number"]
        constraints = [models.UniqueConstraint(fields=["notice", "number"], name="unique_version_number")]

    def __str__(self):
        return f"{self.notice} v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ImmutableError("A published version cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("A published version cannot be deleted.")


class NoticeVersionFile(models.Model):
    """The PDF of one language of a version, rendered once at publish time."""

    version = models.ForeignKey(NoticeVersion, on_delete=models.PROTECT, related_name="files")
    language = models.CharField(max_length=8)
    content_type = models.CharField(max_length=100, default="application/pdf")
    data = models.BinaryField()
    sha256 = models.CharField(max_length=64)

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["version", "language"], name="unique_version_file")]

    def __str__(self):
        return f"{self.version} ({self.language})"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ImmutableError("A published file cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("A published file cannot be deleted.")


class AdequacyDecision(models.Model):
    """A country with an EU adequacy decision (Art. 45). Seeded from the catalogue,
    kept up to date by staff in the admin because the list changes."""

    country = models.CharField(_("country"), max_length=2, unique=True)
    scope = models.JSONField(_("scope"), default=dict, blank=True, help_text=_('{"fi": "...", "en": "..."}'))
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    listed_on = models.DateField(_("list checked on"))
    source = models.CharField(_("source"), max_length=300, blank=True)
    active = models.BooleanField(_("in force"), default=True)

    class Meta:
        verbose_name = _("adequacy decision")
        verbose_name_plural = _("adequacy decisions")
        ordering = ["country"]

    def __str__(self):
        return self.country


class ServiceLibraryEntry(models.Model):
    """A service in the library the wizard offers (notices/content/service_library.py).
    Seeded from service_library.json, kept current by staff in the admin. A fact left empty
    is unknown: the wizard asks the user. Each stated fact names its source and check date
    in ``sources``; ``checked_on`` is the oldest of those dates."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    group = models.CharField(_("group"), max_length=30)
    kind = models.CharField(_("kind of recipient"), max_length=30)
    description = models.JSONField(_("description"), default=dict, blank=True, help_text=_('{"fi": "...", "en": "..."}'))
    entity = models.CharField(_("contracting entity"), max_length=200, blank=True)
    country = models.CharField(_("country of the entity"), max_length=2, blank=True)
    role = models.CharField(_("role"), max_length=30, blank=True)
    categories = models.JSONField(_("data categories"), null=True, blank=True)
    transfers = models.JSONField(_("transfers outside the EU/EEA"), null=True, blank=True)
    cookies = models.JSONField(_("cookies"), null=True, blank=True)
    privacy_url = models.URLField(_("privacy policy"), max_length=500, blank=True)
    sources = models.JSONField(_("sources"), default=dict, blank=True, help_text=_('{"entity": {"url": "...", "checked_on": "YYYY-MM-DD"}, ...}'))
    checked_on = models.DateField(_("checked on"), null=True, blank=True, editable=False)
    active = models.BooleanField(_("offered in the wizard"), default=True)

    class Meta:
        verbose_name = _("service library entry")
        verbose_name_plural = _("service library")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from .content.service_library import library_from_rows

        self.checked_on = library_from_rows([self])[self.code].checked_on
        super().save(*args, **kwargs)

    def clean(self):
        """Staff edits keep to the catalogue codes, and every stated fact names its source."""
        from .content import catalogues
        from .content.service_library import FACT_KEYS, GROUPS, facts_without_source

        errors = {}
        if self.group not in GROUPS:
            errors["group"] = _("Choose one of: %(codes)s.") % {"codes": ", ".join(GROUPS.codes)}
        if self.kind not in catalogues.RECIPIENT_KINDS:
            errors["kind"] = _("Choose one of: %(codes)s.") % {"codes": ", ".join(catalogues.RECIPIENT_KINDS.codes)}
        if self.role and self.role not in catalogues.RECIPIENT_ROLES:
            errors["role"] = _("Choose one of: %(codes)s.") % {"codes": ", ".join(catalogues.RECIPIENT_ROLES.codes)}
        if self.country and self.country.upper() not in catalogues.COUNTRIES:
            errors["country"] = _("Use a two-letter country code, e.g. FI.")
        stated = {key: getattr(self, key) for key in FACT_KEYS}
        stated = [key for key, value in stated.items() if value not in (None, "")]
        for fact in facts_without_source(self.sources, stated):
            errors.setdefault(
                fact, _('Give this fact\'s source in “sources”: "%(fact)s": {"url": "https://…", "checked_on": "YYYY-MM-DD"}.') % {"fact": fact}
            )
        if errors:
            raise ValidationError(errors)


class AuditEvent(models.Model):
    """Who did what and when, shown to the organisation's users."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="audit_events")
    notice = models.ForeignKey(Notice, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    actor_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=40)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_email} {self.action}"
