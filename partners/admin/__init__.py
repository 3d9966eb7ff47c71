"""The Partenariats desk: partners, banners, calls to action, leads and reports."""

from partners.admin import (
    banners,  # noqa: F401
    leads,  # noqa: F401
    reports,  # noqa: F401
)
