"""Invitations and publish requests in the admin: read-only, because they change only
through notices/services_teams.py (which records every change in the activity log)."""

from django.contrib import admin

from .models import Invitation, PublishRequest


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    list_display = ("email", "organisation", "role", "invited_by_email", "created_at", "expires_at", "accepted_at", "revoked_at")
    list_filter = ("role",)
    search_fields = ("email", "organisation__name", "invited_by_email")
    list_select_related = ("organisation",)
    exclude = ("token_hash",)


@admin.register(PublishRequest)
class PublishRequestAdmin(ReadOnlyAdmin):
    list_display = ("notice", "status", "requested_by_email", "decided_by_email", "created_at", "decided_at")
    list_filter = ("status",)
    search_fields = ("notice__title", "notice__organisation__name", "requested_by_email")
    list_select_related = ("notice",)
    exclude = ("fingerprint",)
