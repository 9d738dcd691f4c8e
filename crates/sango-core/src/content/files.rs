//! Where content files come from: the disk on the desktop; in the web build, the
//! scenarios and locales built into the game (`build.rs`), since a browser has no
//! folders to read. Loaders go through these functions only.

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

/// Every file under `dir`, at any depth, sorted by path (so a folder's files come
/// where its name sorts). Links are followed; a loop of them is an error, as is
/// a folder that cannot be read. A link to nothing is listed, so that reading it
/// reports it.
#[cfg(not(target_arch = "wasm32"))]
pub fn walk(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) if e.depth() == 0 => {
                return Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    format!("{} is not a folder", dir.display()),
                ));
            }
            Ok(e) => files.push(e.into_path()),
            Err(e) if e.depth() > 0 && e.path().is_some_and(|p| p.is_symlink() && !p.exists()) => {
                files.extend(e.path().map(Path::to_path_buf));
            }
            Err(e) => {
                // The OS's own words, as before walkdir; a loop of links has none.
                let text = e.to_string();
                return Err(e.into_io_error().unwrap_or_else(|| io::Error::other(text)));
            }
        }
    }
    Ok(files)
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

/// Every built-in file under `dir`, sorted by path as on the desktop.
#[cfg(target_arch = "wasm32")]
pub fn walk(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let prefix = format!("{}/", key(dir));
    let mut files: Vec<PathBuf> = embedded::EMBEDDED
        .iter()
        .filter_map(|(name, _)| name.strip_prefix(&prefix))
        .map(|rest| dir.join(rest))
        .collect();
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("{} is not built into the game", dir.display()),
        ));
    }
    // Path order (component by component), which is the desktop's walk order.
    files.sort();
    Ok(files)
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

/// The levels' English words, which the web build fetches once its title is up
/// (paths relative to the page). Empty on the desktop, which reads them.
#[cfg(target_arch = "wasm32")]
pub fn later_words() -> &'static [&'static str] {
    embedded::LATER
}

#[cfg(not(target_arch = "wasm32"))]
pub fn later_words() -> &'static [&'static str] {
    &[]
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn a_walk_lists_every_file_depth_first_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for file in [
            "b.ron",
            "a.ron",
            "a/x.ron",
            "a-b/y.ron",
            "a/deep/z.ftl",
            ".hidden.ron",
        ] {
            let path = root.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "").unwrap();
        }
        fs::create_dir(root.join("empty")).unwrap();
        let found: Vec<String> = walk(root)
            .unwrap()
            .iter()
            .map(|p| {
                p.strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        // Sorted as paths: `a/…` before `a-b/…` before `a.ron`.
        assert_eq!(
            found,
            [
                ".hidden.ron",
                "a/deep/z.ftl",
                "a/x.ron",
                "a-b/y.ron",
                "a.ron",
                "b.ron"
            ]
        );
    }

    #[test]
    fn a_missing_folder_is_the_os_error_and_a_file_is_no_folder() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let e = walk(&missing).unwrap_err();
        let os = std::fs::read_dir(&missing).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        assert_eq!(e.to_string(), os.to_string(), "the OS's words, no more");
        let file = dir.path().join("x.ron");
        fs::write(&file, "").unwrap();
        assert_eq!(
            walk(&file).unwrap_err().kind(),
            io::ErrorKind::NotADirectory
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_an_error_and_a_broken_link_is_listed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("scenarios");
        fs::create_dir_all(root.join("pack")).unwrap();
        fs::write(root.join("pack/a.ron"), "").unwrap();
        symlink(root.join("nowhere.ron"), root.join("broken.ron")).unwrap();
        symlink(root.join("pack"), root.join("linked")).unwrap();
        let found = walk(&root).unwrap();
        assert_eq!(
            found,
            [
                root.join("broken.ron"),
                root.join("linked/a.ron"),
                root.join("pack/a.ron")
            ]
        );
        symlink(&root, root.join("pack/back")).unwrap();
        assert!(walk(&root).is_err(), "a loop ends the walk, not the stack");
    }
}
