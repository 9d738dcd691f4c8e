//! Read aloud: a "Listen" button under every line Sango or a character says, and a
//! setting that reads each new line as it appears. The computer's own voice reads
//! where it has one for the language on screen ([`super::speech`]); elsewhere the
//! made voices of the voice pack (`scripts/make-voices`, see [`crate::voice`]),
//! loaded only when a line is read. Where neither is there, or a line has no
//! voice file, its button says so; the game goes on. With a screen reader
//! attached, lines are not read automatically: the reader says them already.

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

    /// Whether the voice pack has a language (the browser's build carries it).
    pub fn has_language(&self, lang: &str) -> bool {
        self.assets
            .as_ref()
            .is_none_or(|assets| assets.join(crate::voice::DIR).join(lang).is_dir())
    }
}

/// Who reads the language on screen now, with the child's settings.
pub fn reader_now(
    speech: &super::speech::SystemSpeech,
    voices: &Voices,
    lang: &str,
    prefs: &crate::prefs::Preferences,
) -> crate::speech::Reader {
    let pack = voices.has_language(lang);
    speech.with_voices(|system| {
        crate::speech::reader(system, lang, prefs.voice_choice, pack, prefs.made_voices)
    })
}

/// Read this voice file (under `assets/`) now, stopping any other; `None` stops.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct Speak(pub Option<String>);

/// What was read aloud, for tests and for not reading a line twice.
#[derive(Resource, Default, Debug)]
pub struct ReadAloud {
    /// The last line asked for, by its voice file's name.
    pub last: Option<String>,
    /// The last voice file found and played.
    pub played: Option<String>,
    /// The last line given to the computer's own voice.
    pub spoken: Option<String>,
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
fn voice_file(words: &Words, text: &str) -> String {
    crate::voice::file(words.0.language(), text)
}

/// What reads a line: the computer's voice or the voice pack, what was read.
#[derive(bevy::ecs::system::SystemParam)]
struct Reader<'w> {
    voices: Res<'w, Voices>,
    speech: Res<'w, super::speech::SystemSpeech>,
    words: Res<'w, Words>,
    prefs: Res<'w, Prefs>,
    read: ResMut<'w, ReadAloud>,
    speak: MessageWriter<'w, Speak>,
}

/// Why a line was not read: the label its Listen button shows instead.
enum Unread {
    /// The voice pack reads this language, but has no voice for this line.
    NoFile,
    /// Nobody reads this language here.
    NoVoice,
}

impl Reader<'_> {
    /// Reads a line (its words as shown) with whoever reads its language.
    fn read(&mut self, words: String) -> Result<(), Unread> {
        let lang = self.words.0.language().to_string();
        let file = voice_file(&self.words, &words);
        self.read.last = Some(file.clone());
        match reader_now(&self.speech, &self.voices, &lang, &self.prefs.0) {
            crate::speech::Reader::System(voice) => {
                // The invisible direction marks are not read.
                let line = words.replace(['\u{200F}', '\u{200E}'], "");
                self.speech.speak(crate::speech::Utterance {
                    text: line.clone(),
                    lang,
                    voice: Some(voice.name),
                    rate: self.prefs.0.speech_rate,
                });
                self.read.spoken = Some(line);
                self.speak.write(Speak(None));
                Ok(())
            }
            crate::speech::Reader::Pack if self.voices.has(&file) => {
                self.speech.stop();
                self.speak.write(Speak(Some(file.clone())));
                self.read.played = Some(file);
                Ok(())
            }
            crate::speech::Reader::Pack => {
                info!("no voice for this line yet ({file}); scripts/make-voices makes them");
                Err(Unread::NoFile)
            }
            crate::speech::Reader::Nobody => Err(Unread::NoVoice),
        }
    }
}

/// "Listen" reads the line; a line nobody can read says so on its button.
fn on_listen(
    mut actions: MessageReader<Listen>,
    lines: Query<&Localized, With<Spoken>>,
    buttons: Query<(&Listen, &Children)>,
    mut labels: Query<&mut Localized, Without<Spoken>>,
    mut reader: Reader,
) {
    for action in actions.read() {
        let Ok(text) = lines.get(action.0) else {
            continue;
        };
        let Err(unread) = reader.read(text.resolve(&reader.words)) else {
            continue;
        };
        let why = match unread {
            Unread::NoFile => "level-listen-missing",
            Unread::NoVoice => "level-listen-no-voice",
        };
        let button = buttons.iter().find(|(a, _)| *a == action);
        for child in button.into_iter().flat_map(|(_, c)| c.iter()) {
            if let Ok(mut label) = labels.get_mut(child) {
                *label = Localized::new(why);
            }
        }
    }
}

/// With "Read aloud" on, each new line is read as it appears (the newest when a
/// step shows two, such as a clue card's instruction and the last tap's reason).
/// Not while a screen reader is attached: it says each line already, and two
/// voices at once help nobody.
fn read_new_lines(
    added: Query<&Localized, Added<Spoken>>,
    screen_reader: Option<Res<bevy::a11y::AccessibilityRequested>>,
    mut reader: Reader,
) {
    if !reader.prefs.0.read_aloud || screen_reader.is_some_and(|r| r.get()) {
        return;
    }
    let newest = added
        .iter()
        .map(|text| {
            let words = text.resolve(&reader.words);
            (voice_file(&reader.words, &words), words)
        })
        .filter(|(file, _)| !reader.read.auto_read.contains(file))
        .last();
    let Some((file, words)) = newest else { return };
    reader.read.auto_read.insert(file);
    let _ = reader.read(words);
}

/// A new level starts with nothing read; leaving it stops the voice.
fn forget_lines(mut read: ResMut<ReadAloud>) {
    read.auto_read.clear();
}

fn stop_voice(mut speak: MessageWriter<Speak>, speech: Res<super::speech::SystemSpeech>) {
    speak.write(Speak(None));
    speech.stop();
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
