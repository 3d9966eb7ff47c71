"""The admin's « view on site » route, guarded."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect


def view_on_site(request, content_type_id, object_id):
    """Django's generic « view on site » (``/admin/r/<type>/<id>/``) sends any staff member
    to any object's address. Here, only to an object they may view, of a kind that has a
    public page; never to a secret address (preview links have none to give)."""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
    except ContentType.DoesNotExist:
        raise Http404("Type inconnu.") from None
    model = content_type.model_class()
    if model is None or not hasattr(model, "get_absolute_url"):
        raise Http404("Cet objet n’a pas de page publique.")
    perm = f"{content_type.app_label}.view_{content_type.model}"
    if not request.user.has_perm(perm):
        raise PermissionDenied("Vous n’avez pas accès à cet objet.")
    try:
        obj = model._default_manager.filter(pk=object_id).first()
    except (ValueError, TypeError):
        obj = None
    if obj is None:
        raise Http404("Objet introuvable.")
    return HttpResponseRedirect(obj.get_absolute_url())
