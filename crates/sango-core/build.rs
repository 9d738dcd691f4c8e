//! The web build has no folders to read: its scenarios and the English words (every
//! language's fallback) are built into the game, but for the levels' own English
//! words, fetched once the title is up; every other language's words are fetched
//! when chosen. Both are listed here so the game knows what it may fetch.
//! Native builds read everything from disk and embed nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Every `.ron` and `.ftl` file under `dir`, sorted by path; what cannot be read
/// is left out.
fn files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "ron" || e == "ftl"))
        .collect()
}

/// A content file with its comment lines emptied: `//` lines in RON, `#` lines
/// (which start at the line's start) in Fluent. Nothing else changes, so every
/// line keeps its number for the linter's messages.
fn without_comments(name: &str, text: &str) -> String {
    let ron = name.ends_with(".ron");
    text.lines()
        .map(|line| {
            let comment = if ron {
                line.trim_start().starts_with("//")
            } else {
                line.starts_with('#')
            };
            if comment { "" } else { line }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // The content lives at the workspace root, two folders above this crate.
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("embedded.rs");
    let web = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let mut code = String::from("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    let mut remote = String::from("pub static REMOTE: &[&str] = &[\n");
    let mut later = String::from("pub static LATER: &[&str] = &[\n");
    if web {
        // A level's English words (`locales/en/<level id>.ftl`) are fetched once
        // the title is up: the first load carries only what the title needs.
        let levels: std::collections::BTreeSet<String> = files(&root.join("scenarios"))
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        for folder in ["scenarios", "locales"] {
            println!("cargo:rerun-if-changed={}", root.join(folder).display());
            for path in files(&root.join(folder)) {
                let name = path
                    .strip_prefix(&root)
                    .expect("found under the root")
                    .to_string_lossy()
                    .replace('\\', "/");
                if name.starts_with("locales/") && !name.starts_with("locales/en/") {
                    let _ = writeln!(remote, "    {name:?},");
                    continue;
                }
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                if name.starts_with("locales/en/") && stem.is_some_and(|s| levels.contains(&s)) {
                    let _ = writeln!(later, "    {name:?},");
                    continue;
                }
                // Comments are for authors: the browser gets the file with
                // each comment line left empty (so lines keep their numbers).
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                println!("cargo:rerun-if-changed={}", path.display());
                let _ = writeln!(
                    code,
                    "    ({name:?}, {:?}),",
                    without_comments(&name, &text)
                );
            }
        }
    }
    code.push_str("];\n");
    remote.push_str("];\n");
    later.push_str("];\n");
    code.push_str(&remote);
    code.push_str(&later);
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}
