"""Seloste's data: users, organisations (controllers), notices (drafts) and published versions."""

import secrets
from datetime import timedelta

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
    # The language of the e-mails Seloste sends this person (invitations, approvals).
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="fi")

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
    requires_approval = models.BooleanField(
        _("publishing needs approval"),
        default=False,
        help_text=_("A new version is published only when someone other than the person who asked for it approves it."),
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


class Role(models.TextChoices):
    """What a member may do is decided in notices/permissions.py (docs/roles.md)."""

    OWNER = "owner", _("owner")
    EDITOR = "editor", _("editor")
    PUBLISHER = "publisher", _("publisher")
    VIEWER = "viewer", _("viewer")


class Membership(models.Model):
    Role = Role

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    # The least privilege by default: a membership made without a role can only read.
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.VIEWER)
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

    def update(self, **kwargs):
        # Bulk updates skip Notice.save(); the published slug's guard is repeated here.
        if "public_slug" in kwargs and self.filter(versions__isnull=False).exclude(public_slug=kwargs["public_slug"]).exists():
            raise ImmutableError("The public address of a published notice cannot be changed.")
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        if "public_slug" in fields:
            for obj in objs:
                obj._check_public_slug()
        return super().bulk_update(objs, fields, batch_size=batch_size)


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
    # Withdrawn: the public addresses answer 410 Gone; the versions stay for the owner.
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # Seloste's own privacy notice (manage.py publish_site_notice), linked from every page.
    is_site_notice = models.BooleanField(default=False, editable=False)
    # What the dashboard shows about the draft, stored when it changes (notices/status.py):
    # errors, warnings, findings in every language, unpublished changes; valid for status_key.
    status = models.JSONField(default=dict, blank=True, editable=False)
    status_key = models.CharField(max_length=32, blank=True, default="", editable=False)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["organisation__name", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "public_slug" in update_fields:
            self._check_public_slug()
        super().save(*args, **kwargs)
        self._loaded_public_slug = self.public_slug

    def get_absolute_url(self):
        return reverse("notices:wizard", kwargs={"pk": self.pk})

    @classmethod
    def from_db(cls, db, field_names, values):
        notice = super().from_db(db, field_names, values)
        notice._loaded_public_slug = notice.__dict__.get("public_slug")
        return notice

    def _check_public_slug(self) -> None:
        """Every version's public URL and every embed use the slug: once a version is
        published it never changes (on PostgreSQL a trigger refuses it too)."""
        if self._state.adding or self.pk is None:
            return
        loaded = getattr(self, "_loaded_public_slug", None)
        if loaded is None:
            loaded = type(self).objects.filter(pk=self.pk).values_list("public_slug", flat=True).first()
        if loaded is not None and loaded != self.public_slug and NoticeVersion.objects.filter(notice_id=self.pk).exists():
            raise ImmutableError("The public address of a published notice cannot be changed.")


RESERVED_ADDRESSES = frozenset(
    {"admin", "api", "accounts", "account", "login", "logout", "signup", "new", "edit", "delete", "versions",
     "changes", "static", "media", "seloste", "n", "notices", "organisations", "terms", "privacy", "sample", "embed"}
)  # fmt: skip


class NoticeAddress(models.Model):
    """A readable public address (/n/parturi-saksikasi/) chosen by the owner. The random
    Notice.public_slug stays the notice's identity forever (a DB trigger guards it once
    published); these are aliases: the current one is shown and served, older ones
    redirect to it, so a printed or linked address keeps working."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="addresses")
    slug = models.SlugField(_("address"), max_length=60, unique=True)
    is_current = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("public address")
        verbose_name_plural = _("public addresses")
        constraints = [
            models.UniqueConstraint(fields=["notice"], condition=models.Q(is_current=True), name="one_current_address"),
        ]

    def __str__(self):
        return self.slug


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
    # A version published ahead of time: the public address keeps showing the version in
    # force, announcing this one and its date, and switches on this day (local time).
    effective_on = models.DateField(_("takes effect on"), null=True, blank=True)

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
    """A country (or international organisation) with an EU adequacy decision (Art. 45).
    Seeded from the catalogue, kept up to date by staff in the admin because the list
    changes: decisions are renewed, expire or are replaced."""

    # ISO 3166-1 alpha-2, or a short code for an international organisation ("EPO").
    country = models.CharField(_("country"), max_length=8, unique=True)
    scope = models.JSONField(_("scope"), default=dict, blank=True, help_text=_('{"fi": "...", "en": "..."}'))
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    listed_on = models.DateField(_("list checked on"))
    source = models.CharField(_("source"), max_length=300, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
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
    # With the id, what tells a process that its copy of the library is stale
    # (service_library.library_from_db): every change goes through save().
    updated_at = models.DateTimeField(auto_now=True, editable=False)

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


INVITATION_VALID_DAYS = 7


def invitation_expiry():
    return timezone.now() + timedelta(days=INVITATION_VALID_DAYS)


class Invitation(models.Model):
    """An e-mailed invitation to join an organisation with a role. Only a hash of the
    link's token is stored, so a database leak gives nobody a usable link."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="fi")
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    invited_by_email = models.CharField(max_length=254, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class PublishRequest(models.Model):
    """A member asks for the draft to be published; another member approves (which
    publishes) or rejects it. ``fingerprint`` is the draft as it was asked for: an
    approval publishes only that, never edits made after the request."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for approval")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="publish_requests")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    requested_by_email = models.CharField(max_length=254, blank=True)
    note = models.CharField(_("change note"), max_length=500, blank=True)
    fingerprint = models.CharField(max_length=64)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_by_email = models.CharField(max_length=254, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    version = models.ForeignKey(NoticeVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("publish request")
        verbose_name_plural = _("publish requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["notice"], condition=models.Q(status="pending"), name="one_pending_request_per_notice")
        ]

    def __str__(self):
        return f"{self.notice} ({self.status})"


class PdfRender(models.Model):
    """The background job that renders one language's PDF of a version. Kept apart from
    the immutable version and its file: this row changes (attempts, errors), they never do.
    The PDF's HTML was rendered at publish time and is kept here, so the PDF says exactly
    what the page says even if the catalogues change before the worker gets to it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        RENDERING = "rendering", _("rendering")
        FAILED = "failed", _("failed")
        DONE = "done", _("done")

    version = models.ForeignKey(NoticeVersion, on_delete=models.PROTECT, related_name="pdf_renders")
    language = models.CharField(max_length=8)
    html = models.TextField(blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    retry_after = models.DateTimeField(_("retry after"), null=True, blank=True)

    class Meta:
        verbose_name = _("PDF render")
        verbose_name_plural = _("PDF renders")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["version", "language"], name="unique_pdf_render")]

    def __str__(self):
        return f"{self.version} ({self.language}): {self.status}"


class UpdateAlert(models.Model):
    """"Update recommended": something a published notice depends on changed so that
    its latest version, rendered again, would read differently (or the completeness check
    would now object). Open until the notice is published again."""

    class Kind(models.TextChoices):
        ADEQUACY = "adequacy", _("adequacy list")
        SERVICE = "service", _("service library")
        WORDING = "wording", _("notice wording")
        RULE = "rule", _("completeness check")

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="update_alerts")
    version_number = models.PositiveIntegerField(_("version"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # {"fi": "...", "en": "..."}: the reason in plain words, in each UI language.
    reason = models.JSONField(_("reason"), default=dict)
    detected_at = models.DateTimeField(_("detected"), default=timezone.now)
    digested_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("update alert")
        verbose_name_plural = _("update alerts")
        ordering = ["-detected_at"]

    def __str__(self):
        return f"{self.notice} v{self.version_number}: {self.kind}"

    def reason_in(self, language: str) -> str:
        reason = self.reason if isinstance(self.reason, dict) else {}
        return reason.get(language) or reason.get("en") or reason.get("fi") or ""


class UpkeepState(models.Model):
    """Small facts the periodic command remembers between runs, e.g. the fingerprint of
    the notice wording it last checked published notices against."""

    key = models.CharField(max_length=60, unique=True)
    value = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key


class Branding(models.Model):
    """How an organisation's published notices look: an optional logo (always a PNG that
    Seloste re-encoded itself, see notices.branding) and an accent colour that passed the
    contrast check. Applied live by /n/<slug>/brand.css, so a change needs no new version."""

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="branding")
    logo = models.BinaryField(_("logo"), blank=True, default=b"")
    logo_width = models.PositiveIntegerField(default=0)
    logo_height = models.PositiveIntegerField(default=0)
    accent = models.CharField(_("accent colour"), max_length=7, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("branding")
        verbose_name_plural = _("branding")

    def __str__(self):
        return f"{self.organisation} branding"

class AccountLockout(models.Model):
    """Failed log-ins for one account name, from any address (notices.lockout). Keyed by
    the e-mail address as typed (normalised), whether or not it has an account, so the
    lock-out itself tells nobody which addresses exist."""

    username = models.CharField(max_length=254, unique=True)
    failures = models.PositiveIntegerField(default=0)
    window_started_at = models.DateTimeField(default=timezone.now)
    locked_until = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.username


class PublishedPage(models.Model):
    """A public read, ready to send: the final bytes of one language's page (or of the
    JSON) of one version at one address, with its ETag and Cache-Control
    (notices.public_pages).

    Public reads fetch one row by ``key`` in one statement instead of loading and decoding
    a version's whole ``rendered`` field. ``number`` 0 is the notice's latest address;
    valid_from/valid_until (local days) let the statement pick the row in force today, so
    a scheduled version switches over without a write. Rows are derived data: written
    when a version is published or an address is chosen, and on a miss; never needed for
    correctness (a read that finds none is served from the versions themselves)."""

    LATEST = 0
    HTML, JSON = "html", "json"

    # No database constraint: the rows go with their notice, and the raw deletes that
    # remove versions (services_lifecycle) must not be refused because of a cache.
    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, db_constraint=False, related_name="+")
    # "<address>/<number>/<kind>/<language>": the address is the random slug or a readable
    # one; the language is "" for the read without ?lang= (and for the JSON).
    key = models.CharField(max_length=160, db_index=True)
    address = models.CharField(max_length=64)
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=8)
    language = models.CharField(max_length=8, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_until = models.DateField(null=True, blank=True)
    # What else the bytes depend on (page shell, static asset names, SITE_URL): rows of
    # another deployment's shell are ignored and rebuilt.
    shell = models.CharField(max_length=32)
    version_id = models.BigIntegerField()
    etag = models.CharField(max_length=160)
    cache_control = models.CharField(max_length=64)
    body = models.BinaryField()

    def __str__(self):
        return self.key
