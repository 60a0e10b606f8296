from django.contrib import admin
from django.urls import reverse

from moot.records.models import AgendaItem, Meeting

SEED = "../shared/seed/000_4e186e70c30e6533.txt"


def test_every_model_has_a_working_admin_list_and_form(admin_client, stored_seed):
    for model in admin.site._registry:
        meta = model._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert admin_client.get(url).status_code == 200, url
        row = model.objects.first()
        if row is not None:
            url = reverse(
                f"admin:{meta.app_label}_{meta.model_name}_change", args=[row.pk]
            )
            assert admin_client.get(url).status_code == 200, url


def test_clerk_pastes_minutes_previews_and_saves(admin_client, db):
    from moot.records.models import Body, Committee

    body = Body.objects.create(name="Bradford", slug="bradford")
    committee = Committee.objects.create(body=body, name="Scrutiny", slug="scrutiny")
    meeting = Meeting.objects.create(committee=committee, date="2018-09-19")
    url = reverse("admin:records_meeting_paste", args=[meeting.pk])
    text = open(SEED, encoding="utf-8").read()
    preview = admin_client.post(url, {"text": text, "preview": "1"})
    assert "What will be stored" in preview.content.decode()
    assert not AgendaItem.objects.exists()
    saved = admin_client.post(url, {"text": text, "save": "1"})
    assert saved.status_code == 302
    assert AgendaItem.objects.get().meeting == meeting
    assert AgendaItem.objects.get().resolutions.count() == 2


def test_the_public_cannot_reach_the_paste_view(client, stored_seed):
    url = reverse("admin:records_meeting_paste", args=[Meeting.objects.get().pk])
    assert client.get(url).status_code == 302
