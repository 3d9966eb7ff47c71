"""`make lighthouse`: Google Lighthouse (mobile, performance) on every page type of every
publication of a running site, with Debian's Chromium.

Start the site first (`make run` or `make serve`); the pages are found in its database
(the same settings and DATABASE_URL) and asked at each publication's own address, e.g.
http://journaldesrh.localhost:8000/. Prints one row per page: score, First Contentful Paint,
Largest Contentful Paint, Total Blocking Time, Cumulative Layout Shift; exits 1 if a page
scores under LIGHTHOUSE_MIN_SCORE (default 100) or shifts more than 0.01.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MIN_SCORE = int(os.environ.get("LIGHTHOUSE_MIN_SCORE", 100))
MAX_SHIFT = 0.01
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
]


def page_types(publication):
    """Path of one page of each public type of ``publication``."""
    from articles.models import Article, Category, Page

    articles = Article.objects.published().filter(publication=publication)
    article = articles.exclude(lead_photo=None).order_by("-published_at").first()
    if article is None:
        return {"home": "/"}
    section = (
        Category.objects.filter(publication=publication, articles__in=articles)
        .order_by("position")
        .first()
    )
    tag = article.tags.order_by("name").first()
    author = article.authors.order_by("slug").first()
    page = Page.objects.shown_on(publication.pk).in_footer().first()
    paths = {
        "home": "/",
        "article": article.get_absolute_url(),
        "section": section.get_absolute_url() if section else None,
        "tag": tag.get_absolute_url() if tag else None,
        "author": author.get_absolute_url() if author else None,
        "standing page": page.get_absolute_url() if page else None,
        "search": "/recherche/?q=" + max(article.title.split(), key=len).strip("«»:,.’'"),
        "corrections": "/corrections/",
        "partner form": "/partenaires/devenir-partenaire/",
    }
    return {name: path for name, path in paths.items() if path}


def audit(url):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--only-categories=performance",
                "--chrome-flags=--headless=new --no-sandbox",
                "--output=json",
                f"--output-path={report.name}",
                "--quiet",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            timeout=300,
        )
        result = json.loads(Path(report.name).read_text())
    score = round(result["categories"]["performance"]["score"] * 100)
    return score, {name: result["audits"][name] for name in METRICS}


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from articles.models import Publication

    failures = 0
    print(f"{'page':<40} score   FCP     LCP     TBT     CLS")
    for publication in Publication.objects.order_by("-is_default", "name"):
        for name, path in page_types(publication).items():
            score, found = audit(publication.absolute(path))
            shift = found["cumulative-layout-shift"]["numericValue"]
            bad = score < MIN_SCORE or shift > MAX_SHIFT
            failures += bad
            print(
                f"{publication.slug + ' ' + name:<40} {score:>5}   "
                + "   ".join(f"{found[m]['displayValue']:<5}" for m in METRICS)
                + ("   ← under target" if bad else "")
            )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
