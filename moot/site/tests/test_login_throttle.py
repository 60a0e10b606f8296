"""The admin login refuses a username from an address after five failures
(django-axes), without locking the clerk out from elsewhere."""

import pytest
from django.contrib.auth import get_user_model

LIMIT = 5


@pytest.fixture
def clerk(db):
    return get_user_model().objects.create_user(
        "clerk", password="right-password", is_staff=True, is_superuser=True
    )


def log_in(client, password: str, username: str = "clerk", **headers):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        **headers,
    )


def logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_five_failures_lock_the_login_even_with_the_right_password(client, clerk):
    for _ in range(LIMIT - 1):
        assert log_in(client, "guess").status_code == 200  # the form again
    assert log_in(client, "guess").status_code == 429
    response = log_in(client, "right-password")
    assert response.status_code == 429
    assert not logged_in(client)


def test_fewer_failures_then_success_log_in_and_start_again(client, clerk):
    for _ in range(LIMIT - 1):
        log_in(client, "guess")
    assert log_in(client, "right-password").status_code == 302
    assert logged_in(client)
    client.logout()
    for _ in range(LIMIT - 1):
        log_in(client, "guess")
    assert log_in(client, "right-password").status_code == 302


def test_a_guesser_elsewhere_does_not_lock_the_clerk_out(client, clerk):
    for _ in range(LIMIT):
        log_in(client, "guess", REMOTE_ADDR="203.0.113.9")
    assert (
        log_in(client, "right-password", REMOTE_ADDR="198.51.100.7").status_code == 302
    )


def test_behind_a_proxy_the_address_the_proxy_saw_counts(client, clerk, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for n in range(LIMIT):
        # The first address is the client's to write; the last is the proxy's.
        forged = {"HTTP_X_FORWARDED_FOR": f"10.0.0.{n}, 203.0.113.9"}
        log_in(client, "guess", **proxy, **forged)
    locked = {"HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    assert log_in(client, "right-password", **proxy, **locked).status_code == 429
    other = {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert log_in(client, "right-password", **proxy, **other).status_code == 302
