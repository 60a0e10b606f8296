"""Tracker URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from . import views

urlpatterns = [
    path("commitments/", views.commitments, name="commitments"),
    path("commitments.csv", views.commitments_csv, name="commitments-csv"),
    path("commitments.ics", views.commitments_ics, name="commitments-ics"),
    path("commitments/<int:pk>/", views.commitment, name="commitment"),
    path(
        "commitments/committees/<slug:slug>/",
        views.committee_summary,
        name="commitments-committee",
    ),
    path(
        "commitments/committees/<slug:slug>.ics",
        views.committee_ics,
        name="commitments-committee-ics",
    ),
    path(
        "commitments/owners/<slug:slug>/",
        views.owner_summary,
        name="commitments-owner",
    ),
    path(
        "commitments/owners/<slug:slug>.ics",
        views.owner_ics,
        name="commitments-owner-ics",
    ),
    path("commitments/proposals/", views.proposals, name="commitment-proposals"),
    path("commitments/proposals/<int:pk>/", views.decide, name="commitment-decide"),
    path("issues/<slug:slug>/", views.issue, name="issue"),
    path(
        "information-requests/",
        views.information_requests,
        name="information-requests",
    ),
    path("action-plans/<slug:slug>/", views.action_plan, name="action-plan"),
]
