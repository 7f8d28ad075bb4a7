"""How strong a new passphrase is (zxcvbn), and whether the app accepts it."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

MIN_LENGTH = 10
ZXCVBN_MAX = 72
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    length: int
    common: bool

    @property
    def acceptable(self) -> bool:
        return self.problem == ""  # one rule: acceptable exactly when there is no problem to show

    @property
    def problem(self) -> str:
        """A code for what is wrong, '' when acceptable."""
        if self.length < MIN_LENGTH:
            return "too_short"
        if self.common:
            return "too_common"
        if self.score < MIN_SCORE:
            return "too_guessable"
        return ""


# zxcvbn's dictionaries are English; these Dutch favourites would otherwise pass as strong.
DUTCH_COMMON = (
    "wachtwoord", "welkom", "geheim", "ogg", "vertrouwenspersoon", "kluis", "zomer", "winter", "voorjaar",
    "herfst", "januari", "amsterdam", "rotterdam", "utrecht", "nederland", "holland", "ajax", "feyenoord",
    "hallo", "liefde", "schat", "prinses", "voetbal", "organisatie", "medewerker",
)


def assess(passphrase: str, context: tuple[str, ...] = DUTCH_COMMON) -> Strength:
    if not passphrase:
        return Strength(0, 0, False)
    # zxcvbn raises ValueError above its max_length (72): assess the start, which is plenty.
    result = zxcvbn(passphrase[:ZXCVBN_MAX], user_inputs=list(context))
    warning = str(result["feedback"].get("warning") or "")
    letters = "".join(ch for ch in passphrase.lower() if ch.isalpha())
    common = "common" in warning.lower() or letters in context  # "Wachtwoord123!" is "wachtwoord"
    return Strength(int(result["score"]), len(passphrase), common)
