"""What a request says about who sent it: the client's address, crawlers, prefetches; and
the whole numbers it carries.

The client's address is the one the last trusted proxy saw. A request whose peer is not a
trusted proxy (``TRUSTED_PROXIES``) is judged by its peer, whatever headers it carries;
behind trusted proxies, the forwarded-for header is read from the right — each proxy appends
the peer it saw, so everything left of the right-most untrusted entry is the client's own
words and may be forged. Written with the standard library's ``ipaddress`` (networks, not
string prefixes: 10.0.0.1 must not trust 10.0.0.10).
"""

import ipaddress
import logging
import re
from functools import cache

from django.conf import settings

logger = logging.getLogger(__name__)


def whole_number(value, *, digits=9):
    """A whole number written in ASCII digits by a query string or a form (« 12 »), or None.
    ``str.isdigit`` accepts « ² », which ``int`` refuses (a 500); ``int`` reads « ١٢ »,
    « 1_2 » and « 12 » between spaces, which no link of ours writes. At most ``digits``
    digits: nine fit any database's integers."""
    if isinstance(value, str) and 0 < len(value) <= digits and value.isascii() and value.isdigit():
        return int(value)
    return None


@cache
def _bots():
    return re.compile(settings.BOT_USER_AGENTS, re.IGNORECASE)


def is_bot(request):
    """A crawler or a preview service (BOT_USER_AGENTS), or a client that gives no name."""
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(_bots().search(agent))


def is_prefetch(request):
    """A page fetched ahead of a click (Sec-Purpose / Purpose: prefetch, prerender)."""
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower() or "prerender" in purpose.lower()


def parse_address(value):
    """An IP address from a header entry or a peer, or None: "203.0.113.9", "[2001:db8::1]",
    "203.0.113.9:4711", "[2001:db8::1]:443"; an IPv4-mapped IPv6 address as IPv4."""
    value = (value or "").strip()
    if value.startswith("["):
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # IPv4 with a port; IPv6 has at least two colons
        value = value.partition(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@cache
def trusted_networks():
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES)


def is_trusted_proxy(address):
    return address is not None and any(address in network for network in trusted_networks())


_warned = set()


def client_address(request):
    """The client's address, as a string ("" if the peer gives none)."""
    peer = parse_address(request.META.get("REMOTE_ADDR", ""))
    forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
    if not is_trusted_proxy(peer):
        if forwarded and peer is not None and peer.is_loopback and peer not in _warned:
            _warned.add(peer)  # once per process: a proxy on this machine that we ignore
            logger.warning(
                "%s sent by %s, which is not in TRUSTED_PROXIES: every client counts as it",
                settings.CLIENT_IP_HEADER, peer,
            )  # fmt: skip
        return str(peer) if peer is not None else ""
    hops = [hop for hop in forwarded.split(",") if hop.strip()]
    client = peer
    for hop in reversed(hops):
        address = parse_address(hop)
        if address is None:
            break  # garbage a client wrote: the last good hop is the best we know
        client = address
        if not is_trusted_proxy(address):
            break
    return str(client)


def network_of(address):
    """The unit a rate limit counts for ``address``: the address itself for IPv4, its /64 for
    IPv6 (a home or a server usually owns a whole /64, and picks any address in it)."""
    ip = parse_address(address)
    if ip is None:
        return address
    if ip.version == 6:  # (an IPv4-mapped address is IPv4 already: parse_address)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_network(request):
    """What rate limits count a client by (``network_of`` its address)."""
    return network_of(client_address(request))


def reader_key(request, *parts, day):
    """Who this reader is today, as far as counting goes: a keyed hash (the secret key and
    the day) of their address, browser and ``parts``. It tells one reader from another
    without naming anyone, and changes every day."""
    from django.utils.crypto import salted_hmac

    value = "|".join(
        [client_address(request), request.headers.get("User-Agent", ""), *map(str, parts)]
    )
    return salted_hmac(f"reader:{day.isoformat()}", value, algorithm="sha256").hexdigest()


def is_same_origin(request):
    """Whether the browser says the request comes from one of our own pages: its
    Sec-Fetch-Site header (every current browser sends it), else its Origin header. A client
    that sends neither (an old browser, a script) is not told apart here."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == f"{request.scheme}://{request.get_host()}"
    return True
