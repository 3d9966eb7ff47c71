"""What counts as an address of this site, for the fields that accept one (« /articles/… »)
besides full web addresses.

Browsers read « //evil.example », « /\\evil.example » and « /\t/evil.example » as addresses of
another site: a path is ours only if Django's own redirect check (the one that guards login
redirects) finds no host and no scheme in it.
"""

from django.utils.http import url_has_allowed_host_and_scheme


def is_site_path(url):
    """Whether ``url`` is a path on this site (« /rubrique/afrique/ »), as a browser reads it."""
    url = url or ""
    return url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
