//! Shared by the tests: where the real content is, and copies of it to break.

use std::fs;
use std::path::{Path, PathBuf};

use sango::check::{Checked, ContentRoot, load_and_lint};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn content() -> ContentRoot {
    ContentRoot::from_dir(&root())
}

pub fn checked() -> Checked {
    load_and_lint(&content())
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A temporary copy of scenarios/ and locales/ to break on purpose.
pub fn content_copy() -> (tempfile::TempDir, ContentRoot) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("scenarios"), &dir.path().join("scenarios"));
    copy_dir(&root().join("locales"), &dir.path().join("locales"));
    let content = ContentRoot::from_dir(dir.path());
    (dir, content)
}
