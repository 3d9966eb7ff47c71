"""The permission matrix of the admin, kept as data: every admin URL × role (× the article's
state and ownership), for GET and for crafted POSTs. An admin view added later without an
entry here fails ``test_every_admin_url_is_in_the_matrix``.

Codes, one per role in ROLES order (anonymous, journalist, editor, partner manager,
superuser): L = redirected to the login page, 2 = 200, 3 = 403, 4 = 404, 5 = 405, R = another
redirect (302), - = not tried.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.forms.models import model_to_dict
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.text import slugify
from django_tasks_db.models import DBTaskResult, get_date_max

from accounts.models import AuditEvent
from api.models import ApiKey, ApiUsage
from articles import publications, services, trash
from articles.models import (
    Article,
    BreakingNews,
    Category,
    MissingPage,
    Page,
    PreviewLink,
    Publication,
    Redirect,
    Revision,
    Tag,
    WordPressImport,
)
from partners.models import Banner, CallToAction, Lead
from tests.factories import (
    make_article,
    make_author,
    make_banner,
    make_category,
    make_partner,
    make_photo,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "journalist", "editor", "partner_manager", "superuser"]

# Admin URLs that take no object: name -> codes for GET.
PLAIN = {
    "index": "L2222",
    "login": "2RRRR",  # signed-in staff are sent on to the dashboard
    "logout": "R5555",  # POST only
    "password_change": "L2222",
    "password_change_done": "L2222",
    "autocomplete": "L3333",  # without its parameters: refused for everybody
    "jsi18n": "L2222",
    "articles_article_changelist": "L2232",
    "articles_article_add": "L2232",
    "articles_photo_changelist": "L2232",
    "articles_photo_add": "L2232",
    "articles_category_changelist": "L2232",
    "articles_category_add": "L3232",
    "articles_author_changelist": "L2232",
    "articles_author_add": "L3232",
    "articles_tag_changelist": "L2232",
    "articles_tag_add": "L3232",
    "articles_page_changelist": "L3232",
    "articles_page_add": "L3232",
    "articles_breakingnews_changelist": "L3232",
    "articles_breakingnews_add": "L3232",
    "articles_redirect_changelist": "L3232",
    "articles_redirect_add": "L3232",
    "articles_redirect_import": "L3232",
    "articles_missingpage_changelist": "L3232",
    "articles_missingpage_add": "L3333",  # only 404s write the log
    "articles_wordpressimport_changelist": "L3332",  # imports: superusers only
    "articles_wordpressimport_add": "L3332",
    "articles_publication_changelist": "L3332",  # titles are installed by superusers
    "articles_publication_add": "L3332",
    "partners_partner_changelist": "L3222",
    "partners_partner_add": "L3322",
    "partners_banner_changelist": "L3322",
    "partners_banner_add": "L3322",
    "partners_calltoaction_changelist": "L3322",
    "partners_calltoaction_add": "L3322",
    "partners_lead_changelist": "L3322",
    "partners_lead_add": "L3333",  # leads come from the public form only
    "partners_bannerstat_changelist": "L3322",
    "partners_bannerstat_export": "L3322",
    "auth_user_changelist": "L3332",
    "auth_user_add": "L3332",
    "auth_group_changelist": "L3332",
    "auth_group_add": "L3332",
    "accounts_auditevent_changelist": "L3332",
    "articles_trasheditem_changelist": "L3232",
    "articles_trasheditem_add": "L3333",  # only deletions fill the trash
    "accounts_auditevent_add": "L3333",  # nobody writes the audit log by hand
    # The queue of background tasks (django_tasks_db's admin): superusers read it, nobody
    # writes it by hand.
    "django_tasks_database_dbtaskresult_changelist": "L3332",
    "django_tasks_database_dbtaskresult_add": "L3333",
    # Content API keys: issued and revoked by editors and the partnerships desk; their
    # usage is counted by the API alone.
    "api_apikey_changelist": "L3222",
    "api_apikey_add": "L3222",
    "api_apiusage_changelist": "L3222",
    "api_apiusage_add": "L3333",
}

# Per-object admin URLs: model -> {view: codes}. Views: change, history, delete.
LIBRARY = {"change": "L2232", "history": "L2232", "delete": "L3232"}
EDITORS_ONLY = {"change": "L3232", "history": "L3232", "delete": "L3232"}
PARTNERS_ONLY = {"change": "L3322", "history": "L3322", "delete": "L3322"}
OBJECTS = {
    "photo": {"change": "L2232", "history": "L2232", "delete": "L3232"},
    "category": LIBRARY,
    "author": LIBRARY,
    "tag": LIBRARY,
    "page": EDITORS_ONLY,
    "breakingnews": EDITORS_ONLY,
    "redirect": EDITORS_ONLY,
    "missingpage": EDITORS_ONLY,
    "wordpressimport": {
        "change": "L3332",
        "history": "L3332",
        "delete": "L3332",
        "report": "L3332",
    },
    "publication": {"change": "L3332", "history": "L3332", "delete": "L3332"},
    "partner": {"change": "L3222", "history": "L3222", "delete": "L3322"},
    "banner": PARTNERS_ONLY,
    "calltoaction": PARTNERS_ONLY,
    "lead": PARTNERS_ONLY,
    "user": {"change": "L3332", "history": "L3332", "delete": "L3332", "password": "L3332"},
    "group": {"change": "L3332", "history": "L3332", "delete": "L3332"},
    "auditevent": {"change": "L3332", "history": "L3332", "delete": "L3333"},
    "trasheditem": {"change": "L3232", "history": "L3232", "delete": "L3232"},
    "dbtaskresult": {"change": "L3332", "history": "L3332", "delete": "L3333"},
    "apikey": {"change": "L3222", "history": "L3222", "delete": "L3332"},
    "apiusage": {"change": "L3222", "history": "L3222", "delete": "L3333"},
}

# Articles by state and ownership (the journalist's own draft, a colleague's draft, the
# journalist's published article): view -> codes.
ARTICLES = {
    "own_draft": {
        "change": "L2232",
        "history": "L2232",
        "delete": "L3232",
        "diff": "L2232",
        "preview": "L2232",
        "restore": "LRRRR",  # GET does nothing but send back to the history (POST only)
        "preview_link": "L3R3R",  # GET sends editors back to the article (POST only)
        "preview_revoke": "L3R3R",
    },
    "other_draft": {
        "change": "L2232",  # read-only for the journalist
        "history": "L3232",
        "delete": "L3232",
        "diff": "L3232",
        "preview": "L3232",
        "restore": "LRRRR",
        "preview_link": "L3R3R",
        "preview_revoke": "L3R3R",
    },
    "own_published": {
        "change": "L2232",  # read-only: published articles are the editors'
        "history": "L2232",
        "delete": "L3232",
        "diff": "L2232",
        "preview": "L2232",
        "restore": "LRRRR",
        "preview_link": "L3R3R",
        "preview_revoke": "L3R3R",
    },
}

# « View on site » (/admin/r/<type>/<id>/): only to what the role may view, and only to a
# public page. A preview link has none: its secret address is never handed out.
VIEW_ON_SITE = {
    "own_draft": "LRR3R",
    "category": "LRR3R",
    "tag": "LRR3R",
    "author": "LRR3R",
    "page": "L3R3R",
    "previewlink": "L4444",
    "photo": "L4444",
    "banner": "L4444",
    "auditevent": "L4444",
}

# Crafted POSTs: (url name, object) -> roles whose POST must change nothing (403/redirect).
FORBIDDEN_POSTS = {
    ("articles_article_delete", "other_draft"): ["journalist", "partner_manager"],
    ("articles_article_restore", "own_draft"): ["journalist", "partner_manager"],
    ("articles_article_preview_link", "own_draft"): ["journalist", "partner_manager"],
    ("articles_page_add", None): ["journalist", "partner_manager"],
    ("articles_category_add", None): ["journalist", "partner_manager"],
    ("articles_redirect_add", None): ["journalist", "partner_manager"],
    ("partners_banner_add", None): ["journalist", "editor"],
    ("partners_lead_add", None): ["journalist", "editor", "partner_manager", "superuser"],
    ("auth_user_add", None): ["journalist", "editor", "partner_manager"],
    ("accounts_auditevent_delete", "auditevent"): ROLES[1:],
}


def admin_url_names():
    """Every named URL of the admin, as the resolver knows them."""
    names = set()

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and namespace == "admin" and pattern.name:
                names.add(pattern.name)

    walk(get_resolver().url_patterns)
    return names


def covered_names():
    names = set(PLAIN) | {"app_list", "view_on_site"}  # view_on_site: VIEW_ON_SITE
    models = {
        "photo": "articles", "category": "articles", "author": "articles", "tag": "articles",
        "page": "articles", "breakingnews": "articles", "partner": "partners",
        "redirect": "articles", "missingpage": "articles", "wordpressimport": "articles",
        "publication": "articles",
        "banner": "partners", "calltoaction": "partners", "lead": "partners", "user": "auth",
        "group": "auth", "auditevent": "accounts", "trasheditem": "articles",
        "dbtaskresult": "django_tasks_database", "apikey": "api", "apiusage": "api",
    }  # fmt: skip
    for model, views in OBJECTS.items():
        for view in views:
            name = (
                "auth_user_password_change"
                if view == "password"
                else f"{models[model]}_{model}_{view}"
            )
            names.add(name)
    for view in ARTICLES["own_draft"]:
        names.add(f"articles_article_{view}")
    return names


def test_every_admin_url_is_in_the_matrix():
    missing = sorted(admin_url_names() - covered_names())
    assert missing == [], f"admin views without an entry in the permission matrix: {missing}"


@pytest.fixture
def people(journalist, other_journalist, editor, partner_manager, admin_user):
    return {
        "journalist": journalist,
        "editor": editor,
        "partner_manager": partner_manager,
        "superuser": admin_user,
        "other_journalist": other_journalist,
    }


def wordpress_import():
    from django.core.files.base import ContentFile

    from articles.wordpress.runs import report_path

    run = WordPressImport(publication=Publication.objects.default())
    run.export.save("export.xml", ContentFile(b"<rss/>"))
    with open(report_path(run), "w") as file:  # its whole report, a private file
        file.write('{"warnings": []}')
    return run


@pytest.fixture
def objects(people):
    journalist, other = people["journalist"], people["other_journalist"]
    category = make_category()
    own_draft = make_article(status="draft", published_at=None, created_by=journalist)
    other_draft = make_article(status="draft", published_at=None, created_by=other)
    own_published = make_article(created_by=journalist)
    for article in (own_draft, other_draft, own_published):
        services.save_revision(article=article, user=journalist, kind=Revision.Kind.CREATED)
        services.save_revision(article=article, user=journalist, kind=Revision.Kind.EDITED)
    partner = make_partner()
    api_key, _ = ApiKey.issue(name="Appli mobile", owner=people["editor"])
    return {
        "own_draft": own_draft,
        "other_draft": other_draft,
        "own_published": own_published,
        "photo": make_photo(),
        "category": category,
        "author": make_author(),
        "tag": Tag.objects.create(name="Matrice", slug="matrice"),
        "page": Page.objects.create(title="Mentions", slug="mentions", body="<p>x</p>"),
        "breakingnews": BreakingNews.objects.create(
            text="Alerte", ends_at=timezone.now() + timedelta(hours=1)
        ),
        "redirect": Redirect.objects.create(
            publication=Publication.objects.default(), old_path="/ancien", new_url="/"
        ),
        "missingpage": MissingPage.objects.create(
            publication=Publication.objects.default(), path="/introuvable"
        ),
        "wordpressimport": wordpress_import(),
        "publication": publications.save_publication(
            Publication(name="Journal des RH", slug="journaldesrh", domain="rh.example.fr")
        ),
        "partner": partner,
        "banner": make_banner(partner),
        "calltoaction": CallToAction.objects.create(text="Devenez partenaire"),
        "lead": Lead.objects.create(
            name="A", company="B", email="a@b.example", budget="unknown", message="m"
        ),
        "user": User.objects.create_user("cible", password="motdepasse-solide-42"),
        "group": Group.objects.get(name="Journalistes"),
        "auditevent": AuditEvent.objects.create(action="login", username="x"),
        "trasheditem": trash.trash_article(make_article(title="Jetée"), people["editor"]),
        "previewlink": services.create_preview_link(article=other_draft, user=people["editor"]),
        # A queued task whose code is gone (renamed in a later version): still shown.
        "dbtaskresult": DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="tests.tasks.gone",
            backend_name="default",
            run_after=get_date_max(),
        ),
        "apikey": api_key,
        "apiusage": ApiUsage.objects.create(key=api_key, day=timezone.localdate(), requests=3),
    }


def client_for(client, people, role):
    client.logout()
    if role != "anonymous":
        client.force_login(people[role])
    return client


def outcome(response):
    if response.status_code == 302:
        return "L" if "/admin/login/" in response["Location"] else "R"
    return {200: "2", 403: "3", 404: "4", 405: "5"}.get(
        response.status_code, str(response.status_code)
    )


def check(client, people, url, codes):
    found = ""
    for role, expected in zip(ROLES, codes, strict=True):
        if expected == "-":
            found += "-"
            continue
        found += outcome(client_for(client, people, role).get(url))
    return found


def article_url(view, article, objects):
    revisions = list(article.revisions.order_by("pk").values_list("pk", flat=True))
    args = {
        "change": [article.pk],
        "history": [article.pk],
        "delete": [article.pk],
        "diff": [article.pk, revisions[0], revisions[1]],
        "preview": [article.pk],
        "restore": [article.pk, revisions[0]],
        "preview_link": [article.pk],
    }
    if view == "preview_revoke":
        link = PreviewLink.objects.create(
            article=article,
            created_by=None,
            expires_at=timezone.now(),
        )
        return reverse("admin:articles_article_preview_revoke", args=[article.pk, link.pk])
    return reverse(f"admin:articles_article_{view}", args=args[view])


def test_plain_admin_urls(client, people, objects):
    wrong = {}
    for name, codes in PLAIN.items():
        found = check(client, people, reverse(f"admin:{name}"), codes)
        if found != codes:
            wrong[name] = f"expected {codes}, found {found}"
    assert wrong == {}


def test_object_admin_urls(client, people, objects):
    labels = {
        "user": "auth",
        "group": "auth",
        "auditevent": "accounts",
        "dbtaskresult": "django_tasks_database",
        "apikey": "api",
        "apiusage": "api",
    }
    wrong = {}
    for model, views in OBJECTS.items():
        app = labels.get(model) or ("partners" if model in (
            "partner", "banner", "calltoaction", "lead") else "articles")  # fmt: skip
        for view, codes in views.items():
            name = "auth_user_password_change" if view == "password" else f"{app}_{model}_{view}"
            url = reverse(f"admin:{name}", args=[objects[model].pk])
            found = check(client, people, url, codes)
            if found != codes:
                wrong[f"{model}.{view}"] = f"expected {codes}, found {found}"
    assert wrong == {}


def test_article_urls_by_state_and_ownership(client, people, objects):
    wrong = {}
    for key, views in ARTICLES.items():
        for view, codes in views.items():
            found = ""
            for role in ROLES:
                url = article_url(view, objects[key], objects)
                found += outcome(client_for(client, people, role).get(url))
            if found != codes:
                wrong[f"{key}.{view}"] = f"expected {codes}, found {found}"
    assert wrong == {}


def test_view_on_site(client, people, objects):
    from django.contrib.contenttypes.models import ContentType

    wrong = {}
    for key, codes in VIEW_ON_SITE.items():
        obj = objects[key]
        content_type = ContentType.objects.get_for_model(obj)
        url = reverse("admin:view_on_site", args=[content_type.pk, obj.pk])
        found = check(client, people, url, codes)
        if found != codes:
            wrong[key] = f"expected {codes}, found {found}"
    assert wrong == {}


def test_no_staff_member_can_collect_preview_links_by_counting_ids(client, people, objects):
    from django.contrib.contenttypes.models import ContentType

    link = objects["previewlink"]
    content_type = ContentType.objects.get_for_model(link)
    for role in ROLES[1:]:
        browser = client_for(client, people, role)
        for pk in range(max(1, link.pk - 2), link.pk + 3):
            response = browser.get(reverse("admin:view_on_site", args=[content_type.pk, pk]))
            assert link.token not in response.get("Location", ""), role
            assert link.token not in response.content.decode(errors="replace"), role


def test_crafted_posts_change_nothing(client, people, objects):
    for (name, key), roles in FORBIDDEN_POSTS.items():
        for role in roles:
            if name == "articles_article_restore":
                article = objects[key]
                url = article_url("restore", article, objects)
            elif key is None:
                url = reverse(f"admin:{name}")
            elif key in ARTICLES:
                url = reverse(f"admin:{name}", args=[objects[key].pk])
            else:
                url = reverse(f"admin:{name}", args=[objects[key].pk])
            before = snapshot()
            response = client_for(client, people, role).post(
                url,
                {
                    "post": "yes",
                    "title": "Piraté",
                    "name": "Piraté",
                    "username": "pirate",
                    "password1": "x",
                    "password2": "x",
                    "text": "x",
                    "publication": Publication.objects.default().pk,
                    "old_path": "/piratee",
                    "new_url": "https://evil.example/",
                },
            )
            assert response.status_code in (302, 403, 405), (name, key, role, response.status_code)
            if response.status_code == 302:
                assert "/admin/login/" in response["Location"] or role == "anonymous", (
                    name, key, role, response["Location"])  # fmt: skip
            assert snapshot() == before, (name, key, role)


def snapshot():
    return (
        sorted(Article.objects.values_list("pk", "title", "status")),
        Category.objects.count(),
        Page.objects.count(),
        Lead.objects.count(),
        User.objects.count(),
        AuditEvent.objects.filter(action="login", username="x").count(),
        Banner.objects.count(),
        Revision.objects.filter(kind="restored").count(),
        PreviewLink.objects.count(),
        Redirect.objects.count(),
    )


# Change forms, POSTed: object -> the roles whose POST changes it. Every other role POSTs the
# same form (as a role that may change it sees it, one field changed) and must change nothing.
CHANGERS = {
    "own_draft": ["journalist", "editor", "superuser"],
    "other_draft": ["editor", "superuser"],
    "own_published": ["editor", "superuser"],
    "own_photo": ["journalist", "editor", "superuser"],
    "photo": ["editor", "superuser"],  # not the journalist's: uploaded by nobody
    "category": ["editor", "superuser"],
    "author": ["editor", "superuser"],
    "tag": ["editor", "superuser"],
    "page": ["editor", "superuser"],
    "breakingnews": ["editor", "superuser"],
    "redirect": ["editor", "superuser"],
    "missingpage": [],  # only 404s write the log
    "wordpressimport": [],  # a run is followed, not edited
    "publication": ["superuser"],
    "partner": ["partner_manager", "superuser"],
    "banner": ["partner_manager", "superuser"],
    "calltoaction": ["partner_manager", "superuser"],
    "lead": ["partner_manager", "superuser"],
    "user": ["superuser"],
    "group": ["superuser"],
    "auditevent": [],  # nobody writes the audit log
    "trasheditem": [],  # restored or purged, never edited
    "dbtaskresult": [],  # the worker's record, never edited
    "apikey": ["editor", "partner_manager", "superuser"],
    "apiusage": [],  # counted by the API, never edited
}
CHANGED_FIELD = {
    "own_draft": "title", "other_draft": "title", "own_published": "title",
    "own_photo": "caption", "photo": "caption", "category": "name", "author": "name",
    "tag": "name", "page": "title", "breakingnews": "text", "publication": "name",
    "redirect": "new_url", "missingpage": "path", "wordpressimport": "uploads",
    "partner": "name",
    "banner": "name", "calltoaction": "text", "lead": "notes", "user": "first_name",
    "group": "name", "auditevent": "details", "trasheditem": "label",
    "dbtaskresult": "queue_name", "apikey": "name", "apiusage": "requests",
}  # fmt: skip
# Fields whose values have a form: the text written, made into one.
AS_VALUE = {"redirect": lambda text: "/" + slugify(text)}
ADMIN_APP = {"user": "auth", "group": "auth", "auditevent": "accounts", "partner": "partners",
             "banner": "partners", "calltoaction": "partners", "lead": "partners",
             "dbtaskresult": "django_tasks_database", "apikey": "api",
             "apiusage": "api"}  # fmt: skip


def change_form_url(obj):
    if isinstance(obj, Article):
        return reverse("admin:articles_article_change", args=[obj.pk])
    name = obj._meta.model_name
    return reverse(f"admin:{ADMIN_APP.get(name, 'articles')}_{name}_change", args=[obj.pk])


def stored(obj):
    """The object as the database holds it: its row and its many-to-many relations."""
    model = type(obj)
    row = model.objects.filter(pk=obj.pk).values().get()
    fresh = model.objects.get(pk=obj.pk)
    relations = {
        field.name: sorted(getattr(fresh, field.name).all().values_list("pk", flat=True))
        for field in model._meta.many_to_many
    }
    return row, relations


def change_form_data(client, url, obj, field, value):
    """The change form as the logged-in user gets it, ``field`` set to ``value``."""
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    data = form_data(page.content.decode(), form_id=f"{obj._meta.model_name}_form")
    data[field] = value
    return data


def test_every_change_form_is_in_the_post_matrix():
    assert set(CHANGERS) >= {key for key, views in OBJECTS.items() if "change" in views}
    assert set(CHANGERS) >= set(ARTICLES)
    assert set(CHANGED_FIELD) == set(CHANGERS)


def test_change_forms_posted_change_the_object_only_for_the_roles_allowed(client, people, objects):
    objects["own_photo"] = make_photo(uploaded_by=people["journalist"])
    wrong = []
    for key, allowed in CHANGERS.items():
        obj, field = objects[key], CHANGED_FIELD[key]
        url = change_form_url(obj)
        # A complete, valid form, as a role that may change the object sees it: only the
        # permission checks stand between it and the database.
        source = allowed[0] if allowed else "superuser"
        shape = AS_VALUE.get(key, str)
        data = change_form_data(client_for(client, people, source), url, obj, field,
                                shape("Piraté"))  # fmt: skip
        if not allowed:  # a read-only page: the object's own values fill in its fields
            values = {k: v for k, v in model_to_dict(obj).items() if v is not None}
            data = values | data
        for role in [r for r in ROLES if r not in allowed]:
            before = stored(obj)
            response = client_for(client, people, role).post(url, data)
            if outcome(response) not in ("3", "L") or stored(obj) != before:
                wrong.append(f"{key}: {role} got {outcome(response)}, changed: "
                             f"{stored(obj) != before}")  # fmt: skip
        for role in allowed:
            browser = client_for(client, people, role)
            value = shape(f"Changé par {role}")
            response = browser.post(url, change_form_data(browser, url, obj, field, value))
            now = getattr(type(obj).objects.get(pk=obj.pk), field)
            if outcome(response) != "R" or now != value:
                wrong.append(f"{key}: {role} got {outcome(response)}, {field} = {now!r}")
    assert wrong == []
