//! The web build's window onto the game for its page: `window.sangoState` holds
//! the screen shown, the language, the focused button, every button on screen and
//! how many presses were handled (as JSON). The
//! page hides its loading screen when the title first appears; the browser test
//! reads it to play with the keyboard alone, as a child would.

use std::cell::RefCell;
use std::path::PathBuf;

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

use super::actions::Pressed;
use super::screens::Screen;
use super::state::{Player, Saves, Words};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            start_fetch.run_if(resource_added::<Fetching>),
            receive_words,
        ),
    )
    .add_systems(
        Last,
        (
            publish_state,
            announce,
            fetch_level_words.after(publish_state),
        ),
    );
}

/// The school's settings.ron served beside the page (`window.sangoSettings`,
/// read by the page before the game starts), or the usual settings.
pub fn page_settings() -> crate::settings::Settings {
    let text = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"sangoSettings".into()).ok())
        .and_then(|v| v.as_string());
    match text {
        Some(text) => {
            crate::settings::Settings::from_text(std::path::Path::new("settings.ron"), &text)
        }
        None => crate::settings::Settings::default(),
    }
}

/// The learning platform that launched the page, if one did: web/lms.js found
/// it (SCORM 1.2's API, or a cmi5 launch) and left `window.sangoLms`.
pub fn lms_start() -> Option<super::lms::LmsStart> {
    let lms = page_lms()?;
    let field = |name: &str| js_sys::Reflect::get(&lms, &name.into()).ok();
    let text = |value: Option<wasm_bindgen::JsValue>| value.and_then(|v| v.as_string());
    let cmi5 = field("cmi5").filter(|v| v.is_object()).and_then(|launch| {
        let get = |name: &str| {
            js_sys::Reflect::get(&launch, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        Some(crate::lms::Cmi5Launch {
            activity: get("activity")?,
            actor: serde_json::from_str(&get("actor")?).ok()?,
            registration: get("registration")?,
            session: get("session")?,
        })
    });
    Some(super::lms::LmsStart {
        name: text(field("name")),
        state: text(field("state")).unwrap_or_default(),
        cmi5,
        port: Box::new(PageLms),
    })
}

fn page_lms() -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"sangoLms".into())
        .ok()
        .filter(|v| v.is_object())
}

/// The LMS, through the page's `window.sangoLms` (web/lms.js).
struct PageLms;

impl PageLms {
    fn call(name: &str, argument: String) {
        use wasm_bindgen::JsCast;
        let Some(lms) = page_lms() else {
            return;
        };
        let Some(function) = js_sys::Reflect::get(&lms, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        else {
            return;
        };
        if let Err(e) = function.call1(&lms, &argument.into()) {
            warn!("the learning platform refused `{name}`: {e:?}");
        }
    }
}

impl super::lms::LmsPort for PageLms {
    fn save(&self, state: &str) {
        Self::call("save", state.to_string());
    }

    fn report(&self, values: &[(String, String)]) {
        Self::call("report", serde_json::to_string(values).unwrap_or_default());
    }

    fn send(&self, statements: &[serde_json::Value]) {
        Self::call(
            "send",
            serde_json::to_string(statements).unwrap_or_default(),
        );
    }
}

/// The levels' English words, on their way: they are fetched once the title is
/// up, so the first load carries only what the title needs. A child takes
/// longer to reach a level than they take to come; a screen drawn before
/// they land is drawn again when they do (the words change).
#[derive(Resource)]
struct LevelWords;

/// Starts fetching the levels' English words in the frame the page first shows
/// the title (after its loading screen: any first language's words are in).
fn fetch_level_words(
    mut commands: Commands,
    mut started: Local<bool>,
    fetching: Option<Res<Fetching>>,
    mut winit: ResMut<WinitSettings>,
) {
    let paths = crate::content::files::later_words();
    if *started || paths.is_empty() || fetching.is_some_and(|f| !f.chosen) {
        return;
    }
    *started = true;
    commands.insert_resource(LevelWords);
    *winit = WinitSettings::game();
    let lang = crate::l10n::BASE_LOCALE.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_all(paths).await;
        ARRIVED.with(|a| a.borrow_mut().push((lang, result)));
    });
}

/// Every file, in order, or the first that could not come and why.
async fn fetch_all(paths: &[&'static str]) -> Result<Vec<(PathBuf, String)>, String> {
    let mut files = Vec::new();
    for path in paths {
        match fetch_text(path).await {
            Ok(text) => files.push((PathBuf::from(path), text)),
            Err(e) => return Err(format!("{path}: {e}")),
        }
    }
    Ok(files)
}

/// Screen readers in the browser: Bevy has no AccessKit adapter for the web, so the
/// page keeps a polite live region (`window.sangoAnnounce`) and the game tells it
/// each new line said and the button the focus moves to, by their words.
fn announce(
    focus: Res<InputFocus>,
    names: Query<&bevy::a11y::AccessibilityNode>,
    lines: Query<&super::theme::Localized, Added<super::voice::Spoken>>,
    words: Res<Words>,
    mut last: Local<String>,
) {
    let mut said: Vec<String> = lines.iter().map(|l| l.resolve(&words)).collect();
    if focus.is_changed()
        && let Some(name) = focus
            .get()
            .and_then(|e| names.get(e).ok())
            .and_then(|n| n.label().map(str::to_owned))
    {
        said.push(name);
    }
    // Sentences as a reader says them: a line's own full stop, or one added.
    let text = said
        .iter()
        .map(|s| s.trim())
        .map(|s| match s.chars().last() {
            Some(c) if ".!?…。！？".contains(c) => s.to_string(),
            _ => format!("{s}."),
        })
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() || *last == text {
        return;
    }
    let global = js_sys::global();
    if let Ok(say) = js_sys::Reflect::get(&global, &"sangoAnnounce".into())
        && let Ok(say) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(say)
    {
        let _ = say.call1(&global, &text.as_str().into());
    }
    *last = text;
}

/// The buttons on screen, of every kind, by the names that say their actions.
#[derive(bevy::ecs::system::SystemParam)]
struct Buttons<'w, 's> {
    all: Query<'w, 's, (Entity, &'static Name), With<bevy::ui_widgets::Button>>,
    added: Query<'w, 's, (), Added<bevy::ui_widgets::Button>>,
    removed: RemovedComponents<'w, 's, bevy::ui_widgets::Button>,
    pressed: MessageReader<'w, 's, Pressed>,
}

/// A button's action as the page sees it: its kind and value, as
/// `TitleAction::Play` (see `theme::button_name`).
fn action_of(name: &Name) -> String {
    let name = name.as_str();
    name.strip_prefix("Button ").unwrap_or(name).to_owned()
}

/// Only in frames where something it reports may have changed.
fn publish_state(
    screen: Res<State<Screen>>,
    focus: Res<InputFocus>,
    mut buttons: Buttons,
    (mut handled, mut last): (Local<u64>, Local<String>),
    fetching: Option<Res<Fetching>>,
    words: Res<Words>,
) {
    // The page keeps its loading screen until the first language's words are in.
    if fetching.is_some_and(|f| !f.chosen) {
        return;
    }
    let pressed = buttons.pressed.read().count() as u64;
    *handled += pressed;
    let gone = buttons.removed.read().count() > 0;
    if pressed == 0
        && !gone
        && buttons.added.is_empty()
        && !screen.is_changed()
        && !focus.is_changed()
        && !words.is_changed()
    {
        return;
    }
    let focused = focus
        .get()
        .and_then(|e| buttons.all.get(e).ok())
        .map(|(_, name)| action_of(name));
    let mut all: Vec<String> = buttons
        .all
        .iter()
        .map(|(_, name)| action_of(name))
        .collect();
    all.sort();
    let state = serde_json::json!({
        "screen": format!("{:?}", screen.get()),
        "language": words.0.language(),
        "focus": focused,
        "buttons": all,
        // Buttons pressed so far: a press that leaves the screen looking the same
        // (the next line of a dialogue) still shows here.
        "actions": *handled,
    })
    .to_string();
    if *last == state {
        return;
    }
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &"sangoState".into(),
        &state.as_str().into(),
    );
    *last = state;
}

/// A language whose words are on their way from the server: only English is built
/// into the web build, every other language is fetched when it is chosen.
#[derive(Resource, Debug, Clone)]
pub struct Fetching {
    pub lang: String,
    /// Chosen in the game (saved for the machine and the child), not the first
    /// language at start-up.
    pub chosen: bool,
}

/// The words fetched so far: a language and its files, or why they could not come.
type Arrival = (String, Result<Vec<(PathBuf, String)>, String>);

thread_local! {
    static ARRIVED: RefCell<Vec<Arrival>> = const { RefCell::new(Vec::new()) };
}

/// True if the game may fetch this language's words.
pub fn fetchable(lang: &str) -> bool {
    crate::content::files::remote_locales()
        .iter()
        .any(|(l, _)| *l == lang)
}

/// Asks for a language's words chosen in the game, if it may fetch them.
pub fn fetch_words(commands: &mut Commands, lang: &str) {
    if fetchable(lang) {
        commands.insert_resource(Fetching {
            lang: lang.to_string(),
            chosen: true,
        });
    }
}

/// Starts the downloads, and keeps frames coming until they land (an idle game
/// would otherwise notice them only at its next input).
fn start_fetch(fetching: Res<Fetching>, mut winit: ResMut<WinitSettings>) {
    let lang = fetching.lang.clone();
    let Some((_, paths)) = crate::content::files::remote_locales()
        .into_iter()
        .find(|(l, _)| *l == lang)
    else {
        return;
    };
    *winit = WinitSettings::game();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_all(&paths).await;
        ARRIVED.with(|a| a.borrow_mut().push((lang, result)));
    });
}

async fn fetch_text(path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let shown = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(shown)?
        .dyn_into()
        .map_err(shown)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(shown)?)
        .await
        .map_err(shown)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Words that arrived: the language is added and switched to (and remembered if
/// the child chose it); a failed download keeps the language in use and says so.
fn receive_words(
    mut commands: Commands,
    (fetching, level_words): (Option<Res<Fetching>>, Option<Res<LevelWords>>),
    mut words: ResMut<Words>,
    mut saves: ResMut<Saves>,
    player: Res<Player>,
    mut winit: ResMut<WinitSettings>,
) {
    let arrived = ARRIVED.with(|a| std::mem::take(&mut *a.borrow_mut()));
    for (lang, result) in arrived {
        if level_words.is_some() && lang == crate::l10n::BASE_LOCALE {
            // The levels' English words: added under what is shown (every
            // text is drawn again), or, if they could not come, said so.
            match result {
                Ok(files) => {
                    for problem in words.0.add_sources(&lang, files) {
                        error!("{problem}");
                    }
                }
                Err(why) => {
                    error!("the levels' words could not be fetched: {why}");
                    saves.language_notice = Some(words.0.text("notice-level-words-unavailable"));
                    words.set_changed();
                }
            }
            commands.remove_resource::<LevelWords>();
            if fetching.is_none() {
                *winit = super::idle_settings();
            }
            continue;
        }
        match result {
            Ok(files) => {
                for problem in words.0.add_sources(&lang, files) {
                    error!("{problem}");
                }
            }
            Err(why) => {
                error!("the words for `{lang}` could not be fetched: {why}");
                let name = crate::l10n::native_name(&lang).to_string();
                let message = words
                    .0
                    .text_with("notice-language-unavailable", &[("language", name.into())]);
                saves.language_notice = Some(message);
                // The screen is rebuilt and shows the notice.
                words.set_changed();
            }
        }
        if words.0.languages().any(|l| l == lang) {
            saves.language_notice = None;
        }
        let Some(fetching) = fetching.as_ref().filter(|f| f.lang == lang) else {
            continue;
        };
        if words.0.set_language(&lang) && fetching.chosen {
            saves.set_language(&lang, player.profile);
        }
        commands.remove_resource::<Fetching>();
        *winit = super::idle_settings();
    }
}
