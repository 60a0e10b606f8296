"""Filtering by commitment status, overdue decided against today."""

from datetime import date, timedelta

from django.utils import timezone

from moot.tracker.models import Commitment

from .conftest import found


def _commitment(item, position: int, text: str, due: date | None, status="open"):
    return Commitment.objects.create(
        agenda_item=item,
        position=position,
        kind=Commitment.Kind.RESOLUTION,
        text=text,
        due_date=due,
        status=status,
    )


def _keys(answer: dict) -> set[str]:
    return {
        m["url"].rsplit("#", 1)[-1] for r in answer["results"] for m in r["matches"]
    }


def test_an_overdue_commitment_is_found_as_overdue_and_an_on_time_one_is_not(
    client, seed_item, committed
):
    today = timezone.localdate()
    with committed():
        _commitment(
            seed_item, 91, "Zephyrine audit of park benches.", today - timedelta(3)
        )
        _commitment(
            seed_item, 92, "Zephyrine audit of bus shelters.", today + timedelta(30)
        )
        _commitment(seed_item, 93, "Zephyrine audit of bins.", None)
        _commitment(
            seed_item,
            94,
            "Zephyrine audit of lamps.",
            today - timedelta(9),
            "fulfilled",
        )
    overdue = found(client, "Zephyrine", kind="commitment", status="overdue")
    assert _keys(overdue) == {"commitment-91"}
    still_open = found(client, "Zephyrine", kind="commitment", status="open")
    assert _keys(still_open) == {"commitment-92", "commitment-93"}
    fulfilled = found(client, "Zephyrine", kind="commitment", status="fulfilled")
    assert _keys(fulfilled) == {"commitment-94"}


def test_an_item_is_overdue_while_any_of_its_commitments_is(
    client, seed_item, committed
):
    today = timezone.localdate()
    # The seed's own commitments (due in 2018) are overdue: settle them first.
    with committed():
        seed_item.commitments.update(status="fulfilled")
    with committed():
        late = _commitment(seed_item, 91, "Late report.", today - timedelta(1))
    assert found(client, "Nightwatch", kind="item", status="overdue")["total"] == 1
    with committed():
        late.due_date = today
        late.save()
    assert found(client, "Nightwatch", kind="item", status="overdue")["total"] == 0
    assert found(client, "Nightwatch", kind="item", status="open")["total"] == 1
