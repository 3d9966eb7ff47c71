import uuid
from io import StringIO

import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests create many accounts: a fast hasher, never used outside the tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a change and its on-commit callbacks, as a real transaction would."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


@pytest.fixture(autouse=True)
def page_cache_off(settings, tmp_path):
    """The page cache is off by default in tests (they render, count queries, read the
    context); tests/test_page_cache.py turns it on. Its keys' folder is the test's own."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_CACHE_KEYS_DIR = tmp_path / "page-cache-keys"
    cache.clear()


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Background tasks run at once, in the test's own process and transaction (Django's
    ImmediateBackend); tests of the queue itself switch to the database backend
    (tests/tasks.py)."""
    settings.TASKS = {
        "default": settings.TASKS["default"]
        | {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder, never to ./media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """A real S3-compatible server for the session (benchmarks/s3.py: moto's standalone
    server on a free loopback port, with one bucket). Each test using it gets a folder of its
    own in the bucket (``media_backend``)."""
    from benchmarks.s3 import s3_server as start

    try:
        with start(tmp_path_factory.mktemp("moto") / "moto_server.log") as server:
            yield server
    except RuntimeError as error:
        pytest.fail(str(error))


@pytest.fixture(params=["local", "s3"])
def media_backend(request, settings):
    """Run a test on each media storage: the local folder (the ``media_root`` fixture's), and
    an S3 bucket of the real server above, through django-storages as in production (our
    subclass of its S3Storage: core.s3).

    Django forgets its storages when STORAGES changes (its setting_changed handler empties
    ``storages._storages`` and ``default_storage._wrapped``), and model file fields hold the
    lazy ``default_storage`` itself: they follow (tests/test_media_storage.py checks it)."""
    from django.core.files.storage import default_storage

    if request.param == "local":
        settings.MEDIA_REDIRECT_RENDITIONS = False
    else:
        server = request.getfixturevalue("s3_server")
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "core.s3.S3MediaStorage",
                "OPTIONS": {
                    "bucket_name": server.bucket,
                    "endpoint_url": server.endpoint,
                    "access_key": "test",
                    "secret_key": "test",
                    "region_name": "us-east-1",
                    "location": f"test-{uuid.uuid4().hex[:12]}",  # this test's own folder
                    "querystring_auth": False,
                    "file_overwrite": True,
                    "object_parameters": {"CacheControl": "public, max-age=2592000"},
                },
            },
        }
        settings.MEDIA_REDIRECT_RENDITIONS = True
    assert (
        default_storage.__class__.__name__
        == {"local": "LocalMediaStorage", "s3": "S3MediaStorage"}[request.param]
    )
    return request.param


@pytest.fixture(autouse=True)
def imports_root(settings, tmp_path):
    """WordPress exports uploaded in the admin go to a temporary folder, never to ./var."""
    settings.IMPORTS_ROOT = tmp_path / "imports"
    return settings.IMPORTS_ROOT


def _staff(username, group):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(
        username, password="motdepasse-solide-42", is_staff=True, first_name=username.title()
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def journalist(db):
    """A journalist (group « Journalistes ») who signs as the author « Jeanne Dussueil »."""
    from articles.models import Author

    user = _staff("jeanne", "Journalistes")
    Author.objects.create(name="Jeanne Dussueil", slug="jeanne-dussueil", user=user)
    return user


@pytest.fixture
def other_journalist(db):
    from articles.models import Author

    user = _staff("karim", "Journalistes")
    Author.objects.create(name="Karim Benali", slug="karim-benali", user=user)
    return user


@pytest.fixture
def editor(db):
    return _staff("claire", "Éditeurs")


@pytest.fixture
def partner_manager(db):
    return _staff("paul", "Partenariats")


@pytest.fixture
def demo(db):
    """The demo content (``load_demo``): the seed article of FrenchWeb and its neighbours."""
    from django.core.management import call_command

    call_command("load_demo", stdout=StringIO())


@pytest.fixture
def seed_site(db):
    """A small site around the seed article (tests/factories.make_seed_site)."""
    from tests.factories import make_seed_site

    return make_seed_site()
