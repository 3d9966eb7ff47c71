from django.conf import settings


def site(request):
    """The publication the request is for (``articles.publications.PublicationMiddleware``):
    its name and address for templates; SITE_NAME and SITE_URL without one. No query here."""
    publication = getattr(request, "publication", None)
    if publication is None:
        return {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL}
    return {
        "SITE_NAME": publication.name,
        "SITE_URL": publication.base_url,
        "publication": publication,
    }
