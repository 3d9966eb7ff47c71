"""Writes are transactional: a crash in the middle of an operation leaves nothing half done."""

import pytest

# The article form's fixtures come from tests/test_admin_articles.py.
# ruff: noqa: F811
from articles import services
from articles.models import Article, Revision
from partners import services as partner_services
from partners.models import BannerStat
from tests.factories import make_article, make_author, make_banner, make_category, make_photo
from tests.test_admin_articles import ADD_URL, article_form, as_editor, setup  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


class Crash(Exception):
    pass


def crash(*args, **kwargs):
    raise Crash("the process died here")


def publishable():
    return make_article(
        status="draft",
        published_at=None,
        lead_photo=make_photo(),
        primary_category=make_category(),
        authors=[make_author()],
    )


def test_a_publication_that_crashes_before_its_revision_leaves_the_draft(editor, monkeypatch):
    article = publishable()
    monkeypatch.setattr(services, "save_revision", crash)
    with pytest.raises(Crash):
        services.publish_article(article=article, user=editor)
    article.refresh_from_db()
    assert article.status == "draft" and article.published_at is None
    assert not Revision.objects.filter(article=article, kind="published").exists()


def test_an_unpublication_that_crashes_leaves_the_article_online(editor, monkeypatch):
    article = make_article()
    monkeypatch.setattr(services, "save_revision", crash)
    with pytest.raises(Crash):
        services.unpublish_article(article=article, user=editor)
    assert Article.objects.get(pk=article.pk).status == "published"


def test_a_count_that_crashes_halfway_counts_nothing(monkeypatch):
    banner = make_banner()
    from partners.models import Banner

    real_filter = Banner.objects.filter

    def failing_filter(*args, **kwargs):
        raise Crash("after the daily row, before the total")

    monkeypatch.setattr(Banner.objects, "filter", failing_filter)
    with pytest.raises(Crash):
        partner_services.record_impression(banner)
    monkeypatch.setattr(Banner.objects, "filter", real_filter)
    assert not BannerStat.objects.filter(banner=banner, impressions__gt=0).exists()
    banner.refresh_from_db()
    assert banner.impressions_total == 0


def test_an_admin_save_that_crashes_saves_nothing(client, as_editor, setup, monkeypatch):
    from articles.admin.articles import ArticleAdmin

    # The article row is written, then its bylines and links: crash in between.
    monkeypatch.setattr(ArticleAdmin, "save_related", crash)
    client.raise_request_exception = False
    response = client.post(ADD_URL, article_form(setup))
    assert response.status_code == 500
    assert not Article.objects.exclude(pk=setup["target"].pk).exists()
