"""The client's address is the peer seen by the last trusted proxy: a forwarded-for header is
believed only from TRUSTED_PROXIES, and read from the right (SECURITY.md)."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import RequestFactory

from accounts.models import AuditEvent
from core.request import client_address, parse_address

PASSWORD = "motdepasse-solide-42"
NGINX = "127.0.0.1"


def address(remote, forwarded=None, **settings_overrides):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert address("203.0.113.9", "198.51.100.1") == "203.0.113.9"
    assert address(NGINX, "198.51.100.1") == NGINX


def test_behind_a_trusted_proxy_the_right_most_untrusted_entry_is_the_client(settings):
    settings.TRUSTED_PROXIES = [NGINX]
    # nginx appends the peer it saw: what comes before is whatever the client wrote.
    assert address(NGINX, "1.2.3.4, 203.0.113.9") == "203.0.113.9"
    assert address(NGINX, "203.0.113.9") == "203.0.113.9"
    assert address(NGINX) == NGINX  # the proxy's own request (a health check): itself
    # A peer that is not the proxy is believed for itself only.
    assert address("198.51.100.7", "203.0.113.9") == "198.51.100.7"


def test_a_chain_of_trusted_proxies_and_networks(settings):
    settings.TRUSTED_PROXIES = [NGINX, "10.0.0.0/8", "2001:db8::/32"]
    assert address(NGINX, "6.6.6.6, 198.51.100.7, 10.1.2.3") == "198.51.100.7"
    assert address(NGINX, "198.51.100.7, 2001:db8::5") == "198.51.100.7"
    assert address(NGINX, "10.9.9.9, 10.1.2.3") == "10.9.9.9"  # all trusted: the farthest
    # Networks, not string prefixes: 10.0.0.1 trusted does not trust 10.0.0.10.
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    assert address("10.0.0.10", "203.0.113.9") == "10.0.0.10"


def test_odd_entries(settings):
    settings.TRUSTED_PROXIES = [NGINX]
    assert address(NGINX, "203.0.113.9:4711") == "203.0.113.9"
    assert address(NGINX, "[2001:db8::1]:443") == "2001:db8::1"
    assert address(NGINX, "::ffff:203.0.113.9") == "203.0.113.9"
    assert address(NGINX, "<script>, 203.0.113.9") == "203.0.113.9"
    assert address(NGINX, "203.0.113.9, nimportequoi") == NGINX
    assert address(NGINX, " , ,") == NGINX
    assert address(NGINX, "") == NGINX
    assert parse_address("999.1.1.1") is None


def login(client, username, password, forwarded):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.mark.django_db
def test_forged_headers_behind_nginx_do_not_reset_the_login_limits(client, editor, settings):
    """The attacker's machine (203.0.113.66) sends 800 guesses through nginx, each with a
    fresh fake first entry: 5 reach the password check, then the pair is locked."""
    settings.TRUSTED_PROXIES = [NGINX]
    reached = 0
    for n in range(800):
        forged = f"10.{n // 65536}.{n // 256 % 256}.{n % 256}, 203.0.113.66"
        response = login(client, "claire", "mauvais", forged)
        if "Trop d’échecs" not in response.text:
            reached += 1
    assert reached == settings.LOGIN_PAIR_LIMIT
    # The editor at her desk, behind the same nginx, still gets in.
    response = login(client, "claire", PASSWORD, "198.51.100.20")
    assert response.status_code == 302


@pytest.mark.django_db
def test_the_audit_log_records_the_real_address(client, editor, settings):
    settings.TRUSTED_PROXIES = [NGINX]
    login(client, "claire", PASSWORD, "6.6.6.6, 198.51.100.20")
    assert AuditEvent.objects.get(action="login").address == "198.51.100.20"


@pytest.mark.django_db
def test_the_lead_form_limit_cannot_be_dodged_with_a_forged_header(client, settings):
    settings.TRUSTED_PROXIES = [NGINX]
    settings.PARTNERS_LEAD_RATE_LIMIT = 2
    data = {"name": "A", "company": "B", "email": "a@b.example", "budget": "unknown",
            "message": "Bonjour", "consent": "on"}  # fmt: skip
    statuses = [
        client.post(
            "/partenaires/devenir-partenaire/", data, REMOTE_ADDR=NGINX,
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.66",
        ).status_code
        for n in range(5)
    ]  # fmt: skip
    assert statuses == [303, 303, 429, 429, 429]


def test_deploy_check_warns_behind_a_proxy_without_trusted_proxies(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = []
    with pytest.raises(SystemCheckError, match=r"core\.W001"):
        call_command("check", "--deploy", "--fail-level", "WARNING", "--tag", "security")
    settings.TRUSTED_PROXIES = [NGINX]
    call_command("check", "--deploy", "--tag", "security", "--fail-level", "ERROR")


@pytest.mark.django_db
def test_failures_of_other_clients_behind_nginx_do_not_lock_the_newsroom_out(
    client, editor, settings
):
    settings.TRUSTED_PROXIES = [NGINX]
    for n in range(settings.LOGIN_ADDRESS_LIMIT + 5):
        login(client, f"inconnu{n}", "x", f"203.0.113.{n}")
    assert login(client, "claire", PASSWORD, "198.51.100.20").status_code == 302


def test_a_trusted_network_may_be_written_from_one_of_its_addresses(settings):
    """« 172.17.0.1/16 » (a Docker bridge, written from the host's address) means the whole
    network, as ops people write it, rather than an error at the first request."""
    settings.TRUSTED_PROXIES = ["172.17.0.1/16"]
    assert address("172.17.5.6", "203.0.113.9") == "203.0.113.9"


def test_rate_limits_count_ipv4_by_address_ipv6_by_64_and_mapped_ipv4_as_ipv4():
    from core.request import network_of

    assert network_of("203.0.113.9") == "203.0.113.9"
    assert network_of("203.0.113.10") != network_of("203.0.113.9")
    # An IPv4 client seen through an IPv6 socket is the same client, and each is its own.
    assert network_of("::ffff:203.0.113.9") == "203.0.113.9"
    assert network_of("::ffff:198.51.100.7") == "198.51.100.7"
    assert (
        network_of("2001:db8:5:6::1") == network_of("2001:db8:5:6:ffff::2") == ("2001:db8:5:6::/64")
    )
    assert network_of("2001:db8:5:7::1") == "2001:db8:5:7::/64"


def test_a_reader_s_key_names_nobody_and_changes_every_day():
    from datetime import date

    from core.request import reader_key

    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox")
    monday = reader_key(request, 42, day=date(2026, 11, 30))
    assert monday == reader_key(request, 42, day=date(2026, 11, 30))
    assert monday != reader_key(request, 42, day=date(2026, 12, 1))  # unlinkable across days
    assert monday != reader_key(request, 43, day=date(2026, 11, 30))
    assert "203.0.113.9" not in monday and len(monday) == 64


def test_a_proxy_on_this_machine_that_is_not_trusted_is_reported_once(settings, caplog):
    """nginx on the same machine, TRUSTED_PROXIES forgotten: every reader would count as
    127.0.0.1. The log says so, once per process, naming the header and the proxy."""
    import logging

    from core import request as request_helpers

    settings.TRUSTED_PROXIES = []
    request_helpers._warned.clear()
    with caplog.at_level(logging.WARNING, logger="core.request"):
        assert address(NGINX, "203.0.113.9") == NGINX
        assert address(NGINX, "198.51.100.7") == NGINX
        assert address("::1", "198.51.100.7") == "::1"
        assert address("198.51.100.20", "203.0.113.9") == "198.51.100.20"  # not on this machine
        assert address(NGINX) == NGINX  # no header: nothing to say
    assert [record.getMessage() for record in caplog.records] == [
        "HTTP_X_FORWARDED_FOR sent by 127.0.0.1, which is not in TRUSTED_PROXIES: every "
        "client counts as it",
        "HTTP_X_FORWARDED_FOR sent by ::1, which is not in TRUSTED_PROXIES: every client "
        "counts as it",
    ]
    request_helpers._warned.clear()


def test_a_request_without_a_peer_address_has_an_empty_address(settings):
    settings.TRUSTED_PROXIES = [NGINX]
    request = RequestFactory().get("/")
    del request.META["REMOTE_ADDR"]
    assert client_address(request) == ""


@pytest.mark.parametrize(
    "value, expected",
    [
        ("12", 12),
        ("0", 0),
        ("999999999", 999_999_999),  # nine digits: any database's integer
        ("1000000000", None),  # ten: refused
        ("", None),
        ("²", None),  # str.isdigit says yes, int says no (a 500)
        ("١٢", None),  # int reads Arabic-Indic digits: no link of ours writes them
        ("1_2", None),
        (" 12", None),
        ("12a", None),
        ("-1", None),
        (None, None),
        (12, None),
    ],
)
def test_whole_number_reads_only_ascii_digits(value, expected):
    """Found by the mutation audit: the rule's limits were only exercised through pages."""
    from core.request import whole_number

    assert whole_number(value) == expected
    assert whole_number("1234", digits=4) == 1234 and whole_number("12345", digits=4) is None


def test_a_client_that_gives_no_name_is_not_a_reader():
    """Found by the mutation audit: a request without User-Agent was never asked about."""
    from core.request import is_bot

    factory = RequestFactory()
    assert is_bot(factory.get("/"))
    assert is_bot(factory.get("/", HTTP_USER_AGENT=""))
    assert is_bot(factory.get("/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)"))
    assert not is_bot(factory.get("/", HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux) Firefox/133.0"))
