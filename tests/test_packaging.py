"""`pip install .` gives a working site, not only the editable checkout: a wheel is built,
installed into a fresh virtual environment, and run from a folder outside the checkout —
the templates and static files it serves are the installed package's own."""

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

RUN = """
import json, django
from django.conf import settings
django.setup()
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.template.loader import get_template
from django.test import Client
import newsroom
call_command("release", verbosity=0)  # check --deploy, migrate, collectstatic
response = Client().get("/", HTTP_HOST="www.exemple.fr")
stylesheet = next(part.split('"')[0] for part in response.text.split('href="/static/')[1:]
                  if part.startswith("css/site."))
css = Client().get("/static/" + stylesheet, HTTP_HOST="www.exemple.fr")
print(json.dumps({
    "package": newsroom.__file__,
    "template": get_template("base.html").origin.name,
    "admin_override": get_template("admin/base_site.html").origin.name,
    "static": finders.find("css/site.css"),
    "status": response.status_code,
    "stylesheet": stylesheet,
    "css": css.status_code,
    "css_type": css.get("Content-Type"),
}))
"""


# Not passed to the child processes: the test database's settings, and the browser tests'
# DJANGO_ALLOW_ASYNC_UNSAFE (same pytest process), which a deployment check refuses.
CHILD_UNSET = ("DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")


def test_an_installed_wheel_serves_its_own_templates_and_static_files(tmp_path):
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path / "dist")],
                   check=True, cwd=tmp_path, timeout=300)  # fmt: skip
    wheel = next((tmp_path / "dist").glob("newsroom-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.check_output(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
    ).strip())  # fmt: skip
    # The checkout's dependencies, read from its environment without its .pth files (the
    # editable install's finder, which would bring the checkout back), then the wheel.
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)],
                   check=True, cwd=tmp_path, timeout=300)  # fmt: skip
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in CHILD_UNSET}
    env |= {
        "PYTHONPATH": "",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DEBUG": "0",
        "SECRET_KEY": "une-clef-de-production-" + "x" * 50,
        "ALLOWED_HOSTS": "www.exemple.fr",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PAGE_CACHE_KEYS_DIR": str(tmp_path / "page-cache-keys"),
        "IMPORTS_ROOT": str(tmp_path / "imports"),
    }
    check = subprocess.run(
        [python, "-m", "django", "check", "--settings=newsroom.settings"],
        cwd=outside, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert check.returncode == 0 and "no issues" in check.stdout, check.stderr[-3000:]
    result = subprocess.run([python, "-c", RUN], cwd=outside, env=env, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    installed = str(site / "newsroom")
    assert out["package"].startswith(installed), out  # not the checkout
    assert out["template"] == f"{installed}/assets/templates/base.html"
    # Our admin templates still win over the admin's own, as in the checkout.
    assert out["admin_override"] == f"{installed}/assets/templates/admin/base_site.html"
    assert out["static"] == f"{installed}/assets/static/css/site.css"
    assert out["status"] == 200
    assert out["stylesheet"].startswith("css/site.") and out["stylesheet"] != "css/site.css"
    assert out["css"] == 200 and out["css_type"].startswith("text/css")
