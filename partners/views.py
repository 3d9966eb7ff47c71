"""The public endpoints of partner banners: the impression beacon and the click redirect."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from core.request import is_bot, is_prefetch
from partners import selection, services
from partners.models import Banner


def _banner(token, salt):
    banner_id = selection.banner_from_token(token, salt=salt)
    if banner_id is None:
        raise Http404("Lien inconnu.")
    banner = Banner.objects.select_related("partner").filter(pk=banner_id).first()
    if banner is None:
        raise Http404("Lien inconnu.")
    return banner


def _counts(request):
    return not is_bot(request) and not is_prefetch(request)


@csrf_exempt  # an anonymous, cookie-less beacon (navigator.sendBeacon): no session to protect
@require_POST
def impression(request, token):
    """A banner was seen: at least half of it in the viewport for one second (IAB rule, measured
    by static/js/partners.js). 204 whether counted or not; 404 for a forged token."""
    banner = _banner(token, selection.IMPRESSION_SALT)
    if _counts(request) and banner.is_active and banner.partner.is_active:
        services.record_impression(banner)
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def click(request, token):
    """Count the click, then send the reader to the banner's stored address (never one taken
    from the request). A banner switched off since the page was shown leads nowhere."""
    banner = _banner(token, selection.CLICK_SALT)
    if not (banner.is_active and banner.partner.is_active):
        response = render(request, "partners/gone.html", status=410)
        response["Cache-Control"] = "no-store"
        return response
    if request.method == "GET" and _counts(request):
        services.record_click(banner)
    response = HttpResponseRedirect(banner.target_url)
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
