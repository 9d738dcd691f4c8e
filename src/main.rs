//! The `sango` program. On the desktop, a command line (src/cli.rs): it plays the
//! game by default, and `validate`, `report` and the others serve authors,
//! teachers and the build. In the browser there is no command line: the game
//! starts with its built-in content, and the wasm carries none of the commands.

// A Windows release is a desktop game: no console window opens beside it. A
// command typed in a console (`sango.exe validate`) still prints there.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() -> std::process::ExitCode {
    use sango::check::ContentRoot;
    use sango::game::{self, GameOptions};
    // The scenarios and English words built in; other languages are fetched.
    let Some(content) = ContentRoot::discover() else {
        eprintln!("sango: the built-in content is missing");
        return std::process::ExitCode::FAILURE;
    };
    // A settings.ron beside the page, which the page read before starting us.
    let settings = sango::game::web::page_settings();
    game::run(GameOptions {
        content,
        lang: None,
        data_dir: None,
        check_display: None,
        #[cfg(feature = "dev")]
        dev: game::DevOptions::default(),
        start_at: None,
        watch: false,
        settings,
        kiosk: false,
        show_hotspots: false,
        window_size: None,
    })
}
