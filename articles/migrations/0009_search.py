"""The full-text search index: a tsvector table on PostgreSQL, an FTS5 table on SQLite.

Neither is a Django model: articles/search.py reads and writes them in SQL. The index is
filled here for the articles that exist, with the models as they are at this migration.
"""

from django.db import migrations

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION french_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
    END $$""",
    # published_at is set for published articles only: searches filter on it here.
    "CREATE TABLE IF NOT EXISTS articles_search (article_id bigint PRIMARY KEY,"
    " published_at timestamptz, body_text text NOT NULL, vector tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_search_vector ON articles_search USING GIN (vector)",
]
SQLITE = [
    # The row id is the article's id.
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5("
    " title, standfirst, body, extra, body_text UNINDEXED, tokenize = 'unicode61')",
]


def create(apps, schema_editor):
    statements = {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(schema_editor.connection.vendor)
    if statements is None:
        return
    for statement in statements:
        schema_editor.execute(statement)
    from articles.search import index_documents, plain_text

    Article = apps.get_model("articles", "Article")
    TaggedArticle = apps.get_model("articles", "TaggedArticle")
    ArticleAuthor = apps.get_model("articles", "ArticleAuthor")
    tags, authors = {}, {}
    for article_id, name in TaggedArticle.objects.values_list("content_object_id", "tag__name"):
        tags.setdefault(article_id, []).append(name)
    for article_id, name in ArticleAuthor.objects.values_list("article_id", "author__name"):
        authors.setdefault(article_id, []).append(name)
    documents = (
        (
            pk,
            {
                "title": title,
                "standfirst": standfirst,
                "body": plain_text(body),
                "extra": " ".join([*tags.get(pk, []), *authors.get(pk, [])]),
                "published_at": published_at if status == "published" else None,
            },
        )
        for pk, title, standfirst, body, status, published_at in Article.objects.values_list(
            "pk", "title", "standfirst", "body", "status", "published_at"
        ).iterator(chunk_size=2000)
    )
    index_documents(documents)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in ("postgresql", "sqlite"):
        schema_editor.execute("DROP TABLE IF EXISTS articles_search")


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_desk_order_index")]

    operations = [migrations.RunPython(create, drop)]
