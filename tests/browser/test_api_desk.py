"""The content API's desk in a real browser: a partner manager issues a key for a partner's
widget, the widget's calls work with it, then the key is revoked."""

import json
import urllib.error
import urllib.request

from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_editorial_desk import DESK, log_in


def call(live_server, path, key):
    request = urllib.request.Request(live_server.url + path, headers={"X-Api-Key": key})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as refused:
        return refused.code, json.load(refused)


def test_partner_manager_issues_a_key_and_revokes_it(
    make_page, live_server, demo_with_accounts, settings
):
    settings.API_USAGE_FLUSH_SECONDS = 0  # the usage page read at once
    page = make_page(viewport=DESK)
    log_in(page, live_server, "pmartin")
    page.goto(live_server.url + "/admin/api/apikey/add/")
    page.fill("#id_name", "Widget Journal des RH")
    page.fill("#id_contact", "dev@partenaire.example")
    page.fill("#id_allowed_origins", "widget.partenaire.example/page")
    page.fill("#id_rate_limit", "120")
    page.locator("input[name=_save]").click()
    # A bad origin is refused in French, and nothing typed is lost.
    expect(page.locator(".errorlist")).to_contain_text("https://")
    expect(page.locator("#id_name")).to_have_value("Widget Journal des RH")
    page.fill("#id_allowed_origins", "https://widget.partenaire.example")
    page.locator("input[name=_save]").click()
    message = page.locator(".messagelist")
    expect(message).to_contain_text("copiez-la maintenant")
    key = message.inner_text().split(" : ", 1)[1].split(" ")[0]
    assert key.startswith("nr_")
    page.screenshot(path=SCREENSHOTS / "admin-api-key.png")

    status, data = call(live_server, "/api/v1/articles?limit=2&fields=title,url", key)
    assert status == 200 and len(data["results"]) == 2

    page.goto(live_server.url + "/admin/api/apikey/")
    page.locator("input.action-select").first.check()
    page.select_option("select[name=action]", "revoke")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("révoquée")
    status, data = call(live_server, "/api/v1/articles", key)
    assert status == 401 and data["code"] == "cle_invalide"

    page.goto(live_server.url + "/admin/api/apiusage/")
    expect(page.locator("#result_list")).to_contain_text("Widget Journal des RH")

    # The documentation page, with its own files under the site's CSP.
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/api/v1/docs")
    expect(page.locator(".swagger-ui .title")).to_contain_text("API de contenu")
    assert errors == []
    page.screenshot(path=SCREENSHOTS / "api-docs.png")
