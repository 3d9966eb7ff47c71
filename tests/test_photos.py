"""The photo desk: uploads judged by content, clean files, renditions, focal points, rights."""

import io
import re
import struct
import time
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from accounts import limits
from articles import photos, queries
from articles.models import Photo
from articles.tasks import make_renditions
from tests import media
from tests.factories import jpeg_bytes, make_article, make_category, make_photo
from tests.tasks import queued, run_queued, use_database_backend

pytestmark = pytest.mark.django_db

ADD = "/admin/articles/photo/add/"


@pytest.fixture
def desk(client):
    user = User.objects.create_superuser("photo", password="motdepasse-solide-42")
    client.force_login(user)
    return client


def upload(client, name, content, content_type="image/jpeg", **fields):
    data = {
        "image": SimpleUploadedFile(name, content, content_type=content_type),
        "alt_text": "Une rue d’Alger",
        "credit": "Photo de la rédaction",
        "licence": "own",
    } | fields
    return client.post(ADD, data)


def image_bytes(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def stored(photo):
    return media.read(photo.image.name)


def original(photo):
    """The stored original, opened by Pillow (from the media folder or the bucket)."""
    return Image.open(io.BytesIO(stored(photo)))


def png_bomb(width=60_000, height=60_000):
    """A tiny PNG file whose header announces billions of pixels."""

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))  # fmt: skip

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))  # fmt: skip


def jpeg_with_secrets():
    """A sideways camera JPEG carrying a GPS position, a serial number, an author, XMP."""
    image = Image.new("RGB", (1600, 1200), (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, 400, 1200))  # a blue band on the left
    exif = Image.Exif()
    exif[0x010F] = "AppareilSecret"  # Make
    exif[0x013B] = "Jean Source"  # Artist
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    exif.get_ifd(0x8769)[0xA431] = "SERIE-123456"  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0)})
    return image_bytes(image, "JPEG", exif=exif.tobytes(), xmp=b"<x:xmpmeta>SecretXMP</x:xmpmeta>")


SECRETS = [b"AppareilSecret", b"Jean Source", b"SERIE-123456", b"SecretXMP", b"GPS"]
# The whole sentence: the word « SVG » alone is in every admin page (a comment of Django's).
NOT_A_PHOTO = "les images SVG et les pages web sont refusées"


def gif_bomb(width=5000, height=5000, frames=40):
    """A GIF of a few hundred bytes whose 40 frames announce 5000 × 5000 pixels each (a
    billion in all): every frame's header is there, its pixels are not."""
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = (
        b"\x21\xf9\x04\x00\x0a\x00\x00\x00"  # graphic control: 0.1 s
        + b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
        + b"\x02\x02\x4c\x01\x00"  # LZW data: a clear code and the end, nothing more
    )  # fmt: skip
    return b"GIF89a" + screen + frame * frames + b"\x3b"


# Uploads that bad files cannot hurt ----------------------------------------------------------


def assert_refused(response, message):
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html, re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    assert not Photo.objects.exists()


def test_a_decompression_bomb_is_refused_without_being_unpacked(desk):
    response = upload(desk, "bombe.png", png_bomb(), "image/png")
    assert_refused(response, "millions de pixels")


def test_the_pixel_limit_is_checked_from_the_header(desk, settings):
    settings.PHOTO_MAX_PIXELS = 1_000_000
    response = upload(desk, "grande.jpg", jpeg_bytes(1600, 900))
    assert_refused(response, "plus que la limite de 1 millions de pixels")


def test_a_heavy_file_is_refused_with_its_weight(desk, settings):
    settings.PHOTO_MAX_UPLOAD_BYTES = 1000
    response = upload(desk, "lourde.jpg", jpeg_bytes(1600, 900))
    assert_refused(response, "la limite est de 1000")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.jpg", b"<!DOCTYPE html><html><script>alert(1)</script></html>", NOT_A_PHOTO),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
         "doit finir par .jpg"),
        ("logo.jpg", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
         NOT_A_PHOTO),
        ("tronquee.jpg", jpeg_bytes(1600, 900)[:3000], "tronqué"),
        ("vide.jpg", b"", "Le fichier soumis est vide"),
        ("texte.png", b"Ceci n'est pas une image, juste du texte." * 20, "pas une image lisible"),
        ("doc.jpg", b"%PDF-1.4 fake pdf", "pas une image lisible"),
    ],
)  # fmt: skip
def test_files_that_are_not_whole_images_are_refused(desk, name, content, message):
    assert_refused(upload(desk, name, content), message)


def test_an_animation_is_judged_by_all_its_frames_in_a_second_and_a_few_mb(desk):
    """Each frame is under the limit, all of them together are 20 times over: refused from
    the headers, before a single frame is unpacked (it used to unpack 100 MB a frame)."""
    import time
    import tracemalloc

    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from articles.photos import inspect_upload

    bomb = gif_bomb()
    assert len(bomb) < 60_000
    assert_refused(upload(desk, "anime.gif", bomb, "image/gif"), "40 images de 5")
    # The judgement itself, in processor time (a busy machine does not make it slower).
    # Pillow's own allocator counts the image buffers it makes: none may be made.
    buffers = Image.core.get_stats()["new_count"]
    tracemalloc.start()
    started = time.process_time()
    with pytest.raises(ValidationError, match="40 images de 5"):
        inspect_upload(SimpleUploadedFile("anime.gif", bomb, "image/gif"))
    elapsed = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert Image.core.get_stats()["new_count"] == buffers, "a frame was unpacked"
    print(f"GIF refused in {elapsed * 1000:.0f} ms of CPU, peak {peak / 1e6:.2f} MB")
    assert elapsed < 1.0 and peak < 8 * 1024 * 1024, (elapsed, peak)


def test_markup_in_a_photo_s_metadata_does_not_make_it_a_web_page(desk):
    """Agency feeds put anything in captions: a real JPEG whose metadata says « <script> »
    near the start of the file is a photo (and its metadata is dropped anyway)."""
    image = Image.new("RGB", (1600, 900), (10, 120, 60))
    exif = Image.Exif()
    exif[0x010E] = "<script>alert(1)</script> <svg onload=x>"  # ImageDescription
    content = image_bytes(image, "JPEG", exif=exif.tobytes())
    assert b"<svg" in content[:512] and b"<script>" in content[:512]
    response = upload(desk, "agence.jpg", content)
    assert response.status_code == 302
    assert b"<script>" not in stored(Photo.objects.get())


@pytest.mark.parametrize("name", ["photo.php", "photo.html", "photo.jpg.php", "photo", "a.svg"])
def test_a_real_image_with_a_name_that_is_not_an_image_s_is_refused(desk, name):
    assert_refused(upload(desk, name, jpeg_bytes(1600, 900)), "doit finir par .jpg")


def test_a_gif_named_html_is_refused(desk):
    gif = image_bytes(Image.new("P", (1300, 800)), "GIF")
    assert_refused(upload(desk, "page.HTML", gif, "image/gif"), "doit finir par .jpg")


def test_a_bmp_is_refused_whatever_its_name(desk):
    bmp = image_bytes(Image.new("RGB", (1300, 800)), "BMP")
    assert_refused(upload(desk, "photo.jpg", bmp), "Format BMP refusé")


def test_metadata_never_survives_and_orientation_is_applied(media_backend, desk, client):
    response = upload(desk, "../../gps/IMG_0001.JPG", jpeg_with_secrets())
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (1200, 1600)  # turned upright
    content = stored(photo)
    for secret in SECRETS:
        assert secret not in content, secret
    with original(photo) as image:
        assert not image.getexif()
        assert "xmp" not in image.info and "exif" not in image.info
        assert image.getpixel((600, 100))[2] > 150  # the blue band is now at the top
    assert "gps" not in photo.image.name and "IMG" not in photo.image.name
    for ratio, width, ext in photos.all_renditions(photo):
        url = photos.rendition_url(photo, ratio, width, ext)
        body = media.fetch(client, url)
        for secret in SECRETS:
            assert secret not in body, (url, secret)
        with Image.open(io.BytesIO(body)) as image:
            assert not image.getexif()


def test_a_cmyk_jpeg_is_stored_and_rendered_in_rgb(desk, client):
    cmyk = Image.new("CMYK", (1400, 900), (0, 255, 255, 0))
    assert upload(desk, "cmyk.jpg", image_bytes(cmyk, "JPEG")).status_code == 302
    photo = Photo.objects.get()
    with original(photo) as image:
        assert image.mode == "RGB"
        red, green, blue = image.getpixel((10, 10))
        assert red > 200 and green < 60 and blue < 60
    body = media.fetch(client, photos.rendition_url(photo, "16x9", 320, "jpg"))
    assert Image.open(io.BytesIO(body)).mode == "RGB"


def test_a_transparent_png_keeps_its_alpha_and_jpegs_get_a_white_background(desk, client):
    png = Image.new("RGBA", (1300, 800), (0, 0, 0, 0))
    png.paste((0, 128, 0, 255), (0, 0, 650, 800))
    assert upload(desk, "logo.png", image_bytes(png, "PNG"), "image/png").status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.endswith(".png")
    with original(photo) as image:
        assert image.mode == "RGBA" and image.getpixel((1200, 10))[3] == 0
    jpeg = media.fetch(client, photos.rendition_url(photo, "original", 640, "jpg"))
    assert Image.open(io.BytesIO(jpeg)).getpixel((600, 10)) == (255, 255, 255)
    webp = media.fetch(client, photos.rendition_url(photo, "original", 640, "webp"))
    assert Image.open(io.BytesIO(webp)).getpixel((600, 10))[3] == 0


def test_a_16_bit_png_is_accepted_and_rendered(desk, client):
    deep = Image.new("I;16", (1300, 800), 40000)
    assert upload(desk, "scan.png", image_bytes(deep, "PNG"), "image/png").status_code == 302
    photo = Photo.objects.get()
    body = media.fetch(client, photos.rendition_url(photo, "16x9", 320, "jpg"))
    with Image.open(io.BytesIO(body)) as image:
        grey = image.convert("L").getpixel((10, 10))
    assert 140 <= grey <= 170  # 40000 / 65535 of white, not clipped to black or white


def test_an_animated_gif_keeps_its_frames(desk):
    frames = [Image.new("RGB", (1300, 800), color) for color in ("red", "green", "blue")]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    assert upload(desk, "anim.gif", gif.getvalue(), "image/gif").status_code == 302
    with original(Photo.objects.get()) as image:
        assert image.format == "GIF" and image.n_frames == 3


def test_a_webp_keeps_its_format_and_its_alpha_but_none_of_its_metadata(desk):
    webp = Image.new("RGBA", (1300, 800), (0, 0, 0, 0))
    webp.paste((0, 128, 0, 255), (0, 0, 650, 800))
    exif = Image.Exif()
    exif[0x010F] = "AppareilSecret"
    exif[0x013B] = "Jean Source"
    content = image_bytes(
        webp, "WEBP", lossless=True, exif=exif.tobytes(), xmp=b"<x:xmpmeta>SecretXMP</x:xmpmeta>"
    )
    assert b"AppareilSecret" in content and b"SecretXMP" in content
    assert upload(desk, "photo.webp", content, "image/webp").status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.endswith(".webp")
    for secret in SECRETS:
        assert secret not in stored(photo), secret
    with original(photo) as image:
        assert image.format == "WEBP" and image.mode == "RGBA"
        assert image.getpixel((1200, 10))[3] == 0 and image.getpixel((10, 10))[3] == 255


def test_a_jpeg_is_stored_as_a_jpeg(desk):
    assert upload(desk, "photo.jpeg", jpeg_bytes(1600, 900)).status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.endswith(".jpg")
    with original(photo) as image:
        assert image.format == "JPEG"


def test_a_still_gif_is_stored_as_a_jpeg(desk):
    gif = image_bytes(Image.new("RGB", (1300, 800), (200, 30, 30)), "GIF")
    assert upload(desk, "dessin.gif", gif, "image/gif").status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.endswith(".jpg")
    with original(photo) as image:
        assert image.format == "JPEG" and image.size == (1300, 800)


def test_a_two_frame_gif_is_stored_as_an_animation(desk):
    frames = [Image.new("RGB", (1300, 800), color) for color in ("red", "blue")]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    assert upload(desk, "anim.gif", gif.getvalue(), "image/gif").status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.endswith(".gif") and (photo.width, photo.height) == (1300, 800)
    with original(photo) as image:
        assert image.format == "GIF" and image.n_frames == 2


def can_encode(ext):
    try:
        Image.new("RGB", (8, 8)).save(io.BytesIO(), ext.upper())
    except (KeyError, OSError):
        return False
    return True


def test_an_animated_gif_keeps_the_timing_and_the_looping_of_each_frame(desk):
    frames = [Image.new("RGB", (1300, 800), color) for color in ("red", "green", "blue")]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=[50, 300, 120])
    assert upload(desk, "once.gif", gif.getvalue(), "image/gif").status_code == 302
    with original(Photo.objects.get()) as image:
        durations = []
        for index in range(image.n_frames):
            image.seek(index)
            durations.append(image.info["duration"])
        assert durations == [50, 300, 120]
        assert "loop" not in image.info  # played once, as sent
    Photo.objects.all().delete()
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=80, loop=0)
    assert upload(desk, "forever.gif", gif.getvalue(), "image/gif").status_code == 302
    with original(Photo.objects.get()) as image:
        assert image.info["loop"] == 0 and image.info["duration"] == 80


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("palette", lambda: _palette_with_a_transparent_colour()),
        ("grey-alpha", lambda: Image.new("LA", (1300, 800), (90, 0))),
        ("grey-keyed", lambda: _grey_with_a_transparent_value()),
    ],
)
def test_every_kind_of_transparent_png_keeps_its_transparency(desk, client, name, source):
    image = source()
    image.paste((90, 255) if image.mode == "LA" else 1, (0, 0, 650, 800))
    assert upload(desk, f"{name}.png", image_bytes(image, "PNG"), "image/png").status_code == 302
    photo = Photo.objects.get()
    with original(photo) as stored_image:
        assert stored_image.mode == "RGBA"
        assert stored_image.getpixel((1200, 10))[3] == 0  # the transparent half
        assert stored_image.getpixel((10, 10))[3] == 255
    jpeg = media.fetch(client, photos.rendition_url(photo, "original", 640, "jpg"))
    with Image.open(io.BytesIO(jpeg)) as flattened:
        assert flattened.mode == "RGB"
        assert all(value > 245 for value in flattened.getpixel((600, 10)))  # white, not black


def _palette_with_a_transparent_colour():
    image = Image.new("P", (1300, 800), 0)
    image.putpalette([255, 255, 255, 200, 30, 30] + [0, 0, 0] * 254)
    image.info["transparency"] = 0
    return image


def _grey_with_a_transparent_value():
    image = Image.new("L", (1300, 800), 0)
    image.info["transparency"] = 0
    return image


@pytest.mark.parametrize("mode", ["I;16", "I;16B", "I;16L", "I"])
def test_deep_greys_of_every_layout_become_8_bit_greys(mode):
    deep = (
        Image.new("I", (4, 4), 40000).convert(mode)
        if mode != "I"
        else Image.new("I", (4, 4), 40000)
    )
    converted = photos._rgb(deep, keep_alpha=False)
    assert converted.mode == "RGB"
    assert 150 <= converted.getpixel((0, 0))[0] <= 160  # 40000 / 65535 of white


def refusal(name, content):
    with pytest.raises(ValidationError) as refused:
        photos.inspect_upload(SimpleUploadedFile(name, content))
    return refused.value.messages


def test_a_web_page_or_an_svg_is_told_it_is_not_a_photo_in_full():
    expected = [
        "Ce fichier n’est pas une photo : les images SVG et les pages web sont refusées. "
        "Envoyez un JPEG, un PNG, un WebP ou un GIF."
    ]
    assert refusal("page.jpg", b"\n\t  <html><body>x</body></html>") == expected
    # An SVG behind a byte-order mark: it does not start with « < », it is still an SVG.
    svg = b'\xef\xbb\xbf<svg xmlns="http://www.w3.org/2000/svg"/>'
    assert refusal("logo.png", svg) == expected
    assert refusal("logo.png", b"\xef\xbb\xbf<SVG/>") == expected


def test_an_unreadable_file_is_told_so_in_full():
    assert refusal("doc.jpg", b"%PDF-1.4 fake pdf") == [
        "Ce fichier n’est pas une image lisible, ou il est tronqué ou abîmé. "
        "Enregistrez-le de nouveau depuis votre logiciel photo et réessayez."
    ]


# Renditions -------------------------------------------------------------------------------------


def test_renditions_are_never_upscaled():
    photo = make_photo(image=SimpleUploadedFile("p.jpg", jpeg_bytes(800, 600)))
    assert photos.widths(photo, "original") == [320, 640, 800]
    assert photos.widths(photo, "16x9") == [320, 640, 800]
    assert photos.rendition_size(photo, "original", 1920) == (800, 600)
    assert photos.rendition_size(photo, "1x1", 1200) == (600, 600)


def test_article_page_emits_a_picture_with_srcset_and_dimensions(media_backend, client):
    photo = make_photo(image=SimpleUploadedFile("p.jpg", jpeg_bytes(1600, 900)))
    article = make_article(lead_photo=photo)
    html = client.get(article.get_absolute_url()).content.decode()
    figure = html.split('<figure class="article__photo">')[1].split("</figure>")[0]
    version = photos.version(photo)
    base = f"/media/renditions/{photo.pk}/{version}/original"
    for ext, mime in [("avif", "image/avif"), ("webp", "image/webp")]:
        if can_encode(ext):  # AVIF whenever this Pillow writes it, WebP always
            assert (f'<source type="{mime}" srcset="{base}-320.{ext} 320w, {base}-640.{ext} 640w, '
                    f'{base}-960.{ext} 960w, {base}-1280.{ext} 1280w, {base}-1600.{ext} 1600w"'
                    in figure)  # fmt: skip
    assert 'width="1600" height="900"' in figure
    assert 'fetchpriority="high"' in figure and 'loading="lazy"' not in figure
    assert f'src="{base}-960.jpg"' in figure
    assert 'sizes="(min-width: 60rem) 46rem, 100vw"' in figure
    # Every address of the srcset answers with an image of the size it announces: the file
    # (local storage), or a redirect to it in the bucket (tests/media.py).
    for url, width in re.findall(r"(/media/renditions/\S+) (\d+)w", figure):
        with Image.open(io.BytesIO(media.fetch(client, url))) as image:
            assert image.width == int(width)
            assert image.height == round(900 * int(width) / 1600)


def test_cards_use_lazy_16_9_crops(client):
    photo = make_photo(image=SimpleUploadedFile("p.jpg", jpeg_bytes(1600, 1200)))
    section = make_category(name="Actualité", slug="actualite")
    make_article(lead_photo=photo, slug="premier", primary_category=section, categories=[section])
    make_article(lead_photo=photo, slug="second", primary_category=section, categories=[section])
    html = client.get("/").content.decode()
    cards = html.split('class="card__photo"')[1:]
    assert 'fetchpriority="high"' in cards[0]  # the lead card is above the fold
    assert 'loading="lazy"' in cards[1]
    assert "16x9-320.jpg 320w" in cards[1] and 'width="1280" height="720"' in cards[1]


def test_crops_keep_the_focal_point_in_frame():
    for fx, fy in [(0.05, 0.5), (0.95, 0.1), (0.5, 0.5), (0.0, 1.0)]:
        for ratio in [(16, 9), (4, 3), (1, 1)]:
            left, top, right, bottom = photos.crop_box(1600, 1200, ratio, fx, fy)
            assert left <= fx * 1600 <= right and top <= fy * 1200 <= bottom
            assert left >= 0 and right <= 1600 and top >= 0 and bottom <= 1200
            assert abs((right - left) / (bottom - top) - ratio[0] / ratio[1]) < 0.01


def test_a_new_focal_point_makes_new_renditions_and_removes_the_old(
    media_backend, desk, client, settings
):
    assert upload(desk, "p.jpg", jpeg_bytes(1600, 1200)).status_code == 302
    photo = Photo.objects.get()
    old = photos.rendition_url(photo, "1x1", 640, "jpg")
    assert media.fetch(client, old)
    old_folder = f"renditions/{photo.pk}/{photos.version(photo)}"
    assert f"{old_folder}/1x1-640.jpg" in media.names(old_folder)
    data = {"alt_text": photo.alt_text, "credit": photo.credit, "licence": "own",
            "focal_x": "0.9", "focal_y": "0.2", "tags": ""}  # fmt: skip
    assert desk.post(f"/admin/articles/photo/{photo.pk}/change/", data).status_code == 302
    photo.refresh_from_db()
    assert (photo.focal_x, photo.focal_y) == (0.9, 0.2)
    assert media.names(old_folder) == []
    if media_backend == "local":
        assert not (Path(settings.MEDIA_ROOT) / old_folder).exists()  # no empty folder left
    assert client.get(old).status_code == 404  # stale names are not made again
    new = media.fetch(client, photos.rendition_url(photo, "1x1", 640, "jpg"))
    with Image.open(io.BytesIO(new)) as image:
        assert image.size == (640, 640)
    assert media.names(f"renditions/{photo.pk}") == [
        f"renditions/{photo.pk}/{photos.version(photo)}/1x1-640.jpg"
    ]


def test_only_the_renditions_pages_use_can_be_made(client):
    photo = make_photo()
    version = photos.version(photo)
    for name in ["original-1234.jpg", "16x9-320.png", "7x3-320.jpg", "original-99999.jpg",
                 "../../etc-320.jpg", "original-abc.jpg"]:  # fmt: skip
        assert client.get(f"/media/renditions/{photo.pk}/{version}/{name}").status_code == 404
    assert client.get(f"/media/renditions/{photo.pk}/0000000000/16x9-320.jpg").status_code == 404
    assert client.get(f"/media/renditions/999999/{version}/16x9-320.jpg").status_code == 404
    assert client.get(f"/media/renditions/{photo.pk}/{version}/16x9-³²⁰.jpg").status_code == 404


def test_a_rendition_is_rendered_once_however_many_ask_at_once(media_backend, monkeypatch):
    photo = make_photo()
    renders, inside = [], []
    real_render = photos.render

    def slow_render(*args, **kwargs):
        inside.append(1)
        assert len(inside) == 1, "two renders of one rendition at once"
        time.sleep(0.3)
        renders.append(1)
        inside.pop()
        return real_render(*args, **kwargs)

    monkeypatch.setattr(photos, "render", slow_render)
    with limits.lock("rendition", limits.digest(photos.rendition_name(photo, "1x1", 192, "jpg")),
                     seconds=60) as held:  # fmt: skip
        assert held
        # Someone else is making it: we wait, then give up (503) rather than render twice.
        with pytest.raises(photos.RenditionBusy):
            photos.make_rendition(photo, "1x1", 192, "jpg", wait=0.3)
    assert renders == []
    photos.make_rendition(photo, "1x1", 192, "jpg")
    photos.make_rendition(photo, "1x1", 192, "jpg")
    assert renders == [1]
    assert media.names(f"renditions/{photo.pk}") == [
        photos.rendition_name(photo, "1x1", 192, "jpg")
    ]


def test_a_client_that_asks_for_missing_renditions_is_slowed_down(media_backend, client):
    photo = make_photo()
    served = 302 if media_backend == "s3" else 200  # a redirect to the bucket, or the file
    version = photos.version(photo)
    names = [f"{ratio}-{width}.{ext}" for ratio, width, ext in photos.all_renditions(photo)]
    from articles import views

    statuses = [
        client.get(f"/media/renditions/{photo.pk}/{version}/{name}").status_code
        for name in names + names[:1]
    ]
    assert statuses == [served] * len(names) + [served]  # made, then served
    limits.forget("rendition-miss", limits.digest("127.0.0.1"))
    for _ in range(views.RENDITION_MISSES):
        limits.hit("rendition-miss", limits.digest("127.0.0.1"), seconds=60)
    other = make_photo()
    url = f"/media/renditions/{other.pk}/{photos.version(other)}/16x9-320.jpg"
    response = client.get(url)
    assert response.status_code == 429 and response["Retry-After"] == "60"
    # A rendition that exists is still served to that client.
    assert client.get(f"/media/renditions/{photo.pk}/{version}/{names[0]}").status_code == served


def test_saving_a_photo_queues_its_jpeg_renditions_for_the_worker(
    media_backend, desk, settings, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(desk, "photo.jpg", jpeg_bytes(1600, 900))
    assert response.status_code == 302
    photo = Photo.objects.get()
    expected = sorted(
        photos.rendition_name(photo, r, w, e)
        for r, w, e in photos.all_renditions(photo)
        if e == "jpg"
    )
    # The upload's request made none: it queued them, once committed.
    assert media.names("renditions") == []
    assert [row.args_kwargs["args"] for row in queued(make_renditions)] == [[photo.pk]]
    [done] = run_queued()
    assert done.status == "SUCCESSFUL"
    made = media.names("renditions")
    assert made == expected


def test_with_the_immediate_backend_renditions_are_made_on_commit(
    media_backend, desk, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(desk, "photo.jpg", jpeg_bytes(1600, 900))
    photo = Photo.objects.get()
    assert media.names(f"renditions/{photo.pk}")


def test_a_photo_deleted_before_its_renditions_task_runs_is_skipped():
    photo = make_photo()
    pk = photo.pk
    photo.delete()
    assert make_renditions.call(pk) == 0


# Who may change a photo, and its trail ------------------------------------------------------


def test_journalists_change_their_own_photos_until_a_live_article_uses_them(
    client, journalist, other_journalist
):
    client.force_login(journalist)
    assert upload(client, "a.jpg", jpeg_bytes(1600, 900), caption="La mienne").status_code == 302
    mine = Photo.objects.get(caption="La mienne")
    assert mine.uploaded_by == journalist
    theirs = make_photo(caption="Celle d’un autre")
    change = "/admin/articles/photo/{}/change/"
    fields = {"alt_text": "x", "credit": "Nouveau crédit", "licence": "own"}
    assert client.post(change.format(theirs.pk), fields).status_code == 403
    assert client.post(change.format(mine.pk), fields).status_code == 302
    make_article(lead_photo=mine)  # now on a live article
    assert client.post(change.format(mine.pk), fields | {"credit": "Encore"}).status_code == 403
    mine.refresh_from_db()
    assert mine.credit == "Nouveau crédit"


def test_editors_change_any_photo_and_the_changes_are_audited(client, editor):
    from accounts.models import AuditEvent

    client.force_login(editor)
    photo = make_photo(credit="AFP")
    make_article(lead_photo=photo)
    response = client.post(
        f"/admin/articles/photo/{photo.pk}/change/",
        {"alt_text": photo.alt_text, "caption": "Nouvelle légende", "credit": "Reuters",
         "licence": photo.licence},
    )  # fmt: skip
    assert response.status_code == 302
    (event,) = AuditEvent.objects.filter(action="photo_changed")
    assert event.user == editor and "crédit" in event.details and "légende" in event.details


def test_regenerate_command_makes_every_rendition(media_backend, client):
    photo = make_photo()
    out = io.StringIO()
    call_command("regenerate_renditions", stdout=out)
    count = len(list(photos.all_renditions(photo)))
    assert f"1 photo, {count} renditions" in out.getvalue()
    assert len(media.names(f"renditions/{photo.pk}/{photos.version(photo)}")) == count


def test_deleting_a_photo_removes_its_files(media_backend, client):
    photo = make_photo()
    media.fetch(client, photos.rendition_url(photo, "16x9", 320, "jpg"))
    renditions = f"renditions/{photo.pk}"
    assert photo.image.name in media.names() and media.names(renditions)
    photo.delete()
    assert media.names() == []


# Rights and the library ---------------------------------------------------------------------


def test_a_photo_whose_rights_expired_leaves_public_pages(client):
    photo = make_photo(credit="Agence Photo", rights_expire_on=timezone.localdate())
    article = make_article(lead_photo=photo, title="Avec photo")
    assert "crédits photo : Agence Photo" in client.get(article.get_absolute_url()).content.decode()
    Photo.objects.filter(pk=photo.pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Agence Photo" not in page and "/media/renditions/" not in page
    assert "Avec photo" in page  # the article stays, without its photo
    assert "/media/renditions/" not in client.get("/").content.decode()


def test_the_page_cache_does_not_outlive_a_photo_s_rights(client):
    from core import pagecache

    today = timezone.localdate()
    make_photo(rights_expire_on=today - timedelta(days=5))  # already gone: no longer a change
    make_photo(rights_expire_on=today + timedelta(days=2))
    make_photo(rights_expire_on=today)  # last day today: the pages change at midnight
    now = timezone.now()
    midnight = queries.next_rights_expiry(now)
    assert timezone.localtime(midnight).date() == today + timedelta(days=1)
    assert timezone.localtime(midnight).time().isoformat() == "00:00:00"
    assert pagecache.seconds_until_next_change(now) <= (midnight - now).total_seconds() + 1


def test_renditions_of_an_expired_photo_are_refused_to_readers(media_backend, client):
    photo = make_photo(rights_expire_on=timezone.localdate() - timedelta(days=1))
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    assert client.get(url).status_code == 404
    staff = User.objects.create_user("iconographe", password="motdepasse-solide-42")
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    response = client.get(url)  # the library still shows it to the newsroom...
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert Image.open(io.BytesIO(response.content)).size == (320, 180)
    # ...without leaving a file for the front server or the bucket to serve.
    assert media.names() == [photo.image.name]


def test_purge_removes_the_renditions_already_made_once_rights_expire(media_backend, client):
    kept, gone = make_photo(), make_photo(rights_expire_on=timezone.localdate())
    for photo in (kept, gone):
        assert media.fetch(client, photos.rendition_url(photo, "16x9", 320, "jpg"))
    assert media.names(f"renditions-until/{gone.pk}")  # its rights end: kept apart
    Photo.objects.filter(pk=gone.pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    out = io.StringIO()
    call_command("purge_expired_photos", stdout=out)
    assert "Déclinaisons retirées : 1 photo aux droits expirés." in out.getvalue()
    assert media.names(f"renditions/{kept.pk}") and not media.names(f"renditions-until/{gone.pk}")
    assert gone.image.name in media.names()  # the original stays, for the library


def test_a_rendition_is_written_whole_and_once(client, settings):
    photo = make_photo()
    name = photos.make_rendition(photo, "4x3", 320, "webp")
    folder = Path(settings.MEDIA_ROOT) / name.rsplit("/", 1)[0]
    assert [p.name for p in folder.iterdir()] == ["4x3-320.webp"]  # no partial file left
    assert photos.make_rendition(photo, "4x3", 320, "webp") == name


def test_expired_rights_are_flagged_in_the_library(desk):
    make_photo(caption="Expirée", rights_expire_on=timezone.localdate() - timedelta(days=3))
    make_photo(caption="Valide", rights_expire_on=timezone.localdate() + timedelta(days=90))
    html = desk.get("/admin/articles/photo/").content.decode()
    assert "Expirés le" in html
    expired = desk.get("/admin/articles/photo/?droits=expires").content.decode()
    assert "Expirée" in expired and ">Valide<" not in expired
    valid = desk.get("/admin/articles/photo/?droits=valides").content.decode()
    assert ">Valide<" in valid and "Expirée" not in valid


def test_library_search_and_filters(desk):
    tagged = make_photo(caption="Vue d’Alger", source="AFP")
    tagged.tags.add("Sidi Abdellah")
    make_photo(caption="Autre", source="Reuters")
    missing = make_photo(caption="Sans crédit")
    Photo.objects.filter(pk=missing.pk).update(credit="À compléter")
    by_tag = desk.get("/admin/articles/photo/?q=sidi").content.decode()
    assert "Vue d’Alger" in by_tag and "Autre" not in by_tag
    by_agency = desk.get("/admin/articles/photo/?source=AFP").content.decode()
    assert "Vue d’Alger" in by_agency and "Autre" not in by_agency
    no_credit = desk.get("/admin/articles/photo/?credit=manquant").content.decode()
    assert "Sans crédit" in no_credit and "Vue d’Alger" not in no_credit
    assert 'class="photo-thumb"' in by_tag


def test_a_lead_photo_narrower_than_1200_px_is_refused(desk):
    from tests.forms import form_data

    small = make_photo(image=SimpleUploadedFile("p.jpg", jpeg_bytes(800, 450)))
    article = make_article(status="draft", published_at=None)
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(desk.get(url).content.decode()) | {"lead_photo": str(small.pk)}
    response = desk.post(url, data)
    assert response.status_code == 200
    assert "au moins 1\u202f200 pixels de large" in response.content.decode()
    article.refresh_from_db()
    assert article.lead_photo is None


def test_the_photo_chooser_shows_thumbnails(desk):
    photo = make_photo(caption="Sidi Abdellah vue du ciel")
    response = desk.get(
        "/admin/autocomplete/",
        {"term": "Sidi", "app_label": "articles", "model_name": "article",
         "field_name": "lead_photo"},
    )  # fmt: skip
    result = response.json()["results"][0]
    assert result["id"] == str(photo.pk)
    assert result["thumbnail"].startswith(f"/media/renditions/{photo.pk}/")
    assert (result["width"], result["credit"]) == (1200, "Photo de test")


def test_every_refusal_of_an_upload_says_why_in_full(settings):
    settings.PHOTO_MAX_PIXELS = 1_000_000
    assert refusal("photo.php", jpeg_bytes(800, 600)) == [
        "Le nom du fichier doit finir par .jpg, .jpeg, .png, .webp ou .gif : renommez-le "
        "ou enregistrez-le de nouveau depuis votre logiciel photo."
    ]
    assert refusal("photo.jpg", image_bytes(Image.new("RGB", (80, 60)), "BMP")) == [
        "Format BMP refusé : envoyez un JPEG, un PNG, un WebP ou un GIF."
    ]
    assert refusal("grande.jpg", jpeg_bytes(1600, 900)) == [
        "L’image fait 1\u202f600 × 900 pixels, plus que la limite de 1 millions de pixels. "
        "Réduisez-la avant de l’envoyer."
    ]
    frames = [Image.new("RGB", (1000, 600), color) for color in ("red", "blue")]
    animation = io.BytesIO()
    frames[0].save(animation, "GIF", save_all=True, append_images=frames[1:])
    assert refusal("anime.gif", animation.getvalue()) == [
        "L’image fait 2 images de 1\u202f000 × 600 pixels, soit 1\u202f200\u202f000 pixels, plus "
        "que la limite de 1 millions de pixels. Réduisez-la avant de l’envoyer."
    ]
    settings.PHOTO_MAX_UPLOAD_BYTES = 2048
    assert refusal("lourde.jpg", b"\xff" * 3000) == [
        "Le fichier pèse 2,9\u00a0Kio ; la limite est de 2,0\u00a0Kio."
    ]


def test_a_decompression_bomb_is_told_the_limit_in_millions_of_pixels():
    assert refusal("bombe.png", png_bomb()) == [
        "Cette image annonce un nombre de pixels démesuré (bien plus que la limite de "
        "50 millions de pixels) : elle est refusée par sécurité. Réduisez-la avant de "
        "l’envoyer."
    ]


def test_the_limits_themselves_are_allowed(settings):
    """A file of exactly the weight limit, a still image of exactly the pixel limit: kept
    (and a still image is not counted as two frames)."""
    content = jpeg_bytes(1000, 800)
    settings.PHOTO_MAX_UPLOAD_BYTES = len(content)
    settings.PHOTO_MAX_PIXELS = 800_000
    inspected = photos.inspect_upload(SimpleUploadedFile("juste.jpg", content))
    assert (inspected.format, inspected.width, inspected.height) == ("JPEG", 1000, 800)
    settings.PHOTO_MAX_PIXELS = 799_999
    assert refusal("juste.jpg", content)[0].startswith("L’image fait 1\u202f000 × 800 pixels")
