"""Start nginx with deploy/nginx.conf, its placeholders filled, for the benchmark and for the
tests that put it in front of the application (tests/test_nginx.py)."""

import re
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing answers on port {port}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def upstream_servers(upstream):
    """The upstream block's lines for one address (host:port) or several."""
    addresses = [upstream] if isinstance(upstream, str) else list(upstream)
    return "\n        ".join(
        f"server {address} max_fails=1 fail_timeout=5s;" for address in addresses
    )


@contextmanager
def nginx(*, port, upstream, static_root, media_root, run_dir, extra=""):
    """nginx on 127.0.0.1:``port`` in front of ``upstream`` (host:port, or a list of them:
    one upstream); yields its URL and stops it, whatever happens."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    for placeholder, value in {
        "@PORT@": str(port),
        "@STATIC_ROOT@": str(static_root),
        "@MEDIA_ROOT@": str(media_root),
        "@CACHE_DIR@": str(run_dir / "cache"),
        "@RUN_DIR@": str(run_dir),
        "@EXTRA@": extra,
    }.items():
        conf = conf.replace(placeholder, value)
    # Several lines: only where it is used, not in the header's comment naming it.
    conf = re.sub(
        r"^(\s+)@UPSTREAM@", lambda m: m[1] + upstream_servers(upstream), conf, flags=re.M
    )
    conf_path = run_dir / "nginx.conf"
    conf_path.write_text(conf)
    shutil.rmtree(run_dir / "cache", ignore_errors=True)
    subprocess.run(["nginx", "-t", "-q", "-c", str(conf_path)], check=True)
    subprocess.run(["nginx", "-c", str(conf_path)], check=True)
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        subprocess.run(["nginx", "-c", str(conf_path), "-s", "stop"], check=False)
        pid = run_dir / "nginx.pid"
        deadline = time.monotonic() + 5
        while pid.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
