#!/usr/bin/env python3
"""Builds the game's fonts (assets/fonts/) from Debian's Noto fonts.

- SangoLatin-{Regular,Bold}.ttf: Noto Sans for English, French, Spanish and
  Russian, cut to the Latin, Cyrillic and Greek alphabets (with Vietnamese and the
  accents any child's nickname may need), punctuation, currency and arrows, without
  hinting: 0.2 MB instead of 0.5 MB each, a third of the web build's first load.

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


def ranges(*pairs):
    return [c for a, b in pairs for c in range(a, b + 1)]


# Latin with its extensions and Vietnamese, spacing and combining accents, Greek,
# Cyrillic with its supplement, punctuation, currency, letter-like signs, arrows.
LATIN_FONT = ranges((0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x36F), (0x370, 0x3FF),
                    (0x400, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF),
                    (0x2100, 0x214F), (0x2190, 0x21FF))


def latin(weight):
    # The layout features text is shaped with by default (ligatures, marks,
    # kerning, local forms), not small capitals, old-style or tabular figures
    # and stylistic sets, which nothing asks for: the first load of the web
    # build is 30 KB (gzip) lighter.
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    chars = set(LATIN_FONT)
    for lang in ["en", "fr", "es", "ru"]:
        chars |= {ord(c) for c in used_chars(lang)}
    font = TTFont(NOTO / f"NotoSans-{weight}.ttf")
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(chars))
    sub.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = "Sango Latin"
        if record.nameID == 4:
            record.string = f"Sango Latin {weight}"
        if record.nameID == 6:
            record.string = f"SangoLatin-{weight}"
    font.save(OUT / f"SangoLatin-{weight}.ttf")


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
    # The only symbols the game draws: the stars and the Listen button's speaker.
    font = subset_font(TTFont(NOTO / "NotoSansSymbols2-Regular.ttf"), "★☆🔊 ")
    font.save(OUT / "SangoSymbols-Regular.ttf")


for weight in ["Regular", "Bold"]:
    latin(weight)
    arabic(weight)
    chinese(weight)
    print("built", weight)
names()
symbols()
print("built names and symbols")
