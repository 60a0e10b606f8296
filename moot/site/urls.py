"""Public URLs. Once published, a URL pattern here never changes."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from . import views
from .sitemaps import SITEMAPS

urlpatterns = [
    path("", views.home, name="home"),
    path("committees/", views.committees, name="committees"),
    path("committees/<slug:slug>/", views.committee, name="committee"),
    path("meetings/<slug:committee_slug>/<str:day>/", views.meeting, name="meeting"),
    path("items/<int:pk>-<slug:slug>/", views.item, name="item"),
    path("councillors/", views.councillors, name="councillors"),
    path("councils/<slug:slug>/", views.council, name="council"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("documents/<int:pk>/file", views.document_file, name="document-file"),
    re_path(r"^brand/(?P<colour>[0-9a-f]{6})\.css$", views.brand_css, name="brand-css"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
