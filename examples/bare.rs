//! The engine's floor: the same Bevy features as the game, one window, one line of
//! text, idle when nothing happens. Size and timing benchmarks build it beside the
//! game with the same profile and compare (`scripts/web-size`, `scripts/bench`,
//! docs/PERFORMANCE.md). `--bench` prints its start-up time, idle frames and CPU,
//! and peak memory the way `sango --bench-tour` does, then quits.

use bevy::prelude::*;
use bevy::winit::WinitSettings;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    sango::game::startup::mark_start();
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Bare Bevy".into(),
            resolution: (1280, 720).into(),
            #[cfg(target_arch = "wasm32")]
            canvas: Some("#sango-canvas".into()),
            #[cfg(target_arch = "wasm32")]
            fit_canvas_to_parent: true,
            ..default()
        }),
        ..default()
    }))
    .insert_resource(WinitSettings::desktop_app())
    .add_systems(
        Startup,
        |mut commands: Commands, assets: Res<AssetServer>| {
            commands.spawn(Camera2d);
            // The game's Latin font, so both load the same bytes of text.
            commands.spawn((
                Text::new("Hello from Bevy"),
                TextFont {
                    font: assets.load("fonts/SangoLatin-Regular.ttf").into(),
                    font_size: FontSize::Px(40.0),
                    ..default()
                },
            ));
        },
    );
    #[cfg(not(target_arch = "wasm32"))]
    sango::game::startup::lap("app_built");
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::args().any(|a| a == "--bench") {
        app.add_plugins(sango::game::bench::FloorBench);
    }
    app.run();
}
