"""The admin's search of article titles (« contains », a LIKE '%…%') reads every article
without an index that knows substrings: on PostgreSQL, a trigram index (pg_trgm, shipped with
PostgreSQL and trusted since version 13) on the upper-cased title, the expression Django's
icontains compares, and a plain one on the upper-cased slug. SQLite has no such index: it scans, which is fine at its sizes."""

from django.db import migrations

INDEX = "articles_article_title_trgm"
SLUG_INDEX = "articles_article_slug_upper"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles_article"
        " USING gin (UPPER(title::text) gin_trgm_ops)"
    )
    # The search's other half (« =slug »: UPPER(slug) = UPPER(…)): without it the OR of the
    # two reads every article again.
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {SLUG_INDEX} ON articles_article (UPPER(slug::text))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"DROP INDEX IF EXISTS {SLUG_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0030_publication_logo_names")]

    operations = [migrations.RunPython(create, drop)]
