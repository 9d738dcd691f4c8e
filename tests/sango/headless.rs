//! The game without a window: title → profile → map → level → debrief, driven only
//! by the keyboard as a child would (Tab, arrows, typing, Enter), ending with the
//! result saved in a temporary data folder.

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::{InputDispatchPlugin, InputFocus, InputFocusPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::ui_widgets::ButtonPlugin;
use bevy::window::PrimaryWindow;

use sango::content::Verdict;
use sango::game::actions::Action;
use sango::game::setup::insert_resources;
use sango::game::state::{FixedSeed, Level, Saves};
use sango::game::theme::Localized;
use sango::game::{GameLogicPlugin, Screen};
use sango::play::Step;
use sango::progress::{FileStorage, Progress, Store, V1_FILE};
use sango::settings::Settings;

use crate::common::content;
use sango::game::SetLanguage;
use sango::game::screens::level::LevelAction;
use sango::game::screens::map::MapAction;
use sango::game::screens::new_profile::NewProfileAction;
use sango::game::screens::profiles::ProfilesAction;
use sango::game::screens::title::TitleAction;

pub fn store(data: &std::path::Path) -> Store {
    Store::new(Box::new(FileStorage::new(data)))
}

/// What is saved in a data folder now.
pub fn saved(data: &std::path::Path) -> Progress {
    let (progress, warnings) = store(data).load();
    assert!(warnings.is_empty(), "{warnings:?}");
    progress
}

pub struct Game {
    pub app: App,
    window: Entity,
}

impl Game {
    pub fn new(data: &std::path::Path) -> Self {
        Self::with_content(data, &content())
    }

    pub fn with_content(data: &std::path::Path, root: &sango::check::ContentRoot) -> Self {
        Self::build(data, root, Settings::default())
    }

    /// With a school's deployed settings.
    pub fn with_settings(data: &std::path::Path, settings: Settings) -> Self {
        Self::build(data, &content(), settings)
    }

    /// With the game's pictures: an asset server reading `assets/`, so a level's
    /// pictures load (and are rasterised) as in the game.
    pub fn with_pictures(data: &std::path::Path) -> Self {
        Self::build_with(data, &content(), Settings::default(), |app| {
            app.add_plugins(bevy::asset::AssetPlugin {
                file_path: concat!(env!("CARGO_MANIFEST_DIR"), "/assets").into(),
                meta_check: bevy::asset::AssetMetaCheck::Never,
                ..default()
            })
            .init_asset::<Image>()
            .init_asset::<Font>();
        })
    }

    fn build(data: &std::path::Path, root: &sango::check::ContentRoot, settings: Settings) -> Self {
        Self::build_with(data, root, settings, |_| {})
    }

    fn build_with(
        data: &std::path::Path,
        root: &sango::check::ContentRoot,
        settings: Settings,
        engine: impl FnOnce(&mut App),
    ) -> Self {
        Self::build_on(store(data), root, settings, None, engine)
    }

    /// Launched by a learning platform: progress in memory, the learner the
    /// LMS's.
    pub fn launched_by_lms(start: sango::game::lms::LmsStart) -> Self {
        let memory = Store::new(Box::new(sango::progress::MemoryStorage::default()));
        Self::build_on(memory, &content(), Settings::default(), Some(start), |_| {})
    }

    fn build_on(
        store: Store,
        root: &sango::check::ContentRoot,
        settings: Settings,
        lms: Option<sango::game::lms::LmsStart>,
        engine: impl FnOnce(&mut App),
    ) -> Self {
        let mut app = App::new();
        app.add_plugins((
            MinimalPlugins,
            StatesPlugin,
            InputPlugin,
            InputFocusPlugin,
            InputDispatchPlugin,
            ButtonPlugin,
        ));
        engine(&mut app);
        let window = app
            .world_mut()
            .spawn((Window::default(), PrimaryWindow))
            .id();
        insert_resources(&mut app, root, Some("en"), store, settings);
        if let Some(start) = lms {
            sango::game::lms::open(&mut app, start);
        }
        app.insert_resource(FixedSeed(11));
        app.add_plugins(GameLogicPlugin);
        let mut game = Self { app, window };
        game.settle();
        game
    }

    pub fn settle(&mut self) {
        for _ in 0..3 {
            self.app.update();
        }
    }

    pub fn key(&mut self, code: KeyCode, logical: Key) {
        for state in [ButtonState::Pressed, ButtonState::Released] {
            self.app.world_mut().write_message(KeyboardInput {
                key_code: code,
                logical_key: logical.clone(),
                state,
                text: None,
                repeat: false,
                window: self.window,
            });
            self.app.update();
        }
        self.settle();
    }

    pub fn enter(&mut self) {
        self.key(KeyCode::Enter, Key::Enter);
    }

    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let logical = if c == ' ' {
                Key::Space
            } else {
                Key::Character(c.to_string().into())
            };
            self.key(KeyCode::KeyA, logical);
        }
    }

    pub fn screen(&self) -> Screen {
        *self.app.world().resource::<State<Screen>>().get()
    }

    /// The action of the focused button, if it is of this kind.
    pub fn focused<A: Action>(&self) -> Option<A> {
        let focus = self.app.world().resource::<InputFocus>().get()?;
        self.app.world().get::<A>(focus).cloned()
    }

    /// The name of the focused button (it says its action, of any kind).
    pub fn focused_name(&self) -> Option<String> {
        let focus = self.app.world().resource::<InputFocus>().get()?;
        let name = self.app.world().get::<Name>(focus)?;
        Some(name.as_str().to_owned())
    }

    /// Moves focus with Tab (or the down arrow) until `wanted` is focused.
    pub fn focus_on<A: Action + PartialEq>(&mut self, wanted: &A, use_arrows: bool) {
        for _ in 0..30 {
            if self.focused::<A>().as_ref() == Some(wanted) {
                return;
            }
            if use_arrows {
                self.key(KeyCode::ArrowDown, Key::ArrowDown);
            } else {
                self.key(KeyCode::Tab, Key::Tab);
            }
        }
        panic!("could not reach {wanted:?} with the keyboard");
    }

    /// Straight into a level at one of its beats, as `sango play --beat` does.
    pub fn open_at(&mut self, scenario: &str, beat: &str) {
        let content = self.app.world().resource::<sango::game::state::Content>();
        let level = sango::game::screens::map::level_at(content, scenario, Some(beat))
            .expect("the beat exists");
        self.app.insert_resource(level);
        self.app
            .world_mut()
            .resource_mut::<NextState<Screen>>()
            .set(Screen::Level);
    }

    /// Sends a button's action, as a click would.
    pub fn press(&mut self, action: impl Message) {
        self.app.world_mut().write_message(action);
        self.app.update();
        self.settle();
    }

    /// The actions of every button of this kind on screen.
    pub fn buttons<A: Action>(&mut self) -> Vec<A> {
        let world = self.app.world_mut();
        let mut q = world.query::<&A>();
        q.iter(world).cloned().collect()
    }

    /// The words on screen for a message (empty if it is not shown).
    pub fn text(&mut self, id: &str) -> String {
        let world = self.app.world_mut();
        let mut q = world.query::<(&Localized, &Text)>();
        q.iter(world)
            .find(|(l, _)| l.id == id)
            .map(|(_, t)| t.0.clone())
            .unwrap_or_default()
    }

    /// Whether a message is on screen, with words.
    pub fn shows(&mut self, id: &str) -> bool {
        !self.text(id).is_empty()
    }

    /// From the title on a machine with no profiles: Play, "I'm new here", a
    /// nickname, Enter.
    pub fn new_player(&mut self, nickname: &str) {
        self.enter();
        assert_eq!(self.screen(), Screen::Profiles);
        assert_eq!(self.focused(), Some(ProfilesAction::NewPlayer));
        self.enter();
        assert_eq!(self.screen(), Screen::NewProfile);
        self.type_text(nickname);
        self.enter(); // Enter in the nickname box creates the profile.
    }

    /// How many levels the game's content has for an age band.
    pub fn levels_in_band(&self, band: sango::content::AgeBand) -> usize {
        let content = self.app.world().resource::<sango::game::state::Content>();
        content
            .library
            .scenarios
            .iter()
            .filter(|f| f.scenario.ages.contains(&band))
            .count()
    }

    /// The levels the map offers now.
    pub fn levels_on_map(&mut self) -> Vec<String> {
        let world = self.app.world_mut();
        let mut q = world.query::<&MapAction>();
        q.iter(world)
            .filter_map(|a| match a {
                MapAction::OpenLevel(id) => Some(id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Enter on the level focused on the map; a new child's warm-up comes first,
    /// answered with the keyboard.
    pub fn enter_level(&mut self) {
        self.enter();
        if self.screen() == Screen::Check {
            self.take_check();
        }
        assert_eq!(self.screen(), Screen::Level);
    }

    /// Answers the warm-up or look-back shown with the keyboard alone: Enter on
    /// "Let's start", then on the answer and the "how sure" focused for each
    /// question, then on the thanks. Returns how many questions there were.
    pub fn take_check(&mut self) -> usize {
        use sango::game::screens::check::{CheckRun, Step};
        assert_eq!(self.screen(), Screen::Check);
        self.assert_all_text_resolved();
        self.enter();
        let mut questions = 0;
        loop {
            match self.app.world().resource::<CheckRun>().step {
                Step::Question(n) => {
                    assert_eq!(n, questions, "one situation after another");
                    self.assert_all_text_resolved();
                    assert!(self.shows("check-is-it-ok"));
                    self.enter(); // "OK", focused
                    assert!(self.shows("check-how-sure"));
                    self.enter(); // how sure: the first, focused
                    questions += 1;
                    assert!(questions <= 20, "the check ends");
                }
                Step::Feedback(_) => {
                    // The booster: Sango's why, then Next (focused).
                    self.assert_all_text_resolved();
                    assert!(self.shows("check-next"));
                    self.enter();
                }
                _ => break,
            }
        }
        assert!(
            self.shows("check-thanks-warm-up")
                || self.shows("check-thanks-look-back")
                || self.shows("check-thanks-booster")
        );
        self.enter();
        questions
    }

    /// Plays the level open to its end with the keyboard, taking the safe
    /// choice, every clue and every safe setting. Returns how many decisions
    /// were made.
    pub fn play_level_safely(&mut self) -> usize {
        assert_eq!(self.screen(), Screen::Level);
        let mut decisions = 0;
        for _ in 0..100 {
            if self.screen() != Screen::Level {
                break;
            }
            self.assert_all_text_resolved();
            let level = self.app.world().resource::<Level>();
            let clues: Option<Vec<usize>> = match (&level.feedback, level.run.step()) {
                (None, Step::Spot { parts, .. }) => {
                    Some((0..parts.len()).filter(|&i| parts[i].clue).collect())
                }
                _ => None,
            };
            if let Some(clues) = clues {
                // Tap every clue on the card with the keyboard, then say done.
                decisions += 1;
                for i in clues {
                    self.focus_on(&LevelAction::Tap(i), false);
                    self.enter();
                }
                self.focus_on(&LevelAction::FinishSpot, false);
                self.enter();
                continue;
            }
            let level = self.app.world().resource::<Level>();
            let safe_values: Option<Vec<(usize, usize)>> = match (&level.feedback, level.run.step())
            {
                (None, Step::Setup { settings, .. }) => Some(
                    settings
                        .iter()
                        .enumerate()
                        .filter_map(|(i, s)| {
                            s.values
                                .iter()
                                .position(|v| v.fit == Verdict::Safe)
                                .map(|j| (i, j))
                        })
                        .collect(),
                ),
                _ => None,
            };
            if let Some(values) = safe_values {
                // An account to set up: each setting as the situation needs, with
                // the keyboard, then done.
                decisions += 1;
                for (i, j) in values {
                    self.focus_on(&LevelAction::Set(i, j), false);
                    self.enter();
                }
                self.focus_on(&LevelAction::FinishSetup, false);
                self.enter();
                continue;
            }
            let level = self.app.world().resource::<Level>();
            let safe = match (&level.feedback, level.run.step()) {
                (None, Step::Decision { choices, .. }) => {
                    choices.iter().position(|c| c.verdict == Verdict::Safe)
                }
                _ => None,
            };
            if let Some(i) = safe {
                decisions += 1;
                self.focus_on(&LevelAction::Choose(i), decisions % 2 == 0);
            } else {
                let level = self.app.world().resource::<Level>();
                let state = format!("{:?} / {:?}", level.feedback.is_some(), level.run.step());
                assert_eq!(self.focused(), Some(LevelAction::Continue), "{state}");
            }
            self.enter();
        }
        decisions
    }

    /// Every text on screen has words: no empty label, no missing message.
    pub fn assert_all_text_resolved(&mut self) {
        let world = self.app.world_mut();
        let mut q = world.query::<(&Localized, &Text)>();
        let mut count = 0;
        for (loc, text) in q.iter(world) {
            count += 1;
            assert!(!text.0.starts_with('['), "message `{}` is missing", loc.id);
            if loc.id != "empty" {
                assert!(!text.0.trim().is_empty(), "message `{}` is blank", loc.id);
            }
        }
        assert!(count > 0, "the screen has text");
    }
}

#[test]
fn a_child_plays_a_level_with_the_keyboard_and_the_result_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());

    assert_eq!(game.screen(), Screen::Title);
    game.assert_all_text_resolved();
    assert_eq!(game.focused(), Some(TitleAction::Play));
    game.enter();

    assert_eq!(game.screen(), Screen::Profiles);
    game.assert_all_text_resolved();
    game.enter();
    assert_eq!(game.screen(), Screen::NewProfile);
    game.assert_all_text_resolved();
    game.type_text("Blue Fox");
    game.focus_on(&NewProfileAction::Create, false);
    game.enter();

    assert_eq!(game.screen(), Screen::Map);
    game.assert_all_text_resolved();
    let Some(MapAction::OpenLevel(scenario)) = game.focused() else {
        panic!("a level is focused on the map")
    };
    game.enter();

    // Before the first level, the warm-up with Sango: a safe and a risky
    // situation per objective, no mark shown; then the level opens. It is
    // saved whole.
    assert_eq!(game.screen(), Screen::Check);
    let objectives = crate::common::checked().library.objectives.len();
    assert_eq!(game.take_check(), 2 * objectives);
    let warm_up = saved(data.path()).profiles[0].checks.warm_up.clone();
    let warm_up = warm_up.expect("the warm-up is saved");
    assert_eq!(warm_up.answers.len(), 2 * objectives);
    assert_eq!(
        warm_up.set,
        sango::learning::first_set(saved(data.path()).profiles[0].id)
    );

    let decisions = game.play_level_safely();
    assert!(decisions >= 2, "made {decisions} decisions");

    assert_eq!(game.screen(), Screen::Debrief);
    game.assert_all_text_resolved();
    let file = std::fs::read_to_string(data.path().join("profiles/1.ron")).expect("saved");
    assert!(
        file.contains("Blue Fox") && file.contains(&scenario),
        "{file}"
    );
    let progress = saved(data.path());
    let result = &progress.profiles[0].results[&scenario];
    assert_eq!(result.stars, 3, "every safe choice earns three stars");

    game.enter();
    assert_eq!(game.screen(), Screen::Map);
    let saves = game.app.world().resource::<Saves>();
    assert!(saves.notice.is_none());
}

#[test]
fn a_returning_child_picks_their_profile_and_a_corrupt_save_is_kept_aside() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join(V1_FILE), "Progress(version: 1, prof").unwrap();
    let mut game = Game::new(data.path());
    let notice = game.app.world().resource::<Saves>().notice.clone();
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    let aside = std::fs::read_dir(data.path())
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().contains(".corrupt-"));
    assert!(aside, "the unreadable file was kept");

    game.new_player("Sam");
    assert_eq!(game.screen(), Screen::Map);
    game.focus_on(&MapAction::ChangePlayer, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Profiles);
    assert!(matches!(game.focused(), Some(ProfilesAction::Pick(_))));
    game.enter();
    assert_eq!(game.screen(), Screen::Map);
}

#[test]
fn an_empty_nickname_is_refused_with_a_kind_message() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player(""); // Enter with nothing typed.
    assert_eq!(game.screen(), Screen::NewProfile);
    let world = game.app.world_mut();
    let mut q = world.query::<(&Localized, &Text)>();
    assert!(
        q.iter(world)
            .any(|(l, t)| l.id == "profile-error-empty" && !t.0.is_empty())
    );
}

#[test]
fn the_map_switches_age_band_and_remembers_it() {
    use sango::content::AgeBand;
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Kim");
    assert_eq!(game.screen(), Screen::Map);
    game.focus_on(&MapAction::SetAgeBand(AgeBand::Ages16To18), false);
    game.enter();
    let levels = game.levels_on_map();
    let in_band = game.levels_in_band(AgeBand::Ages16To18);
    assert!(in_band >= 8);
    assert_eq!(levels.len(), in_band, "{levels:?}");
    let content = game.app.world().resource::<sango::game::state::Content>();
    for id in &levels {
        let s = content.library.scenario(id).unwrap();
        assert!(s.ages.contains(&AgeBand::Ages16To18), "{id}");
    }
    assert_eq!(
        saved(data.path()).machine.age_band,
        Some(AgeBand::Ages16To18)
    );
}

#[test]
fn levels_are_checked_after_the_title_and_one_with_an_error_is_never_offered() {
    use sango::content::AgeBand;
    let (_copy, root) = crate::common::content_copy();
    let broken = root.scenarios.join("16-18/conduct-the-pile-on.ron");
    let ron = std::fs::read_to_string(&broken).unwrap();
    // Loads, but the linter finds it (E0004): it must not be offered.
    std::fs::write(
        &broken,
        ron.replacen("start: \"intro\"", "start: \"nowhere\"", 1),
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::with_content(data.path(), &root);
    let errors = |game: &Game| -> Vec<String> {
        let content = game.app.world().resource::<sango::game::state::Content>();
        content.errors().map(|d| d.code.to_string()).collect()
    };
    assert_eq!(game.screen(), Screen::Title);
    // The check runs on a thread while the title waits; its errors then show there.
    for _ in 0..100 {
        if !errors(&game).is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        game.settle();
    }
    assert_eq!(game.screen(), Screen::Title);
    assert_eq!(errors(&game), ["E0004"]);
    game.settle();
    assert!(game.shows("title-content-problems"));
    game.new_player("Ash");
    assert_eq!(game.screen(), Screen::Map);
    assert_eq!(errors(&game), ["E0004"]);
    game.focus_on(&MapAction::SetAgeBand(AgeBand::Ages16To18), false);
    game.enter();
    let levels = game.levels_on_map();
    let in_band = game.levels_in_band(AgeBand::Ages16To18);
    // Every level of the band but the broken one.
    assert_eq!(levels.len(), in_band - 1, "{levels:?}");
    assert!(!levels.iter().any(|id| id == "conduct-the-pile-on"));
}

#[test]
fn saving_a_file_while_playing_reloads_it_and_a_broken_one_keeps_the_last_good() {
    use sango::game::watch::{POLL, Watch};
    let data = tempfile::tempdir().unwrap();
    let (_copy, root) = crate::common::content_copy();
    let mut game = Game::with_content(data.path(), &root);
    game.app.insert_resource(Watch::new(root.clone()));
    // The watcher polls, then reloads on a thread of its own: on a busy machine
    // (tests running beside it) that can take a few polls.
    let wait_until = |game: &mut Game, done: &dyn Fn(&mut Game) -> bool| {
        for _ in 0..40 {
            std::thread::sleep(POLL + std::time::Duration::from_millis(200));
            game.settle();
            if done(game) {
                return true;
            }
        }
        false
    };
    let reload_errors = |game: &mut Game| {
        let world = game.app.world_mut();
        let mut q = world.query::<&Name>();
        q.iter(world).any(|n| n.as_str() == "Reload errors")
    };
    assert!(game.text("title-tagline").starts_with("Explore"));

    // Save a changed message: the screen follows.
    let ui = root.locales.join("en/ui.ftl");
    let original = std::fs::read_to_string(&ui).unwrap();
    let changed = original.replace(
        "title-tagline = Explore the online world safely",
        "title-tagline = Changed while playing",
    );
    std::fs::write(&ui, &changed).unwrap();
    assert!(wait_until(&mut game, &|g| g
        .text("title-tagline")
        .starts_with("Changed while playing")));

    // Save a broken scenario: the error shows, the words stay as they were.
    let ron = root.scenarios.join("9-12/contract-the-free-gems.ron");
    let good = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(&ron, good.replacen("next: \"", "next: \"nowhere-", 1)).unwrap();
    assert!(wait_until(&mut game, &reload_errors));
    let content = game.app.world().resource::<sango::game::state::Content>();
    assert!(content.playable().any(|s| s.id == "contract-the-free-gems"));

    // Fix it: the error goes away.
    std::fs::write(&ron, &good).unwrap();
    assert!(wait_until(&mut game, &|g| !reload_errors(g)));
}

#[test]
fn the_language_changes_live_and_each_child_keeps_their_own() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    // The six languages on the title; the testers' pseudo-language only with
    // `--lang en-XA`.
    let mut langs: Vec<String> = game
        .buttons::<SetLanguage>()
        .into_iter()
        .map(|SetLanguage(l)| l)
        .collect();
    langs.sort();
    assert_eq!(langs, ["ar", "en", "es", "fr", "ru", "zh"]);
    // Pick Arabic on the title screen, with the keyboard.
    game.focus_on(&SetLanguage("ar".into()), false);
    game.enter();
    let arabic = game.text("title-tagline");
    assert!(
        arabic.starts_with('\u{200F}'),
        "right-to-left mark: {arabic:?}"
    );
    assert!(
        arabic
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
    // Arabic was read back from its files; only it and English stay read.
    let words = &game.app.world().resource::<sango::game::state::Words>().0;
    assert!(!words.is_shelved("ar") && !words.is_shelved("en"));
    assert!(["fr", "ru", "es", "zh"].iter().all(|l| words.is_shelved(l)));
    // A child who starts now plays in Arabic; the choice is saved with them.
    game.focus_on(&TitleAction::Play, false);
    game.new_player("Nour");
    assert_eq!(game.screen(), Screen::Map);
    let progress = saved(data.path());
    assert_eq!(progress.profiles[0].language.as_deref(), Some("ar"));
    assert_eq!(progress.machine.language.as_deref(), Some("ar"));
}

/// A small level written for this test: a slip, then telling puts it right.
const SLIP_AND_TELL: &str = r#"Scenario(
    id: "contact-slip-and-tell", risk: Contact, ages: [Ages9To12],
    objectives: ["guard-personal-info", "block-report-tell"],
    note: Note(topic: "t", fit: "f"),
    start: "intro",
    beats: {
        "intro": Beat(speaker: Sango, text: "intro", next: "ask"),
        "ask": Beat(speaker: Npc("npc-pal"), text: "ask", choices: [
            Choice(text: "share", verdict: Risky,
                   evidence: {"guard-personal-info": -1, "block-report-tell": -1},
                   feedback: "why-share", next: "shared"),
            Choice(text: "keep", verdict: Safe, evidence: {"guard-personal-info": 1},
                   feedback: "why-keep", next: "kept"),
        ]),
        "shared": Beat(speaker: Npc("npc-pal"), text: "shared", next: "after-slip"),
        "kept": Beat(speaker: Npc("npc-pal"), text: "kept", next: "after"),
        "after-slip": Beat(speaker: Sango, text: "after", choices: [
            Choice(text: "tell", verdict: Safe, act: Tell, evidence: {"block-report-tell": 1},
                   feedback: "why-tell", next: "told-late"),
            Choice(text: "secret", verdict: Risky, evidence: {"block-report-tell": -1},
                   feedback: "why-secret", next: "end-harmful"),
        ]),
        "after": Beat(speaker: Sango, text: "after", choices: [
            Choice(text: "tell", verdict: Safe, act: Tell, evidence: {"block-report-tell": 1},
                   feedback: "why-tell", next: "told"),
            Choice(text: "secret", verdict: Risky, evidence: {"block-report-tell": -1},
                   feedback: "why-secret", next: "end-harmful"),
        ]),
        "told-late": Beat(speaker: Npc("npc-mum"), text: "told", next: "end-recovered"),
        "told": Beat(speaker: Npc("npc-mum"), text: "told", next: "end-safe"),
        "end-recovered": Ending(outcome: Recovered, text: "end-recovered"),
        "end-harmful": Ending(outcome: Harmful, text: "end-harmful"),
        "end-safe": Ending(outcome: Safe, text: "end-safe"),
    },
)"#;

#[test]
fn what_a_choice_led_to_comes_first_then_sango_verdict_and_telling_puts_a_slip_right() {
    let (_content, root) = crate::common::content_copy();
    let source = SLIP_AND_TELL;
    std::fs::write(
        root.scenarios.join("9-12/contact-slip-and-tell.ron"),
        source,
    )
    .unwrap();
    let words: String = [
        ("title", "Slip and tell"),
        ("summary", "A slip, then help."),
        ("remember", "Telling helps."),
        ("npc-pal", "Pal"),
        ("npc-mum", "Mum"),
        ("intro", "Let's chat."),
        ("ask", "What's your school?"),
        ("share", "It's Oakwood."),
        ("keep", "Not saying."),
        ("why-share", "Your school is private."),
        ("why-keep", "Well kept."),
        ("shared", "Oakwood? I'll come by after school!"),
        ("kept", "OK, fine."),
        ("after", "What now?"),
        ("tell", "Show Mum the chat."),
        ("secret", "Keep it to myself."),
        ("why-tell", "Telling puts it right."),
        ("why-secret", "Secrets help them."),
        ("told", "Thank you for telling me."),
        ("end-recovered", "You told, and it was sorted."),
        ("end-harmful", "It's never too late to tell."),
        ("end-safe", "Safe all along."),
    ]
    .iter()
    .map(|(k, v)| format!("contact-slip-and-tell-{k} = {v}\n"))
    .collect();
    std::fs::write(root.locales.join("en/contact-slip-and-tell.ftl"), words).unwrap();

    let data = tempfile::tempdir().unwrap();
    let mut game = Game::with_content(data.path(), &root);
    game.new_player("Kit");
    game.enter_level();
    game.press(LevelAction::Leave);
    // Lines appear whole, so each Continue moves the story on.
    game.app
        .world_mut()
        .resource_mut::<sango::game::state::Prefs>()
        .0
        .reduced_motion = true;
    game.press(MapAction::OpenLevel("contact-slip-and-tell".into()));
    assert_eq!(game.screen(), Screen::Level);
    let choose = |game: &mut Game, key: &str| {
        let level = game.app.world().resource::<Level>();
        let Step::Decision { choices, .. } = level.run.step() else {
            panic!("a decision: {:?}", level.run.step())
        };
        let i = choices.iter().position(|c| c.text == key).unwrap();
        game.press(LevelAction::Choose(i));
    };
    let verdict_shown = |game: &mut Game| {
        [
            "level-verdict-safe",
            "level-verdict-cautious",
            "level-verdict-risky",
        ]
        .iter()
        .any(|id| game.shows(id))
    };
    game.press(LevelAction::Continue);
    choose(&mut game, "share");
    // First what happened: the story's next line, and no verdict, no choices.
    assert!(game.shows("contact-slip-and-tell-shared"));
    assert!(
        !verdict_shown(&mut game),
        "no verdict before the consequence"
    );
    assert!(
        !game
            .buttons()
            .iter()
            .any(|a| matches!(a, LevelAction::Choose(_)))
    );
    assert_eq!(game.focused(), Some(LevelAction::Continue));
    game.press(LevelAction::Continue);
    // Then Sango's verdict and why.
    assert!(game.shows("level-verdict-risky"));
    assert!(game.shows("contact-slip-and-tell-why-share"));
    game.press(LevelAction::Continue);
    // The line is not shown again: the next decision.
    assert!(game.shows("contact-slip-and-tell-after"));
    choose(&mut game, "tell");
    assert!(game.shows("contact-slip-and-tell-told"));
    assert!(!verdict_shown(&mut game));
    game.press(LevelAction::Continue);
    assert!(game.shows("level-verdict-safe"));
    game.press(LevelAction::Continue);
    // The ending, then the debrief: put right, with every star.
    assert!(game.shows("level-ending-recovered"));
    game.press(LevelAction::Continue);
    assert_eq!(game.screen(), Screen::Debrief);
    // What was put right is the outcome line itself.
    assert!(!game.shows("debrief-outcome-recovered"));
    assert!(
        game.text("debrief-put-right")
            .contains("Show Mum the chat."),
        "{}",
        game.text("debrief-put-right")
    );
    let result = &saved(data.path()).profiles[0].results["contact-slip-and-tell"];
    assert!(result.recovered);
    assert_eq!(result.stars, 3, "telling after a slip is never discounted");
    assert_eq!(result.evidence["block-report-tell"], 1);
    assert_eq!(result.evidence["guard-personal-info"], -1);
}
