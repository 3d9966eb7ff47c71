"""Log lines that can be followed across servers: every record carries the request's id, the
same one nginx logged and the response sends back (``X-Request-ID``), and prints as one line
of text or one JSON object (LOG_FORMAT=json) that a log collector reads without a parser.

The id comes from the front server when it is a trusted proxy (deploy/nginx.conf sends its
``$request_id``) and well formed; otherwise it is made here. It lives in a context variable
for the request's duration, and in ``request.request_id`` for the records Django writes after
the middleware has returned (``django.request``'s 4xx/5xx lines carry the request).
"""

import json
import logging
import re
import time
import traceback
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from core.request import is_trusted_proxy, parse_address

request_id = ContextVar("request_id", default="-")

# What nginx ($request_id: 32 hex digits), load balancers and tracing headers write; never a
# space, a quote or a line break that would forge a log line.
WELL_FORMED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


def incoming_id(request):
    """The front server's id for this request, or None when it gave none we may believe."""
    given = request.META.get("HTTP_X_REQUEST_ID", "")
    if not given or not WELL_FORMED.fullmatch(given):
        return None
    if not is_trusted_proxy(parse_address(request.META.get("REMOTE_ADDR", ""))):
        return None  # anyone may write the header; only our proxies' is an id of ours
    return given


class RequestIdMiddleware:
    """First of all: every later record, the health check's included, carries the id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = incoming_id(request) or uuid.uuid4().hex
        token = request_id.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


class RequestIdFilter(logging.Filter):
    """Gives every record a ``request_id``: the request's, or "-" outside one (commands)."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or request_id.get()
        return True


def utc_time(record):
    """The record's time in UTC, ISO 8601 to the millisecond: servers in several time zones,
    and the hour that repeats in October, sort and compare as they are."""
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


class TextFormatter(logging.Formatter):
    """``2026-12-05T10:34:55.432+00:00 WARNING django.request [id] Not Found: /x``"""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def formatTime(self, record, datefmt=None):
        return utc_time(record)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, request id, message,
    and the traceback as one string."""

    def format(self, record):
        entry = {
            "time": utc_time(record),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class OncePerInterval(logging.Filter):
    """Lets the same error through once per ``seconds`` in a process: a database that is
    down fails every request the same way, and must not send a mail for each. « The same »
    is the logger, the exception's class and the line it was raised on."""

    def __init__(self, seconds=300):
        super().__init__()
        self.seconds = seconds
        self.last = {}

    def filter(self, record):
        where = ""
        if record.exc_info and record.exc_info[2] is not None:
            frame = traceback.extract_tb(record.exc_info[2])[-1]
            where = f"{record.exc_info[0].__name__}:{frame.filename}:{frame.lineno}"
        key = (record.name, where or record.getMessage())
        now = time.monotonic()
        if now - self.last.get(key, -self.seconds) < self.seconds:
            return False
        if len(self.last) >= 1000:  # bounded, whatever addresses the errors name
            self.last.clear()
        self.last[key] = now
        return True


def tag_request_id(event, hint):
    """sentry-sdk's ``before_send``: the event carries the id of the request it came from,
    to find the same request in the logs."""
    if request_id.get() != "-":
        event.setdefault("tags", {})["request_id"] = request_id.get()
    return event
