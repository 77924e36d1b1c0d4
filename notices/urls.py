from django.urls import include, path

from .views import branding as views_branding
from .views import data as views_data
from .views import lifecycle as views_lifecycle
from .views import live as views_live
from .views import members as views_members
from .views import organisations as views_organisations
from .views import requests as views_requests
from .views import site as views_site
from .views import upkeep as views_upkeep
from .views import wizard as views

app_name = "notices"

urlpatterns = [
    path("", views_site.home, name="home"),
    path("terms/", views_site.terms, name="terms"),
    path("sample/", views_site.sample_notice, name="sample_notice"),
    path("privacy/", views_site.privacy, name="privacy"),
    path("dashboard/", views_organisations.dashboard, name="dashboard"),
    path("", include("notices.urls_public")),
    path("organisations/new/", views_organisations.organisation_create, name="organisation_create"),
    path("organisations/<int:pk>/", views_organisations.organisation_detail, name="organisation_detail"),
    path("organisations/<int:pk>/edit/", views_organisations.organisation_edit, name="organisation_edit"),
    path("organisations/<int:org_pk>/activity/", views_data.audit_log, name="audit_log"),
    path("account/data/", views_data.export, name="export"),
    path("account/data/export.json", views_data.export_download, name="export_download"),
    path("account/data/import/", views_data.account_import, name="account_import"),
    # The notice wizard
    path("organisations/<int:org_pk>/notices/new/", views.notice_create, name="notice_create"),
    path("notices/<int:pk>/wizard/", views.wizard, name="wizard"),
    path("notices/<int:pk>/wizard/<slug:step>/", views.wizard_step, name="wizard_step"),
    path("notices/<int:pk>/preview/", views.notice_preview, name="preview"),
    # Teams: members, invitations, the approval setting, the agency overview
    path("organisations/<int:pk>/members/", views_members.members, name="members"),
    path("organisations/<int:pk>/members/<int:member_pk>/role/", views_members.member_role, name="member_role"),
    path("organisations/<int:pk>/members/<int:member_pk>/remove/", views_members.member_remove, name="member_remove"),
    path("organisations/<int:pk>/members/<int:member_pk>/make-owner/", views_members.member_transfer, name="member_transfer"),
    path("organisations/<int:pk>/leave/", views_members.organisation_leave, name="organisation_leave"),
    path("organisations/<int:pk>/invitations/<int:invitation_pk>/cancel/", views_members.invitation_revoke, name="invitation_revoke"),
    path("organisations/<int:pk>/settings/", views_members.organisation_settings, name="organisation_settings"),
    path("invitations/<str:token>/", views_members.invitation, name="invitation"),
    path("overview/", views_members.overview, name="overview"),
    path("clients/new/", views_members.client_create, name="client_create"),
    # Four eyes: publish requests
    path("notices/<int:pk>/request-publishing/", views_requests.publish_request_create, name="publish_request_create"),
    path("notices/<int:pk>/requests/<int:request_pk>/", views_requests.publish_request, name="publish_request"),
    path("notices/<int:pk>/requests/<int:request_pk>/approve/", views_requests.publish_request_approve, name="publish_request_approve"),
    path("notices/<int:pk>/requests/<int:request_pk>/reject/", views_requests.publish_request_reject, name="publish_request_reject"),
    path("notices/<int:pk>/requests/<int:request_pk>/withdraw/", views_requests.publish_request_withdraw, name="publish_request_withdraw"),
    path("notices/<int:pk>/review/", views_upkeep.notice_review, name="notice_review"),
    path("notices/<int:pk>/wizard/<slug:step>/live-preview/", views_live.live_preview, name="live_preview"),
    # Account lifecycle
    path("notices/<int:pk>/delete/", views_lifecycle.notice_delete, name="notice_delete"),
    path("notices/<int:pk>/withdraw/", views_lifecycle.notice_withdraw, name="notice_withdraw"),
    path("notices/<int:pk>/address/", views_lifecycle.notice_address, name="notice_address"),
    path("organisations/<int:pk>/delete/", views_lifecycle.organisation_delete, name="organisation_delete"),
    path("account/delete/", views_lifecycle.account_delete, name="account_delete"),
    path("organisations/<int:pk>/branding/", views_branding.organisation_branding, name="organisation_branding"),
    path("notices/<int:pk>/versions/<int:number>/<str:lang>.pdf", views_lifecycle.owner_version_pdf, name="owner_version_pdf"),
    path("notices/<int:pk>/templates/", views.notice_templates, name="notice_templates"),
    path("notices/<int:pk>/duplicate/", views.notice_duplicate, name="notice_duplicate"),
    path("notices/<int:pk>/basis-helper/", views.basis_helper, name="basis_helper"),
]
