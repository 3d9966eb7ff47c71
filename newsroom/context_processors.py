from django.conf import settings


def site(request):
    """Site-wide constants for templates; no database access here."""
    return {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL}
