"""Passphrase strength: what the create-vault dialog and `init` accept."""

from __future__ import annotations

import pytest

from ogg_desktop.domain.passphrase import MIN_LENGTH, MIN_SCORE, Strength, assess


@pytest.mark.parametrize("passphrase", ["", "a", "kort", "Xy7#kQ2!", "abcdefghi"])
def test_short_passphrases_are_refused_as_too_short(passphrase: str) -> None:
    strength = assess(passphrase)
    assert len(passphrase) < MIN_LENGTH
    assert strength.length == len(passphrase)
    assert not strength.acceptable
    assert strength.problem == "too_short"


def test_short_strong_random_passphrase_is_still_too_short() -> None:
    strength = assess("k#8Qz!p2W")  # random, but nine characters
    assert not strength.acceptable
    assert strength.problem == "too_short"


def test_welkom01_is_common_but_first_too_short() -> None:
    strength = assess("welkom01")
    assert strength.common
    assert not strength.acceptable
    assert strength.problem == "too_short"


@pytest.mark.parametrize("passphrase", ["wachtwoord123", "password123", "1234567890", "qwertyuiop", "iloveyou123"])
def test_common_passphrases_are_refused_as_too_common(passphrase: str) -> None:
    strength = assess(passphrase)
    assert len(passphrase) >= MIN_LENGTH
    assert strength.common
    assert not strength.acceptable
    assert strength.problem == "too_common"


@pytest.mark.parametrize("passphrase", ["aaaaaaaaaaaa", "abcdefghijkl", "kluiskluis12",
                                        "ogg vertrouwenspersoon"])
def test_guessable_passphrases_are_refused_as_too_guessable(passphrase: str) -> None:
    strength = assess(passphrase)
    assert not strength.common
    assert strength.score < MIN_SCORE
    assert not strength.acceptable
    assert strength.problem == "too_guessable"


def test_app_words_in_the_context_make_a_passphrase_weaker() -> None:
    with_context = assess("vertrouwenspersoon1")
    without = assess("vertrouwenspersoon1", context=())
    assert with_context.score <= without.score
    assert not with_context.acceptable


@pytest.mark.parametrize("passphrase", ["correct horse battery staple", "Zonnebloem-Fietsbel-87",
                                        "paarse olifant danst op het dak"])
def test_strong_passphrases_are_accepted(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable
    assert strength.problem == ""
    assert strength.score >= MIN_SCORE
    assert strength.length == len(passphrase)


@pytest.mark.parametrize("size", [72, 73, 100, 500, 5000])
def test_very_long_passphrase_is_assessed_without_error(size: int) -> None:
    passphrase = ("lange zin met veel woorden " * 200)[:size]
    strength = assess(passphrase)
    assert strength.length == size
    assert strength.acceptable
    assert strength.problem == ""


def test_long_weak_passphrase_is_still_refused() -> None:
    strength = assess("a" * 200)
    assert strength.length == 200
    assert not strength.acceptable
    assert strength.problem == "too_guessable"


def test_problem_order_length_then_common_then_score() -> None:
    assert Strength(4, 5, True).problem == "too_short"
    assert Strength(4, 12, True).problem == "too_common"
    assert not Strength(4, 12, True).acceptable  # acceptable and problem never disagree
    assert Strength(2, 12, False).problem == "too_guessable"
    assert Strength(3, 12, False).problem == ""
    assert Strength(3, 12, False).acceptable
    assert not Strength(2, 40, False).acceptable
    assert not Strength(4, 9, False).acceptable


@pytest.mark.parametrize(
    "passphrase", ["Wachtwoord123!", "Welkom2026!!", "Amsterdam2026!", "Geheim!2026", "vertrouwenspersoon1"]
)
def test_dutch_favourites_with_digits_are_refused(passphrase: str) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.problem in ("too_common", "too_guessable")
