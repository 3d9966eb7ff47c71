"""« Devenez partenaire »: the public form, its thank-you page and the lead they record.

A valid request is stored as a ``Lead`` (status « Nouveau »), then the partnerships desk gets
one e-mail at ``PARTNERS_LEAD_EMAIL``, with Reply-To set to the prospect's address, sent by
a background task (``partners.tasks``). Robots
are kept out by a honeypot field (they are thanked, nothing is kept or sent) and by a limit
of ``PARTNERS_LEAD_RATE_LIMIT`` requests an hour per address, counted in the database.
"""

import logging
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from accounts import limits
from articles.publications import current
from articles.queries import chrome
from core.french import date_fr
from core.request import client_network
from partners.models import Lead
from partners.tasks import notify_lead

logger = logging.getLogger(__name__)

RATE_WINDOW_SECONDS = 3600
RATE_SCOPE = "lead-form"
HONEYPOT = "site_web"
# What a person types in, in the page's order (the consent box is laid out apart).
SUBMITTED_FIELDS = ("name", "company", "email", "phone", "budget", "message")

# Invisible characters that could reorder or hide text in the desk's mail client and admin.
_BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
)
_PHONE = re.compile(r"[0-9 +.\-()]{6,30}")


def _is_control(char):
    return unicodedata.category(char) == "Cc"


def single_line(value):
    """One line of text: every run of white space (line breaks included) becomes one space,
    other control characters (NUL…) and bidirectional overrides are removed."""
    value = " ".join(value.split())
    return "".join(c for c in value if not _is_control(c)).translate(_BIDI_CONTROLS).strip()


def multi_line(value):
    """A message: line breaks (normalised to \\n) and tabs are kept, other control characters
    and bidirectional overrides removed."""
    value = re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", value)
    value = "".join(c for c in value if c in "\n\t" or not _is_control(c))
    return value.translate(_BIDI_CONTROLS).strip()


def header_safe(value):
    """Text for a mail header: nothing that could end the line and start another header."""
    return single_line(value)


class SingleLineField(forms.CharField):
    def to_python(self, value):
        # Cleaned before validation, so that max_length counts what is kept and Django's
        # refusal of NUL characters never fires: they are simply dropped.
        return single_line(super().to_python(value))


class MultiLineField(forms.CharField):
    def to_python(self, value):
        return multi_line(super().to_python(value))


class ContactEmailField(forms.EmailField):
    def to_python(self, value):
        value = super().to_python(value)
        # Django accepts some control characters inside a quoted local part ("a\x01b"@x.fr):
        # not an address anyone types, and not one to put in a Reply-To header.
        if any(_is_control(c) for c in value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return value


def _max(name):
    return Lead._meta.get_field(name).max_length


class LeadForm(forms.Form):
    name = SingleLineField(
        label="Nom",
        max_length=_max("name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": "Indiquez votre nom.",
            "max_length": "Votre nom ne doit pas dépasser %(limit_value)d caractères.",
        },
    )
    company = SingleLineField(
        label="Entreprise",
        max_length=_max("company"),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "required": "Indiquez le nom de votre entreprise.",
            "max_length": "Le nom de l’entreprise ne doit pas dépasser %(limit_value)d caractères.",
        },
    )
    email = ContactEmailField(
        label="E-mail",
        max_length=_max("email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Indiquez votre adresse e-mail.",
            "invalid": "Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.",
            "max_length": "L’adresse e-mail ne doit pas dépasser %(limit_value)d caractères.",
        },
    )
    phone = SingleLineField(
        label="Téléphone (facultatif)",
        required=False,
        max_length=_max("phone"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={
            "max_length": "Le numéro de téléphone ne doit pas dépasser %(limit_value)d caractères.",
        },
    )
    budget = forms.ChoiceField(
        label="Budget envisagé",
        choices=[("", "Choisissez une fourchette"), *Lead.Budget.choices],
        error_messages={
            "required": "Choisissez une fourchette de budget (ou « Je ne sais pas encore »).",
            "invalid_choice": "Choisissez une fourchette de budget dans la liste.",
        },
    )
    message = MultiLineField(
        label="Message",
        max_length=_max("message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Vos objectifs, les publics visés, les dates envisagées : "
        "5 000 caractères au plus.",
        error_messages={
            "required": "Décrivez votre projet en quelques lignes.",
            "max_length": "Votre message ne doit pas dépasser 5 000 caractères "
            "(il en compte %(show_value)d).",
        },
    )
    consent = forms.BooleanField(
        label="J’accepte d’être recontacté·e par l’équipe partenariats au sujet de cette demande.",
        help_text="Vos coordonnées servent uniquement à traiter votre demande.",
        error_messages={
            "required": "Cochez cette case pour que l’équipe partenariats puisse vous recontacter.",
        },
    )
    # The honeypot: hidden from sight and from the keyboard; robots fill in every field.
    site_web = forms.CharField(
        label="Ne remplissez pas ce champ : il sert à repérer les robots.",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if phone and not (_PHONE.fullmatch(phone) and sum(c.isdigit() for c in phone) >= 6):
            raise ValidationError(
                "Saisissez un numéro de téléphone valide : des chiffres, des espaces et les "
                "signes + . - ( ), entre 6 et 30 caractères. Par exemple : +33 1 23 45 67 89.",
                code="invalid",
            )
        return phone

    def is_from_robot(self):
        """True when the honeypot holds anything (read from the raw data: no validation)."""
        return bool(str(self.data.get(HONEYPOT, "")).strip())

    def visible_inputs(self):
        """The bound fields of ``SUBMITTED_FIELDS``, for the template's loop."""
        return [self[name] for name in SUBMITTED_FIELDS]


# Rate limit ------------------------------------------------------------------------------


def _rate_key(request):
    """The key of this client's counter (an IPv6 client counts by its /64); the address is
    hashed, never stored."""
    return limits.digest(client_network(request))


def count_submission(request):
    """Count one submission from this client; True when it is one too many this hour.

    A window that opens with the client's first submission, counted in the database
    (accounts.limits): shared by every worker, and no page traffic can reset it.
    """
    state = limits.hit(RATE_SCOPE, _rate_key(request), seconds=RATE_WINDOW_SECONDS)
    return state.count > settings.PARTNERS_LEAD_RATE_LIMIT


# Recording and notifying -----------------------------------------------------------------


def record_lead(*, name, company, email, phone, budget, message, publication=None):
    """Store the request (with the publication the prospect came from) and queue the
    partnerships desk's e-mail (``partners.tasks.notify_lead``), in one transaction.

    The e-mail goes from the worker, never during the request: a mail server that is slow
    or down neither delays the prospect nor loses the lead (it is tried again later, and
    the lead says whether it went: ``notified_at``).
    """
    with transaction.atomic():
        lead = Lead.objects.create(
            name=name,
            company=company,
            email=email,
            phone=phone,
            budget=budget,
            message=message,
            consent=True,
            status=Lead.Status.NEW,
            publication=publication,
        )
        # In the same transaction: with the database queue, the lead and its task are
        # written together (a worker never sees the task before the lead).
        notify_lead.enqueue(lead.pk)
    return lead


def notification(lead):
    """The desk's e-mail. Header values are single lines (see ``header_safe``); Reply-To is
    the prospect's address, validated by the form."""
    received = timezone.localtime(lead.created_at)
    admin_url = settings.SITE_URL + reverse("admin:partners_lead_change", args=[lead.pk])
    body = "\n".join(
        [
            f"Nouvelle demande de partenariat reçue sur "
            f"{lead.publication.name if lead.publication else settings.SITE_NAME} le "
            f"{date_fr(received)} à {received:%H:%M}.",
            "",
            f"Entreprise : {lead.company}",
            f"Nom : {lead.name}",
            f"E-mail : {lead.email}",
            f"Téléphone : {lead.phone or 'non indiqué'}",
            f"Budget : {lead.get_budget_display()}",
            "",
            "Message :",
            lead.message,
            "",
            f"La demande dans l’administration : {admin_url}",
            "Répondre à ce message écrit directement au prospect.",
        ]
    )
    return EmailMessage(
        subject=header_safe(f"Nouvelle demande de partenariat : {lead.company}"),
        body=body,
        to=[header_safe(settings.PARTNERS_LEAD_EMAIL)],
        reply_to=[header_safe(lead.email)],
    )


# Views -----------------------------------------------------------------------------------


def _render_form(request, form, *, status=200, rate_limited=False):
    site = current(request)
    base = site.base_url if site is not None else settings.SITE_URL
    context = chrome(publication=site) | {
        "form": form,
        "rate_limited": rate_limited,
        "contact_email": settings.PARTNERS_LEAD_EMAIL,
        "canonical_url": base + reverse("partners:lead"),
    }
    return render(request, "partners/lead_form.html", context, status=status)


def _to_thanks():
    # 303: the browser follows with a GET, and a reload does not post the form again.
    response = HttpResponseRedirect(reverse("partners:lead-thanks"))
    response.status_code = 303
    return response


@never_cache  # a CSRF token, the visitor's own values and errors: nothing to share
@require_http_methods(["GET", "HEAD", "POST"])
def lead(request):
    if request.method != "POST":
        return _render_form(request, LeadForm())
    form = LeadForm(request.POST)
    if form.is_from_robot():
        count_submission(request)
        logger.info("Lead form: honeypot filled, request ignored")
        return _to_thanks()
    if not form.is_valid():
        return _render_form(request, form)
    if count_submission(request):
        return _render_form(request, form, status=429, rate_limited=True)
    record_lead(
        **{name: form.cleaned_data[name] for name in SUBMITTED_FIELDS},
        publication=getattr(request, "publication", None),
    )
    return _to_thanks()


@never_cache
@require_safe
def thanks(request):
    return render(request, "partners/lead_thanks.html", chrome(publication=current(request)))
