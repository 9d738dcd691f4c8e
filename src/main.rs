//! The `sango` command: plays the game by default; `validate` lints content.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sango::check::{ContentRoot, load_and_lint};
use sango::content::coverage::Coverage;
use sango::game::{self, GameOptions};

/// Sango: learn to stay safe online, with Sango the phone as your guide.
///
/// With no command, the game starts. Progress is saved in your user data folder;
/// only the nickname you choose and your scores are kept.
#[derive(Parser, Debug)]
#[command(version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language to play in (ar, zh, en, fr, ru, es).
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Folder holding scenarios/ and locales/ (found automatically otherwise).
    #[arg(long, global = true, value_name = "DIR")]
    content: Option<PathBuf>,
    /// Folder to save progress in, instead of the user data folder.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// For tests: play through title, map, a level and the debrief, saving a PNG of
    /// each screen into DIR, then quit.
    #[arg(long, value_name = "DIR", hide_short_help = true)]
    screenshot_tour: Option<PathBuf>,
    /// With --screenshot-tour: the scenario to play (default: the first on the map).
    #[arg(
        long,
        value_name = "ID",
        hide_short_help = true,
        requires = "screenshot_tour"
    )]
    tour_scenario: Option<String>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check scenarios and translations; print each problem as
    /// `path:line:col: error[CODE]: message`. Exits 0 when clean, 1 on any error.
    Validate {
        /// The scenarios folder, or a folder holding scenarios/ and locales/.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Print which risks and objectives each age band covers: scenarios per risk
    /// and band (2 needed), scenarios training each objective per band (3 needed).
    /// Exits 1 if any cell falls short.
    Coverage {
        /// The scenarios folder, or a folder holding scenarios/ and locales/.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Validate { dir }) => validate(&ContentRoot::from_dir(&dir)),
        Some(Command::Coverage { dir }) => coverage(&ContentRoot::from_dir(&dir)),
        None => {
            let root = match cli.content.as_deref().map(ContentRoot::from_dir) {
                Some(root) => Some(root),
                None => ContentRoot::discover(),
            };
            let Some(root) = root else {
                eprintln!(
                    "sango: cannot find the game's scenarios/ and locales/ folders; \
                     pass --content DIR or set SANGO_CONTENT_DIR"
                );
                return ExitCode::FAILURE;
            };
            game::run(GameOptions {
                content: root,
                lang: cli.lang,
                data_dir: cli.data_dir,
                screenshot_tour: cli.screenshot_tour,
                tour_scenario: cli.tour_scenario,
            })
        }
    }
}

fn coverage(root: &ContentRoot) -> ExitCode {
    let (library, problems) = sango::content::load_dir(&root.scenarios);
    for d in problems.iter().filter(|d| d.is_error()) {
        eprintln!("{d}");
    }
    let coverage = Coverage::of(&library);
    print!("{}", coverage.render());
    let gaps = coverage.gaps();
    if gaps.is_empty() {
        println!("\nEvery risk and objective is covered for every age band.");
        ExitCode::SUCCESS
    } else {
        println!("\nMissing:");
        for gap in &gaps {
            println!("  {gap}");
        }
        ExitCode::from(1)
    }
}

fn validate(root: &ContentRoot) -> ExitCode {
    let checked = load_and_lint(root);
    for d in &checked.diagnostics {
        println!("{d}");
    }
    let (errors, warnings) = (checked.errors(), checked.warnings());
    eprintln!(
        "{} scenario(s), {} locale(s): {errors} error(s), {warnings} warning(s)",
        checked.library.scenarios.len(),
        checked.localizer.languages().count()
    );
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
