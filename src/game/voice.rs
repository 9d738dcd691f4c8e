//! Read aloud: a "Listen" button under every line Sango or a character says, and a
//! setting that reads each new line as it appears. The voices are files made
//! offline (`scripts/make-voices`, see [`crate::voice`]), loaded only when a line
//! is read. A line with no voice file says so on its button; the game goes on.

use std::collections::BTreeSet;
use std::path::PathBuf;

use bevy::prelude::*;

use super::actions::AddAction;
use super::screens::Screen;
use super::state::{Prefs, Words};
use super::theme::{ButtonStyle, Localized, Theme, button_base, button_label, font, size};

/// "Listen" under a line: read this line (a text entity with [`Spoken`]) aloud.
#[derive(Component, Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listen(pub Entity);

/// A line said aloud: its text entity carries this and its [`Localized`].
#[derive(Component, Debug)]
pub struct Spoken;

/// Where the voices are: the game's `assets/` folder on the desktop, where a
/// missing file can be seen before playing; `None` in the browser, where a missing
/// file is only silence.
#[derive(Resource, Clone, Debug, Default)]
pub struct Voices {
    pub assets: Option<PathBuf>,
}

impl Voices {
    fn has(&self, file: &str) -> bool {
        self.assets
            .as_ref()
            .is_none_or(|assets| assets.join(file).is_file())
    }
}

/// Read this voice file (under `assets/`) now, stopping any other; `None` stops.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct Speak(pub Option<String>);

/// What was read aloud, for tests and for not reading a line twice.
#[derive(Resource, Default, Debug)]
pub struct ReadAloud {
    /// The last voice file asked for.
    pub last: Option<String>,
    /// The last voice file found and played.
    pub played: Option<String>,
    /// Lines read automatically in this level: a screen built again (a tap on a
    /// clue card) does not read its instruction twice.
    auto_read: BTreeSet<String>,
}

/// The speaker drawn on a Listen button; screen readers skip it (the word says it).
pub const LISTEN_SYMBOL: &str = "🔊";

/// The speaker button under a line: a symbol and "Listen".
pub fn listen_button(parent: &mut ChildSpawnerCommands, theme: &Theme, line: Entity) {
    let (.., ink) = ButtonStyle::Quiet.colors();
    parent
        .spawn(button_base(Listen(line), ButtonStyle::Quiet))
        .insert(super::Mirror)
        .insert(Node {
            padding: UiRect::axes(px(14), px(4)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(12)),
            align_self: AlignSelf::FlexStart,
            align_items: AlignItems::Center,
            column_gap: px(8),
            min_height: px(40),
            ..default()
        })
        .with_children(|b| {
            b.spawn((
                Text::new(LISTEN_SYMBOL),
                font(&theme.symbols, size::SMALL * theme.scale),
                TextColor(ink),
            ));
            b.spawn(button_label(theme, Localized::new("level-listen"), ink))
                .insert(font(&theme.bold, size::SMALL * theme.scale));
        });
}

/// The file a line's voice is in, in the language shown.
fn voice_file(words: &Words, text: &Localized) -> String {
    crate::voice::file(words.0.language(), &text.resolve(words))
}

/// What reads a line: the voice files there are, what was read, the speaker.
#[derive(bevy::ecs::system::SystemParam)]
struct Reader<'w> {
    voices: Res<'w, Voices>,
    read: ResMut<'w, ReadAloud>,
    speak: MessageWriter<'w, Speak>,
}

impl Reader<'_> {
    /// Reads a voice file if it is there; false if it is not.
    fn read(&mut self, file: String) -> bool {
        let found = self.voices.has(&file);
        if found {
            self.speak.write(Speak(Some(file.clone())));
            self.read.played = Some(file.clone());
        }
        self.read.last = Some(file);
        found
    }
}

/// "Listen" reads the line; a line with no voice file says so on its button.
fn on_listen(
    mut actions: MessageReader<Listen>,
    lines: Query<&Localized, With<Spoken>>,
    buttons: Query<(&Listen, &Children)>,
    mut labels: Query<&mut Localized, Without<Spoken>>,
    words: Res<Words>,
    mut reader: Reader,
) {
    for action in actions.read() {
        let Ok(text) = lines.get(action.0) else {
            continue;
        };
        let file = voice_file(&words, text);
        if !reader.read(file.clone()) {
            info!("no voice for this line yet ({file}); scripts/make-voices makes them");
            let button = buttons.iter().find(|(a, _)| *a == action);
            for child in button.into_iter().flat_map(|(_, c)| c.iter()) {
                if let Ok(mut label) = labels.get_mut(child) {
                    *label = Localized::new("level-listen-missing");
                }
            }
        }
    }
}

/// With "Read aloud" on, each new line is read as it appears (the newest when a
/// step shows two, such as a clue card's instruction and the last tap's reason).
fn read_new_lines(
    added: Query<&Localized, Added<Spoken>>,
    words: Res<Words>,
    prefs: Res<Prefs>,
    mut reader: Reader,
) {
    if !prefs.0.read_aloud {
        return;
    }
    let newest = added
        .iter()
        .map(|text| voice_file(&words, text))
        .filter(|file| !reader.read.auto_read.contains(file))
        .last();
    let Some(file) = newest else { return };
    reader.read.auto_read.insert(file.clone());
    reader.read(file);
}

/// A new level starts with nothing read; leaving it stops the voice.
fn forget_lines(mut read: ResMut<ReadAloud>) {
    read.auto_read.clear();
}

fn stop_voice(mut speak: MessageWriter<Speak>) {
    speak.write(Speak(None));
}

pub(super) fn plugin(app: &mut App) {
    app.add_action::<Listen>()
        .add_message::<Speak>()
        .init_resource::<ReadAloud>()
        .init_resource::<Voices>()
        // After the level's Update has built its lines, in the same frame.
        .add_systems(
            PostUpdate,
            (on_listen, read_new_lines)
                .chain()
                .run_if(in_state(Screen::Level).or_else(in_state(Screen::Check))),
        )
        .add_systems(OnEnter(Screen::Level), forget_lines)
        .add_systems(OnEnter(Screen::Check), forget_lines)
        .add_systems(OnExit(Screen::Level), stop_voice)
        .add_systems(OnExit(Screen::Check), stop_voice);
}
