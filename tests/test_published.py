"""`Article.objects.published()` is the gate of every public read."""

import time
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def published_slugs():
    return set(Article.objects.published().values_list("slug", flat=True))


def test_published_article_in_the_past_is_public():
    make_article(slug="passe", published_at=timezone.now() - timedelta(seconds=1))
    assert published_slugs() == {"passe"}


def test_future_article_is_not_public_yet():
    make_article(slug="futur", published_at=timezone.now() + timedelta(minutes=5))
    assert published_slugs() == set()


def test_draft_is_never_public_even_with_a_past_date():
    make_article(slug="brouillon", status="draft", published_at=timezone.now() - timedelta(days=1))
    assert published_slugs() == set()


def test_scheduled_article_appears_by_itself_when_its_time_comes():
    make_article(slug="programme", published_at=timezone.now() + timedelta(milliseconds=800))
    assert published_slugs() == set()
    time.sleep(1.0)
    assert published_slugs() == {"programme"}


def test_publishing_without_a_date_stamps_now():
    before = timezone.now()
    article = make_article(published_at=None)
    assert before <= article.published_at <= timezone.now()
    assert article.is_live()


def test_database_refuses_a_published_article_without_date():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_at=None)


def test_database_refuses_an_unknown_status():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="supprime")
