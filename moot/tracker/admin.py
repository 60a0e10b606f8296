"""Commitments and information requests in the clerk's back office."""

from django.contrib import admin

from moot.records.admin import RecordAdmin

from .models import Commitment, InformationRequest


@admin.register(Commitment)
class CommitmentAdmin(RecordAdmin):
    list_display = ("text", "owner", "due_date", "status")
    list_filter = ("status", "kind", "agenda_item__meeting__committee")
    search_fields = ("text", "owner", "recipient")
    raw_id_fields = ("agenda_item", "resolution", "fulfilled_by")


@admin.register(InformationRequest)
class InformationRequestAdmin(RecordAdmin):
    list_display = ("text", "outcome", "answered")
    list_filter = ("outcome",)
    search_fields = ("text", "reason")
    raw_id_fields = ("agenda_item",)
