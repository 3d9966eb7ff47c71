"""Rebuilding the search index without a moment of empty or partial results
(``manage.py rebuild_search_index``, ``articles.search.rebuild``).

The new index is built aside (``articles_search_next``), in batches, while searches go on
reading the whole old one; then, in one transaction, the old table is dropped and the new one
renamed in its place. What editors write meanwhile reaches both: on PostgreSQL a trigger on
the index copies each write into the table aside (the rebuild's own rows never overwrite a
copied one: it is as new or newer); on SQLite, whose full-text tables take no trigger, the
writers see the table aside and write to it too (``search._written_tables``), and each batch
is read and written under the database's write lock, so that no write slips between.

A rebuild that fails, or is stopped, leaves the old index in place; the next one starts by
removing what it left aside.
"""

from contextlib import contextmanager

from django.db import connection, transaction

from articles.models import Article
from articles.search import ASIDE, LIVE, documents_of, index_documents, remove_articles

POSTGRESQL_TABLE = [
    # As in migration 0009: the vector index is made once the table is full (faster).
    f"CREATE TABLE {ASIDE} (article_id bigint PRIMARY KEY, published_at timestamptz,"
    " body_text text NOT NULL, vector tsvector NOT NULL)",
    f"""CREATE FUNCTION {ASIDE}_copy() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            DELETE FROM {ASIDE} WHERE article_id = OLD.article_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO {ASIDE} (article_id, published_at, body_text, vector)
            VALUES (NEW.article_id, NEW.published_at, NEW.body_text, NEW.vector)
            ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at,
                body_text = EXCLUDED.body_text, vector = EXCLUDED.vector;
        END IF;
        RETURN NULL;
    END $$""",
    f"CREATE TRIGGER {ASIDE}_copy AFTER INSERT OR UPDATE OR DELETE ON {LIVE}"
    f" FOR EACH ROW EXECUTE FUNCTION {ASIDE}_copy()",
]
POSTGRESQL_SWAP = [
    # Searches and writers wait the few milliseconds this takes, then find the new table.
    # In the writers' order (the index, then the copy): no deadlock.
    f"LOCK TABLE {LIVE}, {ASIDE} IN ACCESS EXCLUSIVE MODE",
    f"DROP TABLE {LIVE}",  # its trigger goes with it
    f"DROP FUNCTION {ASIDE}_copy()",
    f"ALTER TABLE {ASIDE} RENAME TO {LIVE}",
    f"ALTER TABLE {LIVE} RENAME CONSTRAINT {ASIDE}_pkey TO {LIVE}_pkey",
    f"ALTER INDEX {ASIDE}_vector RENAME TO {LIVE}_vector",
]
SQLITE_TABLE = [
    # As in migration 0009: the row id is the article's id.
    f"CREATE VIRTUAL TABLE {ASIDE} USING fts5("
    " title, standfirst, body, extra, body_text UNINDEXED, tokenize = 'unicode61')",
]
SQLITE_SWAP = [f"DROP TABLE {LIVE}", f"ALTER TABLE {ASIDE} RENAME TO {LIVE}"]


def rebuild_aside(batch=2000, between_batches=None):
    """Build the index aside and swap it in; returns how many articles it holds.
    ``between_batches(done)`` is called after each batch (tests search then)."""
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        return 0
    drop_aside()
    _execute(POSTGRESQL_TABLE if vendor == "postgresql" else SQLITE_TABLE)
    try:
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch):
            _fill(ids[start : start + batch], vendor)
            if between_batches is not None:
                between_batches(start + len(ids[start : start + batch]))
        _remove_orphans(vendor)
        if vendor == "postgresql":
            _execute([f"CREATE INDEX {ASIDE}_vector ON {ASIDE} USING GIN (vector)"])
        with _write_lock(vendor):
            _execute(POSTGRESQL_SWAP if vendor == "postgresql" else SQLITE_SWAP)
    except BaseException:
        drop_aside()
        raise
    return len(ids)


def drop_aside():
    """Remove what a rebuild left aside (its table, and on PostgreSQL its trigger)."""
    if connection.vendor == "postgresql":
        _execute(
            [
                f"DROP TRIGGER IF EXISTS {ASIDE}_copy ON {LIVE}",
                f"DROP FUNCTION IF EXISTS {ASIDE}_copy()",
                f"DROP TABLE IF EXISTS {ASIDE}",
            ]
        )
    elif connection.vendor == "sqlite":
        _execute([f"DROP TABLE IF EXISTS {ASIDE}"])


def _fill(article_ids, vendor):
    with _write_lock(vendor):
        documents = documents_of(article_ids)
        if vendor == "sqlite":
            # Read and written under the write lock: the rows of these articles that a
            # writer put there are replaced by what is read now, as new as theirs.
            remove_articles(article_ids, table=ASIDE)
        index_documents(documents, table=ASIDE, keep_existing=True)


def _remove_orphans(vendor):
    """Rows of articles deleted while their batch was being read."""
    table = Article._meta.db_table
    if vendor == "postgresql":
        sql = (
            f"DELETE FROM {ASIDE} s WHERE NOT EXISTS"
            f" (SELECT 1 FROM {table} a WHERE a.id = s.article_id)"
        )
    else:
        sql = f"DELETE FROM {ASIDE} WHERE rowid NOT IN (SELECT id FROM {table})"
    _execute([sql])


@contextmanager
def _write_lock(vendor):
    """A transaction; on SQLite one that takes the write lock at once (BEGIN IMMEDIATE),
    so that its reads and writes see no other writer in between. Inside a caller's
    transaction (tests, an archive's import), a savepoint of it."""
    if vendor != "sqlite" or connection.in_atomic_block:
        with transaction.atomic():
            yield
        return
    connection.ensure_connection()
    mode = connection.transaction_mode
    connection.transaction_mode = "IMMEDIATE"
    try:
        with transaction.atomic():
            yield
    finally:
        connection.transaction_mode = mode


def _execute(statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
