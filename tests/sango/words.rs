//! Every message the game's code asks for exists in English.

use std::fs;
use std::path::Path;

use sango::content::Risk;
use sango::play::EvidenceLevel;
use sango::progress::Avatar;

use crate::common::{checked, root};

/// The string literals passed to `Localized::new` in the game's source.
fn ids_in_code(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in_code(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            for part in text.split("Localized::new(\"").skip(1) {
                out.push(part.split('"').next().unwrap().to_string());
            }
        }
    }
}

#[test]
fn every_message_the_game_uses_exists_in_english() {
    let words = checked().localizer;
    let mut ids = Vec::new();
    ids_in_code(&root().join("src/game"), &mut ids);
    assert!(ids.len() > 30, "found {} ids", ids.len());
    for risk in Risk::ALL {
        ids.push(format!("risk-{}", risk.key()));
        ids.push(format!("risk-{}-hint", risk.key()));
    }
    for band in sango::content::AgeBand::ALL {
        ids.push(format!("band-{}", band.key()));
    }
    for avatar in Avatar::ALL {
        ids.push(format!("avatar-{}", avatar.key()));
    }
    for level in [
        EvidenceLevel::PractisedWell,
        EvidenceLevel::NotYetPractised,
        EvidenceLevel::PractiseAgain,
    ] {
        ids.push(format!("debrief-{}", level.key()));
    }
    for e in [
        sango::progress::ProfileError::EmptyNickname,
        sango::progress::ProfileError::NicknameTooLong,
        sango::progress::ProfileError::NicknameTaken,
        sango::progress::ProfileError::NoSuchProfile(0),
    ] {
        ids.push(e.key().to_string());
    }
    let missing: Vec<_> = ids.iter().filter(|id| !words.has(id)).collect();
    assert!(missing.is_empty(), "missing in English: {missing:?}");
}

#[test]
fn every_objective_has_its_title_sentence_and_topic() {
    let checked = checked();
    assert!(!checked.library.objectives.is_empty());
    for o in &checked.library.objectives {
        assert!(
            checked
                .localizer
                .text(&o.message_id("i-can"))
                .starts_with("I can")
        );
        assert!(checked.localizer.has(&o.message_id("title")));
        assert!(checked.localizer.has(&o.message_id("topic")));
    }
}

/// Every character of every message in every language is in the font the game
/// uses for that language (regular and bold): no missing-glyph boxes anywhere.
#[test]
fn every_character_of_every_locale_is_in_its_font() {
    use sango::game::theme::Script;
    let checked = checked();
    let words = &checked.localizer;
    let index = words.message_index();
    let mut problems = Vec::new();
    for (lang, ids) in &index.locales {
        let (regular, bold) = Script::of(lang).files();
        for file in [regular, bold] {
            let data = fs::read(root().join("assets").join(file)).unwrap();
            let face = ttf_parser::Face::parse(&data, 0).unwrap();
            let mut missing = std::collections::BTreeSet::new();
            for id in ids.iter() {
                // With every detail a scenario may pick filled in.
                let mut text = words.text_in(lang, id, &[]);
                for s in checked.library.scenarios.iter().map(|f| &f.scenario) {
                    if id.starts_with(&format!("{}-", s.id)) {
                        for options in s.vary.values() {
                            for o in options {
                                text.push_str(&words.text_in(lang, &s.message_id(o), &[]));
                            }
                        }
                    }
                }
                // Bidi marks and isolates (around an address in Arabic) are
                // never drawn: the shaper ignores them.
                let drawn = |c: char| {
                    !c.is_whitespace()
                        && !c.is_control()
                        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                };
                for c in text.chars() {
                    if drawn(c) && face.glyph_index(c).is_none() {
                        missing.insert((c, id.clone()));
                    }
                }
            }
            for (c, id) in missing.iter().take(5) {
                problems.push(format!(
                    "{lang}: {file} has no {c:?} (U+{:04X}), used in `{id}`",
                    *c as u32
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_picker_and_the_stars_have_their_glyphs() {
    let has_all = |file: &str, text: &str| {
        let data = fs::read(root().join("assets").join(file)).unwrap();
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        text.chars()
            .filter(|c| face.glyph_index(*c).is_none())
            .collect::<String>()
    };
    assert_eq!(has_all("fonts/SangoSymbols-Regular.ttf", "★🔊"), "");
    for lang in ["ar", "zh"] {
        let theme_file = match lang {
            "ar" => "fonts/SangoNames-Arabic.ttf",
            _ => "fonts/SangoNames-CJK.otf",
        };
        assert_eq!(
            has_all(theme_file, sango::l10n::native_name(lang)),
            "",
            "{lang}"
        );
    }
}
