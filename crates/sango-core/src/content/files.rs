//! Where content files come from: the disk on the desktop; in the web build, the
//! scenarios and locales built into the game (`build.rs`), since a browser has no
//! folders to read. Loaders go through these two functions only.

use std::io;
use std::path::{Path, PathBuf};

/// A file or folder in a content folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub is_dir: bool,
}

/// The entries directly in `dir`, sorted by path.
pub fn read_dir(dir: &Path) -> io::Result<Vec<Entry>> {
    let mut entries = list(dir)?;
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(entries)
}

#[cfg(not(target_arch = "wasm32"))]
fn list(dir: &Path) -> io::Result<Vec<Entry>> {
    std::fs::read_dir(dir)?
        .map(|e| {
            let e = e?;
            Ok(Entry {
                path: e.path(),
                is_dir: e.path().is_dir(),
            })
        })
        .collect()
}

/// A file's text.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_to_string(path: &Path) -> io::Result<String> {
    std::fs::read_to_string(path)
}

#[cfg(target_arch = "wasm32")]
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// `scenarios/x.ron` whether written `./scenarios/x.ron` or `scenarios/x.ron`.
#[cfg(target_arch = "wasm32")]
fn key(path: &Path) -> String {
    path.to_string_lossy()
        .replace('\\', "/")
        .trim_start_matches("./")
        .trim_end_matches('/')
        .to_string()
}

#[cfg(target_arch = "wasm32")]
fn list(dir: &Path) -> io::Result<Vec<Entry>> {
    let prefix = format!("{}/", key(dir));
    let mut entries: Vec<Entry> = Vec::new();
    for (name, _) in embedded::EMBEDDED {
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let (first, is_dir) = match rest.split_once('/') {
            Some((folder, _)) => (folder, true),
            None => (rest, false),
        };
        let path = dir.join(first);
        if !entries.iter().any(|e| e.path == path) {
            entries.push(Entry { path, is_dir });
        }
    }
    if entries.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("{} is not built into the game", dir.display()),
        ));
    }
    Ok(entries)
}

#[cfg(target_arch = "wasm32")]
pub fn read_to_string(path: &Path) -> io::Result<String> {
    let wanted = key(path);
    embedded::EMBEDDED
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, text)| (*text).to_string())
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("{wanted} is not built into the game"),
            )
        })
}

/// Languages whose words are not built in but fetched when chosen (the web build:
/// only English, every language's fallback, is built in), each with its `.ftl`
/// paths relative to the page. Empty on the desktop, which reads every folder.
#[cfg(target_arch = "wasm32")]
pub fn remote_locales() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut langs: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for path in embedded::REMOTE {
        let Some(lang) = path
            .strip_prefix("locales/")
            .and_then(|p| p.split('/').next())
        else {
            continue;
        };
        match langs.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, paths)) => paths.push(path),
            None => langs.push((lang, vec![path])),
        }
    }
    langs
}

#[cfg(not(target_arch = "wasm32"))]
pub fn remote_locales() -> Vec<(&'static str, Vec<&'static str>)> {
    Vec::new()
}
