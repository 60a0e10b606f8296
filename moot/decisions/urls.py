"""Register URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from . import views

urlpatterns = [
    path("decisions/", views.decisions, name="decisions"),
    path("decisions/<int:pk>/", views.decision, name="decision"),
    path("forward-plan/", views.forward_plan, name="forward-plan"),
]
