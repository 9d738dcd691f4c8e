//! The app's resources, made from what was loaded: the content and its problems,
//! the words in the language chosen, the saves, the child's settings, where the
//! voices are. The game calls it once at start; the headless tests too.

use bevy::prelude::*;

use super::state::{Content, Kiosk, Player, Prefs, Saves, Words};
use crate::check::{ContentRoot, load_for_lint};
use crate::progress::Store;
use crate::settings::Settings;

/// Loads content and words, applies the language, and inserts every resource the
/// screens need. Errors in content are kept for the title screen, not fatal. The
/// levels are checked on a thread while the title is up, as in the game
/// ([`super::linting`]).
pub fn insert_resources(
    app: &mut App,
    root: &ContentRoot,
    lang: Option<&str>,
    store: Store,
    settings: Settings,
) {
    let (checked, index) = load_for_lint(root);
    #[cfg(not(target_arch = "wasm32"))]
    app.insert_resource(super::linting::Linting::start(
        std::sync::Arc::clone(&checked.library),
        index,
    ));
    #[cfg(target_arch = "wasm32")]
    let _ = index;
    insert_checked(app, root, checked, lang, store, settings);
}

/// As [`insert_resources`], with the content already loaded (the game loads it on
/// a thread of its own while the engine starts).
pub fn insert_checked(
    app: &mut App,
    root: &ContentRoot,
    checked: crate::check::Checked,
    lang: Option<&str>,
    store: Store,
    settings: Settings,
) {
    #[cfg(not(target_arch = "wasm32"))]
    super::startup::lap("content_loaded");
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        error!("{d}");
    }
    let mut localizer = checked.localizer;
    let known: std::collections::BTreeSet<&str> = checked
        .library
        .scenarios
        .iter()
        .map(|f| f.scenario.id.as_str())
        .collect();
    for id in settings.unknown_scenarios(&known) {
        warn!("the settings file names a level this game does not have: `{id}`");
    }
    let saves = Saves::open(store, settings);
    // The command line, else the language chosen here (or by the school), else
    // the OS's.
    let chosen = lang
        .map(str::to_owned)
        .or_else(|| saves.language().map(str::to_owned))
        .or_else(|| {
            let available = super::language::offered(&localizer);
            crate::l10n::system_language(&available).map(str::to_owned)
        });
    // Read now if it was put away (the game reads only English before this).
    if let Some(lang) = chosen
        && !super::language::switch(&mut localizer, &lang)
    {
        // The web build fetches it; the page shows its loading screen till then.
        #[cfg(target_arch = "wasm32")]
        let fetched = super::web::fetchable(&lang);
        #[cfg(target_arch = "wasm32")]
        if fetched {
            app.insert_resource(super::web::Fetching {
                lang: lang.clone(),
                chosen: false,
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let fetched = false;
        if !fetched {
            warn!("no locale `{lang}`; playing in {}", localizer.language());
        }
    }
    app.insert_resource(Content {
        library: checked.library,
        problems: checked.diagnostics,
    })
    .insert_resource(Words(localizer))
    .insert_resource(Prefs(saves.preferences(None)))
    .insert_resource(saves)
    .init_resource::<Player>()
    .init_resource::<Kiosk>();
    // The desktop looks for a line's voice before reading it; the browser cannot.
    #[cfg(not(target_arch = "wasm32"))]
    app.insert_resource(super::voice::Voices {
        assets: Some(root.assets()),
    });
    #[cfg(target_arch = "wasm32")]
    let _ = root;
}
