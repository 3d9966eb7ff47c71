"""Generates a realistic WordPress export (WXR 1.2) of a French news site, for the importer's
benchmarks and its memory test, written with tests/wxr.py and streamed to disk: one post
(and its attachments) at a time, so the generator's memory stays flat whatever the size.

    python benchmarks/wordpress_export.py OUT.xml --posts 20000 [--attachments-per-post 1]
        [--seed 1]
    python benchmarks/wordpress_export.py OUT.xml --size-mb 1024   # grow to about 1 GB

~10 authors, 30 categories in two levels, ~500 tags, a few Co-Authors Plus guest authors;
posts of 4–12 paragraphs built from French word lists by a seeded ``random.Random``, half in
Gutenberg blocks and half classic (``[caption]`` images), linking to earlier posts'
permalinks (https://www.frenchweb.fr/slug/ID); mostly published, some draft, future,
private, pending or trash; comments on some; attachments with their meta.
"""

import argparse
import os
import re
import sys
import unicodedata
from collections import deque
from datetime import datetime, timedelta
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.wxr import (  # noqa: E402
    SITE,
    ZERO_DATE,
    Author,
    Comment,
    Export,
    Item,
    Term,
    attachment,
    write_items,
)

AUTHORS = [
    ("Jeanne", "Martin"),
    ("Thomas", "Bernard"),
    ("Camille", "Dubois"),
    ("Nicolas", "Lefèvre"),
    ("Léa", "Moreau"),
    ("Hugo", "Girard"),
    ("Chloé", "Rousseau"),
    ("Mathieu", "Fontaine"),
    ("Inès", "Chevalier"),
    ("Étienne", "Lambert"),
]
GUESTS = [("Sophie", "Garnier"), ("Karim", "Benali"), ("Agathe", "Perrin")]
CATEGORIES = {
    "Tech": ["Intelligence artificielle", "Cybersécurité", "Cloud", "Mobile"],
    "Startups": ["Levées de fonds", "French Tech", "Portraits", "Rachats", "Incubateurs"],
    "Business": ["E-commerce", "Fintech", "Retail", "Industrie"],
    "Médias": ["Presse", "Audiovisuel", "Réseaux sociaux", "Podcasts"],
    "Marketing": ["Publicité", "Data", "Influence"],
    "Économie": ["Emploi", "Politique numérique", "International", "Énergie"],
}
TOPICS = [
    "intelligence artificielle",
    "levée de fonds",
    "Station F",
    "Bpifrance",
    "French Tech",
    "cloud souverain",
    "cybersécurité",
    "RGPD",
    "e-commerce",
    "fintech",
    "néobanque",
    "blockchain",
    "crypto-monnaies",
    "télétravail",
    "recrutement",
    "licorne",
    "Next40",
    "mobilité",
    "voiture électrique",
    "énergie",
    "santé connectée",
    "edtech",
    "agritech",
    "foodtech",
    "proptech",
    "legaltech",
    "IPO",
    "SaaS",
    "marketplace",
    "quick commerce",
    "réseaux sociaux",
    "TikTok",
    "publicité en ligne",
    "streaming",
    "podcast",
    "jeu vidéo",
    "métavers",
    "semi-conducteurs",
    "5G",
    "fibre",
    "Arcep",
    "CNIL",
    "Bruxelles",
    "Digital Markets Act",
    "souveraineté numérique",
    "open source",
    "données personnelles",
    "robotique",
    "impression 3D",
    "quantique",
    "ESN",
    "CAC 40",
    "capital-risque",
    "business angels",
]
SYLLABLES = [
    "ka",
    "lo",
    "ne",
    "vi",
    "za",
    "ra",
    "po",
    "mi",
    "tu",
    "le",
    "do",
    "sa",
    "fi",
    "ne",
    "ro",
    "ba",
    "li",
    "qu",
    "ve",
    "ty",
    "xo",
]
SUFFIXES = ["", "ly", "io", "pay", "tech", "lab", "hub", "flow", "up", "ia", "go", "ify"]
SUBJECTS = [
    "La start-up",
    "Le fonds d’investissement",
    "L’entreprise",
    "Le ministre délégué au Numérique",
    "La French Tech",
    "Le cofondateur",
    "Les investisseurs",
    "La plateforme",
    "Le géant américain",
    "L’éditeur de logiciels",
    "La licorne française",
    "Bpifrance",
    "Le groupe",
    "La société lyonnaise",
    "Le directeur général",
    "L’incubateur",
    "La fintech parisienne",
    "L’opérateur",
    "La jeune pousse bordelaise",
    "Le régulateur européen",
]
VERBS = [
    "annonce",
    "lève",
    "prépare",
    "accélère",
    "confirme",
    "déploie",
    "rachète",
    "investit dans",
    "mise sur",
    "présente",
    "renforce",
    "ouvre",
    "teste",
    "lance",
    "cède",
    "vise",
    "abandonne",
    "réorganise",
]
OBJECTS = [
    "une levée de fonds de {n} millions d’euros",
    "son expansion en Allemagne",
    "une nouvelle offre à destination des PME",
    "l’intelligence artificielle générative",
    "une équipe de {n} ingénieurs",
    "un entrepôt à Marseille",
    "la souveraineté numérique",
    "un plan social touchant {n}\u00a0% des effectifs",
    "son application de paiement",
    "une filiale au Québec",
    "le marché de la seconde main",
    "un partenariat avec La Poste",
    "ses serveurs dans un centre de données français",
    "une place de marché B2B",
    "l’ouverture de son capital",
]
COMPLEMENTS = [
    "d’ici à la fin de l’année",
    "selon nos informations",
    "malgré un contexte économique tendu",
    "après dix-huit mois de négociations",
    "au premier trimestre",
    "à Station F",
    "avec le soutien de Bpifrance",
    "dans un marché en pleine consolidation",
    "pour la troisième fois en deux ans",
    "face à la concurrence chinoise",
    "sous l’œil attentif de la CNIL",
    "à l’approche des élections européennes",
    "",
    "",
]
SPEECH = ["explique", "souligne", "affirme", "précise", "reconnaît", "confie"]
STATUSES = ["publish", "draft", "future", "private", "pending", "trash"]
STATUS_WEIGHTS = [86, 5, 2, 2, 1, 4]
SIZES = [(1200, 800), (1600, 900), (800, 533), (2048, 1365), (1080, 1080)]
START = datetime(2012, 1, 3, 7, 0)


def slugify(text, length=70):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:length].rstrip("-")


def mysql(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def paris(moment_utc):
    """Local time, roughly: summer time from April to October."""
    return moment_utc + timedelta(hours=2 if 4 <= moment_utc.month <= 10 else 1)


def make_authors():
    authors = []
    for first, last in AUTHORS:
        login = slugify(f"{first[0]}{last}", 30).replace("-", "")
        email = f"{login}@frenchweb.fr"
        authors.append(Author(login, f"{first} {last}", email, first, last))
    return authors


def make_categories():
    terms = [
        Term("category", slugify(name), name, description=f"L’actualité {name}")
        for name in CATEGORIES
    ]
    for parent, children in CATEGORIES.items():
        for name in children:
            terms.append(Term("category", slugify(name), name, parent=slugify(parent)))
    return terms


def make_tags(rng, count=500):
    names, seen = [], set()
    for name in [*TOPICS, *(f"{first} {last}" for first, last in AUTHORS + GUESTS)]:
        names.append(name)
        seen.add(slugify(name))
    while len(names) < count:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))) + rng.choice(SUFFIXES)
        name = word.capitalize()
        if slugify(name) not in seen:
            seen.add(slugify(name))
            names.append(name)
    return [Term("post_tag", slugify(name), name) for name in names]


def make_guests():
    return [
        Term("author", f"cap-{slugify(first + last, 30).replace('-', '')}", f"{first} {last}")
        for first, last in GUESTS
    ]


class Writer:
    """Posts, one after the other, each with the attachments it owns."""

    def __init__(self, rng, attachments_per_post, authors, categories, tags, guests):
        self.rng = rng
        self.per_post = attachments_per_post
        self.authors, self.categories, self.tags, self.guests = authors, categories, tags, guests
        self.next_id = 100
        self.next_comment = 1
        self.moment = START
        self.recent = deque(maxlen=300)  # (title, permalink) of the last published posts
        self.posts = self.attachments = 0

    def sentence(self):
        rng = self.rng
        what = rng.choice(OBJECTS).format(n=rng.randint(2, 180))
        text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {what}"
        if rng.random() < 0.2:
            person = rng.choice(AUTHORS + GUESTS)
            return f"« {text} », {rng.choice(SPEECH)} {person[0]} {person[1]}."
        end = rng.choice(COMPLEMENTS)
        return f"{text} {end}." if end else f"{text}."

    def paragraph(self):
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 5))]
        if self.recent and self.rng.random() < 0.25:
            title, url = self.rng.choice(self.recent)
            sentences.append(f'À lire aussi : <a href="{url}">{title}</a>.')
        if self.rng.random() < 0.1:
            sentences[0] = f"<strong>{sentences[0]}</strong>"
        return " ".join(sentences)

    def image(self, photo, gutenberg):
        width, height = 800, round(800 * 2 / 3)
        src = photo.attachment_url
        alt = photo.meta.get("_wp_attachment_image_alt", "")
        if gutenberg:
            return (
                f'<!-- wp:image {{"id":{photo.post_id},"sizeSlug":"large"}} -->\n'
                f'<figure class="wp-block-image size-large"><img src="{src}" alt="{alt}" '
                f'class="wp-image-{photo.post_id}"/><figcaption class="wp-element-caption">'
                f"{photo.excerpt}</figcaption></figure>\n<!-- /wp:image -->"
            )
        return (
            f'[caption id="attachment_{photo.post_id}" align="aligncenter" width="{width}"]'
            f'<img class="size-large wp-image-{photo.post_id}" src="{src}" alt="{alt}" '
            f'width="{width}" height="{height}" /> {photo.excerpt}[/caption]'
        )

    def content(self, photos):
        rng = self.rng
        gutenberg = rng.random() < 0.5
        blocks = []
        for number in range(rng.randint(4, 12)):
            text = self.paragraph()
            if number and rng.random() < 0.15:
                heading = self.sentence().rstrip(".")
                blocks.append(
                    f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{heading}</h2>\n'
                    "<!-- /wp:heading -->"
                    if gutenberg
                    else f"<h2>{heading}</h2>"
                )
            if gutenberg and rng.random() < 0.08:
                blocks.append(
                    '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->'
                    f"\n<p>{text}</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->"
                )
            elif gutenberg:
                blocks.append(f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->")
            else:
                blocks.append(text)
            if photos and number == 1 and rng.random() < 0.6:
                blocks.append(self.image(photos[-1], gutenberg))
        return "\n\n".join(blocks)

    def photos(self, post_id, slug, when, count):
        photos = []
        for number in range(count):
            width, height = self.rng.choice(SIZES)
            name = f"{(slug or 'image')[:40]}-{number + 1}.jpg"
            photos.append(
                attachment(
                    self.next_id,
                    f"{when:%Y/%m}/{name}",
                    parent=post_id,
                    alt=self.sentence().rstrip(".")[:120],
                    caption=f"{self.sentence()} Crédit photo : DR",
                    width=width,
                    height=height,
                    creator=self.rng.choice(self.authors).login,
                    post_date=mysql(paris(when)),
                    post_date_gmt=mysql(when),
                )
            )
            self.next_id += 1
        return photos

    def post(self):
        """The next post and its attachments, as items to write."""
        rng = self.rng
        self.moment += timedelta(minutes=rng.randint(30, 390))
        when = self.moment
        post_id, self.next_id = self.next_id, self.next_id + 1
        status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
        title = self.sentence().rstrip(".").replace("« ", "").split(" », ")[0]
        slug = slugify(title)
        photos = self.photos(post_id, slug, when, self.per_post)
        date, date_gmt = mysql(paris(when)), mysql(when)
        meta = {"_edit_last": "1"}
        if photos:
            meta["_thumbnail_id"] = photos[0].post_id
        if rng.random() < 0.3:
            meta["_yoast_wpseo_metadesc"] = self.sentence()
        link = f"{SITE}/{slug}/{post_id}"
        if status == "draft":
            slug, link = "", None
            if rng.random() < 0.5:
                date_gmt = ZERO_DATE
        elif status == "future":
            later = when + timedelta(days=rng.randint(1, 30))
            date, date_gmt = mysql(paris(later)), mysql(later)
        elif status == "trash":
            meta["_wp_trash_meta_status"] = "publish"
            meta["_wp_trash_meta_time"] = str(int(when.timestamp()))
            slug = f"{slug}__trashed"
        elif status == "publish" and rng.random() < 0.05:
            meta["_wp_old_slug"] = slugify(self.sentence())
        categories = rng.sample(self.categories, rng.randint(1, 2))
        categories += rng.sample(self.tags, rng.randint(0, 6))
        if rng.random() < 0.1:
            categories.append(rng.choice(self.guests))
        comments = []
        if status == "publish" and rng.random() < 0.2:
            for _ in range(rng.randint(1, 4)):
                first, last = rng.choice(AUTHORS + GUESTS)
                said = when + timedelta(hours=rng.randint(1, 72))
                comments.append(
                    Comment(
                        self.next_comment,
                        f"{first} {last[0]}.",
                        self.sentence(),
                        mysql(said),
                        approved=rng.choice(["1", "1", "1", "0"]),
                        author_email=f"{slugify(first)}@exemple.fr",
                        author_ip="192.0.2.1",
                        date=mysql(paris(said)),
                    )
                )
                self.next_comment += 1
        post = Item(
            post_id,
            title=title,
            status=status,
            content=self.content(photos),
            excerpt=self.sentence() if rng.random() < 0.3 else "",
            slug=slug,
            link=link,
            creator=rng.choice(self.authors).login,
            post_date=date,
            post_date_gmt=date_gmt,
            is_sticky=status == "publish" and rng.random() < 0.002,
            categories=categories,
            meta=meta,
            comments=comments,
        )
        if status == "publish":
            self.recent.append((title, link))
        self.posts += 1
        self.attachments += len(photos)
        return [post, *photos]


def pages():
    return [
        Item(
            2,
            title="Mentions légales",
            post_type="page",
            slug="mentions-legales",
            content="<p>Éditeur : FrenchWeb SAS, 75002 Paris.</p>",
            comment_status="closed",
        ),
        Item(
            3,
            title="Qui sommes-nous ?",
            post_type="page",
            slug="qui-sommes-nous",
            content="<p>Le média de l’économie numérique.</p>",
            comment_status="closed",
        ),
    ]


class Uploads:
    """A copy of ``wp-content/uploads`` for the export: every attachment's file, a hard link
    to one photograph of its size (made once, with some detail so that it weighs what a
    newsroom's photo does), so that the import reads, checks and re-encodes real files."""

    def __init__(self, root):
        self.root = root
        self.samples = {}

    def add(self, item):
        file = item.meta.get("_wp_attached_file")
        if not file:
            return
        size = tuple(int(x) for x in re.findall(r'"(?:width|height)";i:(\d+)', item.meta.get(
            "_wp_attachment_metadata", ""))[:2]) or (1200, 800)  # fmt: skip
        target = self.root / file
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            os.link(self._sample(size), target)

    def _sample(self, size):
        if size not in self.samples:
            from PIL import Image, ImageFilter

            path = self.root / ".samples" / f"{size[0]}x{size[1]}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            noise = Image.effect_noise(size, 60).filter(ImageFilter.GaussianBlur(2))
            Image.merge("RGB", (noise, noise.rotate(90, expand=False), noise)).save(
                path, "JPEG", quality=85
            )
            self.samples[size] = path
        return self.samples[size]


def generate(out, posts=20000, attachments_per_post=1, seed=1, size_mb=None, uploads=None):
    """Write the export to ``out`` (and, with ``uploads``, its files there); return (bytes
    written, posts, attachments)."""
    rng = Random(seed)
    authors, categories = make_authors(), make_categories()
    tags, guests = make_tags(rng), make_guests()
    export = Export(authors=authors, terms=[*categories, *tags, *guests])
    writer = Writer(rng, attachments_per_post, authors, categories, tags, guests)
    limit = int(size_mb * 1024 * 1024) if size_mb else None
    with open(out, "wb", buffering=1 << 20) as file:
        export.write_head(file)
        write_items(file, pages(), export.blog_url)
        files = Uploads(uploads) if uploads else None
        while (file.tell() < limit) if limit else (writer.posts < posts):
            items = list(writer.post())
            if files:
                for item in items:
                    if item.post_type == "attachment":
                        files.add(item)
            write_items(file, items, export.blog_url)
        export.write_tail(file)
        size = file.tell()
    return size, writer.posts, writer.attachments


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the WXR file to write")
    parser.add_argument("--posts", type=int, default=20000, help="how many posts (20000)")
    parser.add_argument("--attachments-per-post", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size-mb", type=float, help="instead of --posts: grow to ~N MB")
    parser.add_argument("--uploads", type=Path, help="also write the attachments' files there")
    args = parser.parse_args(argv)
    size, posts, attachments = generate(
        args.out, args.posts, args.attachments_per_post, args.seed, args.size_mb, args.uploads
    )
    print(
        f"{args.out}: {size / 1024 / 1024:.1f} MB ({size} bytes), {posts} posts, "
        f"{attachments} attachments, 2 pages"
    )


if __name__ == "__main__":
    main()
