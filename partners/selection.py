"""Which banners may fill a slot, and the weighted choice among them.

The eligible set is read once per minute per content generation (see core.pagecache)
and filtered here in Python: a page asks for it without a query. Pages carry every eligible
creative of a slot, and static/js/partners.js draws one by weight in the reader's browser, so
that rotation keeps working when the page itself comes from a cache; the server's own draw
is what readers without JavaScript see.
"""

import logging
import random
import time
from dataclasses import dataclass, field

from django.core import signing
from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from core import pagecache
from partners.models import Banner, CallToAction
from partners.placements import PLACEMENTS

CLICK_SALT = "partners.click"
IMPRESSION_SALT = "partners.impression"
ELIGIBLE_SECONDS = 60
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    """A banner as the pages need it: everything to render, filter and draw it."""

    id: int
    partner: str
    kind: str
    placement: str
    image_url: str
    image_width: int | None
    image_height: int | None
    alt_text: str
    headline: str
    text: str
    button_label: str
    weight: int
    starts_at: object
    ends_at: object
    category_ids: frozenset = field(default_factory=frozenset)
    page_types: frozenset = field(default_factory=frozenset)
    publication_ids: frozenset = field(default_factory=frozenset)

    @property
    def click_token(self):
        return click_token(self.id)

    @property
    def impression_token(self):
        return impression_token(self.id)

    def matches(self, *, page_type, category_ids, now, publication_id=None):
        if not (self.starts_at <= now < self.ends_at):
            return False
        if self.page_types and page_type not in self.page_types:
            return False
        # Sold for some publications: only on their pages.
        if self.publication_ids and publication_id not in self.publication_ids:
            return False
        # Targeted at categories: the page must be in one of them.
        return not self.category_ids or bool(self.category_ids & set(category_ids or ()))


# A token names the banner and the period it was issued in: the pages rendered in one
# period are identical (caches, ETags), and a token counts for its period and the next one
# only (6 to 12 hours): a script cannot replay a page's tokens forever.
TOKEN_PERIOD_SECONDS = 6 * 3600


def token_period(now=None):
    return int((now if now is not None else time.time()) // TOKEN_PERIOD_SECONDS)


def click_token(banner_id, *, period=None):
    period = token_period() if period is None else period
    return signing.Signer(salt=CLICK_SALT).sign_object([banner_id, period])


def impression_token(banner_id, *, period=None):
    period = token_period() if period is None else period
    return signing.Signer(salt=IMPRESSION_SALT).sign_object([banner_id, period])


@dataclass(frozen=True)
class Token:
    banner_id: int
    is_fresh: bool  # issued in this period or the last: it may be counted


def read_token(token, *, salt, now=None):
    """What a signed token says, or None if it was forged, mangled or is of another kind."""
    try:
        value = signing.Signer(salt=salt).unsign_object(token)
    except Exception:  # a bad signature, or a signed value that is not what we wrote
        return None
    if not (isinstance(value, list) and len(value) == 2):
        return None
    banner_id, period = value
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value):
        return None
    current = token_period(now)
    return Token(banner_id, current - 1 <= period <= current)


def load_candidates(now=None):
    """Banners running now or starting within the next minutes, under their cap."""
    now = now or timezone.now()
    banners = (
        Banner.objects.not_ended(now)
        .select_related("partner")
        .prefetch_related("categories", "publications")
        .order_by("placement", "id")
    )
    candidates = []
    for banner in banners:
        if banner.is_capped:
            continue
        image_url = width = height = None
        if banner.kind == Banner.Kind.IMAGE:
            if not banner.image:
                continue
            image_url = banner.image.url
            # Measured when the image was saved (no file read here: a download on a bucket).
            width, height = banner.image_width, banner.image_height
            if not (width and height):
                continue
        candidates.append(
            Candidate(
                id=banner.pk,
                partner=banner.partner.name,
                kind=banner.kind,
                placement=banner.placement,
                image_url=image_url or "",
                image_width=width,
                image_height=height,
                alt_text=banner.alt_text,
                headline=banner.headline,
                text=banner.text,
                button_label=banner.button_label,
                weight=banner.weight,
                starts_at=banner.starts_at,
                ends_at=banner.ends_at,
                category_ids=frozenset(c.pk for c in banner.categories.all()),
                page_types=frozenset(banner.page_types or ()),
                publication_ids=frozenset(p.pk for p in banner.publications.all()),
            )
        )
    return candidates


def _cached(name, load):
    """``load()``, kept a minute per content generation; a cache that fails is skipped
    (logged): banners then cost their queries, and the page is still served."""
    generation = pagecache.generation()
    key = f"partners:{name}:{generation}"
    try:
        value = cache.get(key) if generation is not None else None
    except Exception:
        logger.warning("Partners: cache unavailable, banners read from the database")
        return load()
    if value is None:
        value = load()
        try:
            if generation is not None:
                cache.set(key, value, ELIGIBLE_SECONDS)
        except Exception:
            logger.warning("Partners: cache unavailable, banners not kept")
    return value


def all_candidates():
    """The candidates, from the cache while the content has not changed (1 query a minute)."""
    return _cached("candidates", load_candidates)


def eligible(
    placement, *, page_type, category_ids=(), now=None, candidates=None, publication_id=None
):
    """The banners that may fill ``placement`` on this page (of ``publication_id``) now."""
    if placement not in PLACEMENTS:
        raise ValueError(f"Unknown placement: {placement!r}")
    now = now or timezone.now()
    pool = all_candidates() if candidates is None else candidates
    return [
        c
        for c in pool
        if c.placement == placement
        and c.matches(
            page_type=page_type, category_ids=category_ids, now=now, publication_id=publication_id
        )
    ]


def draw(candidates, *, exclude=(), rng=random):
    """One candidate by weight, never one whose id is in ``exclude``; None if none is left."""
    pool = [c for c in candidates if c.id not in exclude]
    if not pool:
        return None
    return rng.choices(pool, weights=[c.weight for c in pool], k=1)[0]


def next_flight_change(now):
    """When a banner next starts or ends, or a call to action changes (for the page cache)."""
    moments = [
        Banner.objects.filter(is_active=True, starts_at__gt=now).aggregate(m=Min("starts_at"))["m"],
        Banner.objects.filter(is_active=True, ends_at__gt=now).aggregate(m=Min("ends_at"))["m"],
        CallToAction.objects.filter(is_active=True, starts_at__gt=now).aggregate(
            m=Min("starts_at")
        )["m"],
        CallToAction.objects.filter(is_active=True, ends_at__gt=now).aggregate(m=Min("ends_at"))[
            "m"
        ],
    ]
    moments = [m for m in moments if m]
    return min(moments) if moments else None


def _load_calls_to_action():
    variants = list(
        CallToAction.objects.filter(is_active=True)
        .exclude(ends_at__lte=timezone.now())
        .prefetch_related("publications")
        .order_by("-created_at")
    )
    return [(v, frozenset(p.pk for p in v.publications.all())) for v in variants]


def call_to_action(now=None, publication_id=None):
    """The live « devenez partenaire » variant for the publication: the one that started
    last among those for it or for every one (None: the publication's own text, else the
    template's default). Read with the banners: no query on a warm page."""
    now = now or timezone.now()
    variants = _cached("cta", _load_calls_to_action)
    live = [
        v
        for v, publication_ids in variants
        if (v.starts_at is None or v.starts_at <= now)
        and (v.ends_at is None or v.ends_at > now)
        and (not publication_ids or publication_id in publication_ids)
    ]
    if not live:
        return None
    epoch = timezone.make_aware(timezone.datetime(1970, 1, 1))
    return max(live, key=lambda v: (v.starts_at or epoch, v.created_at))
