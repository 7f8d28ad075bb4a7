"""The prevention materials: the organisation's own text of each document (or the default), saved
with an audit entry, reset to the default, and printed as a PDF with the organisation's details."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.domain.prevention import PreventionDocument, PreventionKind, from_json, to_json
from ogg_desktop.domain.prevention_defaults import default_document
from ogg_desktop.reports.output import write_atomically
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.vault.vault import Vault


class PreventionService:
    def __init__(self, vault: Vault, organisation: OrganisationService) -> None:
        self.vault = vault
        self.organisation = organisation

    def default(self, kind: PreventionKind, language: str) -> PreventionDocument:
        """The default text in ``language``, with the organisation's name filled in."""
        return default_document(kind, language, self.organisation.get().name)

    def get(self, kind: PreventionKind, language: str) -> PreventionDocument:
        """The organisation's text of ``kind``; the default in ``language`` while it was never edited."""
        fallback = self.default(kind, language)
        stored = self.vault.repos.prevention.get(kind.value)
        return from_json(kind, stored[0], fallback) if stored else fallback

    def is_customised(self, kind: PreventionKind) -> bool:
        return self.vault.repos.prevention.get(kind.value) is not None

    def updated_at(self, kind: PreventionKind) -> str | None:
        """When the organisation's text was last saved (UTC, ISO); None for the default text."""
        stored = self.vault.repos.prevention.get(kind.value)
        return stored[1] if stored else None

    def save(self, document: PreventionDocument) -> None:
        """Store the document as the organisation's own text (audited)."""
        kind = document.kind
        with self.vault.transaction() as repos:
            repos.prevention.put(kind.value, to_json(document), utc_iso())
            repos.audit.append(self.vault.actor, "settings_changed", "prevention", kind.value,
                               detail=f"prevention:{kind.value}")

    def reset(self, kind: PreventionKind) -> None:
        """Back to the default text (audited when there was an own text to forget)."""
        with self.vault.transaction() as repos:
            if repos.prevention.delete(kind.value):
                repos.audit.append(self.vault.actor, "settings_changed", "prevention", kind.value,
                                   detail=f"prevention:{kind.value};reset")

    def write_pdf(self, document: PreventionDocument, target: Path, language: str, form: str = "document",
                  on: date | None = None) -> tuple[str, int]:
        """Print ``document`` as ``form`` ("document", "poster_a3", "poster_a4" or "flyer") to ``target``,
        whole or not at all. Returns the PDF's SHA-256 and size."""
        from ogg_desktop.reports.prevention import render  # reportlab loads when the first PDF is made

        organisation = self.organisation.get()
        return write_atomically(target, lambda out: render(document, organisation, language, out, form, on))
