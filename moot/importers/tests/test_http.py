"""The shared client: polite, careful, and able to replay without the network."""

import pytest

from moot.importers.http import USER_AGENT, Client, FetchError, Limits, user_agent
from moot.importers.tests.server import Reply


def test_it_sends_an_honest_user_agent(site, make_client):
    site.add("/a", b"<ok/>")

    make_client().get(f"{site.url}/a")

    assert site.requests[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("Moot/0.1 (")


def test_the_user_agent_names_the_operators_contact_when_given():
    assert user_agent("clerk@example.gov.uk").endswith("; +clerk@example.gov.uk)")


def test_it_follows_a_redirect_on_the_same_host(site, make_client):
    site.add("/old", Reply(status=302, headers={"Location": "/new"}, etag=False))
    site.add("/new", b"here")

    assert make_client().get(f"{site.url}/old").body == b"here"


def test_it_refuses_a_redirect_to_another_host(site, make_client):
    site.add(
        "/doc.pdf",
        Reply(status=302, headers={"Location": "http://elsewhere.invalid/x.pdf"}),
    )

    with pytest.raises(FetchError, match="refused a redirect to another host"):
        make_client().get(f"{site.url}/doc.pdf")


def test_a_redirect_to_an_allowed_host_is_followed(site, make_client):
    other = site.url.replace("127.0.0.1", "localhost")
    site.add("/doc.pdf", Reply(status=302, headers={"Location": f"{other}/b"}))
    site.add("/b", b"moved")

    client = make_client(allow_hosts=["localhost"])

    assert client.get(f"{site.url}/doc.pdf").body == b"moved"


def test_a_declared_oversized_body_is_refused(site, make_client):
    site.add("/big", b"x" * 5000)
    client = make_client(limits=Limits(min_interval=0, max_bytes=1000))

    with pytest.raises(FetchError, match="over the limit of 1,000"):
        client.get(f"{site.url}/big")


def test_an_undeclared_oversized_body_is_cut_off(site, make_client):
    site.add("/big", Reply(b"x" * 200_000, length=False, etag=False))
    client = make_client(limits=Limits(min_interval=0, max_bytes=100_000))

    with pytest.raises(FetchError, match="cut off: the response passed the limit"):
        client.get(f"{site.url}/big")


def test_it_retries_server_errors_with_backoff(site, make_client):
    answers = [Reply(status=503), Reply(status=502), Reply(b"fine")]
    site.add("/flaky", lambda request: answers.pop(0))
    waits: list[float] = []
    client = make_client(limits=Limits(min_interval=0, backoff=0.5), sleep=waits.append)

    assert client.get(f"{site.url}/flaky").body == b"fine"
    assert waits == [0.5, 1.0]


def test_it_gives_up_after_its_retries(site, make_client):
    site.add("/down", Reply(status=503))
    client = make_client(limits=Limits(min_interval=0, retries=2, backoff=0))

    with pytest.raises(FetchError, match="gave up after 3 attempts: HTTP 503"):
        client.get(f"{site.url}/down")
    assert len(site.requests) == 3


def test_a_404_is_not_retried(site, make_client):
    with pytest.raises(FetchError, match="HTTP 404") as raised:
        make_client().get(f"{site.url}/missing")

    assert raised.value.status == 404 and len(site.requests) == 1


def test_it_keeps_its_distance_from_a_host(site, tmp_path):
    site.add("/a", b"a")
    waits: list[float] = []
    client = Client(
        tmp_path,
        limits=Limits(min_interval=2.0),
        sleep=waits.append,
        clock=lambda: 100.0,
    )

    client.get(f"{site.url}/a")
    client.get(f"{site.url}/a")

    assert waits == [2.0]


def test_a_second_request_is_conditional_and_replays_on_304(site, make_client):
    site.add("/a", b"body")
    make_client().get(f"{site.url}/a")
    client = make_client()

    response = client.get(f"{site.url}/a")

    assert "If-None-Match" in site.requests[1].headers
    assert response.not_modified and response.body == b"body"
    assert client.stats.not_modified == 1


def test_offline_replays_what_was_fetched_and_refuses_the_rest(site, make_client):
    site.add("/a", b"kept")
    make_client().get(f"{site.url}/a")
    offline = make_client(offline=True)

    assert offline.get(f"{site.url}/a").body == b"kept"
    with pytest.raises(FetchError, match="not in the response store"):
        offline.get(f"{site.url}/b")
    assert len(site.requests) == 1


def test_store_paths_never_come_from_the_source(tmp_path):
    client = Client(tmp_path)

    path = client.store.path("http://../../etc:80/../../passwd?x=/../../")

    assert path.resolve().is_relative_to(tmp_path.resolve())
    assert ".." not in path.relative_to(tmp_path).parts


def test_only_http_is_fetched(make_client):
    with pytest.raises(FetchError, match="only http and https"):
        make_client().get("file:///etc/passwd")
