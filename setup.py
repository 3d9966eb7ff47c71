"""What pyproject.toml cannot say statically: the checkout's templates/ and static/ folders
(at its top, where the README and the other branches expect them) are installed inside the
newsroom package, as newsroom/assets/templates and newsroom/assets/static, so that `pip
install .` gives a working site; newsroom/settings.py finds them there. Not under
newsroom/templates: Django's app loaders would then see them too, after the admin's own
templates that some of them override, and collectstatic would find every file twice."""

from pathlib import Path

from setuptools import find_namespace_packages, setup

ROOT = Path(__file__).resolve().parent
ASSETS = {"newsroom.assets.templates": "templates", "newsroom.assets.static": "static"}


def folders(package, folder):
    """The package and one per subfolder: setuptools installs data by package."""
    subfolders = find_namespace_packages(where=str(ROOT / folder))
    return {
        package: folder,
        **{f"{package}.{sub}": f"{folder}/{sub.replace('.', '/')}" for sub in subfolders},
    }


DATA = {
    name: path
    for package, folder in ASSETS.items()
    for name, path in folders(package, folder).items()
}

setup(
    packages=[
        *find_namespace_packages(
            include=["core*", "accounts*", "articles*", "partners*", "api*", "newsroom*"]
        ),
        *DATA,
    ],
    package_dir=DATA,
    package_data={name: ["*"] for name in DATA},
)
