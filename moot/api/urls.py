"""Open-data URLs. Once published, a URL pattern here never changes."""

from django.urls import path

from moot.decisions.feeds import DecisionRegisterFeed
from moot.records.freshness import conditional, export

from . import calendars, downloads, feeds
from .oparl import views as oparl

# Calendars, feeds and downloads answer 304 when no record has changed, are
# built once per change and gzipped (moot/records/freshness.py; the downloads
# page is HTML, so not gzipped); the OParl
# answers do their own conditional GET (responses.py).
urlpatterns = [
    path("oparl/", oparl.system, name="oparl-system"),
    path("oparl/body/", oparl.bodies, name="oparl-bodies"),
    path("oparl/body/<int:body>/<slug:kind>/", oparl.body_list, name="oparl-list"),
    path("oparl/<slug:kind>/<int:pk>/", oparl.one, name="oparl-object"),
    path("meetings.ics", export(calendars.meetings), name="meetings-ics"),
    path(
        "committees/<slug:slug>/meetings.ics",
        export(calendars.committee),
        name="committee-ics",
    ),
    path(
        "people/<slug:slug>/meetings.ics", export(calendars.person), name="person-ics"
    ),
    path(
        "committees/<slug:slug>/feed.atom",
        export(feeds.CommitteeFeed()),
        name="committee-feed",
    ),
    path(
        "people/<slug:slug>/feed.atom", export(feeds.PersonFeed()), name="person-feed"
    ),
    path("decisions.atom", export(feeds.DecisionsFeed()), name="decisions-feed"),
    path("commitments.atom", export(feeds.CommitmentsFeed()), name="commitments-feed"),
    path("downloads/", conditional(keep=True)(downloads.page), name="downloads"),
    path("downloads/<slug:name>.csv", export(downloads.table_csv), name="download-csv"),
    path(
        "downloads/<slug:name>.json", export(downloads.table_json), name="download-json"
    ),
    path(
        "decisions/feed.atom",
        export(DecisionRegisterFeed()),
        name="decision-register-feed",
    ),
    path(
        "downloads/<slug:slug>/datapackage.json",
        export(downloads.datapackage),
        name="datapackage",
    ),
    path(
        "downloads/<slug:slug>/<slug:name>.csv",
        export(downloads.body_csv),
        name="download-body-table",
    ),
    path(
        "downloads/<slug:slug>.zip",
        conditional(keep=True)(downloads.datapackage_zip),
        name="datapackage-zip",
    ),
]
