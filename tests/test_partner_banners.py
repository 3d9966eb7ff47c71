"""Partner banners: eligibility, weighted choice, slots, the impression beacon, the click
redirect, bot filtering, atomic counts and the « devenez partenaire » call to action."""

import random
import re
import threading
from collections import Counter
from datetime import timedelta

import pytest
from django.core import signing
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from core import pagecache
from partners import selection, services
from partners.models import Banner, BannerStat, CallToAction
from partners.views import BEACON_LIMIT
from tests.factories import make_article, make_banner, make_category, make_partner

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def ids(candidates):
    return sorted(c.id for c in candidates)


# Eligibility ---------------------------------------------------------------------------------


def test_flight_boundaries_are_start_inclusive_and_end_exclusive():
    now = timezone.now()
    banner = make_banner(starts_at=now, ends_at=now + timedelta(hours=1))
    pool = selection.load_candidates(now - timedelta(days=1))
    eligible = lambda at: ids(  # noqa: E731
        selection.eligible("sidebar", page_type="article", now=at, candidates=pool)
    )
    assert eligible(now - timedelta(microseconds=1)) == []
    assert eligible(now) == [banner.pk]
    assert eligible(now + timedelta(minutes=59)) == [banner.pk]
    assert eligible(now + timedelta(hours=1)) == []


def test_inactive_banners_partners_and_ended_flights_are_never_eligible():
    running = make_banner()
    make_banner(is_active=False)
    make_banner(partner=make_partner(is_active=False))
    now = timezone.now()
    make_banner(starts_at=now - timedelta(days=3), ends_at=now - timedelta(days=1))
    assert ids(selection.eligible("sidebar", page_type="home")) == [running.pk]


def test_a_banner_at_its_impression_cap_is_not_eligible():
    under = make_banner(impression_cap=10)
    Banner.objects.filter(pk=under.pk).update(impressions_total=9)
    at_cap = make_banner(impression_cap=10)
    Banner.objects.filter(pk=at_cap.pk).update(impressions_total=10)
    assert ids(selection.eligible("sidebar", page_type="home")) == [under.pk]


def test_reaching_the_cap_takes_the_banner_off_the_pages_at_once(
    django_capture_on_commit_callbacks,
):
    banner = make_banner(impression_cap=2)
    assert ids(selection.eligible("sidebar", page_type="home")) == [banner.pk]
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.record_impression(banner)
    assert ids(selection.eligible("sidebar", page_type="home")) == [banner.pk]
    with django_capture_on_commit_callbacks(execute=True):
        assert services.record_impression(banner)
    assert pagecache.generation() != before
    assert selection.eligible("sidebar", page_type="home") == []
    # Past the cap: not counted, and the pages are not emptied again.
    after = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        assert not services.record_impression(banner)
    assert pagecache.generation() == after
    assert counts(banner)[1] == (2, 0)


def test_page_type_targeting():
    anywhere = make_banner()
    articles_only = make_banner(page_types=["article"])
    home_and_search = make_banner(page_types=["home", "search"])
    assert ids(selection.eligible("sidebar", page_type="article")) == sorted(
        [anywhere.pk, articles_only.pk]
    )
    assert ids(selection.eligible("sidebar", page_type="search")) == sorted(
        [anywhere.pk, home_and_search.pk]
    )
    assert ids(selection.eligible("sidebar", page_type="tag")) == [anywhere.pk]


def test_category_targeting_matches_the_page_categories():
    afrique, tech = make_category(), make_category()
    anywhere = make_banner()
    africa = make_banner(categories=[afrique])
    assert ids(selection.eligible("sidebar", page_type="article", category_ids=[afrique.pk])) == (
        sorted([anywhere.pk, africa.pk])
    )
    assert ids(selection.eligible("sidebar", page_type="article", category_ids=[tech.pk])) == [
        anywhere.pk
    ]
    assert ids(selection.eligible("sidebar", page_type="home")) == [anywhere.pk]


def test_category_targeting_reaches_articles_of_its_sub_categories(client):
    actualite = make_category(name="Actualité", slug="actualite")
    afrique = make_category(name="Afrique", slug="afrique", parent=actualite)
    make_banner(categories=[actualite], headline="Pour la section Actualité")
    article = make_article(primary_category=afrique)
    assert "Pour la section Actualité" in client.get(article.get_absolute_url()).text


def test_placements_are_kept_apart():
    sidebar = make_banner()
    make_banner(placement="leaderboard")
    assert ids(selection.eligible("sidebar", page_type="home")) == [sidebar.pk]
    with pytest.raises(ValueError):
        selection.eligible("nulle-part", page_type="home")


def test_weights_are_respected_statistically():
    light, heavy = make_banner(weight=1), make_banner(weight=3)
    candidates = selection.eligible("sidebar", page_type="home")
    rng = random.Random(20261127)
    drawn = Counter(selection.draw(candidates, rng=rng).id for _ in range(20_000))
    share = drawn[heavy.pk] / 20_000
    assert 0.74 <= share <= 0.76, share  # 3 / (1 + 3), within ±1 point at this seed
    assert drawn[light.pk] + drawn[heavy.pk] == 20_000


def test_draw_never_repeats_an_excluded_banner_and_may_find_none():
    first, second = make_banner(weight=100), make_banner(weight=1)
    candidates = selection.eligible("sidebar", page_type="home")
    rng = random.Random(1)
    for _ in range(200):
        assert selection.draw(candidates, exclude={first.pk}, rng=rng).id == second.pk
    assert selection.draw(candidates, exclude={first.pk, second.pk}) is None


def test_the_eligible_set_costs_no_query_once_read(django_assert_num_queries):
    make_banner()
    selection.all_candidates()
    with django_assert_num_queries(0):
        assert len(selection.eligible("sidebar", page_type="home")) == 1


def test_partner_state_costs_four_queries_a_minute_and_none_per_page(
    client, django_assert_num_queries
):
    from django.core.cache import cache

    category = make_category()
    make_banner(categories=[category])
    article = make_article(primary_category=category)
    cache.clear()
    with django_assert_num_queries(
        4
    ):  # banners, their categories and publications, calls to action
        selection.all_candidates()
        selection.call_to_action()
    with django_assert_num_queries(0):
        selection.all_candidates()
        selection.call_to_action()
    # A page then pays nothing for its slots.
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.get_absolute_url()).text
    assert "partner-slot" in html
    assert not [
        q["sql"]
        for q in queries
        if "partners_banner" in q["sql"] or "partners_calltoaction" in q["sql"]
    ]


def test_a_failing_cache_still_shows_banners(client, monkeypatch):
    from django.core.cache import cache

    make_banner(headline="Toujours là")

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert "Toujours là" in client.get(make_article().get_absolute_url()).text


def test_any_change_of_a_banner_is_seen_at_once(django_capture_on_commit_callbacks):
    banner = make_banner()
    assert len(selection.eligible("sidebar", page_type="home")) == 1
    banner.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        banner.save()
    assert selection.eligible("sidebar", page_type="home") == []


# Slots on the pages ----------------------------------------------------------------------------


def test_an_empty_slot_renders_nothing(client):
    article = make_article()
    html = client.get(article.get_absolute_url()).text
    assert "partner-slot" not in html


def test_the_sidebar_slot_shows_a_banner_with_sponsored_links(client):
    banner = make_banner(headline="[Webinar] Recruter en 2027")
    article = make_article()
    html = client.get(article.get_absolute_url()).text
    assert "[Webinar] Recruter en 2027" in html
    links = re.findall(r'<a class="partner[^"]*" href="([^"]+)" rel="([^"]+)"', html)
    assert links and all(rel == "sponsored noopener" for _, rel in links)
    # The link goes through the click redirect, never straight to the partner's site.
    assert {href for href, _ in links} == {
        reverse("partners:click", args=[selection.click_token(banner.pk)])
    }
    assert banner.target_url not in html


def test_every_eligible_creative_travels_with_the_page_for_the_browser_to_draw(client):
    first, second = make_banner(weight=2), make_banner(weight=5)
    html = client.get(make_article().get_absolute_url()).text
    templates = re.findall(r'<template data-banner="(\d+)" data-weight="(\d+)">', html)
    assert sorted(templates) == sorted([(str(first.pk), "2"), (str(second.pk), "5")])
    shown = re.findall(r'class="partner-slot__box" data-banner="(\d+)"', html)
    assert len(shown) == 1 and int(shown[0]) in (first.pk, second.pk)


def test_the_same_banner_never_shows_twice_on_a_page(client, django_capture_on_commit_callbacks):
    # The home page has two « between sections » slots; one banner fills only one of them.
    make_category(is_lead=True)
    for n in range(5):
        make_article(primary_category=make_category(name=f"Section {n}", slug=f"section-{n}"))
    make_banner(placement="home_sections", headline="Une seule fois")
    html = client.get("/").text
    assert html.count('data-partner-slot="home_sections"') == 1
    assert html.count("Une seule fois") == 2  # the box and its <template>
    with django_capture_on_commit_callbacks(execute=True):
        make_banner(placement="home_sections", headline="La seconde")
    html = client.get("/").text
    assert html.count('data-partner-slot="home_sections"') == 2
    boxes = re.findall(r'data-partner-slot="home_sections".*?data-banner="(\d+)"', html, re.S)
    assert len(set(boxes)) == 2


def test_in_article_slot_goes_after_the_third_paragraph_when_the_text_goes_on(client):
    make_banner(placement="article_body", headline="Au milieu du texte")
    long = make_article(body="".join(f"<p>Paragraphe {n}.</p>" for n in range(1, 6)))
    html = client.get(long.get_absolute_url()).text
    assert re.search(r"Paragraphe 3\.</p><div class=\"partner-slot[^>]*>.*?Au milieu", html, re.S)
    assert html.index("Au milieu") < html.index("Paragraphe 4.")
    short = make_article(body="<p>Un.</p><p>Deux.</p><p>Trois.</p>")
    assert "Au milieu du texte" not in client.get(short.get_absolute_url()).text


def test_paragraphs_inside_quotes_do_not_count():
    from partners.templatetags.partners import after_paragraph

    html = "<p>1</p><blockquote><p>q</p><p>q</p></blockquote><p>2</p><p>3</p><p>4</p>"
    assert html[: after_paragraph(html, 3)].endswith("<p>3</p>")


def test_leaderboard_and_end_of_article_slots(client):
    make_banner(placement="leaderboard", headline="En haut")
    make_banner(placement="article_end", headline="En bas")
    html = client.get(make_article().get_absolute_url()).text
    assert html.index("En haut") < html.index('id="contenu"') < html.index("En bas")


def test_previews_show_no_banner(client, editor):
    from articles.models import PreviewLink

    make_banner(placement="leaderboard", headline="En haut")
    draft = make_article(status="draft", published_at=None)
    link = PreviewLink.objects.create(
        article=draft, created_by=editor, expires_at=timezone.now() + timedelta(hours=1)
    )
    html = client.get(reverse("articles:preview", args=[link.token])).text
    assert "En haut" not in html and "partner-slot" not in html


def test_image_banners_need_their_alt_text_and_keep_their_size(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import jpeg_bytes

    banner = make_banner(
        kind="image",
        image=SimpleUploadedFile("b.jpg", jpeg_bytes(600, 500)),
        alt_text="Le salon RH 2027",
        headline="",
    )
    html = client.get(make_article().get_absolute_url()).text
    assert f'src="{banner.image.url}" alt="Le salon RH 2027" width="600" height="500"' in html


# The impression beacon -------------------------------------------------------------------------


def beacon(client, banner, address="127.0.0.1", period=None, **headers):
    token = selection.impression_token(banner.pk, period=period)
    url = reverse("partners:impression", args=[token])
    return client.post(url, headers={"User-Agent": BROWSER} | headers, REMOTE_ADDR=address)


def counts(banner):
    banner.refresh_from_db()
    stat = BannerStat.objects.filter(banner=banner).first()
    return (
        (stat.impressions, stat.clicks) if stat else (0, 0),
        (banner.impressions_total, banner.clicks_total),
    )


def test_the_beacon_counts_an_impression_per_reader_banner_and_day(client):
    banner = make_banner()
    assert beacon(client, banner).status_code == 204
    assert beacon(client, banner).status_code == 204  # the same reader: once a day
    assert counts(banner) == ((1, 0), (1, 0))
    assert beacon(client, banner, **{"User-Agent": f"{BROWSER} autre"}).status_code == 204
    assert beacon(client, banner, address="198.51.100.8").status_code == 204
    assert counts(banner) == ((3, 0), (3, 0))
    assert BannerStat.objects.get().day == timezone.localdate()


def test_the_beacon_refuses_forged_and_unknown_tokens(client):
    banner = make_banner()
    forged = selection.impression_token(banner.pk)[:-2] + "xx"
    assert client.post(f"/partenaires/vu/{forged}/").status_code == 404
    click_token = selection.click_token(banner.pk)  # a token of another kind
    assert client.post(f"/partenaires/vu/{click_token}/").status_code == 404
    gone = selection.impression_token(999_999)
    assert client.post(f"/partenaires/vu/{gone}/").status_code == 404
    not_an_id = signing.Signer(salt=selection.IMPRESSION_SALT).sign_object("1 OR 1=1")
    assert client.post(f"/partenaires/vu/{not_an_id}/").status_code == 404
    timestamped = signing.dumps(banner.pk, salt=selection.IMPRESSION_SALT)
    assert client.post(f"/partenaires/vu/{timestamped}/").status_code == 404
    assert counts(banner) == ((0, 0), (0, 0))


def test_the_beacon_only_takes_posts(client):
    banner = make_banner()
    url = reverse("partners:impression", args=[selection.impression_token(banner.pk)])
    assert client.get(url).status_code == 405
    assert counts(banner) == ((0, 0), (0, 0))


@pytest.mark.parametrize(
    "headers",
    [
        {"User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"User-Agent": "facebookexternalhit/1.1"},
        {"User-Agent": ""},
        {"User-Agent": BROWSER, "Sec-Purpose": "prefetch;prerender"},
        {"User-Agent": BROWSER, "Purpose": "prefetch"},
        {"User-Agent": BROWSER, "Sec-Purpose": "prerender"},
        {"User-Agent": BROWSER, "Purpose": "Prerender"},
    ],
)
def test_bots_and_prefetches_are_not_counted(client, headers):
    banner = make_banner()
    impression = reverse("partners:impression", args=[selection.impression_token(banner.pk)])
    click = reverse("partners:click", args=[selection.click_token(banner.pk)])
    assert client.post(impression, headers=headers).status_code == 204
    response = client.get(click, headers=headers)
    assert response.status_code == 302 and response["Location"] == banner.target_url
    assert counts(banner) == ((0, 0), (0, 0))


def test_an_inactive_banner_is_not_counted(client):
    banner = make_banner(is_active=False)
    assert beacon(client, banner).status_code == 204
    assert counts(banner) == ((0, 0), (0, 0))


def test_ten_thousand_beacons_from_one_client_count_once_and_empty_the_cache_once(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    banner = make_banner(impression_cap=1)
    pagecache.generation()  # the generation exists, as on a running site
    bumps = []
    monkeypatch.setattr(pagecache, "bump_generation", lambda: bumps.append(1))
    # All within one minute of the rate limit's clock, however slow the machine.
    moment = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: moment)
    statuses = {}
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(10_000):
            status = beacon(client, banner).status_code
            statuses[status] = statuses.get(status, 0) + 1
    assert statuses == {204: 60, 429: 9940}
    assert counts(banner) == ((1, 0), (1, 0))
    assert len(bumps) == 1


def test_a_script_that_changes_its_browser_name_at_each_beacon_counts_a_few_times_only(client):
    """Readers are told apart by address and browser; rotating the browser's name makes a
    new « reader » each time, so an address brings READERS_PER_ADDRESS of them a day."""
    from accounts.limits import READERS_PER_ADDRESS

    banner = make_banner()
    for n in range(READERS_PER_ADDRESS + 5):  # beacons and clicks: under the minute's limit
        assert beacon(client, banner, **{"User-Agent": f"{BROWSER} Build/{n}"}).status_code == 204
        click(client, banner, **{"User-Agent": f"{BROWSER} Build/{n}"})
    assert counts(banner) == ((READERS_PER_ADDRESS,) * 2, (READERS_PER_ADDRESS,) * 2)


def test_an_ipv6_client_cannot_dodge_the_beacon_limit_by_changing_address(client):
    banner = make_banner()
    statuses = [
        beacon(client, banner, address=f"2001:db8:5:6::{n + 1:x}").status_code
        for n in range(BEACON_LIMIT + 10)
    ]
    assert statuses.count(429) == 10


def test_one_reader_counts_once_per_banner_and_once_per_kind(client):
    """« Once per reader, banner and day » is three keys: the same reader seeing a second banner
    is counted for it, and the click that follows an impression is counted too."""
    first, second = make_banner(), make_banner()
    for banner in (first, second):
        assert beacon(client, banner).status_code == 204
        assert click(client, banner).status_code == 302
        assert beacon(client, banner).status_code == 204  # again: not counted
        assert click(client, banner).status_code == 302
    assert counts(first) == ((1, 1), (1, 1))
    assert counts(second) == ((1, 1), (1, 1))


def test_the_beacon_limit_is_per_client_a_flood_from_one_address_spares_the_others(
    client, monkeypatch
):
    banner = make_banner()
    moment = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: moment)
    for _ in range(BEACON_LIMIT):
        assert beacon(client, banner, address="203.0.113.9").status_code == 204
    assert beacon(client, banner, address="203.0.113.9").status_code == 429
    assert beacon(client, banner, address="198.51.100.8").status_code == 204
    assert counts(banner) == ((2, 0), (2, 0))


def test_the_beacon_limit_lasts_a_minute(client, monkeypatch):
    banner = make_banner()
    start = timezone.now().replace(second=0, microsecond=0)
    clock = [start]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])
    for _ in range(BEACON_LIMIT):
        beacon(client, banner)
    response = beacon(client, banner)
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert response["Cache-Control"] == "no-store"
    clock[0] = start + timedelta(seconds=59)
    assert beacon(client, banner).status_code == 429
    clock[0] = start + timedelta(seconds=60)
    assert beacon(client, banner).status_code == 204


def test_a_counted_beacon_and_click_cost_a_fixed_number_of_queries(
    client, django_assert_num_queries
):
    banner = make_banner()
    """The limit (2), the banner with its partner (1), the reader and address counters (2 × 2),
    the totals and the day's row (3), each write in its savepoint. Constant: a flood costs no
    more per request, and the partner is read with the banner, not after it."""
    beacon(client, make_banner())  # warm what is read once (the site, the content types)
    with django_assert_num_queries(20):
        assert beacon(client, banner).status_code == 204
    with django_assert_num_queries(17):  # the day's row exists now: no INSERT
        assert click(client, banner).status_code == 302
    assert counts(banner) == ((1, 1), (1, 1))


def test_only_fresh_tokens_from_our_own_pages_count(client):
    banner = make_banner()
    period = selection.token_period()
    assert beacon(client, banner, period=period - 2).status_code == 204  # a day-old page
    assert beacon(client, banner, **{"Sec-Fetch-Site": "cross-site"}).status_code == 204
    assert beacon(client, banner, Origin="https://evil.example").status_code == 204
    assert counts(banner) == ((0, 0), (0, 0))
    assert beacon(client, banner, period=period - 1, **{"Sec-Fetch-Site": "same-origin"})
    assert counts(banner) == ((1, 0), (1, 0))


def test_ended_flights_and_reached_caps_are_not_counted(client):
    ended = make_banner(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    capped = make_banner(impression_cap=3)
    Banner.objects.filter(pk=capped.pk).update(impressions_total=3)
    for banner in (ended, capped):
        assert beacon(client, banner).status_code == 204
        response = click(client, banner)
        assert response.status_code == 302 and response["Location"] == banner.target_url
    assert counts(ended) == ((0, 0), (0, 0))
    assert counts(capped) == ((0, 0), (3, 0))


# The click redirect ----------------------------------------------------------------------------


def click(client, banner, suffix="", **headers):
    url = reverse("partners:click", args=[selection.click_token(banner.pk)]) + suffix
    return client.get(url, headers={"User-Agent": BROWSER} | headers)


def test_a_click_is_counted_and_redirects_to_the_stored_address(client):
    banner = make_banner(target_url="https://partenaire.example/webinar?utm_source=newsroom")
    response = click(client, banner)
    assert response.status_code == 302
    assert response["Location"] == "https://partenaire.example/webinar?utm_source=newsroom"
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"  # a search engine never follows it
    assert counts(banner) == ((0, 1), (0, 1))


def test_the_redirect_never_comes_from_the_request(client):
    banner = make_banner()
    response = click(client, banner, "?next=https://evil.example/&url=//evil.example")
    assert response["Location"] == banner.target_url
    response = click(client, banner, Host="evil.example", Referer="https://evil.example/")
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert response["Location"] == banner.target_url


def test_forged_and_unknown_click_tokens_are_404(client):
    banner = make_banner()
    token = selection.click_token(banner.pk)
    for bad in (
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        selection.impression_token(banner.pk),
        selection.click_token(banner.pk + 1000),
        str(banner.pk),
        "..%2F..%2Fadmin",
        "x" * 500,
    ):
        assert client.get(f"/partenaires/clic/{bad}/").status_code == 404, bad
    assert counts(banner) == ((0, 0), (0, 0))


def test_tokens_cannot_be_enumerated():
    # Consecutive banners get unrelated tokens: the signature covers the id.
    first, second = selection.click_token(1), selection.click_token(2)
    assert first.split(":")[-1] != second.split(":")[-1]


def test_an_inactive_banner_leads_nowhere(client):
    banner = make_banner(is_active=False)
    response = click(client, banner)
    assert response.status_code == 410
    assert "plus disponible" in response.text
    # Neither kept by a shared cache (the banner may come back) nor indexed.
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert counts(banner) == ((0, 0), (0, 0))


def test_the_target_address_is_http_or_https_only():
    from django.core.exceptions import ValidationError

    for bad in ("javascript:alert(1)", "ftp://partenaire.example/", "//evil.example", "data:,x"):
        banner = Banner(
            partner=make_partner(),
            name="x",
            kind="text",
            headline="x",
            button_label="x",
            target_url=bad,
            placement="sidebar",
            starts_at=timezone.now(),
            ends_at=timezone.now() + timedelta(days=1),
        )
        with pytest.raises(ValidationError) as error:
            banner.full_clean()
        assert "target_url" in error.value.message_dict


# Counting under concurrency ---------------------------------------------------------------------


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency needs PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_impressions_and_clicks_lose_no_count():
    from django.db import connections

    banner = make_banner()
    threads, per_thread = 8, 25
    barrier = threading.Barrier(threads)
    errors = []

    def work():
        try:
            barrier.wait()
            for _ in range(per_thread):
                services.record_impression(banner)
                services.record_click(banner)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    total = threads * per_thread
    assert counts(banner) == ((total, total), (total, total))
    assert BannerStat.objects.count() == 1


# The call to action ---------------------------------------------------------------------------


def test_every_article_ends_with_the_default_call_to_action(client, settings):
    html = client.get(make_article().get_absolute_url()).text
    assert (
        f'Pour communiquer sur {settings.SITE_NAME}, devenez partenaire, <a href="'
        f'{reverse("partners:lead")}">cliquez ici</a>' in html
    )


def test_the_call_to_action_follows_its_schedule(client):
    now = timezone.now()
    CallToAction.objects.create(text="Pour communiquer sur FrenchWeb, devenez partenaire")
    CallToAction.objects.create(
        text="Salon VivaTech : réservez votre stand",
        button_label="voir l’offre",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(days=1),
    )
    CallToAction.objects.create(
        text="Offre de Noël", starts_at=now + timedelta(days=2), ends_at=now + timedelta(days=3)
    )
    article = make_article()
    html = client.get(article.get_absolute_url()).text
    assert "Salon VivaTech : réservez votre stand" in html and "Offre de Noël" not in html
    later = selection.call_to_action(now + timedelta(days=2, hours=1))
    assert later.text == "Offre de Noël"
    after = selection.call_to_action(now + timedelta(days=4))
    assert after.text == "Pour communiquer sur FrenchWeb, devenez partenaire"


def test_cached_pages_never_outlive_a_flight_or_call_to_action_change():
    now = timezone.now()
    make_banner(starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=5))
    make_banner(starts_at=now + timedelta(hours=2), ends_at=now + timedelta(hours=9))
    CallToAction.objects.create(text="x", starts_at=now + timedelta(minutes=30))
    assert selection.next_flight_change(now) == now + timedelta(minutes=30)


def test_call_to_action_links_are_checked():
    from django.core.exceptions import ValidationError

    for good in ("/partenaires/devenir-partenaire/", "https://frenchweb.fr/partenaires"):
        CallToAction(text="x", url=good).full_clean()
    for bad in ("javascript:alert(1)", "//evil.example/", "ftp://x.example/"):
        with pytest.raises(ValidationError):
            CallToAction(text="x", url=bad).full_clean()


def test_image_banners_are_measured_once_when_saved_never_when_shown(media_root):
    """Their size is kept with the banner (a file read on a bucket is a download): choosing
    banners for a page reads no file; banners saved before are measured by the migration."""
    import importlib

    from django.apps import apps as django_apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from partners import selection
    from partners.models import Banner
    from tests.factories import jpeg_bytes

    banner = make_banner(kind=Banner.Kind.IMAGE, image=ContentFile(jpeg_bytes(600, 500), "b.jpg"),
                         alt_text="Une offre")  # fmt: skip
    assert (banner.image_width, banner.image_height) == (600, 500)
    opened = default_storage.open
    reads = []
    default_storage.open = lambda name, mode="rb": reads.append(name) or opened(name, mode)
    try:
        [candidate] = selection.load_candidates()
    finally:
        del default_storage.open
    assert (candidate.image_width, candidate.image_height) == (600, 500) and reads == []

    Banner.objects.filter(pk=banner.pk).update(image_width=None, image_height=None)
    migration = importlib.import_module("partners.migrations.0004_banner_image_size")
    migration.measure_images(django_apps, None)
    banner.refresh_from_db()
    assert (banner.image_width, banner.image_height) == (600, 500)
