"""The docs say what the code does: every command is documented."""

from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[1]


def test_every_moot_command_is_in_the_cli_reference():
    documented = (ROOT / "docs" / "cli.md").read_text()
    ours = [name for name, app in get_commands().items() if app.startswith("moot.")]
    assert ours, "no Moot commands found"
    missing = [name for name in ours if f"`moot {name}" not in documented]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_the_readme_shows_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme


def test_every_open_data_url_is_in_the_api_doc():
    import re

    from moot.api.urls import urlpatterns

    documented = (ROOT / "docs" / "api.md").read_text()
    routes = [re.sub(r"<\w+:(\w+)>", r"<\1>", str(p.pattern)) for p in urlpatterns]
    missing = [route for route in routes if f"`/{route}`" not in documented]
    assert not missing, f"URLs missing from docs/api.md: {missing}"
