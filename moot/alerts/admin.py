"""What staff see of residents' alerts: who follows what, and what was sent.

Read-only: a subscription is the resident's to make and change, by email.
Staff may delete one, which is how they honour a request to be forgotten
(its deliveries go with it). Searching needs the whole address, so the list is
a tool for answering a resident, not for browsing who follows what.
"""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html

from .models import Delivery, Subscription


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Subscription)
class SubscriptionAdmin(ReadOnly):
    list_display = ["kind", "followed", "frequency", "confirmed", "created"]
    list_filter = ["kind", "frequency", "confirmed"]
    search_fields = ["=email"]
    date_hierarchy = "created"

    @admin.display(description="Follows")
    def followed(self, sub: Subscription) -> str:
        return format_html('<a href="{}">{}</a>', sub.get_absolute_url(), sub)


@admin.register(Delivery)
class DeliveryAdmin(ReadOnly):
    list_display = ["created", "subject", "sent"]
    list_filter = [("sent", admin.EmptyFieldListFilter)]
    search_fields = ["=subscription__email"]
    date_hierarchy = "created"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Delivery]:
        return super().get_queryset(request).select_related("subscription")
