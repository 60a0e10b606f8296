"""Public URLs. Once published, a URL pattern here never changes."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from moot.records.freshness import conditional

from . import views
from .sitemaps import SITEMAPS

# Pages built once per change of the records and answered 304 when unchanged
# (moot/records/freshness.py); the item page has its own, narrower stamp.
fresh = conditional(keep=True)

urlpatterns = [
    path("", fresh(views.home), name="home"),
    path("committees/", fresh(views.committees), name="committees"),
    path("committees/<slug:slug>/", fresh(views.committee), name="committee"),
    path(
        "meetings/<slug:committee_slug>/<str:day>/",
        fresh(views.meeting),
        name="meeting",
    ),
    path("items/<int:pk>-<slug:slug>/", views.item, name="item"),
    path("councillors/", fresh(views.councillors), name="councillors"),
    path("councils/<slug:slug>/", fresh(views.council), name="council"),
    path("people/<slug:slug>/", fresh(views.person), name="person"),
    path("documents/<int:pk>/", fresh(views.document), name="document"),
    path("documents/<int:pk>/file", views.document_file, name="document-file"),
    re_path(r"^brand/(?P<colour>[0-9a-f]{6})\.css$", views.brand_css, name="brand-css"),
    path(
        "sitemap.xml",
        fresh(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        fresh(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
