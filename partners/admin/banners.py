from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html

from articles.photos import clean_original, inspect_upload
from partners.admin.reports import report_url
from partners.models import Banner, CallToAction, Partner
from partners.placements import PAGE_TYPE_CHOICES, PLACEMENTS


def clean_creative(upload):
    """A logo or banner image: judged by its content (no SVG, no HTML, no bomb), stored
    re-encoded and without metadata, like the newsroom's photos."""
    if not upload or not hasattr(upload, "content_type"):
        return upload  # unchanged, or cleared
    inspect_upload(upload)
    content, ext, _, _ = clean_original(upload)
    return SimpleUploadedFile(f"creative.{ext}", content)


class PartnerForm(forms.ModelForm):
    logo = forms.FileField(
        label="logo", required=False, help_text="JPEG, PNG, WebP ou GIF (pas de SVG)."
    )

    class Meta:
        model = Partner
        fields = ["name", "logo", "website", "contact_name", "contact_email", "notes", "is_active"]

    def clean_logo(self):
        return clean_creative(self.cleaned_data.get("logo"))


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    form = PartnerForm
    list_display = ["name", "contact_name", "contact_email", "is_active", "running_banners",
                    "report"]  # fmt: skip
    list_filter = ["is_active"]
    search_fields = ["name", "contact_name", "contact_email", "notes"]
    fieldsets = [
        (None, {"fields": ["name", "logo", "website", "is_active"]}),
        ("Contact", {"fields": ["contact_name", "contact_email", "notes"]}),
    ]

    @admin.display(description="bannières en diffusion")
    def running_banners(self, partner):
        return partner.running_count

    @admin.display(description="résultats")
    def report(self, partner):
        return format_html('<a href="{}">Rapport</a>', report_url(partner=partner))

    def get_queryset(self, request):
        now = timezone.now()
        running = Q(banners__is_active=True, banners__starts_at__lte=now, banners__ends_at__gt=now)
        # Explicitly ordered: Meta.ordering does not apply to a GROUP BY query.
        return (
            super()
            .get_queryset(request)
            .annotate(running_count=Count("banners", filter=running))
            .order_by("name")
        )


class BannerForm(forms.ModelForm):
    image = forms.FileField(
        label="image",
        required=False,
        help_text="JPEG, PNG, WebP ou GIF (pas de SVG), à la taille de l’emplacement ou au "
        "double pour les écrans haute densité.",
    )
    page_types = forms.MultipleChoiceField(
        label="types de pages ciblés",
        choices=PAGE_TYPE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Aucun coché : tous les types de pages.",
    )

    class Meta:
        model = Banner
        fields = [
            "partner", "name", "placement", "is_active", "kind", "image", "alt_text", "headline",
            "text", "button_label", "target_url", "starts_at", "ends_at", "weight",
            "impression_cap", "publications", "categories", "page_types",
        ]  # fmt: skip
        widgets = {"publications": forms.CheckboxSelectMultiple}

    def clean_image(self):
        return clean_creative(self.cleaned_data.get("image"))

    def clean_page_types(self):
        return list(self.cleaned_data.get("page_types") or [])


@admin.register(Banner)
class BannerAdmin(admin.ModelAdmin):
    form = BannerForm
    list_display = ["name", "partner", "placement_label", "flight", "weight", "impressions_total",
                    "clicks_total", "status", "report"]  # fmt: skip
    list_filter = ["placement", "kind", "is_active", "publications", "partner"]
    search_fields = ["name", "headline", "text", "partner__name", "target_url"]
    autocomplete_fields = ["partner"]
    filter_horizontal = ["categories"]
    date_hierarchy = "starts_at"
    readonly_fields = ["preview", "impressions_total", "clicks_total"]
    fieldsets = [
        (None, {"fields": ["partner", "name", "placement", "is_active"]}),
        (
            "Création",
            {
                "fields": [
                    "kind",
                    "image",
                    "alt_text",
                    "headline",
                    "text",
                    "button_label",
                    "target_url",
                    "preview",
                ],
                "description": "Une bannière image a besoin d’une image et de son texte "
                "alternatif ; une bannière texte, d’un titre et d’un bouton.",
            },
        ),
        ("Diffusion", {"fields": ["starts_at", "ends_at", "weight", "impression_cap"]}),
        ("Ciblage", {"fields": ["publications", "categories", "page_types"]}),
        ("Résultats", {"fields": ["impressions_total", "clicks_total"]}),
    ]

    @admin.display(description="emplacement", ordering="placement")
    def placement_label(self, banner):
        return PLACEMENTS[banner.placement].label if banner.placement in PLACEMENTS else "—"

    @admin.display(description="diffusion", ordering="starts_at")
    def flight(self, banner):
        return f"{banner.starts_at:%d/%m/%Y %H:%M} → {banner.ends_at:%d/%m/%Y %H:%M}"

    @admin.display(description="état")
    def status(self, banner):
        now = timezone.now()
        if not banner.is_active or not banner.partner.is_active:
            return "Inactive"
        if banner.is_capped:
            return "Plafond atteint"
        if banner.starts_at > now:
            return "Programmée"
        if banner.ends_at <= now:
            return "Terminée"
        return "En diffusion"

    @admin.display(description="résultats")
    def report(self, banner):
        return format_html('<a href="{}">Rapport</a>', report_url(banner=banner))

    @admin.display(description="aperçu")
    def preview(self, banner):
        if not banner.pk:
            return "Enregistrez pour voir l’aperçu."
        if banner.kind == Banner.Kind.IMAGE and banner.image:
            return format_html(
                '<img src="{}" alt="{}" class="banner-preview" width="300">',
                banner.image.url,
                banner.alt_text,
            )
        return format_html(
            "<strong>{}</strong> {} <em>[{}]</em>",
            banner.headline,
            banner.text,
            banner.button_label,
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("partner")


@admin.register(CallToAction)
class CallToActionAdmin(admin.ModelAdmin):
    list_display = ["text", "button_label", "url", "starts_at", "ends_at", "is_active"]
    list_filter = ["is_active", "publications"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    search_fields = ["text"]
    fieldsets = [
        (
            None,
            {
                "fields": ["text", "button_label", "url", "is_active"],
                "description": "La ligne « devenez partenaire » de la fin de chaque article. "
                "Programmez des variantes : celle qui a commencé le plus récemment l’emporte ; "
                "sans variante en cours, le texte par défaut s’affiche.",
            },
        ),
        ("Programmation", {"fields": ["starts_at", "ends_at"]}),
        (
            "Publications",
            {
                "fields": ["publications"],
                "description": "Aucune cochée : toutes. Sans variante en cours pour une "
                "publication, c’est son propre appel (réglages de la publication) qui s’affiche.",
            },
        ),
    ]
