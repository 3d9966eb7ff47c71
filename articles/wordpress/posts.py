"""The items of a WordPress export that become content here: attachments (photos of the
library), posts (articles) and pages (standing pages). Mixed into the importer's run
(``articles.wordpress.importer``), whose keys, report and maps they use."""

import re
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.db.models.signals import m2m_changed
from django.utils import timezone
from django.utils.html import escape

from articles import photos, trash
from articles.models import (
    Article,
    ArticleAuthor,
    Category,
    ImportedItem,
    Page,
    Photo,
    Revision,
    State,
    Tag,
    TaggedArticle,
)
from articles.models.articles import STANDFIRST_MAX, TITLE_MAX
from articles.services import save_revision
from articles.text import slugify_fr
from articles.wordpress import content

Kind = ImportedItem.Kind
ZERO_DATE = "0000-00-00 00:00:00"
MISSING_CREDIT = "à compléter"
_SIZE_SUFFIX = re.compile(r"(?:-\d+x\d+|-scaled|-rotated|-e\d{10,})+(?=\.[A-Za-z0-9]+$)")
_UPLOADS = re.compile(r"/wp-content/uploads/(.+)$")
_HREF = re.compile(r'href="([^"]*)"')
STATUSES = {
    "publish": State.PUBLISHED,
    "future": State.PUBLISHED,  # published at a date to come: scheduled
    "draft": State.DRAFT,
    "pending": State.REVIEW,
    "private": State.DRAFT,
    "trash": State.DRAFT,
    "inherit": State.DRAFT,
}


def _date(value, *, utc):
    """A WordPress date (« 2020-11-10 09:30:00 »), in UTC or in the site's time zone; None
    for WordPress's empty date or anything unreadable."""
    value = (value or "").strip()
    if not value or value == ZERO_DATE:
        return None
    try:
        naive = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    zone = ZoneInfo("UTC") if utc else ZoneInfo(settings.TIME_ZONE)
    return naive.replace(tzinfo=zone)


def uploads_path(url_or_path):
    """« https://site/wp-content/uploads/2020/11/a-800x450.jpg » → « 2020/11/a.jpg »: the
    original's path, whatever size of it a body shows."""
    value = url_or_path.strip()
    if match := _UPLOADS.search(urlsplit(value).path if "//" in value else value):
        value = match.group(1)
    return _SIZE_SUFFIX.sub("", value.lstrip("/"))


class PostsMixin:
    # Photos ---------------------------------------------------------------------------------

    def _photo(self, item):
        known = self._record(Kind.PHOTO, item.post_id)
        photo = known and Photo.objects.filter(pk=known.object_id).first()
        attached = item.meta.get("_wp_attached_file") or uploads_path(item.attachment_url)
        original = uploads_path(attached)
        caption, credit = content.split_credit(content.plain_text(item.excerpt))
        alt = content.plain_text(item.meta.get("_wp_attachment_image_alt", ""))
        title = content.plain_text(item.title)
        # A photo already here is the desk's (credits are often completed after an import):
        # only --overwrite replaces it.
        if photo is not None and (
            known.fingerprint == self._fingerprint(item) or not self.overwrite
        ):
            return "unchanged"
        file = self._upload(attached, item)
        if file is None:
            self._remember(
                Kind.PHOTO,
                item.post_id,
                photo,
                item,
                known,
                old_file=original,
                old_url=self.old_path(item.link),
            )
            return "skipped"
        if photo is None:
            photo = Photo()
        photo.image = file
        photo.alt_text = (alt or title or caption or Path(attached).stem)[:250]
        photo.caption = caption[:300]
        # Never an invented credit: « à compléter » puts it in the desk's « crédit manquant ».
        photo.credit = (credit or self.default_credit or MISSING_CREDIT)[:200]
        if photo.credit == MISSING_CREDIT:
            self.report.warn(
                "photo", item.post_id, "sans crédit : à compléter (filtre « crédit manquant »)."
            )
        is_new = photo.pk is None
        photo.uploaded_by = photo.uploaded_by if photo.pk else self.user
        photo.full_clean(validate_constraints=False)
        photo.save()
        self._remember(
            Kind.PHOTO,
            item.post_id,
            photo,
            item,
            known,
            old_file=original,
            old_url=self.old_path(item.link),
            parent_key=str(item.parent or ""),
        )
        self.photos_by_id[str(item.post_id)] = self.photos_by_file[original] = photo.pk
        return "created" if is_new else "updated"

    def _upload(self, attached, item):
        """The attachment's file from the uploads folder, checked and cleaned like an upload
        in the admin; None (reported) when missing or refused."""
        if self.uploads is None:
            self.report.warn(
                "photo", item.post_id, f"fichier « {attached} » non importé (indiquez --uploads)."
            )
            return None
        candidate = (self.uploads / attached).resolve()
        if not candidate.is_relative_to(self.uploads) or not candidate.is_file():
            self.report.warn("photo", item.post_id, f"fichier « {attached} » introuvable.")
            return None
        with candidate.open("rb") as handle:
            upload = File(handle, name=candidate.name)
            try:
                photos.inspect_upload(upload)
            except ValidationError as error:
                self.report.warn(
                    "photo",
                    item.post_id,
                    f"fichier « {attached} » refusé : {' '.join(error.messages)}",
                )
                return None
            data, ext, _, _ = photos.clean_original(upload)
        return ContentFile(data, name=f"{slugify_fr(candidate.stem, max_length=60)}.{ext}")

    def photo_for(self, *, url=None, attachment_id=None):
        """The photo an image of a body shows: by its attachment ID, else by its file."""
        pk = self.photos_by_id.get(str(attachment_id)) if attachment_id else None
        if pk is None and url:
            pk = self.photos_by_file.get(uploads_path(url))
        return pk

    def figure_for(self, pk, caption):
        """A photo's figure as the body editor writes it (``articles.figures`` shows it)."""
        photo = Photo.objects.filter(pk=pk).only("image", "alt_text").first()
        if photo is None:
            return ""
        return (
            f'<figure class="figure"><img src="{escape(photo.image.url)}" '
            f'alt="{escape(photo.alt_text)}" data-file="{photo.pk}">{caption}</figure>'
        )

    # Links ------------------------------------------------------------------------------------

    def link_for(self, href):
        """The new address of a link to the old site, when what it points at is here."""
        path = self.old_path(href)
        if not path:
            return None
        if path in self.new_urls:
            return self.new_urls[path]
        record = None
        query = parse_qs(urlsplit(path).query)
        for parameter, kind in (
            ("p", Kind.ARTICLE),
            ("page_id", Kind.PAGE),
            ("attachment_id", Kind.PHOTO),
        ):
            if parameter in query and query[parameter][0].isdigit():
                record = self._record(kind, query[parameter][0])
                break
        if record is None:
            record = (
                ImportedItem.objects.filter(source=self.source, old_url=path)
                .exclude(object_id=None)
                .first()
            )
        if record is None:
            return None  # not here (yet: the last pass looks again)
        url = self._new_url(record)
        if url and len(self.new_urls) < 100_000:  # bounded, whatever the export's size
            self.new_urls[path] = url
        return url

    def _new_url(self, record):
        model = {
            Kind.ARTICLE: Article,
            Kind.PAGE: Page,
            Kind.SECTION: Category,
            Kind.AUTHOR: None,
            Kind.TAG: None,
            Kind.PHOTO: None,
        }[record.kind]
        obj = model and model.objects.filter(pk=record.object_id).first()
        return obj.get_absolute_url() if obj else None

    def _rewrite_forward_links(self):
        """Links to posts that came later in the file, now that they are here: only the
        articles left with such a link, read a few hundred bodies at a time."""
        rows = Article.objects.filter(pk__in=self.forward_links).only("pk", "body")
        for article in rows.iterator(chunk_size=200):
            body = _HREF.sub(
                lambda m: f'href="{self.link_for(m.group(1)) or m.group(1)}"', article.body
            )
            if body != article.body:
                Article.objects.filter(pk=article.pk).update(body=body)

    # Articles ---------------------------------------------------------------------------------

    def _convert(self, item, kind):
        unresolved = []

        def link_for(href):
            url = self.link_for(href)
            if url is None and self.old_path(href):
                unresolved.append(href)  # a post further in the file, perhaps
            return url

        converted = content.convert_body(
            item.content,
            photo_for=self.photo_for,
            link_for=link_for,
            figure_for=self.figure_for,
        )
        converted.unresolved_links = unresolved
        for name in converted.removed_shortcodes:
            self.report.warn(kind, item.post_id, f"shortcode « [{name}] » retiré.")
        for url in converted.missing_images:
            self.report.warn(kind, item.post_id, f"image « {url} » sans photo importée : retirée.")
        for warning in converted.warnings:
            self.report.warn(kind, item.post_id, warning)
        return converted

    def _title(self, item, kind):
        title = content.plain_text(item.title)
        if not title:
            self.report.warn(kind, item.post_id, "sans titre : « (Sans titre) », non publié.")
            return "(Sans titre)", False
        if len(title) > TITLE_MAX:
            self.report.warn(kind, item.post_id, f"titre coupé à {TITLE_MAX} caractères.")
            title = title[: TITLE_MAX - 1].rstrip() + "…"
        return title, True

    def _state(self, item, publishable):
        status = STATUSES.get(item.status)
        if status is None:
            self.report.warn("article", item.post_id, f"statut « {item.status} » : brouillon.")
            status = State.DRAFT
        if item.status == "private" or item.password:
            why = "privé" if item.status == "private" else "protégé par un mot de passe"
            self.report.warn("article", item.post_id, f"{why} sur WordPress : jamais public ici.")
            status = State.DRAFT
        if not publishable and status == State.PUBLISHED:
            status = State.DRAFT
        at = _date(item.post_date_gmt, utc=True) or _date(item.post_date, utc=False)
        if status == State.PUBLISHED and at is None:
            self.report.warn("article", item.post_id, "sans date : publié à la date de l’import.")
            at = timezone.now()
        return status, at

    def _article(self, item):
        known = self._record(Kind.ARTICLE, item.post_id)
        article = None
        if known is not None:
            article = Article.objects.filter(pk=known.object_id).first()
            if article is None:
                self.report.warn("article", item.post_id, "supprimé ici depuis l’import : ignoré.")
                return "skipped"
            if known.fingerprint == self._fingerprint(item):
                return "unchanged"
            if known.local_version != article.version and not self.overwrite:
                self.report.warn(
                    "article",
                    item.post_id,
                    "modifié ici depuis l’import : conservé (--overwrite remplace).",
                )
                return "skipped"
        title, publishable = self._title(item, "article")
        status, at = self._state(item, publishable)
        converted = self._convert(item, "article")
        standfirst = content.plain_text(item.excerpt)
        if not standfirst:
            standfirst = content.derive_standfirst(converted.html)
            if standfirst:
                self.report.warn("article", item.post_id, "chapô tiré du premier paragraphe.")
        if len(standfirst) > STANDFIRST_MAX:
            standfirst = standfirst[: STANDFIRST_MAX - 1].rstrip() + "…"
            self.report.warn("article", item.post_id, "chapô coupé à 1 000 caractères.")
        is_new = article is None
        if is_new:
            article = Article(publication=self.publication, created_by=self.user)
            article.slug = self._free_slug(Article, item, "article")
        article.title = title
        article.standfirst = standfirst
        article.body = converted.html
        article.status = status
        article.published_at = at if status == State.PUBLISHED else None
        sections = [s for slug in self._terms(item, "category") if (s := self.sections.get(slug))]
        article.primary_category = next((s for s in sections if not s.is_lead), None)
        article.lead_photo_id = self.photo_for(attachment_id=item.meta.get("_thumbnail_id"))
        if not is_new:
            article.version += 1
        # Fields checked here (French messages in the report); the table's own constraints
        # and the foreign keys (objects this run holds) hold at save, without a query each
        # to check them first.
        article.full_clean(
            exclude=["slug", "body", "publication", "primary_category", "lead_photo"],
            validate_constraints=False,
        )
        article.save()
        if not hasattr(self, "lead_section"):  # read once a run
            self.lead_section = Category.objects.filter(
                publication=self.publication, is_lead=True
            ).first()
        lead = self.lead_section
        if item.is_sticky and lead is not None:
            sections.append(lead)
        article.categories.set({s.pk for s in sections})
        tag_ids = {t.pk for slug in self._terms(item, "post_tag") if (t := self.tags.get(slug))}
        self._set_tags(article, tag_ids, is_new)
        self._bylines(article, item, is_new)
        save_revision(
            article=article,
            user=self.user,
            kind=Revision.Kind.CREATED if is_new else Revision.Kind.EDITED,
            note="Import WordPress",
        )
        # Its links already rewritten to addresses here are not looked at again (they are
        # site paths too): only one that found nothing yet.
        if converted.unresolved_links:
            self.forward_links.add(article.pk)
        self._remember(
            Kind.ARTICLE,
            item.post_id,
            article,
            item,
            known,
            old_url=self.old_path(item.link),
            local_version=article.version,
        )
        if item.status == "trash":
            trash.trash_article(article, self.user)
        return "created" if is_new else "updated"

    @staticmethod
    def _terms(item, taxonomy):
        return [slug for kind, slug, _ in item.terms if kind == taxonomy and slug]

    @staticmethod
    def _set_tags(article, tag_ids, is_new):
        """The article's tags are ``tag_ids``: two writes whatever their number (taggit's
        ``set`` takes four queries a tag), then the same signal as taggit's, so that the
        tag rows' dates, the search index and the page cache follow."""
        rows = TaggedArticle.objects.filter(content_object=article)
        had = set() if is_new else set(rows.values_list("tag_id", flat=True))
        if gone := had - tag_ids:
            rows.filter(tag_id__in=gone).delete()
        TaggedArticle.objects.bulk_create(
            TaggedArticle(content_object=article, tag_id=pk) for pk in sorted(tag_ids - had)
        )
        if had != tag_ids:
            m2m_changed.send(
                sender=TaggedArticle,
                instance=article,
                action="post_add",
                reverse=False,
                model=Tag,
                pk_set=tag_ids - had,
                using=article._state.db,
            )

    def _bylines(self, article, item, is_new):
        logins = [
            item.creator.strip(),
            *(s.removeprefix("cap-") for s in self._terms(item, "author")),
        ]
        authors = []
        for login in logins:
            author = self.authors.get(login)
            if author is not None and author not in authors:
                authors.append(author)
        if item.creator.strip() and item.creator.strip() not in self.authors:
            self.report.warn(
                "article", item.post_id, f"auteur « {item.creator} » absent de l’export."
            )
        if not is_new:
            ArticleAuthor.objects.filter(article=article).delete()
        ArticleAuthor.objects.bulk_create(
            ArticleAuthor(article=article, author=author, position=n)
            for n, author in enumerate(authors, start=1)
        )

    def _free_slug(self, model, item, kind):
        slug = slugify_fr(item.slug or content.plain_text(item.title), max_length=190)
        candidate, n = slug, 2
        while model.objects.filter(slug=candidate).exists():
            candidate, n = f"{slug}-{n}", n + 1
        if candidate != slug:
            self.report.warn(
                kind, item.post_id, f"adresse « {slug} » déjà prise : « {candidate} »."
            )
        return candidate

    # Pages ------------------------------------------------------------------------------------

    def _page(self, item):
        known = self._record(Kind.PAGE, item.post_id)
        page = known and Page.objects.filter(pk=known.object_id).first()
        if known is not None and page is None:
            self.report.warn("page", item.post_id, "supprimée ici depuis l’import : ignorée.")
            return "skipped"
        if page is not None:
            if known.fingerprint == self._fingerprint(item):
                return "unchanged"
            if page.updated_at > known.imported_at and not self.overwrite:
                self.report.warn(
                    "page",
                    item.post_id,
                    "modifiée ici depuis l’import : conservée (--overwrite remplace).",
                )
                return "skipped"
        if item.status != "publish":
            self.report.warn(
                "page", item.post_id, f"page « {item.status} » sur WordPress : non importée."
            )
            return "skipped"
        title, _ = self._title(item, "page")
        is_new = page is None
        if is_new:
            page = Page(is_in_footer=False, position=100 + item.menu_order)
            page.slug = self._free_slug(Page, item, "page")  # hierarchy flattened
        page.title = title
        page.body = self._convert(item, "page").html
        page.full_clean(exclude=["slug", "body"])
        page.save()
        page.publications.add(self.publication)
        self._remember(Kind.PAGE, item.post_id, page, item, known, old_url=self.old_path(item.link))
        return "created" if is_new else "updated"
