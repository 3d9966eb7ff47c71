"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import os
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the
# tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Screenshots go to tests/artifacts/ (ignored by git); `make screenshots` writes them to
# docs/screenshots/ for the README instead. Some show the time of the run.
SCREENSHOTS = (
    ROOT / "docs" / "screenshots"
    if os.environ.get("NEWSROOM_UPDATE_SCREENSHOTS")
    else ROOT / "tests" / "artifacts" / "screenshots"
)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium introuvable ({CHROMIUM}) : make test-tools l’installe.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def site_urls(settings):
    settings.ROOT_URLCONF = "tests.urls"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


class PageProblems:
    """Console errors, failed requests and requests leaving the site, seen by a page."""

    def __init__(self, page, origin):
        self.items = []
        page.on(
            "console",
            lambda message: (
                message.type == "error" and self.items.append(f"console: {message.text}")
            ),
        )
        page.on("pageerror", lambda error: self.items.append(f"exception: {error}"))
        # A request cut short because the page navigated away (ERR_ABORTED) is not a fault.
        page.on(
            "requestfailed",
            lambda request: (
                request.failure != "net::ERR_ABORTED"
                and self.items.append(f"failed: {request.url} ({request.failure})")
            ),
        )
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and self.items.append(f"HTTP {response.status}: {response.url}")
            ),
        )
        page.on(
            "request",
            lambda request: (
                not request.url.startswith((origin, "data:", "blob:"))
                and self.items.append(f"third party: {request.url}")
            ),
        )


@pytest.fixture
def make_page(browser, live_server):
    """Open a page in a fresh context; every problem it logs fails the test at teardown."""
    contexts = []
    watchers = []
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(live_server.url))

    def open_page(*, viewport=DESKTOP, expect_problems=False, site=None, **context_options):
        """``site``: the origin the page belongs to (another publication's), else the
        live server's; a request leaving it is a problem."""
        context = browser.new_context(viewport=viewport, locale="fr-FR", **context_options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        watcher = PageProblems(page, site or origin)
        if not expect_problems:
            watchers.append(watcher)
        page.problems = watcher.items
        return page

    yield open_page
    problems = [item for watcher in watchers for item in watcher.items]
    for context in contexts:
        context.close()
    assert problems == [], "\n".join(problems)


def run_axe(page):
    """axe-core's violations of WCAG 2.0/2.1 A and AA rules on the current page."""
    # Through the DevTools protocol: an injected <script> would break the site's CSP.
    page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
            resultTypes: ["violations"],
        })"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in result["violations"]
    ]


@pytest.fixture
def demo_with_accounts(transactional_db, monkeypatch):
    """The demo content and its accounts, all with the password « demo-mot-de-passe »."""
    monkeypatch.setenv("NEWSROOM_DEMO_PASSWORD", "demo-mot-de-passe")
    call_command("load_demo", stdout=StringIO())


@pytest.fixture
def titles(live_server, demo):
    """Both demo publications on their own hosts of the live server (browsers resolve
    *.localhost to this machine): slug → origin, e.g. « http://journaldesrh.localhost:PORT »."""
    from articles import publications
    from articles.models import Publication

    port = urlsplit(live_server.url).port
    origins = {}
    for publication in Publication.objects.all():
        publication.domain = f"{publication.slug}.localhost:{port}"
        publications.save_publication(publication)
        origins[publication.slug] = f"http://{publication.domain}"
    publications.forget()
    return origins


def wait_until(page, expression, timeout=10):
    """Poll ``expression`` in the page until it is true. Playwright's wait_for_function
    evaluates strings with eval(), which the site's Content-Security-Policy rightly forbids;
    page.evaluate goes through the DevTools protocol instead."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        if page.evaluate(expression):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)
