"""The Partenariats desk in the admin: partners, banners and calls to action."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from partners.models import Banner, CallToAction, Partner
from tests.factories import jpeg_bytes, make_banner, make_category, make_partner

pytestmark = pytest.mark.django_db


def banner_form(partner, **overrides):
    return {
        "partner": partner.pk,
        "name": "Webinar RH",
        "placement": "sidebar",
        "is_active": "on",
        "kind": "text",
        "alt_text": "",
        "headline": "[Webinar] Recruter en 2027",
        "text": "Jeudi à 11 h.",
        "button_label": "Je m’inscris",
        "target_url": "https://partenaire.example/webinar",
        "starts_at_0": "01/12/2026",
        "starts_at_1": "08:00:00",
        "ends_at_0": "31/12/2026",
        "ends_at_1": "20:00:00",
        "weight": "2",
        "impression_cap": "",
    } | overrides


def test_a_partner_manager_creates_a_targeted_banner(client, partner_manager):
    client.force_login(partner_manager)
    partner = make_partner(name="Acme RH")
    afrique = make_category(name="Afrique")
    data = banner_form(partner, categories=[afrique.pk], page_types=["article", "category"])
    response = client.post(reverse("admin:partners_banner_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    banner = Banner.objects.get()
    assert banner.page_types == ["article", "category"]
    assert list(banner.categories.all()) == [afrique]
    assert banner.weight == 2
    # The change page shows the checked page types again.
    page = client.get(reverse("admin:partners_banner_change", args=[banner.pk])).text
    assert re.search(r'value="article"[^>]*checked', page)
    assert not re.search(r'value="home"[^>]*checked', page)


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"target_url": "javascript:alert(1)"}, "target_url", "http:// ou https://"),
        ({"target_url": "ftp://partenaire.example/"}, "target_url", "http:// ou https://"),
        ({"kind": "image"}, "image", "besoin de son image"),
        ({"headline": ""}, "headline", "besoin d’un titre"),
        ({"ends_at_0": "01/11/2026"}, "ends_at", "doit suivre son début"),
        ({"weight": "0"}, "weight", "supérieure ou égale à 1"),
        ({"weight": "101"}, "weight", "inférieure ou égale à 100"),
    ],
)
def test_bad_banners_are_refused_in_french(client, partner_manager, overrides, field, message):
    client.force_login(partner_manager)
    response = client.post(
        reverse("admin:partners_banner_add"), banner_form(make_partner(), **overrides)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors.get(field, [])), errors
    assert not Banner.objects.exists()


def test_an_image_banner_needs_alt_text_and_a_real_image(client, partner_manager):
    client.force_login(partner_manager)
    partner = make_partner()
    svg = SimpleUploadedFile(
        "banniere.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    response = client.post(
        reverse("admin:partners_banner_add"),
        banner_form(partner, kind="image", image=svg, alt_text=""),
    )
    errors = response.context["adminform"].form.errors
    assert "doit finir par .jpg" in " ".join(errors["image"])  # an SVG is not an image's name
    assert not Banner.objects.exists()
    renamed = SimpleUploadedFile(
        "banniere.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    response = client.post(
        reverse("admin:partners_banner_add"),
        banner_form(partner, kind="image", image=renamed, alt_text=""),
    )
    errors = response.context["adminform"].form.errors
    assert "les images SVG et les pages web sont refusées" in " ".join(errors["image"])
    assert not Banner.objects.exists()
    image = SimpleUploadedFile("banniere.jpg", jpeg_bytes(600, 500))
    response = client.post(
        reverse("admin:partners_banner_add"),
        banner_form(partner, kind="image", image=image, alt_text=""),
    )
    assert "texte alternatif est obligatoire" in " ".join(
        response.context["adminform"].form.errors["alt_text"]
    )
    image = SimpleUploadedFile("banniere.jpg", jpeg_bytes(600, 500))
    response = client.post(
        reverse("admin:partners_banner_add"),
        banner_form(partner, kind="image", image=image, alt_text="Salon RH 2027"),
    )
    assert response.status_code == 302
    stored = Banner.objects.get().image
    assert stored.name.startswith("partenaires/") and "banniere" not in stored.name


def test_lists_show_status_and_link_to_reports(client, partner_manager):
    client.force_login(partner_manager)
    banner = make_banner(name="En cours")
    make_banner(partner=banner.partner, name="Coupée", is_active=False)
    page = client.get(reverse("admin:partners_banner_changelist")).text
    assert "En diffusion" in page and "Inactive" in page
    assert f"?banner={banner.pk}" in page
    page = client.get(reverse("admin:partners_partner_changelist")).text
    assert f"?partner={banner.partner.pk}" in page


def test_a_call_to_action_variant_is_scheduled(client, partner_manager):
    client.force_login(partner_manager)
    response = client.post(
        reverse("admin:partners_calltoaction_add"),
        {
            "text": "Pour communiquer sur FrenchWeb ou le Journal des RH, devenez partenaire",
            "button_label": "cliquez ici",
            "url": "javascript:alert(1)",
            "is_active": "on",
        },
    )
    assert "adresse du site commençant par /" in " ".join(
        response.context["adminform"].form.errors["url"]
    )
    assert not CallToAction.objects.exists()


@pytest.mark.parametrize("role", ["journalist", "editor"])
def test_newsroom_roles_cannot_run_banners(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("admin:partners_banner_changelist")).status_code == 403
    assert client.post(reverse("admin:partners_banner_add"), {}).status_code == 403
    assert client.get(reverse("admin:partners_lead_changelist")).status_code == 403


def test_editors_may_pick_a_partner_for_sponsored_content(client, editor):
    make_partner(name="Acme RH")
    client.force_login(editor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "acme", "app_label": "articles", "model_name": "article", "field_name": "sponsor"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Acme RH"]
    assert Partner.objects.count() == 1
