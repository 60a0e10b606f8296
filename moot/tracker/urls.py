"""Tracker URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from moot.records.freshness import conditional, export

from . import views

# Public pages and exports: 304 when no record has changed, built once per
# change (moot/records/freshness.py); exports gzipped. Proposals (a staff form)
# are left alone.
fresh = conditional(keep=True)


urlpatterns = [
    path("commitments/", fresh(views.commitments), name="commitments"),
    path("commitments.csv", export(views.commitments_csv), name="commitments-csv"),
    path("commitments.ics", export(views.commitments_ics), name="commitments-ics"),
    path("commitments/<int:pk>/", fresh(views.commitment), name="commitment"),
    path(
        "commitments/committees/<slug:slug>/",
        fresh(views.committee_summary),
        name="commitments-committee",
    ),
    path(
        "commitments/committees/<slug:slug>.ics",
        export(views.committee_ics),
        name="commitments-committee-ics",
    ),
    path(
        "commitments/owners/<slug:slug>/",
        fresh(views.owner_summary),
        name="commitments-owner",
    ),
    path(
        "commitments/owners/<slug:slug>.ics",
        export(views.owner_ics),
        name="commitments-owner-ics",
    ),
    path("commitments/proposals/", views.proposals, name="commitment-proposals"),
    path("commitments/proposals/<int:pk>/", views.decide, name="commitment-decide"),
    path("issues/<slug:slug>/", fresh(views.issue), name="issue"),
    path(
        "information-requests/",
        fresh(views.information_requests),
        name="information-requests",
    ),
    path("action-plans/<slug:slug>/", fresh(views.action_plan), name="action-plan"),
]
