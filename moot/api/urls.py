"""Open-data URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from moot.decisions.feeds import DecisionRegisterFeed

from . import calendars, downloads, feeds
from .oparl import views as oparl

urlpatterns = [
    path("oparl/", oparl.system, name="oparl-system"),
    path("oparl/body/", oparl.bodies, name="oparl-bodies"),
    path("oparl/body/<int:body>/<slug:kind>/", oparl.body_list, name="oparl-list"),
    path("oparl/<slug:kind>/<int:pk>/", oparl.one, name="oparl-object"),
    path("meetings.ics", calendars.meetings, name="meetings-ics"),
    path(
        "committees/<slug:slug>/meetings.ics",
        calendars.committee,
        name="committee-ics",
    ),
    path("people/<slug:slug>/meetings.ics", calendars.person, name="person-ics"),
    path(
        "committees/<slug:slug>/feed.atom", feeds.CommitteeFeed(), name="committee-feed"
    ),
    path("people/<slug:slug>/feed.atom", feeds.PersonFeed(), name="person-feed"),
    path("decisions.atom", feeds.DecisionsFeed(), name="decisions-feed"),
    path("decisions/feed.atom", DecisionRegisterFeed(), name="decision-register-feed"),
    path("commitments.atom", feeds.CommitmentsFeed(), name="commitments-feed"),
    path("downloads/", downloads.page, name="downloads"),
    path("downloads/<slug:name>.csv", downloads.table_csv, name="download-csv"),
    path("downloads/<slug:name>.json", downloads.table_json, name="download-json"),
    path(
        "downloads/<slug:slug>/datapackage.json",
        downloads.datapackage,
        name="datapackage",
    ),
    path(
        "downloads/<slug:slug>/<slug:name>.csv",
        downloads.body_csv,
        name="download-body-table",
    ),
    path(
        "downloads/<slug:slug>.zip", downloads.datapackage_zip, name="datapackage-zip"
    ),
]
