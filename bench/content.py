"""Realistic screen content for capture benchmarks: a browser-like page with text, panels, avatars
and a photo (noise makes a photo as hard to compress as a real one). Deterministic."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFont

WORDS = [
    "ik",
    "weet",
    "waar",
    "je",
    "werkt",
    "en",
    "je",
    "gaat",
    "hier",
    "spijt",
    "van",
    "krijgen",
    "dit",
    "is",
    "een",
    "voorbeeld",
    "van",
    "een",
    "bericht",
    "op",
    "sociale",
    "media",
    "met",
    "reacties",
    "likes",
    "en",
    "gedeelde",
    "links",
    "naar",
    "andere",
    "paginas",
]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def realistic_screen(width: int, height: int, seed: int = 7) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height), "#f0f2f5")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 64), fill="#1877f2")
    draw.text((24, 16), "voorbeeld.example — sociale media", fill="white", font=_font(28))
    column = width // 3
    y = 96
    body = _font(22)
    while y < height - 200:
        draw.rounded_rectangle((column - 40, y, 2 * column + 40, y + 260), radius=12, fill="white", outline="#dddddd")
        draw.ellipse((column - 20, y + 20, column + 40, y + 80), fill=(rng.randrange(256), rng.randrange(256), 120))
        draw.text((column + 60, y + 30), " ".join(rng.choices(WORDS, k=3)).title(), fill="#050505", font=body)
        for line in range(5):
            draw.text((column - 20, y + 100 + line * 30), " ".join(rng.choices(WORDS, k=12)), fill="#1c1e21", font=body)
        y += 290
    photo_w, photo_h = column - 120, height // 2
    noise = Image.effect_noise((photo_w, photo_h), 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize((photo_w, photo_h)).convert("RGB")
    img.paste(Image.blend(noise, gradient, 0.5), (40, 120))
    for line in range(40):
        draw.text((2 * column + 80, 120 + line * 34), " ".join(rng.choices(WORDS, k=6)), fill="#65676b", font=body)
    return img
