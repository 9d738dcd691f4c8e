//! The Bevy front end. [`GameLogicPlugin`] holds everything that needs no window or
//! GPU (screens, focus, actions, Sango), so headless tests run it under
//! `MinimalPlugins`; [`run`] adds the window, renderer, fonts and sound.

pub mod a11y;
pub mod actions;
mod audio;
pub mod avatars;
#[cfg(all(feature = "dev", not(target_arch = "wasm32")))]
pub mod bench;
pub mod contrast;
pub mod focus;
mod gamepad;
pub mod help;
mod language;
#[cfg(not(target_arch = "wasm32"))]
mod linting;
pub mod lms;
pub mod lrs;
pub mod motion;
pub mod pictures;
pub mod reveal;
pub mod sango;
pub mod screens;
pub mod setup;
#[cfg(not(target_arch = "wasm32"))]
mod snapshot;
pub mod speech;
pub mod stages;
#[cfg(not(target_arch = "wasm32"))]
pub mod startup;
pub mod state;
pub mod theme;
#[cfg(feature = "dev")]
mod tour;
pub mod voice;
// Reloading files while playing is for authors on the desktop; the browser has
// no files to watch (and so carries no linter).
#[cfg(not(target_arch = "wasm32"))]
pub mod watch;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod widgets;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::WinitSettings;

use crate::check::ContentRoot;
use crate::progress::Store;
use crate::settings::Settings;
pub use language::{Mirror, SetLanguage};
pub use screens::Screen;

/// How the game idles: a frame only when input arrives or something asks for one
/// (an animation, a font that arrived), and otherwise a wake once a minute, focused
/// or not. Bevy's `desktop_app` wakes a focused window every 5 seconds to draw a
/// frame nobody needs: on a software renderer each costs about 0.1 s of CPU, 2 %
/// of a core at idle (scripts/bench).
pub fn idle_settings() -> WinitSettings {
    let minute = std::time::Duration::from_secs(60);
    WinitSettings {
        focused_mode: bevy::winit::UpdateMode::reactive(minute),
        unfocused_mode: bevy::winit::UpdateMode::reactive_low_power(minute),
    }
}

/// The game without rendering, windowing or audio.
pub struct GameLogicPlugin;

impl Plugin for GameLogicPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            actions::plugin,
            theme::plugin,
            focus::plugin,
            sango::plugin,
            screens::plugin,
            language::plugin,
            contrast::plugin,
            help::plugin,
            a11y::plugin,
            motion::plugin,
            voice::plugin,
            speech::plugin,
            gamepad::plugin,
            widgets::plugin,
            pictures::plugin,
        ))
        .add_plugins((lrs::plugin, lms::plugin));
        #[cfg(not(target_arch = "wasm32"))]
        app.add_plugins((snapshot::plugin, linting::plugin, watch::plugin));
        #[cfg(feature = "dev")]
        app.add_plugins(tour::plugin);
        #[cfg(all(feature = "dev", not(target_arch = "wasm32")))]
        app.add_plugins(bench::plugin);
    }
}

/// How the game was started, from the command line.
#[derive(Debug, Clone)]
pub struct GameOptions {
    pub content: ContentRoot,
    pub lang: Option<String>,
    pub data_dir: Option<PathBuf>,
    /// Draw the title, save its picture to this file and quit (`--check-display`).
    pub check_display: Option<PathBuf>,
    /// The test drivers (the `dev` feature; the packages leave it out).
    #[cfg(feature = "dev")]
    pub dev: DevOptions,
    /// Start straight in this scenario, at this beat (`sango play`).
    pub start_at: Option<(String, Option<String>)>,
    /// Reload scenarios and translations when their files change.
    pub watch: bool,
    /// The school's deployed settings file, as read.
    pub settings: Settings,
    /// Fullscreen, and no Quit button for children (`--kiosk`).
    pub kiosk: bool,
    /// Outline and name every clue card's hotspots, for authors (`--show-hotspots`).
    pub show_hotspots: bool,
    /// The window's size in logical pixels (`--window-size`; 1280 x 720 otherwise).
    pub window_size: Option<(u32, u32)>,
}

/// The test drivers: they play the game by themselves (`dev` feature only).
#[cfg(feature = "dev")]
#[derive(Debug, Clone, Default)]
pub struct DevOptions {
    /// Play through every screen, saving a picture of each here, then quit.
    pub screenshot_tour: Option<PathBuf>,
    /// The level the tour plays.
    pub tour_scenario: Option<String>,
    /// The tour slips at the first decision, then plays well.
    pub tour_slip: bool,
    /// Time start-up, animation, idling and memory, print them and quit
    /// (`--bench-tour`, for scripts/bench).
    pub bench_tour: bool,
}

pub fn run(options: GameOptions) -> ExitCode {
    let assets = options.content.assets();
    let kiosk = options.kiosk || options.settings.deployed.kiosk.unwrap_or(false);
    // Scenarios and words load on a thread of their own while the window and the
    // renderer start (most of start-up is the engine's); the same thread then
    // checks them while the game plays on (`linting`).
    #[cfg(not(target_arch = "wasm32"))]
    let (loaded, checking, go) = {
        let root = options.content.clone();
        let (sender, loaded) = std::sync::mpsc::sync_channel(1);
        // The check waits for the title to be up (`go` dropped): on two cores it
        // would take time from the first frame.
        let (go, wait) = std::sync::mpsc::channel::<()>();
        // One thread: the engine starts on the other core (more threads here
        // made the start slower: docs/PERFORMANCE.md).
        let checking = std::thread::spawn(move || {
            crate::parallel::one_thread(|| {
                // The scenarios and English first: the title needs no more.
                let checked = crate::check::load_for_play(&root);
                startup::lap("content_ready");
                let library = std::sync::Arc::clone(&checked.library);
                let _ = sender.send(checked);
                let _ = wait.recv();
                crate::check::check_for_play(&root, &library)
            })
        });
        (loaded, checking, go)
    };
    if let Some(problem) = &options.settings.problem {
        eprintln!("sango: the settings file has a problem; using the usual settings:\n{problem}");
    }
    let mut app = App::new();
    // A command on an entity that vanished in the same frame is logged, not fatal:
    // a child's game must not close over a race between two systems.
    app.set_error_handler(bevy::ecs::error::warn);
    app.add_plugins(engine(&assets, kiosk, options.window_size));
    #[cfg(not(target_arch = "wasm32"))]
    startup::lap("engine_added");
    // The content was loading while the engine started.
    #[cfg(not(target_arch = "wasm32"))]
    let mut checked = loaded
        .recv()
        .unwrap_or_else(|_| crate::check::load_for_play(&options.content));
    #[cfg(not(target_arch = "wasm32"))]
    if options.start_at.is_some() {
        // Straight into a level: it is checked before it is opened.
        drop(go);
        let found = checking.join().unwrap_or_default();
        crate::check::add_problems(&mut checked.diagnostics, found);
    } else {
        app.insert_resource(linting::Linting::after_title(checking, go));
    }
    // The browser's content is built in and was checked when it was built.
    #[cfg(target_arch = "wasm32")]
    let checked = crate::check::load(&options.content);
    if let Err(code) = frames(&mut app, &options) {
        return code;
    }
    // Launched by a learning platform, the game keeps nothing on the computer:
    // the LMS keeps the learner's progress.
    #[cfg(target_arch = "wasm32")]
    let lms = web::lms_start();
    #[cfg(target_arch = "wasm32")]
    let storage: Box<dyn crate::progress::Storage> = match &lms {
        Some(_) => Box::new(crate::progress::MemoryStorage::default()),
        None => crate::progress::storage_for(options.data_dir, &options.settings),
    };
    #[cfg(not(target_arch = "wasm32"))]
    let storage = crate::progress::storage_for(options.data_dir, &options.settings);
    setup::insert_checked(
        &mut app,
        &options.content,
        checked,
        options.lang.as_deref(),
        Store::new(storage),
        options.settings,
    );
    #[cfg(not(target_arch = "wasm32"))]
    theme::preload_fonts(app.world_mut(), &assets);
    #[cfg(target_arch = "wasm32")]
    if let Some(start) = lms {
        lms::open(&mut app, start);
    }
    app.insert_resource(state::Kiosk(kiosk));
    app.insert_resource(pictures::ShowHotspots(options.show_hotspots));
    let level = match &options.start_at {
        Some((scenario, beat)) => {
            let content = app.world().resource::<state::Content>();
            match screens::map::level_at(content, scenario, beat.as_deref()) {
                Ok(level) => Some(level),
                Err(e) => {
                    eprintln!("sango: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        None => None,
    };
    app.insert_resource(ClearColor(theme::palette::BACKGROUND))
        .add_plugins((GameLogicPlugin, audio::plugin))
        // The computer's own voices (the tests keep the default: none).
        .insert_resource(speech::SystemSpeech::system());
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(web::plugin);
    app.add_systems(PreStartup, spawn_camera)
        .add_systems(Update, redraw_when_assets_arrive);
    if let Some(level) = level {
        // Straight into the level; the title is skipped on the first frame.
        app.insert_resource(level);
        app.world_mut()
            .resource_mut::<NextState<Screen>>()
            .set(Screen::Level);
    }
    #[cfg(not(target_arch = "wasm32"))]
    startup::lap("app_built");
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Bevy's own plugins: the window (fullscreen in a kiosk, the page's canvas on the
/// web) and where the assets are.
fn engine(
    assets: &std::path::Path,
    kiosk: bool,
    size: Option<(u32, u32)>,
) -> bevy::app::PluginGroupBuilder {
    DefaultPlugins
        .set(WindowPlugin {
            primary_window: Some(Window {
                title: "Sango".into(),
                resolution: size.unwrap_or((1280, 720)).into(),
                // The page's canvas, sized by the page (the web build).
                #[cfg(target_arch = "wasm32")]
                canvas: Some("#sango-canvas".into()),
                #[cfg(target_arch = "wasm32")]
                fit_canvas_to_parent: true,
                mode: if kiosk {
                    bevy::window::WindowMode::BorderlessFullscreen(
                        bevy::window::MonitorSelection::Current,
                    )
                } else {
                    bevy::window::WindowMode::Windowed
                },
                ..default()
            }),
            ..default()
        })
        .set(AssetPlugin {
            file_path: assets.to_string_lossy().into_owned(),
            meta_check: AssetMetaCheck::Never,
            ..default()
        })
}

/// How frames come. Idle means idle: a frame only on input or when something
/// changes. A driver (the tours, `--check-display`) needs frames to keep coming;
/// `--watch` wakes on a poll to look at the files.
fn frames(app: &mut App, options: &GameOptions) -> Result<(), ExitCode> {
    #[cfg(feature = "dev")]
    if let Some(dir) = &options.dev.screenshot_tour {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("sango: cannot create {}: {e}", dir.display());
            return Err(ExitCode::FAILURE);
        }
        let tour = tour::Tour::new(dir.clone(), options.dev.tour_scenario.clone());
        app.insert_resource(WinitSettings::game())
            .insert_resource(tour.slipping(options.dev.tour_slip));
        return Ok(());
    }
    #[cfg(all(feature = "dev", not(target_arch = "wasm32")))]
    if options.dev.bench_tour {
        // Frames as fast as they come until the title is in, as a fresh app does.
        app.insert_resource(WinitSettings::game())
            .init_resource::<bench::BenchTour>();
        return Ok(());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(file) = &options.check_display {
        app.insert_resource(WinitSettings::game())
            .insert_resource(snapshot::Snapshot::new(
                file.clone(),
                if options.start_at.is_some() {
                    Screen::Level
                } else {
                    Screen::Title
                },
            ));
        return Ok(());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if options.watch {
        let mode = bevy::winit::UpdateMode::reactive(watch::POLL);
        app.insert_resource(WinitSettings {
            focused_mode: mode,
            unfocused_mode: mode,
        })
        .insert_resource(watch::Watch::new(options.content.clone()));
        return Ok(());
    }
    #[cfg(target_arch = "wasm32")]
    let _ = options;
    app.insert_resource(idle_settings());
    Ok(())
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}

/// Fonts arrive after the first frames; in reactive mode nothing would draw them
/// until the next input. Ask for frames when they land.
fn redraw_when_assets_arrive(
    mut fonts: MessageReader<AssetEvent<Font>>,
    mut images: MessageReader<AssetEvent<Image>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let arrived = fonts.read().count() + images.read().count();
    if arrived > 0 {
        redraw.write(RequestRedraw);
    }
}
