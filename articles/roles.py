"""The newsroom's roles: groups with exactly these names, and what each may do.

Object rules (a journalist edits only their own unpublished articles) live in
``services.can_edit``; these are the model permissions the groups carry.
"""

JOURNALISTS = "Journalistes"
EDITORS = "Éditeurs"
PARTNERSHIPS = "Partenariats"

ROLE_PERMISSIONS = {
    JOURNALISTS: [
        "articles.add_article",
        "articles.change_article",
        "articles.view_article",
        "articles.add_photo",
        "articles.change_photo",
        "articles.view_photo",
        "articles.view_category",
        "articles.view_author",
        "articles.view_tag",
    ],
    EDITORS: [
        *(
            f"articles.{action}_{model}"
            for model in (
                "article",
                "photo",
                "category",
                "author",
                "tag",
                "page",
                "correction",
                "previewlink",
                "breakingnews",
            )
            for action in ("add", "change", "delete", "view")
        ),
        "articles.view_revision",
        "articles.publish_article",
        "articles.edit_any_article",
        "articles.restore_revision",
        "articles.share_preview",
        "articles.view_trasheditem",
        "articles.delete_trasheditem",
        "articles.restore_trasheditem",
        "partners.view_partner",
    ],
    # Everything of the partners app; editors only see partners, to link sponsored content.
    PARTNERSHIPS: [
        *(
            f"partners.{action}_{model}"
            for model in ("partner", "banner", "calltoaction", "lead")
            for action in ("add", "change", "delete", "view")
        ),
        "partners.view_bannerstat",
    ],
}


def sync_roles(*, using="default", **kwargs):
    """Create the groups and give them their permissions; idempotent.

    The data migration does it once; this also runs after every ``migrate`` and ``flush``
    (post_migrate), so that the roles survive a database reset and follow the list above.
    """
    from django.contrib.auth.models import Group, Permission

    for name, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            found = Permission.objects.using(using).filter(
                content_type__app_label=app_label, codename=codename
            )
            wanted += list(found)
        group.permissions.add(*wanted)
