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
            )
            for action in ("add", "change", "delete", "view")
        ),
        "articles.view_revision",
        "articles.publish_article",
        "articles.edit_any_article",
        "articles.restore_revision",
        "articles.share_preview",
    ],
    # The partners app's permissions are added by that app's own migration.
    PARTNERSHIPS: [],
}
