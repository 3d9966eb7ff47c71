"""« Devenez partenaire »: the public form stores a lead and e-mails the partnerships desk once;
robots, floods, header injection and control characters get nothing through; the desk
follows leads up in the admin."""

import email
import re
import socket
from smtplib import SMTPException

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from partners.models import Lead
from partners.tasks import RETRY_DELAYS, notify_lead
from tests.factories import warm_site_state
from tests.forms import form_data
from tests.tasks import queued, run_queued, use_database_backend

URL = "/partenaires/devenir-partenaire/"
THANKS = "/partenaires/devenir-partenaire/merci/"
RATE_LIMITED = "Trop de demandes envoyées depuis votre connexion."

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lead_settings(settings):
    settings.PARTNERS_LEAD_EMAIL = "desk@newsroom.example"
    settings.PARTNERS_LEAD_RATE_LIMIT = 5


def valid(**overrides):
    return {
        "name": "Inès Martin",
        "company": "Acme Conseil",
        "email": "ines.martin@acme.example",
        "phone": "+33 (0)1 23.45-67-89",
        "budget": "5k-15k",
        "message": "Nous lançons un salon RH en mars.\nPouvons-nous en parler ?",
        "consent": "on",
        "site_web": "",
    } | overrides


def post(client, data, address="203.0.113.7"):
    return client.post(URL, data, REMOTE_ADDR=address)


def test_the_page_shows_the_form_in_french(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Devenez partenaire", ">Nom<", ">Entreprise<", ">E-mail<",
                  "Téléphone (facultatif)", "Budget envisagé", ">Message<",
                  "J’accepte d’être recontacté·e par l’équipe partenariats",
                  "Envoyer ma demande", "Moins de 5 000 €"):  # fmt: skip
        assert label in html
    for attribute in ('autocomplete="name"', 'autocomplete="organization"',
                      'autocomplete="email"', 'autocomplete="tel"'):  # fmt: skip
        assert attribute in html
    # The honeypot: hidden by a class, out of the tab order, not autofilled, labelled.
    assert '<div class="lead-form__trap">' in html
    assert 'name="site_web" tabindex="-1" autocomplete="off"' in html
    assert "Ne remplissez pas ce champ" in html
    assert "no-store" in response["Cache-Control"]
    assert 'style="' not in html.split('<main id="contenu"')[1]


def test_a_visitor_sends_a_request_through_the_rendered_form():
    browser = Client(enforce_csrf_checks=True)
    data = form_data(browser.get(URL).content.decode(), form_id="lead-form")
    assert data["csrfmiddlewaretoken"]
    data |= valid()
    response = browser.post(URL, data, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 303
    assert response["Location"] == THANKS
    thanks = browser.get(THANKS)
    assert thanks.status_code == 200
    assert "Merci, votre demande est bien arrivée" in thanks.content.decode()
    assert '<meta name="robots" content="noindex">' in thanks.content.decode()
    assert Lead.objects.count() == 1


def test_a_valid_request_is_stored_and_emailed_once(client, django_assert_num_queries, settings):
    use_database_backend(settings)
    # The client's counter (SAVEPOINT, UPDATE: none yet, INSERT, RELEASE), then SAVEPOINT,
    # INSERT the lead, INSERT its e-mail's task, RELEASE SAVEPOINT: no page is rendered on
    # the way, and no mail server is waited for.
    warm_site_state()
    with django_assert_num_queries(8):
        response = post(client, valid())
    assert response.status_code == 303
    assert response["Location"] == THANKS

    lead = Lead.objects.get()
    assert (lead.name, lead.company, lead.email, lead.budget) == (
        "Inès Martin", "Acme Conseil", "ines.martin@acme.example", "5k-15k"
    )  # fmt: skip
    assert lead.phone == "+33 (0)1 23.45-67-89"
    assert lead.message == "Nous lançons un salon RH en mars.\nPouvons-nous en parler ?"
    assert lead.consent is True
    assert lead.status == Lead.Status.NEW
    # The e-mail waits for the worker.
    assert mail.outbox == [] and lead.notified_at is None
    assert [row.args_kwargs["args"] for row in queued(notify_lead)] == [[lead.pk]]

    [done] = run_queued()
    assert done.status == "SUCCESSFUL"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["desk@newsroom.example"]
    assert message.recipients() == ["desk@newsroom.example"]
    assert message.subject == "Nouvelle demande de partenariat : Acme Conseil"
    assert message.reply_to == ["ines.martin@acme.example"]
    assert "Pouvons-nous en parler ?" in message.body
    assert "De 5 000 à 15 000 €" in message.body
    assert f"/admin/partners/lead/{lead.pk}/change/" in message.body
    lead.refresh_from_db()
    assert lead.notified_at is not None
    # Run again (a task enqueued twice, a worker restarted): the desk is not mailed twice.
    notify_lead.enqueue(lead.pk)
    run_queued()
    assert len(mail.outbox) == 1


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_failing_mail_server_is_tried_again_later_and_the_lead_is_kept(client, settings):
    use_database_backend(settings)
    # A real SMTP connection to a port where nothing listens: refused at once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2
    assert post(client, valid()).status_code == 303
    lead = Lead.objects.get()

    delays = []
    for attempt in range(1, len(RETRY_DELAYS) + 2):
        [done] = run_queued()
        assert done.args_kwargs["kwargs"].get("attempt", 1) == attempt
        if attempt <= len(RETRY_DELAYS):
            assert done.status == "SUCCESSFUL"  # this attempt is over; the next one waits
            [retry] = DBTaskResult.objects.filter(status="READY")
            delays.append(round((retry.run_after - done.finished_at).total_seconds()))
            assert run_queued() == []  # not before its time
            DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        else:
            assert done.status == "FAILED"  # given up: the admin's task list says why
            assert "ConnectionRefusedError" in done.exception_class_path
    assert delays == list(RETRY_DELAYS)
    assert not DBTaskResult.objects.filter(status="READY").exists()
    lead.refresh_from_db()
    assert lead.notified_at is None and lead.status == Lead.Status.NEW
    assert mail.outbox == []


def test_a_mail_server_back_in_time_gets_the_lead_s_e_mail(client, settings):
    use_database_backend(settings)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    post(client, valid())
    run_queued()  # refused: tried again in a minute
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    [done] = run_queued()
    assert done.status == "SUCCESSFUL" and done.return_value == "envoyé"
    assert len(mail.outbox) == 1
    assert Lead.objects.get().notified_at is not None


def test_the_lead_is_kept_when_the_mail_server_fails(client, monkeypatch):
    # With the immediate backend (the e-mail's task runs at once): its failure reaches
    # neither the prospect nor the lead.
    def broken(self, fail_silently=False):
        raise SMTPException("connexion refusée")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    response = post(client, valid())
    assert response.status_code == 303
    assert Lead.objects.count() == 1
    assert Lead.objects.get().notified_at is None


INVALID = {
    "missing-name": ({"name": "  "}, "name", "Indiquez votre nom."),
    "bad-email": (
        {"email": "ines.martin@"},
        "email",
        "Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.",
    ),
    "missing-consent": (
        {"consent": None},
        "consent",
        "Cochez cette case pour que l’équipe partenariats puisse vous recontacter.",
    ),
    "bad-phone": ({"phone": "appelez-moi"}, "phone", "Saisissez un numéro de téléphone valide"),
    "short-phone": ({"phone": "12 34"}, "phone", "Saisissez un numéro de téléphone valide"),
    "long-message": (
        {"message": "x" * 5001},
        "message",
        "Votre message ne doit pas dépasser 5 000 caractères (il en compte 5001).",
    ),
    "unknown-budget": (
        {"budget": "1M"},
        "budget",
        "Choisissez une fourchette de budget dans la liste.",
    ),
    "missing-budget": ({"budget": ""}, "budget", "Choisissez une fourchette de budget"),
}


@pytest.mark.parametrize("overrides, field, error", INVALID.values(), ids=INVALID.keys())
def test_an_invalid_request_is_shown_again_with_a_french_message(client, overrides, field, error):
    data = {k: v for k, v in valid(**overrides).items() if v is not None}
    response = post(client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "<title>Erreur : Devenez partenaire" in html
    # The message sits next to its field, which points to it.
    assert f'id="id_{field}_error"' in html
    control = re.search(rf'<(?:input|select|textarea)[^>]* id="id_{field}"[^>]*>', html)[0]
    assert 'aria-invalid="true"' in control
    assert f"id_{field}_error" in re.search(r'aria-describedby="([^"]*)"', control)[1]
    # Everything typed is still there (but the invalid choice, which the list cannot show).
    kept = form_data(html, form_id="lead-form")
    for name, value in data.items():
        if name == field == "budget":
            continue  # a choice outside the list cannot be shown selected
        assert kept.get(name, "") == value, name
    assert Lead.objects.count() == 0
    assert mail.outbox == []


def test_a_robot_filling_the_honeypot_is_thanked_but_ignored(client):
    response = post(client, valid(site_web="https://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == THANKS
    assert Lead.objects.count() == 0
    assert mail.outbox == []


def test_a_robot_is_thanked_even_when_the_rest_is_invalid(client):
    response = post(client, {"site_web": "x", "email": "n’importe quoi"})
    assert response.status_code == 303
    assert Lead.objects.count() == 0


def test_more_than_five_requests_an_hour_from_one_address_are_refused(client):
    for n in range(5):
        assert post(client, valid(company=f"Acme {n}")).status_code == 303
    response = post(client, valid(company="Acme 6"))
    assert response.status_code == 429
    html = response.content.decode()
    assert RATE_LIMITED in html
    assert "Réessayez dans une heure ou écrivez-nous à" in html
    assert 'href="mailto:desk@newsroom.example"' in html
    assert form_data(html, form_id="lead-form")["company"] == "Acme 6"  # nothing retyped
    assert not Lead.objects.filter(company="Acme 6").exists()
    assert Lead.objects.count() == 5
    assert len(mail.outbox) == 5

    # Another address is not affected.
    assert post(client, valid(company="Autre"), address="198.51.100.4").status_code == 303
    assert Lead.objects.filter(company="Autre").exists()


def test_the_limit_counts_honeypot_hits_but_not_mistakes(client):
    for _ in range(3):
        post(client, valid(site_web="spam"))
    for _ in range(10):
        assert post(client, valid(email="pas-une-adresse")).status_code == 200
    assert post(client, valid()).status_code == 303
    assert post(client, valid()).status_code == 303
    assert post(client, valid()).status_code == 429


def test_an_ipv6_client_is_limited_by_its_network(client):
    for n in range(5):
        assert post(client, valid(), address=f"2001:db8:1:2::{n + 1}").status_code == 303
    assert post(client, valid(), address="2001:db8:1:2:ffff::9").status_code == 429
    assert post(client, valid(), address="2001:db8:1:3::1").status_code == 303


def test_the_limit_holds_with_the_cache_down_or_flooded(client, monkeypatch, settings):
    """The counter lives in the database: a cache that is down, or flooded by page traffic
    (it used to share the page cache's store), neither lifts nor resets the limit."""
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("cache injoignable")

    for name in ("add", "incr", "get", "set"):
        monkeypatch.setattr(cache, name, down)
    statuses = [post(client, valid()).status_code for _ in range(7)]
    assert statuses == [303] * 5 + [429] * 2
    assert Lead.objects.count() == 5


def test_no_header_can_be_injected_into_the_desks_email(client):
    response = post(
        client,
        valid(company="ACME\r\nBcc: victim@example.com", name="Eve\nCc: other@example.com"),
    )
    assert response.status_code == 303
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert "\n" not in sent.subject and "\r" not in sent.subject
    assert sent.subject == "Nouvelle demande de partenariat : ACME Bcc: victim@example.com"
    assert sent.recipients() == ["desk@newsroom.example"]
    assert sent.cc == [] and sent.bcc == []
    parsed = email.message_from_bytes(sent.message().as_bytes())
    assert parsed.get_all("Bcc") is None
    assert parsed.get_all("Cc") is None
    assert parsed.get_all("To") == ["desk@newsroom.example"]
    assert parsed.get_all("Reply-To") == ["ines.martin@acme.example"]
    assert Lead.objects.get().company == "ACME Bcc: victim@example.com"


def test_an_address_carrying_a_header_is_refused(client):
    response = post(client, valid(email="ines@acme.example\r\nBcc: victim@example.com"))
    assert response.status_code == 200
    assert "Saisissez une adresse e-mail valide" in response.content.decode()
    assert Lead.objects.count() == 0
    assert mail.outbox == []


def test_nul_and_control_characters_are_stripped(client):
    response = post(
        client,
        valid(
            name="Inès\x00 Martin\x07",
            company="Acme\x00\x1b Conseil\u202e",
            message="Bonjour\x00,\r\nvoici\x08 notre projet.\tMerci.",
            phone="01 23\x00 45 67 89",
        ),
    )
    assert response.status_code == 303
    lead = Lead.objects.get()
    assert lead.name == "Inès Martin"
    assert lead.company == "Acme Conseil"
    assert lead.message == "Bonjour,\nvoici notre projet.\tMerci."
    assert lead.phone == "01 23 45 67 89"


def test_a_nul_in_the_address_is_refused_without_error(client):
    response = post(client, valid(email="ines\x00@acme.example", name="\x00\x00"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saisissez une adresse e-mail valide" in html
    assert "Indiquez votre nom." in html
    assert Lead.objects.count() == 0


@pytest.mark.parametrize("method", ["put", "patch", "delete", "options"])
def test_the_pages_answer_get_head_and_post_only(client, method):
    assert getattr(client, method)(URL).status_code == 405
    assert getattr(client, method)(THANKS).status_code == 405
    assert client.head(URL).status_code == 200
    assert client.post(THANKS).status_code == 405


def make_lead(**overrides):
    fields = {
        "name": "Inès Martin",
        "company": "Acme Conseil",
        "email": "ines.martin@acme.example",
        "budget": Lead.Budget.FROM_5K,
        "message": "Un salon RH en mars.",
        "consent": True,
    } | overrides
    return Lead.objects.create(**fields)


def test_the_partnerships_desk_follows_up_leads_in_the_admin(client, partner_manager):
    lead = make_lead()
    client.force_login(partner_manager)
    changelist = client.get("/admin/partners/lead/")
    assert changelist.status_code == 200
    assert "Acme Conseil" in changelist.content.decode()
    assert client.get("/admin/partners/lead/?q=salon").content.decode().count("Acme Conseil")
    assert client.get("/admin/partners/lead/add/").status_code == 403

    url = f"/admin/partners/lead/{lead.pk}/change/"
    data = form_data(client.get(url).content.decode(), form_id="lead_form")
    assert set(data) - {"csrfmiddlewaretoken"} == {"status", "notes"}  # the rest is read-only
    data |= {"status": "contacted", "notes": "Appelée le 3 mars.", "company": "Autre chose"}
    response = client.post(url, data)
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.status == Lead.Status.CONTACTED
    assert lead.notes == "Appelée le 3 mars."
    assert lead.company == "Acme Conseil"


def test_a_journalist_cannot_see_leads(client, journalist):
    make_lead()
    client.force_login(journalist)
    assert client.get("/admin/partners/lead/").status_code == 403
