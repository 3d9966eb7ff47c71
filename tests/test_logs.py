"""Log lines: time, level, logger and the request's id on each, as text or JSON; the id
taken from a trusted front server or made here, and sent back; errors mailed to ADMINS (once
per interval) or sent to an error tracker (SENTRY_DSN), each with the request's id.

Logging is configured once per process: each case runs the site in a fresh one."""

import gzip
import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parents[1]


def run_site(env, script):
    """``script`` under Django with ``env``: (its last line of output as JSON, its log lines)."""
    base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    result = subprocess.run(
        [sys.executable, "-c", "import json, django; django.setup()\n" + script],
        env=base
        | {
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DEBUG": "0",
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_MANIFEST": "0",
            # A database of no tables: the publications' lookup fails and is logged, fine.
            "DATABASE_URL": "sqlite:///:memory:",
        }
        | env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1]}, []
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr.splitlines()


GET = """
import logging
from django.test import Client
r = Client(raise_request_exception=False).get("/introuvable/", **HEADERS)
logging.getLogger("newsroom.commande").info("hors requête")
print(json.dumps({"status": r.status_code, "id": r.get("X-Request-ID")}))
"""


def get(env, headers=None):
    return run_site(env, f"HEADERS = {headers or {}!r}\n" + GET)


def test_text_lines_carry_time_level_logger_and_the_request_s_id():
    out, lines = get({})
    assert out["status"] == 404 and re.fullmatch(r"[0-9a-f]{32}", out["id"])
    stamp = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00"
    line = next(line for line in lines if "Not Found" in line)
    assert re.fullmatch(
        rf"{stamp} WARNING django\.request \[{out['id']}\] Not Found: /introuvable/", line
    )
    assert re.fullmatch(rf"{stamp} INFO newsroom\.commande \[-\] hors requête", lines[-1])


def test_json_lines_are_one_object_each():
    out, lines = get({"LOG_FORMAT": "json"})
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    missing = next(r for r in records if r["message"] == "Not Found: /introuvable/")
    assert missing["level"] == "WARNING" and missing["logger"] == "django.request"
    assert missing["request_id"] == out["id"] and missing["status"] == 404
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", missing["time"])
    assert records[-1]["request_id"] == "-" and records[-1]["message"] == "hors requête"


def test_the_front_server_s_id_is_kept_only_from_a_trusted_proxy_and_well_formed():
    nginx_id = "3f2b8c1e9a7d4c6b8e0f1a2b3c4d5e6f"
    trusted = {"TRUSTED_PROXIES": "127.0.0.1"}  # the test client's peer
    assert get(trusted, {"HTTP_X_REQUEST_ID": nginx_id})[0]["id"] == nginx_id
    # Anyone else may write the header: not an id of ours.
    assert get({}, {"HTTP_X_REQUEST_ID": nginx_id})[0]["id"] != nginx_id
    # Nor a value that would forge a log line, or one too long.
    for forged in ["abc\\nERROR faux", "a b", "x" * 200, "<script>"]:
        out, lines = get(trusted, {"HTTP_X_REQUEST_ID": forged})
        assert re.fullmatch(r"[0-9a-f]{32}", out["id"]), forged
        assert all("faux" not in line for line in lines)


def test_a_bad_log_format_or_admins_stops_the_start():
    assert "LOG_FORMAT='xml'" in get({"LOG_FORMAT": "xml"})[0]["error"]
    bad = get({"ADMINS": "Claire <claire@exemple.fr>, pas-une-adresse"})[0]["error"]
    assert "ADMINS: 'pas-une-adresse' is not an e-mail address" in bad


ERROR = """
from django.core import mail
from django.test import Client
import articles.publications
def broken(request):
    raise KeyError("une erreur de programmation")
articles.publications.current = broken  # robots.txt asks for the publication
client = Client(raise_request_exception=False)
responses = [client.get("/robots.txt") for _ in range(3)]
if SENTRY:
    import sentry_sdk

    sentry_sdk.flush(5)
outbox = getattr(mail, "outbox", [])  # made by the first mail sent
print(json.dumps({"statuses": [r.status_code for r in responses],
                  "ids": [r["X-Request-ID"] for r in responses],
                  "to": [m.to for m in outbox], "subjects": [m.subject for m in outbox],
                  "bodies": [m.body for m in outbox]}))
"""


def test_errors_are_mailed_to_admins_once_per_interval():
    out, _ = run_site(
        {
            "ADMINS": 'Claire Dupont <claire@exemple.fr>, "Ops, astreinte" <ops@exemple.fr>',
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "SITE_NAME": "FrenchWeb",
        },
        "SENTRY = False\n" + ERROR,
    )
    assert out["statuses"] == [500, 500, 500]
    # The same error three times: one mail, not three.
    assert out["to"] == [["claire@exemple.fr", "ops@exemple.fr"]]
    assert out["subjects"][0].startswith("[FrenchWeb] ERROR (EXTERNAL IP): Internal Server Error")
    assert "KeyError" in out["bodies"][0] and out["ids"][0] in out["bodies"][0]


def test_no_admins_no_mail():
    out, _ = run_site(
        {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
        "SENTRY = False\n" + ERROR,
    )
    assert out["statuses"] == [500, 500, 500] and out["to"] == []


class Tracker(BaseHTTPRequestHandler):
    """A stand-in for Sentry's ingestion endpoint on loopback: keeps what it is sent."""

    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        encoding = self.headers.get("Content-Encoding")
        if encoding == "br":
            body = brotli.decompress(body)
        elif encoding == "gzip":
            body = gzip.decompress(body)
        self.received.append(body)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_errors_reach_the_error_tracker_with_the_request_s_id():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Tracker)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dsn = f"http://clef@127.0.0.1:{server.server_port}/42"
        out, _ = run_site({"SENTRY_DSN": dsn}, "SENTRY = True\n" + ERROR)
    finally:
        server.shutdown()
    assert out["statuses"] == [500, 500, 500]
    events = [
        json.loads(line)
        for body in Tracker.received
        for line in body.splitlines()
        if b'"exception"' in line
    ]
    assert events, Tracker.received
    assert events[0]["exception"]["values"][-1]["type"] == "KeyError"
    assert events[0]["tags"]["request_id"] in out["ids"]
    assert "user" not in events[0] or not events[0]["user"].get("ip_address")  # no personal data
