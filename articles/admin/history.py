"""The article desk's history and preview screens: versions, differences, restoration,
the editor's preview and the share links (mixed into ArticleAdmin)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from articles import permissions, services
from articles.diff import compare
from articles.models import Article, PreviewLink, Revision
from articles.views import article_context
from core.request import whole_number


class ArticleHistoryViews:
    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/versions/<int:old>/<int:new>/", view(self.diff_view),
                 name="articles_article_diff"),
            path("<int:pk>/versions/<int:revision>/restaurer/", view(self.restore_view),
                 name="articles_article_restore"),
            path("<int:pk>/apercu/", view(self.preview_view), name="articles_article_preview"),
            path("<int:pk>/liens-apercu/", view(self.create_preview_link_view),
                 name="articles_article_preview_link"),
            path("<int:pk>/liens-apercu/<int:link>/revoquer/",
                 view(self.revoke_preview_link_view), name="articles_article_preview_revoke"),
            *super().get_urls(),
        ]  # fmt: skip

    def _article_for_history(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not permissions.can_see_history(request.user, article):
            raise PermissionDenied("Seuls les auteurs de l’article et les éditeurs y ont accès.")
        return article

    def history_view(self, request, object_id, extra_context=None):
        article = self._article_for_history(request, object_id)
        old, new = request.GET.get("old", ""), request.GET.get("new", "")
        old, new = whole_number(old), whole_number(new)
        if old is not None and new is not None:
            url = reverse("admin:articles_article_diff", args=[article.pk, old, new])
            return HttpResponseRedirect(url)
        revisions = list(article.revisions.select_related("created_by"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Historique : {article}",
            "article": article,
            "revisions": revisions,
            "can_restore": permissions.can_restore(request.user),
        }
        return TemplateResponse(request, "admin/articles/article/revisions.html", context)

    def diff_view(self, request, pk, old, new):
        article = self._article_for_history(request, pk)
        revisions = {r.pk: r for r in article.revisions.filter(pk__in=[old, new])}
        if old not in revisions or new not in revisions:
            raise Http404("Version introuvable.")
        older, newer = sorted(revisions.values(), key=lambda r: (r.created_at, r.pk))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Différences : {article}",
            "article": article,
            "older": older,
            "newer": newer,
            "fields": compare(older.data, newer.data),
            "can_restore": permissions.can_restore(request.user),
        }
        return TemplateResponse(request, "admin/articles/article/diff.html", context)

    def restore_view(self, request, pk, revision):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:articles_article_history", args=[pk]))
        revision = get_object_or_404(Revision, pk=revision, article_id=pk)
        article, warnings = services.restore_revision(revision=revision, user=request.user)
        self.message_user(request, f"Version restaurée : « {article} ».", messages.SUCCESS)
        for warning in warnings:
            self.message_user(request, warning, messages.WARNING)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[pk]))

    def preview_view(self, request, pk):
        self._article_for_history(request, pk)  # authors and editors only
        context = article_context(Article.objects.filter(pk=pk), preview=True)
        response = TemplateResponse(request, "articles/article_detail.html", context)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    @staticmethod
    def _require_preview_rights(request):
        if not permissions.can_share_preview(request.user):
            raise PermissionDenied("Seuls les éditeurs partagent un aperçu.")

    def create_preview_link_view(self, request, pk):
        self._require_preview_rights(request)
        article = get_object_or_404(Article, pk=pk)
        if request.method == "POST":
            # The service caps what a person may ask for.
            hours = whole_number(request.POST.get("hours", "48")) or 48
            link = services.create_preview_link(article=article, user=request.user, hours=hours)
            hours = round((link.expires_at - timezone.now()).total_seconds() / 3600)
            self.message_user(
                request,
                format_html(
                    'Lien de prévisualisation créé, valable {} h : <a href="{}">{}</a>',
                    hours,
                    link.secret_url(),
                    link.secret_url(),
                ),
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[pk]))

    def revoke_preview_link_view(self, request, pk, link):
        self._require_preview_rights(request)
        link = get_object_or_404(PreviewLink, pk=link, article_id=pk)
        if request.method == "POST":
            services.revoke_preview_link(link=link, user=request.user)
            self.message_user(request, "Lien de prévisualisation révoqué.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[pk]))
