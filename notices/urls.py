from django.urls import include, path

from . import views, views_data, views_organisations

app_name = "notices"

urlpatterns = [
    path("", views_organisations.dashboard, name="dashboard"),
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
    path("notices/<int:pk>/templates/", views.notice_templates, name="notice_templates"),
    path("notices/<int:pk>/duplicate/", views.notice_duplicate, name="notice_duplicate"),
    path("notices/<int:pk>/basis-helper/", views.basis_helper, name="basis_helper"),
]
