"""The organisation profile: stored as JSON in the vault's settings, and what a police report still needs."""

from __future__ import annotations

import json

import pytest

from ogg_desktop.domain.organisation import Contact, Organisation

FULL = Organisation(name="Stichting Veilig Werk", street="Kerkstraat 1", postcode="3511 AB", city="Utrecht",
                    phone="030 123 45 67", email="info@veiligwerk.nl", kvk="12345678",
                    contact=Contact(name="J. de Vries", role="Vertrouwenspersoon", phone="06 12345678",
                                    email="j@veiligwerk.nl"))


def test_json_round_trip() -> None:
    assert Organisation.from_json(FULL.to_json()) == FULL
    assert Organisation.from_json(Organisation().to_json()) == Organisation()
    assert json.loads(FULL.to_json())["contact"]["role"] == "Vertrouwenspersoon"


@pytest.mark.parametrize("text", [None, ""])
def test_nothing_stored_is_an_empty_organisation(text: str | None) -> None:
    org = Organisation.from_json(text)
    assert org == Organisation() and org.contact.is_empty()


def test_unknown_keys_are_ignored_and_values_read_as_text() -> None:
    raw = json.loads(FULL.to_json())
    raw["fax"] = "030 000 00 00"  # from a later or earlier version
    raw["kvk"] = 12345678
    raw["contact"]["pager"] = "1234"
    assert Organisation.from_json(json.dumps(raw)) == FULL
    assert Organisation.from_json(json.dumps({"name": "X", "contact": None})) == Organisation(name="X")


def test_missing_for_police() -> None:
    assert Organisation().missing_for_police() == ["name", "address", "contact"]
    assert FULL.missing_for_police() == []
    assert Organisation(name=" ", street="Kerkstraat 1", city="Utrecht",
                        contact=Contact(name="J. de Vries")).missing_for_police() == ["name"]
    assert Organisation(name="X", street="Kerkstraat 1", contact=Contact(name="Y")).missing_for_police() == [
        "address"]
    assert Organisation(name="X", city="Utrecht", contact=Contact(name="Y")).missing_for_police() == ["address"]
    assert Organisation(name="X", street="Kerkstraat 1", city="Utrecht",
                        contact=Contact(role="HR", phone="06")).missing_for_police() == ["contact"]


def test_address_lines() -> None:
    assert FULL.address_lines() == ["Kerkstraat 1", "3511 AB Utrecht"]
    assert Organisation(city="Utrecht").address_lines() == ["Utrecht"]
    assert Organisation().address_lines() == []
