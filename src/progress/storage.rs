//! Where progress lives: one small trait, files on desktop, memory in tests (and
//! the browser's localStorage in the web build).

use std::collections::HashMap;
#[cfg(not(target_arch = "wasm32"))]
use std::fs;
#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
#[cfg(not(target_arch = "wasm32"))]
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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
}

/// Named text documents.
pub trait Storage: Send + Sync {
    /// The document, or `None` if it was never written.
    fn read(&self, name: &str) -> Result<Option<String>, StorageError>;
    /// Replaces the document whole: a reader sees the old or the new, never half.
    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError>;
    /// Moves a document out of the way (it could not be read) and says where to.
    fn set_aside(&self, name: &str) -> Result<String, StorageError>;
}

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
        match fs::read_to_string(&path) {
            Ok(s) => Ok(Some(s)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StorageError::Read {
                what: path.display().to_string(),
                source,
            }),
        }
    }

    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError> {
        let path = self.path(name);
        let err = |source| StorageError::Write {
            what: path.display().to_string(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(err)?;
        // The temp file lives in the same folder, so the rename cannot cross disks.
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!("{name}.tmp-"))
            .tempfile_in(&self.dir)
            .map_err(err)?;
        tmp.write_all(contents.as_bytes()).map_err(err)?;
        tmp.as_file().sync_all().map_err(err)?;
        tmp.persist(&path).map_err(|e| err(e.error))?;
        // The rename itself must survive a power cut on a school machine.
        #[cfg(unix)]
        fs::File::open(&self.dir)
            .and_then(|d| d.sync_all())
            .map_err(err)?;
        Ok(())
    }

    fn set_aside(&self, name: &str) -> Result<String, StorageError> {
        let from = self.path(name);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut to = self.path(&format!("{name}.corrupt-{stamp}"));
        let mut n = 1;
        while to.exists() {
            to = self.path(&format!("{name}.corrupt-{stamp}-{n}"));
            n += 1;
        }
        fs::rename(&from, &to).map_err(|source| StorageError::Write {
            what: from.display().to_string(),
            source,
        })?;
        Ok(to.display().to_string())
    }
}

/// Documents in memory: tests, and anywhere nothing may be written.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    docs: Mutex<HashMap<String, String>>,
}

impl MemoryStorage {
    fn docs(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        // A poisoned lock only means another thread panicked mid-insert of a String.
        self.docs.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Storage for MemoryStorage {
    fn read(&self, name: &str) -> Result<Option<String>, StorageError> {
        Ok(self.docs().get(name).cloned())
    }

    fn write(&self, name: &str, contents: &str) -> Result<(), StorageError> {
        self.docs().insert(name.to_string(), contents.to_string());
        Ok(())
    }

    fn set_aside(&self, name: &str) -> Result<String, StorageError> {
        let mut docs = self.docs();
        let aside = format!("{name}.corrupt");
        if let Some(doc) = docs.remove(name) {
            docs.insert(aside.clone(), doc);
        }
        Ok(aside)
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
        let aside = store.set_aside("p.ron").unwrap();
        assert_eq!(store.read("p.ron").unwrap(), None);
        assert_eq!(fs::read_to_string(aside).unwrap(), "garbage");
    }
}
