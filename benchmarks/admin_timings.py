"""The admin's article list at scale: server time of the default view, a search and each
filter, for a superuser (printed as JSON by benchmarks/run.py)."""

import json
import statistics
import time

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

VIEWS = {
    "default": "",
    "search": "?q=num%C3%A9rique",
    "state: scheduled": "?etat=scheduled",
    "state: draft": "?etat=draft",
    "mine": "?qui=moi",
    "primary category": "?primary_category__id__exact=2",
    "other category": "?rubrique=1",  # OtherCategoryFilter, as the admin links it
    "year": "?published_at__year=2022",
}


def main():
    User = get_user_model()
    user, _ = User.objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    results = {}
    for name, query in VIEWS.items():
        url = "/admin/articles/article/" + query
        client.get(url)
        queries = []

        def count(run, *args, queries=queries):
            queries.append(1)
            return run(*args)

        with connection.execute_wrapper(count):
            status = client.get(url).status_code
        times = []
        for _ in range(7):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        results[name] = {"status": status, "queries": len(queries), "p50": statistics.median(times)}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
