"""Alert pages: ask, confirm, unsubscribe (one click), manage.

The "Get email alerts" form sits on pages that may be served from a cache
(an item page is rendered once for everyone), where no per-visitor CSRF token
can live; so ``subscribe`` checks instead that the POST comes from this site's
own pages (the browser's ``Origin``, or ``Referer``), the standard defence
that needs no token. The confirm and manage forms carry Django's CSRF token.
The one-click unsubscribe takes a POST from a mail provider, with no cookie
and no page: the signed link is its proof (RFC 8058).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from moot.site.logins import client_ip

from . import subscribing, throttle
from .forms import FrequencyForm, SubscribeForm
from .models import Subscription
from .targets import Kind, followed, search_query, title_of
from .tokens import confirmed, manage_token, managed_email, unsubscribed


def from_this_site(request: HttpRequest) -> bool:
    origin = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER", "")
    parts = urlsplit(origin)
    here = f"{request.scheme}://{request.get_host()}"
    there = f"{parts.scheme}://{parts.netloc}"
    return bool(parts.netloc) and (
        there == here or there in settings.CSRF_TRUSTED_ORIGINS
    )


@csrf_exempt  # checked by from_this_site: see the module's docstring
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    if not from_this_site(request):
        return render(request, "alerts/refused.html", status=403)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    kind, target = data["follow"], data["target"]
    query = search_query(request.POST) if kind == Kind.SEARCH else {}
    if kind == Kind.SEARCH:
        target = 0
    elif followed(kind, target) is None:
        raise Http404("Nothing public to follow there.")
    if not throttle.allowed(data["email"], client_ip(request)):
        return render(request, "alerts/slow_down.html", status=429)
    subscribing.ask(data["email"], kind, target, query, data["frequency"])
    return render(request, "alerts/check_email.html", {"email": data["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """A GET shows a button (mail scanners open links); the POST confirms."""
    pair = confirmed(token)
    if pair is None:
        return render(request, "alerts/bad_link.html", status=404)
    if request.method == "GET":
        return render(request, "alerts/confirm.html", {"token": token})
    sub = subscribing.confirm(*pair)
    if sub is None:
        return render(request, "alerts/bad_link.html", status=404)
    return redirect("alerts-manage", manage_token(sub.email))


@csrf_exempt  # RFC 8058: the signed link is the proof, see the module's docstring
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pair = unsubscribed(token)
    if pair is None:
        return render(request, "alerts/bad_link.html", status=404)
    if request.method == "GET":
        return render(request, "alerts/unsubscribe.html", {"token": token})
    subscribing.unsubscribe(*pair)
    return render(request, "alerts/unsubscribed.html")


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    """Every alert of one address: change how often, stop one, stop all."""
    email = managed_email(token)
    if email is None:
        return render(request, "alerts/bad_link.html", status=404)
    if request.method == "POST":
        _change(email, request)
        return redirect("alerts-manage", token)
    rows = Subscription.objects.filter(email=email, confirmed=True).order_by("created")
    subscriptions = [(sub, title_of(sub)) for sub in rows]
    context = {
        "email": email,
        "subscriptions": subscriptions,
        "frequencies": Subscription.Frequency.choices,
    }
    return render(request, "alerts/manage.html", context)


def _change(email: str, request: HttpRequest) -> None:
    if request.POST.get("action") == "stop-all":
        subscribing.forget(email)
        return
    mine = Subscription.objects.filter(email=email, pk=request.POST.get("pk") or 0)
    if request.POST.get("action") == "stop":
        mine.delete()
        return
    form = FrequencyForm(request.POST)
    if form.is_valid():
        mine.update(frequency=form.cleaned_data["frequency"])
