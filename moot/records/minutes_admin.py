"""The clerk's "paste minutes → preview → save" on a meeting in the admin.

The pasted text goes through ``moot.minutes.parse`` and then the one loader,
``store``, exactly as ``moot load-minutes`` does.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from moot import minutes
from moot.minutes.render import render_text

from .load import Provenance, store
from .models import Meeting


class PasteForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        help_text="The minutes of one or more items, as text copied from the "
        "council's page or document.",
    )


class MinutesPasteMixin:
    """Adds ``<meeting>/paste-minutes/`` to a ModelAdmin of Meeting."""

    change_form_template = "admin/records/meeting/change_form.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.paste_minutes)
        return [
            path("<int:pk>/paste-minutes/", view, name="records_meeting_paste"),
            *super().get_urls(),
        ]

    def paste_minutes(self, request: HttpRequest, pk: int) -> HttpResponse:
        meeting = get_object_or_404(
            Meeting.objects.select_related("committee__body"), pk=pk
        )
        if not self.has_change_permission(request, meeting):
            raise PermissionDenied
        form = PasteForm(request.POST or None)
        preview = parsed = None
        if form.is_valid():
            data = form.cleaned_data["text"].encode()
            try:
                parsed = minutes.parse(data, "pasted text", meeting.date)
            except minutes.ParseError as error:
                form.add_error("text", f"These minutes cannot be read: {error}")
        if parsed is not None and "save" in request.POST:
            return self._save(request, meeting, parsed)
        if parsed is not None:
            preview = render_text(parsed.to_dict())
        context = {
            **self.admin_site.each_context(request),
            "title": f"Paste minutes: {meeting}",
            "meeting": meeting,
            "form": form,
            "preview": preview,
            "opts": Meeting._meta,
        }
        return TemplateResponse(request, "admin/records/meeting/paste.html", context)

    def _save(self, request, meeting, parsed) -> HttpResponse:
        # Store into this meeting whatever date the text claims; keep the
        # meeting's "date assumed" flag as it was.
        parsed.meeting.date = None if meeting.date_assumed else meeting.date
        provenance = Provenance(f"pasted by {request.user}", "admin paste")
        result = store(
            parsed,
            provenance,
            body=meeting.committee.body.name,
            committee=meeting.committee.name,
            meeting_date=meeting.date,
        )
        messages.success(request, result.items_line(meeting))
        return redirect(reverse("admin:records_meeting_change", args=[meeting.pk]))
