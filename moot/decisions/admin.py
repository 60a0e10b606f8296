"""Admin for the registers: a clerk corrects, withholds or adds an entry."""

from django.contrib import admin

from .models import Decision, DecisionDocument, ForwardPlanEntry, RegisteredInterest


class DecisionDocumentInline(admin.TabularInline):  # type: ignore[type-arg]
    model = DecisionDocument
    fields = ["position", "title", "url", "deleted"]
    extra = 0


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = [
        "title",
        "decision_maker",
        "decided",
        "is_key",
        "status",
        "is_exempt",
    ]
    list_filter = ["body", "is_key", "status", "is_exempt", "deleted"]
    search_fields = ["title", "decision_maker", "source_id"]
    date_hierarchy = "decided"
    raw_id_fields = ["committee", "person", "meeting", "agenda_item"]
    readonly_fields = ["source", "importer", "imported", "created", "modified"]
    inlines = [DecisionDocumentInline]


@admin.register(ForwardPlanEntry)
class ForwardPlanEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["title", "decision_maker", "expected", "is_key", "is_exempt"]
    list_filter = ["body", "is_key", "is_exempt", "deleted"]
    search_fields = ["title", "decision_maker", "source_id"]
    raw_id_fields = ["committee", "person", "decision"]
    readonly_fields = ["source", "importer", "imported", "created", "modified"]


@admin.register(RegisteredInterest)
class RegisteredInterestAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["person", "category", "description", "registered", "updated"]
    list_filter = ["category", "deleted"]
    search_fields = ["person__name", "description"]
    raw_id_fields = ["person"]
    readonly_fields = ["source", "importer", "imported", "created", "modified"]
