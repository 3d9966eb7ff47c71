"""A plain index on the search index's publication dates (PostgreSQL): a search for common
words first looks among the last year's matches (``articles.search.RECENT``), which
PostgreSQL finds by combining this index with the GIN one instead of reading and sorting
every match of the archive."""

from django.db import migrations

INDEX = "articles_search_published"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles_search (published_at)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0031_article_title_trigram_index")]

    operations = [migrations.RunPython(create, drop)]
