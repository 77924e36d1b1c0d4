"""Staff views of everything. Published versions, their files and the audit trail are
read-only here as everywhere: a correction is a new version, never an edit."""

import json

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.db import models
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import services
from .models import AdequacyDecision, AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation, ServiceLibraryEntry, User

admin.site.site_header = _("Seloste administration")
admin.site.site_title = "Seloste"
admin.site.index_title = _("Everything in Seloste")


def pretty_json(value) -> str:
    """JSON for reading, escaped (format_html) because answers hold user-typed text."""
    return format_html('<pre class="seloste-admin-json">{}</pre>', json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


class ReadOnlyAdminMixin:
    """Shows records, never changes them (no add, no change, no delete, no delete action)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


# --- Users -------------------------------------------------------------------------------


class EmailUserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class EmailUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)
    fields = ("user", "role", "created_at")
    readonly_fields = ("created_at",)


class UserMembershipInline(MembershipInline):
    autocomplete_fields = ("organisation",)
    fields = ("organisation", "role", "created_at")
    verbose_name_plural = _("organisations")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = EmailUserChangeForm
    add_form = EmailUserCreationForm
    ordering = ("email",)
    list_display = ("email", "full_name", "is_active", "is_staff", "date_joined", "last_login")
    list_filter = ("is_active", "is_staff", "is_superuser")
    search_fields = ("email", "full_name")
    readonly_fields = ("date_joined", "last_login")
    inlines = [UserMembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name",)}),
        (_("Permissions"), {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "usable_password", "password1", "password2")}),)

    def get_inlines(self, request, obj):
        # A new user gets organisations afterwards; the add page stays a plain form.
        return self.inlines if obj is not None else []


# --- Organisations and notices --------------------------------------------------------------


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "business_id", "country", "email", "member_count", "notice_count", "created_at")
    list_filter = ("country",)
    search_fields = ("name", "business_id", "email", "memberships__user__email")
    readonly_fields = ("created_at", "updated_at")
    inlines = [MembershipInline]
    # Websites typed without a scheme are https today (and Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("name", "country", "business_id")}),
        (_("Contact details"), {"fields": ("street_address", "postal_code", "city", "email", "phone", "website")}),
        (_("Data protection officer"), {"fields": ("dpo_name", "dpo_email", "dpo_phone")}),
        (_("EU representative"), {"fields": ("representative_name", "representative_contact")}),
        (None, {"fields": ("created_at", "updated_at")}),
    )

    def save_model(self, request, obj, form, change):
        # Staff edits go through the same service as the app: the EU-representative rule
        # applies and the organisation's activity log records the change.
        if not change:
            super().save_model(request, obj, form, change)
            services.audit_record(organisation=obj, actor=request.user, action="organisation_created", detail={"name": obj.name, "via": "admin"})
            return
        data = {field: form.cleaned_data[field] for field in services.ORGANISATION_FIELDS if field in form.cleaned_data}
        services.organisation_update(organisation=Organisation.objects.get(pk=obj.pk), by=request.user, data=data)
        obj.refresh_from_db()

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_members=Count("memberships", distinct=True), _notices=Count("notices", distinct=True))

    @admin.display(description=_("members"), ordering="_members")
    def member_count(self, obj):
        return obj._members

    @admin.display(description=_("notices"), ordering="_notices")
    def notice_count(self, obj):
        return obj._notices


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "role", "created_at")
    list_filter = ("role",)
    search_fields = ("user__email", "organisation__name")
    autocomplete_fields = ("user", "organisation")
    list_select_related = ("user", "organisation")


class NoticeVersionInline(admin.TabularInline):
    model = NoticeVersion
    extra = 0
    fields = ("number", "published_at", "published_by_email", "note", "languages")
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "current_step", "step_count", "latest_version", "updated_at")
    list_filter = ("organisation__country",)
    search_fields = ("title", "organisation__name", "public_slug")
    list_select_related = ("organisation",)
    autocomplete_fields = ("organisation",)
    readonly_fields = ("public_slug", "created_by", "created_at", "updated_at", "answers_pretty")
    # The answers are shown read-only (pretty JSON): they change through the wizard only.
    fields = ("organisation", "title", "current_step", "completed_steps", "public_slug", "created_by", "created_at", "updated_at", "answers_pretty")
    inlines = [NoticeVersionInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and form.changed_data:
            # Members see staff edits in their activity log like their own.
            services.audit_record(
                organisation=obj.organisation, actor=request.user, action="notice_updated", notice=obj, detail={"fields": form.changed_data, "via": "admin"}
            )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_latest=Max("versions__number"))

    @admin.display(description=_("answers"))
    def answers_pretty(self, obj):
        return pretty_json(obj.answers)

    @admin.display(description=_("steps done"))
    def step_count(self, obj):
        return len(obj.completed_steps or [])

    @admin.display(description=_("latest version"), ordering="_latest")
    def latest_version(self, obj):
        return obj._latest or "—"


class NoticeVersionFileInline(admin.TabularInline):
    model = NoticeVersionFile
    extra = 0
    fields = ("language", "content_type", "sha256", "size")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("size (bytes)"))
    def size(self, obj):
        return len(obj.data or b"")


@admin.register(NoticeVersion)
class NoticeVersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("notice", "number", "published_at", "published_by_email", "languages")
    list_filter = ("published_at",)
    search_fields = ("notice__title", "notice__organisation__name", "published_by_email", "note")
    list_select_related = ("notice",)
    date_hierarchy = "published_at"
    fields = ("notice", "number", "published_at", "published_by_email", "note", "languages", "etag", "controller_pretty", "answers_pretty")
    readonly_fields = fields
    inlines = [NoticeVersionFileInline]

    @admin.display(description=_("controller"))
    def controller_pretty(self, obj):
        return pretty_json(obj.controller)

    @admin.display(description=_("answers"))
    def answers_pretty(self, obj):
        return pretty_json(obj.answers)


@admin.register(NoticeVersionFile)
class NoticeVersionFileAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("version", "language", "content_type", "sha256")
    list_filter = ("language",)
    search_fields = ("version__notice__title", "sha256")
    list_select_related = ("version__notice",)
    fields = ("version", "language", "content_type", "sha256")
    readonly_fields = fields


@admin.register(AdequacyDecision)
class AdequacyDecisionAdmin(admin.ModelAdmin):
    list_display = ("country", "active", "decided_on", "listed_on", "source")
    list_filter = ("active",)
    search_fields = ("country", "source")
    list_editable = ("active",)


def stale_before():
    """Entries whose oldest fact was checked before this date are due for a new check."""
    from .content.service_library import STALE_AFTER

    return timezone.localdate() - STALE_AFTER


class StaleFilter(admin.SimpleListFilter):
    title = _("checked")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [("yes", _("over 12 months ago or never")), ("no", _("within 12 months"))]

    def queryset(self, request, queryset):
        stale = models.Q(checked_on__lt=stale_before()) | models.Q(checked_on__isnull=True)
        if self.value() == "yes":
            return queryset.filter(stale)
        if self.value() == "no":
            return queryset.exclude(stale)
        return queryset


@admin.register(ServiceLibraryEntry)
class ServiceLibraryEntryAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "group", "entity", "country", "role", "checked_on", "is_stale", "active")
    list_filter = (StaleFilter, "active", "group", "kind")
    search_fields = ("name", "code", "entity")
    readonly_fields = ("checked_on",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(boolean=True, description=_("needs checking"))
    def is_stale(self, obj):
        return obj.checked_on is None or obj.checked_on < stale_before()

    def changelist_view(self, request, extra_context=None):
        stale = ServiceLibraryEntry.objects.filter(active=True).filter(
            models.Q(checked_on__lt=stale_before()) | models.Q(checked_on__isnull=True)
        ).count()
        if stale:
            messages.warning(
                request,
                _("%(count)d services were last checked over 12 months ago (or never). Check their facts and sources.") % {"count": stale},
            )
        return super().changelist_view(request, extra_context)


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("created_at", "actor_email", "action", "organisation", "notice")
    list_filter = ("action",)
    search_fields = ("actor_email", "action", "organisation__name", "notice__title")
    list_select_related = ("organisation", "notice")
    date_hierarchy = "created_at"
    fields = ("created_at", "organisation", "notice", "actor", "actor_email", "action", "detail_pretty")
    readonly_fields = fields

    @admin.display(description=_("detail"))
    def detail_pretty(self, obj):
        return pretty_json(obj.detail)
