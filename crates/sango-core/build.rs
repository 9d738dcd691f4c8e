//! The web build has no folders to read: its scenarios and the English words (every
//! language's fallback) are built into the game; every other language's words are
//! fetched when chosen, and listed here so the game knows what it may fetch.
//! Native builds read everything from disk and embed nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ron" || e == "ftl") {
            out.push(path);
        }
    }
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
    if web {
        for folder in ["scenarios", "locales"] {
            println!("cargo:rerun-if-changed={}", root.join(folder).display());
            let mut found = Vec::new();
            files(&root.join(folder), &mut found);
            for path in found {
                let name = path
                    .strip_prefix(&root)
                    .expect("found under the root")
                    .to_string_lossy()
                    .replace('\\', "/");
                if name.starts_with("locales/") && !name.starts_with("locales/en/") {
                    let _ = writeln!(remote, "    {name:?},");
                    continue;
                }
                let _ = writeln!(
                    code,
                    "    ({name:?}, include_str!({:?})),",
                    path.display().to_string()
                );
            }
        }
    }
    code.push_str("];\n");
    remote.push_str("];\n");
    code.push_str(&remote);
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}
