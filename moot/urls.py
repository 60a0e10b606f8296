"""Moot's URLs.

The public pages answer in English at their address and in Welsh under /cy/;
the admin (and machine-readable endpoints) have one address only.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    # Open data (OParl, calendars, feeds, downloads): one address each.
    path("", include("moot.api.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("moot.search.urls")),
    path("", include("moot.tracker.urls")),
    path("", include("moot.decisions.urls")),
    path("", include("moot.site.urls")),
    path("", include("moot.alerts.urls")),
    prefix_default_language=False,
)
