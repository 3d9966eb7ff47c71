"""Full-text search of published articles, the same behaviour on both databases.

- PostgreSQL (production): a stored ``tsvector`` per article in ``articles_search``, built with
  the ``french_unaccent`` configuration (French stemming after accent folding), weighted
  title (A) > standfirst (B) > body (C) > tags and authors (D), GIN-indexed, ranked with
  ``ts_rank_cd``; excerpts by ``ts_headline``.
- SQLite (the embedded default): an FTS5 table of the same name, fed with accent-folded,
  lightly stemmed words (``stem`` below), ranked with BM25 under the same weights; excerpts
  made here.

The index holds every article; only published ones are ever returned: on PostgreSQL the
index rows carry the article's ``public_from()`` and are read with ``public_rows()``, on
SQLite the articles are joined and read with ``Article.objects.published()``'s condition.
It is kept current by ``articles.indexing`` on every save; ``rebuild()`` (command
``rebuild_search_index``, ``articles.search_rebuild``) builds a new one aside and swaps it in,
so that searches never find it empty or half made. Queries are cut at ``MAX_QUERY``
characters and passed as parameters: nothing a reader types reaches the SQL text.
"""

import html
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from django.db import connection, transaction
from django.db.models import Prefetch
from django.utils.html import strip_tags

from articles.models import (
    Article,
    ArticleAuthor,
    Listing,
    Publication,
    TaggedArticle,
    public_rows,
)
from articles.queries import where_sql

MAX_QUERY = 200
MAX_RESULTS = 500
PAGE_SIZE = 20
WEIGHTS = {"title": 10.0, "standfirst": 5.0, "body": 1.0, "extra": 2.0}
EXCERPT_WORDS = 32
MARK_START, MARK_END = "\x02", "\x03"  # sentinels, replaced by <mark> after escaping
# The index searches read, and the one a rebuild fills aside (articles.search_rebuild).
LIVE, ASIDE = "articles_search", "articles_search_next"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+", re.UNICODE)
_BLOCK_END = re.compile(r"</(?:p|h2|h3|li|blockquote)>|<br\s*/?>", re.I)


def normalize_query(raw):
    """What we search for: no control characters, single spaces, at most MAX_QUERY."""
    text = " ".join(_CONTROL.sub(" ", raw or "").split())
    return text[:MAX_QUERY].strip()


def fold(text):
    """Lower case without accents: « Algérie » → « algerie », « cœur » → « coeur »."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word):
    """A light French stemmer (after J. Savoy): plurals and common endings go, so that
    « numériques », « numérique » and « numériquement »'s neighbours meet."""
    w = fold(word)
    if len(w) > 5 and w.endswith("aux"):
        w = w[:-3] + "al"
    elif len(w) > 3 and w[-1] in "sx":
        w = w[:-1]
    if len(w) > 5 and w.endswith(("ment",)):
        w = w[:-4]
    if len(w) > 4 and w[-1] in "er":
        w = w[:-1]
    if len(w) > 4 and w[-1] == "e":
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2]:
        w = w[:-1]
    return w


def stems(text):
    return " ".join(stem(word) for word in _WORD.findall(text))


def plain_text(markup):
    """The readable text of sanitised HTML: no tags, entities decoded, single spaces."""
    return " ".join(html.unescape(strip_tags(_BLOCK_END.sub(" \n", markup or ""))).split())


def document(article, tags, authors):
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "body": plain_text(article.body),
        "extra": " ".join([*tags, *authors]),
        # Only published articles carry a date here: the others never match a search.
        "published_at": article.public_from(),
    }


@dataclass
class Hit:
    article_id: int
    excerpt: str  # safe HTML: escaped text with <mark> around matches


def _vendor():
    return connection.vendor


@contextmanager
def _search_cursor():
    """A cursor for searching. On PostgreSQL, matches always come from the GIN index: for a
    very common word the planner would rather read every stored vector in turn, which is
    ten times slower (each vector is stored out of line). The setting is local to a
    transaction or savepoint that is rolled back at the end (searching writes nothing): it
    never outlives the search, even inside a caller's transaction, where SET LOCAL alone
    would switch off sequential scans for every later query of the request."""
    if _vendor() != "postgresql":
        with connection.cursor() as cursor:
            yield cursor
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            yield cursor
        finally:
            transaction.set_rollback(True)


# Indexing -------------------------------------------------------------------------------


def index_articles(article_ids, batch=500):
    """(Re)index these articles, a few hundred at a time (SQLite's limits on parameters)."""
    article_ids = list(article_ids)
    for start in range(0, len(article_ids), batch):
        _index_batch(article_ids[start : start + batch])


def documents_of(article_ids):
    """(article id, document) of these articles, read with their tags and bylines."""
    articles = Article.objects.filter(pk__in=article_ids).prefetch_related(
        Prefetch("tagged_items", queryset=TaggedArticle.objects.select_related("tag")),
        Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")),
    )
    return [
        (
            article.pk,
            document(
                article,
                [item.tag.name for item in article.tagged_items.all()],
                [byline.author.name for byline in article.bylines.all()],
            ),
        )
        for article in articles
    ]


def _index_batch(article_ids):
    if not article_ids:
        return
    documents = documents_of(article_ids)
    # Removed and written again in one transaction: no search sees the article missing.
    with transaction.atomic(savepoint=False):
        for table in _written_tables():
            remove_articles(article_ids, table=table)
            index_documents(documents, table=table)


def _written_tables():
    """The index, and the one a rebuild is filling aside, if any, on SQLite (on PostgreSQL a
    trigger copies the index's writes there: articles.search_rebuild)."""
    if _vendor() != "sqlite":
        return [LIVE]
    # SQLite's schema, read in the process's own memory (no round trip, no I/O): cheap
    # enough for every save.
    connection.ensure_connection()
    found = connection.connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [ASIDE]
    ).fetchone()
    return [LIVE, ASIDE] if found else [LIVE]


def index_documents(documents, *, table=LIVE, keep_existing=False):
    """Write (article id, document) pairs into the index (rows not there yet; with
    ``keep_existing``, on PostgreSQL, a row already there is kept as it is)."""
    documents = list(documents)
    with connection.cursor() as cursor:
        if not documents:
            return
        if _vendor() == "postgresql":
            conflict = " ON CONFLICT (article_id) DO NOTHING" if keep_existing else ""
            # One statement per 500 articles (3,000 parameters), the vectors computed by
            # PostgreSQL; plain DB-API parameters, whatever the driver.
            for start in range(0, len(documents), 500):
                chunk = documents[start : start + 500]
                rows = ", ".join(["(%s::bigint, %s::timestamptz, %s, %s, %s, %s)"] * len(chunk))
                cursor.execute(
                    f"INSERT INTO {table} (article_id, published_at, body_text, vector)"
                    " SELECT d.id, d.published_at, d.body,"
                    " setweight(to_tsvector('french_unaccent', d.title), 'A')"
                    " || setweight(to_tsvector('french_unaccent', d.standfirst), 'B')"
                    " || setweight(to_tsvector('french_unaccent', d.body), 'C')"
                    " || setweight(to_tsvector('french_unaccent', d.extra), 'D')"
                    f" FROM (VALUES {rows}) AS d(id, published_at, title, standfirst, body, extra)"
                    + conflict,
                    [
                        value
                        for article_id, doc in chunk
                        for value in (article_id, doc["published_at"], doc["title"],
                                      doc["standfirst"], doc["body"], doc["extra"])
                    ],
                )  # fmt: skip
        elif _vendor() == "sqlite":
            cursor.executemany(
                f"INSERT INTO {table} (rowid, title, standfirst, body, extra,"
                " body_text) VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (article_id, stems(doc["title"]), stems(doc["standfirst"]),
                     stems(doc["body"]), stems(doc["extra"]), doc["body"])
                    for article_id, doc in documents
                ],
            )  # fmt: skip


def remove_articles(article_ids, *, table=None):
    """Remove these articles' rows (from ``table``; by default from the index, and from the
    one a rebuild is filling aside)."""
    article_ids = list(article_ids)
    if not article_ids:
        return
    tables = [table] if table else _written_tables()
    with connection.cursor() as cursor:
        for name in tables:
            if _vendor() == "postgresql":
                cursor.execute(f"DELETE FROM {name} WHERE article_id = ANY(%s)", [article_ids])
            elif _vendor() == "sqlite":
                # The FTS5 row id is the article's id; a few hundred at a time (SQLite's
                # limits).
                for start in range(0, len(article_ids), 500):
                    chunk = article_ids[start : start + 500]
                    marks = ",".join(["%s"] * len(chunk))
                    cursor.execute(f"DELETE FROM {name} WHERE rowid IN ({marks})", chunk)


def remove_orphans(using="default", **kwargs):
    """Drop index rows of articles that no longer exist. Deletions remove their rows by
    signal; a TRUNCATE (``manage.py flush``) does not, so this runs after every migrate and
    flush (post_migrate)."""
    from django.db import connections

    connection_ = connections[using]
    tables = connection_.introspection.table_names()
    if "articles_search" not in tables or "articles_article" not in tables:
        return
    with connection_.cursor() as cursor:
        if connection_.vendor == "postgresql":
            cursor.execute(
                "DELETE FROM articles_search s WHERE NOT EXISTS"
                " (SELECT 1 FROM articles_article a WHERE a.id = s.article_id)"
            )
        elif connection_.vendor == "sqlite":
            cursor.execute(
                "DELETE FROM articles_search WHERE rowid NOT IN (SELECT id FROM articles_article)"
            )


def rebuild(batch=2000, *, between_batches=None):
    """Index every article again, aside, then swap the new index in (in one transaction):
    searches meanwhile read the whole old one. Returns how many articles."""
    from articles.search_rebuild import rebuild_aside

    return rebuild_aside(batch=batch, between_batches=between_batches)


# Searching ------------------------------------------------------------------------------


@cache
def _public_index_rows(vendor):
    """``public_rows()`` on the PostgreSQL index's rows (alias ``s``), as Listing reads it."""
    sql, params = where_sql(Listing.objects.filter(public_rows()))
    table = connection.ops.quote_name(Listing._meta.db_table)
    return sql.replace(f"{table}.", "s."), params


@cache
def _published_articles(vendor, publication_id=None):
    """``Article.objects.published()``'s condition, on the article table's own name (and
    ``on()``'s, for a publication)."""
    publication = Publication(pk=publication_id) if publication_id else None
    return where_sql(Article.objects.published().on(publication))


@cache
def _on_publication(vendor, publication_id):
    """On the PostgreSQL index's rows: the article appears on the publication (None: any)."""
    if not publication_id:
        return "1 = 1", []
    # Correlated on the article's primary key: each candidate is checked by index lookups.
    # (« article_id IN (on()'s rows) » made PostgreSQL read and hash every article of the
    # publication and give up the GIN index: 1.1 s a search at 120,000 articles.)
    sql, params = where_sql(Article.objects.on(Publication(pk=publication_id)))
    table = connection.ops.quote_name(Article._meta.db_table)
    return (
        f"EXISTS (SELECT 1 FROM {table} WHERE {table}.{connection.ops.quote_name('id')}"
        f" = s.article_id AND {sql})",
        params,
    )


def _candidates(publication_id=None):
    """The MAX_RESULTS most recent published articles holding every word of the query,
    found through the GIN index alone (PostgreSQL). An exact phrase ("French Tech") or a
    hyphenated word ("start-up") is then checked on these candidates only: checking word
    positions means reading each stored vector, too slow across a whole archive.
    Parameters: the loose query, the conditions' own, the limit."""
    public, params = _public_index_rows(connection.vendor)
    on, on_params = _on_publication(connection.vendor, publication_id)
    sql = (
        "SELECT s.article_id, s.published_at, s.vector FROM articles_search s"
        f" WHERE s.vector @@ websearch_to_tsquery('french_unaccent', %s) AND {public}"
        f" AND {on} ORDER BY s.published_at DESC LIMIT %s"
    )
    return sql, params + on_params


def _sqlite_matches(columns, tail, publication_id=None):
    """SELECT ``columns`` of the FTS5 matches among published articles (SQLite), then
    ``tail``. Parameters: the match expression, the condition's own, then the tail's."""
    published, params = _published_articles(connection.vendor, publication_id)
    table = Article._meta.db_table
    sql = (
        f"SELECT {columns} FROM articles_search JOIN {table} ON {table}.id = articles_search.rowid"
        f" WHERE articles_search MATCH %s AND {published} {tail}"
    )
    return sql, params


def count(query, publication_id=None):
    """How many published articles match, counted up to MAX_RESULTS + 1 (beyond that, the
    page says « plus de 1 000 » and pages through the MAX_RESULTS best); with
    ``publication_id``, among those that appear on that publication."""
    query = normalize_query(query)
    if not query:
        return 0
    if _vendor() == "postgresql":
        candidates, public = _candidates(publication_id)
        sql = (
            "SELECT count(*) FROM websearch_to_tsquery('french_unaccent', %s) AS q(query),"
            f" LATERAL ({candidates}) AS c WHERE c.vector @@ q.query"
        )
        params = [query, _loose(query), *public, MAX_RESULTS + 1]
    else:
        match = _fts_match(query)
        if not match:
            return 0
        matches, published = _sqlite_matches("1", "LIMIT %s", publication_id)
        sql = f"SELECT count(*) FROM ({matches}) AS matches"
        params = [match, *published, MAX_RESULTS + 1]
    with _search_cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def search(query, *, offset=0, limit=20, publication_id=None):
    """The published articles matching ``query``, best first, with highlighted excerpts."""
    return search_page(query, offset=offset, limit=limit, publication_id=publication_id)[1]


def search_page(query, *, offset=0, limit=20, publication_id=None):
    """(count as ``count()`` gives it, hits of the page): in one query on PostgreSQL.
    ``publication_id``: only the articles that appear on that publication."""
    query = normalize_query(query)
    limit = min(limit, MAX_RESULTS - offset)  # readers page through the MAX_RESULTS best
    if not query or limit <= 0:
        return (count(query, publication_id) if query else 0), []
    if _vendor() == "postgresql":
        total, hits = _search_postgresql(query, offset, limit, publication_id)
        if total is None:  # a page past the end: no row to read the count from
            total = count(query, publication_id)
        return total, hits
    return count(query, publication_id), _search_sqlite(query, offset, limit, publication_id)


_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _loose(query):
    """The query without its phrases: words only (exclusions with a leading - are kept)."""
    return _HYPHEN.sub(" ", query.replace('"', " "))


def _search_postgresql(query, offset, limit, publication_id=None):
    # Relevance is computed among the MAX_RESULTS most recent matches: reading every
    # matching vector of a large archive for a common word would take too long, and a
    # news reader looks for recent articles first.
    options = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={EXCERPT_WORDS}, MinWords=12,"
        ' MaxFragments=2, FragmentDelimiter=" … "'
    )
    candidates, public = _candidates(publication_id)
    sql = (
        "SELECT hit.article_id, ts_headline('french_unaccent', s.body_text, hit.query, %s),"
        " hit.total"
        " FROM ("
        "  SELECT c.article_id, c.published_at, q.query, count(*) OVER () AS total,"
        "         ts_rank_cd('{0.2, 0.4, 0.5, 1.0}', c.vector, q.query) AS rank"
        "  FROM websearch_to_tsquery('french_unaccent', %s) AS q(query),"
        f" LATERAL ({candidates}) AS c WHERE c.vector @@ q.query"
        "  ORDER BY rank DESC, c.published_at DESC, c.article_id DESC LIMIT %s OFFSET %s"
        " ) hit JOIN articles_search s ON s.article_id = hit.article_id"
        " ORDER BY hit.rank DESC, hit.published_at DESC, hit.article_id DESC"
    )
    with _search_cursor() as cursor:
        cursor.execute(
            sql,
            [options, query, _loose(query), *public, MAX_RESULTS + 1, limit, offset],
        )
        rows = cursor.fetchall()
    total = rows[0][2] if rows else None
    return total, [Hit(article_id, _marked(excerpt)) for article_id, excerpt, _ in rows]


def _fts_match(query):
    """An FTS5 expression from the reader's words: each word's stem, quoted (so that no
    FTS syntax can be injected), all required."""
    terms = [stem(word) for word in _WORD.findall(query)]
    terms = [t for t in dict.fromkeys(terms) if t]
    return " AND ".join('"{}"'.format(t.replace('"', '""')) for t in terms)


def _search_sqlite(query, offset, limit, publication_id=None):
    match = _fts_match(query)
    if not match:
        return []
    weights = ", ".join(str(WEIGHTS[c]) for c in ("title", "standfirst", "body", "extra"))
    table = Article._meta.db_table
    sql, published = _sqlite_matches(
        "articles_search.rowid AS article_id, articles_search.body_text AS body,"
        f" bm25(articles_search, {weights}, 0) AS rank",
        f"ORDER BY rank, {table}.published_at DESC, articles_search.rowid DESC LIMIT %s OFFSET %s",
        publication_id,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *published, limit, offset])
        rows = cursor.fetchall()
    wanted = {stem(word) for word in _WORD.findall(query)}
    return [Hit(article_id, excerpt(body, wanted)) for article_id, body, _ in rows]


def excerpt(text, wanted_stems, words=EXCERPT_WORDS):
    """A passage of ``text`` around its first match, escaped, matches in <mark>."""
    tokens = re.findall(r"\S+", text)
    if not tokens:
        return ""
    matches = [i for i, token in enumerate(tokens) if _token_matches(token, wanted_stems)]
    start = max(0, matches[0] - words // 3) if matches else 0
    chosen = tokens[start : start + words]
    parts = []
    for token in chosen:
        parts.append(_mark_words(token, wanted_stems))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return prefix + " ".join(parts) + suffix


def _token_matches(token, wanted_stems):
    return any(stem(word) in wanted_stems for word in _WORD.findall(token))


def _mark_words(token, wanted_stems):
    """Mark the matching words of a token, leaving the rest outside: « d’<mark>hélium</mark>, »."""
    parts, last = [], 0
    for match in _WORD.finditer(token):
        parts.append(html.escape(token[last : match.start()]))
        word = html.escape(match.group())
        parts.append(f"<mark>{word}</mark>" if stem(match.group()) in wanted_stems else word)
        last = match.end()
    parts.append(html.escape(token[last:]))
    return "".join(parts)


def _marked(headline):
    escaped = html.escape(headline or "")
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class Results:
    """The hits of a search as a sequence Django's Paginator can page through. The page
    the reader asked for is read together with the count, in one query."""

    def __init__(self, query, offset, publication=None):
        self.query = query
        self.offset = offset
        self.publication_id = publication and publication.pk
        self._count = None
        self._pages = {}

    def count(self):
        if self._count is None:
            self._count, hits = search_page(
                self.query, offset=self.offset, limit=PAGE_SIZE, publication_id=self.publication_id
            )
            self._pages[self.offset] = hits
        return min(self._count, MAX_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start = window.start or 0
        if start in self._pages:
            return self._pages[start][: window.stop - start]
        return search(
            self.query,
            offset=start,
            limit=window.stop - start,
            publication_id=self.publication_id,
        )

    @property
    def more_than_shown(self):
        return (self._count or 0) > MAX_RESULTS
