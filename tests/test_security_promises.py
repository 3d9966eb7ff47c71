"""SECURITY.md names the test that keeps each promise: every test it names exists."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_REFERENCE = re.compile(r"(test_\w+\.py)?::(test_\w+)|(test_\w+\.py)")


def _tests_in(file):
    tree = ast.parse((ROOT / "tests" / file).read_text())
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def test_every_test_security_md_names_exists():
    text = (ROOT / "SECURITY.md").read_text()
    current, named = None, []
    for match in _REFERENCE.finditer(text):
        file, name, alone = match.groups()
        current = file or alone or current
        assert (ROOT / "tests" / current).exists(), current
        if name:
            named.append((current, name))
    assert len(named) > 40
    missing = [f"{file}::{name}" for file, name in named if name not in _tests_in(file)]
    assert missing == []
