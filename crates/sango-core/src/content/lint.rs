//! The content linter: what would make a scenario unplayable, unfair or untranslated.
//! Every rule has a stable code, documented in docs/LINT.md.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use super::diagnostic::{Diagnostic, Location, SourceMap, closest};
use super::load::{Library, ScenarioFile};
use super::schema::{Node, Objective, Outcome};

/// The message ids each locale defines, as the linter needs them.
#[derive(Debug, Clone, Default)]
pub struct MessageIndex {
    /// The locale every message must exist in (English).
    pub base: String,
    /// Each locale's message ids. Shared with the words loaded (as are the
    /// variables and origins): the index costs nothing to make.
    pub locales: BTreeMap<String, Arc<BTreeSet<String>>>,
    /// Per locale, the variables (`{ $name }`) each message uses.
    pub variables: BTreeMap<String, Arc<BTreeMap<String, BTreeSet<String>>>>,
    /// Where each base-locale message is defined.
    pub origins: Arc<Origins>,
    /// Where each message of every other locale is defined.
    pub locale_origins: BTreeMap<String, Arc<Origins>>,
}

/// Where each message of a locale is defined: its file (one path shared by all
/// of a file's messages) and place.
pub type Origins = BTreeMap<String, (Arc<std::path::Path>, Location)>;

impl MessageIndex {
    /// Where a message of a locale is defined, or the locale's folder.
    pub fn origin_in(&self, locale: &str, id: &str) -> (std::path::PathBuf, Location) {
        self.locale_origins
            .get(locale)
            .and_then(|o| o.get(id))
            .map(|(path, at)| (path.to_path_buf(), *at))
            .unwrap_or_else(|| {
                (
                    std::path::PathBuf::from(format!("locales/{locale}")),
                    Location::default(),
                )
            })
    }

    fn variables_of(&self, locale: &str, id: &str) -> impl Iterator<Item = &String> {
        self.variables
            .get(locale)
            .and_then(|m| m.get(id))
            .into_iter()
            .flatten()
    }

    fn has(&self, locale: &str, id: &str) -> bool {
        self.locales.get(locale).is_some_and(|m| m.contains(id))
    }
}

/// Lints a loaded library. Parse errors come from loading; these are the rest.
pub fn lint(library: &Library, messages: &MessageIndex) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    lint_objectives(library, messages, &mut out);
    lint_checks(library, messages, &mut out);
    let mut seen: HashMap<&str, &ScenarioFile> = HashMap::new();
    for file in &library.scenarios {
        if let Some(first) = seen.insert(&file.scenario.id, file) {
            let map = SourceMap::new(&file.source);
            out.push(
                Diagnostic::error(
                    "E0003",
                    &file.path,
                    map.field_values("id", &file.scenario.id)
                        .first()
                        .copied()
                        .unwrap_or_default(),
                    format!("scenario id `{}` is used twice", file.scenario.id),
                )
                .with_hint(format!("it is also the id in {}", first.path.display())),
            );
        }
    }
    // Each scenario's own rules, the scenarios shared out between the cores.
    let found = crate::parallel::map(library.scenarios.iter().collect(), |file| {
        let mut found = Vec::new();
        lint_scenario(file, &library.objectives, messages, &mut found);
        found
    });
    out.extend(found.into_iter().flatten());
    lint_facts(library, &mut out);
    lint_stories(library, messages, &mut out);
    lint_translations(messages, &mut out);
    lint_extra(messages, &mut out);
    lint_unused(library, messages, &mut out);
    out
}

/// E0045, E0046 and W0023: what the story remembers. A fact read (a choice's or
/// a branch's `when`) is set by a level of the same age band; a fact set is
/// read somewhere; and a decision always offers a choice that depends on
/// nothing, so it is never empty.
fn lint_facts(library: &Library, out: &mut Vec<Diagnostic>) {
    use super::schema::fact_of;
    // The facts each band's levels set, gathered once (per scenario, it made the
    // rule quadratic in the number of scenarios).
    let mut by_band: BTreeMap<crate::content::AgeBand, BTreeSet<&str>> = BTreeMap::new();
    for file in &library.scenarios {
        for band in &file.scenario.ages {
            by_band
                .entry(*band)
                .or_default()
                .extend(file.scenario.facts_set());
        }
    }
    let empty = BTreeSet::new();
    let set_in = |band: &crate::content::AgeBand| by_band.get(band).unwrap_or(&empty);
    let read_anywhere: BTreeSet<&str> = library
        .scenarios
        .iter()
        .flat_map(|f| {
            let s = &f.scenario;
            s.facts_read().into_iter().chain(s.facts_traced())
        })
        .chain(library.stories.iter().flat_map(|f| f.story.facts_read()))
        .collect();
    for file in &library.scenarios {
        let s = &file.scenario;
        let map = SourceMap::new(&file.source);
        let reachable_sets: Vec<&BTreeSet<&str>> = s.ages.iter().map(set_in).collect();
        // Who reads a fact no level of the band sets: a trace, or a beat.
        let unset = |condition: &String, reader: &str| {
            let fact = fact_of(condition);
            reachable_sets.iter().any(|set| !set.contains(fact)).then(|| {
                Diagnostic::error(
                    "E0045",
                    &file.path,
                    map.first_quoted(condition),
                    format!("{reader} depends on the fact `{fact}`, which no level of its age band sets"),
                )
                .with_hint("set it with `sets: [\"…\"]` on a choice or a line of a level for the same ages, or fix its spelling")
            })
        };
        for condition in s.traces.iter().flat_map(|t| &t.when) {
            out.extend(unset(condition, "a trace"));
        }
        for (id, node) in s.beats.iter() {
            let Node::Beat(b) = node else { continue };
            let conditions = b
                .branches
                .iter()
                .flat_map(|br| &br.when)
                .chain(b.choices.iter().flat_map(|c| &c.when));
            for condition in conditions {
                out.extend(unset(condition, &format!("`{id}`")));
            }
            if !b.choices.is_empty() && b.choices.iter().all(|c| !c.when.is_empty()) {
                out.push(
                    Diagnostic::error(
                        "E0046",
                        &file.path,
                        scope_beat_at(&map, id),
                        format!("every choice of `{id}` depends on a fact: when none holds, there is nothing to choose"),
                    )
                    .with_hint("leave at least one choice without `when`"),
                );
            }
            let sets = b.sets.iter().chain(b.choices.iter().flat_map(|c| &c.sets));
            for fact in sets.filter(|f| !read_anywhere.contains(f.as_str())) {
                out.push(
                    Diagnostic::warning(
                        "W0023",
                        &file.path,
                        map.first_quoted(fact),
                        format!("the fact `{fact}` set in `{id}` is never read: no level remembers it"),
                    )
                    .with_hint("read it in a later level (`when: [\"…\"]` on a choice or a branch), or remove it"),
                );
            }
        }
    }
}

/// E0047 and E0045: each age band's story. Its chapters are exactly the band's
/// levels, each once; its recurring people are the roles its levels cast, and
/// its close reads facts the band's levels set. The messages it names exist.
fn lint_stories(library: &Library, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    use super::schema::fact_of;
    let mut bands = BTreeSet::new();
    for file in &library.stories {
        let (path, story) = (&file.path, &file.story);
        let map = SourceMap::new(&file.source);
        let story_error = |at: Location, message: String, hint: &str| {
            Diagnostic::error("E0047", path, at, message).with_hint(hint.to_string())
        };
        let band = story.ages.key();
        let at = map.first_quoted(story.chapters.first().map_or("", String::as_str));
        if !bands.insert(story.ages) {
            out.push(story_error(
                at,
                format!("ages {band} has two stories"),
                "keep one story per age band",
            ));
        }
        let mut seen = BTreeSet::new();
        for chapter in &story.chapters {
            let at = map.first_quoted(chapter);
            match library.scenario(chapter) {
                None => out.push(story_error(
                    at,
                    format!("chapter `{chapter}` of the {band} story is not a level"),
                    "name a scenario id of the same age band",
                )),
                Some(s) if !s.ages.contains(&story.ages) => out.push(story_error(
                    at,
                    format!("chapter `{chapter}` is not a level for ages {band}"),
                    "a story's chapters are its own age band's levels",
                )),
                Some(_) if !seen.insert(chapter) => out.push(story_error(
                    at,
                    format!("chapter `{chapter}` comes twice in the {band} story"),
                    "each level is one chapter",
                )),
                Some(_) => {}
            }
        }
        // A pack's levels are extra: only the bundled folder's levels must be chapters.
        let folder = library.objectives_path.parent();
        for level in library.scenarios.iter().filter(|f| {
            f.scenario.ages.contains(&story.ages)
                && folder.is_some_and(|d| f.path.starts_with(d))
                && !story.chapters.contains(&f.scenario.id)
        }) {
            out.push(story_error(
                at,
                format!(
                    "level `{}` is for ages {band} but is not a chapter of its story",
                    level.scenario.id
                ),
                "add it to the story's `chapters`, where it happens",
            ));
        }
        let set: BTreeSet<&str> = library
            .scenarios
            .iter()
            .filter(|f| f.scenario.ages.contains(&story.ages))
            .flat_map(|f| f.scenario.facts_set())
            .collect();
        for ending in &story.endings {
            for condition in &ending.when {
                let fact = fact_of(condition);
                if !set.contains(fact) {
                    out.push(
                        Diagnostic::error(
                            "E0045",
                            path,
                            map.first_quoted(condition),
                            format!("the {band} story's close depends on the fact `{fact}`, which no level of its age band sets"),
                        )
                        .with_hint("set it in a level for the same ages, or fix its spelling"),
                    );
                }
            }
            let at = map.first_quoted(&ending.text);
            missing_message(messages, &story.message_id(&ending.text), path, at, out);
        }
        for key in super::story::Story::REQUIRED_KEYS {
            missing_message(messages, &story.message_id(key), path, at, out);
        }
        for (role, names) in &story.cast {
            for name in names {
                let at = map.first_quoted(name);
                if !name.starts_with(super::schema::CAST_PREFIX) {
                    out.push(story_error(
                        at,
                        format!("`{name}` in the {band} cast does not start with `cast-`"),
                        "a recurring person's name is a message `cast-…` in stories.ftl",
                    ));
                }
                missing_message(messages, name, path, at, out);
            }
            if names.is_empty() {
                out.push(story_error(
                    map.first_quoted(role),
                    format!("`{role}` in the {band} cast has no names"),
                    "give it two or three names to choose from",
                ));
            }
        }
    }
    for file in &library.scenarios {
        let s = &file.scenario;
        let smap = SourceMap::new(&file.source);
        for role in &s.cast {
            let at = smap.first_quoted(role);
            let story = s.ages.first().and_then(|b| library.story(*b));
            let error = |message: String, hint: &str| {
                Diagnostic::error("E0047", &file.path, at, message).with_hint(hint.to_string())
            };
            match story.and_then(|st| st.cast.get(role).map(|names| (st, names))) {
                None => out.push(error(
                    format!("`{role}` is not one of its age band's recurring people"),
                    "add it to the `cast` of its band's story.ron, or use `vary`",
                )),
                Some((_, names)) if s.vary.get(role) != Some(names) => out.push(error(
                    format!("`{role}` is both a recurring person and varied here"),
                    "remove it from `vary`: the story's cast names it",
                )),
                Some(_) if s.ages.len() > 1 => out.push(error(
                    format!("`{role}` is cast in a level for more than one age band"),
                    "a recurring person belongs to one band's story",
                )),
                Some(_) => {}
            }
        }
    }
}

/// Where a beat is defined in a file.
fn scope_beat_at(map: &SourceMap, id: &str) -> Location {
    map.beat_definitions(id)
        .first()
        .copied()
        .unwrap_or_default()
}

/// A translation may only use the variables its English message has: anything
/// else would be shown raw.
fn lint_translations(messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    for (locale, ids) in &messages.variables {
        if *locale == messages.base {
            continue;
        }
        for (id, vars) in ids.iter() {
            let english: BTreeSet<&String> = messages.variables_of(&messages.base, id).collect();
            for var in vars.iter().filter(|v| !english.contains(v)) {
                let (path, at) = messages.origin_in(locale, id);
                out.push(
                    Diagnostic::error(
                        "E0018",
                        &path,
                        at,
                        format!(
                            "the {locale} translation of `{id}` uses `{{ ${var} }}`, which the English message does not have"
                        ),
                    )
                    .with_hint(match english.iter().next() {
                        Some(v) => format!("the English message has `{{ ${v} }}`"),
                        None => "the English message has no variables".to_string(),
                    }),
                );
            }
        }
    }
}

/// A translation of a message English no longer has: a renamed or removed key.
fn lint_extra(messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    let Some(base) = messages.locales.get(&messages.base) else {
        return;
    };
    for (locale, ids) in &messages.locales {
        if *locale == messages.base {
            continue;
        }
        for id in ids.iter().filter(|id| !base.contains(*id)) {
            let (path, at) = messages.origin_in(locale, id);
            out.push(
                Diagnostic::warning(
                    "W0013",
                    &path,
                    at,
                    format!("`{id}` is translated in {locale} but English has no such message"),
                )
                .with_hint("it was renamed or removed in English: rename or remove it here too"),
            );
        }
    }
}

/// Scenario messages nobody uses: a renamed key leaves its old text behind.
fn lint_unused(library: &Library, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    let Some(base) = messages.locales.get(&messages.base) else {
        return;
    };
    let mut used = BTreeSet::new();
    for file in &library.scenarios {
        let s = &file.scenario;
        used.extend(s.message_keys().into_iter().map(|(_, k)| s.message_id(k)));
    }
    for file in &library.scenarios {
        let prefix = format!("{}-", file.scenario.id);
        // Only this scenario's messages: a range of the sorted set, not all of it
        // (which made the linter quadratic in the number of scenarios).
        for id in base
            .range(prefix.clone()..)
            .take_while(|id| id.starts_with(&prefix))
            .filter(|id| !used.contains(*id))
        {
            // A longer scenario id may share this prefix; its messages are its own.
            if library.scenarios.iter().any(|f| {
                f.scenario.id.len() > file.scenario.id.len()
                    && id.starts_with(&format!("{}-", f.scenario.id))
            }) {
                continue;
            }
            let (path, at) = messages
                .origins
                .get(id)
                .cloned()
                .unwrap_or_else(|| (file.path.as_path().into(), Location::default()));
            out.push(
                Diagnostic::warning("W0011", &path, at, format!("message `{id}` is never used"))
                    .with_hint(format!(
                        "no key in {} refers to it; remove it or use it",
                        file.path.display()
                    )),
            );
        }
    }
}

fn lint_objectives(library: &Library, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    let map = SourceMap::new(&library.objectives_source);
    let path = &library.objectives_path;
    let mut seen = BTreeSet::new();
    for objective in &library.objectives {
        let at = map.first_quoted(&objective.id);
        if !seen.insert(&objective.id) {
            out.push(Diagnostic::error(
                "E0003",
                path,
                at,
                format!("objective id `{}` is used twice", objective.id),
            ));
        }
        for suffix in Objective::MESSAGE_SUFFIXES {
            missing_message(messages, &objective.message_id(suffix), path, at, out);
        }
    }
}

/// The warm-up and look-back questions: each well formed, in every language, and
/// one for every objective, age band and set.
fn lint_checks(library: &Library, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    use super::schema::{AgeBand, ItemSet};
    let map = SourceMap::new(&library.checks_source);
    let path = &library.checks_path;
    if library.checks.is_empty() {
        // A library read from a folder (not made in memory) that has no checks file.
        if library.checks_source.is_empty() && !library.checks_path.as_os_str().is_empty() {
            out.push(
                Diagnostic::warning(
                    "W0014",
                    path,
                    Location { line: 1, col: 1 },
                    "no check questions: children get no warm-up or look-back",
                )
                .with_hint("add scenarios/checks.ron (see docs/AUTHORING.md)"),
            );
        }
        return;
    }
    let known: Vec<&str> = library.objectives.iter().map(|o| o.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for item in &library.checks {
        let at = map.first_quoted(&item.id);
        if !seen.insert(&item.id) {
            out.push(Diagnostic::error(
                "E0003",
                path,
                at,
                format!("check situation id `{}` is used twice", item.id),
            ));
        }
        if !known.contains(&item.objective.as_str()) {
            let mut d = Diagnostic::error(
                "E0008",
                path,
                at,
                format!("unknown objective `{}`", item.objective),
            );
            if let Some(near) = closest(&item.objective, known.iter().copied()) {
                d = d.with_hint(format!("did you mean `{near}`?"));
            }
            out.push(d);
        }
        if item.ages.is_empty() {
            out.push(
                Diagnostic::error(
                    "E0020",
                    path,
                    at,
                    format!("check situation `{}` is for no age band", item.id),
                )
                .with_hint("list the age bands it is for in `ages`"),
            );
        }
        for id in item.message_ids() {
            missing_message(messages, &id, path, at, out);
        }
    }
    for objective in &library.objectives {
        for band in AgeBand::ALL {
            for set in [ItemSet::A, ItemSet::B] {
                let items = library.check_items(&objective.id, band, set);
                let has = |safe: bool| items.iter().any(|i| i.safe == safe);
                let problem = match (has(true), has(false)) {
                    (true, true) => continue,
                    (false, false) => "no situation",
                    (false, true) => "no safe situation",
                    (true, false) => "no risky situation",
                };
                out.push(
                    Diagnostic::warning(
                        "W0014",
                        path,
                        map.first_quoted(&objective.id),
                        format!(
                            "{problem} on `{}` for ages {} in set {set:?}: the check cannot measure discernment on it",
                            objective.id,
                            band.key()
                        ),
                    )
                    .with_hint(
                        "give it one safe (`safe: true`) and one risky situation, parallel to the other set's",
                    ),
                );
            }
        }
    }
    // Words nobody asks: a renamed question leaves its old text behind in
    // checks.ftl (the screens' own `check-…` words live in ui.ftl).
    let used: BTreeSet<String> = library
        .checks
        .iter()
        .flat_map(|i| i.message_ids())
        .collect();
    for (id, (file, at)) in messages
        .origins
        .range("check-".to_string()..)
        .take_while(|(id, _)| id.starts_with("check-"))
        .filter(|(id, (file, _))| !used.contains(*id) && file.ends_with("checks.ftl"))
    {
        let (file, at) = (file.clone(), *at);
        out.push(
            Diagnostic::warning("W0011", &file, at, format!("message `{id}` is never used"))
                .with_hint("no question in scenarios/checks.ron uses it; remove it or use it"),
        );
    }
}

fn missing_message(
    messages: &MessageIndex,
    id: &str,
    path: &std::path::Path,
    at: Location,
    out: &mut Vec<Diagnostic>,
) {
    for locale in messages.locales.keys() {
        if messages.has(locale, id) {
            continue;
        }
        if *locale == messages.base {
            out.push(
                Diagnostic::error(
                    "E0009",
                    path,
                    at,
                    format!("message `{id}` is missing from locales/{locale}"),
                )
                .with_hint(format!(
                    "add `{id} = …` to a .ftl file in locales/{locale}/"
                )),
            );
        } else {
            out.push(Diagnostic::warning(
                "W0009",
                path,
                at,
                format!("message `{id}` is not translated in locales/{locale}; English is shown"),
            ));
        }
    }
}

fn edges(node: &Node) -> Vec<&str> {
    node.nexts()
}

fn lint_scenario(
    file: &ScenarioFile,
    objectives: &[Objective],
    messages: &MessageIndex,
    out: &mut Vec<Diagnostic>,
) {
    let first = out.len();
    let scope = Scope {
        s: &file.scenario,
        path: &file.path,
        map: SourceMap::new(&file.source),
        ids: file.scenario.beats.ids().collect(),
    };
    rule_id_and_file(&scope, out);
    rule_cell(&scope, out);
    rule_duplicate_beats(&scope, out);
    rule_links(&scope, out);
    let reachable = rule_reachable(&scope, out);
    rule_dead_ends(&scope, &reachable, out);
    rule_beats(&scope, out);
    rule_variety(&scope, messages, out);
    rule_paths(&scope, &reachable, out);
    rule_objectives(&scope, objectives, out);
    rule_messages(&scope, messages, out);
    // A broken link makes everything behind it unreachable and stuck: report the
    // cause, not the cascade.
    if out[first..].iter().any(|d| d.code == "E0004") {
        let mine = out.split_off(first);
        out.extend(
            mine.into_iter()
                .filter(|d| !matches!(d.code, "E0005" | "E0006" | "E0007")),
        );
    }
}

/// What every rule of one scenario reads.
struct Scope<'a> {
    s: &'a super::schema::Scenario,
    path: &'a std::path::Path,
    map: SourceMap<'a>,
    ids: Vec<&'a str>,
}

impl Scope<'_> {
    /// Where a beat is defined.
    fn beat_at(&self, id: &str) -> Location {
        self.map
            .beat_definitions(id)
            .first()
            .copied()
            .unwrap_or_default()
    }
}

/// E0028: the id is a plain name, the file's own.
fn rule_id_and_file<'a>(scope: &Scope<'a>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    // The id names the file and every message: a plain name, the file's own.
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if !super::schema::is_plain_id(&s.id) || stem != s.id {
        out.push(
            Diagnostic::error(
                "E0028",
                path,
                map.field_values("id", &s.id)
                    .first()
                    .copied()
                    .unwrap_or_default(),
                format!(
                    "scenario id `{}` must be a plain name (a-z, 0-9, -) and the file's own name (`{stem}`)",
                    s.id.chars().take(80).collect::<String>()
                ),
            )
            .with_hint("name the file `<id>.ron`, with an id like `contact-the-homework-helper`"),
        );
    }
}

/// E0048 / W0024: the level sits in one cell of the CO:RE grid, its risk by
/// its `harm`, so `sango coverage` can tell which cells each age band covers.
fn rule_cell(scope: &Scope<'_>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let at = || {
        scope
            .map
            .find_all("harm:")
            .first()
            .or(scope.map.find_all("risk:").first())
            .map_or_else(Location::default, |&i| scope.map.location(i))
    };
    match s.harm {
        None => out.push(
            Diagnostic::warning(
                "W0024",
                scope.path,
                at(),
                format!("`{}` has no `harm`: it is in no cell of the CO:RE grid", s.id),
            )
            .with_hint("add `harm: Aggressive`, `Sexual`, `Values` or (for a Contract level) `Commercial`"),
        ),
        Some(harm) if !super::schema::Cell { risk: s.risk, harm }.exists() => out.push(
            Diagnostic::error(
                "E0048",
                scope.path,
                at(),
                format!(
                    "`{}` is a {} risk with {} harm: the CO:RE grid has no such cell (commercial harm is a contract's only)",
                    s.id,
                    s.risk.key(),
                    harm.key()
                ),
            )
            .with_hint("a fraud, a scam or a hacked account is `risk: Contract, harm: Aggressive`; see docs/SCENARIOS.md, \"The CO:RE grid\""),
        ),
        Some(_) => {}
    }
}

/// E0003: a beat id used twice.
fn rule_duplicate_beats<'a>(scope: &Scope<'a>, out: &mut Vec<Diagnostic>) {
    let path = scope.path;
    let map = &scope.map;
    let ids: Vec<&str> = scope.ids.clone();
    // Duplicate beat ids.
    let mut seen = BTreeSet::new();
    for id in &ids {
        if !seen.insert(*id) {
            let at = map.beat_definitions(id).get(1).copied().unwrap_or_default();
            out.push(
                Diagnostic::error("E0003", path, at, format!("beat `{id}` is defined twice"))
                    .with_hint("give each beat its own id; only one of them would be played"),
            );
        }
    }
}

/// E0004: `start` and every `next` name a beat.
fn rule_links<'a>(scope: &Scope<'a>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    let ids: Vec<&str> = scope.ids.clone();
    // The start and every `next` must name a beat.
    if s.beat(&s.start).is_none() {
        let mut d = Diagnostic::error(
            "E0004",
            path,
            map.field_values("start", &s.start)
                .first()
                .copied()
                .unwrap_or_default(),
            format!("`start` names `{}`, which is not a beat", s.start),
        );
        if let Some(near) = closest(&s.start, ids.iter().copied()) {
            d = d.with_hint(format!("did you mean `{near}`?"));
        }
        out.push(d);
    }
    let mut reported = BTreeSet::new();
    for (_, node) in s.beats.iter() {
        for target in edges(node) {
            if s.beat(target).is_none() && reported.insert(target) {
                for at in map.field_values("next", target) {
                    let mut d = Diagnostic::error(
                        "E0004",
                        path,
                        at,
                        format!("`next` names `{target}`, which is not a beat"),
                    );
                    if let Some(near) = closest(target, ids.iter().copied()) {
                        d = d.with_hint(format!("did you mean `{near}`?"));
                    }
                    out.push(d);
                }
            }
        }
    }
}

/// E0005: beats the start never reaches. Returns the ones it does.
fn rule_reachable<'a>(scope: &Scope<'a>, out: &mut Vec<Diagnostic>) -> BTreeSet<&'a str> {
    let s = scope.s;
    let path = scope.path;
    let ids: Vec<&str> = scope.ids.clone();
    let beat_at = |id: &str| scope.beat_at(id);
    // Reachability from the start.
    let mut reachable = BTreeSet::new();
    let mut stack = vec![s.start.as_str()];
    while let Some(id) = stack.pop() {
        if let Some(node) = s.beat(id)
            && reachable.insert(id)
        {
            stack.extend(edges(node));
        }
    }
    for id in &ids {
        if !reachable.contains(id) && s.beat(&s.start).is_some() {
            out.push(
                Diagnostic::error(
                    "E0005",
                    path,
                    beat_at(id),
                    format!("beat `{id}` can never be reached from `{}`", s.start),
                )
                .with_hint("point a `next` at it, or remove it"),
            );
        }
    }

    reachable
}

/// E0006 and E0010: a beat that stops, loops without a way out, or both goes on and asks.
fn rule_dead_ends<'a>(scope: &Scope<'a>, reachable: &BTreeSet<&'a str>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let beat_at = |id: &str| scope.beat_at(id);
    // Dead ends: a beat that goes nowhere, or from which no ending can be reached.
    let mut can_finish: BTreeSet<&str> = s
        .beats
        .iter()
        .filter(|(_, n)| matches!(n, Node::Ending(_)))
        .map(|(id, _)| id.as_str())
        .collect();
    loop {
        let before = can_finish.len();
        for (id, node) in s.beats.iter() {
            if edges(node).iter().any(|t| can_finish.contains(t)) {
                can_finish.insert(id);
            }
        }
        if can_finish.len() == before {
            break;
        }
    }
    for (id, node) in s.beats.iter() {
        if let Node::Beat(b) = node {
            if b.next.is_some() && !b.choices.is_empty() {
                out.push(
                    Diagnostic::error(
                        "E0010",
                        path,
                        beat_at(id),
                        format!("beat `{id}` has both `next` and `choices`"),
                    )
                    .with_hint("a beat either goes on (`next`) or asks the player (`choices`)"),
                );
            }
            if b.next.is_none() && b.choices.is_empty() {
                out.push(
                    Diagnostic::error(
                        "E0006",
                        path,
                        beat_at(id),
                        format!("beat `{id}` leads nowhere: the story stops without an ending"),
                    )
                    .with_hint("add `next: \"…\"`, `choices: [...]`, or make it an `Ending`"),
                );
            } else if reachable.contains(id.as_str()) && !can_finish.contains(id.as_str()) {
                out.push(
                    Diagnostic::error(
                        "E0006",
                        path,
                        beat_at(id),
                        format!("from beat `{id}` no ending can be reached: the player is stuck"),
                    )
                    .with_hint("give the loop a way out to an `Ending`"),
                );
            }
        }
    }
}

/// E0014, E0015 and each decision's own rules (E0021, E0022, E0024).
fn rule_beats<'a>(scope: &Scope<'a>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    let beat_at = |id: &str| scope.beat_at(id);
    // Spot cards must be winnable and teach with a decoy; help is never risky.
    for (id, node) in s.beats.iter() {
        // A card, a feed, an account, a message, a lock or a fake post can be
        // done nearly right (Cautious): like a Cautious choice, it leads on.
        if let Some(next) = node.played_next()
            && ends_before_a_decision(s, next)
        {
            out.push(
                Diagnostic::error(
                    "E0022",
                    path,
                    beat_at(id),
                    format!(
                        "`{id}` can be played nearly right (Cautious) and then ends the level with no decision after it"
                    ),
                )
                .with_hint(
                    "add a last decision after it, so a child who did nearly right can still do \
                     better (docs/AUTHORING.md, \"Choices that make a child think\")",
                ),
            );
        }
        match node {
            Node::Spot(spot) => {
                if spot.clue_count() == 0 {
                    out.push(
                        Diagnostic::error(
                            "E0014",
                            path,
                            beat_at(id),
                            format!("spot `{id}` has no part with `clue: true`"),
                        )
                        .with_hint("mark the parts that give the trick away with `clue: true`"),
                    );
                }
                if spot.parts.len() < 2 {
                    out.push(Diagnostic::error(
                        "E0014",
                        path,
                        beat_at(id),
                        format!("spot `{id}` needs at least two parts to choose between"),
                    ));
                }
            }
            Node::Sort(sort) => {
                // Discernment needs both: posts to keep as well as posts to stop.
                let fit = sort
                    .posts
                    .iter()
                    .filter(|p| p.pile == crate::content::Pile::Share)
                    .count();
                let unfit = sort.posts.len() - fit;
                if fit < 2 || unfit < 2 {
                    out.push(
                        Diagnostic::error(
                            "E0036",
                            path,
                            beat_at(id),
                            format!(
                                "feed `{id}` has {fit} post(s) to share and {unfit} not to: it needs at least two of each"
                            ),
                        )
                        .with_hint("sorting scores discernment: give the child real, kind posts to keep as well as ones to stop"),
                    );
                }
            }
            Node::Setup(setup) => lint_setup(id, setup, path, beat_at(id), out),
            Node::Compose(compose) => lint_compose(id, compose, path, beat_at(id), out),
            Node::Lock(lock) => lint_lock(s, id, lock, path, beat_at(id), out),
            Node::Craft(craft) => lint_craft(s, id, craft, path, beat_at(id), out),
            Node::Beat(b) => {
                if !b.choices.is_empty() {
                    lint_decision(s, id, b, map, path, out);
                }
                for choice in &b.choices {
                    if choice.act.is_some_and(|a| a.is_help_seeking())
                        && choice.verdict == crate::content::Verdict::Risky
                    {
                        out.push(
                            Diagnostic::error(
                                "E0015",
                                path,
                                map.first_quoted(&choice.text),
                                format!(
                                    "choice `{}` blocks, reports or tells, but is marked Risky",
                                    choice.text
                                ),
                            )
                            .with_hint(
                                "getting help is always shown as right: make it Safe or Cautious",
                            ),
                        );
                    }
                }
            }
            Node::Ending(_) => {}
        }
    }
}

/// E0037 and E0038: an account to set up has settings a child can set, and only
/// setting it up for the situation wins (not closing everything, leaving the
/// app's defaults, the middle value every time, or opening everything).
fn lint_setup(
    id: &str,
    setup: &crate::content::Setup,
    path: &std::path::Path,
    at: crate::content::Location,
    out: &mut Vec<Diagnostic>,
) {
    use crate::content::Verdict;
    let mut broken = Vec::new();
    if setup.settings.len() < 2 {
        broken.push("it needs at least two settings".to_string());
    }
    broken.extend(setting_problems(&setup.settings));
    if !broken.is_empty() {
        out.push(
            Diagnostic::error(
                "E0037",
                path,
                at,
                format!("account `{id}` cannot be set up: {}", broken.join("; ")),
            )
            .with_hint("each setting lists two or more values, from the most open to the most closed, one of them `fit: Safe`, and `start` is the app's default (0 is the first)"),
        );
        return;
    }
    for (way, values) in setup.ways().into_iter().skip(1) {
        if setup.verdict(&values) == Verdict::Safe {
            out.push(
                Diagnostic::error(
                    "E0038",
                    path,
                    at,
                    format!("account `{id}` is set up well by {way}: a child wins it without thinking about the situation"),
                )
                .with_hint("make the situation need some settings open (the most closed value `fit: Cautious`), some a value other than the middle one, and the app's defaults risky somewhere"),
            );
        }
    }
}

/// What stops settings from being set: too few values, none that fits, a
/// default that is not one of them.
fn setting_problems(settings: &[crate::content::Setting]) -> Vec<String> {
    let mut broken = Vec::new();
    for setting in settings {
        let name = &setting.text;
        if setting.values.len() < 2 {
            broken.push(format!("`{name}` needs at least two values"));
        }
        if !setting
            .values
            .iter()
            .any(|v| v.fit == crate::content::Verdict::Safe)
        {
            broken.push(format!("`{name}` has no value that fits (`fit: Safe`)"));
        }
        if setting.start >= setting.values.len() {
            broken.push(format!(
                "`{name}` starts at value {}, but has {}",
                setting.start,
                setting.values.len()
            ));
        }
    }
    broken
}

/// E0040: a mechanic for 13 and over (locking an account, playing the other
/// side) in a scenario for younger children.
fn lint_older_only(
    s: &crate::content::Scenario,
    id: &str,
    mechanic: &str,
    path: &std::path::Path,
    at: crate::content::Location,
    out: &mut Vec<Diagnostic>,
) {
    if s.ages.contains(&crate::content::AgeBand::Ages9To12) {
        out.push(
            Diagnostic::error(
                "E0040",
                path,
                at,
                format!("`{id}` is {mechanic}, which is for 13 and over, in a scenario for 9–12"),
            )
            .with_hint(
                "play it in a scenario for 13–15 or 16–18, or use another way to play for 9–12",
            ),
        );
    }
}

/// E0040 to E0042: an account to lock is for 13 and over, can be locked well,
/// and only locking it well wins: every piece, a jumble, the sign-in settings
/// as they came, or a fake page all lose.
fn lint_lock(
    s: &crate::content::Scenario,
    id: &str,
    lock: &crate::content::Lock,
    path: &std::path::Path,
    at: crate::content::Location,
    out: &mut Vec<Diagnostic>,
) {
    use crate::content::{PieceKind, Verdict};
    lint_older_only(s, id, "an account to lock", path, at, out);
    let count = |kind| lock.pieces.iter().filter(|p| p.kind == kind).count();
    let mut broken = setting_problems(&lock.settings);
    if lock.words < 2 || count(PieceKind::Word) < lock.words {
        broken.push(format!(
            "it asks for {} everyday words and has {} (`kind: Word`); it needs two or more, and at least as many as it asks for",
            lock.words,
            count(PieceKind::Word)
        ));
    }
    if count(PieceKind::Personal) + count(PieceKind::Common) == 0 {
        broken.push("it has no guessable piece (`kind: Personal` or `Common`)".to_string());
    }
    let real = lock.pages.iter().filter(|p| p.real).count();
    if lock.pages.len() < 2 || real != 1 {
        broken.push(format!(
            "it has {} page(s), {real} of them real: it needs one real page and at least one fake",
            lock.pages.len()
        ));
    }
    if !broken.is_empty() {
        out.push(
            Diagnostic::error(
                "E0041",
                path,
                at,
                format!("account `{id}` cannot be locked: {}", broken.join("; ")),
            )
            .with_hint("give everyday words (`Word`) beside guessable pieces (`Personal`, `Common`), and pages by address, exactly one `real: true`"),
        );
        return;
    }
    for way in lock.ways().into_iter().skip(1) {
        if lock.verdict(&way.pieces, &way.values, way.page) == Verdict::Safe {
            out.push(
                Diagnostic::error(
                    "E0042",
                    path,
                    at,
                    format!("account `{id}` is locked well by {}: a child wins it without thinking", way.name),
                )
                .with_hint("a sign-in setting should start where it does not fit (two-step sign-in off), and every piece should not make a good passphrase"),
            );
        }
    }
}

/// E0040, E0043 and E0044: a fake post to build is for 13 and over, is about
/// scams, clickbait or misinformation (content or contract risks, never
/// contact or conduct), and only reading the people wins.
fn lint_craft(
    s: &crate::content::Scenario,
    id: &str,
    craft: &crate::content::Craft,
    path: &std::path::Path,
    at: crate::content::Location,
    out: &mut Vec<Diagnostic>,
) {
    use crate::content::{Risk, Trick};
    lint_older_only(s, id, "playing the other side", path, at, out);
    if matches!(s.risk, Risk::Contact | Risk::Conduct) {
        out.push(
            Diagnostic::error(
                "E0043",
                path,
                at,
                format!("`{id}` has the child play the other side of a {} risk", s.risk.key()),
            )
            .with_hint("playing the other side is for scams, clickbait and misinformation only (content and contract risks): never grooming, bullying or sexual risks"),
        );
    }
    let honest = craft
        .techniques
        .iter()
        .filter(|t| t.trick == Trick::Honest)
        .count();
    let tricks = craft.techniques.len() - honest;
    let mut broken = Vec::new();
    if craft.room == 0 || tricks <= craft.room {
        broken.push(format!(
            "it has room for {} and {tricks} trick(s): it needs room for one or more, and more tricks than room",
            craft.room
        ));
    }
    if honest == 0 {
        broken.push("it has no honest part (`trick: Honest`)".to_string());
    }
    if craft.people.len() < 2 {
        broken.push("it needs at least two people to show the post to".to_string());
    }
    if craft.best().is_none() {
        broken.push(format!(
            "no post of {} or fewer tricks fools everyone",
            craft.room
        ));
    }
    if !broken.is_empty() {
        out.push(
            Diagnostic::error(
                "E0044",
                path,
                at,
                format!("fake post `{id}` cannot be built well: {}", broken.join("; ")),
            )
            .with_hint("give each person tricks they fall for (`falls_for`), more tricks than the post has room for, and an honest part that fools nobody"),
        );
    } else if craft.a_full_miss().is_none() {
        out.push(
            Diagnostic::error(
                "E0044",
                path,
                at,
                format!("fake post `{id}` fools everyone whichever tricks fill it: a child wins it without reading the people"),
            )
            .with_hint("make some tricks fool only some people, so which tricks go in matters"),
        );
    }
}

/// E0039: a message to build has phrases to put in and one to leave out, so
/// neither sending everything nor sending nothing wins.
fn lint_compose(
    id: &str,
    compose: &crate::content::Compose,
    path: &std::path::Path,
    at: crate::content::Location,
    out: &mut Vec<Diagnostic>,
) {
    use crate::content::Belongs;
    let count = |b| compose.phrases.iter().filter(|p| p.belongs == b).count();
    let (needed, harmful) = (count(Belongs::In), count(Belongs::Out));
    if needed < 2 || harmful < 1 || compose.phrases.len() < 4 {
        out.push(
            Diagnostic::error(
                "E0039",
                path,
                at,
                format!(
                    "message `{id}` has {needed} phrase(s) to put in, {harmful} to leave out and {} in all: it needs at least two to put in, one to leave out and four in all",
                    compose.phrases.len()
                ),
            )
            .with_hint("saying it well scores what a message includes and what it leaves out: give the child phrases that do harm (an insult back, a personal detail) beside the ones it needs"),
        );
    }
}

/// E0016, E0017 and W0002: `vary` options and the variables messages use; the note.
fn rule_variety<'a>(scope: &Scope<'a>, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    // Variety: every variable has options, and messages use only declared ones.
    for (name, options) in &s.vary {
        if options.is_empty() {
            out.push(Diagnostic::error(
                "E0016",
                path,
                map.first_quoted(name),
                format!("variable `{name}` in `vary` has no options"),
            ));
        }
    }
    let mut reported_vars = BTreeSet::new();
    for (beat, key) in s.message_keys() {
        let id = s.message_id(key);
        for var in messages.variables_of(&messages.base, &id) {
            if !s.vary.contains_key(var) && reported_vars.insert((id.clone(), var.clone())) {
                let at = match beat {
                    Some(_) => map.first_quoted(key),
                    None => map
                        .field_values("id", &s.id)
                        .first()
                        .copied()
                        .unwrap_or_default(),
                };
                out.push(
                    Diagnostic::error(
                        "E0017",
                        path,
                        at,
                        format!(
                            "message `{id}` uses `{{ ${var} }}`, which `vary` does not declare"
                        ),
                    )
                    .with_hint(format!(
                        "add `\"{var}\": [\"…\"]` to `vary`, or remove the variable"
                    )),
                );
            }
        }
    }
    if s.note.is_none() {
        out.push(
            Diagnostic::warning(
                "W0002",
                path,
                map.field_values("id", &s.id)
                    .first()
                    .copied()
                    .unwrap_or_default(),
                "no content note",
            )
            .with_hint("add `note: Note(topic: \"…\", fit: \"…\")` for teachers and reviewers"),
        );
    }
}

/// E0022 and E0007: every path asks twice, and a Safe ending can be reached.
fn rule_paths<'a>(scope: &Scope<'a>, reachable: &BTreeSet<&'a str>, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    // Every path asks the child at least twice: one decision is a quiz, not a story.
    if let Some(fewest) = fewest_decisions(s)
        && fewest < 2
    {
        out.push(
            Diagnostic::error(
                "E0022",
                path,
                map.field_values("start", &s.start)
                    .first()
                    .copied()
                    .unwrap_or_default(),
                format!("a path through `{}` ends after {fewest} decision(s)", s.id),
            )
            .with_hint("every path passes at least two decisions or clue cards before an ending"),
        );
    }

    // A child must always be able to finish well.
    let safe_reachable = s.beats.iter().any(|(id, n)| {
        reachable.contains(id.as_str())
            && matches!(n, Node::Ending(e) if e.outcome == Outcome::Safe)
    });
    if !safe_reachable && s.beat(&s.start).is_some() {
        out.push(
            Diagnostic::error(
                "E0007",
                path,
                map.field_values("start", &s.start)
                    .first()
                    .copied()
                    .unwrap_or_default(),
                format!("no `Ending(outcome: Safe, …)` can be reached in `{}`", s.id),
            )
            .with_hint("every scenario needs a safe path for the child to find"),
        );
    }
}

/// E0008, E0023 and W0001: objectives exist, fit the risk, and are listed.
fn rule_objectives<'a>(scope: &Scope<'a>, objectives: &[Objective], out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    // Objectives must exist; evidence should be for the scenario's own objectives.
    let known: Vec<&str> = objectives.iter().map(|o| o.id.as_str()).collect();
    let unknown = |id: &str, out: &mut Vec<Diagnostic>| {
        for at in first_or_all(map, id) {
            let mut d = Diagnostic::error("E0008", path, at, format!("unknown objective `{id}`"));
            if let Some(near) = closest(id, known.iter().copied()) {
                d = d.with_hint(format!("did you mean `{near}`?"));
            } else {
                d = d.with_hint("objectives are listed in scenarios/objectives.ron");
            }
            out.push(d);
        }
    };
    let mut reported = BTreeSet::new();
    for id in &s.objectives {
        if !known.contains(&id.as_str()) && reported.insert(id.as_str()) {
            unknown(id, out);
        }
    }
    // An objective is practised in the risks objectives.ron gives it.
    for objective in objectives
        .iter()
        .filter(|o| s.objectives.contains(&o.id) && !o.risks.contains(&s.risk))
    {
        let allowed: Vec<&str> = objective.risks.iter().map(|r| r.key()).collect();
        out.push(
            Diagnostic::error(
                "E0023",
                path,
                map.first_quoted(&objective.id),
                format!(
                    "objective `{}` is not practised in {} scenarios",
                    objective.id,
                    s.risk.key()
                ),
            )
            .with_hint(format!(
                "objectives.ron gives it to: {}; choose an objective of this risk, or add the risk there",
                allowed.join(", ")
            )),
        );
    }
    for (_, node) in s.beats.iter() {
        let evidence: Vec<&BTreeMap<String, i32>> = node.evidence();
        {
            for choice_evidence in evidence {
                for id in choice_evidence.keys() {
                    if !known.contains(&id.as_str()) {
                        if reported.insert(id.as_str()) {
                            unknown(id, out);
                        }
                    } else if !s.objectives.contains(id) && reported.insert(id.as_str()) {
                        out.push(
                            Diagnostic::warning(
                                "W0001",
                                path,
                                map.first_quoted(id),
                                format!(
                                    "evidence for `{id}`, which is not in this scenario's `objectives`"
                                ),
                            )
                            .with_hint(format!("add \"{id}\" to `objectives`")),
                        );
                    }
                }
            }
        }
    }
}

/// E0009: every word on screen exists in the base locale.
fn rule_messages<'a>(scope: &Scope<'a>, messages: &MessageIndex, out: &mut Vec<Diagnostic>) {
    let s = scope.s;
    let path = scope.path;
    let map = &scope.map;
    // Every word on screen must exist in the base locale.
    let mut checked = BTreeSet::new();
    for (beat, key) in s.message_keys() {
        let id = s.message_id(key);
        if !checked.insert(id.clone()) {
            continue;
        }
        // Where it is written is looked for only when something is missing (the
        // search made this rule most of the linter's time on 1,000 scenarios).
        if messages
            .locales
            .keys()
            .all(|locale| messages.has(locale, &id))
        {
            continue;
        }
        let at = match beat {
            Some(_) => map.first_quoted(key),
            None => map
                .field_values("id", &s.id)
                .first()
                .copied()
                .unwrap_or_default(),
        };
        missing_message(messages, &id, path, at, out);
    }
}

/// How many choices a decision may offer: two where the story has two ways,
/// four where it has four temptations; never one, never a wall of buttons.
pub const CHOICES: std::ops::RangeInclusive<usize> = 2..=4;

/// The objective that only blocking, reporting or telling can earn.
pub const HELP_OBJECTIVE: &str = "block-report-tell";

/// A decision's own rules: how many choices, a best one, a Cautious choice that
/// leads on to another decision, and help credit only for real help.
fn lint_decision(
    s: &super::schema::Scenario,
    id: &str,
    b: &super::schema::Beat,
    map: &SourceMap,
    path: &std::path::Path,
    out: &mut Vec<Diagnostic>,
) {
    use super::schema::Verdict;
    let at = map
        .beat_definitions(id)
        .first()
        .copied()
        .unwrap_or_default();
    if !CHOICES.contains(&b.choices.len()) {
        out.push(
            Diagnostic::error(
                "E0021",
                path,
                at,
                format!(
                    "decision `{id}` offers {} choice(s); a decision offers 2, 3 or 4",
                    b.choices.len()
                ),
            )
            .with_hint("see docs/AUTHORING.md, \"Choices that make a child think\""),
        );
    }
    if !b.choices.is_empty() && !b.choices.iter().any(|c| c.verdict == Verdict::Safe) {
        out.push(
            Diagnostic::error(
                "E0021",
                path,
                at,
                format!("decision `{id}` has no Safe choice"),
            )
            .with_hint("mark the best choice `verdict: Safe`: a child must be able to do well"),
        );
    }
    for choice in &b.choices {
        if choice.verdict == Verdict::Cautious && ends_before_a_decision(s, &choice.next) {
            out.push(
                Diagnostic::error(
                    "E0022",
                    path,
                    map.first_quoted(&choice.text),
                    format!(
                        "Cautious choice `{}` ends the level with no decision after it",
                        choice.text
                    ),
                )
                .with_hint(
                    "a Cautious step leads on: show what follows and let the child decide again \
                     (docs/AUTHORING.md, \"Choices that make a child think\")",
                ),
            );
        }
        let help_credit = choice.evidence.get(HELP_OBJECTIVE).is_some_and(|v| *v > 0);
        if help_credit && !choice.act.is_some_and(|a| a.is_help_seeking()) {
            out.push(
                Diagnostic::error(
                    "E0024",
                    path,
                    map.first_quoted(&choice.text),
                    format!(
                        "choice `{}` earns `{HELP_OBJECTIVE}` but does not block, report or tell",
                        choice.text
                    ),
                )
                .with_hint(
                    "give it `act: Block`, `act: Report` or `act: Tell` if it really does, \
                     or credit another objective",
                ),
            );
        }
    }
}

/// The fewest decisions (choices or clue cards) on any path from the start to an
/// ending; none when no ending can be reached (reported elsewhere).
fn fewest_decisions(s: &super::schema::Scenario) -> Option<usize> {
    let cost = |node: &Node| match node {
        Node::Beat(b) if !b.choices.is_empty() => 1,
        Node::Spot(_) => 1,
        _ => 0,
    };
    let mut best: BTreeMap<&str, usize> = BTreeMap::new();
    best.insert(s.start.as_str(), cost(s.beat(&s.start)?));
    // Relax until nothing improves: a scenario has tens of beats, and loops settle.
    for _ in 0..=s.beats.len() {
        let mut changed = false;
        for (id, node) in s.beats.iter() {
            let Some(&here) = best.get(id.as_str()) else {
                continue;
            };
            for next in edges(node) {
                if let Some(n) = s.beat(next) {
                    let there = here + cost(n);
                    if best.get(next).is_none_or(|&b| there < b) {
                        best.insert(next, there);
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    s.beats
        .iter()
        .filter(|(_, n)| matches!(n, Node::Ending(_)))
        .filter_map(|(id, _)| best.get(id.as_str()).copied())
        .min()
}

/// Whether the story, from `beat` on through plain lines, reaches an ending before
/// the child decides anything.
fn ends_before_a_decision(s: &super::schema::Scenario, beat: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut at = beat;
    while seen.insert(at) {
        match s.beat(at) {
            Some(Node::Ending(_)) => return true,
            Some(Node::Beat(b)) if b.choices.is_empty() => match &b.next {
                Some(next) => at = next,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

fn first_or_all(map: &SourceMap, id: &str) -> Vec<Location> {
    vec![map.first_quoted(id)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;
    use std::path::{Path, PathBuf};

    const GOOD: &str = r#"Scenario(
    id: "s",
    risk: Contract, harm: Commercial,
    ages: [Ages9To12],
    objectives: ["spot-tricks-and-costs"],
    start: "first",
    beats: {
        "intro": Beat(speaker: Sango, text: "intro", next: "ask"),
        "ask": Beat(speaker: Narrator, text: "ask", choices: [
            Choice(text: "close", verdict: Safe, evidence: {"spot-tricks-and-costs": 1},
                   feedback: "why-close", next: "good"),
            Choice(text: "pay", verdict: Risky, evidence: {"spot-tricks-and-costs": -1},
                   feedback: "why-pay", next: "bad"),
        ]),
        "good": Ending(outcome: Safe, text: "good"),
        "bad": Ending(outcome: Harmful, text: "bad"),
        "first": Beat(speaker: Sango, text: "first", choices: [
            Choice(text: "look", verdict: Safe, feedback: "why-look", next: "intro"),
            Choice(text: "skip", verdict: Risky, feedback: "why-skip", next: "intro"),
        ]),
    },
    note: Note(topic: "t", fit: "f"),
)"#;

    fn library(source: &str) -> Library {
        Library {
            objectives: vec![
                Objective {
                    id: "spot-tricks-and-costs".into(),
                    risks: vec![crate::content::Risk::Contract],
                },
                Objective {
                    id: HELP_OBJECTIVE.into(),
                    risks: crate::content::Risk::ALL.to_vec(),
                },
                Objective {
                    id: "strangers-warning-signs".into(),
                    risks: vec![crate::content::Risk::Contact],
                },
            ],
            objectives_path: PathBuf::from("objectives.ron"),
            objectives_source: String::new(),
            scenarios: vec![ScenarioFile {
                path: PathBuf::from("s.ron"),
                source: source.to_string(),
                scenario: parse(Path::new("s.ron"), source).expect("test scenario parses"),
            }],
            ..Library::default()
        }
    }

    fn all_messages(lib: &Library) -> MessageIndex {
        let mut ids = BTreeSet::new();
        for f in &lib.scenarios {
            for (_, key) in f.scenario.message_keys() {
                ids.insert(f.scenario.message_id(key));
            }
        }
        for o in &lib.objectives {
            for s in Objective::MESSAGE_SUFFIXES {
                ids.insert(o.message_id(s));
            }
        }
        MessageIndex {
            base: "en".into(),
            locales: BTreeMap::from([("en".into(), Arc::new(ids))]),
            variables: BTreeMap::new(),
            origins: Arc::default(),
            locale_origins: BTreeMap::new(),
        }
    }

    fn codes(source: &str) -> Vec<(&'static str, usize)> {
        let lib = library(source);
        lint(&lib, &all_messages(&lib))
            .into_iter()
            .map(|d| (d.code, d.at.line))
            .collect()
    }

    #[test]
    fn a_good_scenario_is_clean() {
        assert_eq!(codes(GOOD), vec![]);
    }

    #[test]
    fn a_way_to_play_that_ends_the_level_at_once_is_refused() {
        // A clue card straight before the ending: tapped nearly right, the
        // child could never do better.
        let card = r#""card": Spot(speaker: Sango, text: "card", card: Card(title: "t", body: "b"),
            parts: [Part(text: "p1", clue: true, feedback: "f1"), Part(text: "p2", clue: false, feedback: "f2")],
            next: "good"),
        "good": Ending"#;
        let src = GOOD.replace(r#""good": Ending"#, card).replace(
            r#"feedback: "why-close", next: "good""#,
            r#"feedback: "why-close", next: "card""#,
        );
        let found = codes(&src);
        assert!(
            found.contains(&("E0022", line_of(&src, r#""card": Spot"#))),
            "{found:?}"
        );
        // With a decision after it, it leads on.
        let leads_on = src.replace(
            r#"next: "good"),
        "good": Ending"#,
            r#"next: "ask"),
        "good": Ending"#,
        );
        assert!(!codes(&leads_on).iter().any(|(c, _)| *c == "E0022"));
    }

    #[test]
    fn a_level_sits_in_a_cell_of_the_core_grid() {
        // Commercial harm is a contract's only.
        assert!(codes(&GOOD.replace("risk: Contract,", "risk: Contact,")).contains(&("E0048", 3)));
        assert_eq!(
            codes(&GOOD.replace(" harm: Commercial,", "")),
            vec![("W0024", 3)]
        );
    }

    #[test]
    fn a_feed_to_sort_has_posts_to_keep_and_posts_to_stop() {
        let feed = |piles: [&str; 4]| {
            let posts: Vec<String> = piles
                .iter()
                .enumerate()
                .map(|(i, pile)| {
                    format!(
                        r#"Post(from: "who{i}", text: "post{i}", pile: {pile}, feedback: "why{i}")"#
                    )
                })
                .collect();
            GOOD.replace(
                r#""intro": Beat(speaker: Sango, text: "intro", next: "ask"),"#,
                &format!(
                    r#""intro": Sort(speaker: Sango, text: "intro", posts: [{}],
                        evidence: {{"spot-tricks-and-costs": 1}}, next: "ask"),"#,
                    posts.join(", ")
                ),
            )
        };
        assert_eq!(
            codes(&feed(["Share", "Check", "Share", "DontShare"])),
            vec![]
        );
        // Only one real post: a child who trusts nothing would lose little.
        let lopsided = feed(["Share", "Check", "DontShare", "DontShare"]);
        let found = codes(&lopsided);
        assert_eq!(
            found,
            vec![("E0036", line_of(&lopsided, r#""intro": Sort"#))]
        );
        assert_eq!(
            codes(&feed(["Share"; 4])).first().map(|c| c.0),
            Some("E0036")
        );
    }

    #[test]
    fn an_account_is_won_only_by_setting_it_up_for_the_situation() {
        // Each setting: (its values' fits, from open to closed; the app's default).
        let account = |settings: &[(&[&str], usize)]| {
            let settings: Vec<String> = settings
                .iter()
                .enumerate()
                .map(|(i, (fits, start))| {
                    let values: Vec<String> = fits
                        .iter()
                        .enumerate()
                        .map(|(j, fit)| {
                            format!(r#"Value(text: "v{i}-{j}", fit: {fit}, feedback: "w{i}-{j}")"#)
                        })
                        .collect();
                    format!(
                        r#"Setting(text: "s{i}", start: {start}, values: [{}])"#,
                        values.join(", ")
                    )
                })
                .collect();
            GOOD.replace(
                r#""intro": Beat(speaker: Sango, text: "intro", next: "ask"),"#,
                &format!(
                    r#""intro": Setup(speaker: Sango, text: "intro", settings: [{}],
                        evidence: {{"spot-tricks-and-costs": 1}}, next: "ask"),"#,
                    settings.join(", ")
                ),
            )
        };
        // Who sees my posts (friends), who sees my portfolio (everyone), tagging
        // (ask me first), location (off).
        let friends: &[&str] = &["Risky", "Safe", "Cautious"];
        let public: &[&str] = &["Safe", "Cautious", "Cautious"];
        let ask_me: &[&str] = &["Risky", "Cautious", "Safe"];
        let on_off: &[&str] = &["Risky", "Safe"];
        let good = account(&[(friends, 0), (public, 2), (ask_me, 0), (on_off, 0)]);
        assert_eq!(codes(&good), vec![]);
        let at = line_of(&good, r#""intro": Setup"#);
        // Each naive way that would win: closing everything (nothing in the
        // situation needs anything open), the app's defaults, the middle value.
        for naive in [
            [(ask_me, 0), (ask_me, 0), (ask_me, 0), (on_off, 0)],
            [(friends, 1), (public, 0), (ask_me, 2), (on_off, 1)],
            [(friends, 0), (friends, 0), (on_off, 0), (on_off, 0)],
        ] {
            assert_eq!(codes(&account(&naive)), vec![("E0038", at)]);
        }
        // No fitting value, one value, a default past the end, one setting.
        for broken in [
            account(&[(&["Risky", "Cautious"], 0), (public, 0), (on_off, 0)]),
            account(&[(&["Safe"], 0), (public, 0), (on_off, 0)]),
            account(&[(friends, 3), (public, 0), (on_off, 0)]),
            account(&[(friends, 0)]),
        ] {
            assert_eq!(codes(&broken), vec![("E0037", at)]);
        }
    }

    #[test]
    fn a_message_to_build_has_phrases_to_put_in_and_one_to_leave_out() {
        let message = |belongs: &[&str]| {
            let phrases: Vec<String> = belongs
                .iter()
                .enumerate()
                .map(|(i, b)| format!(r#"Phrase(text: "p{i}", belongs: {b}, feedback: "w{i}")"#))
                .collect();
            GOOD.replace(
                r#""intro": Beat(speaker: Sango, text: "intro", next: "ask"),"#,
                &format!(
                    r#""intro": Compose(speaker: Sango, text: "intro", to: "to", phrases: [{}],
                        evidence: {{"spot-tricks-and-costs": 1}}, next: "ask"),"#,
                    phrases.join(", ")
                ),
            )
        };
        let good = message(&["In", "Out", "Either", "In"]);
        assert_eq!(codes(&good), vec![]);
        let at = line_of(&good, r#""intro": Compose"#);
        // Nothing to leave out: sending everything would win.
        assert_eq!(
            codes(&message(&["In", "In", "Either", "In"])),
            vec![("E0039", at)]
        );
        // One phrase to put in; three phrases in all.
        assert_eq!(
            codes(&message(&["In", "Out", "Either", "Out"])),
            vec![("E0039", at)]
        );
        assert_eq!(codes(&message(&["In", "Out", "In"])), vec![("E0039", at)]);
    }

    #[test]
    fn a_fact_is_set_before_it_is_read_and_read_once_it_is_set() {
        // `pay` remembers a card was saved; `first` branches on it, or on a
        // fact nobody sets.
        let story = |sets: &str, when: &str| {
            GOOD.replace(
                r#"feedback: "why-pay", next: "bad"),"#,
                &format!(r#"feedback: "why-pay", next: "bad", sets: [{sets}]),"#),
            )
            .replace(
                r#""intro": Beat(speaker: Sango, text: "intro", next: "ask"),"#,
                &format!(
                    r#""intro": Beat(speaker: Sango, text: "intro", next: "ask",
                        branches: [Branch(when: [{when}], next: "ask")]),"#
                ),
            )
        };
        assert_eq!(codes(&story(r#""card-saved""#, r#""!card-saved""#)), vec![]);
        let misspelt = story(r#""card-saved""#, r#""card-svaed""#);
        assert_eq!(
            codes(&misspelt),
            vec![
                ("E0045", line_of(&misspelt, r#""card-svaed""#)),
                ("W0023", line_of(&misspelt, r#""card-saved""#)),
            ]
        );
        // A decision whose every choice depends on a fact could be empty.
        let all_when = GOOD
            .replace(
                r#"feedback: "why-look", next: "intro"),"#,
                r#"feedback: "why-look", next: "intro", when: ["!seen"]),"#,
            )
            .replace(
                r#"feedback: "why-skip", next: "intro"),"#,
                r#"feedback: "why-skip", next: "intro", when: ["!seen"], sets: ["seen"]),"#,
            );
        assert_eq!(
            codes(&all_when),
            vec![("E0046", line_of(&all_when, r#""first": Beat"#))]
        );
    }

    #[test]
    fn a_story_holds_its_band_s_levels_and_casts_only_its_own_people() {
        let with_story = |scenario: &str, story: &str| -> Vec<(&'static str, String)> {
            let mut lib = library(scenario);
            lib.stories = vec![crate::content::StoryFile {
                path: PathBuf::from("story.ron"),
                source: story.to_string(),
                story: parse(Path::new("story.ron"), story).expect("story parses"),
            }];
            let stories: Vec<_> = lib.stories.iter().map(|f| f.story.clone()).collect();
            let stories: Vec<&crate::content::Story> = stories.iter().collect();
            let mut scenarios: Vec<_> = lib.scenarios.iter_mut().map(|f| &mut f.scenario).collect();
            crate::content::story::fill_cast(&stories, &mut scenarios);
            let mut messages = all_messages(&lib);
            let ids = Arc::make_mut(messages.locales.get_mut("en").unwrap());
            for key in ["title", "closed", "end"] {
                ids.insert(format!("story-9-12-{key}"));
            }
            lint(&lib, &messages)
                .into_iter()
                .map(|d| (d.code, d.message))
                .collect()
        };
        let cast = GOOD.replace(r#"start: "first","#, r#"cast: ["friend"], start: "first","#);
        let story = r#"Story(ages: Ages9To12, chapters: ["s"],
            cast: {"friend": ["cast-a", "cast-b"]},
            endings: [StoryEnding(text: "end")])"#;
        assert_eq!(with_story(&cast, story), vec![]);
        // A role the story lacks.
        let found = with_story(
            &cast.replace(r#"cast: ["friend"]"#, r#"cast: ["rival"]"#),
            story,
        );
        assert!(
            found
                .iter()
                .any(|(c, m)| *c == "E0047" && m.contains("rival")),
            "{found:?}"
        );
        // A chapter that is no level, and the level left out.
        let found = with_story(&cast, &story.replace(r#"["s"]"#, r#"["nope"]"#));
        assert_eq!(
            found.iter().filter(|(c, _)| *c == "E0047").count(),
            2,
            "{found:?}"
        );
        // A close and a trace reading a fact no level sets.
        let found = with_story(
            &cast.replace(
                r#"start: "first","#,
                r#"start: "first", traces: [Trace(when: ["ghost"], kind: Shared, text: "intro", advice: "intro")],"#,
            ),
            &story.replace(r#"StoryEnding(text"#, r#"StoryEnding(when: ["phantom"], text"#),
        );
        let unset: Vec<_> = found.iter().filter(|(c, _)| *c == "E0045").collect();
        assert_eq!(unset.len(), 2, "{found:?}");
    }

    fn line_of(source: &str, needle: &str) -> usize {
        source[..source.find(needle).expect("in the source")]
            .matches('\n')
            .count()
            + 1
    }

    #[test]
    fn a_decision_offers_two_to_four_choices_and_a_best_one() {
        // One choice left.
        let one = GOOD.replace(
            r#"            Choice(text: "pay", verdict: Risky, evidence: {"spot-tricks-and-costs": -1},
                   feedback: "why-pay", next: "bad"),
"#,
            "",
        );
        let ask = line_of(&one, "\"ask\":");
        assert!(codes(&one).contains(&("E0021", ask)), "{:?}", codes(&one));
        // Two choices, neither the best.
        let no_best = GOOD.replace("verdict: Safe", "verdict: Cautious");
        assert!(codes(&no_best).iter().any(|(c, _)| *c == "E0021"));
        // Five is a wall of buttons.
        let extra = r#"            Choice(text: "close", verdict: Safe, feedback: "why-close", next: "good"),
"#;
        let five = GOOD.replace(
            "        ]),\n        \"good\"",
            &format!("{}        ]),\n        \"good\"", extra.repeat(3)),
        );
        assert!(codes(&five).iter().any(|(c, _)| *c == "E0021"), "{five}");
    }

    #[test]
    fn a_cautious_choice_that_ends_the_level_is_refused() {
        let src = GOOD.replace(
            r#"verdict: Risky, evidence: {"spot-tricks-and-costs": -1},"#,
            r#"verdict: Cautious, evidence: {"spot-tricks-and-costs": -1},"#,
        );
        assert!(
            codes(&src).contains(&("E0022", line_of(&src, "\"pay\""))),
            "{:?}",
            codes(&src)
        );
        // Through a line to a decision is fine: the child decides again.
        let leads_on = src
            .replace(
                r#"feedback: "why-pay", next: "bad""#,
                r#"feedback: "why-pay", next: "later""#,
            )
            .replace(
                r#"        "good": Ending"#,
                r#"        "later": Beat(speaker: Narrator, text: "later", next: "again"),
        "again": Beat(speaker: Sango, text: "again", choices: [
            Choice(text: "close", verdict: Safe, feedback: "why-close", next: "good"),
            Choice(text: "pay", verdict: Risky, feedback: "why-pay", next: "bad"),
        ]),
        "good": Ending"#,
            );
        assert!(
            !codes(&leads_on).iter().any(|(c, _)| *c == "E0022"),
            "{:?}",
            codes(&leads_on)
        );
    }

    #[test]
    fn a_path_with_a_single_decision_is_refused() {
        let src = GOOD.replace(r#"start: "first","#, r#"start: "intro","#);
        let found = codes(&src);
        assert!(found.contains(&("E0022", 6)), "{found:?}");
        // `first` is now unreachable: that is reported as itself.
        assert!(found.iter().any(|(c, _)| *c == "E0005"), "{found:?}");
    }

    #[test]
    fn an_objective_outside_its_risk_and_help_credit_without_help_are_refused() {
        let src = GOOD.replace(
            r#"objectives: ["spot-tricks-and-costs"],"#,
            r#"objectives: ["spot-tricks-and-costs", "strangers-warning-signs", "block-report-tell"],"#,
        )
        .replace(
            r#"evidence: {"spot-tricks-and-costs": 1},"#,
            r#"evidence: {"spot-tricks-and-costs": 1, "block-report-tell": 1, "strangers-warning-signs": 1},"#,
        );
        let found = codes(&src);
        assert!(
            found.contains(&("E0023", line_of(&src, "\"strangers-warning-signs\""))),
            "{found:?}"
        );
        assert!(
            found.contains(&("E0024", line_of(&src, "\"close\""))),
            "{found:?}"
        );
        // Telling, as its act says, earns it.
        let told = src.replace(
            r#"feedback: "why-close", next: "good")"#,
            r#"feedback: "why-close", next: "good", act: Tell)"#,
        );
        assert!(
            !codes(&told).iter().any(|(c, _)| *c == "E0024"),
            "{:?}",
            codes(&told)
        );
    }

    #[test]
    fn check_situations_are_well_formed_worded_and_cover_every_band_and_set() {
        let source = r#"[
    Item(id: "q1", objective: "spot-tricks-and-costs", set: A, ages: [Ages9To12], safe: true),
    Item(id: "q2", objective: "spot-trick", set: B, ages: [], safe: false),
    Item(id: "q1", objective: "spot-tricks-and-costs", set: B, ages: [Ages9To12], safe: false),
    Item(id: "q3", objective: "spot-tricks-and-costs", set: A, ages: [Ages9To12], safe: false),
    Item(id: "q4", objective: "spot-tricks-and-costs", set: B, ages: [Ages9To12], safe: true),
    Item(id: "q5", objective: "spot-tricks-and-costs", set: A, ages: [Ages13To15], safe: true),
]"#;
        let mut lib = library(GOOD);
        lib.checks = super::super::load::parse(Path::new("checks.ron"), source).unwrap();
        lib.checks_source = source.to_string();
        lib.checks_path = PathBuf::from("checks.ron");
        let mut messages = all_messages(&lib);
        let en = Arc::make_mut(messages.locales.get_mut("en").unwrap());
        en.extend(lib.checks[0].message_ids());
        en.insert("check-q9".into()); // a situation since removed
        Arc::make_mut(&mut messages.origins).insert(
            "check-q9".into(),
            (Path::new("checks.ftl").into(), Location::default()),
        );
        let found: Vec<(&str, String)> = lint(&lib, &messages)
            .into_iter()
            .map(|d| (d.code, d.message))
            .collect();
        let has =
            |code: &str, text: &str| found.iter().any(|(c, m)| *c == code && m.contains(text));
        assert!(has("E0020", "`q2` is for no age band"), "{found:?}");
        assert!(has("E0008", "unknown objective `spot-trick`"), "{found:?}");
        assert!(has("E0003", "`q1` is used twice"), "{found:?}");
        assert!(has("E0009", "`check-q2` is missing"), "{found:?}");
        assert!(has("E0009", "`check-q3-why` is missing"), "{found:?}");
        assert!(has("W0011", "`check-q9` is never used"), "{found:?}");
        // Ages 9-12 has a safe and a risky situation in both sets; 13-15 only a
        // safe one in set A; 16-18 none.
        assert!(
            !has("W0014", "`spot-tricks-and-costs` for ages 9-12"),
            "{found:?}"
        );
        assert!(
            has(
                "W0014",
                "no risky situation on `spot-tricks-and-costs` for ages 13-15 in set A"
            ),
            "{found:?}"
        );
        assert!(
            has(
                "W0014",
                "no situation on `spot-tricks-and-costs` for ages 16-18 in set B"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_dangling_next_is_reported_where_it_is_written() {
        let src = GOOD.replace("next: \"bad\"", "next: \"bda\"");
        let found = codes(&src);
        assert!(found.contains(&("E0004", 13)), "{found:?}");
        // `bad` is now unreachable too, but that is the same mistake: not repeated.
        assert!(!found.iter().any(|(c, _)| *c == "E0005"), "{found:?}");
    }

    #[test]
    fn a_beat_that_stops_without_an_ending_is_a_dead_end() {
        let src = GOOD.replace(
            "Beat(speaker: Sango, text: \"intro\", next: \"ask\")",
            "Beat(speaker: Sango, text: \"intro\")",
        );
        let found = codes(&src);
        assert!(found.contains(&("E0006", 8)), "{found:?}");
    }

    #[test]
    fn a_scenario_with_no_safe_ending_is_refused() {
        let src = GOOD.replace("Ending(outcome: Safe", "Ending(outcome: Mixed");
        assert!(codes(&src).iter().any(|(c, _)| *c == "E0007"));
    }

    #[test]
    fn a_loop_with_no_way_out_traps_the_player() {
        let src = GOOD.replace("next: \"good\"", "next: \"intro\"");
        let found = codes(&src);
        assert!(
            found.iter().all(|(c, _)| *c != "E0006"),
            "ask can still end: {found:?}"
        );
        let trapped = GOOD
            .replace("next: \"good\"", "next: \"intro\"")
            .replace("next: \"bad\"", "next: \"ask\"");
        assert!(codes(&trapped).contains(&("E0006", 8)));
    }

    #[test]
    fn an_unknown_objective_is_named_with_a_suggestion() {
        let src = GOOD.replace(
            "{\"spot-tricks-and-costs\": -1}",
            "{\"spot-trick-and-costs\": -1}",
        );
        let lib = library(&src);
        let found = lint(&lib, &all_messages(&lib));
        let d = found.iter().find(|d| d.code == "E0008").expect("reported");
        assert_eq!(d.at.line, 12);
        assert_eq!(
            d.hint.as_deref(),
            Some("did you mean `spot-tricks-and-costs`?")
        );
    }

    #[test]
    fn a_missing_message_is_an_error_in_english_and_a_warning_elsewhere() {
        let lib = library(GOOD);
        let mut index = all_messages(&lib);
        Arc::make_mut(index.locales.get_mut("en").unwrap()).remove("s-why-pay");
        index.locales.insert("fr".into(), Arc::default());
        let found = lint(&lib, &index);
        assert!(
            found
                .iter()
                .any(|d| d.code == "E0009" && d.message.contains("s-why-pay"))
        );
        assert!(found.iter().any(|d| d.code == "W0009" && !d.is_error()));
    }

    #[test]
    fn an_unused_message_and_a_foreign_variable_are_reported() {
        let lib = library(GOOD);
        let mut index = all_messages(&lib);
        Arc::make_mut(index.locales.get_mut("en").unwrap()).insert("s-old-line".into());
        index.variables.insert(
            "fr".into(),
            Arc::new(BTreeMap::from([(
                "s-intro".to_string(),
                BTreeSet::from(["nom".to_string()]),
            )])),
        );
        let found = lint(&lib, &index);
        assert!(
            found
                .iter()
                .any(|d| d.code == "W0011" && d.message.contains("s-old-line"))
        );
        assert!(
            found
                .iter()
                .any(|d| d.code == "E0018" && d.message.contains("nom"))
        );
        let mut index = all_messages(&lib);
        index.locales.insert(
            "fr".into(),
            Arc::new(BTreeSet::from(["s-gone".to_string()])),
        );
        let found = lint(&lib, &index);
        assert!(
            found
                .iter()
                .any(|d| d.code == "W0013" && d.message.contains("s-gone"))
        );
    }

    #[test]
    fn duplicate_beat_ids_are_reported_at_the_second() {
        let src = GOOD.replace(
            "\"bad\": Ending",
            "\"good\": Ending(outcome: Safe, text: \"good\"),\n        \"bad\": Ending",
        );
        assert!(codes(&src).contains(&("E0003", 16)));
    }
}
