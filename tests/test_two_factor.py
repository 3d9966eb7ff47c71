"""Two-factor authentication (TOTP) for staff, and groups that require it."""

import re

import pytest
from django.contrib.auth.models import Group

from accounts import totp
from accounts.models import GroupSecurity, TwoFactorDevice

pytestmark = pytest.mark.django_db
PASSWORD = "motdepasse-solide-42"


def test_codes_follow_rfc_6238():
    # RFC 6238, appendix B, SHA-1 secret "12345678901234567890", 8 digits → last 6 here.
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    assert totp.code_at(secret, 59 // 30) == "287082"
    assert totp.code_at(secret, 1111111109 // 30) == "081804"
    assert totp.matching_step(secret, "287082", now=59) == 1
    assert totp.matching_step(secret, "287 082", now=59 + 30) == 1  # one step of drift
    assert totp.matching_step(secret, "287082", now=59 + 90) is None
    assert totp.matching_step(secret, "abc") is None


def log_in(client, username="claire"):
    response = client.post(
        "/admin/login/?next=/admin/articles/article/",
        {"username": username, "password": PASSWORD},
    )
    assert response.status_code == 302
    return response


def secret_on_page(page):
    return re.search(r"<code>([A-Z2-7 ]+)</code>", page.text).group(1).replace(" ", "")


def test_a_staff_member_turns_it_on_and_then_gives_a_code_at_each_login(client, editor):
    log_in(client)
    assert client.get("/admin/articles/article/").status_code == 200  # not on yet
    page = client.get("/admin/deux-facteurs/activer/")
    secret = secret_on_page(page)
    assert "otpauth://totp/" in page.text
    wrong = client.post("/admin/deux-facteurs/activer/", {"code": "000000"})
    assert "Code incorrect" in wrong.text
    code = totp.code_at(secret, totp.current_step())
    response = client.post("/admin/deux-facteurs/activer/", {"code": code, "next": "/admin/"})
    assert response.status_code == 302
    assert TwoFactorDevice.objects.get(user=editor).confirmed_at is not None

    # Next session: the password is not enough.
    client.logout()
    log_in(client)
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302 and "/admin/deux-facteurs/verifier/" in response["Location"]
    # A code already used is refused (no replay)…
    replay = client.post("/admin/deux-facteurs/verifier/", {"code": code})
    assert "déjà servi" in replay.text
    assert client.get("/admin/articles/article/").status_code == 302
    # …the next one opens the admin.
    fresh = totp.code_at(secret, totp.current_step() + 1)
    response = client.post(
        "/admin/deux-facteurs/verifier/", {"code": fresh, "next": "/admin/articles/article/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/articles/article/"
    assert client.get("/admin/articles/article/").status_code == 200


def test_wrong_codes_are_limited(client, editor):
    device = TwoFactorDevice.objects.create(
        user=editor, secret=totp.new_secret(), confirmed_at="2026-01-01T00:00:00Z"
    )
    log_in(client)
    for _ in range(5):
        client.post("/admin/deux-facteurs/verifier/", {"code": "000000"})
    good = totp.code_at(device.secret, totp.current_step())
    response = client.post("/admin/deux-facteurs/verifier/", {"code": good})
    assert "Trop de codes erronés" in response.text
    assert client.get("/admin/articles/article/").status_code == 302


def test_a_group_can_require_it(client, editor, journalist):
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    log_in(client)
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302 and "/admin/deux-facteurs/activer/" in response["Location"]
    page = client.get("/admin/deux-facteurs/activer/")
    assert "Votre rôle demande la double authentification" in page.text
    # Journalists are not concerned.
    client.logout()
    log_in(client, "jeanne")
    assert client.get("/admin/articles/article/").status_code == 200


def test_the_redirect_after_the_code_stays_on_this_site(client, editor):
    device = TwoFactorDevice.objects.create(
        user=editor, secret=totp.new_secret(), confirmed_at="2026-01-01T00:00:00Z"
    )
    log_in(client)
    code = totp.code_at(device.secret, totp.current_step())
    response = client.post(
        "/admin/deux-facteurs/verifier/", {"code": code, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_turning_it_off_needs_a_code_and_is_refused_when_the_role_requires_it(client, editor):
    device = TwoFactorDevice.objects.create(
        user=editor, secret=totp.new_secret(), confirmed_at="2026-01-01T00:00:00Z"
    )
    log_in(client)
    step = totp.current_step()
    client.post("/admin/deux-facteurs/verifier/", {"code": totp.code_at(device.secret, step)})
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    page = client.post("/admin/deux-facteurs/", {"code": totp.code_at(device.secret, step + 1)})
    assert "ne peut pas être désactivée" in page.text
    assert TwoFactorDevice.objects.filter(user=editor).exists()
    GroupSecurity.objects.all().delete()
    response = client.post("/admin/deux-facteurs/", {"code": totp.code_at(device.secret, step + 1)})
    assert response.status_code == 302
    assert not TwoFactorDevice.objects.filter(user=editor).exists()
