"""A ModernGov site as a source, for the one driver (``moot.importers.drive``).

Committees and councillors first, so meetings find them; then the meetings
listed by ``GetMeetings`` in date slices, each with its items, their minutes
pages and documents. A slice of the list that fails is a failure and the other
slices are read. Last, where the council's file asks for it, the decisions
register: the list for the window, then each decision's page (one that fails
is a failure, the others are read), the newest edition of the forward plan
and each councillor's register of interests.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from moot.minutes.source import ParseError

from .. import records
from ..drive import drive
from ..http import Client, FetchError
from ..registers import Register
from ..source import Read
from ..summary import Summary
from . import convert, decisions, fetch, interests, plans
from .council import Council

IMPORTER = "import moderngov"


@dataclass(frozen=True)
class Options:
    start: dt.date
    end: dt.date
    today: dt.date
    committee: str | None = None
    documents: bool = True


class ModernGov:
    """One council's ModernGov site: the source and its one Body."""

    importer = IMPORTER

    def __init__(self, client: Client, council: Council, options: Options) -> None:
        self.client, self.council, self.options = client, council, options
        self.documents = options.documents
        self.base = council.base_url
        self.body = records.Body(
            source_id=self.base, name=council.name, website=self.base
        )
        self.source = self.base
        self.councillors_read: list[str] = []  # their registers of interests

    def councils(self, summary: Summary) -> list["ModernGov"]:
        return [self]

    def committees(self, summary: Summary) -> list[Read[list[records.Committee]]]:
        url = fetch.committees_url(self.base)
        return [Read("committees (GetCommittees)", url, self._committees)]

    def _committees(self, summary: Summary) -> list[records.Committee]:
        return convert.committees(
            fetch.get_committees(self.client, self.base), self.base
        )

    def people(self, summary: Summary) -> list[Read[list[records.Person]]]:
        if not self.council.councillors:
            return []
        url = fetch.councillors_url(self.base)
        return [Read("councillors (GetCouncillorsByWard)", url, self._councillors)]

    def _councillors(self, summary: Summary) -> list[records.Person]:
        data = fetch.get_councillors(self.client, self.base)
        found = convert.councillors(data, self.base)
        self.councillors_read = [p.source_id for p in found]
        return found

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterator[Read[records.Meeting]]:
        for ref in self._meeting_refs(summary):
            what = f"meeting {ref.id} ({ref.committee.name}, {ref.date})"
            url = fetch.meeting_url(self.base, ref.id)
            yield Read(what, url, partial(self._meeting, ref))

    def papers(self, summary: Summary) -> list[Read[records.Report]]:
        return []

    def registers(self, summary: Summary) -> list[Read[Register]]:
        found = []
        if self.council.decisions:
            url = decisions.list_url(self.base, *_window(self.options))
            found.append(Read("decisions (mgDelegatedDecisions)", url, self._register))
        if self.council.forward_plan:
            url = plans.plans_url(self.base, self.council.forward_plan)
            found.append(Read("forward plan (mgListPlans)", url, self._plan))
        if self.council.interests and self.councillors_read:
            url = interests.interests_url(self.base, "")
            found.append(Read("registers of interests (mgRofI)", url, self._interests))
        return found

    def _plan(self, summary: Summary) -> Register:
        """The newest edition of the plan; after the decisions, so an entry
        finds the decision already taken on its issue."""
        url = plans.plans_url(self.base, self.council.forward_plan)
        edition = plans.latest_edition(self.client.get(url).body, self.base, url)
        entries = plans.plan_items(self.client.get(edition).body, self.base, edition)
        return Register(plan=entries)

    def _interests(self, summary: Summary) -> Register:
        """Each councillor's register page; one that fails is left as it was."""
        register = Register()
        for person in self.councillors_read:
            uid = person.rsplit("UID=", 1)[-1]
            url = interests.interests_url(self.base, uid)
            try:
                found = interests.interests(self.client.get(url).body, self.base, uid)
            except (FetchError, ParseError) as error:
                summary.fail(f"register of interests {uid}", error)
                continue
            register.interests += found
            register.registers_read.append(person)
        return register

    def _register(self, summary: Summary) -> Register:
        url = decisions.list_url(self.base, *_window(self.options))
        refs = decisions.decision_list(self.client.get(url).body, url)
        register = Register()
        for ref in refs:
            page = decisions.details_url(self.base, ref.id)
            try:
                found, warnings = decisions.decision(
                    self.client.get(page).body, self.base, ref.id
                )
            except (FetchError, ParseError) as error:
                summary.fail(f"decision {ref.id} ({ref.title})", error)
                continue
            register.decisions.append(found)
            summary.warnings += warnings
        return register

    def _meeting_refs(self, summary: Summary) -> list[convert.MeetingRef]:
        options, base = self.options, self.base
        committee = options.committee or "0"
        wanted = options.committee and convert.committee_id(base, options.committee)
        refs: dict[str, convert.MeetingRef] = {}
        for start, end in fetch.slices(
            options.start, options.end, self.council.slice_days
        ):
            try:
                data = fetch.get_meetings(self.client, base, committee, start, end)
                found, warnings = convert.meetings(data, base)
            except (FetchError, ParseError) as error:
                summary.fail(f"meetings {start} to {end} (GetMeetings)", error)
                continue
            summary.warnings += warnings
            for ref in found:
                if not wanted or ref.committee.source_id == wanted:
                    refs.setdefault(ref.id, ref)
        return sorted(refs.values(), key=lambda r: (r.date, r.id))

    def _meeting(self, ref: convert.MeetingRef, summary: Summary) -> records.Meeting:
        data = fetch.get_meeting(self.client, self.base, ref.id)
        meeting, pages = convert.meeting(data, ref, self.base, self.options.today)
        if self.council.item_pages:
            self._item_pages(meeting, pages, summary)
        return meeting

    def _item_pages(
        self, meeting: records.Meeting, pages: list[convert.ItemPage], summary: Summary
    ) -> None:
        """Minutes from each item's page, where the web service had none."""
        for page in pages:
            item = meeting.items[page.index]
            try:
                data = fetch.get_item_page(self.client, self.base, page.id)
                content = convert.item_page(data, page.id, meeting.date)
            except (FetchError, ParseError) as error:
                summary.fail(f"item page {page.id} ({item.title})", error)
                continue
            if content is not None:
                content.number = content.number or item.number or None
                item.content = content


def _window(options: Options) -> tuple[str, str]:
    return options.start.strftime("%d/%m/%Y"), options.end.strftime("%d/%m/%Y")


def run(client: Client, council: Council, options: Options) -> Summary:
    """Import ``council``'s committees, people and meetings in the window."""
    return drive(ModernGov(client, council, options))
