//! Sound: a click for every button, a chime for a safe choice, two soft notes for
//! "let's think". No device is fine: kira logs it once and the game plays on.

use bevy::prelude::*;
use bevy_kira_audio::prelude::*;

use super::actions::{Cue, click_on_action};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(bevy_kira_audio::AudioPlugin)
        .add_systems(Startup, load_sounds)
        .add_systems(Update, (click_on_action, play_cues).chain());
}

#[derive(Resource)]
struct Sounds {
    click: Handle<AudioSource>,
    good: Handle<AudioSource>,
    think: Handle<AudioSource>,
}

fn load_sounds(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(Sounds {
        click: assets.load("audio/click.wav"),
        good: assets.load("audio/good.wav"),
        think: assets.load("audio/think.wav"),
    });
}

fn play_cues(mut cues: MessageReader<Cue>, sounds: Res<Sounds>, audio: Res<Audio>) {
    for cue in cues.read() {
        let sound = match cue {
            Cue::Click => &sounds.click,
            Cue::Good => &sounds.good,
            Cue::Think => &sounds.think,
        };
        audio.play(sound.clone());
    }
}
