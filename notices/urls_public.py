"""Published notices. Included from notices/urls.py, so the names live in the
``notices`` namespace (e.g. ``notices:public_notice``)."""

from django.urls import path

from .views import branding as views_branding
from .views import opendata as views_opendata
from .views import public as views

urlpatterns = [
    path("n/<slug:slug>/", views.public_notice, name="public_notice"),
    path("n/<slug:slug>/brand.css", views_branding.public_brand_css, name="public_brand_css"),
    path("n/<slug:slug>/logo.png", views_branding.public_logo, name="public_logo"),
    path("n/<slug:slug>.json", views.public_notice_json, name="public_notice_json"),
    path("n/<slug:slug>/<str:lang>.pdf", views.public_notice_pdf, name="public_notice_pdf"),
    path("n/<slug:slug>/v<int:number>/", views.public_version, name="public_version"),
    path("n/<slug:slug>/v<int:number>.json", views.public_version_json, name="public_version_json"),
    path("n/<slug:slug>/v<int:number>/<str:lang>.pdf", views.public_version_pdf, name="public_version_pdf"),
    path("n/<slug:slug>/versions/", views.public_history, name="public_history"),
    path("n/<slug:slug>/changes/", views.public_changes, name="public_changes"),
    path("notices/<int:pk>/publish/", views.notice_publish, name="notice_publish"),
    path("notices/<int:pk>/versions/", views.notice_versions, name="notice_versions"),
    path("n/<slug:slug>/v<int:number>.jsonld", views_opendata.public_version_jsonld, name="public_version_jsonld"),
    path("n/<slug:slug>.jsonld", views_opendata.public_notice_jsonld, name="public_notice_jsonld"),
    path("n/<slug:slug>/feed/", views_opendata.public_feed, name="public_feed"),
]
