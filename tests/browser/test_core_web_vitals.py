"""Core Web Vitals the browser can measure itself, on every page type of both publications,
on a phone and on a desktop: the cumulative layout shift stays at or under 0.01 (Google's
« good » is 0.1) while the page loads and the reader scrolls to its end, and no script of
ours runs a long task (50 ms or more, which delays a reader's tap) or forces a synchronous layout
(reading a geometry while the page loads: on a long article that alone cost 60–85 ms on a
loaded CI machine). The processor is slowed down four times, as Lighthouse's mobile run does,
so that the frames in which our scripts run are long enough to be reported at all.

Shifts are read with a ``PerformanceObserver`` of type ``layout-shift`` installed before the
page's own scripts; scripts' time with the Long Animation Frames API, which names each
script's source."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

MAX_LAYOUT_SHIFT = 0.01
LONG_TASK_MS = 50
CPU_SLOWDOWN = 4

OBSERVE = """
window.__shifts = [];
window.__scripts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shifts.push({
      value: entry.value,
      nodes: entry.sources.map((s) => s.node ? `${s.node.nodeName}.${s.node.className}` : "?"),
    });
  }
}).observe({type: "layout-shift", buffered: true});
new PerformanceObserver((list) => {
  for (const frame of list.getEntries()) {
    for (const script of frame.scripts) {
      window.__scripts.push({
        source: script.sourceURL,
        duration: script.duration,
        forcedLayout: script.forcedStyleAndLayoutDuration,
      });
    }
  }
}).observe({type: "long-animation-frame", buffered: true});
"""

SCROLL_TO_THE_END = """async () => {
  const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await new Promise((resolve) => setTimeout(resolve, 300));
}"""


def page_types(slug):
    """Every public page type of publication ``slug``, from its demo content."""
    from articles.models import Article, Category, Publication

    publication = Publication.objects.get(slug=slug)
    articles = Article.objects.published().filter(publication=publication)
    article = articles.exclude(lead_photo=None).order_by("-published_at").first()
    section = (
        Category.objects.filter(publication=publication, is_in_navigation=True, is_lead=False)
        .filter(articles__in=articles)
        .order_by("position")
        .first()
    )
    tag = article.tags.order_by("name").first()
    author = article.authors.order_by("slug").first()
    word = max(article.title.split(), key=len).strip("«»:,.’'")
    return {
        "home": ("/", 200),
        "article": (article.get_absolute_url(), 200),
        "section": (section.get_absolute_url(), 200),
        "tag": (tag.get_absolute_url(), 200),
        "author": (author.get_absolute_url(), 200),
        "search": (f"/recherche/?q={word}", 200),
        "corrections": ("/corrections/", 200),
        "partner-lead": ("/partenaires/devenir-partenaire/", 200),
        "not-found": ("/articles/nulle-part/", 404),
    }


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("slug", ["frenchweb", "journaldesrh"])
def test_pages_do_not_shift_and_our_scripts_run_no_long_task(make_page, titles, slug, viewport):
    origin = titles[slug]
    page = make_page(viewport=viewport, site=origin)
    page.add_init_script(OBSERVE)
    page.context.new_cdp_session(page).send(
        "Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN}
    )
    pages = page_types(slug)
    # The standing page the footer links to first (each title links its own legal pages).
    page.goto(origin + "/")
    pages["standing-page"] = (
        page.locator(".site-footer__links a").first.get_attribute("href"),
        200,
    )

    shifts, long_scripts = {}, {}
    for name, (path, status) in pages.items():
        response = page.goto(origin + path, wait_until="load")
        assert response.status == status, (name, path, response.status)
        assert response.url.startswith(origin), (name, "redirected to", response.url)
        if status == 404:  # expected: the browser logs it, the watcher need not
            page.problems[:] = [item for item in page.problems if "404" not in item]
        page.evaluate(SCROLL_TO_THE_END)
        page.wait_for_timeout(200)
        found = page.evaluate("window.__shifts")
        if (total := sum(shift["value"] for shift in found)) > MAX_LAYOUT_SHIFT:
            shifts[name] = (round(total, 4), found[:3])
        ours = [
            script
            for script in page.evaluate("window.__scripts")
            if script["source"].startswith(origin)
            and (script["duration"] >= LONG_TASK_MS or script["forcedLayout"] > 0)
        ]
        if ours:
            long_scripts[name] = ours
    assert shifts == {}
    assert long_scripts == {}


def test_the_observer_does_see_a_layout_shift(make_page, titles):
    """Guard: content pushed down after load is measured, so the test above can fail."""
    origin = titles["frenchweb"]
    page = make_page(viewport=PHONE, site=origin)
    page.add_init_script(OBSERVE)
    page.goto(origin + "/")
    page.evaluate(
        """() => new Promise((resolve) => setTimeout(() => {
            const block = document.createElement("div");
            block.style.height = "300px";
            document.querySelector("main").prepend(block);
            setTimeout(resolve, 300);
        }, 100))"""
    )
    assert sum(shift["value"] for shift in page.evaluate("window.__shifts")) > MAX_LAYOUT_SHIFT
