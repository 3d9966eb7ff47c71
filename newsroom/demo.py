"""``manage.py load_demo``: the demo newsroom (articles.demo), its partners (partners.demo)
and one demo account per role, created once and never changed after."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from accounts.roles import EDITORS, JOURNALISTS, PARTNERSHIPS
from articles.demo import load_articles
from articles.models import Author, Publication
from partners.demo import load_partners

DEMO_USERS = [
    {"username": "jdussueil", "first_name": "Jeanne", "last_name": "Dussueil",
     "group": JOURNALISTS, "author": "jeanne-dussueil", "publications": ["frenchweb"]},
    {"username": "crousset", "first_name": "Claire", "last_name": "Rousset",
     "group": JOURNALISTS, "author": "claire-rousset", "publications": ["journaldesrh"]},
    {"username": "mdelorme", "first_name": "Marc", "last_name": "Delorme",
     "group": EDITORS, "author": "marc-delorme", "publications": ["frenchweb", "journaldesrh"]},
    {"username": "pmartin", "first_name": "Paul", "last_name": "Martin",
     "group": PARTNERSHIPS, "author": None, "publications": []},
]  # fmt: skip


def demo_users():
    """One account per role; returns (username, group, password) of those created now."""
    User = get_user_model()
    created = []
    for spec in DEMO_USERS:
        if User.objects.filter(username=spec["username"]).exists():
            continue
        password = os.environ.get("NEWSROOM_DEMO_PASSWORD") or secrets.token_urlsafe(9)
        user = User.objects.create_user(
            spec["username"],
            password=password,
            first_name=spec["first_name"],
            last_name=spec["last_name"],
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=spec["group"]))
        # Each journalist writes for one title, the editor-in-chief for both.
        user.publications.set(Publication.objects.filter(slug__in=spec["publications"]))
        # The journalist's account signs as their byline.
        Author.objects.filter(slug=spec["author"], user__isnull=True).update(user=user)
        created.append((spec["username"], spec["group"], password))
    return created


@transaction.atomic
def load_demo():
    """Create the demo content and accounts that are missing. Returns what was created, by
    kind, and the accounts created now with their passwords (to be shown once)."""
    created = load_articles()
    created["partenaires"] = load_partners()
    return created, demo_users()
