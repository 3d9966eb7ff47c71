"""The editorial backend: the article desk, and the library (photos, categories, authors,
tags, standing pages)."""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView

from articles import photos
from articles.admin import (  # noqa: F401  (they register)
    articles,
    imports,
    library,
    publications,
    redirects,
    trash,
)
from articles.models import Photo


class PhotoAwareAutocomplete(AutocompleteJsonView):
    """The admin's autocomplete, with a thumbnail, the credit and the size of each photo,
    so that the photo chooser of the article form shows pictures, not file names."""

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if isinstance(obj, Photo) and obj.image:
            result |= {
                "thumbnail": photos.rendition_url(
                    obj, "16x9", photos.widths(obj, "16x9")[0], "jpg"
                ),
                "credit": obj.credit,
                "width": obj.width,
                "height": obj.height,
                "expired": obj.rights_expired(),
            }
        return result


def autocomplete_view(request):
    return PhotoAwareAutocomplete.as_view(admin_site=admin.site)(request)


admin.site.autocomplete_view = autocomplete_view
