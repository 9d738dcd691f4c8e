#!/usr/bin/env python3
"""Builds the game's Arabic and Chinese fonts (assets/fonts/) from Debian's Noto fonts.

- SangoArabic-{Regular,Bold}.ttf: Noto Sans Arabic merged with the Latin letters,
  digits and punctuation of Noto Sans, so Arabic text with a Latin name in it
  (an app, a game) needs no fallback font and shows no missing-glyph boxes.
- SangoCJK-{Regular,Bold}.otf: Noto Sans CJK SC cut down to the characters the
  Chinese translation uses (plus ASCII), from 19.5 MB to a few hundred KB.

Run after changing the Chinese or Arabic texts:
    apt-get install fonts-noto-core fonts-noto-cjk && pip install fonttools
    python3 scripts/subset-fonts.py
The fonts are under the SIL Open Font License (assets/fonts/OFL.txt).
"""
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
# Printable ASCII, Latin-1 and the typographic punctuation the texts use.
LATIN = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x180)) + "‘’“”–—…•€₽¥"


def used_chars(lang):
    text = ""
    for ftl in sorted((ROOT / "locales" / lang).glob("*.ftl")):
        text += ftl.read_text(encoding="utf-8")
    return set(text) | set(LATIN)


def subset_font(font, chars):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    return font


def arabic(weight):
    latin = subset_font(TTFont(NOTO / f"NotoSans-{weight}.ttf"), LATIN)
    latin_path = OUT / f".latin-{weight}.ttf"
    latin.save(latin_path)
    merged = Merger().merge([str(NOTO / f"NotoSansArabic-{weight}.ttf"), str(latin_path)])
    latin_path.unlink()
    for record in merged["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = f"Sango Arabic {weight}" if record.nameID == 4 else "Sango Arabic"
        if record.nameID == 6:
            record.string = f"SangoArabic-{weight}"
    merged.save(OUT / f"SangoArabic-{weight}.ttf")


def chinese(weight):
    collection = TTCollection(CJK / f"NotoSansCJK-{weight}.ttc")
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    subset_font(font, used_chars("zh"))
    font.save(OUT / f"SangoCJK-{weight}.otf")


# Each language's own name, as the language picker shows it: a few glyphs, so the
# picker needs neither whole font until that language is chosen (the web build
# loads fonts only for the language in use).
NAMES = {"ar": "العربية", "zh": "中文"}


def names():
    arabic_names = subset_font(TTFont(OUT / "SangoArabic-Regular.ttf"), NAMES["ar"])
    arabic_names.save(OUT / "SangoNames-Arabic.ttf")
    collection = TTCollection(CJK / "NotoSansCJK-Regular.ttc")
    cjk = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    subset_font(cjk, NAMES["zh"]).save(OUT / "SangoNames-CJK.otf")


def symbols():
    # The stars are the only symbols the game draws.
    font = subset_font(TTFont(NOTO / "NotoSansSymbols2-Regular.ttf"), "★☆ ")
    font.save(OUT / "SangoSymbols-Regular.ttf")


for weight in ["Regular", "Bold"]:
    arabic(weight)
    chinese(weight)
    print("built", weight)
names()
symbols()
print("built names and symbols")
