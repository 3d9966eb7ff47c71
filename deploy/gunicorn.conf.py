"""Gunicorn settings for production (make serve, and the benchmark).

This machine has 2 cores. Each sync worker renders one page at a time and waits on
PostgreSQL part of that time, so a few more workers than cores keep both cores busy:
`2 * cores + 1` is gunicorn's own advice and measured best here (see README, Performance).
Override with WEB_CONCURRENCY. Every value can be overridden from the command line.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
worker_class = "sync"
# A request slower than this is killed and logged: no page takes seconds to render.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Behind nginx, which keeps its own connections to us open (upstream keepalive).
keepalive = 5
# Recycle workers now and then, so that memory stays flat over days.
max_requests = 10000
max_requests_jitter = 1000
# Load the app once, before forking: faster start, shared memory. No database connection
# is opened at import time, so forked workers never share one.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
# Gunicorn's own lines (the application's follow LOG_FORMAT): the request's id ends each.
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" %({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
proc_name = "newsroom"
