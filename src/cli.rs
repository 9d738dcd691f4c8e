//! The `sango` command on the desktop: plays the game by default; `validate`
//! lints content, and the other commands serve authors, teachers and the build.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sango::check::{ContentRoot, load_and_lint};
use sango::content::coverage::Coverage;
use sango::game::{self, GameOptions};
use sango::progress::Store;
use sango::report::{ClassReport, merge};
use sango::settings::Settings;

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
    /// A teacher's scenario pack to add beside the bundled scenarios: a folder
    /// with scenarios/ and locales/ (repeatable).
    #[arg(long, global = true, value_name = "DIR")]
    pack: Vec<PathBuf>,
    /// Reload scenarios and translations when you save them (for authors).
    #[arg(long, global = true)]
    watch: bool,
    /// Folder to save progress in, instead of the user data folder (or the one
    /// the school's settings file names).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// The school's settings file (default: $SANGO_SETTINGS, else settings.ron
    /// beside the game, else /etc/sango/settings.ron or
    /// %ProgramData%\Sango\settings.ron).
    #[arg(long, global = true, value_name = "FILE")]
    settings: Option<PathBuf>,
    /// Classroom kiosk: fullscreen, and only the teacher (after the PIN) can quit.
    #[arg(long)]
    kiosk: bool,
    /// For authors: outline every clue card's hotspots and show their names
    /// (with `sango play --scenario ID --beat BEAT`, straight to a card).
    #[arg(long, global = true)]
    show_hotspots: bool,
    /// The window's size, WIDTHxHEIGHT (default 1280x720): try a school
    /// netbook's 1024x600, or 2560x1440.
    #[arg(long, global = true, value_name = "WxH", value_parser = window_size)]
    window_size: Option<(u32, u32)>,
    /// Check that this machine can show the game: start, draw the title, save a
    /// picture of it to FILE (PNG) and quit. Exits 1 if the title never draws.
    /// With `play --scenario ID --beat BEAT`: that step instead of the title.
    #[arg(long, global = true, value_name = "FILE")]
    check_display: Option<PathBuf>,
    #[cfg(feature = "dev")]
    #[command(flatten)]
    dev: DevFlags,
}

/// The test drivers (the `dev` feature, which the packages leave out).
#[cfg(feature = "dev")]
#[derive(clap::Args, Debug)]
struct DevFlags {
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
    /// With --screenshot-tour: slip at the first decision (a Risky choice), then
    /// play well, to show a slip put right.
    #[arg(long, hide_short_help = true, requires = "screenshot_tour")]
    tour_slip: bool,
    /// For scripts/bench: play title → map → a level → debrief by itself, print
    /// start-up time, frame times, idle frames and CPU, and peak memory, then quit.
    #[arg(long, hide_short_help = true)]
    bench_tour: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check scenarios and translations; print each problem as
    /// `path:line:col: error[CODE]: message`. Exits 0 when clean, 1 on any error.
    Validate {
        /// The scenarios folder, or a folder holding scenarios/ and locales/
        /// (default: the game's own).
        dir: Option<PathBuf>,
        /// `text` for people (the source line quoted, a caret under the spot), or
        /// `json` for editors and tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a scenario's story map as Graphviz DOT (`ID.dot`) and Mermaid
    /// (`ID.mmd`): beats as nodes, choices as edges coloured by verdict, endings
    /// marked, unreachable beats flagged.
    Graph {
        /// The scenario's id.
        scenario: String,
        /// Folder to write the two files into.
        #[arg(long, short, default_value = ".")]
        out: PathBuf,
    },
    /// Walk every path of every scenario (or one) as a child could, and print how
    /// many distinct paths there are and which endings they reach. A path that
    /// loops back is followed once. Exits 1 if a step a child could take fails.
    Paths {
        /// Only this scenario.
        scenario: Option<String>,
    },
    /// Open the game straight at a scenario, and at a beat of it: to try what you
    /// just wrote. Nothing is saved.
    Play {
        /// The scenario's id.
        #[arg(long)]
        scenario: String,
        /// The beat to start at (default: the scenario's start).
        #[arg(long)]
        beat: Option<String>,
    },
    /// Print which risks and objectives each age band covers: scenarios per risk
    /// and band (2 needed), scenarios training each objective per band (3 needed),
    /// how often naive strategies (the longest option, the shortest, the most
    /// help-words…) find the best answer, per language (at most 40 %), and how
    /// well cues (risk-words, help-words, length, the same answer to all) judge
    /// the check's situations, per set and language (40 to 60 %).
    /// Exits 1 if any cell falls short or any strategy is out of its budget.
    Coverage {
        /// The scenarios folder, or a folder holding scenarios/ and locales/
        /// (default: the game's own).
        dir: Option<PathBuf>,
        /// Also list, for one language, each decision with its options'
        /// lengths and help-words and the strategies that find its best
        /// answer: to see which to reword.
        #[arg(long, value_name = "LANG")]
        explain: Option<String>,
    },
    /// For `scripts/make-voices`: print every line said aloud, one JSON object a
    /// line: `{"lang", "file", "text"}` (the file under assets/, named after the
    /// words). All languages unless --lang is given.
    #[command(hide = true)]
    VoiceLines {
        /// Only this scenario's lines.
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
    },
    /// For `scripts/web`: draw every picture ahead of time into a folder, as
    /// `.pic` files (its art's size and word boxes, then a PNG), so the browser
    /// needs no SVG renderer. Exits 1 if any picture cannot be drawn.
    DrawPictures {
        /// The folder to write into (made if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The longest side of each picture, in pixels.
        #[arg(long, default_value_t = 800)]
        longest: u32,
    },
    /// Write the class report: each child's levels, stars and score per
    /// objective, and the objectives the class is weakest on. `.csv` gives a
    /// spreadsheet, `.html` a printable page with a chart. Give several --data
    /// folders (one per machine, e.g. copied onto a USB stick) to merge them: the
    /// same nickname on two machines is the same child. It only reads; any file
    /// it cannot read whole is said first, and it then exits with 1.
    Report {
        /// A folder of saved progress (repeatable; default: this machine's).
        #[arg(long, value_name = "DIR")]
        data: Vec<PathBuf>,
        /// The file to write: ends in .csv or .html.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Read the class from the school's learning record store (the `lrs` in
        /// settings.ron) instead of folders: the same report. Children are named
        /// by nickname only if the school sends nicknames, else by the start of
        /// their random account.
        #[arg(long, conflicts_with = "data")]
        lrs: bool,
    },
}

pub fn main() -> ExitCode {
    game::startup::mark_start();
    let cli = Cli::parse();
    #[cfg(windows)]
    if cli.command.is_some() {
        attach_console();
    }
    // A folder named on the command line, else the game's own content.
    let content_in = |dir: &Option<PathBuf>| match dir {
        Some(dir) => Some(ContentRoot::from_dir(dir)),
        None => find_content(&cli),
    };
    match &cli.command {
        Some(Command::Validate { dir, format }) => match content_in(dir) {
            Some(root) => validate(&with_packs(root, &cli.pack), *format),
            None => no_content(),
        },
        Some(Command::Coverage { dir, explain }) => match content_in(dir) {
            Some(root) => coverage(&with_packs(root, &cli.pack), explain.as_deref()),
            None => no_content(),
        },
        Some(Command::Report { data, out, lrs }) => {
            let Some(root) = find_content(&cli) else {
                return no_content();
            };
            let settings = settings_for(&root, cli.settings.as_deref());
            // A mistake in the school's settings is said first: the report must
            // not quietly read another folder than the one the school named.
            if let Some(problem) = &settings.problem {
                eprintln!("sango: {problem}");
                return ExitCode::from(1);
            }
            if *lrs {
                let Some(lrs) = &settings.deployed.lrs else {
                    eprintln!(
                        "sango: --lrs: the settings name no record store (`lrs` in settings.ron)"
                    );
                    return ExitCode::from(2);
                };
                return report(&root, ClassFrom::Lrs(lrs), out, cli.lang.as_deref());
            }
            let data = if data.is_empty() {
                let fallback = cli.data_dir.clone().or_else(|| root.portable_data());
                match sango::progress::storage_for(fallback, &settings).location() {
                    place if std::path::Path::new(&place).is_dir() => vec![PathBuf::from(place)],
                    place => {
                        eprintln!("sango: no saved progress in {place}; pass --data DIR");
                        return ExitCode::from(2);
                    }
                }
            } else {
                data.clone()
            };
            report(&root, ClassFrom::Folders(&data), out, cli.lang.as_deref())
        }
        Some(Command::Paths { scenario }) => match find_content(&cli) {
            Some(root) => paths(&with_packs(root, &cli.pack), scenario.as_deref()),
            None => no_content(),
        },
        Some(Command::Graph { scenario, out }) => match find_content(&cli) {
            Some(root) => graph(&with_packs(root, &cli.pack), scenario, out),
            None => no_content(),
        },
        Some(Command::VoiceLines { scenario }) => match find_content(&cli) {
            Some(root) => voice_lines(
                &with_packs(root, &cli.pack),
                cli.lang.as_deref(),
                scenario.as_deref(),
            ),
            None => no_content(),
        },
        Some(Command::DrawPictures { out, longest }) => match find_content(&cli) {
            Some(root) => draw_pictures(&root, out, *longest),
            None => no_content(),
        },
        Some(Command::Play { scenario, beat }) => {
            play(&cli, Some((scenario.clone(), beat.clone())))
        }
        None => play(&cli, None),
    }
}

/// Prints to the console the command was typed in: a Windows desktop program has
/// none of its own (see the top of this file).
#[cfg(windows)]
fn attach_console() {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process: u32) -> i32;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    // SAFETY: a plain Win32 call with a constant argument; failing (no console
    // to attach to, or one already there) changes nothing.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Where the game's scenarios and locales are: `--content`, else found.
fn find_content(cli: &Cli) -> Option<ContentRoot> {
    cli.content
        .as_deref()
        .map(ContentRoot::from_dir)
        .or_else(ContentRoot::discover)
}

/// Prints the lines to voice (see `sango::voice`).
fn voice_lines(root: &ContentRoot, lang: Option<&str>, only: Option<&str>) -> ExitCode {
    let checked = load_and_lint(root);
    let mut library = std::sync::Arc::unwrap_or_clone(checked.library);
    if let Some(id) = only {
        library.scenarios.retain(|f| f.scenario.id == id);
        library.checks.clear();
        if library.scenarios.is_empty() {
            eprintln!("sango: no scenario called {id}");
            return ExitCode::from(2);
        }
    }
    let languages: Vec<&str> = match lang {
        Some(lang) => vec![lang],
        // The pseudo-locale is for testers; it has no voice.
        None => checked
            .localizer
            .languages()
            .filter(|l| *l != sango::l10n::PSEUDO_LOCALE)
            .collect(),
    };
    let mut out = std::io::stdout().lock();
    for lang in languages {
        for (file, text) in sango::voice::lines(&library, &checked.localizer, lang) {
            let line = serde_json::json!({"lang": lang, "file": file, "text": text});
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Starts the game, at a scenario's beat if asked (`sango play`).
fn play(cli: &Cli, start_at: Option<(String, Option<String>)>) -> ExitCode {
    let Some(root) = find_content(cli) else {
        return no_content();
    };
    let settings = settings_for(&root, cli.settings.as_deref());
    // --data-dir, else a portable game's own folder, else the settings' or the
    // user's data folder.
    let data_dir = cli.data_dir.clone().or_else(|| root.portable_data());
    game::run(GameOptions {
        content: with_packs(root, &cli.pack),
        lang: cli.lang.clone(),
        data_dir,
        check_display: cli.check_display.clone(),
        #[cfg(feature = "dev")]
        dev: game::DevOptions {
            screenshot_tour: cli.dev.screenshot_tour.clone(),
            tour_scenario: cli.dev.tour_scenario.clone(),
            tour_slip: cli.dev.tour_slip,
            bench_tour: cli.dev.bench_tour,
        },
        start_at,
        watch: cli.watch,
        settings,
        kiosk: cli.kiosk,
        show_hotspots: cli.show_hotspots,
        window_size: cli.window_size,
    })
}

/// `1024x600` as (1024, 600): each side from 320 to 8192.
fn window_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{text}` is not WIDTHxHEIGHT, like 1024x600"))?;
    let side = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (320..=8192).contains(n))
            .ok_or_else(|| format!("`{s}` is not a size from 320 to 8192"))
    };
    Ok((side(w)?, side(h)?))
}

/// The school's settings file: named, or found beside the game.
fn settings_for(root: &ContentRoot, explicit: Option<&std::path::Path>) -> Settings {
    Settings::find(explicit, root.scenarios.parent())
}

/// Where `sango report` reads the class.
#[derive(Clone, Copy)]
enum ClassFrom<'a> {
    Folders(&'a [PathBuf]),
    Lrs(&'a sango::xapi::LrsSettings),
}

fn report(
    root: &ContentRoot,
    from: ClassFrom<'_>,
    out: &std::path::Path,
    lang: Option<&str>,
) -> ExitCode {
    let html = match out.extension().and_then(|e| e.to_str()) {
        Some("csv") => false,
        Some("html" | "htm") => true,
        _ => {
            eprintln!("sango: --out must end in .csv or .html");
            return ExitCode::from(2);
        }
    };
    let mut checked = load_and_lint(root);
    if let Some(lang) = lang
        && !checked.localizer.set_language(lang)
    {
        eprintln!("sango: no locale `{lang}`; writing in English");
    }
    let mut machines = Vec::new();
    let mut problems = 0;
    let folders = match from {
        ClassFrom::Folders(folders) => folders,
        ClassFrom::Lrs(lrs) => match sango::xapi::http::Http::new(lrs).all_statements() {
            Ok(statements) => {
                machines.push(sango::xapi::class_from_statements(&statements, &lrs.school));
                &[]
            }
            Err(e) => {
                eprintln!(
                    "sango: cannot read the record store at {}: {e}",
                    lrs.endpoint
                );
                return ExitCode::from(1);
            }
        },
    };
    for folder in folders {
        if !folder.is_dir() {
            eprintln!("sango: {} is not a folder", folder.display());
            return ExitCode::from(2);
        }
        // The report reads; it never moves, repairs or writes anything there.
        let store = Store::read_only(folder_storage(folder));
        let (progress, warnings) = store.load();
        for w in &warnings {
            eprintln!("sango: {}: {w}", folder.display());
        }
        problems += warnings.len();
        machines.push(progress.profiles);
    }
    let objectives: Vec<&str> = checked
        .library
        .objectives
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let class = ClassReport::build(&merge(machines), &objectives);
    let text = if html {
        let date = sango::clock::date(sango::clock::now_unix());
        sango::report::html(&class, &checked.localizer, &date)
    } else {
        sango::report::csv(&class, &checked.localizer)
    };
    if let Err(e) = std::fs::write(out, text) {
        eprintln!("sango: cannot write {}: {e}", out.display());
        return ExitCode::from(1);
    }
    let (children, levels, stars) = class.totals();
    let source = match from {
        ClassFrom::Folders(folders) => format!("{} folder(s)", folders.len()),
        ClassFrom::Lrs(lrs) => format!("the record store at {}", lrs.endpoint),
    };
    say(&format!(
        "{}: {children} children, {levels} levels finished, {stars} stars, from {source}\n",
        out.display()
    ));
    if problems > 0 {
        eprintln!(
            "sango: {problems} file(s) could not be read whole (said above); the report holds what could be read"
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// A data folder on disk. (The web build has no folders; `sango report` is a
/// desktop command.)
fn folder_storage(folder: &std::path::Path) -> Box<dyn sango::progress::Storage> {
    Box::new(sango::progress::FileStorage::new(folder))
}

fn with_packs(mut root: ContentRoot, packs: &[PathBuf]) -> ContentRoot {
    root.packs = packs.to_vec();
    root
}

/// Writes to standard output; a closed pipe (`sango validate | head`) is not an
/// error worth a panic.
fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn no_content() -> ExitCode {
    eprintln!(
        "sango: cannot find the game's scenarios/ and locales/ folders; \
         pass --content DIR or set SANGO_CONTENT_DIR"
    );
    ExitCode::FAILURE
}

fn paths(root: &ContentRoot, only: Option<&str>) -> ExitCode {
    let library = load_and_lint(root).library;
    let mut failed = false;
    let mut found = false;
    for file in &library.scenarios {
        let s = &file.scenario;
        if only.is_some_and(|id| id != s.id) {
            continue;
        }
        found = true;
        let walked = sango::play::every_path_in_every_world(std::sync::Arc::new(s.clone()), 0);
        match walked {
            Ok(endings) => {
                let mut reached = std::collections::BTreeMap::<&str, usize>::new();
                for run in &endings {
                    *reached.entry(run.beat_id()).or_default() += 1;
                }
                let list: Vec<String> = reached.iter().map(|(e, n)| format!("{e} ×{n}")).collect();
                say(&format!(
                    "{}: {} paths; {}\n",
                    s.id,
                    endings.len(),
                    list.join(", ")
                ));
            }
            Err(e) => {
                failed = true;
                eprintln!("sango: {}: {e}", s.id);
            }
        }
    }
    if !found {
        eprintln!("sango: no scenario `{}`", only.unwrap_or_default());
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn graph(root: &ContentRoot, id: &str, out: &std::path::Path) -> ExitCode {
    // The id becomes a file name under --out: only a plain name may.
    if !sango::content::is_plain_id(id) {
        eprintln!("sango: `{id}` is not a scenario id (a-z, 0-9 and - only)");
        return ExitCode::from(2);
    }
    let library = load_and_lint(root).library;
    let Some(file) = library.scenarios.iter().find(|f| f.scenario.id == id) else {
        eprintln!("sango: no scenario `{id}` in {}", root.scenarios.display());
        return ExitCode::from(2);
    };
    if file.path.file_stem().and_then(|s| s.to_str()) != Some(id) {
        eprintln!(
            "sango: {} holds scenario `{id}`; an id must be its file's name (sango validate says more)",
            file.path.display()
        );
        return ExitCode::from(2);
    }
    let scenario = &file.scenario;
    let files = [
        (
            out.join(format!("{id}.dot")),
            sango::content::graph::dot(scenario),
        ),
        (
            out.join(format!("{id}.mmd")),
            sango::content::graph::mermaid(scenario),
        ),
    ];
    for (path, text) in files {
        if let Err(e) = std::fs::create_dir_all(out).and_then(|()| std::fs::write(&path, text)) {
            eprintln!("sango: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
        say(&format!("{}\n", path.display()));
    }
    ExitCode::SUCCESS
}

fn coverage(root: &ContentRoot, explain: Option<&str>) -> ExitCode {
    let (mut library, mut problems) = sango::content::load_dir(&root.scenarios);
    for pack in &root.packs {
        problems.extend(sango::content::load_pack(
            &pack.join("scenarios"),
            &mut library,
        ));
    }
    for d in problems.iter().filter(|d| d.is_error()) {
        eprintln!("{d}");
    }
    let coverage = Coverage::of(&library);
    say(&coverage.render());
    let gaps = coverage.gaps();
    if gaps.is_empty() {
        say("\nEvery risk and objective is covered for every age band.\n");
    } else {
        say("\nMissing:\n");
        for gap in &gaps {
            say(&format!("  {gap}\n"));
        }
    }
    // Whether a child could win by guessing, in every language.
    let (words, _) = sango::l10n::Localizer::load_dir(&root.locales);
    let guessing = sango::guess::Guessability::of(&library, &words, &root.locales);
    say(&guessing.render());
    if let Some(lang) = explain {
        say(&sango::guess::explain(
            &library,
            &words,
            &root.locales,
            lang,
        ));
    }
    let mut over = guessing.over_budget(sango::guess::BUDGET);
    // Messages to build: no naive rule may send one well.
    let messages = sango::guess::messages_won_by_rules(&library, &words, &root.locales);
    if messages.is_empty() {
        say(
            "\nNo naive rule (help-words or none, the longer or shorter half, the shortest or longest address, letters-only pieces) builds a message, a passphrase or a fake post well.\n",
        );
    }
    over.extend(messages);
    // The check's situations: no cue may judge a set well.
    let situations = sango::guess::situations::rates(&library, &words, &root.locales);
    say(&sango::guess::situations::render(&situations));
    over.extend(sango::guess::situations::over_budget(
        &situations,
        sango::guess::situations::BUDGET,
    ));
    if over.is_empty() {
        say("\nNo naive strategy beats the budget in any language.\n");
    } else {
        say("\nGuessable (see docs/AUTHORING.md, \"Choices that make a child think\"):\n");
        for line in &over {
            say(&format!("  {line}\n"));
        }
    }
    if gaps.is_empty() && over.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn draw_pictures(root: &ContentRoot, out: &std::path::Path, longest: u32) -> ExitCode {
    let from = root.assets().join("pictures");
    let entries = match std::fs::read_dir(&from) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("sango: cannot read {}: {e}", from.display());
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("sango: cannot make {}: {e}", out.display());
        return ExitCode::from(1);
    }
    let mut svgs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
        .collect();
    svgs.sort();
    let (mut drawn, mut bytes, mut failed) = (0, 0, 0);
    for svg in &svgs {
        let name = svg.file_stem().unwrap_or_default().to_string_lossy();
        let result = std::fs::read_to_string(svg)
            .map_err(|e| e.to_string())
            .and_then(|text| game::pictures::draw_ahead(&text, longest as f32))
            .and_then(|pic| {
                let len = pic.len();
                std::fs::write(out.join(format!("{name}.pic")), pic)
                    .map(|_| len)
                    .map_err(|e| e.to_string())
            });
        match result {
            Ok(len) => {
                drawn += 1;
                bytes += len;
            }
            Err(e) => {
                eprintln!("sango: {}: {e}", svg.display());
                failed += 1;
            }
        }
    }
    println!(
        "drew {drawn} pictures into {} ({} KB)",
        out.display(),
        bytes / 1024
    );
    ExitCode::from(u8::from(failed > 0))
}

fn validate(root: &ContentRoot, format: Format) -> ExitCode {
    let mut checked = load_and_lint(root);
    // Formats every message in every language: for authors, not at each game start.
    let fits = sango::check::text_fits(
        &checked.library,
        &checked.localizer,
        &checked.localizer.message_index(),
    );
    checked.diagnostics.extend(fits);
    // Reads and parses every picture: for authors too.
    checked
        .diagnostics
        .extend(sango::content::picture_lint::lint_pictures(
            &checked.library,
            &root.assets(),
            &|path| std::fs::read_to_string(path),
        ));
    checked.diagnostics.extend(sango::guess::lint(
        &checked.library,
        &checked.localizer,
        &checked.localizer.message_index(),
        &root.locales,
    ));
    // Each language's glossary, and right-to-left lines that start left to right.
    checked
        .diagnostics
        .extend(sango::wording::lint(&root.locales));
    for pack in &root.packs {
        checked
            .diagnostics
            .extend(sango::wording::lint(&pack.join("locales")));
    }
    let (errors, warnings) = (checked.errors(), checked.warnings());
    match format {
        Format::Text => {
            let mut sources = std::collections::HashMap::new();
            for d in &checked.diagnostics {
                let source = sources
                    .entry(d.path.clone())
                    .or_insert_with(|| std::fs::read_to_string(&d.path).ok());
                say(&format!("{}\n\n", d.render(source.as_deref())));
            }
        }
        Format::Json => {
            let report = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "diagnostics": checked.diagnostics,
            });
            match serde_json::to_string_pretty(&report) {
                Ok(text) => say(&format!("{text}\n")),
                Err(e) => {
                    eprintln!("sango: cannot write the report: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    }
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
