"""Realistic articles in bulk, for measuring the site at newsroom scale.

French-like text comes from a word-level Markov chain trained on the demo articles; a pool
of generated paragraphs and titles is drawn from, so that 100,000 articles take seconds
of Python. Everything is drawn from one random generator: the same seed gives the same
articles (dates are counted back from ``end``).
"""

import itertools
import random
import re
import sys
import time
from collections import defaultdict
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from articles import demo_data, search
from articles.demo import placeholder_jpeg
from articles.indexing import listing_rows
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Listing,
    Photo,
    Publication,
    Tag,
    TaggedArticle,
)
from articles.text import slugify_fr

BATCH = 2000
TAG_VOCABULARY = 3000
AUTHORS = 60
PHOTOS = 40

_TAGS = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

FIRST_NAMES = ["Jeanne", "Marc", "Claire", "Antoine", "Aminata", "Karim", "Sophie", "Lucas",
               "Inès", "Thomas", "Fatou", "Julien", "Léa", "Mehdi", "Camille", "Hugo", "Nadia",
               "Paul", "Sarah", "Youssef"]  # fmt: skip
LAST_NAMES = ["Dussueil", "Delorme", "Vasseur", "Berthier", "Diop", "Benali", "Martin",
              "Lefèvre", "Traoré", "Garnier", "Mercier", "Haddad", "Rousseau", "Ndiaye",
              "Fontaine", "Chevalier", "Kone", "Morel", "Girard", "Boyer"]  # fmt: skip
SYLLABLES = ["da", "ta", "lys", "no", "va", "tek", "ri", "mo", "lu", "xi", "ka", "sen",
             "ly", "bo", "zen", "qua", "vi", "ra", "mi", "po", "dor", "fi", "na", "go",
             "pha"]  # fmt: skip
TOPICS = ["Intelligence artificielle", "Cloud", "Cybersécurité", "Fintech", "Levée de fonds",
          "Startups", "French Tech", "Logistique", "Mobilité", "E-commerce", "Télécoms",
          "Santé numérique", "Edtech", "Agritech", "Énergie", "Blockchain", "Données",
          "Régulation", "Emploi", "Recrutement", "Robotique", "Satellites", "Semi-conducteurs",
          "Open source", "Jeux vidéo", "Médias", "Publicité", "Cryptomonnaies", "5G",
          "Quantique", "Industrie", "Retail", "Assurance", "Banque", "Immobilier"]  # fmt: skip
PLACES = ["Paris", "Lyon", "Marseille", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes",
          "Alger", "Tunis", "Casablanca", "Dakar", "Abidjan", "Lagos", "Nairobi", "Le Caire",
          "Montréal", "Bruxelles", "Genève", "Berlin", "Londres", "Madrid"]  # fmt: skip


def corpus():
    """Sentences of the demo articles, as lists of words."""
    sentences = []
    for spec in demo_data.ARTICLES:
        text = _TAGS.sub(" ", spec["body"] + " " + spec["standfirst"])
        for sentence in _SENTENCE_END.split(text):
            words = sentence.split()
            if len(words) >= 6:
                sentences.append(words)
    return sentences


class Markov:
    """An order-2 word chain: text that reads like French news, meaning nothing."""

    def __init__(self, sentences):
        self.next = defaultdict(list)
        self.starts = []
        for words in sentences:
            padded = ["", "", *words, None]
            self.starts.append((words[0], words[1]))
            for a, b, c in zip(padded, padded[1:], padded[2:], strict=False):
                self.next[(a, b)].append(c)

    def sentence(self, rng, limit=40):
        a, b = rng.choice(self.starts)
        words = [a, b]
        while len(words) < limit:
            choices = self.next.get((a, b))
            if not choices:
                break
            c = rng.choice(choices)
            if c is None:
                break
            words.append(c)
            a, b = b, c
        text = " ".join(words)
        return text if text[-1] in ".!?…»" else text + "."


def tag_names(rng, count):
    names = set(TOPICS) | set(PLACES)
    for spec in demo_data.ARTICLES:
        names.update(spec["tags"])
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        kind = rng.random()
        if kind < 0.5:
            names.add(word.capitalize())
        elif kind < 0.8:
            names.add(f"{word.capitalize()} {rng.choice(TOPICS)}")
        else:
            names.add(f"{rng.choice(TOPICS)} à {rng.choice(PLACES)}")
    return sorted(names)[:count] if len(names) > count else sorted(names)


class Progress:
    def __init__(self, total, stream=sys.stderr):
        self.total, self.stream, self.start = total, stream, time.monotonic()

    def show(self, done):
        width = 30
        filled = int(width * done / self.total) if self.total else width
        elapsed = time.monotonic() - self.start
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,} / {self.total:,} articles"
            f" ({elapsed:.0f} s)".replace(",", "\u202f")
        )
        self.stream.flush()

    def end(self):
        self.stream.write("\n")


def _library(rng, publication):
    """``publication``'s categories (the demo's, made for the default one if it has none),
    authors and photos shared by the generated articles."""
    sections = Category.objects.filter(publication=publication)
    categories = list(sections.exclude(is_lead=True))
    lead = sections.filter(is_lead=True).first()
    if not categories and not publication.is_default:
        raise ValueError(f"« {publication} » n’a aucune rubrique : créez-en d’abord.")
    if not categories:
        for spec in demo_data.CATEGORIES:
            fields = {k: spec[k] for k in ("name", "position", "is_in_navigation", "is_lead")}
            if spec["parent"]:
                fields["parent"] = sections.get(slug=spec["parent"])
            Category.objects.get_or_create(
                slug=spec["slug"], publication=publication, defaults=fields
            )
        categories = list(sections.exclude(is_lead=True))
        lead = sections.filter(is_lead=True).first()
    authors = []
    for n, (first, last) in enumerate(itertools.product(FIRST_NAMES, LAST_NAMES)):
        if n >= AUTHORS:
            break
        author, _ = Author.objects.get_or_create(
            slug=f"gen-{slugify_fr(first)}-{slugify_fr(last)}",
            defaults={"name": f"{first} {last}", "role": "Journaliste"},
        )
        authors.append(author)
    photos = list(Photo.objects.filter(source="Génération").order_by("pk")[:PHOTOS])
    while len(photos) < PHOTOS:
        color = "#{:02x}{:02x}{:02x}".format(*(rng.randint(30, 200) for _ in range(3)))
        photo = Photo(
            alt_text="Illustration générée",
            caption=f"Illustration n° {len(photos) + 1}",
            credit="Newsroom",
            source="Génération",
        )
        photo.image = ContentFile(placeholder_jpeg(color), name="generated.jpg")
        photo.save()
        photos.append(photo)
    return categories, lead, authors, photos


def generate(*, count, seed=1, end=None, stream=sys.stderr, publication=None):
    """Create ``count`` articles (in ``publication``, among its sections; by default in the
    default publication); return how many were created."""
    rng = random.Random(seed)
    end = end or timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    span = timedelta(days=3650).total_seconds()
    chain = Markov(corpus())
    paragraphs = [
        " ".join(chain.sentence(rng) for _ in range(rng.randint(3, 5))) for _ in range(3000)
    ]
    titles = [chain.sentence(rng, limit=rng.randint(8, 14)).rstrip(".") for _ in range(20000)]
    standfirsts = [chain.sentence(rng, limit=30) for _ in range(5000)]
    # Its own generator: whether the library exists already must not change the articles.
    publication = publication or Publication.objects.default()
    categories, lead, authors, photos = _library(random.Random(f"library-{seed}"), publication)
    publication_id = publication.pk

    names = tag_names(rng, TAG_VOCABULARY)
    existing = {name.lower() for name in Tag.objects.values_list("name", flat=True)}
    taken = set(Tag.objects.values_list("slug", flat=True))
    new_tags = []
    for name in names:
        if name.lower() in existing:
            continue
        base = slug = slugify_fr(name, max_length=90, fallback="tag")
        n = 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        existing.add(name.lower())
        new_tags.append(Tag(name=name, slug=slug))
    Tag.objects.bulk_create(new_tags, batch_size=BATCH)
    wanted = set(names)
    names_by_id = {pk: name for name, pk in Tag.objects.values_list("name", "pk") if name in wanted}
    tag_ids = sorted(names_by_id)

    first_number = Article.objects.count() + 1
    progress = Progress(count, stream)
    created = 0
    through = Article.categories.through
    while created < count:
        size = min(BATCH, count - created)
        with transaction.atomic():
            articles = []
            for i in range(size):
                number = first_number + created + i
                title = rng.choice(titles)
                roll = rng.random()
                if roll < 0.03:
                    status, published_at = Article.State.DRAFT, None
                elif roll < 0.04:
                    status = Article.State.PUBLISHED
                    published_at = end + timedelta(seconds=rng.uniform(86400, 30 * 86400))
                else:
                    status = Article.State.PUBLISHED
                    published_at = end - timedelta(seconds=rng.uniform(0, span))
                body = "".join(f"<p>{p}</p>" for p in rng.sample(paragraphs, rng.randint(4, 7)))
                articles.append(
                    Article(
                        title=title,
                        slug=f"{slugify_fr(title, max_length=80)}-{number}",
                        standfirst=rng.choice(standfirsts),
                        body=body,
                        status=status,
                        published_at=published_at,
                        lead_photo=rng.choice(photos) if rng.random() < 0.9 else None,
                        primary_category=rng.choice(categories),
                        publication_id=publication_id,
                    )
                )
            Article.objects.bulk_create(articles, batch_size=BATCH)
            bylines, tagged, filed, listings, documents = [], [], [], [], []
            for article in articles:
                signed = rng.sample(authors, rng.randint(1, 3))
                for position, author in enumerate(signed, 1):
                    bylines.append(ArticleAuthor(article=article, author=author, position=position))
                chosen_tags = rng.sample(tag_ids, rng.randint(2, 6))
                listed_at = article.public_from()
                for tag_id in chosen_tags:
                    tagged.append(
                        TaggedArticle(content_object=article, tag_id=tag_id, published_at=listed_at)
                    )
                others = []
                if lead and rng.random() < 0.08:
                    others.append(lead)
                if rng.random() < 0.3:
                    other = rng.choice(categories)
                    if other.pk != article.primary_category_id:
                        others.append(other)
                filed += [through(article_id=article.pk, category_id=c.pk) for c in others]
                # What signals would derive from a save, made here from what is at hand.
                listings += listing_rows(article, others)
                documents.append(
                    (
                        article.pk,
                        search.document(
                            article, [names_by_id[t] for t in chosen_tags], [a.name for a in signed]
                        ),
                    )
                )
            ArticleAuthor.objects.bulk_create(bylines, batch_size=BATCH * 3)
            TaggedArticle.objects.bulk_create(tagged, batch_size=BATCH * 4)
            through.objects.bulk_create(filed, batch_size=BATCH)
            Listing.objects.bulk_create(listings, batch_size=BATCH * 2)
            search.index_documents(documents)
        created += size
        progress.show(created)
    progress.end()
    return created
