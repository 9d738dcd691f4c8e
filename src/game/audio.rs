//! Sound: a click for every button, a chime for a safe choice, two soft notes for
//! "let's think" (never a buzzer), a sparkle for stars, a calm loop of music for
//! each world (the four Cs) while one of its levels is played, and lines read
//! aloud ([`super::voice`]). Volumes and mute come from the child's settings and
//! apply at once.
//!
//! On the desktop through kira; no device is fine: kira logs it once and the game
//! plays on. In the browser through the page's own `<audio>` elements, which the
//! browser lets play only once the child has clicked or pressed a key; every cue
//! and every level's music follows such a press, and nothing plays before one.

use bevy::prelude::*;

use super::actions::{Cue, click_on_press};
use super::screens::Screen;
use super::state::{Level, Prefs};
use crate::content::Risk;

/// The sound files, under `assets/` (made by scripts/make-sounds.py).
const SOUNDS: [(Cue, &str); 4] = [
    (Cue::Click, "audio/click.wav"),
    (Cue::Good, "audio/good.wav"),
    (Cue::Think, "audio/think.wav"),
    (Cue::Star, "audio/star.wav"),
];

/// Each world's music, loaded when one of its levels starts.
pub fn music_file(risk: Risk) -> &'static str {
    match risk {
        Risk::Content => "audio/music-content.wav",
        Risk::Contact => "audio/music-contact.wav",
        Risk::Conduct => "audio/music-conduct.wav",
        Risk::Contract => "audio/music-contract.wav",
    }
}

/// From a gain (0 to 1) to kira's decibels; silence below the quietest step.
#[cfg(not(target_arch = "wasm32"))]
fn decibels(gain: f32) -> f32 {
    if gain <= 0.0 {
        -60.0
    } else {
        20.0 * gain.log10()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use bevy::prelude::*;
    use bevy_kira_audio::prelude::*;

    use super::{Cue, Prefs, SOUNDS, decibels};

    /// The channel music plays on, so its volume is its own.
    #[derive(Resource)]
    pub struct MusicChannel;

    /// The channel lines are read aloud on: one voice at a time.
    #[derive(Resource)]
    pub struct VoiceChannel;

    pub fn plugin(app: &mut App) {
        app.add_plugins(bevy_kira_audio::AudioPlugin)
            .add_audio_channel::<MusicChannel>()
            .add_audio_channel::<VoiceChannel>()
            .add_systems(Startup, load_sounds)
            .add_systems(Update, (speak, voice_volume));
    }

    /// Reads a line: the file is loaded now, the first time it is asked for.
    fn speak(
        mut lines: MessageReader<crate::game::voice::Speak>,
        assets: Res<AssetServer>,
        channel: Res<AudioChannel<VoiceChannel>>,
        prefs: Res<Prefs>,
    ) {
        for line in lines.read() {
            channel.stop();
            if let Some(file) = &line.0 {
                channel.set_volume(Decibels(decibels(prefs.0.voice_gain())));
                channel.play(assets.load(file.clone()));
            }
        }
    }

    fn voice_volume(prefs: Res<Prefs>, channel: Res<AudioChannel<VoiceChannel>>) {
        if prefs.is_changed() {
            channel.set_volume(Decibels(decibels(prefs.0.voice_gain())));
        }
    }

    #[derive(Resource)]
    pub struct Sounds(Vec<(Cue, Handle<AudioSource>)>);

    fn load_sounds(mut commands: Commands, assets: Res<AssetServer>) {
        commands.insert_resource(Sounds(
            SOUNDS
                .iter()
                .map(|(cue, path)| (*cue, assets.load(*path)))
                .collect(),
        ));
    }

    pub fn play_cues(
        mut cues: MessageReader<Cue>,
        sounds: Res<Sounds>,
        audio: Res<Audio>,
        prefs: Res<Prefs>,
    ) {
        let gain = prefs.0.effects_gain();
        for cue in cues.read() {
            if gain <= 0.0 {
                continue;
            }
            if let Some((_, sound)) = sounds.0.iter().find(|(c, _)| c == cue) {
                audio
                    .play(sound.clone())
                    .with_volume(Decibels(decibels(gain)));
            }
        }
    }

    pub fn start_music(
        path: Option<&'static str>,
        assets: &AssetServer,
        channel: &AudioChannel<MusicChannel>,
        gain: f32,
    ) {
        channel
            .stop()
            .fade_out(AudioTween::linear(std::time::Duration::from_millis(400)));
        if let Some(path) = path {
            channel.set_volume(Decibels(decibels(gain)));
            channel
                .play(assets.load(path))
                .looped()
                .fade_in(AudioTween::linear(std::time::Duration::from_millis(800)));
        }
    }

    pub fn music_volume(channel: &AudioChannel<MusicChannel>, gain: f32) {
        channel.set_volume(Decibels(decibels(gain)));
    }
}

#[cfg(target_arch = "wasm32")]
mod backend {
    use std::cell::RefCell;

    use bevy::prelude::*;

    use super::{Cue, Prefs, SOUNDS};

    /// Nothing to hold on the web: the page's elements play.
    #[derive(Resource)]
    pub struct MusicChannel;

    pub fn plugin(app: &mut App) {
        app.insert_resource(MusicChannel)
            .add_systems(Update, (speak, voice_volume));
    }

    /// An `<audio>` element that plays one thing at a time: the music, or the line
    /// being read aloud.
    type Slot = std::thread::LocalKey<RefCell<Option<web_sys::HtmlAudioElement>>>;

    /// Stops what `slot` plays and, given a file under `assets/`, plays it there
    /// instead (fetched when first asked for; a missing file is silence).
    fn replace(slot: &'static Slot, path: Option<&str>, gain: f32, looped: bool) {
        slot.with(|slot| {
            let mut slot = slot.borrow_mut();
            if let Some(old) = slot.take() {
                let _ = old.pause();
            }
            let Some(path) = path else { return };
            if let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(&format!("assets/{path}")) {
                audio.set_loop(looped);
                audio.set_volume(f64::from(gain));
                play(&audio);
                *slot = Some(audio);
            }
        });
    }

    fn set_gain(slot: &'static Slot, gain: f32) {
        slot.with(|slot| {
            if let Some(audio) = slot.borrow().as_ref() {
                audio.set_volume(f64::from(gain));
            }
        });
    }

    /// Reads a line through its own `<audio>` element.
    fn speak(mut lines: MessageReader<crate::game::voice::Speak>, prefs: Res<Prefs>) {
        for line in lines.read() {
            replace(&VOICE, line.0.as_deref(), prefs.0.voice_gain(), false);
        }
    }

    fn voice_volume(prefs: Res<Prefs>) {
        if prefs.is_changed() {
            set_gain(&VOICE, prefs.0.voice_gain());
        }
    }

    /// Plays through an `<audio>` element; a refusal (no gesture yet, no device)
    /// is caught and silent: sound is never essential.
    fn play(audio: &web_sys::HtmlAudioElement) {
        if let Ok(promise) = audio.play() {
            IGNORE.with(|ignore| {
                let _ = promise.catch(ignore);
            });
        }
    }

    /// Plays a cue through a fresh `<audio>` element (the browser caches the file).
    pub fn play_cues(mut cues: MessageReader<Cue>, prefs: Res<Prefs>) {
        let gain = prefs.0.effects_gain();
        for cue in cues.read() {
            let Some((_, path)) = SOUNDS.iter().find(|(c, _)| c == cue) else {
                continue;
            };
            if gain <= 0.0 {
                continue;
            }
            if let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(&format!("assets/{path}")) {
                audio.set_volume(f64::from(gain));
                play(&audio);
            }
        }
    }

    pub fn start_music(
        path: Option<&'static str>,
        _assets: &AssetServer,
        _channel: &MusicChannel,
        gain: f32,
    ) {
        replace(&MUSIC, path, gain, true);
    }

    pub fn music_volume(_channel: &MusicChannel, gain: f32) {
        set_gain(&MUSIC, gain);
    }

    thread_local! {
        /// One do-nothing rejection handler for every `play()`.
        static IGNORE: wasm_bindgen::prelude::Closure<dyn FnMut(wasm_bindgen::JsValue)> =
            wasm_bindgen::prelude::Closure::new(|_| {});
        /// The music playing now.
        static MUSIC: RefCell<Option<web_sys::HtmlAudioElement>> = const { RefCell::new(None) };
        /// The line being read aloud now.
        static VOICE: RefCell<Option<web_sys::HtmlAudioElement>> = const { RefCell::new(None) };
    }
}

#[cfg(not(target_arch = "wasm32"))]
type Channel<'w> = Res<'w, bevy_kira_audio::AudioChannel<backend::MusicChannel>>;
#[cfg(target_arch = "wasm32")]
type Channel<'w> = Res<'w, backend::MusicChannel>;

/// A level's world plays its music; leaving the level fades it out.
fn follow_level_music(
    level: Option<Res<Level>>,
    screen: Res<State<Screen>>,
    prefs: Res<Prefs>,
    assets: Res<AssetServer>,
    channel: Channel,
    mut playing: Local<Option<&'static str>>,
) {
    let wanted = match (screen.get(), level) {
        (Screen::Level, Some(level)) => Some(music_file(level.run.scenario().risk)),
        _ => None,
    };
    if wanted != *playing {
        backend::start_music(wanted, &assets, &channel, prefs.0.music_gain());
        *playing = wanted;
    } else if prefs.is_changed() {
        backend::music_volume(&channel, prefs.0.music_gain());
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(backend::plugin).add_systems(
        Update,
        (
            (click_on_press, backend::play_cues).chain(),
            follow_level_music,
        ),
    );
}
