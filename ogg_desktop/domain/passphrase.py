"""How strong a new passphrase is (zxcvbn), and whether the app accepts it."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    length: int
    common: bool

    @property
    def acceptable(self) -> bool:
        return self.length >= MIN_LENGTH and self.score >= MIN_SCORE

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


def assess(passphrase: str, context: tuple[str, ...] = ("ogg", "vertrouwenspersoon", "kluis")) -> Strength:
    if not passphrase:
        return Strength(0, 0, False)
    result = zxcvbn(passphrase[:100], user_inputs=list(context))
    warning = str(result["feedback"].get("warning") or "")
    return Strength(int(result["score"]), len(passphrase), "common" in warning.lower())
