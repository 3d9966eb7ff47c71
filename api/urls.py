from django.urls import path

from api import v1_more  # noqa: F401  (its endpoints join the API)
from api.v1 import api
from core.pagecache import vary_on

urlpatterns = [path("v1/", api.urls)]


def _every_parameter(patterns):
    """The page cache keys API answers by every query parameter (``vary_on("*")``)."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            _every_parameter(pattern.url_patterns)
        else:
            vary_on("*")(pattern.callback)


_every_parameter(urlpatterns)
