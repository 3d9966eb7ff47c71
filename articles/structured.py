"""Structured data (schema.org JSON-LD) and social cards (OpenGraph, Twitter).

Built as plain dictionaries by the views, from data they already loaded (no query here),
and rendered by the ``jsonld`` filter, which escapes what could end the script element.
Every address is on a publication's own domain (``Publication.base_url``, from SITE_URL's
scheme), never the request's Host header; ``site`` is the publication (None: SITE_URL and
SITE_NAME). Dates are the ones the page shows, with their offset.
"""

from django.conf import settings
from django.templatetags.static import static

from articles import photos
from core.french import iso


def base_url(site):
    return site.base_url if site is not None else settings.SITE_URL


def absolute(url, site=None):
    return url if url.startswith(("http://", "https://")) else base_url(site) + url


def logo(site=None):
    """The publication's own logo when it has one, else the product's."""
    if site is not None and site.logo:
        url, width, height = site.logo.url, site.logo_width, site.logo_height
    else:
        url, width, height = static("img/logo.png"), 600, 60
    return {"@type": "ImageObject", "url": absolute(url, site), "width": width, "height": height}


def publisher(site=None):
    data = {
        "@type": "NewsMediaOrganization",
        "name": site.name if site is not None else settings.SITE_NAME,
        "url": base_url(site) + "/",
        "logo": logo(site),
    }
    same_as = site and [u for u in (site.linkedin_url, site.facebook_url) if u]
    if same_as:
        data["sameAs"] = same_as
    return data


def photo_object(photo, ratio, site=None):
    """The photo cropped to ``ratio``, at its widest rendition (1,200 px and more when the
    original allows), as a JPEG every consumer reads."""
    width = photos.widths(photo, ratio)[-1]
    out_w, out_h = photos.rendition_size(photo, ratio, width)
    return {
        "@type": "ImageObject",
        "url": absolute(photos.rendition_url(photo, ratio, width, "jpg"), site),
        "width": out_w,
        "height": out_h,
        "caption": photo.caption or photo.alt_text,
        "creditText": photo.credit,
    }


def social_image(photo, site=None):
    """The 16:9 crop for OpenGraph and Twitter cards."""
    data = photo_object(photo, "16x9", site)
    return {"url": data["url"], "width": data["width"], "height": data["height"]}


def news_article(article, *, canonical_url, authors, tags, updated_at, site=None):
    """``site``: the article's own (primary) publication, its publisher and its addresses."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url},
        "url": canonical_url,
        "headline": article.title,
        "description": article.standfirst,
        "inLanguage": "fr",
        "datePublished": iso(article.published_at),
        "dateModified": iso(max(filter(None, [article.updated_at, updated_at]))),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": absolute(author.get_absolute_url(), site),
            }
            for author in authors
        ],
        "publisher": publisher(site),
        "isAccessibleForFree": True,
        "keywords": [tag.name for tag in tags],
    }
    if article.primary_category:
        data["articleSection"] = article.primary_category.name
    photo = article.public_photo
    if photo:
        # Google asks for 16:9, 4:3 and 1:1 versions of the article's image.
        data["image"] = [photo_object(photo, ratio, site) for ratio in ("16x9", "4x3", "1x1")]
        data["creditText"] = photo.credit
    return data


def breadcrumbs(items, site=None):
    """``items``: (name, url) pairs from the home page down to the current page."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(url, site)}
            for n, (name, url) in enumerate(items, start=1)
        ],
    }


def website(site=None):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site.name if site is not None else settings.SITE_NAME,
        "url": base_url(site) + "/",
        "inLanguage": "fr",
        "publisher": publisher(site),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": base_url(site) + "/recherche/?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def category_trail(category):
    trail = [("Accueil", "/")]
    if category.parent_id:
        trail.append((category.parent.name, category.parent.get_absolute_url()))
    trail.append((category.name, category.get_absolute_url()))
    return trail


def list_canonical(path, page_number, site=None):
    """The canonical address of a list page: page 1 without ``?page``, others with it."""
    url = base_url(site) + path
    return url if page_number <= 1 else f"{url}?page={page_number}"
