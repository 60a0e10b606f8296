"""Alert URLs. Once published (they are in emails), a pattern never changes."""

from django.urls import path

from . import views

urlpatterns = [
    path("alerts/", views.subscribe, name="alerts-subscribe"),
    path("alerts/confirm/<str:token>/", views.confirm, name="alerts-confirm"),
    path(
        "alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts-unsubscribe"
    ),
    path("alerts/manage/<str:token>/", views.manage, name="alerts-manage"),
]
