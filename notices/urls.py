from django.urls import include, path

from . import views_organisations

app_name = "notices"

urlpatterns = [
    path("", views_organisations.dashboard, name="dashboard"),
    path("", include("notices.urls_public")),  # published notices (issue 5)
    path("organisations/new/", views_organisations.organisation_create, name="organisation_create"),
    path("organisations/<int:pk>/", views_organisations.organisation_detail, name="organisation_detail"),
    path("organisations/<int:pk>/edit/", views_organisations.organisation_edit, name="organisation_edit"),
]
