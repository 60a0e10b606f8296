"""Moot's URLs."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("moot.api.urls")),
    path("", include("moot.search.urls")),
    path("", include("moot.tracker.urls")),
    path("", include("moot.site.urls")),
]
