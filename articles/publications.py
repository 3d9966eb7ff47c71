"""Which publication a request is for, from its host, without a query on a warm page; and the
writes that keep each publication's ``Site`` (django.contrib.sites) in step with it.

The map from hosts to publications is read once per content generation and process (every
save of a publication moves the generation forward, ``core.pagecache``). Contrib tools that
ask ``get_current_site(request)`` (sitemaps, syndication feeds) get the publication's Site:
the middleware puts it in contrib's ``SITE_CACHE`` under the request's host, aliases and
the default's fallback hosts included, so they never look a host up themselves.
"""

import logging
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites import models as sites_models
from django.contrib.sites.models import Site
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed
from django.http import HttpResponsePermanentRedirect
from django.utils.text import slugify

from accounts import audit
from articles.models import Publication
from core import pagecache

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HostMap:
    generation: object
    by_domain: dict  # canonical domain → Publication
    aliases: dict  # alias → Publication
    default: Publication | None


_local = threading.local()


def _load(generation):
    publications = list(Publication.objects.select_related("site"))
    return HostMap(
        generation=generation,
        by_domain={p.domain: p for p in publications},
        aliases={alias: p for p in publications for alias in p.alias_list()},
        default=next((p for p in publications if p.is_default), None),
    )


def host_map():
    """The current map (one query per content generation and thread). With the database
    down, the last map read goes on serving (cached pages stay available); with none, the
    error is raised."""
    generation = pagecache.generation()
    current = getattr(_local, "map", None)
    if current is None or generation is None or current.generation != generation:
        try:
            current = _local.map = _load(generation)
        except DatabaseError:
            if current is None:
                raise
            logger.warning("Publications: database unavailable, the last map read serves")
    return current


def forget():
    """Drop this thread's map (tests that change publications inside one transaction)."""
    _local.map = None


def _host_variants(host):
    host = host.lower()
    bare = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return (host, bare) if bare != host else (host,)


def for_host(host):
    """(publication, is_alias) for a host: its own publication, an alias's, or the default."""
    known = host_map()
    for variant in _host_variants(host):
        if variant in known.by_domain:
            return known.by_domain[variant], False
        if variant in known.aliases:
            return known.aliases[variant], True
    return known.default, False


def current(request):
    """The publication ``request`` is for (set by the middleware), else the default one;
    None only when the database is down and no map was ever read."""
    publication = getattr(request, "publication", None)
    if publication is None:
        try:
            publication = host_map().default
        except DatabaseError:
            return None
    return publication


class PublicationMiddleware:
    """Sets ``request.publication``; an alias answers a 301 to the canonical domain."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host()
        try:
            publication, is_alias = for_host(host)
        except DatabaseError:  # the view says what is down (the health check), or fails
            logger.warning("Publications: database unavailable, no publication for %s", host)
            publication, is_alias = None, False
        if is_alias:
            scheme = "https" if request.is_secure() else "http"
            return HttpResponsePermanentRedirect(
                f"{scheme}://{publication.domain}{request.get_full_path()}"
            )
        request.publication = publication
        request.page_cache_namespace = str(publication.pk) if publication else ""
        if publication is not None:
            sites_models.SITE_CACHE[host] = publication.site
        return self.get_response(request)


# Writes ------------------------------------------------------------------------------------


def _team_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A member added to or removed from a publication's team: a change of rights, audited
    like a change of role (accounts.audit), on the person."""
    if action not in ("post_add", "post_remove", "post_clear") or (
        action != "post_clear" and not pk_set
    ):
        return
    from django.contrib.auth import get_user_model

    verb = {"post_add": "ajouté à l’équipe de", "post_remove": "retiré de l’équipe de",
            "post_clear": "retiré des équipes"}[action]  # fmt: skip
    if reverse:  # user.publications.add(…)
        people = [instance]
        names = sorted(
            Publication.objects.filter(pk__in=pk_set or []).values_list("name", flat=True)
        )
    else:  # publication.team.add(…)
        people = list(get_user_model().objects.filter(pk__in=pk_set or []))
        names = [instance.name]
    for person in people:
        details = f"{verb} : {', '.join(names)}" if names and action != "post_clear" else verb
        audit.record(audit.AuditEvent.Action.ROLE_CHANGED, obj=person, details=details)


def audit_team_changes():
    m2m_changed.connect(
        _team_changed, sender=Publication.team.through, dispatch_uid="articles.audit_team"
    )


def _settings_domain():
    return (urlsplit(settings.SITE_URL).netloc or "127.0.0.1:8000").lower()


@transaction.atomic
def save_publication(publication):
    """Save ``publication`` and its Site (same domain and name), creating the Site if need be."""
    if publication.site_id is None:
        publication.site = Site.objects.create(domain=publication.domain, name=publication.name)
    else:
        Site.objects.filter(pk=publication.site_id).update(
            domain=publication.domain, name=publication.name
        )
        publication.site.refresh_from_db()
    publication.save()
    sites_models.SITE_CACHE.clear()
    return publication


def ensure_default_publication(**kwargs):
    """After migrate (and after a test database is flushed): an install always has one
    publication, made from SITE_NAME and SITE_URL, as the upgrade migration makes it."""
    if Publication.objects.exists():
        return
    domain = _settings_domain()
    # contrib.sites makes « example.com » after a flush: it becomes ours.
    site = Site.objects.filter(domain="example.com", name="example.com").first()
    if site is None:
        site, _ = Site.objects.get_or_create(domain=domain, defaults={"name": settings.SITE_NAME})
    publication = Publication(
        name=settings.SITE_NAME,
        slug=slugify(settings.SITE_NAME)[:50] or "publication",
        site=site,
        domain=domain,
        is_default=True,
    )
    save_publication(publication)
