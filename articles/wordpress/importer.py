"""Importing a WordPress export into a publication: ``import_export(path, publication=…)``.

The file is read twice, streamed (``articles.wordpress.wxr``): first its authors, terms and
attachments (photos), then its posts and pages, so that a post finds its lead photo and the
photos of its body whatever their order in the file. Each item is written in its own
transaction: one broken item is reported and skipped, never half-imported, and an import cut
short keeps what it wrote and resumes where it stopped when run again. Every item is keyed by
its site and WordPress ID (``ImportedItem``): a second run updates what changed on WordPress,
creates nothing twice, and keeps what an editor changed here since (``overwrite`` replaces it).
A last pass rewrites the links between posts that pointed forward in the file.
"""

import hashlib
import json
import logging
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction

from articles import indexing
from articles.models import Author, Category, ImportedItem, Tag
from articles.text import slugify_fr
from articles.wordpress import addresses, content, wxr
from articles.wordpress.posts import PostsMixin
from articles.wordpress.report import Report

logger = logging.getLogger(__name__)

Kind = ImportedItem.Kind
UNKNOWN = object()  # _remember: the caller did not look the record up


class Stop(Exception):
    """Raised by a progress callback to stop the import between two items."""


def import_export(
    path,
    *,
    publication,
    uploads=None,
    dry_run=False,
    overwrite=False,
    default_credit="",
    user=None,
    progress=None,
):
    """Import the WXR file at ``path`` into ``publication``; returns a ``Report``.
    ``progress(done_bytes, total_bytes)`` is called after each item."""
    run = _Run(publication, uploads, dry_run, overwrite, default_credit, user, progress, path)
    if dry_run:
        with transaction.atomic():
            run.run()
            transaction.set_rollback(True)
    else:
        run.run()
    return run.report


class _Run(PostsMixin):
    def __init__(
        self, publication, uploads, dry_run, overwrite, default_credit, user, progress, path
    ):
        self.publication = publication
        self.uploads = Path(uploads).resolve() if uploads else None
        self.dry_run = dry_run
        self.overwrite = overwrite
        self.default_credit = default_credit.strip()
        self.user = user
        self.progress = progress
        self.path = Path(path)
        self.total = self.path.stat().st_size * 2  # two passes
        self.report = Report(dry_run=dry_run)
        self.source = ""
        self.old_hosts = set()
        self.authors = {}  # login → Author (a few hundred at most)
        self.sections = {}  # slug → Category
        self.category_parents = {}  # slug → parent slug
        self.tags = {}  # slug → Tag
        self.forward_links = set()  # article pks whose bodies link to posts not yet imported
        self.photos_by_id = {}  # attachment ID → photo pk
        self.photos_by_file = {}  # path under uploads → photo pk
        self.new_urls = {}  # old path → new address, of what was found

    # Passes --------------------------------------------------------------------------------

    def run(self):
        repairs = wxr.Repairs()
        try:
            # A file cut short still gives what comes before the break, in both passes.
            for first in (True, False):
                try:
                    self._pass(first=first, repairs=repairs if first else wxr.Repairs())
                except wxr.UnreadableExport as error:
                    self.report.error = str(error)
                if first:
                    self._link_sections()
            self._rewrite_forward_links()
            if self.source:
                self.report.redirects = addresses.make_redirects(self.source, self.publication)
        except Stop:
            self.report.error = "arrêté à la demande ; relancez l’import pour le reprendre."
        self.report.repairs = repairs.messages()

    def _pass(self, *, first, repairs):
        offset = 0 if first else self.total // 2
        with self.path.open("rb") as raw:
            for record in wxr.read(raw, repairs):
                if isinstance(record, wxr.Site):
                    self._site(record)
                elif first and isinstance(record, wxr.Author):
                    self._guarded(Kind.AUTHOR, record.login, self._author, record)
                elif first and isinstance(record, wxr.Term):
                    self._guarded(Kind.SECTION, record.slug, self._term, record)
                elif isinstance(record, wxr.Item):
                    self._item(record, first)
                if self.progress:
                    self.progress(offset + raw.tell(), self.total)

    def _item(self, item, first):
        if item.post_type == "attachment":
            if first:
                self._guarded(Kind.PHOTO, item.post_id, self._photo, item)
        elif first:
            return
        elif item.post_type == "post":
            self.report.comments += item.comments
            self._guarded(Kind.ARTICLE, item.post_id, self._article, item)
        elif item.post_type == "page":
            self.report.comments += item.comments
            self._guarded(Kind.PAGE, item.post_id, self._page, item)
        else:  # menus, revisions, reusable blocks, other plugins' types: counted
            self.report.other_items[item.post_type or "?"] += 1

    def _guarded(self, kind, key, write, record):
        """``write(record)`` in its own transaction: an error is reported, nothing of the
        item is kept, and the import goes on."""
        try:
            with transaction.atomic(), indexing.deferred():
                outcome = write(record)
        except ValidationError as error:
            messages = (
                "; ".join(m for field_errors in error.message_dict.values() for m in field_errors)
                if hasattr(error, "error_dict")
                else "; ".join(error.messages)
            )
            self.report.warn(kind, key, f"non importé : {messages}")
            outcome = "skipped"
        except Exception as error:  # one broken item must not stop the import
            logger.exception("WordPress import: %s %s", kind, key)
            self.report.warn(
                kind, key, f"non importé : erreur inattendue ({error.__class__.__name__})."
            )
            outcome = "skipped"
        if outcome:
            self.report.count(self._report_kind(kind, record), outcome)

    @staticmethod
    def _report_kind(kind, record):
        if kind == Kind.SECTION and isinstance(record, wxr.Term) and record.taxonomy == "post_tag":
            return "tag"
        return kind.value

    # Site, keys and fingerprints -----------------------------------------------------------

    def _site(self, site):
        base = site.base_blog_url or site.base_site_url or site.link
        parts = urlsplit(base)
        self.source = (parts.netloc + parts.path.rstrip("/")).lower() or "wordpress"
        for url in (site.base_site_url, site.base_blog_url, site.link):
            if host := urlsplit(url).hostname:
                self.old_hosts.add(host)
                self.old_hosts.add(host.removeprefix("www."))
                self.old_hosts.add("www." + host.removeprefix("www."))
        # The photos already here, by attachment ID and by file: every image of every body
        # is looked up, so in memory (two integers and a path a photo).
        if not self.photos_by_id:
            rows = ImportedItem.objects.filter(source=self.source, kind=Kind.PHOTO)
            for key, old_file, pk in (
                rows.exclude(object_id=None).values_list("key", "old_file", "object_id").iterator()
            ):
                self.photos_by_id[key] = pk
                self.photos_by_file[old_file] = pk

    def _record(self, kind, key):
        return ImportedItem.objects.filter(source=self.source, kind=kind, key=str(key)).first()

    @staticmethod
    def _fingerprint(record):
        data = json.dumps(asdict(record), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(data.encode()).hexdigest()

    def _remember(self, kind, key, obj, record, known=UNKNOWN, **fields):
        """Keep the item's key, object and fingerprint. ``known``: its record as the caller
        read it (None: there is none, so one INSERT); else looked up here."""
        values = {
            "object_id": obj.pk if obj else None,
            "fingerprint": self._fingerprint(record),
            **fields,
        }
        if known is UNKNOWN:
            ImportedItem.objects.update_or_create(
                source=self.source, kind=kind, key=str(key), defaults=values
            )
        elif known is None:
            ImportedItem.objects.create(source=self.source, kind=kind, key=str(key), **values)
        else:
            for name, value in values.items():
                setattr(known, name, value)
            known.save()

    def old_path(self, url):
        """The path (and query) of ``url`` on the old site, normalised; "" for another site."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https", "") or (
            parts.netloc and parts.hostname not in self.old_hosts
        ):
            return ""
        if not parts.netloc and not parts.path.startswith("/") and not parts.query:
            return ""  # a relative link, a fragment or mailto
        path = parts.path.rstrip("/") or "/"
        return path + (f"?{parts.query}" if parts.query else "")

    # Authors and terms ---------------------------------------------------------------------

    def _author(self, record):
        if not record.login:
            return "skipped"
        known = self._record(Kind.AUTHOR, record.login)
        author = known and Author.objects.filter(pk=known.object_id).first()
        name = (
            record.display_name
            or " ".join(part for part in (record.first_name, record.last_name) if part)
            or record.login
        )
        outcome = "unchanged"
        if author is None:
            slug = slugify_fr(name, max_length=100, fallback=slugify_fr(record.login))
            author = Author.objects.filter(slug=slug).first()
            if author is not None:
                self.report.warn(
                    "author", record.login, f"rattaché à l’auteur existant « {author} »."
                )
                outcome = "unchanged"
            else:
                author = Author(name=name[:100], slug=slug)
                author.full_clean()
                author.save()
                outcome = "created"
        elif self.overwrite and author.name != name[:100]:
            author.name = name[:100]
            author.save()
            outcome = "updated"
        self.authors[record.login] = author
        self._remember(
            Kind.AUTHOR, record.login, author, record, known, old_url=f"/author/{record.login}"
        )
        return outcome

    def _term(self, record):
        if record.taxonomy == "category":
            return self._section(record)
        if record.taxonomy == "post_tag":
            return self._tag(record)
        if record.taxonomy == "author":  # Co-Authors Plus: a byline, named by its login
            login = record.slug.removeprefix("cap-")
            if login not in self.authors:
                self._author(wxr.Author(login=login, display_name=record.name))
            return None
        return None  # other taxonomies (formats, menus…) are not ours

    def _section(self, record):
        slug = slugify_fr(
            record.slug or record.name,
            max_length=100,
            fallback=f"rubrique-{record.id or len(self.sections) + 1}",
        )
        key = f"category:{record.slug}"
        known = self._record(Kind.SECTION, key)
        section = known and Category.objects.filter(pk=known.object_id).first()
        outcome = "unchanged"
        if section is None:
            section = Category.objects.filter(publication=self.publication, slug=slug).first()
            if section is not None:
                self.report.warn(
                    "section",
                    record.slug,
                    f"rattachée à la rubrique existante « {section} » ({slug}).",
                )
            else:
                section = Category(
                    publication=self.publication,
                    name=content.plain_text(record.name)[:100] or slug,
                    slug=slug,
                    description=content.plain_text(record.description),
                    is_in_navigation=False,
                    position=100,
                )
                section.full_clean()
                section.save()
                outcome = "created"
        elif self.overwrite:
            section.name = content.plain_text(record.name)[:100] or section.name
            section.description = content.plain_text(record.description)
            section.save()
            outcome = "updated"
        self.sections[record.slug] = section
        if record.parent:
            self.category_parents[record.slug] = record.parent
        self._remember(
            Kind.SECTION, key, section, record, known, old_url=f"/category/{record.slug}"
        )
        return outcome

    def _link_sections(self):
        """Parents are named by their slug and may come after their children."""
        for slug, parent_slug in self.category_parents.items():
            section, parent = self.sections.get(slug), self.sections.get(parent_slug)
            if parent is None:
                self.report.warn("section", slug, f"rubrique parente « {parent_slug} » absente.")
            elif section.parent_id is None and section.pk != parent.pk:
                Category.objects.filter(pk=section.pk).update(parent=parent)
                section.parent = parent

    def _tag(self, record):
        # A slug in another script (Greek, Arabic…) has no ASCII letters: named by its ID.
        slug = slugify_fr(
            record.slug or record.name,
            max_length=100,
            fallback=f"tag-{record.id or len(self.tags) + 1}",
        )
        tag = Tag.objects.filter(slug=slug).first()
        outcome = "unchanged"
        if tag is None:
            name = content.plain_text(record.name)[:100] or slug
            if Tag.objects.filter(name=name).exists():
                name = f"{name} ({slug})"[:100]
            tag = Tag.objects.create(name=name, slug=slug)
            outcome = "created"
        self.tags[record.slug] = tag
        self._remember(
            Kind.TAG, f"post_tag:{record.slug}", tag, record, old_url=f"/tag/{record.slug}"
        )
        return outcome
