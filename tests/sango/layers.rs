//! The house has floors: no module imports one that imports it back, in the core
//! or in the game. Read from the sources (`crate::`, `super::`, `self::` and
//! child-module paths), so a new import that closes a circle fails here, with the
//! circle named. A folder's `mod.rs` and what is inside it are one room (the
//! parent wires its children's plugins, the children use its few shared names):
//! imports between a module and its own parents or children are not counted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, by its module path from `base` (`game::screens::map`).
fn modules(base: &Path, dir: &Path, out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            modules(base, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(base).unwrap().with_extension("");
            let mut module: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            out.insert(module, path);
        }
    }
}

/// The module a path names: the longest prefix of it that is a file.
fn resolve(
    known: &BTreeMap<Vec<String>, PathBuf>,
    here: &[String],
    path: &[&str],
) -> Option<Vec<String>> {
    let first = *path.first()?;
    let child = [here, &[first.to_string()]].concat();
    let (mut base, mut rest): (Vec<String>, &[&str]) = match first {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (here.to_vec(), &path[1..]),
        "super" => (here[..here.len().saturating_sub(1)].to_vec(), &path[1..]),
        _ if known.contains_key(&child) => (here.to_vec(), path),
        _ => return None,
    };
    while rest.first() == Some(&"super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().map(|s| s.to_string()));
    (1..=base.len())
        .rev()
        .map(|n| base[..n].to_vec())
        .find(|m| known.contains_key(m))
}

/// Which modules each module imports from.
fn imports(root: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut known = BTreeMap::new();
    modules(root, root, &mut known);
    let mut edges = BTreeMap::new();
    for (module, file) in &known {
        let source = std::fs::read_to_string(file).unwrap();
        let mut to = BTreeSet::new();
        for line in source.lines() {
            let code = line.split("//").next().unwrap_or_default();
            // Paths, and the items of `use a::b::{c, d::e}` groups.
            for (start, _) in code.match_indices("::") {
                // Back to the start of the path this `::` is in.
                let from = code[..start]
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .map_or(0, |i| i + 1);
                if code[from..start].contains("::") {
                    continue; // not the path's first `::`
                }
                let word = &code[from..];
                let end = word
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(word.len());
                let path: Vec<&str> = word[..end].split("::").filter(|s| !s.is_empty()).collect();
                let mut targets = vec![path.clone()];
                if word[end..].starts_with('{') {
                    let group =
                        &word[end + 1..word[end..].find('}').map_or(word.len(), |i| end + i)];
                    for item in group.split(',') {
                        let item = item.split_whitespace().next().unwrap_or_default();
                        let mut full = path.clone();
                        full.extend(item.split("::").filter(|s| !s.is_empty()));
                        targets.push(full);
                    }
                }
                for target in targets {
                    if let Some(m) = resolve(&known, module, &target)
                        && !m.starts_with(module)
                        && !module.starts_with(&m)
                    {
                        to.insert(m);
                    }
                }
            }
        }
        edges.insert(module.clone(), to);
    }
    edges
}

/// A circle of imports, if there is one (depth-first search).
fn circle(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        at: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|m| m == at) {
            let mut names: Vec<String> = path[i..].iter().map(|m| m.join("::")).collect();
            names.push(at.join("::"));
            return Some(names);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.clone());
        for next in edges.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(at.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let root = crate::common::root();
    for crate_src in [root.join("crates/sango-core/src"), root.join("src")] {
        let edges = imports(&crate_src);
        assert!(edges.len() > 10, "{} has its modules", crate_src.display());
        if let Some(names) = circle(&edges) {
            panic!(
                "a circle of imports in {}: {}",
                crate_src.display(),
                names.join(" -> ")
            );
        }
    }
}

#[test]
fn the_reader_finds_a_circle_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lib.rs"), "mod a;\nmod b;\nmod c;\n").unwrap();
    std::fs::write(dir.path().join("a.rs"), "use crate::b::Thing;\n").unwrap();
    std::fs::write(dir.path().join("b.rs"), "use super::{c::Other, x};\n").unwrap();
    std::fs::write(dir.path().join("c.rs"), "fn f() { crate::a::g(); }\n").unwrap();
    let edges = imports(dir.path());
    let found = circle(&edges).expect("a -> b -> c -> a");
    assert_eq!(found.len(), 4, "{found:?}");
    std::fs::write(dir.path().join("c.rs"), "// crate::a::g() in a comment\n").unwrap();
    assert_eq!(circle(&imports(dir.path())), None);
}
