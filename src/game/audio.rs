//! Sound: a click for every button, a chime for a safe choice, two soft notes for
//! "let's think". On the desktop through kira; no device is fine: kira logs it
//! once and the game plays on. In the browser through the page's own `<audio>`
//! elements, which the browser lets play only once the child has clicked or pressed
//! a key; every cue follows such a press, and nothing is played before one.

use bevy::prelude::*;

use super::actions::{Cue, click_on_action};

/// The sound files, under `assets/`.
const SOUNDS: [(Cue, &str); 3] = [
    (Cue::Click, "audio/click.wav"),
    (Cue::Good, "audio/good.wav"),
    (Cue::Think, "audio/think.wav"),
];

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use bevy::prelude::*;
    use bevy_kira_audio::prelude::*;

    use super::{Cue, SOUNDS};

    pub fn plugin(app: &mut App) {
        app.add_plugins(bevy_kira_audio::AudioPlugin)
            .add_systems(Startup, load_sounds);
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
        prefs: Res<crate::game::state::Prefs>,
    ) {
        let gain = prefs.0.effects_gain();
        for cue in cues.read() {
            if gain <= 0.0 {
                continue;
            }
            if let Some((_, sound)) = sounds.0.iter().find(|(c, _)| c == cue) {
                audio
                    .play(sound.clone())
                    .with_volume(Decibels(20.0 * gain.log10()));
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod backend {
    use bevy::prelude::*;

    use super::{Cue, SOUNDS};

    pub fn plugin(_app: &mut App) {}

    /// Plays a cue through a fresh `<audio>` element (the browser caches the file).
    /// A refusal (no gesture yet, no device) is silent: sound is never essential.
    pub fn play_cues(mut cues: MessageReader<Cue>, prefs: Res<crate::game::state::Prefs>) {
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
                // A refusal is caught, so it never shows as an uncaught error.
                if let Ok(promise) = audio.play() {
                    IGNORE.with(|ignore| {
                        let _ = promise.catch(ignore);
                    });
                }
            }
        }
    }

    thread_local! {
        /// One do-nothing rejection handler for every `play()`.
        static IGNORE: wasm_bindgen::prelude::Closure<dyn FnMut(wasm_bindgen::JsValue)> =
            wasm_bindgen::prelude::Closure::new(|_| {});
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(backend::plugin)
        .add_systems(Update, (click_on_action, backend::play_cues).chain());
}
