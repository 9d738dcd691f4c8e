//! Read aloud: which lines of the stories have a voice, and which file holds it.
//!
//! Every line Sango or a character says (a beat, a clue-card's instruction, Sango's
//! feedback after a choice or a tap, an ending) is voiced, in every language, by
//! `scripts/make-voices` (espeak-ng, then Ogg Vorbis). A voice file is named after
//! the line's words as shown, so a changed line gets a new voice and a line that
//! varies between plays (a friend's name, an app) has one file for each way it can
//! read. `sango voice-lines` prints the list the script works from.

use std::collections::{BTreeMap, BTreeSet};

use fluent::FluentValue;

use crate::content::{Library, Node, Scenario};
use crate::l10n::Localizer;

/// The folder under `assets/` holding one folder of voices per language.
pub const DIR: &str = "voice";

/// A stable name for a line's words (FNV-1a, 64 bits, in hex): the same on every
/// machine and every Rust version, unlike the standard library's hasher.
pub fn key(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.trim().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The voice file of a line in a language, under `assets/`.
pub fn file(lang: &str, text: &str) -> String {
    format!("{DIR}/{lang}/{}.ogg", key(text))
}

/// The message keys of a scenario that are said aloud, in the order written.
pub fn spoken_keys(scenario: &Scenario) -> Vec<&str> {
    let mut keys = Vec::new();
    for (_, node) in scenario.beats.iter() {
        match node {
            Node::Beat(beat) => {
                keys.push(beat.text.as_str());
                keys.extend(beat.choices.iter().map(|c| c.feedback.as_str()));
            }
            Node::Spot(spot) => {
                keys.push(spot.text.as_str());
                keys.extend(spot.parts.iter().map(|p| p.feedback.as_str()));
            }
            Node::Sort(sort) => {
                keys.push(sort.text.as_str());
                for post in &sort.posts {
                    keys.extend([post.text.as_str(), post.feedback.as_str()]);
                }
            }
            Node::Setup(setup) => {
                keys.push(setup.text.as_str());
                for setting in &setup.settings {
                    keys.push(setting.text.as_str());
                    for value in &setting.values {
                        keys.extend([value.text.as_str(), value.feedback.as_str()]);
                    }
                }
            }
            Node::Compose(compose) => {
                keys.push(compose.text.as_str());
                for phrase in &compose.phrases {
                    keys.extend([phrase.text.as_str(), phrase.feedback.as_str()]);
                }
            }
            Node::Lock(lock) => {
                keys.push(lock.text.as_str());
                for piece in &lock.pieces {
                    keys.extend([piece.text.as_str(), piece.feedback.as_str()]);
                }
                for setting in &lock.settings {
                    keys.push(setting.text.as_str());
                    for value in &setting.values {
                        keys.extend([value.text.as_str(), value.feedback.as_str()]);
                    }
                }
                keys.push(lock.sign_in.as_str());
                for page in &lock.pages {
                    keys.extend([page.address.as_str(), page.feedback.as_str()]);
                }
            }
            Node::Craft(craft) => {
                keys.extend([craft.text.as_str(), craft.what.as_str()]);
                for technique in &craft.techniques {
                    keys.extend([technique.text.as_str(), technique.feedback.as_str()]);
                }
                for person in &craft.people {
                    keys.extend([person.about.as_str(), person.why.as_str()]);
                }
                keys.push(craft.turn.as_str());
            }
            Node::Ending(ending) => keys.push(ending.text.as_str()),
        }
    }
    keys
}

/// A scenario's line as the level shows it: its message, with each `vary` detail
/// filled in by that detail's own message, in `lang`.
pub fn line_text(
    localizer: &Localizer,
    lang: &str,
    scenario: &Scenario,
    key: &str,
    variables: &[(String, String)],
) -> String {
    let details: Vec<(String, String)> = variables
        .iter()
        .map(|(name, option)| {
            let detail = localizer.text_in(lang, &scenario.message_id(option), &[]);
            (name.clone(), detail)
        })
        .collect();
    let args: Vec<(&str, FluentValue)> = details
        .iter()
        .map(|(name, detail)| (name.as_str(), FluentValue::from(detail.as_str())))
        .collect();
    localizer.text_in(lang, &scenario.message_id(key), &args)
}

/// Every way each spoken line of a scenario can read in `lang`: for each line, only
/// the `vary` details it shows are varied (a line naming the friend has one voice
/// per friend, not one per friend, app and adult).
pub fn scenario_lines(localizer: &Localizer, lang: &str, scenario: &Scenario) -> BTreeSet<String> {
    // A mark per detail shows which details a line uses.
    let marked: Vec<(String, String)> = scenario
        .vary
        .keys()
        .map(|name| (name.clone(), format!("\u{E000}{name}\u{E001}")))
        .collect();
    let marked_args: Vec<(&str, FluentValue)> = marked
        .iter()
        .map(|(name, mark)| (name.as_str(), FluentValue::from(mark.as_str())))
        .collect();
    let mut lines = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for key in spoken_keys(scenario) {
        if !seen.insert(key) {
            continue;
        }
        let probe = localizer.text_in(lang, &scenario.message_id(key), &marked_args);
        let used: Vec<(&String, &Vec<String>)> = scenario
            .vary
            .iter()
            .zip(&marked)
            .filter(|(_, (_, mark))| probe.contains(mark.as_str()))
            .map(|(vary, _)| vary)
            .collect();
        for variables in combinations(&used) {
            lines.insert(line_text(localizer, lang, scenario, key, &variables));
        }
    }
    lines
}

/// Every choice of one option per variable.
fn combinations(vary: &[(&String, &Vec<String>)]) -> Vec<Vec<(String, String)>> {
    let mut all = vec![Vec::new()];
    for (name, options) in vary {
        all = all
            .into_iter()
            .flat_map(|chosen: Vec<(String, String)>| {
                options.iter().map(move |option| {
                    let mut next = chosen.clone();
                    next.push(((*name).clone(), option.clone()));
                    next
                })
            })
            .collect();
    }
    all
}

/// What Sango says in the warm-up and the look-back (messages of the game's own).
pub const CHECK_LINES: [&str; 6] = [
    "check-warm-up-intro",
    "check-look-back-intro",
    "check-booster-intro",
    "check-thanks-warm-up",
    "check-thanks-look-back",
    "check-thanks-booster",
];

/// What Sango says about how a way to play went (the game's `ui.ftl` lines):
/// one list, read by the game, which picks one, and by the voices, which read
/// them all.
pub mod advice {
    pub const SORT_DOUBTED: &str = "level-sort-doubted";
    pub const SORT_PASSED_ON: &str = "level-sort-passed-on";
    pub const SETUP_LEFT_OPEN: &str = "level-setup-left-open";
    pub const SETUP_CLOSED_TOO_FAR: &str = "level-setup-closed-too-far";
    pub const COMPOSE_HARM: &str = "level-compose-harm";
    pub const COMPOSE_NOTHING: &str = "level-compose-nothing";
    pub const COMPOSE_MISSING: &str = "level-compose-missing";
    pub const LOCK_FAKE_PAGE: &str = "level-lock-fake-page";
    pub const LOCK_GUESSABLE: &str = "level-lock-guessable";
    pub const LOCK_SETTINGS_OPEN: &str = "level-lock-settings-open";
    pub const LOCK_JUMBLE: &str = "level-lock-jumble";
    pub const LOCK_SHORT: &str = "level-lock-short";
    pub const CRAFT_NOTHING: &str = "level-craft-nothing";
    pub const CRAFT_HONEST: &str = "level-craft-honest";
    pub const CRAFT_MISSED: &str = "level-craft-missed";

    pub const SORT: &[&str] = &[SORT_DOUBTED, SORT_PASSED_ON];
    pub const SETUP: &[&str] = &[SETUP_LEFT_OPEN, SETUP_CLOSED_TOO_FAR];
    pub const COMPOSE: &[&str] = &[COMPOSE_HARM, COMPOSE_NOTHING, COMPOSE_MISSING];
    pub const LOCK: &[&str] = &[
        LOCK_FAKE_PAGE,
        LOCK_GUESSABLE,
        LOCK_SETTINGS_OPEN,
        LOCK_JUMBLE,
        LOCK_SHORT,
    ];
    pub const CRAFT: &[&str] = &[CRAFT_NOTHING, CRAFT_HONEST, CRAFT_MISSED];
}

/// The advice a beat's way to play can bring (none after a line or a choice).
pub fn advice_after(node: &Node) -> &'static [&'static str] {
    match node {
        Node::Spot(_) => &crate::play::SpotResult::ADVICE,
        Node::Sort(_) => advice::SORT,
        Node::Setup(_) => advice::SETUP,
        Node::Compose(_) => advice::COMPOSE,
        Node::Lock(_) => advice::LOCK,
        Node::Craft(_) => advice::CRAFT,
        Node::Beat(_) | Node::Ending(_) => &[],
    }
}

/// The advice lines a scenario's ways to play can bring, once each.
pub fn scenario_advice(scenario: &Scenario) -> BTreeSet<&'static str> {
    scenario
        .beats
        .iter()
        .flat_map(|(_, n)| advice_after(n).iter().copied())
        .collect()
}

/// Every spoken line of the library in `lang`, by voice file (under `assets/`):
/// the stories' lines, the check's situations, Sango's feedback on them and
/// what Sango says around them
/// (none of the check's when the library has no check).
pub fn lines(library: &Library, localizer: &Localizer, lang: &str) -> BTreeMap<String, String> {
    let check = library
        .checks
        .iter()
        .flat_map(|item| item.message_ids())
        .chain(
            CHECK_LINES
                .iter()
                .filter(|_| !library.checks.is_empty())
                .map(|id| id.to_string()),
        )
        // What Sango says after each way to play the library has.
        .chain(
            library
                .scenarios
                .iter()
                .flat_map(|f| scenario_advice(&f.scenario))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .map(|id| id.to_string()),
        )
        .filter(|id| localizer.has_in(lang, id) || localizer.has_in(crate::l10n::BASE_LOCALE, id))
        .map(|id| localizer.text_in(lang, &id, &[]));
    library
        .scenarios
        .iter()
        .flat_map(|file| scenario_lines(localizer, lang, &file.scenario))
        .chain(check)
        .map(|text| (file(lang, &text), text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;

    const SCENARIO: &str = r#"Scenario(
    id: "contact-t", risk: Contact, ages: [Ages9To12], objectives: ["o"],
    vary: {"friend": ["name-a", "name-b"], "app": ["app-a", "app-b", "app-c"]},
    start: "intro",
    beats: {
        "intro": Beat(speaker: Sango, text: "intro", choices: [
            Choice(text: "choice", verdict: Safe, feedback: "feedback", next: "end"),
        ]),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    const WORDS: &str = "
contact-t-name-a = Amir
contact-t-name-b = Zoe
contact-t-app-a = Blocklands
contact-t-app-b = Sky Racers
contact-t-app-c = Robo Arena
contact-t-intro = You and { $friend } play { $app }.
contact-t-choice = Say no
contact-t-feedback = Well done, { $friend }'s friend!
contact-t-end = The end.
";

    #[test]
    fn keys_are_stable_and_ignore_surrounding_space() {
        // Fixed forever: voice files already made must keep their names.
        assert_eq!(key(""), "cbf29ce484222325");
        assert_eq!(key("a"), "af63dc4c8601ec8c");
        assert_eq!(key(" Hello \n"), key("Hello"));
        assert_ne!(key("Hello"), key("Hello!"));
        assert_eq!(file("fr", "a"), "voice/fr/af63dc4c8601ec8c.ogg");
    }

    #[test]
    fn each_line_varies_only_in_the_details_it_shows() {
        let scenario: Scenario =
            parse(std::path::Path::new("t.ron"), SCENARIO).expect("test scenario parses");
        let localizer = Localizer::from_sources(&[("en", WORDS)]);
        let lines = scenario_lines(&localizer, "en", &scenario);
        let expected: BTreeSet<String> = [
            // 2 friends × 3 apps
            "You and Amir play Blocklands.",
            "You and Amir play Sky Racers.",
            "You and Amir play Robo Arena.",
            "You and Zoe play Blocklands.",
            "You and Zoe play Sky Racers.",
            "You and Zoe play Robo Arena.",
            // 2 friends
            "Well done, Amir's friend!",
            "Well done, Zoe's friend!",
            // none; the choice itself is the child's and not voiced
            "The end.",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn a_line_reads_as_the_level_shows_it() {
        let scenario: Scenario =
            parse(std::path::Path::new("t.ron"), SCENARIO).expect("test scenario parses");
        let localizer = Localizer::from_sources(&[("en", WORDS)]);
        let vars = vec![
            ("app".to_string(), "app-b".to_string()),
            ("friend".to_string(), "name-b".to_string()),
        ];
        assert_eq!(
            line_text(&localizer, "en", &scenario, "intro", &vars),
            "You and Zoe play Sky Racers."
        );
    }
}
