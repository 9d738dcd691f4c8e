//! Words: Fluent bundles from `locales/<lang>/*.ftl`, lookups with arguments, and
//! fallback to English so a missing translation shows English, never a blank.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::content::{Diagnostic, Location, MessageIndex, diagnostic::SourceMap};

/// The locale every message must exist in, and the one others fall back to.
pub const BASE_LOCALE: &str = "en";

/// A made-up language for testing: English with accents, about 40 % longer and
/// bracketed, so clipped or hard-coded text shows at once (`--lang en-XA`).
pub const PSEUDO_LOCALE: &str = "en-XA";

/// English turned pseudo: `Play` becomes `[Ƥļàý ~~]`.
pub fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    if text.trim().is_empty() {
        return text.into();
    }
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'à',
            'e' => 'é',
            'i' => 'î',
            'o' => 'ö',
            'u' => 'ü',
            'y' => 'ý',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'z' => 'ž',
            'l' => 'ļ',
            'g' => 'ğ',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'P' => 'Ƥ',
            'S' => 'Š',
            'C' => 'Ç',
            'N' => 'Ñ',
            'T' => 'Ŧ',
            'D' => 'Ð',
            other => other,
        })
        .collect();
    let padding = "~".repeat((text.chars().count() * 2).div_ceil(5));
    format!("[{accented} {padding}]").into()
}

/// The six UN languages, in the order a language picker shows them.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A language's name in itself, for the language picker.
pub fn native_name(lang: &str) -> &str {
    match lang {
        PSEUDO_LOCALE => "[Ƥšéüðö]",
        "ar" => "العربية",
        "zh" => "中文",
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "es" => "Español",
        other => other,
    }
}

/// A locale as the OS writes it (`zh_CN.UTF-8`, `sr_RS@latin`) or as a browser
/// does (`fr-CA`), parsed; `C` and `POSIX` are no language and give `None`.
fn parse_locale(locale: &str) -> Option<LanguageIdentifier> {
    // POSIX adds a character set and a modifier that BCP 47 has no place for.
    let tag = locale.split(['.', '@']).next().unwrap_or_default();
    tag.parse().ok()
}

/// The best of `available` for the requested locales, most wanted first:
/// fluent-langneg's lookup (`fr-CA` finds `fr`, `zh-Hant-TW` finds `zh`). None if
/// nothing fits; the caller keeps its own default.
fn negotiate_all<'a>(requested: &[LanguageIdentifier], available: &[&'a str]) -> Option<&'a str> {
    let (names, ids): (Vec<&str>, Vec<LanguageIdentifier>) = available
        .iter()
        .filter_map(|a| Some((*a, a.parse().ok()?)))
        .unzip();
    let found = negotiate_languages(requested, &ids, None, NegotiationStrategy::Lookup);
    let best = found.first()?;
    ids.iter().position(|id| id == *best).map(|i| names[i])
}

/// The best of `available` for a requested locale like `fr-CA` or `zh_Hans_CN`.
pub fn negotiate<'a>(
    requested: &str,
    available: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let available: Vec<&str> = available.into_iter().collect();
    negotiate_all(&[parse_locale(requested)?], &available)
}

/// The language the OS (or the browser) asks for, if Sango has it.
pub fn system_language<'a>(available: &[&'a str]) -> Option<&'a str> {
    let requested: Vec<LanguageIdentifier> = preferred_locales()
        .filter_map(|l| parse_locale(&l))
        .collect();
    negotiate_all(&requested, available)
}

#[cfg(not(target_arch = "wasm32"))]
fn preferred_locales() -> impl Iterator<Item = String> {
    sys_locale::get_locales()
}

/// The browser's `navigator.languages`, read without extra web-sys bindings.
#[cfg(target_arch = "wasm32")]
fn preferred_locales() -> impl Iterator<Item = String> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
    let languages: Vec<String> = navigator
        .and_then(|n| js_sys::Reflect::get(&n, &"languages".into()).ok())
        .map(|l| {
            js_sys::Array::from(&l)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    languages.into_iter()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// The writing direction of a language, from unic-langid's CLDR table (its
/// script if written, else the language: `ar`, `he`, `fa`, `ur`, `ps`, `yi`, …).
pub fn direction(lang: &str) -> Direction {
    match parse_locale(lang).map(|l| l.character_direction()) {
        Some(CharacterDirection::RTL) => Direction::RightToLeft,
        _ => Direction::LeftToRight,
    }
}

/// The right-to-left mark, which makes a line start right to left.
pub const RLM: char = '\u{200F}';

/// Whether a line of a right-to-left language would start left to right: its
/// first letter or digit is not right to left, and no mark or isolate comes
/// before it.
pub fn needs_rtl_mark(text: &str) -> bool {
    for c in text.chars() {
        match c {
            // Right-to-left mark, Arabic letter mark, right-to-left isolate and
            // embedding and override: the line already starts right to left.
            '\u{200F}' | '\u{061C}' | '\u{2067}' | '\u{202B}' | '\u{202E}' => return false,
            c if is_rtl_letter(c) => return false,
            c if c.is_alphanumeric() => return true,
            _ => {}
        }
    }
    false
}

/// A line of a right-to-left language, made to read right: a right-to-left
/// mark first, so the line runs right to left even when it starts with a Latin
/// name, a number or a variable, and its handles marked ([`mark_handles`]).
pub fn right_to_left(text: &str) -> String {
    let marked = mark_handles(text);
    if marked.starts_with(RLM) {
        marked
    } else {
        format!("{RLM}{marked}")
    }
}

/// A left-to-right mark before each `@` or `#` that starts a Latin handle or
/// tag: in a right-to-left line it would otherwise take the line's direction
/// and show at the handle's far end (`RealTruthDaily@`).
pub fn mark_handles(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut previous = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_handle = matches!(c, '@' | '#')
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '_')
            && !previous.is_some_and(|p: char| {
                p.is_alphanumeric() || matches!(p, '\u{200E}' | '\u{2066}' | '\u{2068}')
            });
        if starts_handle {
            out.push('\u{200E}');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
pub fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

struct Locale {
    /// Shared, so the pseudo-locale uses English's parsed files as they are.
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Written right to left: each line starts with a right-to-left mark, and
    /// its Latin handles are marked ([`right_to_left`]).
    rtl: bool,
    /// Shared with the linter's index ([`Localizer::message_index`]), as are
    /// the variables and origins: the index of 1,000 scenarios copied took a
    /// sixth of a content check.
    ids: Arc<BTreeSet<String>>,
    /// The variables each message uses.
    variables: Arc<BTreeMap<String, BTreeSet<String>>>,
    /// Where each message is defined.
    origins: Arc<crate::content::lint::Origins>,
    /// The other messages each message shows (`{ other-message }`).
    references: BTreeMap<String, BTreeSet<String>>,
    /// The files its messages came from, to read it again after it was shelved.
    files: Vec<PathBuf>,
}

/// How deep placeables may nest in one message (`{ { … } }`). Real messages use
/// two or three; thousands overflow the parser's stack and take the game down.
pub const MAX_NESTING: usize = 16;

/// The most characters one message may hold. The longest line the game shows is
/// a few hundred; a message of megabytes is a mistake that would freeze the layout.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// Keeps out of a file, before it is parsed, every message nested too deep or too
/// long to show, each reported with its line; the rest of the file is used. The
/// lines are blanked, not removed, so every other message keeps its line number.
fn guard_source(source: String, path: &Path, problems: &mut Vec<Diagnostic>) -> String {
    // An entry starts at a line that begins with its id (or a comment); indented
    // lines continue it.
    let lines: Vec<&str> = source.split('\n').collect();
    let mut starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with(|c: char| !c.is_whitespace()))
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let mut keep = vec![true; lines.len()];
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        if lines[start].starts_with('#') {
            continue;
        }
        let entry = &lines[start..end];
        let (mut depth, mut deepest, mut chars) = (0usize, 0usize, 0usize);
        for c in entry.iter().flat_map(|l| l.chars()) {
            chars += 1;
            match c {
                '{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        let id: String = lines[start]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .take(80)
            .collect();
        let at = Location {
            line: start + 1,
            col: 1,
        };
        let problem = if deepest > MAX_NESTING {
            Some(Diagnostic::error(
                "E0025",
                path,
                at,
                format!("message `{id}` nests `{{ }}` {deepest} deep; at most {MAX_NESTING}"),
            ))
        } else if chars > MAX_MESSAGE_CHARS {
            Some(Diagnostic::error(
                "E0026",
                path,
                at,
                format!("message `{id}` has {chars} characters; at most {MAX_MESSAGE_CHARS}"),
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push(problem.with_hint("the message is left out; shorten it or split it"));
            keep[start..end].iter_mut().for_each(|k| *k = false);
        }
    }
    if keep.iter().all(|k| *k) {
        return source;
    }
    lines
        .iter()
        .zip(&keep)
        .map(|(line, keep)| if *keep { *line } else { "" })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Collects the `$variables` a pattern refers to, in every branch of a selector.
fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

/// Collects the other messages a pattern shows (`{ other-message }`).
fn pattern_references(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_references(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression: e } => expression(e, out),
            _ => {}
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, out);
            }
        }
        _ => {}
    }
}

impl Locale {
    fn new(langid: LanguageIdentifier) -> Self {
        let rtl = langid.character_direction() == CharacterDirection::RTL;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks are invisible characters that fonts draw as boxes.
        bundle.set_use_isolating(false);
        Self {
            bundle,
            rtl,
            ids: Arc::default(),
            variables: Arc::default(),
            origins: Arc::default(),
            references: BTreeMap::new(),
            files: Vec::new(),
        }
    }
}

fn new_pseudo() -> Locale {
    let mut locale = Locale::new(PSEUDO_LOCALE.parse().unwrap_or_default());
    locale.bundle.set_transform(Some(pseudo));
    locale
}

/// The pseudo-locale gets every English message, transformed when formatted:
/// English's own parsed file, not a second parse.
fn add_pseudo(locale: &mut Locale, resource: &Arc<FluentResource>) {
    index_resource(resource, locale);
    let _ = locale.bundle.add_resource(Arc::clone(resource));
}

/// Records a resource's message ids and their variables into a locale.
fn index_resource(resource: &FluentResource, locale: &mut Locale) -> Vec<String> {
    let mut duplicates = Vec::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if !Arc::make_mut(&mut locale.ids).insert(id.clone()) {
                duplicates.push(id.clone());
            }
            let mut vars = BTreeSet::new();
            let mut refs = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
                pattern_references(value, &mut refs);
            }
            if !refs.is_empty() {
                locale.references.insert(id.clone(), refs);
            }
            if !vars.is_empty() {
                Arc::make_mut(&mut locale.variables).insert(id, vars);
            }
        }
    }
    duplicates
}

/// Where each message of a file starts: the first line that begins with its id
/// followed by a space or `=`. One pass over the file (looking each id up in the
/// whole file made loading slow in proportion to messages × file size).
fn message_lines(source: &str) -> HashMap<&str, Location> {
    let mut at = HashMap::new();
    for (i, line) in source.lines().enumerate() {
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        if end > 0 && (line[end..].starts_with(' ') || line[end..].starts_with('=')) {
            at.entry(&line[..end]).or_insert(Location {
                line: i + 1,
                col: 1,
            });
        }
    }
    at
}

/// Adds one `.ftl` file's messages to a locale, reporting syntax errors and
/// messages defined twice. Returns the parsed file (English's also feeds the
/// pseudo-locale).
fn add_file(
    locale: &mut Locale,
    lang: &str,
    path: &Path,
    source: String,
    problems: &mut Vec<Diagnostic>,
) -> Arc<FluentResource> {
    let start = Location { line: 1, col: 1 };
    let source = guard_source(source, path, problems);
    locale.files.push(path.to_path_buf());
    let resource = match FluentResource::try_new(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            let map = SourceMap::new(r.source());
            for e in errors {
                // The start of the broken entry says more than the end of
                // the file where the parser gave up.
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                problems.push(Diagnostic::error(
                    "E0013",
                    path,
                    map.location(at),
                    format!("Fluent syntax: {}", e.kind),
                ));
            }
            r
        }
    };
    let lines = message_lines(resource.source());
    let origins = Arc::make_mut(&mut locale.origins);
    let shared: Arc<Path> = Arc::from(path);
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let id = m.id.name;
            let at = lines.get(id).copied().unwrap_or(start);
            origins
                .entry(id.to_string())
                .or_insert_with(|| (Arc::clone(&shared), at));
        }
    }
    for id in index_resource(&resource, locale) {
        let at = lines.get(id.as_str()).copied().unwrap_or(start);
        problems.push(Diagnostic::error(
            "E0003",
            path,
            at,
            format!("message `{id}` is defined twice in locales/{lang}"),
        ));
    }
    // Duplicates were reported above; the first definition stays.
    let resource = Arc::new(resource);
    let _ = locale.bundle.add_resource(Arc::clone(&resource));
    resource
}

/// Reads and parses one language's files into its locale, with the problems
/// found and the parsed files (English's feed the pseudo-locale).
fn load_language(
    locale: &mut Locale,
    lang: &str,
    lang_dir: &Path,
) -> (Vec<(PathBuf, Arc<FluentResource>)>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let files: Vec<_> = crate::content::files::read_dir(lang_dir)
        .map(|entries| {
            entries
                .into_iter()
                .map(|e| e.path)
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    let mut parsed = Vec::new();
    for path in files {
        match crate::content::diagnostic::read_source(&path) {
            Ok(source) => {
                let resource = add_file(locale, lang, &path, source, &mut problems);
                parsed.push((path, resource));
            }
            Err(d) => problems.push(d),
        }
    }
    (parsed, problems)
}

/// Every loaded locale, and the one in use.
pub struct Localizer {
    locales: BTreeMap<String, Locale>,
    /// Languages put away to save memory, with the files to read them back from.
    shelved: BTreeMap<String, Vec<PathBuf>>,
    current: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales.keys().collect::<Vec<_>>())
            .field("shelved", &self.shelved.keys().collect::<Vec<_>>())
            .field("current", &self.current)
            .finish()
    }
}

impl Localizer {
    /// Loads every `locales/<lang>/*.ftl`. Syntax errors are reported with file, line
    /// and column; the valid messages of that file are still used.
    pub fn load_dir(dir: &Path) -> (Self, Vec<Diagnostic>) {
        let mut localizer = Self {
            locales: BTreeMap::new(),
            shelved: BTreeMap::new(),
            current: BASE_LOCALE.to_string(),
        };
        let mut problems = localizer.add_dir(dir);
        if !localizer.locales.contains_key(BASE_LOCALE) {
            problems.push(Diagnostic::error(
                "E0012",
                &dir.join(BASE_LOCALE),
                Location { line: 1, col: 1 },
                "there is no English locale, which every other language falls back to",
            ));
        }
        (localizer, problems)
    }

    /// The game's start: every language of these `locales/` folders (the game's,
    /// then each pack's) listed but put away, and only English read, which every
    /// other falls back to. The game reads the language chosen when it knows it
    /// ([`Localizer::unshelve`]), so six languages are not parsed before the
    /// first frame (docs/PERFORMANCE.md). The problems are those met reading
    /// English; [`Localizer::load_dir`] finds every language's when the words are
    /// checked.
    pub fn load_shelved(dirs: &[PathBuf]) -> (Self, Vec<Diagnostic>) {
        let mut shelved: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
        for dir in dirs {
            let Ok(entries) = crate::content::files::read_dir(dir) else {
                continue;
            };
            for lang_dir in entries.into_iter().filter(|e| e.is_dir).map(|e| e.path) {
                let Some(lang) = lang_dir.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if lang.parse::<LanguageIdentifier>().is_err() {
                    continue;
                }
                let files = crate::content::files::read_dir(&lang_dir)
                    .map(|entries| entries.into_iter().map(|e| e.path).collect())
                    .unwrap_or_else(|_| Vec::new());
                shelved.entry(lang.to_owned()).or_default().extend(
                    files
                        .into_iter()
                        .filter(|p: &PathBuf| p.extension().is_some_and(|e| e == "ftl")),
                );
            }
        }
        if let Some(english) = shelved.get(BASE_LOCALE).filter(|f| !f.is_empty()) {
            shelved.insert(PSEUDO_LOCALE.to_string(), english.clone());
        }
        let mut localizer = Self {
            locales: BTreeMap::new(),
            shelved,
            current: BASE_LOCALE.to_string(),
        };
        let problems = localizer.unshelve(BASE_LOCALE);
        (localizer, problems)
    }

    /// Adds the messages of another `locales/` folder (a scenario pack's). A message
    /// already defined is reported, and the first definition stays.
    pub fn add_dir(&mut self, dir: &Path) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut self_pseudo = self
            .locales
            .remove(PSEUDO_LOCALE)
            .unwrap_or_else(new_pseudo);
        let locales = &mut self.locales;
        let start = Location { line: 1, col: 1 };
        let langs: Vec<_> = match crate::content::files::read_dir(dir) {
            Ok(entries) => entries
                .into_iter()
                .filter(|e| e.is_dir)
                .map(|e| e.path)
                .collect(),
            Err(e) => {
                problems.push(Diagnostic::error(
                    "E0011",
                    dir,
                    start,
                    format!("cannot read the locales folder: {e}"),
                ));
                Vec::new()
            }
        };
        let mut languages = Vec::new();
        for lang_dir in langs {
            let Some(lang) = lang_dir
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_owned)
            else {
                continue;
            };
            let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
                problems.push(
                    Diagnostic::warning(
                        "W0010",
                        &lang_dir,
                        start,
                        format!("`{lang}` is not a language code; folder skipped"),
                    )
                    .with_hint("name locale folders by language code, like `fr` or `zh`"),
                );
                continue;
            };
            let locale = locales.remove(&lang).unwrap_or_else(|| Locale::new(langid));
            languages.push((lang, lang_dir, locale));
        }
        // The languages are read and parsed on threads, one a core (parsing Fluent
        // is most of the time a content check takes), then joined in code order.
        let loaded = crate::parallel::map(languages, |(lang, lang_dir, mut locale)| {
            let (parsed, problems) = load_language(&mut locale, &lang, &lang_dir);
            (lang, locale, parsed, problems)
        });
        for (lang, locale, parsed, found) in loaded {
            if lang == BASE_LOCALE {
                for (path, resource) in parsed {
                    add_pseudo(&mut self_pseudo, &resource);
                    self_pseudo.files.push(path);
                }
            }
            problems.extend(found);
            locales.insert(lang, locale);
        }
        if !self_pseudo.ids.is_empty() {
            locales.insert(PSEUDO_LOCALE.to_string(), self_pseudo);
        }
        problems
    }

    /// Adds a language from files fetched rather than read from a folder (the web
    /// build fetches a language's words when it is chosen). Problems are reported as
    /// for a folder; the valid messages are used.
    pub fn add_sources(&mut self, lang: &str, files: Vec<(PathBuf, String)>) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
            problems.push(Diagnostic::warning(
                "W0010",
                Path::new(lang),
                Location { line: 1, col: 1 },
                format!("`{lang}` is not a language code; skipped"),
            ));
            return problems;
        };
        let mut pseudo = self
            .locales
            .remove(PSEUDO_LOCALE)
            .unwrap_or_else(new_pseudo);
        let locale = self
            .locales
            .entry(lang.to_string())
            .or_insert_with(|| Locale::new(langid));
        for (path, source) in files {
            let resource = add_file(locale, lang, &path, source, &mut problems);
            if lang == BASE_LOCALE {
                add_pseudo(&mut pseudo, &resource);
                pseudo.files.push(path);
            }
        }
        if !pseudo.ids.is_empty() {
            self.locales.insert(PSEUDO_LOCALE.to_string(), pseudo);
        }
        problems
    }

    /// Builds a localizer from in-memory sources, for tests and tools.
    pub fn from_sources(sources: &[(&str, &str)]) -> Self {
        let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
        for (lang, source) in sources {
            let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
            let locale = locales
                .entry(lang.to_string())
                .or_insert_with(|| Locale::new(langid));
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            index_resource(&resource, locale);
            let _ = locale.bundle.add_resource(Arc::new(resource));
        }
        Self {
            locales,
            shelved: BTreeMap::new(),
            current: BASE_LOCALE.to_string(),
        }
    }

    /// Every language, loaded or shelved, in code order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let all: BTreeSet<&str> = self
            .locales
            .keys()
            .chain(self.shelved.keys())
            .map(String::as_str)
            .collect();
        all.into_iter()
    }

    /// Puts away the words of every language but these, the one in use and English
    /// (which every other falls back to), keeping only where their files are. A
    /// game shows one language at a time; six parsed, with what the checker needs,
    /// held about 25 MB (docs/PERFORMANCE.md). Only for words read from files.
    pub fn shelve_except(&mut self, keep: &[&str]) {
        let away: Vec<String> = self
            .locales
            .keys()
            .filter(|l| !keep.contains(&l.as_str()) && *l != BASE_LOCALE && **l != self.current)
            .cloned()
            .collect();
        for lang in away {
            if let Some(locale) = self.locales.remove(&lang) {
                self.shelved.insert(lang, locale.files);
            }
        }
    }

    pub fn is_shelved(&self, lang: &str) -> bool {
        self.shelved.contains_key(lang)
    }

    /// Reads a shelved language back from its files, with the problems found in
    /// them (the same as at the start, unless a file changed since).
    pub fn unshelve(&mut self, lang: &str) -> Vec<Diagnostic> {
        let Some(files) = self.shelved.remove(lang) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        let mut locale = if lang == PSEUDO_LOCALE {
            new_pseudo()
        } else {
            Locale::new(lang.parse().unwrap_or_default())
        };
        for path in files {
            match crate::content::diagnostic::read_source(&path) {
                Ok(source) if lang == PSEUDO_LOCALE => {
                    let source = guard_source(source, &path, &mut problems);
                    let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
                    add_pseudo(&mut locale, &Arc::new(resource));
                    locale.files.push(path);
                }
                Ok(source) => {
                    add_file(&mut locale, lang, &path, source, &mut problems);
                }
                Err(d) => problems.push(d),
            }
        }
        self.locales.insert(lang.to_string(), locale);
        problems
    }

    pub fn language(&self) -> &str {
        &self.current
    }

    pub fn direction(&self) -> Direction {
        direction(&self.current)
    }

    /// Switches language; false (and no change) if it is not loaded.
    pub fn set_language(&mut self, lang: &str) -> bool {
        if self.locales.contains_key(lang) {
            self.current = lang.to_string();
            true
        } else {
            false
        }
    }

    /// True if this exact language (not its fallback) has the message.
    pub fn has_in(&self, lang: &str, id: &str) -> bool {
        self.locales.get(lang).is_some_and(|l| l.ids.contains(id))
    }

    pub fn has(&self, id: &str) -> bool {
        [self.current.as_str(), BASE_LOCALE]
            .iter()
            .any(|l| self.locales.get(*l).is_some_and(|loc| loc.ids.contains(id)))
    }

    /// The text of a message in the current language.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of a message with named arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The text of a message in a given language (falling back to English),
    /// whatever the current language is.
    pub fn text_in(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format_in(lang, id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_in(&self.current, id, args)
    }

    fn format_in(&self, current: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for lang in [current, BASE_LOCALE] {
            let Some(locale) = self.locales.get(lang) else {
                continue;
            };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = locale.bundle.format_pattern(pattern, args, &mut errors);
            if locale.rtl {
                return right_to_left(&text);
            }
            return text.into_owned();
        }
        // Visible but harmless: a tester sees which message is missing.
        format!("[{id}]")
    }

    /// Messages that show themselves, directly or through others (`a = { b }`,
    /// `b = { a }`): a child would see the raw reference. One error per cycle.
    pub fn reference_cycles(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (lang, locale) in &self.locales {
            if lang == PSEUDO_LOCALE {
                continue;
            }
            let mut reported: BTreeSet<BTreeSet<&str>> = BTreeSet::new();
            for start in locale.references.keys() {
                // Depth-first from each message; a path back to it is a cycle.
                let mut stack = vec![(start.as_str(), vec![start.as_str()])];
                let mut seen = BTreeSet::new();
                while let Some((at, path)) = stack.pop() {
                    for next in locale.references.get(at).into_iter().flatten() {
                        if next == start {
                            let members: BTreeSet<&str> = path.iter().copied().collect();
                            if reported.insert(members) {
                                let (file, where_) =
                                    locale.origins.get(start).cloned().unwrap_or_else(|| {
                                        (Path::new(lang).into(), Location::default())
                                    });
                                let mut chain = path.clone();
                                chain.push(start);
                                out.push(
                                    Diagnostic::error(
                                        "E0027",
                                        &file,
                                        where_,
                                        format!(
                                            "message `{start}` shows itself through {}",
                                            chain.join(" → ")
                                        ),
                                    )
                                    .with_hint(
                                        "a message may show another, never itself: break the loop",
                                    ),
                                );
                            }
                        } else if seen.insert(next.as_str()) {
                            let mut longer = path.clone();
                            longer.push(next.as_str());
                            stack.push((next.as_str(), longer));
                        }
                    }
                }
            }
        }
        out
    }

    /// The message ids of every locale, for the linter.
    pub fn message_index(&self) -> MessageIndex {
        MessageIndex {
            base: BASE_LOCALE.to_string(),
            locales: self
                .locales
                .iter()
                .map(|(lang, l)| (lang.clone(), Arc::clone(&l.ids)))
                .collect(),
            variables: self
                .locales
                .iter()
                .map(|(lang, l)| (lang.clone(), Arc::clone(&l.variables)))
                .collect(),
            origins: self
                .locales
                .get(BASE_LOCALE)
                .map(|l| Arc::clone(&l.origins))
                .unwrap_or_default(),
            locale_origins: self
                .locales
                .iter()
                .map(|(lang, l)| (lang.clone(), Arc::clone(&l.origins)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn sample() -> Localizer {
        Localizer::from_sources(&[
            (
                "en",
                "hello = Hello, { $name }!\nonly-english = Only in English\n",
            ),
            ("fr", "hello = Bonjour, { $name } !\n"),
        ])
    }

    fn load(source: String) -> (Localizer, Vec<Diagnostic>) {
        let mut words = Localizer::from_sources(&[("en", "base = Base\n")]);
        let problems = words.add_sources("en", vec![(PathBuf::from("pack.ftl"), source)]);
        (words, problems)
    }

    #[test]
    fn a_shelved_language_is_listed_and_reads_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        for (lang, file, text) in [
            (
                "en",
                "a.ftl",
                "hello = Hello\nonly-english = Only in English\n",
            ),
            ("en", "b.ftl", "bye = Bye\n"),
            ("fr", "a.ftl", "hello = Bonjour\n"),
            ("es", "a.ftl", "hello = Hola\nbroken = {\n"),
        ] {
            fs::create_dir_all(dir.path().join(lang)).unwrap();
            fs::write(dir.path().join(lang).join(file), text).unwrap();
        }
        let (mut words, problems) = Localizer::load_dir(dir.path());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let pseudo_before = words.text_in(PSEUDO_LOCALE, "bye", &[]);
        assert!(words.set_language("fr"));
        words.shelve_except(&[]);
        let all: Vec<&str> = words.languages().collect();
        assert_eq!(
            all,
            ["en", PSEUDO_LOCALE, "es", "fr"],
            "shelved are still offered"
        );
        assert!(words.is_shelved("es") && words.is_shelved(PSEUDO_LOCALE));
        assert!(!words.is_shelved("fr") && !words.is_shelved("en"));
        assert_eq!(words.text("hello"), "Bonjour");
        assert_eq!(words.text("only-english"), "Only in English");
        assert!(
            !words.set_language("es"),
            "a shelved language is read back first"
        );

        let problems = words.unshelve("es");
        assert_eq!(problems.len(), 1, "the broken message is reported again");
        assert_eq!(problems[0].code, "E0013");
        assert!(words.set_language("es"));
        assert_eq!(words.text("hello"), "Hola");
        assert_eq!(words.text("bye"), "Bye", "still falls back to English");
        words.shelve_except(&[]);
        assert!(words.is_shelved("fr"));

        assert!(words.unshelve(PSEUDO_LOCALE).is_empty());
        assert_eq!(words.text_in(PSEUDO_LOCALE, "bye", &[]), pseudo_before);
        assert!(words.unshelve("de").is_empty(), "nothing to read back");
    }

    #[test]
    fn a_message_nested_thousands_deep_is_refused_not_a_crash() {
        for depth in [2_000, 5_000] {
            let deep = format!(
                "ok = Fine\ndeep = {}x{}\nafter = Still here\n",
                "{ ".repeat(depth),
                " }".repeat(depth)
            );
            let (words, problems) = load(deep);
            let e = problems
                .iter()
                .find(|d| d.code == "E0025")
                .expect("reported");
            assert_eq!(e.at.line, 2);
            assert!(!words.has("deep"));
            assert_eq!(
                words.text("after"),
                "Still here",
                "the rest of the file is used"
            );
            assert_eq!(words.text("ok"), "Fine");
        }
    }

    #[test]
    fn a_huge_message_is_refused_past_the_hard_limit() {
        let huge = format!("huge = {}\nsmall = Small\n", "word ".repeat(4_000_000));
        let (words, problems) = load(huge);
        assert!(problems.iter().any(|d| d.code == "E0026" && d.at.line == 1));
        assert!(!words.has("huge"));
        assert_eq!(words.text("small"), "Small");
    }

    #[test]
    fn a_message_that_shows_itself_is_a_cycle_with_a_code() {
        let (words, _) = load(
            "a = Hi { b }\nb = Oh { c }\nc = { a }\nself = { self }\nfine = { base }\n".into(),
        );
        let cycles = words.reference_cycles();
        assert_eq!(cycles.len(), 2, "{cycles:?}");
        assert!(cycles.iter().all(|d| d.code == "E0027"));
        assert!(cycles.iter().any(|d| d.message.contains("`self`")));
    }

    #[test]
    fn a_message_is_formatted_with_its_arguments() {
        let l = sample();
        assert_eq!(
            l.text_with("hello", &[("name", "Ada".into())]),
            "Hello, Ada!"
        );
    }

    #[test]
    fn a_missing_translation_falls_back_to_english() {
        let mut l = sample();
        assert!(l.set_language("fr"));
        assert_eq!(
            l.text_with("hello", &[("name", "Ada".into())]),
            "Bonjour, Ada !"
        );
        assert_eq!(l.text("only-english"), "Only in English");
    }

    #[test]
    fn a_message_missing_everywhere_shows_its_id() {
        assert_eq!(sample().text("nowhere"), "[nowhere]");
    }

    #[test]
    fn an_unknown_language_is_refused() {
        let mut l = sample();
        assert!(!l.set_language("xx"));
        assert_eq!(l.language(), "en");
    }

    #[test]
    fn the_variables_of_each_message_are_known() {
        let l = Localizer::from_sources(&[(
            "en",
            "a = { $friend } uses { $app ->\n    [x] X\n   *[other] { $other }\n}\nb = plain\n",
        )]);
        let index = l.message_index();
        let vars: Vec<_> = index.variables["en"]["a"]
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(vars, ["app", "friend", "other"]);
        assert!(!index.variables["en"].contains_key("b"));
    }

    #[test]
    fn the_pseudo_locale_is_longer_accented_and_bracketed() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("en")).unwrap();
        fs::write(dir.path().join("en/ui.ftl"), "play = Play now, { $name }\n").unwrap();
        let (mut l, _) = Localizer::load_dir(dir.path());
        assert!(l.set_language(PSEUDO_LOCALE));
        let text = l.text_with("play", &[("name", "Ada".into())]);
        // Each run of text is bracketed; the arguments between them are left alone.
        assert!(
            text.starts_with("[Ƥļàý ñöw, ") && text.contains("~]"),
            "{text}"
        );
        assert!(
            text.contains("Ada"),
            "arguments are not transformed: {text}"
        );
        assert!(text.chars().count() as f32 >= "Play now, Ada".len() as f32 * 1.3);
    }

    #[test]
    fn an_os_locale_finds_its_language() {
        let have = ["ar", "en", "zh"];
        assert_eq!(negotiate("zh_CN.UTF-8", have), Some("zh"));
        assert_eq!(negotiate("ar-EG", have), Some("ar"));
        assert_eq!(negotiate("de-DE", have), None);
        assert_eq!(negotiate("sr_RS@latin", ["sr"]), Some("sr"));
        assert_eq!(negotiate("zh_Hant_TW", have), Some("zh"));
        assert_eq!(negotiate("C.UTF-8", have), None, "no language at all");
        // The pseudo-locale is for testers; an English OS gets English.
        assert_eq!(negotiate("en-US", ["en", PSEUDO_LOCALE]), Some("en"));
        assert_eq!(negotiate("en-US", [PSEUDO_LOCALE, "en"]), Some("en"));
    }

    #[test]
    fn an_arabic_line_starting_with_a_latin_name_is_marked_right_to_left() {
        let mut l = Localizer::from_sources(&[
            ("en", "who = { $name } says hi\nplain = Hi"),
            ("ar", "who = { $name } يقول مرحبا\nplain = مرحبا"),
        ]);
        assert!(l.set_language("ar"));
        let said = l.text_with("who", &[("name", "Kestrel".into())]);
        assert_eq!(said, "\u{200F}Kestrel يقول مرحبا");
        // A handle's @ keeps to its name: "@Kestrel", never "Kestrel@".
        let handle = l.text_with("who", &[("name", "@Kestrel_7".into())]);
        assert_eq!(handle, "\u{200F}\u{200E}@Kestrel_7 يقول مرحبا");
        assert_eq!(
            right_to_left("\u{200F}\u{200E}@Kestrel"),
            "\u{200F}\u{200E}@Kestrel"
        );
        assert_eq!(mark_handles("بريد me@x.org"), "بريد me@x.org");
        assert_eq!(l.text("plain"), "\u{200F}مرحبا");
        assert!(l.set_language("en"));
        assert_eq!(
            l.text_with("who", &[("name", "Kestrel".into())]),
            "Kestrel says hi"
        );
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(direction("ar"), Direction::RightToLeft);
        assert_eq!(direction("zh-Hans"), Direction::LeftToRight);
        assert_eq!(direction("he-IL"), Direction::RightToLeft);
        assert_eq!(direction("fa_IR.UTF-8"), Direction::RightToLeft);
        assert_eq!(direction(PSEUDO_LOCALE), Direction::LeftToRight);
        assert_eq!(direction("not a code!"), Direction::LeftToRight);
    }

    #[test]
    fn a_syntax_error_names_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("en");
        fs::create_dir(&en).unwrap();
        fs::write(en.join("ui.ftl"), "good = Fine\n\nbad = { \n").unwrap();
        let (l, problems) = Localizer::load_dir(dir.path());
        assert_eq!(l.text("good"), "Fine");
        let d = problems
            .iter()
            .find(|d| d.code == "E0013")
            .expect("reported");
        assert!(d.path.ends_with("ui.ftl"));
        assert_eq!(d.at.line, 3);
    }

    #[test]
    fn a_fetched_language_is_added_and_its_problems_named() {
        let mut l = Localizer::from_sources(&[("en", "hello = Hello\nbye = Bye\n")]);
        assert!(!l.set_language("ru"), "not there before it is fetched");
        let problems = l.add_sources(
            "ru",
            vec![
                (PathBuf::from("locales/ru/a.ftl"), "hello = Привет\n".into()),
                (
                    PathBuf::from("locales/ru/b.ftl"),
                    "ok = Да\n\nbroken = {\n".into(),
                ),
            ],
        );
        assert!(l.set_language("ru"));
        assert_eq!(l.text("hello"), "Привет");
        assert_eq!(l.text("ok"), "Да");
        assert_eq!(l.text("bye"), "Bye", "English fills what is missing");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].code, "E0013");
        assert!(problems[0].path.ends_with("b.ftl"));
        assert_eq!(problems[0].at.line, 3);
        assert_eq!(l.add_sources("not a code!", Vec::new())[0].code, "W0010");
    }
}
