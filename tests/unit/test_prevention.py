"""Prevention materials (issue #9): each document has a default text in the app's language naming the
organisation; the organisation's edits are stored in the vault (audited), survive reopening it, and
can be reset to the default."""

from __future__ import annotations

from pathlib import Path

from ogg_desktop.domain.checklist import STEPS
from ogg_desktop.domain.organisation import ContactRole, Organisation
from ogg_desktop.domain.prevention import (
    AgreementsDocument,
    PolicyDocument,
    PreventionKind,
    SelfSearchDocument,
    TeamMeetingDocument,
    from_json,
    lines,
    to_json,
)
from ogg_desktop.domain.prevention_defaults import default_document
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

ORG = "Stichting Proefzorg"


def audit_details(session: Session) -> list[str]:
    return [e.detail for e in session.vault.repos.audit.entries() if e.action == "settings_changed"]


def test_defaults_follow_the_language_and_name_the_organisation() -> None:
    nl = default_document(PreventionKind.AGREEMENTS, "nl", ORG)
    en = default_document(PreventionKind.AGREEMENTS, "en", ORG)
    assert isinstance(nl, AgreementsDocument) and isinstance(en, AgreementsDocument)
    assert nl.title == "Zo gaan we met elkaar om" and en.title == "How we treat each other"
    assert ORG in nl.intro and ORG in en.intro
    assert any("klachtenregeling" in a for a in nl.agreements)
    assert any("film" in a for a in en.agreements)
    policy = default_document(PreventionKind.POLICY, "nl", "")
    assert isinstance(policy, PolicyDocument)
    assert [s.step for s in policy.steps] == list(STEPS)
    assert "onze organisatie" in policy.intro  # no name yet: still a sentence
    police = policy.steps[STEPS.index(STEPS[4])]
    assert police.contact_role == ContactRole.POLICE.value and "niet" in police.what
    team = default_document(PreventionKind.TEAM_MEETING, "en", ORG)
    assert isinstance(team, TeamMeetingDocument) and len(team.questions) >= 5
    search = default_document(PreventionKind.SELF_SEARCH, "nl", ORG)
    assert isinstance(search, SelfSearchDocument)
    assert {"LinkedIn", "Facebook", "Instagram", "TikTok", "YouTube"} <= set(search.platforms)
    assert search.privacy and search.risks and search.visible


def test_nothing_stored_gives_the_default_with_the_current_organisation(session: Session) -> None:
    session.organisation.set(Organisation(name=ORG))
    document = session.prevention.get(PreventionKind.SELF_SEARCH, "nl")
    assert document == default_document(PreventionKind.SELF_SEARCH, "nl", ORG)
    assert not session.prevention.is_customised(PreventionKind.SELF_SEARCH)
    assert session.prevention.get(PreventionKind.SELF_SEARCH, "en").title.startswith("Search yourself")


def test_a_saved_document_is_audited_and_survives_reopening_the_vault(session: Session, vault_path: Path) -> None:
    edited = AgreementsDocument("Onze afspraken", "Welkom.", ["We filmen niemand zonder toestemming.",
                                                             "Kritiek? Gebruik de klachtenregeling."], "Tot ziens!")
    session.prevention.save(edited)
    assert "prevention:agreements" in audit_details(session)
    session.close()
    vault = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        reopened = Session.on(vault)
        assert reopened.prevention.get(PreventionKind.AGREEMENTS, "en") == edited  # their own text, any language
        assert reopened.prevention.is_customised(PreventionKind.AGREEMENTS)
        assert reopened.prevention.updated_at(PreventionKind.AGREEMENTS)
        assert reopened.prevention.get(PreventionKind.TEAM_MEETING, "nl") == default_document(
            PreventionKind.TEAM_MEETING, "nl")
    finally:
        vault.close()


def test_reset_brings_back_the_default_and_is_audited(session: Session) -> None:
    policy = session.prevention.get(PreventionKind.POLICY, "nl")
    assert isinstance(policy, PolicyDocument)
    policy.steps[4].who = "De directeur"
    session.prevention.save(policy)
    stored = session.prevention.get(PreventionKind.POLICY, "nl")
    assert isinstance(stored, PolicyDocument) and stored.steps[4].who == "De directeur"
    session.prevention.reset(PreventionKind.POLICY)
    assert session.prevention.get(PreventionKind.POLICY, "nl") == default_document(PreventionKind.POLICY, "nl")
    assert "prevention:policy;reset" in audit_details(session)
    before = len(audit_details(session))
    session.prevention.reset(PreventionKind.POLICY)  # nothing to forget: nothing to log
    assert len(audit_details(session)) == before


def test_stored_text_is_read_back_tolerantly() -> None:
    fallback = default_document(PreventionKind.POLICY, "nl")
    assert isinstance(fallback, PolicyDocument)
    assert from_json(PreventionKind.POLICY, "not json", fallback) == fallback
    partial = from_json(PreventionKind.POLICY, '{"title": "Eigen titel", "steps": [{"step": "police_report", '
                                               '"who": "HR", "what": "Aangifte", "contact_role": "nonsense"}]}',
                        fallback)
    assert isinstance(partial, PolicyDocument)
    assert partial.title == "Eigen titel" and partial.intro == fallback.intro
    assert [s.step for s in partial.steps] == list(STEPS)  # always the seven steps
    assert partial.steps[4].who == "HR" and partial.steps[4].contact_role == ""
    assert partial.steps[0] == fallback.steps[0]
    doc = default_document(PreventionKind.SELF_SEARCH, "en", ORG)
    assert from_json(PreventionKind.SELF_SEARCH, to_json(doc), fallback=default_document(
        PreventionKind.SELF_SEARCH, "nl")) == doc


def test_a_list_is_edited_one_item_per_line() -> None:
    assert lines("  eerste \n\n tweede\n   \n") == ["eerste", "tweede"]
