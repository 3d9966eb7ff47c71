"""The public endpoints of partner banners: the impression beacon and the click redirect.

What counts, so that reports bill honest figures: a fresh signed token (issued with a page of
this period or the last), from one of our pages (same origin), by a reader (no crawler, no
prefetch), for a banner that is showable (active, in flight, under its cap), once per reader,
banner and day — the same cookie-less recognition as « Les plus lus », which counts at most
READERS_PER_ADDRESS browsers of one address — and at most BEACON_LIMIT a minute per client
address.
"""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from accounts import limits
from core.request import client_network, is_bot, is_prefetch, is_same_origin
from partners import selection, services
from partners.models import Banner

BEACON_LIMIT = 60  # counted requests a minute per client address


def _banner(token, salt):
    read = selection.read_token(token, salt=salt)
    banner = None
    if read is not None:
        banner = Banner.objects.select_related("partner").filter(pk=read.banner_id).first()
    if banner is None:
        raise Http404("Lien inconnu.")
    return banner, read.is_fresh


def _over_limit(request):
    state = limits.hit("partner-beacon", limits.digest(client_network(request)), seconds=60)
    return state.count > BEACON_LIMIT


def _first_today(request, kind, banner):
    return limits.new_reader_today(f"partner-{kind}", request, banner.pk)


def _countable(request, banner, fresh):
    return (
        fresh
        and not is_bot(request)
        and not is_prefetch(request)
        and is_same_origin(request)
        and banner.is_showable()
    )


@csrf_exempt  # an anonymous, cookie-less beacon (navigator.sendBeacon): no session to protect
@require_POST
def impression(request, token):
    """A banner was seen: at least half of it in the viewport for one second (IAB rule, measured
    by static/js/partners.js). 204 whether counted or not; 404 for a forged token; 429 past
    the client's limit."""
    if _over_limit(request):  # first: a flood costs one counter update a request, no more
        response = HttpResponse(status=429)
        response["Retry-After"] = "60"
    else:
        banner, fresh = _banner(token, selection.IMPRESSION_SALT)
        if _countable(request, banner, fresh) and _first_today(request, "impression", banner):
            services.record_impression(banner)
        response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def click(request, token):
    """Count the click, then send the reader to the banner's stored address (never one taken
    from the request). A banner switched off since the page was shown leads nowhere; a click
    that does not count (an old page, a second click today…) still leads to the partner."""
    banner, fresh = _banner(token, selection.CLICK_SALT)
    if not (banner.is_active and banner.partner.is_active):
        response = render(request, "partners/gone.html", status=410)
    else:
        counted = (
            request.method == "GET"
            and _countable(request, banner, fresh)
            and not _over_limit(request)
            and _first_today(request, "click", banner)
        )
        if counted:
            services.record_click(banner)
        response = HttpResponseRedirect(banner.target_url)
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
