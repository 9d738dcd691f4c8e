//! Languages at play time: changing language live (fonts follow the script), right-
//! to-left layout for Arabic, and remembering the choice per profile.

use bevy::prelude::*;

use super::actions::AddAction;
use super::state::{Player, Saves, Words};
use super::theme::Theme;
use crate::l10n::Direction;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<SetLanguage>().add_systems(
        Update,
        (set_language, follow_language, mirror_new_rows).chain(),
    );
    #[cfg(not(target_arch = "wasm32"))]
    app.add_systems(Last, shelve_other_languages);
}

/// Once the first screen is up (off the path to it), the desktop puts away the
/// words of every language but the one in use and English, and gives the memory
/// back: freed on the loading thread, it would stay in that thread's arena. (The
/// web build holds only English and fetches the others.)
#[cfg(not(target_arch = "wasm32"))]
fn shelve_other_languages(
    mut words: ResMut<Words>,
    frames: Res<bevy::diagnostic::FrameCount>,
    mut done: Local<bool>,
) {
    if *done || frames.0 < 3 {
        return;
    }
    *done = true;
    // The words shown do not change: no screen needs redrawing.
    words.bypass_change_detection().0.shelve_except(&[]);
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's arenas to
    // the system; it touches no memory in use.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A language picker's button: play in this language from now on.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub struct SetLanguage(pub String);

/// A row that reads right-to-left in Arabic: its children are laid out reversed
/// (and, set at the start of its column, it moves to the right).
#[derive(Component, Default)]
pub struct Mirror;

/// Switches language from the picker, and remembers it for the machine and for the
/// child playing.
fn set_language(
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused_mut, unused_variables))]
    mut commands: Commands,
    mut actions: MessageReader<SetLanguage>,
    mut words: ResMut<Words>,
    mut saves: ResMut<Saves>,
    player: Res<Player>,
) {
    for SetLanguage(lang) in actions.read() {
        if !switch(&mut words.0, lang) {
            // The web build fetches a language's words when it is chosen.
            #[cfg(target_arch = "wasm32")]
            super::web::fetch_words(&mut commands, lang);
            continue;
        }
        // A failed save is shown as a notice; the language changes anyway.
        saves.set_language(lang, player.profile);
    }
}

/// Plays in another language from now on; false if it has no words here (the web
/// build then fetches them). The desktop keeps only the language in use and
/// English read: another is read back from its files when chosen, and the one
/// left is put away (docs/PERFORMANCE.md, memory).
pub fn switch(words: &mut crate::l10n::Localizer, lang: &str) -> bool {
    for problem in words.unshelve(lang) {
        error!("{problem}");
    }
    if !words.set_language(lang) {
        return false;
    }
    #[cfg(not(target_arch = "wasm32"))]
    words.shelve_except(&[]);
    true
}

/// The languages a child may choose: those loaded, and in the web build those whose
/// words are fetched when chosen. The testers' pseudo-language is not among
/// them: only `--lang en-XA` starts it (and then it is shown, to switch back).
pub fn offered(words: &crate::l10n::Localizer) -> Vec<&str> {
    let pseudo = crate::l10n::PSEUDO_LOCALE;
    let mut langs: Vec<&str> = words
        .languages()
        .filter(|l| *l != pseudo || words.language() == pseudo)
        .collect();
    for (lang, _) in crate::content::files::remote_locales() {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

/// After a language change: the new script's fonts everywhere, rows mirrored.
fn follow_language(
    words: Res<Words>,
    mut theme: ResMut<Theme>,
    mut last: Local<String>,
    mut fonts: Query<&mut TextFont, Without<super::theme::FixedFont>>,
    mut rows: Query<&mut Node, With<Mirror>>,
) {
    let lang = words.0.language();
    if *last == lang {
        return;
    }
    *last = lang.to_string();
    let (regular, bold) = theme.fonts_for(lang);
    let (old_regular, old_bold) = (theme.regular.clone(), theme.bold.clone());
    if old_regular != regular || old_bold != bold {
        for mut font in &mut fonts {
            let swap = match &font.font {
                bevy::text::FontSource::Handle(h) if *h == old_regular => Some(regular.clone()),
                bevy::text::FontSource::Handle(h) if *h == old_bold => Some(bold.clone()),
                _ => None,
            };
            if let Some(handle) = swap {
                font.font = handle.into();
            }
        }
        theme.regular = regular;
        theme.bold = bold;
    }
    let rtl = words.0.direction() == Direction::RightToLeft;
    for mut node in &mut rows {
        mirror(&mut node, rtl);
    }
}

/// Idempotent: the row's direction for the current writing direction.
fn mirror(node: &mut Node, rtl: bool) {
    node.flex_direction = match (node.flex_direction, rtl) {
        (FlexDirection::Row, true) => FlexDirection::RowReverse,
        (FlexDirection::RowReverse, false) => FlexDirection::Row,
        (d, _) => d,
    };
    // A node set at the start of its column (a Listen button) goes to the right.
    node.align_self = match (node.align_self, rtl) {
        (AlignSelf::FlexStart, true) => AlignSelf::FlexEnd,
        (AlignSelf::FlexEnd, false) => AlignSelf::FlexStart,
        (a, _) => a,
    };
}

/// Rows spawned while Arabic is on are mirrored at once.
fn mirror_new_rows(words: Res<Words>, mut rows: Query<&mut Node, Added<Mirror>>) {
    if words.0.direction() == Direction::RightToLeft {
        for mut node in &mut rows {
            mirror(&mut node, true);
        }
    }
}
