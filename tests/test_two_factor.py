"""Two-factor authentication for staff on django-otp (an authenticator app and single-use
backup codes), groups that require it, and the attacks on it."""

import re
import threading
import time

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AuditEvent, GroupSecurity
from accounts.two_factor import APP_NAME, new_backup_codes

pytestmark = pytest.mark.django_db
PASSWORD = "motdepasse-solide-42"
VERIFY = "/admin/deux-facteurs/verifier/"
SETUP = "/admin/deux-facteurs/activer/"
MANAGE = "/admin/deux-facteurs/"


def code(device, steps=0):
    """The code the owner's app shows now (or ``steps`` steps later)."""
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time() + steps * device.step
    return f"{generator.token():06d}"


def log_in(client, username="claire"):
    response = client.post(
        "/admin/login/?next=/admin/articles/article/",
        {"username": username, "password": PASSWORD},
    )
    assert response.status_code == 302
    return response


@pytest.fixture
def enrolled(editor):
    return TOTPDevice.objects.create(user=editor, name="Application", confirmed=True)


def test_a_staff_member_turns_it_on_and_then_gives_a_code_at_each_login(client, editor):
    log_in(client)
    assert client.get("/admin/articles/article/").status_code == 200  # not on yet
    page = client.get(SETUP)
    assert "otpauth://totp/" in page.text
    secret = re.search(r"<code>([A-Z2-7 ]+)</code>", page.text).group(1)
    assert len(secret.replace(" ", "")) == 32
    wrong = client.post(SETUP, {"code": "000000"})
    assert "Code incorrect" in wrong.text
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    time.sleep(1.05)  # a wrong code doubles the wait: 1 s
    first = code(pending)
    shown = client.post(SETUP, {"code": first, "next": "/admin/"})
    # The ten backup codes, shown once.
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", shown.text)
    assert len(codes) == 10 and "ne seront plus affichés" in shown.text
    assert "La double authentification est activée sur votre compte." in shown.text
    assert "Les anciens codes ne fonctionnent plus" not in shown.text
    assert "<title>Codes de secours" in shown.text
    assert 'href="/admin/">J’ai noté mes codes, continuer</a>' in shown.text
    assert "no-store" in shown["Cache-Control"]
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert AuditEvent.objects.filter(action="two_factor_enabled", object_id=str(editor.pk)).exists()

    # Next session: the password is not enough.
    client.logout()
    log_in(client)
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302 and VERIFY in response["Location"]
    # A code already used is refused (no replay)…
    replay = client.post(VERIFY, {"code": first})
    assert "déjà servi" in replay.text
    assert client.get("/admin/articles/article/").status_code == 302
    # …a backup code opens the admin, once.
    time.sleep(2.1)  # the replay counted as a wrong code: wait it out
    response = client.post(VERIFY, {"code": codes[0], "next": "/admin/articles/article/"})
    assert response.status_code == 302 and response["Location"] == "/admin/articles/article/"
    assert client.get("/admin/articles/article/").status_code == 200
    assert not StaticToken.objects.filter(token=codes[0]).exists()


def test_the_next_code_opens_the_admin(client, enrolled):
    log_in(client)
    response = client.post(VERIFY, {"code": code(enrolled), "next": "/admin/articles/article/"})
    assert response.status_code == 302 and response["Location"] == "/admin/articles/article/"
    assert client.get("/admin/articles/article/").status_code == 200


def fresh_step(device):
    """Wait, if need be, for a step with time left to run: the codes computed below must
    stay the current and the previous one for the whole test."""
    left = device.step - (time.time() - device.t0) % device.step
    if left < 5:
        time.sleep(left + 0.05)


def test_a_code_of_the_previous_step_is_accepted_from_a_slow_phone(client, enrolled):
    fresh_step(enrolled)
    log_in(client)
    response = client.post(VERIFY, {"code": code(enrolled, -1)})
    assert response.status_code == 302
    assert client.get("/admin/articles/article/").status_code == 200


def test_an_older_code_is_refused_once_a_newer_one_was_accepted(client, enrolled):
    fresh_step(enrolled)
    newer, older = code(enrolled), code(enrolled, -1)
    now = (int(time.time()) - enrolled.t0) // enrolled.step
    log_in(client)
    assert client.post(VERIFY, {"code": newer}).status_code == 302
    enrolled.refresh_from_db()
    assert enrolled.last_t == now
    # The older code is still inside the device's tolerance window: only ``last_t`` stops it.
    window = TOTP(enrolled.bin_key, enrolled.step, enrolled.t0, enrolled.digits, enrolled.drift)
    assert window.verify(int(older), enrolled.tolerance)

    client.logout()
    log_in(client)
    response = client.post(VERIFY, {"code": older, "next": "/admin/articles/article/"})
    assert response.status_code == 200
    assert "<li>Ce code a déjà servi : attendez le suivant.</li>" in response.text
    assert client.get("/admin/articles/article/").status_code == 302
    enrolled.refresh_from_db()
    assert enrolled.last_t == now


def test_a_backup_code_works_once(client, enrolled, editor):
    (backup, *_) = new_backup_codes(editor)
    log_in(client)
    assert client.post(VERIFY, {"code": backup.upper()}).status_code == 302
    client.logout()
    log_in(client)
    assert "Code incorrect" in client.post(VERIFY, {"code": backup}).text


def test_wrong_codes_double_the_wait(client, enrolled):
    log_in(client)
    assert "Code incorrect" in client.post(VERIFY, {"code": "000000"}).text
    # At once: refused, even the right code, with the wait in French.
    response = client.post(VERIFY, {"code": code(enrolled)})
    assert "Trop de codes erronés" in response.text and "seconde" in response.text
    assert client.get("/admin/articles/article/").status_code == 302
    enrolled.refresh_from_db()
    assert enrolled.throttling_failure_count == 1  # kept on the device's row, in the database


def test_codes_in_other_digits_are_refused_in_french(client, enrolled):
    log_in(client)
    for value in ["٣٤٥٦٧٨", "²²²²²²", "１２３４５６", "12345", "abcdefgh!", "0" * 20]:
        response = client.post(VERIFY, {"code": value})
        assert response.status_code == 200, value
        assert "Saisissez les 6 chiffres" in response.text or "au plus" in response.text


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency needs PostgreSQL")
def test_the_same_code_sent_twice_at_once_passes_once(editor):
    device = TOTPDevice.objects.create(user=editor, name="Application", confirmed=True)
    clients = [Client() for _ in range(6)]
    for client in clients:
        log_in(client)
    value, results = code(device), []

    def send(client):
        try:
            results.append(client.post(VERIFY, {"code": value}).status_code == 302)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 1


def test_a_group_can_require_it(client, editor, journalist):
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    log_in(client)
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302 and SETUP in response["Location"]
    page = client.get(SETUP)
    assert "Votre rôle demande la double authentification" in page.text
    # Journalists are not concerned.
    client.logout()
    log_in(client, "jeanne")
    assert client.get("/admin/articles/article/").status_code == 200


def test_the_redirect_after_the_code_stays_on_this_site(client, enrolled):
    log_in(client)
    response = client.post(VERIFY, {"code": code(enrolled), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_turning_it_off_needs_a_code_and_is_refused_when_the_role_requires_it(
    client, editor, enrolled
):
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    page = client.post(MANAGE, {"code": code(enrolled, 1), "action": "disable"})
    assert "exige" in page.text
    assert TOTPDevice.objects.filter(user=editor).exists()
    GroupSecurity.objects.all().delete()
    response = client.post(MANAGE, {"code": code(enrolled, 1), "action": "disable"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert AuditEvent.objects.filter(action="two_factor_disabled").exists()


def test_new_backup_codes_replace_the_old_ones(client, editor, enrolled):
    old = new_backup_codes(editor)
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    page = client.post(MANAGE, {"code": code(enrolled, 1), "action": "codes"})
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page.text)
    assert len(new) == 10 and not set(new) & set(old)
    assert "Les anciens codes ne fonctionnent plus." in page.text
    assert "est activée sur votre compte" not in page.text
    assert "<title>Codes de secours" in page.text and "no-store" in page["Cache-Control"]
    assert 'href="/admin/">J’ai noté mes codes, continuer</a>' in page.text
    assert not StaticToken.objects.filter(token__in=old).exists()
    assert AuditEvent.objects.filter(action="two_factor_codes").exists()


def test_an_administrator_resets_a_lost_phone_and_it_is_audited(admin_client, editor, enrolled):
    new_backup_codes(editor)
    url = reverse("admin:auth_user_changelist")
    response = admin_client.post(
        url, {"action": "reset_two_factor", "_selected_action": [editor.pk]}
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    (reset,) = AuditEvent.objects.filter(action="two_factor_reset")
    assert reset.object_id == str(editor.pk) and "admin" in reset.details


def test_only_superusers_reset_a_device(client, editor, enrolled, partner_manager):
    partner_manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_user", "change_user"])
    )
    client.force_login(partner_manager)
    client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [editor.pk]},
    )
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_only_the_user_s_own_confirmed_devices_open_their_session(client, editor, journalist):
    """Found by the mutation audit: nothing showed that another person's codes, or a code of
    an app whose set-up was never confirmed, are refused."""
    own = TOTPDevice.objects.create(user=editor, name="Application", confirmed=True)
    abandoned = TOTPDevice.objects.create(user=editor, name="Application", confirmed=False)
    theirs = TOTPDevice.objects.create(user=journalist, name="Application", confirmed=True)
    (their_backup, *_) = new_backup_codes(journalist)
    log_in(client)
    for wait, stranger in ((1.05, code(theirs)), (2.1, their_backup), (0, code(abandoned))):
        response = client.post(VERIFY, {"code": stranger})
        assert "Code incorrect" in response.text, stranger
        assert client.get("/admin/articles/article/").status_code == 302
        time.sleep(wait)  # wrong codes double the wait on the editor's own device
    time.sleep(4.1)
    assert client.post(VERIFY, {"code": code(own)}).status_code == 302
    assert client.get("/admin/articles/article/").status_code == 200


def test_turning_it_off_removes_the_backup_codes_and_nobody_else_s(client, editor, journalist):
    own = TOTPDevice.objects.create(user=editor, name="Application", confirmed=True)
    new_backup_codes(editor)
    TOTPDevice.objects.create(user=journalist, name="Application", confirmed=True)
    theirs = new_backup_codes(journalist)
    log_in(client)
    client.post(VERIFY, {"code": code(own)})
    response = client.post(MANAGE, {"code": code(own, 1), "action": "disable"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert TOTPDevice.objects.filter(user=journalist).exists()
    assert StaticToken.objects.filter(token__in=theirs).count() == len(theirs)


def test_what_the_code_page_says_and_where_it_leads(client, enrolled, editor):
    """The messages in full, the waits counted in seconds, codes typed as people type them,
    and the way back to the page asked for (found unasserted by the mutation audit)."""
    (backup, *_) = new_backup_codes(editor)
    log_in(client)
    response = client.get("/admin/articles/article/")
    assert response["Location"] == f"{VERIFY}?next=/admin/articles/article/"
    page = client.post(VERIFY, {"code": "12ab"})
    assert (
        "Saisissez les 6 chiffres affichés par votre application (0 à 9), ou l’un de vos codes "
        "de secours de 8 caractères." in page.text
    )
    page = client.post(VERIFY, {"code": "000000"})
    assert (
        "Code incorrect. Vérifiez l’heure de votre téléphone et saisissez le code affiché "
        "maintenant, ou un code de secours." in page.text
    )
    page = client.post(VERIFY, {"code": "000000"})
    assert "Trop de codes erronés : par sécurité, réessayez dans 1 seconde." in page.text
    time.sleep(1.05)
    client.post(VERIFY, {"code": "000000"})  # the second wrong code: 2 s
    page = client.post(VERIFY, {"code": "000000"})
    assert "réessayez dans 2 secondes." in page.text
    time.sleep(2.1)
    # A backup code typed in capitals with a dash and spaces, and the page asked for by GET.
    typed = f" {backup[:4].upper()}-{backup[4:]} "
    response = client.post(f"{VERIFY}?next=/admin/partners/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == "/admin/partners/"
    client.logout()
    log_in(client)
    now = code(enrolled)
    spaced = f"{now[:3]} {now[3:]}"
    response = client.post(VERIFY, {"code": spaced})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_manage_page_counts_the_user_s_own_backup_codes_left(client, editor, journalist):
    """Found by the mutation audit: the count shown was never checked."""
    theirs = new_backup_codes(journalist)  # made first: a lookup by anything else finds them
    StaticDevice.objects.get(user=journalist).token_set.filter(token__in=theirs[:7]).delete()
    device = TOTPDevice.objects.create(user=editor, name="Application", confirmed=True)
    (mine, *_) = new_backup_codes(editor)
    log_in(client)
    client.post(VERIFY, {"code": mine})
    page = client.get(MANAGE)
    assert "Codes de secours restants : <strong>9</strong>." in page.text
    assert device.created_at.year == timezone.now().year


def test_turning_it_off_with_a_wrong_code_changes_nothing(client, editor, enrolled):
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    for action in ("disable", "codes"):
        page = client.post(MANAGE, {"code": "000000", "action": action})
        assert page.status_code == 200
        assert "Code incorrect" in page.text or "Trop de codes erronés" in page.text
    assert TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    assert not AuditEvent.objects.filter(action__startswith="two_factor").exists()


def test_turning_it_off_says_so_and_is_audited_with_who_and_where(client, editor, enrolled):
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    page = client.post(MANAGE, {"code": code(enrolled, 1), "action": "disable"})
    assert "<li>Votre rôle exige la double authentification.</li>" in page.text
    # The page says why, and offers no button to do it.
    assert "Votre rôle l’exige : elle ne peut pas être désactivée." in page.text
    assert 'value="disable"' not in page.text
    GroupSecurity.objects.all().delete()
    assert 'value="disable"' in client.get(MANAGE).text
    response = client.post(MANAGE, {"code": code(enrolled, 1), "action": "disable"})
    assert response["Location"] == MANAGE
    assert '">La double authentification est désactivée.</li>' in client.get(MANAGE).text
    (event,) = AuditEvent.objects.filter(action="two_factor_disabled")
    assert event.object_id == str(editor.pk) and event.address == "127.0.0.1"
    # Without a device left, nothing asks for a code any more at the next login.
    client.logout()
    log_in(client)
    assert client.get("/admin/articles/article/").status_code == 200


def test_new_backup_codes_are_audited_on_the_user(client, editor, enrolled):
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    client.post(MANAGE, {"code": code(enrolled, 1), "action": "codes"})
    (event,) = AuditEvent.objects.filter(action="two_factor_codes")
    assert event.object_id == str(editor.pk)


def test_turning_it_on_opens_the_session_at_once_and_the_setup_page_leads_on(client, editor):
    log_in(client)
    page = client.get(SETUP)
    assert 'name="csrfmiddlewaretoken"' in page.text  # a browser can post it
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert pending.name == APP_NAME
    client.post(SETUP, {"code": code(pending)})
    # The code just given opened the session: the admin asks for no other.
    assert client.get("/admin/articles/article/").status_code == 200
    # Once on, the setup page leads to the manage page…
    assert client.get(SETUP)["Location"] == MANAGE
    # …and, in a new session not yet verified, to the code page first.
    client.logout()
    log_in(client)
    response = client.get(SETUP + "?next=/admin/articles/")
    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?next=/admin/articles/"


def test_the_code_pages_say_where_they_are_and_keep_where_to_go(client, editor, enrolled):
    """Found by the mutation audit: titles, the form's token and the « next » address of the
    pages were never read."""
    log_in(client)
    page = client.get(VERIFY + "?next=/admin/articles/")
    assert "<title>Double authentification |" in page.text
    assert 'name="csrfmiddlewaretoken"' in page.text
    assert 'name="next" value="/admin/articles/"' in page.text
    (backup, *_) = new_backup_codes(editor)
    response = client.post(VERIFY, {"code": backup, "next": "/admin/articles/"})
    assert response["Location"] == "/admin/articles/"
    assert (
        "Code de secours utilisé : il vous en reste 9. Générez-en de nouveaux depuis "
        "« Double authentification »."
    ) in client.get("/admin/").text
    assert "<title>Double authentification |" in client.get(MANAGE).text


def test_the_setup_page_says_what_it_is(client, editor):
    log_in(client)
    page = client.get(SETUP + "?next=/admin/articles/")
    assert "<title>Activer la double authentification |" in page.text
    assert 'name="next" value="/admin/articles/"' in page.text


def test_without_a_device_the_code_page_lets_the_user_go_on(client, editor):
    log_in(client)
    response = client.get(VERIFY + "?next=/admin/articles/")
    assert response.status_code == 302 and response["Location"] == "/admin/articles/"


def test_a_group_that_does_not_require_it_requires_nothing(client, editor):
    GroupSecurity.objects.create(
        group=Group.objects.get(name="Éditeurs"), requires_two_factor=False
    )
    log_in(client)
    assert client.get("/admin/articles/article/").status_code == 200


def test_without_backup_codes_the_manage_page_says_none_are_left(client, editor, enrolled):
    log_in(client)
    client.post(VERIFY, {"code": code(enrolled)})
    assert "Codes de secours restants : <strong>0</strong>." in client.get(MANAGE).text


def test_someone_else_s_device_asks_nothing_of_a_user_without_one(client, editor, journalist):
    """Found by the mutation audit: a device was never looked up among several people's."""
    TOTPDevice.objects.create(user=journalist, name="Application", confirmed=True)
    log_in(client)
    response = client.get(VERIFY + "?next=/admin/articles/")
    assert response["Location"] == "/admin/articles/"
    assert client.get("/admin/articles/article/").status_code == 200


def test_a_device_reset_meanwhile_leaves_no_code_to_give_at_the_next_login(
    client, editor, enrolled
):
    """A login in the same browser keeps the session's data: the code the last login asked
    for must not outlive the phone an administrator has just reset (a redirect loop)."""
    log_in(client)  # a code is asked for…
    enrolled.delete()  # …and the administrator resets the lost phone meanwhile
    log_in(client)  # the same browser logs in again
    assert client.get("/admin/articles/article/").status_code == 200
