"""The cluster, proven (benchmarks/cluster.py; README « Mise en production à plusieurs
serveurs »): two app servers (gunicorn) and a worker sharing PostgreSQL, Redis and an
S3-compatible store (moto's server), behind nginx with both servers in one upstream.

A photo uploaded through one server is shown with its renditions by the other; a publication
on one is seen at once on the other; a login lock and a session hold across both; killing
one server under load loses no request. Real processes over HTTP, as in production.

Run in the PostgreSQL half of the suite only: the cluster has its own PostgreSQL database
whatever the suite's, and a minute of start-up is enough once."""

import os
import re
import shutil
import tempfile
import threading
import time
from io import BytesIO
from pathlib import Path

import pytest
import requests
from django.db import connection
from PIL import Image

from benchmarks.cluster import DEMO_PASSWORD, cluster

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the cluster is proven once, with PostgreSQL"
)


@pytest.fixture(scope="module")
def running():
    # Not under pytest's own temporary folder: another pytest run on the machine removes the
    # oldest of those, and nginx's cache folder with it (every page then a 500).
    # CLUSTER_TEST_DIR: a folder that is kept, to read the logs after a failure.
    kept = os.environ.get("CLUSTER_TEST_DIR")
    run_dir = Path(kept or tempfile.mkdtemp(prefix="newsroom-cluster-"))
    with cluster(run_dir=run_dir, servers=2, storage="s3",
                 database="newsroom_cluster_test", web_concurrency=2) as running:  # fmt: skip
        yield running
    if not kept:
        shutil.rmtree(run_dir, ignore_errors=True)


def log_in(base, username, password=DEMO_PASSWORD, session=None):
    """Sign in through the admin's form at ``base``: (session, response)."""
    session = session or requests.Session()
    form = session.get(f"{base}/admin/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = session.post(
        f"{base}/admin/login/?next=/admin/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token,
              "next": "/admin/"},
        allow_redirects=False, timeout=30,
    )  # fmt: skip
    return session, response


def csrf_token(session, url):
    page = session.get(url, timeout=30)
    assert page.status_code == 200, url
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def jpeg():
    buffer = BytesIO()
    Image.new("RGB", (1600, 900), (40, 90, 140)).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def test_a_photo_uploaded_through_one_server_is_shown_with_its_renditions_by_the_other(running):
    one, other = running.servers[0].url, running.servers[1].url
    session, response = log_in(one, "jdussueil")
    assert response.status_code == 302
    token = csrf_token(session, f"{one}/admin/articles/photo/add/")
    response = session.post(
        f"{one}/admin/articles/photo/add/",
        data={"csrfmiddlewaretoken": token, "alt_text": "Des serveurs en grappe",
              "caption": "La salle des machines", "credit": "Rédaction", "source": "",
              "licence": "reserved", "tags": "", "focal_x": "0.5", "focal_y": "0.5"},
        files={"image": ("grappe.jpg", jpeg(), "image/jpeg")},
        allow_redirects=False, timeout=60,
    )  # fmt: skip
    assert response.status_code == 302, response.text[-3000:]
    pk = int(
        running.shell("from articles.models import Photo; print(Photo.objects.latest('pk').pk)")
    )

    # The worker (a third process) makes the renditions ahead of need, in the bucket.
    deadline = time.monotonic() + 60
    while True:
        listed = running.s3.client.list_objects_v2(
            Bucket=running.s3.bucket, Prefix=f"renditions/{pk}/"
        )
        if listed.get("KeyCount"):
            break
        assert time.monotonic() < deadline, "no rendition made by the worker"
        time.sleep(0.5)

    # The other server shows it, with the same session, and answers its renditions.
    page = session.get(f"{other}/admin/articles/photo/{pk}/change/", timeout=30)
    assert page.status_code == 200 and "La salle des machines" in page.text
    renditions = re.findall(
        rf"/media/renditions/{pk}/[0-9a-f]+/[a-z0-9x-]+\.(?:jpg|webp|avif)", page.text
    )
    assert renditions, "no rendition on the page"
    answer = requests.get(other + renditions[0], allow_redirects=False, timeout=30)
    assert answer.status_code == 302 and answer.headers["Location"].startswith(running.s3.endpoint)
    image = requests.get(answer.headers["Location"], timeout=30)
    assert image.status_code == 200 and image.headers["Content-Type"].startswith("image/")
    assert Image.open(BytesIO(image.content)).width > 0


def test_a_publication_on_one_server_is_seen_at_once_on_the_other(running):
    one, other = running.servers[0].url, running.servers[1].url
    pk, slug = running.shell(
        "from articles.models import Article; a = Article.objects.published()"
        ".filter(publication__is_default=True).order_by('-published_at')[3]; print(a.pk, a.slug)"
    ).split()
    page = f"{other}/articles/{slug}/"
    assert requests.get(page, allow_redirects=False, timeout=30).status_code == 200
    assert requests.get(page, timeout=30).headers["X-Cache"] == "HIT"  # kept in Redis

    session, response = log_in(one, "mdelorme")
    assert response.status_code == 302
    changelist = f"{one}/admin/articles/article/"

    def act(action):
        token = csrf_token(session, changelist)
        done = session.post(changelist, data={"csrfmiddlewaretoken": token, "action": action,
                                              "_selected_action": pk, "index": "0"},
                            allow_redirects=False, timeout=30)  # fmt: skip
        assert done.status_code == 302

    act("unpublish_selected")
    assert requests.get(page, timeout=30).status_code == 404
    act("publish_selected")
    assert requests.get(page, timeout=30).status_code == 200


def test_a_login_lock_and_a_session_hold_across_both_servers(running):
    one, other = running.servers[0].url, running.servers[1].url
    for attempt in range(5):  # the pair's limit (LOGIN_PAIR_LIMIT), spread over both
        _, response = log_in(running.servers[attempt % 2].url, "crousset", "pas le bon")
        assert response.status_code == 200  # the form again
    for base in (one, other):
        _, response = log_in(base, "crousset")  # the right password, too late on either
        assert response.status_code != 302
        assert "Trop d’échecs de connexion pour ce compte" in response.text

    session, response = log_in(one, "jdussueil")
    assert response.status_code == 302
    admin = session.get(f"{other}/admin/", allow_redirects=False, timeout=30)
    assert admin.status_code == 200 and "Bienvenue" in admin.text


def test_killing_one_server_under_load_loses_no_request(running):
    statuses, stop, failures = [], threading.Event(), []

    def load(number):
        session, n = requests.Session(), 0
        while not stop.is_set():
            n += 1
            # A new search each time: rendered by an app server, never by a cache.
            response = session.get(f"{running.url}/recherche/?q=cloud{number}x{n}", timeout=60)
            statuses.append(response.status_code)
            if response.status_code != 200 and len(failures) < 3:
                failures.append((response.status_code, response.headers, response.text[:500]))

    threads = [threading.Thread(target=load, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    before = len(statuses)
    running.servers[0].kill()
    time.sleep(5)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert before > 10 and len(statuses) - before > 10  # served before and after the loss
    log = (running.run_dir / "cluster.log").read_text(errors="replace")[-3000:]
    assert set(statuses) == {200}, ({s: statuses.count(s) for s in set(statuses)}, failures, log)
    # What was written before is still there: the other server answers it.
    assert requests.get(f"{running.servers[1].url}/healthz", timeout=30).status_code == 200
