//! Where progress lives: one small trait, files on desktop, memory in tests (and
//! the browser's localStorage in the web build).

use std::collections::{HashMap, HashSet};
#[cfg(not(target_arch = "wasm32"))]
use std::fs;
#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
#[cfg(not(target_arch = "wasm32"))]
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StorageError {
    #[error("cannot read {what}: {source}")]
    Read {
        what: String,
        source: std::io::Error,
    },
    #[error("cannot save {what}: {source}")]
    Write {
        what: String,
        source: std::io::Error,
    },
    /// Far larger than anything the game saves: not read at all.
    #[error("{what} is {bytes} bytes, more than any saved file can be ({MAX_DOCUMENT_BYTES})")]
    TooBig { what: String, bytes: u64 },
    /// Not text (random bytes, another program's file).
    #[error("{what} is not text")]
    NotText { what: String },
}

impl StorageError {
    /// The document is there but can never be read as one: set it aside.
    pub fn is_unreadable_document(&self) -> bool {
        matches!(
            self,
            StorageError::TooBig { .. } | StorageError::NotText { .. }
        )
    }
}

/// The most a saved document may hold. A child's profile with every level played
/// is a few kilobytes (a stress test's thousands of levels, about a megabyte); a
/// file far larger is not one of ours, and reading it whole could freeze a school
/// machine.
pub const MAX_DOCUMENT_BYTES: u64 = 8 << 20;

/// The temporary file a write makes beside `file` before renaming it into place.
pub fn is_temp_of(name: &str, file: &str) -> bool {
    name.strip_prefix(file)
        .is_some_and(|rest| rest.starts_with(".tmp-"))
}

fn too_big(what: &str, bytes: u64) -> Result<(), StorageError> {
    if bytes > MAX_DOCUMENT_BYTES {
        Err(StorageError::TooBig {
            what: what.to_string(),
            bytes,
        })
    } else {
        Ok(())
    }
}

/// Named text documents.
pub trait Storage: Send + Sync {
    /// The document, or `None` if it was never written.
    fn read(&self, name: &str) -> Result<Option<String>, StorageError>;
    /// Replaces the document whole: a reader sees the old or the new, never half.
    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError>;
    /// Moves a document out of the way (it could not be read, or a newer game
    /// wrote it), under a name saying `why`, and says where to.
    fn set_aside(&self, name: &str, why: &str) -> Result<String, StorageError>;
    /// The documents directly in a folder (`"profiles"`), as full names
    /// (`"profiles/3.ron"`), sorted. A missing folder is empty.
    fn list(&self, folder: &str) -> Result<Vec<String>, StorageError>;
    /// Deletes a document; a missing one is not an error.
    fn remove(&self, name: &str) -> Result<(), StorageError>;
    /// Waits for, then holds, an exclusive lock called `name`, shared with every
    /// other copy of the game using the same storage, until the guard is dropped.
    fn lock(&self, name: &str) -> Result<Held<'_>, StorageError>;
    /// Where the documents are, for messages and the report.
    fn location(&self) -> String;
}

/// A held lock; dropping it lets the next copy of the game in.
pub struct Held<'a>(#[allow(dead_code)] Box<dyn Send + 'a>);

/// Files in a folder, written atomically: temp file, fsync, rename.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone)]
pub struct FileStorage {
    dir: PathBuf,
}

#[cfg(not(target_arch = "wasm32"))]
impl FileStorage {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The OS per-user data folder (e.g. `~/.local/share/sango`).
    pub fn user_data() -> Option<Self> {
        directories::ProjectDirs::from("org", "ITU", "Sango").map(|d| Self::new(d.data_dir()))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Storage for FileStorage {
    fn read(&self, name: &str) -> Result<Option<String>, StorageError> {
        let path = self.path(name);
        let what = || path.display().to_string();
        let err = |source| StorageError::Read {
            what: what(),
            source,
        };
        // The size first: a huge file is never read into memory.
        match fs::metadata(&path) {
            Ok(meta) => too_big(&what(), meta.len())?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(err(source)),
        }
        match fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| StorageError::NotText { what: what() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(err(source)),
        }
    }

    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError> {
        let path = self.path(name);
        let err = |source| StorageError::Write {
            what: path.display().to_string(),
            source,
        };
        let folder = path.parent().unwrap_or(&self.dir);
        fs::create_dir_all(folder).map_err(err)?;
        let file_name = path
            .file_name()
            .map_or_else(|| name.to_string(), |n| n.to_string_lossy().into_owned());
        // The temp file lives in the same folder, so the rename cannot cross disks.
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!("{file_name}.tmp-"))
            .tempfile_in(folder)
            .map_err(err)?;
        tmp.write_all(contents.as_bytes()).map_err(err)?;
        tmp.as_file().sync_all().map_err(err)?;
        tmp.persist(&path).map_err(|e| err(e.error))?;
        // The rename itself must survive a power cut on a school machine.
        #[cfg(unix)]
        fs::File::open(folder)
            .and_then(|d| d.sync_all())
            .map_err(err)?;
        Ok(())
    }

    fn set_aside(&self, name: &str, why: &str) -> Result<String, StorageError> {
        let from = self.path(name);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut to = self.path(&format!("{name}.{why}-{stamp}"));
        let mut n = 1;
        while to.exists() {
            to = self.path(&format!("{name}.{why}-{stamp}-{n}"));
            n += 1;
        }
        fs::rename(&from, &to).map_err(|source| StorageError::Write {
            what: from.display().to_string(),
            source,
        })?;
        Ok(to.display().to_string())
    }

    fn list(&self, folder: &str) -> Result<Vec<String>, StorageError> {
        let path = self.path(folder);
        let entries = match fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(StorageError::Read {
                    what: path.display().to_string(),
                    source,
                });
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        Ok(names)
    }

    fn remove(&self, name: &str) -> Result<(), StorageError> {
        let path = self.path(name);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(StorageError::Write {
                what: path.display().to_string(),
                source,
            }),
        }
    }

    fn lock(&self, name: &str) -> Result<Held<'_>, StorageError> {
        // An OS lock on a file of its own: released by the OS if the holder dies,
        // so a game killed mid-save never leaves the others waiting forever.
        let path = self.path(&format!("locks/{name}.lock"));
        let err = |source| StorageError::Write {
            what: path.display().to_string(),
            source,
        };
        fs::create_dir_all(self.path("locks")).map_err(err)?;
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(err)?;
        file.lock().map_err(err)?;
        Ok(Held(Box::new(file)))
    }

    fn location(&self) -> String {
        self.dir.display().to_string()
    }
}

/// Documents in memory: tests, and anywhere nothing may be written.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    docs: Mutex<HashMap<String, String>>,
    locks: Mutex<HashSet<String>>,
    released: Condvar,
}

/// A lock of [`MemoryStorage`]: its name is taken until this is dropped.
struct MemoryLock<'a> {
    store: &'a MemoryStorage,
    name: String,
}

impl Drop for MemoryLock<'_> {
    fn drop(&mut self) {
        let mut held = self.store.locks.lock().unwrap_or_else(|p| p.into_inner());
        held.remove(&self.name);
        self.store.released.notify_all();
    }
}

impl MemoryStorage {
    fn docs(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        // A poisoned lock only means another thread panicked mid-insert of a String.
        self.docs.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Storage for MemoryStorage {
    fn read(&self, name: &str) -> Result<Option<String>, StorageError> {
        match self.docs().get(name) {
            Some(doc) => too_big(name, doc.len() as u64).map(|()| Some(doc.clone())),
            None => Ok(None),
        }
    }

    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError> {
        self.docs().insert(name.to_string(), contents.to_string());
        Ok(())
    }

    fn set_aside(&self, name: &str, why: &str) -> Result<String, StorageError> {
        let mut docs = self.docs();
        let aside = format!("{name}.{why}");
        if let Some(doc) = docs.remove(name) {
            docs.insert(aside.clone(), doc);
        }
        Ok(aside)
    }

    fn list(&self, folder: &str) -> Result<Vec<String>, StorageError> {
        let prefix = format!("{folder}/");
        let mut names: Vec<String> = self
            .docs()
            .keys()
            .filter(|k| {
                k.strip_prefix(&prefix)
                    .is_some_and(|rest| !rest.contains('/'))
            })
            .cloned()
            .collect();
        names.sort();
        Ok(names)
    }

    fn remove(&self, name: &str) -> Result<(), StorageError> {
        self.docs().remove(name);
        Ok(())
    }

    fn lock(&self, name: &str) -> Result<Held<'_>, StorageError> {
        let mut held = self.locks.lock().unwrap_or_else(|p| p.into_inner());
        while held.contains(name) {
            held = self.released.wait(held).unwrap_or_else(|p| p.into_inner());
        }
        held.insert(name.to_string());
        Ok(Held(Box::new(MemoryLock {
            store: self,
            name: name.to_string(),
        })))
    }

    fn location(&self) -> String {
        "memory (not kept after the game closes)".into()
    }
}

/// The browser's localStorage (the web build): one key per document, under
/// `sango/`. Each write replaces a key whole. One page runs one copy of the game,
/// so a lock is only a formality here; two tabs each keep whole documents.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone)]
pub struct LocalStorage;

#[cfg(target_arch = "wasm32")]
impl LocalStorage {
    const PREFIX: &'static str = "sango/";

    /// The page's localStorage, if the browser allows it (private modes may not).
    pub fn open() -> Option<Self> {
        Self::store().ok().map(|_| Self)
    }

    fn store() -> Result<web_sys::Storage, std::io::Error> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or_else(|| std::io::Error::other("localStorage is not available"))
    }

    fn js(e: wasm_bindgen::JsValue) -> std::io::Error {
        std::io::Error::other(format!("{e:?}"))
    }

    fn key(name: &str) -> String {
        format!("{}{name}", Self::PREFIX)
    }
}

#[cfg(target_arch = "wasm32")]
impl Storage for LocalStorage {
    fn read(&self, name: &str) -> Result<Option<String>, StorageError> {
        let err = |source| StorageError::Read {
            what: name.to_string(),
            source,
        };
        let store = Self::store().map_err(err)?;
        let doc = store
            .get_item(&Self::key(name))
            .map_err(|e| err(Self::js(e)))?;
        if let Some(doc) = &doc {
            too_big(name, doc.len() as u64)?;
        }
        Ok(doc)
    }

    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError> {
        let err = |source| StorageError::Write {
            what: name.to_string(),
            source,
        };
        let store = Self::store().map_err(err)?;
        store
            .set_item(&Self::key(name), contents)
            .map_err(|e| err(Self::js(e)))
    }

    fn set_aside(&self, name: &str, why: &str) -> Result<String, StorageError> {
        let aside = format!("{name}.{why}-{}", crate::clock::now_unix());
        // Read whole even if too big: it is only moved, never parsed.
        let text = Self::store()
            .ok()
            .and_then(|s| s.get_item(&Self::key(name)).ok().flatten());
        if let Some(text) = text {
            self.write(&aside, &text)?;
        }
        self.remove(name)?;
        Ok(aside)
    }

    fn list(&self, folder: &str) -> Result<Vec<String>, StorageError> {
        let err = |source| StorageError::Read {
            what: folder.to_string(),
            source,
        };
        let store = Self::store().map_err(err)?;
        let count = store.length().map_err(|e| err(Self::js(e)))?;
        let prefix = Self::key(&format!("{folder}/"));
        let mut names: Vec<String> = (0..count)
            .filter_map(|i| store.key(i).ok().flatten())
            .filter_map(|k| {
                let rest = k.strip_prefix(&prefix)?;
                (!rest.contains('/')).then(|| format!("{folder}/{rest}"))
            })
            .collect();
        names.sort();
        Ok(names)
    }

    fn remove(&self, name: &str) -> Result<(), StorageError> {
        let err = |source| StorageError::Write {
            what: name.to_string(),
            source,
        };
        let store = Self::store().map_err(err)?;
        store
            .remove_item(&Self::key(name))
            .map_err(|e| err(Self::js(e)))
    }

    fn lock(&self, _name: &str) -> Result<Held<'_>, StorageError> {
        Ok(Held(Box::new(())))
    }

    fn location(&self) -> String {
        "this browser's local storage".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStorage::new(dir.path().join("nested"));
        assert_eq!(store.read("p.ron").unwrap(), None);
        store.write("p.ron", "one").unwrap();
        store.write("p.ron", "two").unwrap();
        assert_eq!(store.read("p.ron").unwrap().as_deref(), Some("two"));
        let names: Vec<_> = fs::read_dir(store.dir())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["p.ron"]);
    }

    #[test]
    fn a_file_set_aside_keeps_its_contents() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStorage::new(dir.path());
        store.write("p.ron", "garbage").unwrap();
        let aside = store.set_aside("p.ron", "corrupt").unwrap();
        assert_eq!(store.read("p.ron").unwrap(), None);
        assert_eq!(fs::read_to_string(aside).unwrap(), "garbage");
    }
}
