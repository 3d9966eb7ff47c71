"""What an import did: counts per kind (created, updated, unchanged, skipped) and every
warning with the WordPress item it concerns; printed at the end of the command, written as
JSON with ``--report``."""

import json
from collections import Counter
from dataclasses import dataclass, field

KINDS = {
    "author": "auteurs",
    "section": "rubriques",
    "tag": "tags",
    "photo": "photos",
    "article": "articles",
    "page": "pages",
}
OUTCOMES = ("created", "updated", "unchanged", "skipped")
OUTCOME_LABELS = {
    "created": "créé(s)",
    "updated": "mis à jour",
    "unchanged": "inchangé(s)",
    "skipped": "ignoré(s)",
}


@dataclass
class Warning:
    kind: str
    wordpress_id: str
    message: str

    def __str__(self):
        return f"[{KINDS.get(self.kind, self.kind)} {self.wordpress_id}] {self.message}"


@dataclass
class Report:
    dry_run: bool = False
    counts: dict = field(default_factory=lambda: {kind: Counter() for kind in KINDS})
    warnings: list = field(default_factory=list)
    comments: int = 0
    other_items: Counter = field(default_factory=Counter)  # post types we do not import
    repairs: list = field(default_factory=list)
    redirects: int = 0  # old addresses given a 301
    error: str = ""

    def count(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def warn(self, kind, wordpress_id, message):
        self.warnings.append(Warning(kind, str(wordpress_id), message))

    def lines(self):
        """The report in French, a line per kind and per warning."""
        said = ["Simulation : rien n’a été enregistré." if self.dry_run else "Import terminé."]
        if self.error:
            said[0] = f"Import interrompu : {self.error}"
        for kind, label in KINDS.items():
            counts = self.counts[kind]
            if sum(counts.values()):
                said.append(
                    f"{label.capitalize()} : "
                    + ", ".join(f"{counts[o]} {OUTCOME_LABELS[o]}" for o in OUTCOMES)
                )
        if self.redirects:
            said.append(f"Redirections : {self.redirects} ancienne(s) adresse(s) → 301.")
        if self.comments:
            said.append(
                f"Commentaires : {self.comments} non importés (Newsroom n’a pas de commentaires)."
            )
        for post_type, number in sorted(self.other_items.items()):
            said.append(f"Éléments « {post_type} » : {number} non importés.")
        said.extend(f"Réparation du fichier : {repair}." for repair in self.repairs)
        if self.warnings:
            said.append(f"{len(self.warnings)} avertissement(s) :")
            said.extend(f"  {warning}" for warning in self.warnings)
        return said

    def as_json(self):
        return json.dumps(
            {
                "dry_run": self.dry_run,
                "error": self.error,
                "counts": {kind: dict(counts) for kind, counts in self.counts.items()},
                "comments": self.comments,
                "redirects": self.redirects,
                "other_items": dict(self.other_items),
                "repairs": self.repairs,
                "warnings": [
                    {"kind": w.kind, "wordpress_id": w.wordpress_id, "message": w.message}
                    for w in self.warnings
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
