"""Readers of the public pages that take more than a QuerySet method: the page's chrome
(navigation, footer, breaking news, latest articles), an article's bylines and tags,
automatic « Lire aussi » suggestions, « Les plus lus », and the schedule of coming changes.

They return named rows (small frozen dataclasses with the fields a page shows and its
``get_absolute_url``) or whole model instances, never partial model instances. Which rows
are public comes from the models' QuerySet methods (``Article.objects.published()``,
``BreakingNews.objects.live()``…); where one statement pays (``make bench``), the SQL is
put together from those querysets' own compiled SQL, never from a copy of their rules.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles import photos
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleView,
    Author,
    BreakingNews,
    Category,
    Page,
    Photo,
    Publication,
    Tag,
    TaggedArticle,
    slug_url,
)
from core import surrogates

# Named rows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionLink:
    """A category of the navigation."""

    pk: int
    name: str
    slug: str
    parent_id: int | None
    is_lead: bool
    position: int

    def get_absolute_url(self):
        return slug_url("articles:category", self.slug)


@dataclass(frozen=True)
class PageLink:
    """A standing page of the footer."""

    pk: int
    title: str
    slug: str
    position: int

    def get_absolute_url(self):
        return slug_url("articles:page", self.slug)


@dataclass(frozen=True)
class Alert:
    """The breaking-news banner."""

    pk: int
    text: str
    link: str
    priority: int


@dataclass(frozen=True)
class ArticleLink:
    """An article in a list of titles (sidebar, « Les plus lus », suggestions)."""

    pk: int
    title: str
    slug: str
    sponsor_id: int | None = None
    published_at: datetime | None = None

    def get_absolute_url(self):
        return slug_url("articles:detail", self.slug)


@dataclass(frozen=True)
class Person:
    """An author in a byline."""

    pk: int
    name: str
    slug: str

    def get_absolute_url(self):
        return slug_url("articles:author", self.slug)


@dataclass(frozen=True)
class TagLink:
    pk: int
    name: str
    slug: str

    def get_absolute_url(self):
        return slug_url("articles:tag", self.slug)


def _rows(cursor):
    """The cursor's rows as dictionaries, by column name."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _aware(moment):
    # From a UNION, SQLite gives the stored UTC text (no column type survives it);
    # PostgreSQL gives an aware datetime.
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    if moment is not None and timezone.is_naive(moment):
        return moment.replace(tzinfo=UTC)
    return moment


def compiled(queryset):
    """The SQL of ``queryset`` and its parameters, to be used inside a larger statement."""
    sql, params = queryset.query.sql_with_params()
    return sql, list(params)


def where_sql(queryset):
    """The WHERE condition of ``queryset`` and its parameters, written on its table's own
    name: raw SQL that must select the same rows reuses the QuerySet's definition."""
    query = queryset.query
    sql, params = query.where.as_sql(query.get_compiler(connection=connection), connection)
    return sql, list(params)


# The page's chrome ----------------------------------------------------------------------

SIDEBAR_SIZE = 8
# Typed NULLs: PostgreSQL needs every branch of a UNION to agree on its columns' types.
_NO_ID, _NO_DATE = "CAST(NULL AS BIGINT)", "CAST(NULL AS TIMESTAMP WITH TIME ZONE)"


@cache
def _chrome_sql(vendor, latest, publication_id):
    """One statement for every public page: a UNION of small reads, each built from its
    QuerySet (what "in the navigation", "live" and "published" mean is said there).
    Compiled once per process, as nothing in it changes from a request to the next: the
    clock is the database's. ``make bench`` shows it pays: 0.6 ms, against 3.7 ms for the
    same four reads as ORM queries (and three more queries on every page). Each publication
    has its own navigation and latest articles (``publication_id``; None: every one)."""
    publication = Publication(pk=publication_id) if publication_id else None
    sections = Category.objects.in_navigation()
    alerts = BreakingNews.objects.live()
    pages = Page.objects.in_footer()
    if publication is not None:
        sections = sections.filter(publication_id=publication_id)
        alerts = alerts.shown_on(publication_id)
        pages = pages.shown_on(publication_id)
    branches = [
        (
            "c",
            "id, name AS label, slug, parent_id AS ref, is_lead AS flag, position AS number,"
            f" {_NO_DATE} AS published_at",
            sections.order_by().values_list(
                "id", "name", "slug", "parent_id", "is_lead", "position"
            ),
        ),
        (
            "p",
            f"id, title AS label, slug, {_NO_ID} AS ref, FALSE AS flag, position AS number,"
            f" {_NO_DATE} AS published_at",
            pages.order_by().values_list("id", "title", "slug", "position"),
        ),
        (
            "b",
            f"id, text AS label, link AS slug, {_NO_ID} AS ref, FALSE AS flag,"
            f" priority AS number, {_NO_DATE} AS published_at",
            alerts.order_by().values_list("id", "text", "link", "priority"),
        ),
    ]
    if latest:
        branches.append(
            (
                "l",
                "id, title AS label, slug, sponsor_id AS ref, FALSE AS flag, 0 AS number,"
                " published_at",
                # One more than shown: the article on the page, if it is one of them, is
                # dropped from its own sidebar.
                Article.objects.published()
                .on(publication)
                .values_list("id", "title", "slug", "sponsor_id", "published_at")[: latest + 1],
            )
        )
    parts, params = [], []
    for kind, columns, queryset in branches:
        sql, branch_params = compiled(queryset)
        parts.append(f"SELECT '{kind}' AS kind, {columns} FROM ({sql}) AS {kind}")
        params += branch_params
    return " UNION ALL ".join(parts), params


def chrome(*, latest=0, exclude=None, publication=None):
    """What the page around the content shows: the navigation categories, the breaking
    news banner, the footer's standing pages, and, with ``latest``, the sidebar's latest
    published articles (but ``exclude``, the article on the page), those of
    ``publication``. One query."""
    sql, params = _chrome_sql(connection.vendor, latest, publication and publication.pk)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = _rows(cursor)
    by_kind = {"c": [], "p": [], "b": [], "l": []}
    for row in rows:
        by_kind[row["kind"]].append(row)
    alerts = sorted(by_kind["b"], key=lambda row: (-row["number"], row["id"]))
    context = {
        "navigation": [
            SectionLink(
                row["id"], row["label"], row["slug"], row["ref"], bool(row["flag"]), row["number"]
            )
            for row in sorted(by_kind["c"], key=lambda row: (row["number"], row["label"]))
        ],
        "footer_pages": [
            PageLink(row["id"], row["label"], row["slug"], row["number"])
            for row in sorted(by_kind["p"], key=lambda row: (row["number"], row["label"]))
        ],
        "breaking_news": next(
            (Alert(row["id"], row["label"], row["slug"], row["number"]) for row in alerts), None
        ),
    }
    if latest:
        articles = [
            ArticleLink(row["id"], row["label"], row["slug"], row["ref"],
                        _aware(row["published_at"]))
            for row in by_kind["l"]
            if row["id"] != exclude
        ]  # fmt: skip
        articles.sort(key=lambda link: (link.published_at, link.pk), reverse=True)
        context["latest"] = articles[:latest]
    return context


# The article page -------------------------------------------------------------------------


def authors_and_tags(article_id):
    """The article's authors in byline order and its tags by name, in one statement (the
    article page's most frequent read, after the article itself).

    Plain SQL, because ``make bench`` shows it pays: 0.6 ms against 1.6 to 2.1 ms for the
    same UNION built by the ORM (compiled at each request), on an 8 % share of an article's
    render (PostgreSQL, 100,000 articles). It holds no rule: no condition to keep in step."""
    with connection.cursor() as cursor:
        cursor.execute(_AUTHORS_AND_TAGS_SQL, [article_id, article_id])
        rows = _rows(cursor)
    authors = [Person(r["id"], r["name"], r["slug"]) for r in rows if r["kind"] == 1]
    tags = [TagLink(r["id"], r["name"], r["slug"]) for r in rows if r["kind"] == 2]
    return authors, tags


_AUTHORS_AND_TAGS_SQL = (
    "SELECT 1 AS kind, b.position AS rank, a.id, a.name, a.slug"
    f" FROM {ArticleAuthor._meta.db_table} b JOIN {Author._meta.db_table} a"
    " ON a.id = b.author_id WHERE b.article_id = %s"
    " UNION ALL SELECT 2 AS kind, 0 AS rank, t.id, t.name, t.slug"
    f" FROM {TaggedArticle._meta.db_table} i JOIN {Tag._meta.db_table} t"
    " ON t.id = i.tag_id WHERE i.content_object_id = %s"
    " ORDER BY kind, rank, name"
)


@cache
def _published_article_sql(vendor):
    return where_sql(Article.objects.published())


@cache
def _public_tag_rows_sql(vendor):
    return where_sql(TaggedArticle.objects.public())


_ARTICLES, _TAGGED = Article._meta.db_table, TaggedArticle._meta.db_table


@cache
def _on_publication_sql(vendor, publication_id):
    """``Article.objects.on()``'s condition, on the article table's own name."""
    return where_sql(Article.objects.on(Publication(pk=publication_id)))


def suggestions(article, *, tag_ids, exclude, limit, publication=None):
    """Automatic « Lire aussi »: published articles sharing the most tags with ``article``
    (recent first among equals), then the latest of its category; never itself, never
    twice, never partner content.

    One plain SQL statement, kept because ``make bench`` shows it pays: two short, indexed
    reads (each limited, which the ORM cannot put in a UNION on SQLite) put together, so
    that the cost does not grow with the archive. The tag read takes a few more rows so that
    skipping partner content still fills the list. "Public" comes from the querysets; with
    ``publication``, only articles that appear on it are suggested."""
    if limit <= 0:
        return []
    excluded = [article.pk, *exclude]
    not_in = ", ".join(["%s"] * len(excluded))
    parts, params = [], []
    on_sql, on_params = "1 = 1", []
    if publication is not None:
        on_sql, on_params = _on_publication_sql(connection.vendor, publication.pk)
    if tag_ids:
        tags = ", ".join(["%s"] * len(tag_ids))
        public_tags, public_params = _public_tag_rows_sql(connection.vendor)
        # From the tag rows alone (they carry the publication date), then the few winners'
        # titles: the cost follows the tags' popularity, not the archive's size.
        parts.append(
            f"SELECT * FROM (SELECT 1 AS part, {_TAGGED}.content_object_id AS id,"
            f" COUNT(*) AS shared, MAX({_TAGGED}.published_at) AS published_at FROM {_TAGGED}"
            f" JOIN {_ARTICLES} ON {_ARTICLES}.id = {_TAGGED}.content_object_id"
            f" WHERE {_TAGGED}.tag_id IN ({tags}) AND {public_tags} AND {on_sql}"
            f" AND {_TAGGED}.content_object_id NOT IN ({not_in})"
            f" GROUP BY {_TAGGED}.content_object_id"
            f" ORDER BY shared DESC, published_at DESC, {_TAGGED}.content_object_id DESC"
            " LIMIT %s) AS by_tags"
        )
        params += [*tag_ids, *public_params, *on_params, *excluded, limit + 6]
    if article.primary_category_id:
        published, published_params = _published_article_sql(connection.vendor)
        parts.append(
            f"SELECT * FROM (SELECT 2 AS part, {_ARTICLES}.id, 0 AS shared,"
            f" {_ARTICLES}.published_at FROM {_ARTICLES}"
            f" WHERE {_ARTICLES}.primary_category_id = %s AND {published} AND {on_sql}"
            f" AND {_ARTICLES}.sponsor_id IS NULL AND {_ARTICLES}.id NOT IN ({not_in})"
            f" ORDER BY {_ARTICLES}.published_at DESC, {_ARTICLES}.id DESC LIMIT %s)"
            " AS by_category"
        )
        params += [article.primary_category_id, *published_params, *on_params, *excluded, limit]
    if not parts:
        return []
    sql = (
        "SELECT c.id, a.title, a.slug FROM (" + " UNION ALL ".join(parts) + ") AS c"
        f" JOIN {_ARTICLES} a ON a.id = c.id WHERE a.sponsor_id IS NULL"
        " ORDER BY c.part, c.shared DESC, c.published_at DESC, c.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = _rows(cursor)
    chosen = {}
    for row in rows:  # tag matches first, then the category's latest
        if row["id"] not in chosen and len(chosen) < limit:
            chosen[row["id"]] = ArticleLink(row["id"], row["title"], row["slug"])
    return list(chosen.values())


# « Les plus lus » -------------------------------------------------------------------------


def most_read(*, days, category=None, publication=None):
    """« Les plus lus » over ``days`` days (``ArticleView.objects.most_read``), as links."""
    rows = ArticleView.objects.most_read(days=days, category=category, publication=publication)
    return [ArticleLink(r["article_id"], r["title"], r["slug"], r["sponsor_id"]) for r in rows]


def most_read_blocks(
    *, windows=(("24 heures", 1), ("7 jours", 7)), category=None, publication=None
):
    """« Les plus lus »: per window, its label and its articles (a query each), kept
    MOST_READ_SECONDS while no article of the publication changes (``surrogates.remember``):
    reading counts move slowly, an unpublished article leaves at once."""

    def compute():
        blocks = []
        for label, days in windows:
            articles = most_read(days=days, category=category, publication=publication)
            if articles:
                blocks.append((label, articles))
        return blocks

    keys = [f"lists-{publication.pk}"] if publication is not None else [surrogates.ANY]
    days = "-".join(str(days) for _label, days in windows)
    name = f"most-read:{publication and publication.pk}:{category and category.pk}:{days}"
    return surrogates.remember(name, keys, MOST_READ_SECONDS, compute)


MOST_READ_SECONDS = 300


# The schedule: when the public site changes by itself (for the page cache) -----------------


def next_publication_at(now):
    """When the next scheduled article goes live."""
    return (
        Article.objects.scheduled(now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


def next_breaking_news_change(now):
    """When a breaking-news banner next appears or disappears."""
    starts = (
        BreakingNews.objects.upcoming(now)
        .order_by("starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )
    ends = (
        BreakingNews.objects.live(now).order_by("ends_at").values_list("ends_at", flat=True).first()
    )
    moments = [moment for moment in (starts, ends) if moment]
    return min(moments) if moments else None


def next_rights_expiry(now):
    """When a photo next loses its rights: pages showing it must not be kept past the
    midnight (local time) that follows its last day of rights."""
    today = timezone.localdate(now)
    last_day = (
        Photo.objects.filter(rights_expire_on__gte=today)
        .order_by("rights_expire_on")
        .values_list("rights_expire_on", flat=True)
        .first()
    )
    if last_day is None:
        return None
    return photos.end_of_rights(last_day)


SCHEDULES = [next_publication_at, next_breaking_news_change, next_rights_expiry]


# Counts of long lists -------------------------------------------------------------------------

COUNT_SECONDS = 3600


def kept_count(queryset, site):
    """``queryset.count()``, kept once per change of ``site``'s articles (counting 100,000
    articles costs tens of milliseconds, most of a list page's time): exact, kept while
    ``lists-<publication>`` does not move, never past the next scheduled publication. For
    the site's pages (« Page 3 sur 2 000 ») and the API's totals alike."""
    import hashlib

    from core.pagecache import lifetime

    seconds = lifetime(COUNT_SECONDS)
    if site is None or seconds <= 0:
        return queryset.count()
    # The count's own SQL names the list (its filters and parameters).
    sql = str(queryset.order_by().query)
    digest = hashlib.md5(sql.encode(), usedforsecurity=False).hexdigest()
    return surrogates.remember(f"count:{digest}", [f"lists-{site.pk}"], seconds, queryset.count)
