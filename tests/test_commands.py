"""`create_admin`: the admin account of `make run`."""

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(**env):
    out = StringIO()
    call_command("create_admin", stdout=out)
    return out.getvalue()


def test_admin_is_created_once_with_a_printed_password(monkeypatch):
    monkeypatch.delenv("NEWSROOM_ADMIN_PASSWORD", raising=False)
    output = run()
    password = output.split("mot de passe : ")[1].split()[0]
    user = User.objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    assert user.check_password(password)
    again = run()
    assert password not in again
    assert "mot de passe inchangé" in again
    user.refresh_from_db()
    assert user.check_password(password)


def test_admin_password_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSROOM_ADMIN_PASSWORD", "un-mot-de-passe-choisi")
    output = run()
    assert "un-mot-de-passe-choisi" not in output
    assert User.objects.get(username="admin").check_password("un-mot-de-passe-choisi")
    monkeypatch.setenv("NEWSROOM_ADMIN_PASSWORD", "un-autre-mot-de-passe")
    run()
    assert User.objects.get(username="admin").check_password("un-autre-mot-de-passe")
