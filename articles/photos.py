"""Photos: uploads that bad files cannot hurt, clean originals, renditions and crops.

Uploads are judged by their content, never by their name or announced type: only JPEG,
PNG, WebP and GIF images that Pillow can fully decode are kept, under limits of weight and
pixels checked before any decoding. What is stored is re-encoded from the decoded pixels,
turned the right way up, so that no metadata (GPS position, camera serial, author) survives.

Renditions (sizes and crops) are made on first request and kept as files of the default
storage (the media folder, or a bucket: ``core.storage``): their names derive from the photo,
its file, its focal point and the end of its rights, so that the page can list them without
asking the database, and a change of any gets new names (the old files are then removed).

Caches keep a rendition as long as its name lives (a year, ``immutable``), except those of a
photo whose rights end: these go under ``renditions-until/`` (``UNTIL_FOLDER``), which the
front server hands to the application instead of serving the files (deploy/nginx.conf), and
they are answered — and written to a bucket — with an ``Expires`` at the end of the rights
rather than a ``max-age``. A max-age counts from when a response leaves its origin: nginx's
micro-cache and a bucket's object hand out the same one days later (with no ``Age`` header),
and each later reader would keep the image that many days past the end; an ``Expires`` is
the same instant for everyone. Their name holds the rights' last day, so that a change of it
makes new names, and so that the bucket's headers are known from the name alone
(``object_parameters``).
"""

import hashlib
import io
import re
import time
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.http import http_date
from PIL import Image, ImageOps, features

from accounts import limits
from core import surrogates
from core.storage import delete_tree

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
LEAD_MIN_WIDTH = 1200

# Crops by name: the photo's own shape, and the fixed ratios that pages and search
# engines use (cards, structured data, social networks).
RATIOS = {"original": None, "16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}
WIDTHS = {
    "original": (320, 640, 960, 1280, 1920),
    "16x9": (320, 640, 960, 1280),
    "4x3": (1200,),
    "1x1": (192, 640, 1200),
}
FORMATS = {"jpg": "JPEG", "webp": "WEBP", "avif": "AVIF"}
ENCODING = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "WEBP": {"quality": 80, "method": 4},
    "AVIF": {"quality": 60, "speed": 8},
}
MIME = {"jpg": "image/jpeg", "webp": "image/webp", "avif": "image/avif"}


def modern_formats():
    """The formats offered besides JPEG, best first (AVIF only if this Pillow has it)."""
    return ["avif", "webp"] if features.check("avif") else ["webp"]


# Uploads ------------------------------------------------------------------------------------


@dataclass
class Inspected:
    format: str
    width: int
    height: int


FILE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def inspect_upload(upload):
    """Check an uploaded file is a real, whole, acceptable image; French errors if not.

    Its name must be an image's (defence in depth: a valid JPEG called « .php » is refused),
    then it is judged by decoding it, never by searching its bytes (a caption with markup in
    its metadata is fine). Nothing is decoded before the weight and the pixel count — of every
    frame of an animation — read from the headers, are known to be within limits: a
    "decompression bomb" is refused, never unpacked.
    """
    name = (getattr(upload, "name", "") or "").lower()
    if not name.endswith(FILE_EXTENSIONS):
        raise ValidationError(
            "Le nom du fichier doit finir par .jpg, .jpeg, .png, .webp ou .gif : renommez-le "
            "ou enregistrez-le de nouveau depuis votre logiciel photo."
        )
    limit = settings.PHOTO_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            f"Le fichier pèse {filesizeformat(upload.size)} ; la limite est de "
            f"{filesizeformat(limit)}."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                kind, (width, height) = image.format, image.size
                if kind not in ACCEPTED_FORMATS:
                    raise ValidationError(
                        f"Format {kind or 'inconnu'} refusé : envoyez un JPEG, un PNG, un WebP "
                        "ou un GIF."
                    )
                _check_pixels(width, height)
                # Counting frames reads their headers only, not their pixels.
                _check_pixels(width, height, frames=getattr(image, "n_frames", 1))
                image.verify()
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()  # a truncated or corrupt file fails here
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            "Cette image annonce un nombre de pixels démesuré (bien plus que la limite de "
            f"{settings.PHOTO_MAX_PIXELS / 1e6:.0f} millions de pixels) : elle est refusée "
            "par sécurité. Réduisez-la avant de l’envoyer."
        ) from None
    except Exception:
        raise ValidationError(_unreadable(upload)) from None
    finally:
        upload.seek(0)
    return Inspected(kind, width, height)


def _unreadable(upload):
    """Why a file that Pillow cannot read was refused, in French."""
    upload.seek(0)
    head = upload.read(512).lower().lstrip()
    if head.startswith(b"<") or b"<svg" in head:
        return (
            "Ce fichier n’est pas une photo : les images SVG et les pages web sont refusées. "
            "Envoyez un JPEG, un PNG, un WebP ou un GIF."
        )
    return (
        "Ce fichier n’est pas une image lisible, ou il est tronqué ou abîmé. "
        "Enregistrez-le de nouveau depuis votre logiciel photo et réessayez."
    )


def _check_pixels(width, height, *, frames=1):
    limit = settings.PHOTO_MAX_PIXELS
    if width * height * frames > limit:
        size = f"{_digits(width)} × {_digits(height)} pixels"
        if frames > 1:
            size = f"{frames} images de {size}, soit {_digits(width * height * frames)} pixels"
        raise ValidationError(
            f"L’image fait {size}, plus que la limite de {limit / 1e6:.0f} millions de "
            "pixels. Réduisez-la avant de l’envoyer."
        )


def _digits(number):
    """1 200 000, grouped by a narrow no-break space (the message's own commas stay)."""
    return f"{number:,}".replace(",", "\u202f")


def _rgb(image, *, keep_alpha):
    """Pixels in a mode every encoder takes: 8-bit RGB (RGBA to keep transparency)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greys: scale to 8 bits
        # (as 32-bit integers first: Pillow's point() takes no 16-bit layout but I;16)
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    if image.mode == "P":
        image = image.convert("RGBA")
    has_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
    if has_alpha and keep_alpha:
        return image.convert("RGBA")
    if has_alpha:  # flatten on white for formats without transparency
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")  # also CMYK and greys


def clean_original(upload):
    """The bytes to store for an upload: upright, re-encoded, without any metadata.

    Returns (content, extension, width, height).
    """
    upload.seek(0)
    with Image.open(upload) as source:
        kind = source.format
        frames = getattr(source, "n_frames", 1)
        if kind == "GIF" and frames > 1:
            return _clean_animated_gif(source)
        image = ImageOps.exif_transpose(source)
        keep_alpha = kind in ("PNG", "WEBP")
        image = _rgb(image, keep_alpha=keep_alpha)
    image.info = {}  # nothing of the source's metadata travels (EXIF, XMP, comments)
    buffer = io.BytesIO()
    if kind == "PNG":
        image.save(buffer, "PNG", optimize=True)
        ext = "png"
    elif kind == "WEBP":
        image.save(buffer, "WEBP", quality=92, method=4)
        ext = "webp"
    else:  # JPEG, and still GIFs, which make better JPEGs than GIFs
        image.save(buffer, "JPEG", quality=92, optimize=True)  # RGB already: keep_alpha off
        ext = "jpg"
    return buffer.getvalue(), ext, image.width, image.height


def _clean_animated_gif(source):
    """Each frame's pixels and delay, and the looping as sent (no « loop »: played once)."""
    frames, durations = [], []
    for index in range(source.n_frames):
        source.seek(index)
        frames.append(source.convert("RGBA"))
        durations.append(source.info.get("duration", 100))
    looping = {"loop": source.info["loop"]} if "loop" in source.info else {}
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=durations,
                   **looping)  # fmt: skip
    return buffer.getvalue(), "gif", source.width, source.height


# Renditions ----------------------------------------------------------------------------------


FOLDER = "renditions"  # photos whose rights never end: kept by caches as long as their name
UNTIL_FOLDER = "renditions-until"  # photos whose rights end: kept until then, not longer
FOLDERS = (FOLDER, UNTIL_FOLDER)


def end_of_rights(last_day):
    """The instant rights whose last day is ``last_day`` end, when ``Photo.rights_expired()``
    turns true: the midnight (local time) that follows it. None for the last day there is."""
    if last_day >= date.max:  # never, in practice
        return None
    return timezone.make_aware(datetime.combine(last_day + timedelta(days=1), datetime.min.time()))


def rights_end(photo):
    """When the photo's rights end; None when they never do."""
    return end_of_rights(photo.rights_expire_on) if photo.rights_expire_on else None


def version(photo):
    """Short key of what a rendition depends on: the file, the focal point, and the last
    day of the rights when they end (written out: ``object_parameters`` reads it)."""
    key = f"{photo.image.name}|{photo.focal_x:.3f}|{photo.focal_y:.3f}"
    fingerprint = hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:10]
    if rights_end(photo) is None:
        return fingerprint
    return f"{photo.rights_expire_on.isoformat()}-{fingerprint}"


def folder(photo):
    return FOLDER if rights_end(photo) is None else UNTIL_FOLDER


def cache_headers(photo, seconds, *, immutable=False):
    """The caching headers of a response for one of the photo's renditions (the file, or a
    redirect to it), to keep it ``seconds`` at most, and never past the end of its rights."""
    end = rights_end(photo)
    if end is None:
        control = f"public, max-age={seconds}"
        return {"Cache-Control": f"{control}, immutable" if immutable else control}
    until = min(timezone.now() + timedelta(seconds=seconds), end)
    return {"Cache-Control": "public", "Expires": http_date(until.timestamp())}


_UNTIL_NAME = re.compile(rf"(?:^|/){UNTIL_FOLDER}/\d+/(\d{{4}}-\d{{2}}-\d{{2}})-[0-9a-f]+/")


def object_parameters(name):
    """The headers a bucket's object of this name is written with, besides the storage's
    own (core.storage.register_object_parameters): a rendition of a photo whose rights end
    says so with an ``Expires`` at that end (its name holds the last day), instead of the
    storage's month."""
    match = _UNTIL_NAME.search(name)
    end = end_of_rights(date.fromisoformat(match[1])) if match else None
    return {"CacheControl": "public", "Expires": end} if end else {}


def crop_box(width, height, ratio, focal_x=0.5, focal_y=0.5):
    """The largest box of ``ratio`` inside the image, centred on the focal point as far as
    the edges allow (so the focal point is always inside)."""
    if ratio is None:
        return (0, 0, width, height)
    rw, rh = ratio
    if width * rh > height * rw:  # too wide: full height
        crop_w, crop_h = round(height * rw / rh), height
    else:
        crop_w, crop_h = width, round(width * rh / rw)
    left = min(max(round(focal_x * width - crop_w / 2), 0), width - crop_w)
    top = min(max(round(focal_y * height - crop_h / 2), 0), height - crop_h)
    return (left, top, left + crop_w, top + crop_h)


def rendition_size(photo, ratio_name, width):
    """(width, height) of a rendition, never wider than its crop (no upscaling)."""
    box = crop_box(photo.width, photo.height, RATIOS[ratio_name])
    crop_w, crop_h = box[2] - box[0], box[3] - box[1]
    width = min(width, crop_w)
    return width, max(1, round(crop_h * width / crop_w))


def widths(photo, ratio_name):
    """The widths offered for a crop: the standard ones that fit, and the crop's own width
    when it falls between two of them (never more: no upscaling)."""
    box = crop_box(photo.width, photo.height, RATIOS[ratio_name])
    crop_w = box[2] - box[0]
    standard = WIDTHS[ratio_name]
    fitting = [w for w in standard if w <= crop_w]
    if crop_w not in fitting and crop_w < standard[-1]:
        fitting.append(crop_w)
    return fitting


def rendition_name(photo, ratio_name, width, ext):
    return f"{folder(photo)}/{photo.pk}/{version(photo)}/{ratio_name}-{width}.{ext}"


def rendition_url(photo, ratio_name, width, ext):
    return settings.MEDIA_URL + rendition_name(photo, ratio_name, width, ext)


def srcset(photo, ratio_name, ext):
    return ", ".join(
        f"{rendition_url(photo, ratio_name, w, ext)} {rendition_size(photo, ratio_name, w)[0]}w"
        for w in widths(photo, ratio_name)
    )


class RenditionBusy(Exception):
    """Another request has been making this rendition for too long."""


def make_rendition(photo, ratio_name, width, ext, *, wait=10, original=None):
    """Write one rendition file (if missing) and return its storage name. At most one request
    at a time renders a given rendition (a lock shared by every worker): the others wait for
    its file, up to ``wait`` seconds. ``original``: an ``Original`` already read, for several
    renditions of one photo."""
    name = rendition_name(photo, ratio_name, width, ext)
    deadline = time.monotonic() + wait
    while not default_storage.exists(name):
        with limits.lock("rendition", limits.digest(name), seconds=60) as held:
            if held and not default_storage.exists(name):
                _write(name, render(photo, ratio_name, width, ext, original=original))
        if held or default_storage.exists(name):
            break
        if time.monotonic() > deadline:
            raise RenditionBusy(name)
        time.sleep(0.1)
    return name


def _write(name, content):
    # Whole or not at all: the local storage writes aside and moves into place, a bucket
    # shows an object once it is all uploaded.
    saved = default_storage.save(name, ContentFile(content))
    if saved != name:  # a storage that renames instead of overwriting: pages would miss it
        default_storage.delete(saved)
        raise RuntimeError(f"The default storage stored {name} as {saved}: allow overwriting.")


def make_standard_renditions(photo):
    """The JPEG renditions of every crop and width the pages use, made when the photo is
    saved, so that its first readers, its feeds and social cards never wait; the AVIF and
    WebP ones are made on their first request. The original is read once for all of them
    (on a bucket, one download, not one per rendition)."""
    original = Original(photo)
    for ratio_name, width, ext in all_renditions(photo):
        if ext == "jpg":
            make_rendition(photo, ratio_name, width, ext, original=original)


class Original:
    """A photo's original file, read from the storage on first use and kept for the next."""

    def __init__(self, photo):
        self.photo, self._bytes = photo, None

    def open(self):
        if self._bytes is None:
            with default_storage.open(self.photo.image.name, "rb") as file:
                self._bytes = file.read()
        return io.BytesIO(self._bytes)


def render(photo, ratio_name, width, ext, *, original=None):
    """The bytes of one rendition: cropped on the focal point, resized, re-encoded."""
    out_w, out_h = rendition_size(photo, ratio_name, width)
    original = original or Original(photo)
    with original.open() as file, Image.open(file) as source:
        image = ImageOps.exif_transpose(source)
        box = crop_box(image.width, image.height, RATIOS[ratio_name], photo.focal_x, photo.focal_y)
        image = image.crop(box)
        image = _rgb(image, keep_alpha=ext != "jpg")
        image = image.resize((out_w, out_h), Image.LANCZOS, reducing_gap=3.0)
    image.info = {}
    buffer = io.BytesIO()
    kind = FORMATS[ext]
    image.save(buffer, kind, **ENCODING[kind])
    return buffer.getvalue()


def all_renditions(photo):
    """Every (ratio, width, extension) the pages may ask for this photo."""
    for ratio_name in RATIOS:
        for width in widths(photo, ratio_name):
            for ext in ["jpg", *modern_formats()]:
                yield ratio_name, width, ext


def remove_stale_renditions(photo):
    """Delete the renditions of older files, focal points or rights of this photo; returns
    how many versions went."""
    current = (folder(photo), version(photo))
    stale = 0
    for name in FOLDERS:
        root = f"{name}/{photo.pk}"
        try:
            versions, _ = default_storage.listdir(root)
        except FileNotFoundError:
            continue
        for old in versions:
            if (name, old) != current:
                delete_tree(default_storage, f"{root}/{old}")
                stale += 1
    return stale


def remove_all_renditions(photo_pk):
    """Delete every rendition of a photo; returns how many files."""
    return sum(delete_tree(default_storage, f"{name}/{photo_pk}") for name in FOLDERS)


def purge_expired(today=None):
    """Delete the renditions of photos whose rights have expired (the front server would
    otherwise go on serving the files already made). Returns the number of photos."""
    from articles.models import Photo

    today = today or timezone.localdate()
    expired = Photo.objects.filter(rights_expire_on__lt=today).values_list("pk", flat=True)
    removed = [pk for pk in expired.iterator() if remove_all_renditions(pk)]
    if removed:
        # Newly expired: the pages that showed them are emptied here and in a CDN in front
        # (they already left the page cache at the expiry: core.pagecache's schedule).
        surrogates.bump({"lists", *(f"photo-{pk}" for pk in removed)})
    return len(removed)
