"""The article page's HTML, CSS and JavaScript stay under 50 KB compressed (images aside)."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

BUDGET = 50 * 1024


@pytest.mark.django_db
def test_article_page_weighs_less_than_50_kb_compressed(client, demo):
    html = client.get("/articles/lalgerie-ouvre-son-premier-cluster-numerique/").content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert {b"css/site.css", b"css/print.css", b"js/site.js"} <= set(assets)
    sizes = {"html": len(gzip.compress(html, 9))}
    for asset in assets:
        with open(finders.find(asset.decode()), "rb") as file:
            sizes[asset.decode()] = len(gzip.compress(file.read(), 9))
    total = sum(sizes.values())
    print(f"article page, gzip: {sizes} = {total} bytes")
    assert total < BUDGET, sizes
