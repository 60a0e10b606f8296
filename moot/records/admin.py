"""The clerk's back office, arranged as clerks work: meeting → items → content."""

from django.contrib import admin, messages
from django.db import models as models_

from . import models, publishing
from .minutes_admin import MinutesPasteMixin
from .uploads import DocumentForm

PROVENANCE = ("source", "importer", "imported", "created", "modified", "deleted")


class RecordAdmin(admin.ModelAdmin):
    """Every record shows where it came from and can be soft-deleted."""

    readonly_fields = ("created", "modified", "imported")
    list_filter = (("deleted", admin.EmptyFieldListFilter),)
    # A clerk who types "council.gov.uk" means https, as Django 6 will assume.
    formfield_overrides = {models_.URLField: {"assume_scheme": "https"}}

    def get_fieldsets(self, request, obj=None):
        fields = [f for f in self.get_fields(request, obj) if f not in PROVENANCE]
        return [
            (None, {"fields": fields}),
            ("Provenance", {"fields": PROVENANCE, "classes": ["collapse"]}),
        ]


class ContentInline(admin.StackedInline):
    extra = 0
    exclude = PROVENANCE
    formfield_overrides = RecordAdmin.formfield_overrides
    show_change_link = True


class AgendaItemInline(admin.TabularInline):
    model = models.AgendaItem
    fields = ("position", "number", "title", "is_exempt", "exempt_paragraph")
    extra = 0
    show_change_link = True


class AttendanceInline(admin.TabularInline):
    model = models.Attendance
    fields = ("kind", "name", "person", "position")
    autocomplete_fields = ("person",)
    extra = 0


class MeetingPaperInline(ContentInline):
    """The meeting's own papers: agenda pack, printed minutes, supplements."""

    model = models.Document
    fk_name = "meeting"
    form = DocumentForm
    exclude = (*PROVENANCE, "agenda_item", "report")
    verbose_name = "meeting paper"


class DeclarationInline(ContentInline):
    model = models.Declaration
    fk_name = "meeting"
    raw_id_fields = ("agenda_item", "about_item", "person")


class MembershipInline(admin.TabularInline):
    model = models.Membership
    fields = ("person", "committee", "role", "start", "end")
    autocomplete_fields = ("person", "committee")
    extra = 0


@admin.register(models.Body)
class BodyAdmin(RecordAdmin):
    list_display = ("name", "slug", "is_sample")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(models.Committee)
class CommitteeAdmin(RecordAdmin):
    list_display = ("name", "body")
    list_filter = ("body", *RecordAdmin.list_filter)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]


@admin.register(models.Person)
class PersonAdmin(RecordAdmin):
    list_display = ("name", "kind", "party", "body")
    list_filter = ("kind", "body", *RecordAdmin.list_filter)
    search_fields = ("name", "role", "ward")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]


@admin.register(models.Meeting)
class MeetingAdmin(MinutesPasteMixin, RecordAdmin):
    """Meetings, with the clerk's path: draft → publish (now or at a set time) →
    minutes approved at the next meeting, each an action with a message."""

    list_display = (
        "committee",
        "date",
        "status",
        "draft",
        "publish_at",
        "minutes_status",
        "date_assumed",
    )
    list_filter = ("draft", "status", "minutes_status", "committee__body", "committee")
    actions = ["publish_now", "withdraw_to_draft", "approve_minutes"]
    search_fields = ("committee__name", "venue")
    date_hierarchy = "date"
    autocomplete_fields = ("committee",)
    inlines = [
        AgendaItemInline,
        AttendanceInline,
        MeetingPaperInline,
        DeclarationInline,
    ]

    @admin.action(
        description="Publish the selected meetings now", permissions=["change"]
    )
    def publish_now(self, request, queryset):
        count = publishing.publish(queryset)
        self.message_user(
            request,
            f"{count} meeting(s) published: their agendas and minutes are now public."
            if count
            else "Nothing to publish: the selected meetings were already public.",
        )

    @admin.action(
        description="Withdraw the selected meetings to draft (staff only)",
        permissions=["change"],
    )
    def withdraw_to_draft(self, request, queryset):
        count = publishing.withdraw(queryset)
        self.message_user(
            request, f"{count} meeting(s) withdrawn: only staff can see them now."
        )

    @admin.action(
        description="Mark the minutes approved at the next meeting",
        permissions=["change"],
    )
    def approve_minutes(self, request, queryset):
        for meeting in queryset:
            at = publishing.approve_minutes(meeting)
            where = (
                f"at the meeting of {at.date:%-d %B %Y}"
                if at
                else "(no later meeting yet)"
            )
            self.message_user(
                request,
                f"Minutes of {meeting} marked approved as a correct record {where}.",
            )


class RecommendationInline(ContentInline):
    model = models.Recommendation


class ResolutionInline(ContentInline):
    model = models.Resolution


class ReportInline(ContentInline):
    model = models.Report
    raw_id_fields = ("contact",)


class DocumentInline(ContentInline):
    model = models.Document
    fk_name = "agenda_item"
    form = DocumentForm
    exclude = (*PROVENANCE, "meeting", "role")
    raw_id_fields = ("report",)


@admin.register(models.AgendaItem)
class AgendaItemAdmin(RecordAdmin):
    """Items, with the list of exemptions Moot was unsure of for the clerk to
    review ("Exempt review: Yes"): confirm or release each in one action."""

    list_display = ("__str__", "meeting", "is_exempt", "exempt_review")
    list_filter = (
        "exempt_review",
        "is_exempt",
        "meeting__committee",
        *RecordAdmin.list_filter,
    )
    actions = ["withhold", "release"]
    search_fields = ("title", "number")
    list_select_related = ("meeting__committee",)
    autocomplete_fields = ("meeting",)
    raw_id_fields = ("issue",)
    inlines = [
        ReportInline,
        RecommendationInline,
        ResolutionInline,
        # The tracker adds its commitments here (``moot/tracker/admin.py``).
        DocumentInline,
    ]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        _tell_unread(self, request, formset.forms)  # the documents inline

    @admin.action(
        description="Confirm the selected items are exempt",
        permissions=["change"],
    )
    def withhold(self, request, queryset):
        for item in queryset:
            item.withhold()
        self.message_user(request, f"{queryset.count()} item(s) confirmed exempt.")

    @admin.action(
        description="Release the selected items to the public",
        permissions=["change"],
    )
    def release(self, request, queryset):
        for item in queryset:
            item.release()
        self.message_user(request, f"{queryset.count()} item(s) released: now public.")


class QuestionResponseInline(admin.StackedInline):
    model = models.QuestionResponse
    exclude = PROVENANCE
    extra = 0


@admin.register(models.Question)
class QuestionAdmin(RecordAdmin):
    list_display = ("__str__", "agenda_item")
    search_fields = ("asked_by", "points")
    raw_id_fields = ("agenda_item", "asker")
    inlines = [QuestionResponseInline]


class VoteInline(admin.TabularInline):
    model = models.Vote
    fields = ("name", "person", "choice")
    raw_id_fields = ("person",)
    extra = 0


@admin.register(models.Resolution)
class ResolutionAdmin(RecordAdmin):
    list_display = ("__str__", "agenda_item", "vote")
    search_fields = ("text",)
    raw_id_fields = ("agenda_item",)
    inlines = [VoteInline]


def _simple(model, search=("text",), display=("__str__",)):
    """Register ``model`` with search and a raw id for its agenda item."""
    attrs = {"search_fields": search, "list_display": display}
    if any(f.name == "agenda_item" for f in model._meta.fields):
        attrs["raw_id_fields"] = ("agenda_item",)
    admin.site.register(model, type(f"{model.__name__}Admin", (RecordAdmin,), attrs))


_simple(models.Recommendation)
_simple(models.MinutesBlock, search=("text", "items"))
_simple(models.Representation, search=("by", "points"))
_simple(models.Action, search=("owner",))
_simple(models.Report, search=("title", "summary", "author"))


@admin.register(models.Document)
class DocumentAdmin(RecordAdmin):
    """Documents; an uploaded file's text is taken for search (records/uploads.py)."""

    form = DocumentForm
    search_fields = ("title", "text")
    list_display = ("__str__", "agenda_item", "meeting", "kind", "size", "is_exempt")
    raw_id_fields = ("agenda_item", "meeting", "report")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        _tell_unread(self, request, [form])


def _tell_unread(admin_view, request, forms_saved) -> None:
    """Warn the clerk of each uploaded file whose text could not be read."""
    for form in forms_saved:
        for warning in getattr(form, "reading_warnings", []):
            admin_view.message_user(
                request, f"No text taken: {warning}", level=messages.WARNING
            )


_simple(models.Organisation, search=("name",))
_simple(models.Issue, search=("title",))
_simple(models.Membership, search=("person__name", "committee__name"))
_simple(models.Attendance, search=("name",))


@admin.register(models.Declaration)
class DeclarationAdmin(RecordAdmin):
    list_display = ("__str__", "meeting", "about_number")
    search_fields = ("member", "interest")
    raw_id_fields = ("meeting", "agenda_item", "about_item", "person")


_simple(models.QuestionResponse, search=("text", "by"))
_simple(models.Vote, search=("name",))
