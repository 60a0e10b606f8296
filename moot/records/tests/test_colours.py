"""A council's header colour is always one white text can be read on."""

import pytest
from django.contrib.auth.models import User

from moot.records import colours
from moot.records.models import Body, Committee

# (colour, contrast of white on it as WebAIM's checker gives it)
KNOWN = [
    ("#1d70b8", 5.17),  # GOV.UK blue
    ("#28a197", 3.17),  # GOV.UK turquoise: too light for white text
    ("#ffffff", 1.0),
    ("#000000", 21.0),
    ("#f47738", 2.78),  # GOV.UK orange
]


@pytest.mark.parametrize(("colour", "ratio"), KNOWN)
def test_contrast_is_measured_as_wcag_defines_it(colour, ratio):
    rgb = colours.parse(colour)
    assert rgb is not None
    assert colours.contrast_with_white(rgb) == pytest.approx(ratio, abs=0.01)


@pytest.mark.parametrize(
    "colour", ["#28a197", "#f47738", "#ffdd00", "#ffffff", "#5694ca"]
)
def test_a_light_colour_is_darkened_just_enough_keeping_its_hue(colour):
    rgb = colours.parse(colour)
    assert rgb is not None
    shade = colours.readable(rgb)
    assert colours.contrast_with_white(shade) >= colours.MINIMUM
    assert all(s <= c for s, c in zip(shade, rgb, strict=True))
    lighter = tuple(min(255, s + 3) for s in shade)
    assert colours.contrast_with_white(lighter) < colours.MINIMUM + 0.2


def test_a_dark_enough_colour_is_kept():
    assert colours.readable((0x1D, 0x70, 0xB8)) == (0x1D, 0x70, 0xB8)
    assert colours.problem("#1d70b8") is None


def test_the_problem_names_the_ratio_and_a_shade_that_passes():
    reason = colours.problem("#28a197")
    assert reason is not None
    assert "3.2:1" in reason and "4.5:1" in reason and "#" in reason.split("is ")[-1]
    assert colours.problem("red") is not None


@pytest.mark.django_db
def test_the_admin_refuses_an_unreadable_header_colour_with_the_reason(client):
    clerk = User.objects.create_superuser("clerk", "clerk@example.org", "pw-123456789")
    client.force_login(clerk)
    answer = client.post(
        "/admin/records/body/add/",
        {"name": "Fictional Town Council", "slug": "fictional", "colour": "#28a197"},
    )
    assert answer.status_code == 200
    page = answer.content.decode()
    assert "contrast of 3.2:1" in page
    assert not Body.objects.filter(name="Fictional Town Council").exists()


@pytest.mark.django_db
def test_a_colour_stored_before_the_check_is_darkened_on_the_page(client):
    body = Body.objects.create(
        name="Fictional Parish", slug="fictional", colour="#28a197"
    )
    committee = Committee.objects.create(body=body, name="Parish Council", slug="pc")
    page = client.get(committee.get_absolute_url()).content.decode()
    shade = colours.as_hex(colours.readable((0x28, 0xA1, 0x97)))[1:]
    assert f'href="/brand/{shade}.css"' in page
    assert "/brand/28a197.css" not in page
