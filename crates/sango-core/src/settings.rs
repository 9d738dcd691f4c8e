//! The settings file a school's IT team deploys (`settings.ron`): the defaults a
//! classroom starts from. A teacher's choices in the game, saved with the class's
//! progress, come first; these come next; the game's own defaults last.
//!
//! ```ron
//! (
//!     language: "fr",
//!     age_band: Ages13To15,
//!     scenarios: ["contact-the-friendly-stranger", "contract-the-free-gems"],
//!     data_folder: "D:/SangoData",
//!     lock_settings: true,
//!     kiosk: false,
//! )
//! ```
//!
//! Every field may be left out. A file that cannot be read is reported with its line
//! and column, and the game goes on with the usual settings.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::content::{AgeBand, Diagnostic};

/// The file's name wherever it is looked for.
pub const SETTINGS_FILE: &str = "settings.ron";
/// Names a settings file anywhere.
pub const SETTINGS_ENV: &str = "SANGO_SETTINGS";

/// What IT may set for every machine in a school.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deployed {
    /// The language a machine starts in (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
    #[serde(default)]
    pub language: Option<String>,
    /// The age band whose levels the map shows.
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    /// Only these scenarios are offered (by id); all of them when left out.
    #[serde(default)]
    pub scenarios: Option<BTreeSet<String>>,
    /// Where progress is kept, e.g. a shared drive or a USB stick. Relative paths
    /// are taken from the settings file's folder.
    #[serde(default)]
    pub data_folder: Option<PathBuf>,
    /// Children cannot change the age band or the language.
    #[serde(default)]
    pub lock_settings: Option<bool>,
    /// Start fullscreen with no Quit button on the title (as `--kiosk`).
    #[serde(default)]
    pub kiosk: Option<bool>,
    /// Helplines the help screen lists for this school's children (text only; the
    /// game opens nothing). Without them it points to Child Helpline International's
    /// directory of national helplines.
    #[serde(default)]
    pub helplines: Option<Vec<crate::prefs::Helpline>>,
    /// The school's learning record store: what each child plays is sent there
    /// as xAPI statements, under a random account (docs/XAPI.md,
    /// docs/PRIVACY.md). Off when left out.
    #[serde(default)]
    pub lrs: Option<LrsSettings>,
}

/// Where xAPI statements go, from the school's `settings.ron` (`lrs: (…)`): a
/// learning record store (`xapi`). Off when left out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsSettings {
    /// The store's xAPI endpoint, e.g. `https://lrs.school.example/xAPI/`.
    pub endpoint: String,
    /// The store's key and secret (HTTP Basic authentication).
    pub key: String,
    pub secret: String,
    /// The school's own address: the home page of the children's pseudonymous
    /// accounts (`actor.account.homePage`).
    pub school: String,
    /// Send each child's nickname with their statements (off: only the random
    /// account name goes).
    #[serde(default)]
    pub send_nicknames: bool,
}

impl LrsSettings {
    /// What is wrong with these settings, if anything: the endpoint and the
    /// school must be web addresses (a school's own page names its accounts).
    pub fn problem(&self) -> Option<String> {
        let web = |s: &str| {
            let rest = s
                .strip_prefix("https://")
                .or_else(|| s.strip_prefix("http://"))?;
            (!rest.is_empty() && !rest.starts_with('/') && !s.chars().any(char::is_whitespace))
                .then_some(())
        };
        if web(&self.endpoint).is_none() {
            return Some(format!(
                "endpoint \"{}\" is not an http:// or https:// address",
                self.endpoint
            ));
        }
        if web(&self.school).is_none() {
            return Some(format!(
                "school \"{}\" is not an http:// or https:// address (the school's own web page)",
                self.school
            ));
        }
        None
    }
}

/// The settings in force and where they came from.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub deployed: Deployed,
    /// The file read, if any.
    pub source: Option<PathBuf>,
    /// What was wrong with it; the game shows this on the title screen.
    pub problem: Option<String>,
}

impl Settings {
    /// Reads the settings file: `explicit` (from `--settings`), else
    /// `$SANGO_SETTINGS`, else `settings.ron` beside the executable or in the game's
    /// folder (`game_dir`), else the system-wide place
    /// (`/etc/sango/settings.ron`, `%ProgramData%\Sango\settings.ron`).
    pub fn find(explicit: Option<&Path>, game_dir: Option<&Path>) -> Self {
        if let Some(path) = explicit {
            // Asked for by name: a missing file is a problem, not a fallback.
            return Self::read(path);
        }
        if let Some(path) = std::env::var_os(SETTINGS_ENV) {
            return Self::read(Path::new(&path));
        }
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(Path::to_path_buf))
        {
            candidates.push(dir.join(SETTINGS_FILE));
        }
        if let Some(dir) = game_dir {
            candidates.push(dir.join(SETTINGS_FILE));
        }
        if cfg!(windows) {
            if let Some(dir) = std::env::var_os("ProgramData") {
                candidates.push(Path::new(&dir).join("Sango").join(SETTINGS_FILE));
            }
        } else {
            candidates.push(Path::new("/etc/sango").join(SETTINGS_FILE));
        }
        candidates
            .into_iter()
            .find(|p| p.is_file())
            .map_or_else(Self::default, |p| Self::read(&p))
    }

    /// Reads one settings file.
    pub fn read(path: &Path) -> Self {
        let text = match crate::content::diagnostic::read_source(path) {
            Ok(text) => text,
            Err(d) => return Self::broken(path, &d),
        };
        Self::from_text(path, &text)
    }

    /// Settings from a file's text (`path` names it in messages and is where a
    /// relative `data_folder` starts): the browser's come from the page.
    pub fn from_text(path: &Path, text: &str) -> Self {
        match Self::parse(path, text) {
            Ok(mut deployed) => {
                let mut problem = None;
                if let Some(folder) = deployed.data_folder.take() {
                    let base = path.parent().unwrap_or(Path::new("."));
                    // A folder the school did not mean is never written to.
                    let problem_with = data_folder_problem(&folder, base);
                    let folder = base.join(folder);
                    match problem_with {
                        None => deployed.data_folder = Some(folder),
                        Some(why) => {
                            problem = Some(format!(
                                "{}: data_folder {why}; progress is kept in the usual place instead",
                                path.display()
                            ))
                        }
                    }
                }
                if let Some(why) = deployed.lrs.as_ref().and_then(LrsSettings::problem) {
                    // Nothing is sent to a store the school did not mean.
                    deployed.lrs = None;
                    let lrs = format!("{}: lrs {why}; nothing is sent", path.display());
                    problem = Some(match problem {
                        Some(earlier) => format!("{earlier}\n{lrs}"),
                        None => lrs,
                    });
                }
                Self {
                    deployed,
                    source: Some(path.to_path_buf()),
                    problem,
                }
            }
            Err(d) => Self::broken(path, &d),
        }
    }

    /// Parses settings text; a problem comes back with its line and column.
    pub fn parse(path: &Path, text: &str) -> Result<Deployed, Diagnostic> {
        crate::content::load::parse(path, text)
    }

    fn broken(path: &Path, problem: &Diagnostic) -> Self {
        Self {
            deployed: Deployed::default(),
            source: Some(path.to_path_buf()),
            problem: Some(problem.to_string()),
        }
    }

    /// Scenario ids the file names that the game does not have: worth a warning,
    /// not an error (a pack may be missing on one machine).
    pub fn unknown_scenarios<'a>(&'a self, known: &'a BTreeSet<&str>) -> Vec<&'a str> {
        self.deployed
            .scenarios
            .iter()
            .flatten()
            .map(String::as_str)
            .filter(|id| !known.contains(id))
            .collect()
    }
}

/// Whether a path climbs with `..` somewhere.
fn climbs(path: &Path) -> bool {
    path.components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
}

/// Why a folder may not hold the class's progress, if it may not: the folder as
/// the settings file writes it (`written`, taken from the file's folder `base`
/// when relative) climbs with `..`, or it lands on a disk's root or a folder of
/// the operating system's own.
pub fn data_folder_problem(written: &Path, base: &Path) -> Option<String> {
    if climbs(written) {
        return Some(format!(
            "`{}` climbs out of its folder with `..`: name the folder itself",
            written.display()
        ));
    }
    let folder = base.join(written);
    let shown = folder.display();
    let plain = folder.to_string_lossy().replace('\\', "/").to_lowercase();
    let plain = plain.trim_end_matches('/');
    // `c:` and `c:/...` on Windows: compare without the drive.
    let (drive, rest) = match plain.as_bytes() {
        [d, b':', ..] if d.is_ascii_alphabetic() => (true, &plain[2..]),
        _ => (false, plain),
    };
    if rest.is_empty() && (drive || folder.is_absolute()) {
        return Some(format!(
            "`{shown}` is the root of a disk: name a folder for Sango"
        ));
    }
    const SYSTEM: [&str; 14] = [
        "/etc",
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib32",
        "/lib64",
        "/boot",
        "/proc",
        "/sys",
        "/dev",
        "/windows",
        "/program files",
        "/program files (x86)",
    ];
    let system = SYSTEM
        .iter()
        .any(|s| rest == *s || rest.starts_with(&format!("{s}/")));
    system.then(|| format!("`{shown}` is a system folder: name a folder for Sango's data"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_optional_and_some_is_implicit() {
        let all = Settings::parse(
            Path::new("settings.ron"),
            "(language: \"fr\", age_band: Ages13To15, scenarios: [\"a\", \"b\"], \
             data_folder: \"data\", lock_settings: true, kiosk: true)",
        )
        .unwrap();
        assert_eq!(all.language.as_deref(), Some("fr"));
        assert_eq!(all.age_band, Some(AgeBand::Ages13To15));
        assert_eq!(all.scenarios.unwrap().len(), 2);
        assert_eq!(all.lock_settings, Some(true));
        assert_eq!(
            Settings::parse(Path::new("s.ron"), "()").unwrap(),
            Deployed::default()
        );
    }

    #[test]
    fn a_broken_file_says_where_and_the_usual_settings_apply() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SETTINGS_FILE);
        std::fs::write(&path, "(\n  langauge: \"fr\",\n)").unwrap();
        let settings = Settings::read(&path);
        assert_eq!(settings.deployed, Deployed::default());
        let problem = settings.problem.unwrap();
        assert!(problem.contains("settings.ron:2:"), "{problem}");
        assert!(problem.contains("did you mean `language`"), "{problem}");
    }

    #[test]
    fn a_relative_data_folder_is_taken_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SETTINGS_FILE);
        std::fs::write(&path, "(data_folder: \"class-data\")").unwrap();
        let settings = Settings::read(&path);
        assert_eq!(
            settings.deployed.data_folder,
            Some(dir.path().join("class-data"))
        );
    }

    #[test]
    fn a_system_folder_or_one_that_climbs_out_is_never_used() {
        for bad in [
            "/etc",
            "/etc/sango",
            "/",
            "C:\\Windows\\Temp",
            "D:/",
            "../../x",
            "/usr/share",
        ] {
            assert!(
                data_folder_problem(Path::new(bad), Path::new("")).is_some(),
                "{bad}"
            );
        }
        for good in [
            "/srv/sango",
            "D:/SangoData",
            "/home/teacher/sango",
            "class-data",
            "/etcetera",
        ] {
            assert!(
                data_folder_problem(Path::new(good), Path::new("/srv")).is_none(),
                "{good}"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SETTINGS_FILE);
        std::fs::write(&path, "(data_folder: \"/etc\", language: \"fr\")").unwrap();
        let settings = Settings::read(&path);
        assert_eq!(settings.deployed.data_folder, None);
        assert_eq!(
            settings.deployed.language.as_deref(),
            Some("fr"),
            "the rest applies"
        );
        assert!(settings.problem.unwrap().contains("system folder"));
    }

    #[test]
    fn a_record_store_is_used_only_at_a_web_address() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SETTINGS_FILE);
        let with = |endpoint: &str| {
            format!(
                "(lrs: (endpoint: \"{endpoint}\", key: \"k\", secret: \"s\", school: \"https://school.example\"))"
            )
        };
        std::fs::write(&path, with("https://lrs.school.example/xAPI/")).unwrap();
        let settings = Settings::read(&path);
        assert!(settings.problem.is_none(), "{:?}", settings.problem);
        let lrs = settings.deployed.lrs.unwrap();
        assert!(!lrs.send_nicknames, "nicknames stay home unless asked");
        for bad in ["lrs.school.example", "ftp://lrs", "https:///xAPI"] {
            std::fs::write(&path, with(bad)).unwrap();
            let settings = Settings::read(&path);
            assert_eq!(settings.deployed.lrs, None, "{bad}");
            assert!(
                settings.problem.unwrap().contains("nothing is sent"),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_documented_example_parses() {
        let path = Path::new(crate::SOURCE_ROOT).join("docs/settings.example.ron");
        let settings = Settings::read(&path);
        assert!(settings.problem.is_none(), "{:?}", settings.problem);
        assert!(settings.deployed.scenarios.is_some_and(|s| !s.is_empty()));
        assert_eq!(settings.deployed.lock_settings, Some(true));
    }

    #[test]
    fn a_missing_named_file_is_a_problem() {
        let settings = Settings::find(Some(Path::new("/no/such/settings.ron")), None);
        assert!(settings.problem.is_some());
    }
}
