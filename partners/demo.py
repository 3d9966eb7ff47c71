"""Demo partner content: the seed page's sponsored webinar and its partner, a banner per
kind of slot, and the « devenez partenaire » line (created once, never changed after)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from articles.models import Article
from partners.models import Banner, CallToAction, Partner

WEBINAR_SLUG = (
    "webinar-acces-aux-services-digitaux-identite-digitale-"
    "comment-repondre-aux-attentes-de-vos-clients"
)


def load_partners():
    """Create what is missing; returns how many partners were created."""
    idalys, created = Partner.objects.get_or_create(
        name="Idalys",
        defaults={
            "website": "https://www.idalys.example/",
            "contact_name": "Claire Martin",
            "contact_email": "partenariats@idalys.example",
            "notes": "Webinar du 19 novembre ; renouvellement à discuter en janvier.",
        },
    )
    journal, created_journal = Partner.objects.get_or_create(
        name="Journal des RH",
        defaults={"website": "https://www.journaldesrh.example/", "contact_name": "Paul Simon"},
    )
    now = timezone.now()
    webinar = Article.objects.filter(slug=WEBINAR_SLUG).first()
    if webinar and created and not webinar.sponsor_id:  # first load only: never undo an edit
        Article.objects.filter(pk=webinar.pk).update(sponsor=idalys, sponsor_label="partnership")
    if not Banner.objects.filter(partner=idalys).exists():
        target = settings.SITE_URL + (webinar.get_absolute_url() if webinar else "/")
        Banner.objects.create(
            partner=idalys,
            name="Webinar identité digitale — colonne",
            kind=Banner.Kind.TEXT,
            headline="[Webinar] Accès aux services digitaux & identité digitale",
            text="Jeudi 19 novembre, 11 h : comment répondre aux attentes de vos clients ?",
            button_label="Je m’inscris",
            target_url=target,
            placement="sidebar",
            starts_at=now - timedelta(days=1),
            ends_at=now + timedelta(days=365),
            weight=3,
        )
    if not Banner.objects.filter(partner=journal).exists():
        Banner.objects.create(
            partner=journal,
            name="Abonnement — fin d’article",
            kind=Banner.Kind.TEXT,
            headline="Le Journal des RH : l’actualité des ressources humaines",
            text="Chaque matin, l’essentiel de l’emploi et du management.",
            button_label="S’abonner",
            target_url="https://www.journaldesrh.example/abonnement",
            placement="article_end",
            starts_at=now - timedelta(days=1),
            ends_at=now + timedelta(days=365),
            page_types=["article"],
        )
    if not CallToAction.objects.exists():
        CallToAction.objects.create(
            text=f"Pour communiquer sur {settings.SITE_NAME} ou le Journal des RH, "
            "devenez partenaire",
            button_label="cliquez ici",
        )
    return int(created) + int(created_journal)
