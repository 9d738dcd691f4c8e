//! The child's settings, from the title and the map: text size, high contrast,
//! less motion, the music's, the sound effects' and the voices' volume, reading
//! aloud (who reads: the computer's voice, which one, or the voice pack; and how
//! fast), and mute. Each row says its state in words as well as
//! by colour; every change applies at once and is kept for the machine and for the
//! child playing.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::game::actions::AddAction;
use crate::game::state::{Player, Prefs, Saves, Words};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, option_row, palette, size,
};
use crate::prefs::{TextSize, Volume};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<SettingsAction>()
        .add_action::<OpenSettings>()
        .init_resource::<SettingsView>()
        .add_systems(Update, open_settings)
        .add_systems(OnEnter(Screen::Settings), spawn_settings)
        .add_systems(
            Update,
            (
                on_action,
                voices_found,
                spawn_settings.run_if(
                    on_message::<Rebuild>
                        .or_else(resource_changed::<Words>.and_then(not(resource_added::<Words>))),
                ),
            )
                .chain()
                .run_if(in_state(Screen::Settings)),
        );
}

/// The settings button on the title and the map.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub struct OpenSettings;

/// The settings screen's buttons.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum SettingsAction {
    SetTextSize(TextSize),
    ToggleContrast,
    /// "Less motion": no animation at all.
    ToggleMotion,
    /// Sound effects one step louder (true) or quieter.
    EffectsVolume(bool),
    /// Music one step louder (true) or quieter.
    MusicVolume(bool),
    /// Voices one step louder (true) or quieter.
    VoiceVolume(bool),
    ToggleMute,
    /// Read each line aloud as it appears, or not.
    ToggleReadAloud,
    /// The computer's next voice for the language on screen.
    NextVoice,
    /// The voice pack's voices (true) or the computer's own.
    UseMadeVoices(bool),
    /// Lines read one step faster (true) or slower.
    SpeechRate(bool),
    Close,
}

/// Where the settings were opened from, to go back there.
#[derive(Resource, Debug)]
pub struct SettingsView {
    pub from: Screen,
}

impl Default for SettingsView {
    fn default() -> Self {
        Self {
            from: Screen::Title,
        }
    }
}

fn open_settings(
    mut actions: MessageReader<OpenSettings>,
    screen: Res<State<Screen>>,
    mut view: ResMut<SettingsView>,
    mut next: ResMut<NextState<Screen>>,
) {
    for OpenSettings in actions.read() {
        if *screen.get() != Screen::Settings {
            view.from = *screen.get();
            next.set(Screen::Settings);
        }
    }
}

/// The computer's voices are looked for on a thread: once found, the screen
/// says who reads.
fn voices_found(
    speech: Res<crate::game::speech::SystemSpeech>,
    mut known: Local<Option<(bool, usize)>>,
    mut rebuild: MessageWriter<Rebuild>,
) {
    let now = speech.found();
    if known.is_some_and(|before| before != now) {
        rebuild.write(Rebuild);
    }
    *known = Some(now);
}

fn on_off(on: bool) -> &'static str {
    if on { "state-on" } else { "state-off" }
}

/// A volume as ten segments, the filled ones in the button colour.
fn volume_bar(parent: &mut ChildSpawnerCommands, volume: Volume) {
    parent
        .spawn((
            Name::new("Volume bar"),
            crate::game::Mirror,
            Node {
                column_gap: px(4),
                align_items: AlignItems::Center,
                ..default()
            },
        ))
        .with_children(|bar| {
            for step in 1..=Volume::MAX {
                let on = step <= volume.step();
                bar.spawn((
                    Node {
                        width: px(14),
                        height: px(14.0 + f32::from(step) * 2.4),
                        border: UiRect::all(px(2)),
                        border_radius: BorderRadius::all(px(3)),
                        ..default()
                    },
                    BackgroundColor(if on { palette::BUTTON } else { palette::PANEL }),
                    BorderColor::all(palette::SANGO_BLUE_DARK),
                ));
            }
        });
}

/// "High contrast: off" and a button that turns it on (or off).
fn toggle_row(
    panel: &mut ChildSpawnerCommands,
    theme: &Theme,
    message: &str,
    on: bool,
    action: SettingsAction,
) {
    option_row(panel).with_children(|r| {
        r.spawn(label(
            theme,
            Localized::new(message).with_message("state", on_off(on)),
            size::BODY,
            palette::INK,
        ));
        r.spawn(button(
            theme,
            Localized::new(if on {
                "settings-turn-off"
            } else {
                "settings-turn-on"
            }),
            action,
            ButtonStyle::Quiet,
        ));
    });
}

/// "Music: 4 of 10", Quieter, the bar, Louder.
fn volume_row(
    panel: &mut ChildSpawnerCommands,
    theme: &Theme,
    message: &str,
    volume: Volume,
    action: fn(bool) -> SettingsAction,
) {
    option_row(panel).with_children(|r| {
        r.spawn(label(
            theme,
            Localized::new(message).with("level", volume.step()),
            size::BODY,
            palette::INK,
        ));
        r.spawn(button(
            theme,
            Localized::new("settings-quieter"),
            action(false),
            ButtonStyle::Quiet,
        ));
        volume_bar(r, volume);
        r.spawn(button(
            theme,
            Localized::new("settings-louder"),
            action(true),
            ButtonStyle::Quiet,
        ));
    });
}

fn spawn_settings(
    mut commands: Commands,
    theme: Res<Theme>,
    words: Res<Words>,
    prefs: Res<Prefs>,
    (system, voices): (
        Res<crate::game::speech::SystemSpeech>,
        Res<crate::game::voice::Voices>,
    ),
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = &theme.for_language(words.0.language());
    let p = prefs.0;
    commands
        .spawn((
            crate::game::theme::screen_root("Settings screen"),
            DespawnOnExit(Screen::Settings),
            RebuiltRoot,
        ))
        .with_children(|root| {
            root.spawn((
                crate::game::Mirror,
                Node {
                    width: percent(100),
                    max_width: px(1100),
                    justify_content: JustifyContent::SpaceBetween,
                    align_items: AlignItems::Center,
                    ..default()
                },
            ))
            .with_children(|top| {
                top.spawn(heading(
                    theme,
                    Localized::new("settings-heading"),
                    size::HEADING,
                ));
                top.spawn((
                    button(
                        theme,
                        Localized::new("settings-done"),
                        SettingsAction::Close,
                        ButtonStyle::Primary,
                    ),
                    AutoFocus,
                ));
            });
            root.spawn(crate::game::theme::panel())
                .insert(Node {
                    padding: UiRect::all(px(24)),
                    row_gap: px(22),
                    width: percent(100),
                    max_width: px(1100),
                    ..crate::game::theme::panel_node()
                })
                .with_children(|panel| {
                    let speech = SpeechNow {
                        system: &system,
                        voices: &voices,
                        lang: words.0.language().to_string(),
                        prefs: p,
                    };
                    setting_rows(panel, theme, &speech);
                });
        });
}

/// What a change of setting touches: the preferences, the theme that follows
/// them, and the saves (the machine's and the child's).
#[derive(bevy::ecs::system::SystemParam)]
struct Change<'w> {
    prefs: ResMut<'w, Prefs>,
    theme: ResMut<'w, Theme>,
    saves: ResMut<'w, Saves>,
    player: Res<'w, Player>,
}

impl Change<'_> {
    fn apply(&mut self, p: crate::prefs::Preferences) {
        if p != self.prefs.0 {
            self.prefs.0 = p;
            // Built again at once at the new size and contrast.
            self.theme.scale = p.text_size.scale();
            // A failed save shows as a notice; the change applies anyway.
            self.saves.set_preferences(p, self.player.profile);
        }
    }
}

fn on_action(
    mut actions: MessageReader<SettingsAction>,
    mut change: Change,
    view: Res<SettingsView>,
    mut refocus: ResMut<crate::game::focus::Refocus>,
    mut rebuild: MessageWriter<Rebuild>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        let mut p = change.prefs.0;
        match action {
            SettingsAction::SetTextSize(s) => p.text_size = *s,
            SettingsAction::ToggleContrast => p.high_contrast = !p.high_contrast,
            SettingsAction::ToggleMotion => p.reduced_motion = !p.reduced_motion,
            SettingsAction::EffectsVolume(up) => p.effects = p.effects.nudge(*up),
            SettingsAction::MusicVolume(up) => p.music = p.music.nudge(*up),
            SettingsAction::VoiceVolume(up) => p.voice = p.voice.nudge(*up),
            SettingsAction::ToggleMute => p.muted = !p.muted,
            SettingsAction::ToggleReadAloud => p.read_aloud = !p.read_aloud,
            SettingsAction::NextVoice => p.voice_choice = p.voice_choice.wrapping_add(1),
            SettingsAction::UseMadeVoices(on) => p.made_voices = *on,
            SettingsAction::SpeechRate(faster) => p.speech_rate = p.speech_rate.nudge(*faster),
            SettingsAction::Close => {
                next.set(view.from);
                continue;
            }
        }
        change.apply(p);
        refocus.to(action);
        rebuild.write(Rebuild);
    }
}

/// Who reads aloud in the language on screen, and how it can be changed: another
/// of the computer's voices, the voice pack's, or back; or, where nobody can,
/// that the voice pack can be added.
fn speech_row(panel: &mut ChildSpawnerCommands, theme: &Theme, speech: &SpeechNow) {
    use crate::speech::Reader;
    let p = &speech.prefs;
    let lang = speech.lang.as_str();
    let reader = crate::game::voice::reader_now(speech.system, speech.voices, lang, p);
    let looked = speech.system.found().0;
    let system_voices = speech
        .system
        .with_voices(|voices| crate::speech::voices_for(voices, lang).len());
    let pack = speech.voices.has_language(lang);
    option_row(panel).with_children(|r| {
        let text = match &reader {
            Reader::System(voice) => {
                Localized::new("settings-speech-system").with("voice", voice.name.clone())
            }
            Reader::Pack => Localized::new("settings-speech-pack"),
            Reader::Nobody if !looked => Localized::new("settings-speech-looking"),
            Reader::Nobody => Localized::new("settings-speech-none"),
        };
        r.spawn(label(theme, text, size::BODY, palette::INK));
        let mut offer = |message: &str, action: SettingsAction| {
            r.spawn(button(
                theme,
                Localized::new(message),
                action,
                ButtonStyle::Quiet,
            ));
        };
        match reader {
            Reader::System(_) => {
                if system_voices > 1 {
                    offer("settings-speech-other", SettingsAction::NextVoice);
                }
                if pack {
                    offer(
                        "settings-speech-use-pack",
                        SettingsAction::UseMadeVoices(true),
                    );
                }
            }
            Reader::Pack if p.made_voices && system_voices > 0 => {
                offer(
                    "settings-speech-use-system",
                    SettingsAction::UseMadeVoices(false),
                );
            }
            _ => {}
        }
    });
    option_row(panel).with_children(|r| {
        r.spawn(label(
            theme,
            Localized::new("settings-rate")
                .with_message("rate", format!("settings-rate-{}", p.speech_rate.key())),
            size::BODY,
            palette::INK,
        ));
        r.spawn(button(
            theme,
            Localized::new("settings-slower"),
            SettingsAction::SpeechRate(false),
            ButtonStyle::Quiet,
        ));
        r.spawn(button(
            theme,
            Localized::new("settings-faster"),
            SettingsAction::SpeechRate(true),
            ButtonStyle::Quiet,
        ));
    });
}

/// What the reading-aloud rows show.
struct SpeechNow<'a> {
    system: &'a crate::game::speech::SystemSpeech,
    voices: &'a crate::game::voice::Voices,
    lang: String,
    prefs: crate::prefs::Preferences,
}

/// Each setting in a row: its state in words, and the buttons that change it.
fn setting_rows(panel: &mut ChildSpawnerCommands, theme: &Theme, speech: &SpeechNow) {
    let p = speech.prefs;
    option_row(panel).with_children(|r| {
        r.spawn(label(
            theme,
            Localized::new("settings-text-size")
                .with_message("size", format!("text-size-{}", p.text_size.key())),
            size::BODY,
            palette::INK,
        ));
        for s in TextSize::ALL {
            r.spawn(button(
                theme,
                Localized::new(format!("text-size-{}", s.key())),
                SettingsAction::SetTextSize(s),
                ButtonStyle::option(s == p.text_size),
            ));
        }
    });
    toggle_row(
        panel,
        theme,
        "settings-contrast",
        p.high_contrast,
        SettingsAction::ToggleContrast,
    );
    toggle_row(
        panel,
        theme,
        "settings-motion",
        p.reduced_motion,
        SettingsAction::ToggleMotion,
    );
    volume_row(
        panel,
        theme,
        "settings-music",
        p.music,
        SettingsAction::MusicVolume,
    );
    volume_row(
        panel,
        theme,
        "settings-effects",
        p.effects,
        SettingsAction::EffectsVolume,
    );
    volume_row(
        panel,
        theme,
        "settings-voice",
        p.voice,
        SettingsAction::VoiceVolume,
    );
    toggle_row(
        panel,
        theme,
        "settings-read-aloud",
        p.read_aloud,
        SettingsAction::ToggleReadAloud,
    );
    speech_row(panel, theme, speech);
    option_row(panel).with_children(|r| {
        r.spawn(label(
            theme,
            Localized::new("settings-sound").with_message("state", on_off(!p.muted)),
            size::BODY,
            palette::INK,
        ));
        r.spawn(button(
            theme,
            Localized::new(if p.muted {
                "settings-unmute"
            } else {
                "settings-mute"
            }),
            SettingsAction::ToggleMute,
            ButtonStyle::Quiet,
        ));
    });
    panel.spawn(label(
        theme,
        Localized::new("settings-kept"),
        size::SMALL,
        palette::INK_SOFT,
    ));
}
