//! How a child likes to play: text size, high contrast, less motion, sound levels,
//! reading aloud. Kept for the machine and, once a child has chosen, in their
//! profile, so a child's needs follow them to any machine of the class. Bevy-free.

use serde::{Deserialize, Serialize};

/// The three text sizes. Layouts wrap and grow with the text; nothing is clipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    /// How much larger than normal every text is drawn.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.2,
            TextSize::Largest => 1.4,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }
}

/// Volume steps, 0 (silent) to [`Volume::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Volume(u8);

impl Volume {
    pub const MAX: u8 = 10;

    pub fn new(step: u8) -> Self {
        Self(step.min(Self::MAX))
    }

    pub fn step(self) -> u8 {
        self.0
    }

    /// One step louder or quieter, within bounds.
    pub fn nudge(self, up: bool) -> Self {
        match up {
            true => Self::new(self.0.saturating_add(1)),
            false => Self(self.0.saturating_sub(1)),
        }
    }

    /// The gain to play at, 0.0 to 1.0; steps follow loudness (squared), so each
    /// step sounds like a similar change.
    pub fn gain(self) -> f32 {
        let x = f32::from(self.0) / f32::from(Self::MAX);
        x * x
    }
}

/// Everything a child may change in the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// No animation, no transitions, text shown at once.
    pub reduced_motion: bool,
    pub music: Volume,
    pub effects: Volume,
    /// Sango's and the characters' voices when a line is read aloud.
    pub voice: Volume,
    /// Silences music, effects and voices without losing their levels.
    pub muted: bool,
    /// Every line is read aloud as it appears.
    pub read_aloud: bool,
    /// How fast lines are read aloud.
    pub speech_rate: crate::speech::Rate,
    /// Which of the computer's voices for the language on screen reads (counted
    /// round them: see [`crate::speech::reader`]).
    pub voice_choice: u8,
    /// Read with the made voices of the voice pack, where it is installed, even
    /// where the computer has a voice of its own.
    pub made_voices: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            text_size: TextSize::Normal,
            high_contrast: false,
            reduced_motion: false,
            music: Volume::new(4),
            effects: Volume::new(7),
            voice: Volume::new(10),
            muted: false,
            read_aloud: false,
            speech_rate: crate::speech::Rate::NORMAL,
            voice_choice: 0,
            made_voices: false,
        }
    }
}

impl Preferences {
    /// The gain music plays at now.
    pub fn music_gain(&self) -> f32 {
        if self.muted { 0.0 } else { self.music.gain() }
    }

    /// The gain effects play at now.
    pub fn effects_gain(&self) -> f32 {
        if self.muted { 0.0 } else { self.effects.gain() }
    }

    /// The gain lines are read aloud at now.
    pub fn voice_gain(&self) -> f32 {
        if self.muted { 0.0 } else { self.voice.gain() }
    }
}

/// A helpline a school lists for its children: a name and how to reach it (a
/// number, a text line, an address), shown as text; the game opens nothing.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub name: String,
    pub contact: String,
    /// When it answers, in the school's words (optional).
    #[serde(default)]
    pub hours: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_stays_in_bounds_and_follows_loudness() {
        assert_eq!(Volume::new(99).step(), Volume::MAX);
        assert_eq!(Volume::new(0).nudge(false).step(), 0);
        assert_eq!(Volume::new(10).nudge(true).step(), 10);
        assert_eq!(Volume::new(3).nudge(true).step(), 4);
        assert_eq!(Volume::new(0).gain(), 0.0);
        assert_eq!(Volume::new(10).gain(), 1.0);
        assert!((Volume::new(5).gain() - 0.25).abs() < 1e-6);
    }

    #[test]
    fn mute_silences_without_losing_levels() {
        let mut p = Preferences {
            music: Volume::new(5),
            effects: Volume::new(10),
            ..Preferences::default()
        };
        p.muted = true;
        assert_eq!(
            (p.music_gain(), p.effects_gain(), p.voice_gain()),
            (0.0, 0.0, 0.0)
        );
        p.muted = false;
        assert_eq!(
            (p.music_gain(), p.effects_gain(), p.voice_gain()),
            (0.25, 1.0, 1.0)
        );
    }

    #[test]
    fn old_saves_without_some_fields_read_with_defaults() {
        let p: Preferences = ron::from_str("(high_contrast: true)").unwrap();
        assert!(p.high_contrast);
        assert_eq!(p.text_size, TextSize::Normal);
        assert_eq!(p.effects, Preferences::default().effects);
        let round: Preferences = ron::from_str(&ron::to_string(&p).unwrap()).unwrap();
        assert_eq!(round, p);
    }
}
