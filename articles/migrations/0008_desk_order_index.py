"""An index for the admin's list order (published_at DESC NULLS LAST, created_at DESC).

PostgreSQL only: SQLite cannot declare NULLS LAST in an index, and the embedded database
never holds enough articles to need it. Hence SQL here rather than a Meta index.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS article_desk_order ON articles_article "
    "(published_at DESC NULLS LAST, created_at DESC)"
)
DROP = "DROP INDEX IF EXISTS article_desk_order"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_tag_ascii_slug")]

    operations = [migrations.RunPython(create, drop)]
