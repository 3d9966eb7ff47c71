"""The layout holds: imports only point down the layers, core has no models, no module
outgrows a reader (README, « Architecture »)."""

import ast
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
# Bottom first. Each may import the ones listed in its set, and nothing else of ours.
LAYERS = {
    "core": set(),
    "accounts": {"core"},
    "articles": {"core", "accounts"},
    "partners": {"core", "accounts", "articles"},
    "api": {"core", "accounts", "articles", "partners"},
    "newsroom": {"core", "accounts", "articles", "partners", "api"},
}
# What partners may use of articles: its data, its readers, its photo checks and the
# request's publication, never its views, feeds, sitemaps, template tags or admin.
PARTNERS_FROM_ARTICLES = (
    "articles.models",
    "articles.queries",
    "articles.photos",
    "articles.publications",  # which publication a request is for
)
MAX_LINES = 600
DATA_MODULES = {"articles/demo_data.py", "articles/demo_data_rh.py"}  # prose, not code


def modules(package):
    return sorted((ROOT / package).rglob("*.py"))


def imported(path):
    """Every module ``path`` imports (at the top or inside a function), as dotted names."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import"
            yield node.lineno, node.module
            for alias in node.names:  # from articles import views
                yield node.lineno, f"{node.module}.{alias.name}"


def test_imports_only_point_down_the_layers():
    wrong = []
    for package, allowed in LAYERS.items():
        for path in modules(package):
            where = path.relative_to(ROOT)
            for line, name in imported(path):
                top = name.split(".")[0]
                if top in LAYERS and top != package and top not in allowed:
                    wrong.append(f"{where}:{line} imports {name} ({package} may not)")
                beyond_data = name != "articles" and not name.startswith(PARTNERS_FROM_ARTICLES)
                if package == "partners" and top == "articles" and beyond_data:
                    wrong.append(f"{where}:{line} imports {name} (not articles' data)")
    assert wrong == []


def test_the_walk_sees_imports_inside_functions(tmp_path):
    # The test above would be blind if it only read the top of a module.
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from partners import selection\n")
    assert (2, "partners.selection") in list(imported(module))


def test_core_has_no_models():
    assert list(apps.get_app_config("core").get_models()) == []


@pytest.mark.parametrize("package", list(LAYERS))
def test_no_module_outgrows_a_reader(package):
    long = []
    for path in modules(package):
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative or relative in DATA_MODULES:
            continue
        lines = len(path.read_text().splitlines())
        if lines > MAX_LINES:
            long.append(f"{relative}: {lines} lines")
    assert long == []


def test_every_model_of_ours_is_complete():
    """Conventions: __str__, an explicit ordering, French names (the admin is French)."""
    from django.db import models

    from core.registry import our_apps

    missing = []
    for config in our_apps():
        for model in config.get_models():
            meta = model._meta
            if model.__str__ is models.Model.__str__:
                missing.append(f"{meta.label}: __str__")
            if not meta.ordering:
                missing.append(f"{meta.label}: Meta.ordering")
            if not {"verbose_name", "verbose_name_plural"} <= set(meta.original_attrs):
                missing.append(f"{meta.label}: verbose_name")
    assert missing == []


# Media go through Django's storage API (core/storage.py), so that any server sees what another
# wrote: no file-system path of an upload or a rendition outside the local backend itself,
# the settings, and the development server's media view.
MEDIA_PATHS_ALLOWED = {"core/storage.py", "newsroom/settings.py", "newsroom/views.py"}


def media_paths(path):
    """Where ``path`` calls ``.path(…)`` (a storage's or a file's place on disk) or names
    MEDIA_ROOT, in code (comments and docstrings aside)."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "path"
        ):
            yield node.lineno, ".path()"
        if (isinstance(node, ast.Attribute) and node.attr == "MEDIA_ROOT") or (
            isinstance(node, ast.Name) and node.id == "MEDIA_ROOT"
        ):
            yield node.lineno, "MEDIA_ROOT"
        if isinstance(node, ast.Constant) and node.value == "MEDIA_ROOT":
            yield node.lineno, "MEDIA_ROOT"


def test_media_are_reached_through_the_storage_api_only():
    found = []
    for package in LAYERS:
        for path in modules(package):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in MEDIA_PATHS_ALLOWED:
                continue
            found += [f"{relative}:{line} {what}" for line, what in media_paths(path)]
    assert found == []


def test_the_media_walk_sees_what_it_looks_for(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        '"""MEDIA_ROOT in a docstring is fine."""\n'
        "# and in a comment: default_storage.path(name)\n"
        "a = default_storage.path(name)\n"
        "b = settings.MEDIA_ROOT\n"
        'c = getattr(settings, "MEDIA_ROOT")\n'
        "d = os.path.join(x, request.path)\n"
    )
    assert list(media_paths(module)) == [(3, ".path()"), (4, "MEDIA_ROOT"), (5, "MEDIA_ROOT")]
