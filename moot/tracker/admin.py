"""The tracker in the clerk's back office: status changes go through the
models' transition methods, so every one is recorded with who and why."""

from django.contrib import admin, messages

from moot.records.admin import (
    AgendaItemAdmin,
    ContentInline,
    RecordAdmin,
    ResolutionInline,
)

from .models import (
    ActionPlan,
    Commitment,
    CommitmentEvent,
    Fulfilment,
    InformationRequest,
    OwnerContact,
    PlanAction,
    PlanActionUpdate,
    ProgressUpdate,
    Reminder,
    TransitionError,
)


class CommitmentInline(ContentInline):
    model = Commitment
    fk_name = "agenda_item"
    autocomplete_fields = ("fulfilled_by", "owner_person", "owner_organisation")
    raw_id_fields = ("resolution",)


# An item's commitments, after its resolutions, on the item's admin page.
_after = AgendaItemAdmin.inlines.index(ResolutionInline) + 1
AgendaItemAdmin.inlines = [
    *AgendaItemAdmin.inlines[:_after],
    CommitmentInline,
    *AgendaItemAdmin.inlines[_after:],
]


class EventInline(admin.TabularInline):
    model = CommitmentEvent
    fields = ("at", "by_name", "from_status", "to_status", "why", "item")
    readonly_fields = fields
    extra = 0
    can_delete = False


class UpdateInline(admin.TabularInline):
    model = ProgressUpdate
    fields = ("on", "rag", "note", "by_name")
    extra = 1


class FulfilmentInline(admin.TabularInline):
    model = Fulfilment
    fk_name = "commitment"
    fields = ("item", "state", "score", "reasons")
    readonly_fields = ("state", "score", "reasons")
    raw_id_fields = ("item",)
    extra = 0


def _move(request, queryset, method: str, why: str) -> None:
    done = 0
    for commitment in queryset:
        try:
            getattr(commitment, method)(request.user, why)
            done += 1
        except TransitionError as error:
            messages.warning(request, f"{commitment}: {error}")
    messages.info(request, f"{done} commitment(s) changed.")


# Every action changes a state, so each needs the change permission of the
# model it changes (``permissions``): without it the action is not offered and
# a forged request for it does nothing.
@admin.action(
    description="Confirm the selected proposed commitments", permissions=["change"]
)
def confirm(modeladmin, request, queryset):
    _move(request, queryset, "confirm", "Confirmed by a clerk.")


@admin.action(description="Withdraw the selected commitments", permissions=["change"])
def withdraw(modeladmin, request, queryset):
    _move(request, queryset, "withdraw", "Withdrawn by a clerk.")


@admin.register(Commitment)
class CommitmentAdmin(RecordAdmin):
    list_display = ("text", "owner", "due_date", "status")
    list_filter = ("status", "kind", "agenda_item__meeting__committee")
    search_fields = ("text", "owner", "recipient")
    raw_id_fields = ("agenda_item", "resolution", "fulfilled_by", "superseded_by")
    readonly_fields = (
        *RecordAdmin.readonly_fields,
        "status",
        "fulfilled_by",
        "fulfilled_on",
        "superseded_by",
    )
    inlines = [FulfilmentInline, UpdateInline, EventInline]
    actions = [confirm, withdraw]


@admin.action(
    description="Confirm: the item meets the commitment", permissions=["confirm"]
)
def confirm_links(modeladmin, request, queryset):
    for link in queryset.filter(state=Fulfilment.State.PROPOSED):
        link.confirm(request.user)


@admin.action(description="Reject: the item does not meet it", permissions=["change"])
def reject_links(modeladmin, request, queryset):
    for link in queryset.filter(state=Fulfilment.State.PROPOSED):
        link.reject(request.user)


@admin.register(Fulfilment)
class FulfilmentAdmin(RecordAdmin):
    list_display = ("item", "commitment", "state", "score")
    list_filter = ("state",)
    raw_id_fields = ("item", "commitment")
    readonly_fields = (
        *RecordAdmin.readonly_fields,
        "state",
        "decided_by",
        "decided_at",
    )
    actions = [confirm_links, reject_links]

    def has_confirm_permission(self, request) -> bool:
        """Confirming a link may fulfil its commitment, so it changes both.

        (An action's ``permissions`` are alternatives; this one needs both.)
        """
        return request.user.has_perms(
            ["tracker.change_fulfilment", "tracker.change_commitment"]
        )


@admin.register(InformationRequest)
class InformationRequestAdmin(RecordAdmin):
    list_display = ("text", "asked_by", "requested_of", "outcome", "answered")
    list_filter = ("outcome",)
    search_fields = ("text", "reason", "answer")
    raw_id_fields = ("agenda_item",)


class PlanActionInline(admin.TabularInline):
    model = PlanAction
    fields = ("position", "point", "text", "owner", "due_date", "rag", "status")
    extra = 1


@admin.register(ActionPlan)
class ActionPlanAdmin(RecordAdmin):
    list_display = ("title", "committee", "adopted")
    prepopulated_fields = {"slug": ("title",)}
    raw_id_fields = ("source_item",)
    inlines = [PlanActionInline]


class PlanActionUpdateInline(admin.TabularInline):
    model = PlanActionUpdate
    fields = ("on", "rag", "note", "by_name")
    extra = 1


@admin.register(PlanAction)
class PlanActionAdmin(RecordAdmin):
    list_display = ("text", "plan", "owner", "due_date", "rag", "status")
    list_filter = ("rag", "status", "plan")
    raw_id_fields = ("owner_person", "owner_organisation")
    inlines = [PlanActionUpdateInline]


@admin.register(OwnerContact)
class OwnerContactAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "body")
    search_fields = ("name", "email")


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ("commitment", "state", "due_date", "email", "sent")
    list_filter = ("state",)
    raw_id_fields = ("commitment",)
