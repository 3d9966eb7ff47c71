"""Who may do what with an article: the object rules on top of the roles' model permissions
(``accounts.roles``). Checked by the services before they write, and by the admin to show
only the buttons a person may press."""

from articles.models import Article, Publication

State, Transition = Article.State, Article.Transition


def publication_ids(user):
    """The publications ``user`` works for: every one for a superuser, else the teams they
    are in (``Publication.team``), else the default one. Read once per user object."""
    cached = getattr(user, "_publication_ids", None)
    if cached is None:
        if user.is_superuser:
            cached = frozenset(Publication.objects.values_list("pk", flat=True))
        else:
            cached = frozenset(user.publications.values_list("pk", flat=True)) or frozenset(
                Publication.objects.filter(is_default=True).values_list("pk", flat=True)
            )
        user._publication_ids = cached
    return cached


def works_on(user, publication_id):
    """Whether ``user`` may write for, or publish on, that publication."""
    return publication_id in publication_ids(user)


def can_publish(user, article=None):
    """Editors publish; on ``article``, only if it belongs to a publication they work for."""
    if not user.has_perm("articles.publish_article"):
        return False
    return article is None or works_on(user, article.publication_id)


def is_own(user, article):
    """The user created the article or signs it."""
    if article.pk is None or article.created_by_id == user.pk:
        return True
    return article.bylines.filter(author__user=user).exists()


def can_edit(user, article):
    """Editors edit anything of their publications; a journalist edits their own articles
    there while not published."""
    if article.pk is not None and not works_on(user, article.publication_id):
        return False
    if user.has_perm("articles.edit_any_article"):
        return True
    if not user.has_perm("articles.change_article"):
        return False
    return article.status in (State.DRAFT, State.REVIEW) and is_own(user, article)


def can_edit_photo(user, photo):
    """Editors change any photo; a journalist the photos they uploaded, while no article
    that readers see uses them (a credit changed under a live article is the editors' call)."""
    if user.has_perm("articles.edit_any_photo"):
        return True
    if not user.has_perm("articles.change_photo"):
        return False
    if photo.pk is None:
        return True
    in_use = Article.objects.published().filter(lead_photo=photo).exists()
    return photo.uploaded_by_id == user.pk and not in_use


def can_see_history(user, article):
    return user.has_perm("articles.edit_any_article") or (
        user.has_perm("articles.view_article") and is_own(user, article)
    )


def can_restore(user):
    return user.has_perm("articles.restore_revision")


def can_share_preview(user):
    return user.has_perm("articles.share_preview")


def allowed_transitions(user, article):
    """The workflow buttons this user may press on this article, in display order."""
    actions = []
    state = article.state
    if state == State.DRAFT and can_edit(user, article):
        actions.append(Transition.SUBMIT)
    if can_publish(user, article):
        if state in (State.DRAFT, State.REVIEW, State.UNPUBLISHED, State.SCHEDULED):
            actions += [Transition.PUBLISH, Transition.SCHEDULE]
        if state == State.REVIEW:
            actions.append(Transition.RETURN)
        if state in (State.PUBLISHED, State.SCHEDULED):
            actions.append(Transition.UNPUBLISH)
    return actions
