"""Open-data URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from .oparl import views as oparl

urlpatterns = [
    path("oparl/", oparl.system, name="oparl-system"),
    path("oparl/body/", oparl.bodies, name="oparl-bodies"),
    path("oparl/body/<int:body>/<slug:kind>/", oparl.body_list, name="oparl-list"),
    path("oparl/<slug:kind>/<int:pk>/", oparl.one, name="oparl-object"),
]
