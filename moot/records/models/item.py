"""Agenda items, the reports behind them and their documents."""

from django.db import models
from django.urls import reverse

from moot import vocabulary

from ..changes import Scope
from ..exempt_categories import categories
from .base import Record
from .body import Issue, Person
from .exempt import AgendaItemQuerySet, DocumentQuerySet, ItemContentQuerySet
from .meeting import Meeting


class ExemptDecision(models.TextChoices):
    WITHHELD = "withheld", "Confirmed exempt by a clerk"
    RELEASED = "released", "Released by a clerk"


class AgendaItem(Record):
    """One numbered item of a Meeting (OParl AgendaItem).

    Only the title and the exemption live here; everything an exempt item
    withholds lives in rows that point at it, so ``public()`` can leave them out.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="items")
    position = models.PositiveIntegerField(default=0, help_text="Order on the agenda.")
    number = models.CharField(max_length=20, blank=True, help_text="As printed: 40.")
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=80, blank=True)
    is_exempt = models.BooleanField(
        default=False,
        help_text="Withheld from the public under Schedule 12A: only the title "
        "and paragraph are shown.",
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Schedule 12A paragraph, 1 to 7."
    )
    exempt_reason = models.CharField(
        max_length=500,
        blank=True,
        help_text="The source's own words, for clerks only: never published, since "
        "they can name what the exemption protects.",
    )
    exempt_paragraphs = models.JSONField(
        default=list, blank=True, help_text="Every Schedule 12A paragraph cited."
    )
    exempt_review = models.BooleanField(
        default=False,
        help_text="Moot was unsure whether this item is exempt, so it is withheld "
        "until a clerk confirms or releases it.",
    )
    exempt_decision = models.CharField(
        max_length=10,
        choices=ExemptDecision,
        blank=True,
        help_text="A clerk's decision, which reloading the source does not undo.",
    )
    withheld_documents = models.JSONField(
        default=list,
        blank=True,
        help_text="Papers of a public item that are not for publication, as the "
        'minutes name them: [{"name": "Appendix 2", "paragraphs": [3]}].',
    )
    previous_references = models.JSONField(default=list, blank=True)
    issue = models.ForeignKey(
        Issue, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    fingerprint = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="Hash of the parsed record last stored, so reloading is a no-op.",
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )
    webcast_start = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Seconds into the meeting's webcast where the item starts.",
    )

    objects = AgendaItemQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "pk")

    class Meta:
        ordering = ["meeting", "position"]
        indexes = [models.Index(fields=["meeting", "position"])]
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="agenda_item_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return reverse("item", args=[self.pk, self.slug or "item"])

    def exempt_categories(self) -> list[tuple[int | None, str]]:
        """What the public sees of why: the law's words for each paragraph."""
        cited = self.exempt_paragraphs or (
            [self.exempt_paragraph] if self.exempt_paragraph else []
        )
        return categories(cited)

    def withhold(self) -> None:
        """A clerk confirms the item is exempt; reloading will not release it."""
        self.is_exempt, self.exempt_review = True, False
        self.exempt_decision = ExemptDecision.WITHHELD
        self.save(
            update_fields=["is_exempt", "exempt_review", "exempt_decision", "modified"]
        )

    def release(self) -> None:
        """A clerk publishes the item (the reason has lapsed, or it never was
        exempt); reloading the source will not withhold it again."""
        self.is_exempt, self.exempt_review = False, False
        self.exempt_decision = ExemptDecision.RELEASED
        self.save(
            update_fields=["is_exempt", "exempt_review", "exempt_decision", "modified"]
        )


class Report(Record):
    """The officer's report behind an item (OParl Paper)."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="reports"
    )
    position = models.PositiveIntegerField(default=0)
    letter = models.CharField(
        max_length=20, blank=True, help_text='The document letter: "J".'
    )
    title = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    author = models.CharField(
        max_length=300, blank=True, help_text="Author's role, as the item gives it."
    )
    contact_name = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=50, blank=True)
    contact = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source's paper (a URL); one paper may be the report of "
        "several items, as it goes from committee to council.",
    )

    objects = ItemContentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        ordering = ["agenda_item", "position"]

    def __str__(self) -> str:
        return self.title or f"Document {self.letter}".strip()


class Document(Record):
    """A file attached to an item or report, or to a meeting (OParl File).

    A meeting's own papers (its agenda pack, printed minutes, OParl's
    invitation and results protocol) belong to no one item: they point at the
    meeting instead, with a ``role`` saying what they are. Exactly one of
    ``agenda_item`` and ``meeting`` is set.
    """

    class Kind(models.TextChoices):
        PDF = vocabulary.DocumentKind.PDF, "PDF"
        HTML = vocabulary.DocumentKind.HTML, "Web page"
        DOCX = vocabulary.DocumentKind.DOCX, "Word document"
        OTHER = vocabulary.DocumentKind.OTHER, "Other"

    class Role(models.TextChoices):
        AGENDA = vocabulary.DocumentRole.AGENDA, "Agenda"
        MINUTES = vocabulary.DocumentRole.MINUTES, "Minutes"
        INVITATION = vocabulary.DocumentRole.INVITATION, "Invitation"
        RESULTS = vocabulary.DocumentRole.RESULTS, "Record of decisions"
        VERBATIM = vocabulary.DocumentRole.VERBATIM, "Verbatim record"
        SUPPLEMENT = vocabulary.DocumentRole.SUPPLEMENT, "Supplementary papers"
        OTHER = vocabulary.DocumentRole.OTHER, "Other papers"

    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="documents",
    )
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="documents",
        help_text="For a meeting's own paper, which belongs to no one item.",
    )
    role = models.CharField(
        max_length=12,
        choices=Role,
        blank=True,
        help_text="What a meeting's own paper is; blank for an item's document.",
    )
    report = models.ForeignKey(
        Report,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.PDF)
    url = models.URLField(max_length=1000, blank=True, help_text="Where it was found.")
    file = models.FileField(upload_to="documents/", blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True, help_text="Text extracted for search.")
    accessibility_note = models.CharField(max_length=500, blank=True)
    is_exempt = models.BooleanField(default=False)
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    objects = DocumentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        ordering = ["agenda_item", "meeting", "position"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(agenda_item__isnull=False, meeting__isnull=True)
                | models.Q(agenda_item__isnull=True, meeting__isnull=False),
                name="document_item_or_meeting",
            ),
        ]
        # Most documents are an item's: a partial index keeps a meeting's
        # papers found by index whatever the planner's statistics say.
        indexes = [
            models.Index(
                fields=["meeting", "position"],
                condition=models.Q(meeting__isnull=False),
                name="document_meeting",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("document", args=[self.pk])

    def sitting(self) -> Meeting:
        """The meeting the document belongs to, through its item or directly."""
        if self.agenda_item is not None:
            return self.agenda_item.meeting
        assert self.meeting is not None  # the constraint: one of the two is set
        return self.meeting
