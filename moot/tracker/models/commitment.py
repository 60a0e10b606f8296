"""Commitments: what meetings promised, and every change of their status.

A commitment moves through a small state machine; each move is a method
(``confirm``, ``fulfil``, ``withdraw``, ``supersede``, ``reopen``) that records a
``CommitmentEvent`` saying who, when, why and from which status to which. Views
and commands call these methods and never set ``status`` themselves. Overdue is
computed from the due date and today, never stored.
"""

from datetime import date

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moot import vocabulary
from moot.records.changes import Scope
from moot.records.models import AgendaItem, Organisation, Person, Resolution
from moot.records.models.base import Record, RecordQuerySet
from moot.records.models.exempt import ItemContentQuerySet, open_q

from ..horizon import is_known_overdue, minutes_until, reach_of, recorded_since_due


class TransitionError(ValueError):
    """The commitment cannot move to that status from the one it is in."""


class Rag(models.TextChoices):
    """The red, amber, green rating councils give progress."""

    RED = "red", _("Red: off track")
    AMBER = "amber", _("Amber: at risk")
    GREEN = "green", _("Green: on track")


def who(by) -> tuple[object | None, str]:
    """A user (or none) and a name for the record, from a user or a string."""
    if by is None or isinstance(by, str):
        return None, by or ""
    return by, by.get_full_name() or by.get_username()


def outcome_of(
    status: str,
    due: date | None,
    fulfilled_on: date | None,
    today: date | None,
    reach: date | None = None,
) -> str:
    """``on-time``, ``late``, ``overdue``, ``unrecorded``, or the status itself.

    A promise met with no due date, or with no date of meeting, counts as kept
    on time. An open one past its due date is overdue where Moot holds minutes
    of its council from after that date (``reach``, moot/tracker/horizon.py),
    and ``unrecorded`` where it does not: Moot cannot tell whether it was done.
    """
    if status == "fulfilled":
        return "late" if due and fulfilled_on and fulfilled_on > due else "on-time"
    today = today or date.today()
    if status == "open" and due and due < today:
        return "overdue" if is_known_overdue(due, today, reach) else "unrecorded"
    return status


class CommitmentQuerySet(ItemContentQuerySet):
    def overdue(self, today: date | None = None) -> "CommitmentQuerySet":
        """Open commitments past their due date, with minutes of their council
        on record from after it (moot/tracker/horizon.py)."""
        return self.filter(status=Commitment.Status.OPEN).filter(
            recorded_since_due(today or date.today())
        )

    def past_due(self, today: date | None = None) -> "CommitmentQuerySet":
        """Open commitments past their due date, known overdue or not: what an
        owner is reminded of, and a follower told of, when the date passes."""
        return self.filter(
            status=Commitment.Status.OPEN, due_date__lt=today or date.today()
        )

    def unrecorded(self, today: date | None = None) -> "CommitmentQuerySet":
        """Open commitments past their due date where Moot holds no minutes of
        their council since: whether they were kept is not known here."""
        today = today or date.today()
        return self.past_due(today).exclude(recorded_since_due(today))

    def falling_due(self, today: date, until: date) -> "CommitmentQuerySet":
        return self.filter(
            status=Commitment.Status.OPEN, due_date__gte=today, due_date__lte=until
        )

    def with_status(self, name: str, today: date | None = None):
        """Filter by a status name, ``overdue`` and ``unrecorded`` included."""
        if name == "overdue":
            return self.overdue(today)
        if name == "unrecorded":
            return self.unrecorded(today)
        if name == "open":
            return self.filter(status=name).exclude(due_date__lt=today or date.today())
        return self.filter(status=name)

    def with_reach(self) -> "CommitmentQuerySet":
        """Each row with its council's reach (``council_reach``), so that
        ``is_overdue`` on a list costs no query per row."""
        return self.annotate(council_reach=reach_of(minutes_until()))


class Commitment(Record):
    """A promise that follows from a resolution, an action or an undertaking.

    Overdue is computed from the due date, today and the council's reach,
    never stored.
    """

    class Kind(models.TextChoices):
        RESOLUTION = vocabulary.CommitmentKind.RESOLUTION, _("Resolution")
        ACTION = vocabulary.CommitmentKind.ACTION, _("Action")
        UNDERTAKING = vocabulary.CommitmentKind.UNDERTAKING, _("Undertaking")
        RECOMMENDATION = vocabulary.CommitmentKind.RECOMMENDATION, _("Recommendation")

    class Status(models.TextChoices):
        RECOMMENDED = "recommended", _("Recommended, not yet decided")
        PROPOSED = "proposed", _("Proposed, awaiting a clerk")
        OPEN = "open", _("Open")
        FULFILLED = "fulfilled", _("Fulfilled")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        SUPERSEDED = "superseded", _("Superseded")

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="commitments"
    )
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=Kind)
    resolution = models.ForeignKey(
        Resolution,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    text = models.TextField()
    owner = models.CharField(max_length=300, blank=True)
    owner_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    owner_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipient = models.CharField(
        max_length=300, blank=True, help_text='For whom: "the Committee".'
    )
    due_phrase = models.CharField(
        max_length=300, blank=True, help_text="The words the due date came from."
    )
    due_date = models.DateField(null=True, blank=True, db_index=True)
    due_at_next_meeting = models.BooleanField(
        default=False,
        help_text='Due "to the next meeting": the due date is the committee\'s '
        "next meeting in the calendar, and follows it if it moves.",
    )
    status = models.CharField(
        max_length=20, choices=Status, default=Status.OPEN, db_index=True
    )
    fulfilled_by = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fulfils",
        help_text="The item that completed it (all parts, if it has several).",
    )
    fulfilled_on = models.DateField(
        null=True,
        blank=True,
        help_text="When it was met: the date of the meeting that fulfilled it.",
    )
    superseded_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )

    objects = CommitmentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        ordering = ["agenda_item", "position"]
        # Mostly NULL: with fresh statistics SQLite judges a plain index on
        # these useless and scans the table on every item page. An index of the
        # rows that are set is one it always takes for "= item"
        # (moot/site/tests/test_query_plans.py).
        indexes = [
            models.Index(
                fields=["fulfilled_by"],
                condition=models.Q(fulfilled_by__isnull=False),
                name="commitment_fulfilled_by_set",
            ),
            models.Index(
                fields=["superseded_by"],
                condition=models.Q(superseded_by__isnull=False),
                name="commitment_superseded_by_set",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("commitment", args=[self.pk])

    @property
    def anchor(self) -> str:
        return f"commitment-{self.position}"

    @property
    def reach(self) -> date | None:
        """The latest meeting of this council whose minutes Moot holds."""
        if not hasattr(self, "council_reach"):
            body = self.agenda_item.meeting.committee.body_id
            self.council_reach = minutes_until().get(body)
        return self.council_reach

    def is_overdue(self, today: date | None = None) -> bool:
        return self.outcome(today) == "overdue"

    def is_unrecorded(self, today: date | None = None) -> bool:
        """Past due, with no minutes of its council on record since."""
        return self.outcome(today) == "unrecorded"

    def standing(self, today: date | None = None) -> str:
        """The status as lists and downloads give it: ``overdue`` and
        ``unrecorded`` (past due, no minutes on record since) in place of
        ``open`` where the due date has passed."""
        outcome = self.outcome(today)
        return outcome if outcome in ("overdue", "unrecorded") else self.status

    def days_overdue(self, today: date | None = None) -> int:
        """Days past the due date if known overdue, else 0."""
        return self.days_past_due(today) if self.is_overdue(today) else 0

    def days_past_due(self, today: date | None = None) -> int:
        """Days since the due date of an open promise, known overdue or not."""
        if self.status != self.Status.OPEN or self.due_date is None:
            return 0
        return max(0, ((today or date.today()) - self.due_date).days)

    def outcome(self, today: date | None = None) -> str:
        """How the promise stands; see ``outcome_of``."""
        past_due = self.status == self.Status.OPEN and self.due_date is not None
        reach = self.reach if past_due else None
        return outcome_of(self.status, self.due_date, self.fulfilled_on, today, reach)

    # The state machine: which status may follow which.
    MOVES = {
        Status.RECOMMENDED: {Status.OPEN, Status.WITHDRAWN, Status.SUPERSEDED},
        Status.PROPOSED: {Status.OPEN, Status.WITHDRAWN},
        Status.OPEN: {Status.FULFILLED, Status.WITHDRAWN, Status.SUPERSEDED},
        Status.FULFILLED: {Status.OPEN},
        Status.WITHDRAWN: {Status.OPEN},
        Status.SUPERSEDED: {Status.OPEN},
    }

    def _move(self, to: str, by, why: str, item=None, **fields) -> "CommitmentEvent":
        if to not in self.MOVES[self.status]:
            raise TransitionError(
                f"A commitment that is {self.get_status_display().lower()} "
                f"cannot become {self.Status(to).label.lower()}."
            )
        user, name = who(by)
        with transaction.atomic():
            event = CommitmentEvent.objects.create(
                commitment=self,
                from_status=self.status,
                to_status=to,
                by=user,
                by_name=name,
                why=why,
                item=item,
            )
            self.status = to
            for key, value in fields.items():
                setattr(self, key, value)
            self.save(update_fields=["status", *fields, "modified"])
        return event

    def confirm(self, by, why: str = "", **fields) -> "CommitmentEvent":
        """A clerk accepts a promise the parser found; ``fields`` may name the
        owner or correct the due date at the same time."""
        return self._move(
            self.Status.OPEN, by, why or "Confirmed by a clerk.", **fields
        )

    def adopt(self, by, why: str = "") -> "CommitmentEvent":
        """The meeting (or a later one) decided what was recommended."""
        return self._move(
            self.Status.OPEN, by, why or "The recommendation was adopted."
        )

    def fulfil(self, item: AgendaItem, by, why: str = "") -> "CommitmentEvent":
        """Met by ``item``; the link is recorded as a confirmed fulfilment."""
        from .fulfilment import Fulfilment

        with transaction.atomic():
            Fulfilment.objects.record(self, item, by)
            return self._move(
                self.Status.FULFILLED,
                by,
                why or f"Fulfilled by {item}.",
                item=item,
                fulfilled_by=item,
                fulfilled_on=item.meeting.date,
            )

    def withdraw(self, by, why: str) -> "CommitmentEvent":
        return self._move(self.Status.WITHDRAWN, by, why)

    def supersede(self, by, why: str, replacement=None) -> "CommitmentEvent":
        return self._move(self.Status.SUPERSEDED, by, why, superseded_by=replacement)

    def reopen(self, by, why: str) -> "CommitmentEvent":
        """Undo a fulfilment, withdrawal or supersession made in error."""
        return self._move(
            self.Status.OPEN,
            by,
            why,
            fulfilled_by=None,
            fulfilled_on=None,
            superseded_by=None,
        )

    def note_part(self, item: AgendaItem, by, why: str) -> "CommitmentEvent":
        """Record, without a change of status, that ``item`` met one part."""
        user, name = who(by)
        return CommitmentEvent.objects.create(
            commitment=self,
            from_status=self.status,
            to_status=self.status,
            by=user,
            by_name=name,
            why=why,
            item=item,
        )

    def add_update(
        self, note: str, rag: str, by, on: date | None = None
    ) -> "ProgressUpdate":
        user, name = who(by)
        update = ProgressUpdate.objects.create(
            commitment=self,
            on=on or date.today(),
            rag=rag,
            note=note,
            by=user,
            by_name=name,
        )
        self.save(update_fields=["modified"])
        return update


class TrackerQuerySet(RecordQuerySet):
    """Rows that hang off a commitment: public only if the commitment is."""

    def public(self):
        return self.filter(
            Q(deleted__isnull=True, commitment__deleted__isnull=True)
            & open_q("commitment__agenda_item")
        )


class CommitmentEvent(models.Model):
    """One change in a commitment's life: who, when, why, from what to what."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="events"
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    by_name = models.CharField(max_length=200, blank=True)
    from_status = models.CharField(max_length=20, choices=Commitment.Status)
    to_status = models.CharField(max_length=20, choices=Commitment.Status)
    why = models.TextField(blank=True)
    item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The item the change is about (the one that fulfilled it).",
    )
    deleted = models.DateTimeField(null=True, blank=True)

    objects = TrackerQuerySet.as_manager()

    class Meta:
        ordering = ["commitment", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status} at {self.at:%Y-%m-%d}"


class ProgressUpdate(Record):
    """A dated note on progress, by the owner or a clerk, with a RAG rating."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="updates"
    )
    on = models.DateField(default=date.today)
    rag = models.CharField("RAG", max_length=5, choices=Rag)
    note = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    by_name = models.CharField(max_length=200, blank=True)

    objects = TrackerQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["-on", "-created"]

    def __str__(self) -> str:
        return f"{self.on}: {self.note[:60]}"
