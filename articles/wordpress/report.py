"""What an import did: counts per kind (created, updated, unchanged, skipped) and every
warning with the WordPress item it concerns; printed at the end of the command, written as
JSON with ``--report``.

An archive of a hundred thousand posts gives hundreds of thousands of warnings: they are
spooled to a temporary file as they come (a JSON line each) and read back from it, so that
the report's memory stays flat whatever the archive's size."""

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

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
    warning_count: int = 0
    comments: int = 0
    other_items: Counter = field(default_factory=Counter)  # post types we do not import
    repairs: list = field(default_factory=list)
    redirects: int = 0  # old addresses given a 301
    error: str = ""

    def count(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def warn(self, kind, wordpress_id, message):
        if not hasattr(self, "_spool"):
            # Lives as long as the report (deleted by the system when closed or collected).
            self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._spool.seek(0, 2)  # at the end, wherever a reading stopped
        self._spool.write(json.dumps([kind, str(wordpress_id), message], ensure_ascii=False))
        self._spool.write("\n")
        self.warning_count += 1

    @property
    def warnings(self):
        """Every warning, in order, read back from the spool."""
        spool = getattr(self, "_spool", None)
        if spool is None:
            return
        spool.seek(0)
        for line in spool:
            yield Warning(*json.loads(line))

    def lines(self, warnings=None):
        """The report in French, a line per kind and per warning (the first ``warnings`` of
        them when given), as they come."""
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
        if self.warning_count:
            said.append(f"{self.warning_count} avertissement(s) :")
        yield from said
        for warning in islice(self.warnings, warnings):
            yield f"  {warning}"
        if warnings is not None and self.warning_count > warnings:
            yield f"  … et {self.warning_count - warnings} autre(s) : voir le rapport complet."

    def summary(self, warnings=None):
        """The report as data (JSON-ready), with the first ``warnings`` warnings, or all."""
        return {
            "dry_run": self.dry_run,
            "error": self.error,
            "counts": {kind: dict(counts) for kind, counts in self.counts.items()},
            "comments": self.comments,
            "redirects": self.redirects,
            "other_items": dict(self.other_items),
            "repairs": self.repairs,
            "warning_count": self.warning_count,
            "warnings": [
                {"kind": w.kind, "wordpress_id": w.wordpress_id, "message": w.message}
                for w in islice(self.warnings, warnings)
            ],
        }

    def write_json(self, file):
        """The whole report as JSON to the text ``file``, its warnings streamed."""
        head = json.dumps(self.summary(warnings=0), ensure_ascii=False, indent=2)
        file.write(head[: head.rindex('"warnings"')] + '"warnings": [')
        for n, w in enumerate(self.warnings):
            item = {"kind": w.kind, "wordpress_id": w.wordpress_id, "message": w.message}
            file.write(("," if n else "") + "\n    " + json.dumps(item, ensure_ascii=False))
        file.write("\n  ]\n}\n")
