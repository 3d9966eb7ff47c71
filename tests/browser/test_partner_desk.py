"""The partnerships desk in a real browser: a partner manager puts a banner on the site and
reads its report."""

import random
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from partners.models import Banner, BannerStat
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_editorial_desk import DESK, choose, log_in


def test_partner_manager_runs_a_banner_and_reads_its_report(
    make_page, live_server, demo_with_accounts
):
    page = make_page(viewport=DESK)
    log_in(page, live_server, "pmartin")
    page.goto(live_server.url + "/admin/partners/banner/add/")
    choose(page, ".field-partner", "Journal des RH")
    page.fill("#id_name", "Salon RH — en-tête")
    page.select_option("#id_placement", "leaderboard")
    page.select_option("#id_kind", "text")
    page.fill("#id_headline", "Salon RH 2027 : 200 exposants, 80 conférences")
    page.fill("#id_text", "Les 3 et 4 février à Paris.")
    page.fill("#id_button_label", "Réserver")
    page.fill("#id_target_url", "javascript:alert(1)")
    today = timezone.localdate()
    page.fill("#id_starts_at_0", (today - timedelta(days=1)).strftime("%d/%m/%Y"))
    page.fill("#id_starts_at_1", "08:00:00")
    page.fill("#id_ends_at_0", (today + timedelta(days=30)).strftime("%d/%m/%Y"))
    page.fill("#id_ends_at_1", "20:00:00")
    page.locator("input[name=_save]").click()
    # A bad address is refused in French, and nothing typed is lost.
    expect(page.locator(".errorlist")).to_contain_text("http:// ou https://")
    expect(page.locator("#id_headline")).to_have_value(
        "Salon RH 2027 : 200 exposants, 80 conférences"
    )
    page.fill("#id_target_url", "https://salon-rh.example/reserver")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("ajouté")
    expect(page.locator("#result_list")).to_contain_text("En diffusion")

    # Readers see it under the header at once.
    page.goto(live_server.url + "/")
    slot = page.locator('[data-partner-slot="leaderboard"]')
    expect(slot).to_contain_text("Salon RH 2027")
    assert slot.locator("a.partner").get_attribute("rel") == "sponsored noopener"

    # A month of figures, then the report.
    rng = random.Random(7)
    for banner in Banner.objects.all():
        for days in range(30):
            seen = rng.randint(800, 4000)
            BannerStat.objects.create(
                banner=banner,
                day=today - timedelta(days=days),
                impressions=seen,
                clicks=rng.randint(seen // 100, seen // 35),
            )
    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="Rapports").click()
    expect(page.locator("h1")).to_contain_text("Rapports")
    expect(page.locator("body")).to_contain_text("Salon RH — en-tête")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "admin-partner-report.png"))
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter en CSV").click()
    assert download.value.suggested_filename.startswith("rapport-partenaires-")
