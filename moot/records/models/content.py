"""What the report proposed and what the meeting recorded about an item."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moot import vocabulary

from ..changes import Scope
from .base import Record
from .body import Organisation, Person
from .exempt import ItemContentQuerySet
from .item import AgendaItem


class ItemContent(Record):
    """A row of an item's content, in reading order."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)

    objects = ItemContentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        abstract = True
        ordering = ["agenda_item", "position"]


class Recommendation(ItemContent):
    """A numbered proposal in the report."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="recommendations"
    )
    number = models.CharField(max_length=20, blank=True)
    text = models.TextField()

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return f"({self.number}) {self.text[:60]}" if self.number else self.text[:60]

    @property
    def anchor(self) -> str:
        return f"recommendation-{self.position}"


class MinutesBlock(ItemContent):
    """A paragraph or a list of the minutes narrative."""

    class Kind(models.TextChoices):
        PARAGRAPH = vocabulary.BlockKind.PARAGRAPH, "Paragraph"
        LIST = vocabulary.BlockKind.LIST, "List"

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="minutes_blocks"
    )
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.PARAGRAPH)
    text = models.TextField(blank=True)
    items = models.JSONField(default=list, blank=True)

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return (self.text or "; ".join(self.items))[:60]


class Question(ItemContent):
    """Questions put at the meeting, with the responses given."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="questions"
    )
    asked_by = models.CharField(max_length=300, blank=True)
    asker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    points = models.JSONField(default=list, blank=True)

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return f"Questions from {self.asked_by or 'unknown'}"


class QuestionResponse(Record):
    """One response given to a Question, and who gave it."""

    change_scope = (Scope.ITEM, "question__agenda_item_id")

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="responses"
    )
    position = models.PositiveIntegerField(default=0)
    by = models.CharField(max_length=300, blank=True)
    text = models.TextField()

    class Meta:
        ordering = ["question", "position"]

    def __str__(self) -> str:
        return self.text[:60]


class Representation(ItemContent):
    """What a member of the public, petitioner or deputation said."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="representations"
    )
    by = models.CharField(max_length=300, blank=True)
    points = models.JSONField(default=list, blank=True)

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return f"Representation by {self.by or 'unknown'}"


class Resolution(ItemContent):
    """A numbered decision the meeting made, with its tally."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="resolutions"
    )
    number = models.CharField(max_length=20, blank=True)
    text = models.TextField()
    vote = models.CharField(
        max_length=200, blank=True, help_text='The tally as recorded: "carried 4-1".'
    )
    votes_for = models.PositiveIntegerField(null=True, blank=True)
    votes_against = models.PositiveIntegerField(null=True, blank=True)
    abstentions = models.PositiveIntegerField(null=True, blank=True)

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return f"({self.number}) {self.text[:60]}" if self.number else self.text[:60]

    @property
    def anchor(self) -> str:
        return f"resolution-{self.position}"


class Vote(Record):
    """How one member voted on a Resolution, where a recorded vote says."""

    change_scope = (Scope.ITEM, "resolution__agenda_item_id")

    class Choice(models.TextChoices):
        FOR = vocabulary.VoteChoice.FOR, pgettext_lazy("vote", "For")
        AGAINST = vocabulary.VoteChoice.AGAINST, _("Against")
        ABSTAIN = vocabulary.VoteChoice.ABSTAIN, _("Abstained")
        ABSENT = vocabulary.VoteChoice.ABSENT, _("Absent")

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="votes"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="votes"
    )
    name = models.CharField(max_length=200)
    choice = models.CharField(max_length=10, choices=Choice)

    class Meta:
        ordering = ["resolution", "choice", "name"]

    def __str__(self) -> str:
        return f"{self.name}: {self.get_choice_display()}"


class Action(ItemContent):
    """Who is to act on the item's resolutions."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="actions"
    )
    owner = models.CharField(max_length=300)
    owner_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    owner_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta(ItemContent.Meta):
        pass

    def __str__(self) -> str:
        return self.owner


class ItemReference(ItemContent):
    """An earlier item this item says it follows ("Previous Reference: Minute
    23 (2019/20)", "the report presented to Cabinet on 3 October 2018").

    The parser reads the parts; the tracker finds the earlier item (``target``)
    and joins both into one Issue. A reference it cannot resolve yet stays
    unresolved and is tried again when more items arrive, in any order.
    """

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="references"
    )
    text = models.CharField(max_length=500)
    minute = models.CharField(max_length=20, blank=True)
    municipal_year = models.CharField(max_length=10, blank=True)
    committee_name = models.CharField(
        max_length=200, blank=True, help_text='As written; "this" for the item\'s own.'
    )
    date = models.DateField(null=True, blank=True)
    month = models.PositiveSmallIntegerField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    previous_meeting = models.BooleanField(default=False)
    target = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referenced_by",
    )

    class Meta(ItemContent.Meta):
        indexes = [
            models.Index(
                fields=["target"],
                condition=models.Q(target__isnull=False),
                name="item_reference_target",
            )
        ]

    def __str__(self) -> str:
        return self.text[:80]
