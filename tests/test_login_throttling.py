"""Admin login throttling: slow down, then lock, never the whole newsroom (SECURITY.md)."""

import pytest
from django.core.cache import cache

from accounts import throttle

pytestmark = pytest.mark.django_db
PASSWORD = "motdepasse-solide-42"  # tests/conftest.py's staff accounts


def attempt(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_five_failures_lock_the_account_from_that_address_only(client, editor):
    for _ in range(5):
        response = attempt(client, "claire", "mauvais")
        assert "Veuillez compléter correctement les champs" in response.text
    # Even the right password is refused now, with a clear French message…
    response = attempt(client, "claire", PASSWORD)
    assert not logged_in(response)
    assert "Trop d’échecs de connexion pour ce compte depuis votre adresse" in response.text
    assert "réessayez dans 15 minutes" in response.text
    # …but the editor at her own desk still gets in.
    assert logged_in(attempt(client, "claire", PASSWORD, address="198.51.100.20"))


def test_the_lock_ends_with_the_window(client, editor, settings):
    for _ in range(5):
        attempt(client, "claire", "mauvais")
    assert not logged_in(attempt(client, "claire", PASSWORD))
    cache.clear()  # what the 15 minutes do
    assert logged_in(attempt(client, "claire", PASSWORD))


def test_a_success_clears_the_count_for_that_address(client, editor):
    for _ in range(4):
        attempt(client, "claire", "mauvais")
    assert logged_in(attempt(client, "claire", PASSWORD))
    client.logout()
    for _ in range(4):
        attempt(client, "claire", "mauvais")
    assert logged_in(attempt(client, "claire", PASSWORD))


def test_an_address_spraying_many_accounts_is_locked(client, editor):
    for n in range(20):
        attempt(client, f"inconnu{n}", "mauvais", address="192.0.2.66")
    response = attempt(client, "claire", PASSWORD, address="192.0.2.66")
    assert not logged_in(response)
    assert "les connexions en sont suspendues" in response.text
    assert logged_in(attempt(client, "claire", PASSWORD, address="198.51.100.20"))


def test_a_distributed_attack_slows_an_account_down_without_locking_it(client, editor):
    for n in range(10):
        attempt(client, "claire", "mauvais", address=f"192.0.2.{n}")
    response = attempt(client, "claire", PASSWORD, address="198.51.100.20")
    assert not logged_in(response)
    assert "patientez" in response.text and "secondes avant de réessayer" in response.text
    # Five seconds after the last failure, its owner logs in.
    assert throttle.check("claire", "198.51.100.20", now=__import__("time").time() + 6) is None


def test_usernames_are_counted_whatever_their_case(client, editor):
    for _ in range(5):
        attempt(client, "CLAIRE", "mauvais")
    assert not logged_in(attempt(client, "claire", PASSWORD))


def test_a_cache_that_is_down_lets_people_log_in(client, editor, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    for name in ("get_many", "add", "incr", "set", "delete"):
        monkeypatch.setattr(cache, name, broken)
    for _ in range(6):
        attempt(client, "claire", "mauvais")
    assert logged_in(attempt(client, "claire", PASSWORD))
