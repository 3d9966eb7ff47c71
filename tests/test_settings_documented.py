"""Every environment variable the settings read is in the README's settings table."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_variable_read_by_the_settings_is_documented():
    settings = (ROOT / "newsroom" / "settings.py").read_text()
    read = set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', settings))
    read |= set(re.findall(r'env="([A-Z_]+)"', settings))
    assert {"DATABASE_URL", "TRUSTED_PROXIES", "BOT_USER_AGENTS"} <= read  # the regexps work
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("## Settings") : readme.index("## Running against PostgreSQL")]
    documented = set(re.findall(r"`([A-Z_]+)`", table))
    assert sorted(read - documented) == []
