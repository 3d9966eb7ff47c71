"""Partner reports in the admin: totals, click-through rates, every day of a period, a
chart, a CSV export for French spreadsheets, and only for the Partenariats desk."""

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from partners.admin.reports import report_url, spreadsheet_safe
from partners.models import Banner, BannerStat
from tests.factories import make_banner, make_partner, warm_site_state

pytestmark = pytest.mark.django_db

REPORT = "/admin/partners/bannerstat/"
EXPORT = "/admin/partners/bannerstat/export/"
PERIOD = "du=2025-01-01&au=2025-01-10"


def paris(*args):
    return timezone.make_aware(datetime(*args))


def flight(start, end):
    """A banner scheduled from ``start`` to ``end`` (dates, Paris time)."""
    return {
        "starts_at": paris(start.year, start.month, start.day),
        "ends_at": paris(end.year, end.month, end.day, 23, 59),
    }


def stat(banner, day, impressions, clicks=0):
    return BannerStat.objects.create(
        banner=banner, day=date.fromisoformat(day), impressions=impressions, clicks=clicks
    )


@pytest.fixture
def data():
    """Two partners; data on both sides of the period 1–10 January 2025 must stay out."""
    acme = make_partner(name="Acme")
    zeta = make_partner(name="Zeta")
    winter = flight(date(2024, 12, 1), date(2025, 1, 31))
    webinar = make_banner(acme, name="Webinar RH", **winter)
    livre = make_banner(acme, name="Livre blanc", **winter)
    salon = make_banner(zeta, name="Salon", **winter)
    # Scheduled during the period, never seen: listed with zeros and « — ».
    silent = make_banner(zeta, name="Sans audience", **flight(date(2025, 1, 4), date(2025, 1, 6)))
    # Over before the period, no data in it: not listed.
    make_banner(zeta, name="Ancienne", **flight(date(2024, 6, 1), date(2024, 6, 30)))
    stat(webinar, "2024-12-31", 1000, 500)  # the day before: out
    stat(webinar, "2025-01-01", 400, 10)  # first day: in
    stat(webinar, "2025-01-05", 100, 0)
    stat(webinar, "2025-01-10", 500, 2)  # last day: in
    stat(webinar, "2025-01-11", 999, 99)  # the day after: out
    stat(livre, "2025-01-03", 3, 1)
    stat(salon, "2025-01-05", 2000, 47)
    return {
        "acme": acme,
        "zeta": zeta,
        "webinar": webinar,
        "livre": livre,
        "salon": salon,
        "silent": silent,
    }


@pytest.fixture
def as_partner_manager(client, partner_manager):
    client.force_login(partner_manager)
    return client


def rows(response, key, name_of):
    return {
        name_of(row): (row["counts"].impressions, row["counts"].clicks, row["counts"].rate_text())
        for row in response.context[key]
    }


def by_partner(response):
    return rows(response, "partner_rows", lambda row: row["partner"].name)


def by_banner(response):
    return rows(response, "banner_rows", lambda row: row["banner"].name)


def by_day(response):
    return {
        row["day"].isoformat(): (row["counts"].impressions, row["counts"].clicks)
        for row in response.context["days"]
    }


def read_csv(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:]), delimiter=";"))


# The report -------------------------------------------------------------------------------


def test_report_totals_rates_and_every_day_of_the_period(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?{PERIOD}")
    assert response.status_code == 200
    assert response.templates[0].name == "admin/partners/bannerstat/report.html"
    selection = response.context["selection"]
    assert (selection.start, selection.end, selection.errors) == (
        date(2025, 1, 1),
        date(2025, 1, 10),
        [],
    )

    assert by_partner(response) == {
        "Acme": (1003, 13, "1,30\xa0%"),  # 13 / 1003 = 1,296… %
        "Zeta": (2000, 47, "2,35\xa0%"),
    }
    assert by_banner(response) == {
        "Webinar RH": (1000, 12, "1,20\xa0%"),
        "Livre blanc": (3, 1, "33,33\xa0%"),
        "Salon": (2000, 47, "2,35\xa0%"),
        "Sans audience": (0, 0, "—"),
    }
    days = by_day(response)
    assert list(days) == [f"2025-01-{n:02d}" for n in range(1, 11)]  # both ends included
    assert days["2025-01-01"] == (400, 10)
    assert days["2025-01-02"] == (0, 0)  # no data: zeros
    assert days["2025-01-05"] == (2100, 47)  # two banners the same day
    assert days["2025-01-10"] == (500, 2)
    total = response.context["total"]
    assert (total.impressions, total.clicks, total.rate_text()) == (3003, 60, "2,00\xa0%")

    html = response.content.decode()
    assert "2,35\xa0%" in html
    assert "3\xa0003" in html  # French digit grouping
    assert "<caption>Par partenaire</caption>" in html
    assert "<caption>Jour par jour</caption>" in html
    assert "mercredi 1er janvier 2025" in html


def test_the_default_period_is_the_last_30_days_in_paris(as_partner_manager, monkeypatch):
    # 23:30 in London on 1 March is already 2 March in Paris.
    monkeypatch.setattr(timezone, "now", lambda: datetime(2025, 3, 1, 23, 30, tzinfo=UTC))
    response = as_partner_manager.get(REPORT)
    selection = response.context["selection"]
    assert (selection.start, selection.end, selection.days) == (
        date(2025, 2, 1),
        date(2025, 3, 2),
        30,
    )
    assert response.context["days"][0]["day"] == date(2025, 2, 1)
    assert 'value="2025-02-01"' in response.content.decode()


def test_the_report_filters_on_a_partner(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?{PERIOD}&partner={data['acme'].pk}")
    assert by_partner(response) == {"Acme": (1003, 13, "1,30\xa0%")}
    assert set(by_banner(response)) == {"Webinar RH", "Livre blanc"}
    assert by_day(response)["2025-01-05"] == (100, 0)  # Zeta's 2,000 are not counted
    assert f'<option value="{data["acme"].pk}" selected>Acme</option>' in response.content.decode()


def test_the_report_filters_on_a_banner(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?{PERIOD}&banner={data['livre'].pk}")
    assert by_banner(response) == {"Livre blanc": (3, 1, "33,33\xa0%")}
    assert by_partner(response) == {"Acme": (3, 1, "33,33\xa0%")}  # within the selection
    days = by_day(response)
    assert days["2025-01-03"] == (3, 1)
    assert sum(impressions for impressions, _ in days.values()) == 3
    assert response.context["selection"].partner == data["acme"]


def test_a_banner_of_another_partner_is_explained_and_ignored(as_partner_manager, data):
    query = f"{PERIOD}&partner={data['acme'].pk}&banner={data['salon'].pk}"
    response = as_partner_manager.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    assert (
        "La bannière « Salon » n’appartient pas au partenaire « Acme »" in response.content.decode()
    )
    assert set(by_banner(response)) == {"Webinar RH", "Livre blanc"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("du=garbage", "Date de début invalide (« garbage »)"),
        ("au=2025-13-45", "Date de fin invalide"),
        ("du=31/02/2025", "Date de début invalide"),
        ("du=2025-01-10&au=2025-01-01", "La date de fin précède la date de début"),
        ("du=10000-01-01", "Date de début invalide"),
        ("au=10000-01-01&du=2025-01-01", "Date de fin invalide"),
        ("du=9999-12-31", "La date de fin précède la date de début"),
        ("du=2025-W01-1", "Date de début invalide"),
        ("du=%00%01", "Date de début invalide"),
        ("du=" + "9" * 5000, "Date de début invalide"),
        ("banner=abc", "Bannière introuvable"),
        ("banner=999999", "Bannière introuvable"),
        ("banner=-1", "Bannière introuvable"),
        ("banner=99999999999999999999999999", "Bannière introuvable"),
        ("partner=abc", "Partenaire introuvable"),
        ("partner=1e9", "Partenaire introuvable"),
        ("du=2025-01-01&du=garbage", "Date de début invalide"),  # the last one counts
        ("du=<script>alert(1)</script>", "Date de début invalide"),
    ],
)
def test_hostile_query_strings_get_a_french_message_and_the_default_period(
    as_partner_manager, data, query, message
):
    today = timezone.localdate()
    response = as_partner_manager.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert '<ul class="messagelist"' in html
    assert "<script>alert" not in html
    selection = response.context["selection"]
    if "du=" in query or "au=" in query:
        assert (selection.start, selection.end) == (today - timedelta(days=29), today)
    assert selection.days <= 366
    export = as_partner_manager.get(f"{EXPORT}?{query}")
    assert export.status_code == 200
    assert read_csv(export)[0][0] == "date"


def test_a_repeated_parameter_counts_by_its_last_value(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?du=garbage&du=2025-01-01&au=2025-01-10")
    assert response.context["selection"].errors == []
    assert response.context["selection"].start == date(2025, 1, 1)


def test_french_dates_are_understood_too(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?du=01/01/2025&au=10/01/2025")
    selection = response.context["selection"]
    assert (selection.start, selection.end, selection.errors) == (
        date(2025, 1, 1),
        date(2025, 1, 10),
        [],
    )


def test_a_period_is_at_most_366_days(as_partner_manager):
    leap_year = as_partner_manager.get(f"{REPORT}?du=2024-01-01&au=2024-12-31")
    assert leap_year.context["selection"].errors == []
    assert len(leap_year.context["days"]) == 366

    longer = as_partner_manager.get(f"{REPORT}?du=2024-01-01&au=2025-01-01")
    selection = longer.context["selection"]
    assert (selection.start, selection.end) == (date(2024, 1, 2), date(2025, 1, 1))
    assert "Une période ne dépasse pas 366 jours" in longer.content.decode()
    assert "le rapport commence donc le 2 janvier 2024" in longer.content.decode()

    # The edges of the calendar: capped, never an overflow.
    widest = as_partner_manager.get(f"{REPORT}?du=0001-01-01&au=9999-12-31")
    assert widest.status_code == 200
    assert widest.context["selection"].start == date(9999, 12, 31) - timedelta(days=365)
    first = as_partner_manager.get(f"{REPORT}?au=0001-01-01")
    assert first.status_code == 200
    assert first.context["selection"].start == date(1, 1, 1)


# The chart --------------------------------------------------------------------------------


def test_the_chart_is_an_accessible_inline_svg_without_script_or_style(as_partner_manager, data):
    html = as_partner_manager.get(f"{REPORT}?{PERIOD}").content.decode()
    svg = re.search(r'<figure class="report-chart">.*?</figure>', html, re.S).group(0)
    assert 'role="img"' in svg
    assert (
        'aria-label="Impressions et clics par jour du 1er janvier 2025 au 10 janvier 2025 : ' in svg
    )
    assert "<title>Impressions et clics par jour du 1er janvier 2025" in svg
    # A bar for each day with impressions (4), and for each day with clicks (4).
    assert svg.count('class="bar"') == 8
    assert "<title>dimanche 5 janvier 2025 : 2\xa0100 impressions</title>" in svg
    assert ">01/01<" in svg  # the first day is labelled
    # Coordinates are numbers for SVG, never localised (« 72,5 » would draw nothing).
    coordinates = re.findall(r' (?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"', svg)
    assert len(coordinates) > 40
    assert all(re.fullmatch(r"-?\d+(\.\d+)?", value) for value in coordinates), coordinates
    assert re.search(r'viewBox="0 0 \d+ \d+"', svg)
    # No script of our own, no inline style anywhere on the page (the admin's scripts have src).
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert " style=" not in html
    assert "/static/admin/partners/reports.css" in html


def test_the_report_page_is_valid_html(as_partner_manager, data, tmp_path):
    from tests.test_html_valid import vnu_errors

    page = tmp_path / "report.html"
    page.write_bytes(as_partner_manager.get(f"{REPORT}?{PERIOD}&du=garbage").content)
    assert vnu_errors([page]) == {}


# The CSV export ---------------------------------------------------------------------------


def test_the_export_is_a_french_spreadsheet_csv(as_partner_manager, data):
    response = as_partner_manager.get(f"{EXPORT}?{PERIOD}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="rapport-partenaires-2025-01-01-2025-01-10.csv"'
    )
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM, for Excel
    assert response.content.decode("utf-8-sig").splitlines()[0] == (
        "date;partenaire;bannière;impressions;clics;taux de clic"
    )
    assert read_csv(response) == [
        ["date", "partenaire", "bannière", "impressions", "clics", "taux de clic"],
        ["2025-01-01", "Acme", "Webinar RH", "400", "10", "2,50 %"],
        ["2025-01-03", "Acme", "Livre blanc", "3", "1", "33,33 %"],
        ["2025-01-05", "Acme", "Webinar RH", "100", "0", "0,00 %"],
        ["2025-01-05", "Zeta", "Salon", "2000", "47", "2,35 %"],
        ["2025-01-10", "Acme", "Webinar RH", "500", "2", "0,40 %"],
    ]


def test_the_export_follows_the_selection(as_partner_manager, data):
    response = as_partner_manager.get(f"{EXPORT}?{PERIOD}&partner={data['zeta'].pk}")
    assert read_csv(response)[1:] == [["2025-01-05", "Zeta", "Salon", "2000", "47", "2,35 %"]]
    response = as_partner_manager.get(f"{EXPORT}?du=2025-01-05&au=2025-01-05")
    assert [row[2] for row in read_csv(response)[1:]] == ["Webinar RH", "Salon"]
    assert (
        'filename="rapport-partenaires-2025-01-05-2025-01-05.csv"'
        in (response["Content-Disposition"])
    )


def test_the_report_links_to_the_export_of_the_same_selection(as_partner_manager, data):
    response = as_partner_manager.get(f"{REPORT}?{PERIOD}&partner={data['acme'].pk}")
    assert response.context["export_url"] == (
        f"{EXPORT}?du=2025-01-01&au=2025-01-10&partner={data['acme'].pk}"
    )


def test_the_export_neutralises_cells_a_spreadsheet_would_run(as_partner_manager):
    banners = flight(date(2025, 1, 1), date(2025, 1, 31))
    evil = make_banner(make_partner(name="+33 Corp"), name='=HYPERLINK("http://evil")', **banners)
    home = make_banner(make_partner(name="@home"), name="\tcmd", **banners)
    sarl = make_banner(make_partner(name="-5 SARL"), name="\rretour", **banners)
    plain = make_banner(make_partner(name="Plain"), name="Tout va bien = oui", **banners)
    for banner in (evil, home, sarl, plain):
        stat(banner, "2025-01-02", 10, 1)

    rows = read_csv(as_partner_manager.get(f"{EXPORT}?{PERIOD}"))[1:]
    assert sorted((row[1], row[2]) for row in rows) == sorted(
        [
            ("'+33 Corp", '\'=HYPERLINK("http://evil")'),
            ("'@home", "'\tcmd"),
            ("'-5 SARL", "'\rretour"),
            ("Plain", "Tout va bien = oui"),
        ]
    )
    # On the page, the same names are only text.
    html = as_partner_manager.get(f"{REPORT}?{PERIOD}").content.decode()
    assert "=HYPERLINK(&quot;http://evil&quot;)" in html


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r", "＝"])
def test_spreadsheet_safe_quotes_formula_starts(first):
    assert spreadsheet_safe(f"{first}1+1") == f"'{first}1+1"


def test_spreadsheet_safe_leaves_ordinary_cells_alone():
    assert spreadsheet_safe("Acme = 1") == "Acme = 1"
    assert spreadsheet_safe(42) == "42"
    assert spreadsheet_safe("2,35 %") == "2,35 %"


# Cost -------------------------------------------------------------------------------------


def bulk_data(banners, days):
    partner = make_partner()
    window = flight(date(2025, 1, 1), date(2025, 3, 31))
    created = Banner.objects.bulk_create(
        Banner(
            partner=partner,
            name=f"Bannière {n}",
            kind="text",
            headline="Titre",
            button_label="Go",
            target_url="https://example.com/",
            placement="sidebar",
            **window,
        )
        for n in range(banners)
    )
    BannerStat.objects.bulk_create(
        BannerStat(
            banner=banner, day=date(2025, 1, 1) + timedelta(days=n), impressions=100, clicks=n % 3
        )
        for banner in created
        for n in range(days)
    )


def count_queries(client, url):
    from django.db import connection

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_report_costs_the_same_few_queries_whatever_the_data(
    admin_client, django_assert_max_num_queries
):
    url = f"{REPORT}?du=2025-01-01&au=2025-03-01"
    export = f"{EXPORT}?du=2025-01-01&au=2025-03-01"
    bulk_data(banners=1, days=1)
    warm_site_state()
    small = count_queries(admin_client, url), count_queries(admin_client, export)
    bulk_data(banners=50, days=60)
    # Report: 1 session, 2 user, 3 partners, 4 banners with their partner, 5 totals per
    # partner, 6 per banner, 7 per day. Export: the first four, then 5 per day and banner.
    with django_assert_max_num_queries(7):
        response = admin_client.get(url)
    assert len(response.context["banner_rows"]) == 51
    assert response.context["total"].impressions == 100 + 50 * 60 * 100
    with django_assert_max_num_queries(5):
        assert len(read_csv(admin_client.get(export))) == 1 + 1 + 50 * 60
    assert (count_queries(admin_client, url), count_queries(admin_client, export)) == small


# Who may see it ---------------------------------------------------------------------------


def test_the_partnerships_desk_sees_the_report_and_the_export(as_partner_manager):
    assert as_partner_manager.get(REPORT).status_code == 200
    assert as_partner_manager.get(EXPORT).status_code == 200
    index = as_partner_manager.get("/admin/").content.decode()
    assert f'href="{REPORT}"' in index
    assert ">Rapports<" in index


@pytest.mark.parametrize("role", ["journalist", "editor"])
def test_journalists_and_editors_may_not_see_reports(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(REPORT).status_code == 403
    assert client.get(f"{EXPORT}?{PERIOD}").status_code == 403
    assert REPORT not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("url", [REPORT, EXPORT])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_counts_are_never_added_changed_or_deleted_in_the_admin(as_partner_manager, data):
    row = BannerStat.objects.first()
    for url in (
        f"{REPORT}add/",
        f"{REPORT}{row.pk}/change/",
        f"{REPORT}{row.pk}/delete/",
        f"{REPORT}{row.pk}/history/",
    ):
        assert as_partner_manager.get(url).status_code == 404, url
    assert as_partner_manager.post(REPORT, {"action": "delete_selected"}).status_code in (200, 405)
    assert BannerStat.objects.count() == 7


def test_deleting_a_banner_still_takes_its_counts_along(as_partner_manager, data):
    webinar = data["webinar"]
    url = f"/admin/partners/banner/{webinar.pk}/delete/"
    confirm = as_partner_manager.get(url)
    assert confirm.status_code == 200
    assert not confirm.context["perms_lacking"]
    assert as_partner_manager.post(url, {"post": "yes"}).status_code == 302
    assert not Banner.objects.filter(pk=webinar.pk).exists()
    assert not BannerStat.objects.filter(banner_id=webinar.pk).exists()


# Links from elsewhere ---------------------------------------------------------------------


def test_report_url_preselects_a_partner_or_a_banner(as_partner_manager, data):
    assert report_url() == REPORT
    assert report_url(partner=data["acme"]) == f"{REPORT}?partner={data['acme'].pk}"
    url = report_url(partner=data["acme"], banner=data["livre"].pk)
    assert url == f"{REPORT}?partner={data['acme'].pk}&banner={data['livre'].pk}"
    selection = as_partner_manager.get(url).context["selection"]
    assert (selection.partner, selection.banner, selection.errors) == (
        data["acme"],
        data["livre"],
        [],
    )
