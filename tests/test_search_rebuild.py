"""``rebuild_search_index`` builds the new index aside and swaps it in at once: a search
while it runs finds every article (from the old index), what editors write meanwhile is in
the new one, and a rebuild that fails leaves the old index as it was."""

import threading

import pytest
from django.db import connection

from articles import search
from articles.search_rebuild import ASIDE
from tests.factories import make_article


def tables():
    return set(connection.introspection.table_names())


def graphene(count):
    return [make_article(title=f"Graphène, épisode {n}") for n in range(count)]


@pytest.mark.django_db
def test_a_search_during_a_rebuild_reads_the_whole_old_index_then_the_new_one():
    articles = graphene(7)
    search.remove_articles([articles[0].pk])  # an index gone stale: why one rebuilds
    assert search.count("graphène") == 6
    seen = []

    def between_batches(done):
        seen.append((done, search.count("graphène"), ASIDE in tables()))

    assert search.rebuild(batch=2, between_batches=between_batches) == 7
    # Never empty, never half made: the old index, whole, until the swap.
    assert seen == [(2, 6, True), (4, 6, True), (6, 6, True), (7, 6, True)]
    assert search.count("graphène") == 7
    assert ASIDE not in tables()


@pytest.mark.django_db
def test_what_editors_write_during_a_rebuild_is_in_the_new_index():
    first, second, *_ = graphene(6)

    def between_batches(done):
        if done == 2:  # both already read into the new index
            first.title = "Photonique quantique"
            first.save()
            second.delete()
            make_article(title="Graphène, le dernier paru")

    search.rebuild(batch=2, between_batches=between_batches)
    assert [hit.article_id for hit in search.search("photonique")] == [first.pk]
    ids = {hit.article_id for hit in search.search("graphène")}
    assert len(ids) == 5 and first.pk not in ids and second.pk not in ids
    assert search.count("dernier paru") == 1


@pytest.mark.django_db
def test_a_failed_rebuild_leaves_the_index_as_it_was():
    articles = graphene(4)

    def between_batches(done):
        raise RuntimeError("coupure")

    with pytest.raises(RuntimeError):
        search.rebuild(batch=2, between_batches=between_batches)
    assert search.count("graphène") == 4 and ASIDE not in tables()
    # Nothing of it remains in the way of later writes (on PostgreSQL, its trigger).
    articles[0].title = "Photonique"
    articles[0].save()
    assert search.count("photonique") == 1


@pytest.mark.django_db(transaction=True)
def test_searches_from_other_connections_never_see_an_empty_or_partial_index():
    graphene(12)
    counts, errors, stop = [], [], threading.Event()

    def reader():
        try:
            while not stop.is_set():
                counts.append(search.count("graphène"))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for _ in range(3):
            search.rebuild(batch=2)
    finally:
        stop.set()
        thread.join(30)
    assert errors == []
    assert counts and set(counts) == {12}
    assert search.count("graphène") == 12
