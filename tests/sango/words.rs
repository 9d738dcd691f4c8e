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
    assert_eq!(checked.library.objectives.len(), 10);
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
