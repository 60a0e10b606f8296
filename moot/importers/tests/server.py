"""A web server on 127.0.0.1 that serves recorded responses, for importer tests.

Routes map a path with its query (``/mgWebService.asmx/GetMeeting?lMeetingId=1``)
to bytes, a file, or a function of the request. Every body is served with an
``ETag`` and answers ``If-None-Match`` with 304, as a polite server would.
``rewrite`` replaces text in every body (a recorded crawl's absolute URLs
become this server's). ``requests`` records what was asked, for assertions.
"""

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Handler = Callable[["Request"], "Reply"]


@dataclass
class Request:
    path: str  # with the query
    headers: dict[str, str]


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    length: bool = True  # send Content-Length (else the body ends at close)


@dataclass
class Site:
    routes: dict[str, Reply | Path | bytes | Handler] = field(default_factory=dict)
    prefixes: dict[str, Handler] = field(default_factory=dict)
    rewrite: dict[str, str] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    url: str = ""

    def add(self, path: str, target: Reply | Path | bytes | Handler) -> None:
        self.routes[path] = target

    def reply(self, request: Request) -> Reply:
        target = self.routes.get(request.path)
        if target is None:
            target = next(
                (h for p, h in self.prefixes.items() if request.path.startswith(p)),
                None,
            )
        if target is None:
            return Reply(b"<html><body>Not found</body></html>", 404, "text/html")
        if isinstance(target, Path):
            target = Reply(target.read_bytes(), content_type=_type(target))
        elif isinstance(target, bytes):
            target = Reply(target)
        elif callable(target):
            target = target(request)
        return target

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


def _type(path: Path) -> str:
    return {
        ".json": "application/json",
        ".pdf": "application/pdf",
        ".html": "text/html; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
    }.get(path.suffix, "text/xml; charset=utf-8")


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            request = Request(self.path, dict(self.headers.items()))
            site.requests.append(request)
            reply = site.reply(request)
            body = reply.body
            for old, new in site.rewrite.items():
                body = body.replace(old.encode(), new.encode())
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if reply.etag and reply.status == 200:
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            if reply.etag and reply.status == 200:
                self.send_header("ETag", etag)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.length and "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


class Server:
    """``with Server(site) as url:`` serves ``site`` on a free port."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.httpd.daemon_threads = True
        site.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> str:
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self.site.url

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
