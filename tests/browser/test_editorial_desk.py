"""The desk in a real browser: a journalist writes and submits, an editor publishes."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.conftest import PHONE, SCREENSHOTS, wait_until

DESK = {"width": 1400, "height": 1000}


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo-mot-de-passe")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text("Bienvenue")


def choose(page, field_selector, text):
    """Pick ``text`` in a select2 autocomplete widget, as an editor does."""
    page.click(f"{field_selector} .select2-selection")
    # Type into the open dropdown's own search field, once it is there: keys typed before it
    # has focus were lost on a loaded machine (CI), and the option never came.
    search = page.locator(".select2-container--open .select2-search__field")
    expect(search).to_be_focused()
    search.press_sequentially(text)
    page.locator(".select2-results__option", has_text=text).first.click(timeout=20_000)


def test_journalist_writes_and_submits_then_editor_publishes(
    make_page, live_server, demo_with_accounts
):
    page = make_page(viewport=DESK)
    log_in(page, live_server, "jdussueil")
    page.goto(live_server.url + "/admin/articles/article/add/")
    page.locator("#id_title").press_sequentially("Œuvre numérique : l'Algérie accélère")
    expect(page.locator("#id_slug")).to_have_value("oeuvre-numerique-lalgerie-accelere")
    checklist = page.locator(".checklist")
    expect(checklist.locator('[data-check="5"]')).to_have_class("checklist__item is-missing")
    page.fill("#id_standfirst", "Le pays veut rattraper son retard... et vite!")
    expect(checklist.locator('[data-check="5"]')).to_have_class("checklist__item is-ok")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    editor.click()
    page.keyboard.type("Un paragraphe avec ")
    page.keyboard.press("Control+b")
    page.keyboard.type("du gras")
    page.keyboard.press("Control+b")
    page.keyboard.press("Enter")
    page.keyboard.type("Et un second paragraphe.")
    choose(page, ".field-lead_photo", "Sidi Abdellah")
    choose(page, ".field-primary_category", "Afrique")
    expect(checklist.locator('[data-check="3"]')).to_have_class("checklist__item is-ok")
    page.fill("#id_tags", "Algérie, Numérique")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "admin-article-form.png"), full_page=True)
    # No publish button for a journalist: she submits the article for review.
    expect(page.locator('button[value="publish"]')).to_have_count(0)
    page.locator('button[value="submit"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("en relecture")

    article = Article.objects.get(slug="oeuvre-numerique-lalgerie-accelere")
    assert article.status == "review"
    assert "<strong>du gras</strong>" in article.body
    assert article.standfirst == "Le pays veut rattraper son retard… et vite\u202f!"
    assert [b.author.name for b in article.bylines.all()] == ["Jeanne Dussueil"]

    desk = make_page(viewport=DESK)
    log_in(desk, live_server, "mdelorme")
    desk.goto(live_server.url + "/admin/articles/article/")
    queue = desk.locator(".desk-queue").first
    expect(queue).to_contain_text("Œuvre numérique")
    desk.screenshot(path=str(SCREENSHOTS / "admin-review-queue.png"))
    queue.get_by_role("link", name="Œuvre numérique").click()
    desk.locator('button[value="publish"]').first.click()
    expect(desk.locator(".messagelist")).to_contain_text("publié")
    article.refresh_from_db()
    assert article.is_live()

    reader = make_page()
    reader.goto(live_server.url + article.get_absolute_url())
    expect(reader.locator("h1")).to_have_text("Œuvre numérique\u00a0: l’Algérie accélère")
    expect(reader.locator(".article__body strong")).to_have_text("du gras")


def test_the_section_picker_follows_the_chosen_publication(
    make_page, live_server, demo_with_accounts
):
    """An editor of both titles: choosing the Journal des RH offers its sections only."""
    from django.contrib.auth.models import User

    from articles.models import Publication

    editor = User.objects.get(username="mdelorme")
    for publication in Publication.objects.all():
        publication.team.add(editor)
    page = make_page(viewport=DESK)
    log_in(page, live_server, "mdelorme")
    page.goto(live_server.url + "/admin/articles/article/add/")
    page.select_option("#id_publication", label="Journal des RH")
    page.click(".field-primary_category .select2-selection")
    options = page.locator(".select2-container--open .select2-results__option")
    expect(options.filter(has_text="Recrutement")).to_have_count(1)
    expect(options.filter(has_text="Afrique")).to_have_count(0)
    page.keyboard.press("Escape")
    page.select_option("#id_publication", label="FrenchWeb")
    page.click(".field-primary_category .select2-selection")
    options = page.locator(".select2-container--open .select2-results__option")
    expect(options.filter(has_text="Afrique")).to_have_count(1)
    expect(options.filter(has_text="Recrutement")).to_have_count(0)


def test_editor_compares_and_restores_a_version(make_page, live_server, demo_with_accounts):
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    page = make_page(viewport=DESK)
    log_in(page, live_server, "mdelorme")
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    page.fill("#id_title", "L’Algérie inaugure son premier cluster numérique")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("modifié")
    page.get_by_role("link", name="Historique").click()
    page.get_by_role("button", name="Comparer").click()
    expect(page.locator(".diff-table ins").first).to_have_text("inaugure")
    page.screenshot(path=str(SCREENSHOTS / "admin-diff.png"))
    page.get_by_role("button", name="Restaurer la version").click()
    expect(page.locator(".messagelist")).to_contain_text("Version restaurée")
    article.refresh_from_db()
    assert article.title == "L’Algérie ouvre son premier cluster numérique"


def scene_jpeg():
    """A landscape with its subject (a red sun) high on the right, as a JPEG."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (2000, 1125), (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 800, 2000, 1125), fill=(60, 120, 60))
    draw.ellipse((1500, 200, 1700, 400), fill=(220, 50, 40))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_journalist_uploads_a_photo_and_sets_its_focal_point(
    make_page, live_server, demo_with_accounts
):
    from articles.models import Photo

    page = make_page(viewport=DESK)
    log_in(page, live_server, "jdussueil")
    page.goto(live_server.url + "/admin/articles/photo/add/")
    page.set_input_files(
        "#id_image", {"name": "soleil.jpg", "mimeType": "image/jpeg", "buffer": scene_jpeg()}
    )
    page.fill("#id_alt_text", "Un soleil rouge au-dessus d’un champ")
    page.fill("#id_caption", "Le soleil se lève sur Sidi Abdellah.")
    page.fill("#id_credit", "Photo de la rédaction")
    page.select_option("#id_licence", "own")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("ajouté")
    preview = page.locator(".focal-preview")
    # Measure the picture once it is drawn (a slow machine may still be loading it).
    wait_until(
        page,
        "(() => { const img = document.querySelector('.focal-preview img');"
        " return img && img.complete && img.naturalWidth > 0 && img.clientWidth > 100; })()",
    )
    box = preview.locator("img").bounding_box()
    # The sun is at 80 % from the left, 27 % from the top.
    page.mouse.click(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.27)
    expect(page.locator(".focal-crops")).to_contain_text("80 % depuis la gauche")
    square = preview.locator('.focal-crop[data-ratio="1:1"]').bounding_box()
    assert square["x"] + square["width"] == pytest.approx(box["x"] + box["width"], abs=2)
    page.keyboard.press("Tab")  # the keyboard moves the point too
    preview.focus()
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".focal-crops")).to_contain_text("78 % depuis la gauche")
    page.screenshot(path=str(SCREENSHOTS / "admin-photo-focal-point.png"))
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("modifié")
    photo = Photo.objects.get(credit="Photo de la rédaction", alt_text__startswith="Un soleil")
    assert (photo.focal_x, photo.focal_y) == (
        pytest.approx(0.78, abs=0.01),
        pytest.approx(0.27, abs=0.02),
    )
    assert (photo.width, photo.height) == (2000, 1125)


def test_a_journalist_of_one_title_submits_and_an_editor_of_both_publishes_to_both(
    make_page, live_server, demo_with_accounts, titles
):
    """Claire Rousset writes for the Journal des RH only: her form offers that title alone,
    and no publish button. Marc Delorme, editor of both, cross-posts it to FrenchWeb and
    publishes: readers of both titles find it, FrenchWeb's page pointing to the Journal des
    RH's address as canonical."""
    page = make_page(viewport=DESK)
    log_in(page, live_server, "crousset")
    page.goto(live_server.url + "/admin/articles/article/add/")
    expect(page.locator("#id_publication option")).to_have_text(["Journal des RH"])
    page.locator("#id_title").press_sequentially("Entretiens annuels : ce qui change en 2021")
    page.fill("#id_standfirst", "Objectifs, compétences, télétravail : le rendez-vous évolue.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("Les DRH revoient leurs grilles d’entretien.")
    choose(page, ".field-lead_photo", "Sidi Abdellah")  # the photo library is shared
    choose(page, ".field-primary_category", "Management")
    expect(page.locator('button[value="publish"]')).to_have_count(0)
    page.locator('button[value="submit"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("en relecture")
    article = Article.objects.get(slug="entretiens-annuels-ce-qui-change-en-2021")
    assert (article.publication.slug, article.status) == ("journaldesrh", "review")

    desk = make_page(viewport=DESK)
    log_in(desk, live_server, "mdelorme")
    desk.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    desk.locator(".field-cross_posts label", has_text="FrenchWeb").click()
    desk.locator('button[value="publish"]').first.click()
    expect(desk.locator(".messagelist")).to_contain_text("publié")
    expect(desk.locator(".messagelist")).not_to_contain_text("pas publié")
    article.refresh_from_db()
    assert article.is_live()
    assert list(article.cross_posts.values_list("slug", flat=True)) == ["frenchweb"]

    for slug in ("journaldesrh", "frenchweb"):
        reader = make_page(viewport=PHONE, site=titles[slug])
        reader.goto(titles[slug] + "/")
        reader.get_by_role("link", name="Entretiens annuels").first.click()
        expect(reader.locator("h1")).to_have_text("Entretiens annuels\u00a0: ce qui change en 2021")
        canonical = reader.locator('link[rel="canonical"]').get_attribute("href")
        assert canonical == titles["journaldesrh"] + article.get_absolute_url()


def test_an_editor_keeps_a_body_s_photo_figure_when_saving(
    make_page, live_server, demo_with_accounts
):
    """A body with a photo of the library (as the WordPress import writes it) goes through
    the editor and back unharmed: the figure, its photo and its caption."""
    from articles.models import Photo

    photo = Photo.objects.first()
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    figure = (
        f'<figure class="figure"><img src="{photo.image.url}" alt="{photo.alt_text}" '
        f'data-file="{photo.pk}"><figcaption>Le site, vu du ciel.</figcaption></figure>'
    )
    Article.objects.filter(pk=article.pk).update(body=article.body + figure)
    page = make_page(viewport=DESK)
    log_in(page, live_server, "mdelorme")
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    expect(page.locator(".ProseMirror figure img")).to_have_count(1)
    page.fill("#id_title", "L’Algérie ouvre son premier cluster numérique (mis à jour)")
    page.locator('button[name="_continue"], input[name="_continue"]').first.click()
    expect(page.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.title.endswith("(mis à jour)")
    assert f'data-file="{photo.pk}"' in article.body
    assert "<figcaption>Le site, vu du ciel.</figcaption>" in article.body
