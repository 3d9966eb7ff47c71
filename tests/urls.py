"""The site's URLs plus uploaded media, for tests that load pages in a real browser.

In production the front server serves MEDIA_ROOT; the test server does it here, reading
MEDIA_ROOT at each request because every test gets a media folder of its own.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from newsroom.urls import handler404, handler500  # noqa: F401
from newsroom.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    *site_urlpatterns,  # first: photo renditions are made by the site's own view
    re_path(r"^media/(?P<path>.*)$", serve_media),
]
