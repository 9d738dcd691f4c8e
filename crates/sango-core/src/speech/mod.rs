//! Reading aloud with the computer's own speech: Speech Dispatcher on Linux
//! ([`ssip`]), the browser's speechSynthesis on the web (in the game crate).
//! Voices a system has are better than files made ahead of time and weigh
//! nothing to carry; where the system has no voice for the language on screen,
//! the made voices (the optional voice pack, `scripts/make-voices`) read instead,
//! and where neither is there, Listen says so. Never a silent Listen button.
//!
//! A backend is a [`Speech`]: what voices there are, speak a line, stop. The
//! tests use [`Recorder`], which speaks nothing and keeps what it was asked.

#[cfg(unix)]
pub mod ssip;

use serde::{Deserialize, Serialize};

/// A voice the system has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemVoice {
    /// What the engine calls it (and is asked for by).
    pub name: String,
    /// Its language, as the engine gives it (`fr`, `fr-FR`, `zh_CN`…).
    pub lang: String,
}

impl SystemVoice {
    /// Whether it speaks this language (`fr` matches `fr-FR` and `fr_CA`).
    pub fn speaks(&self, lang: &str) -> bool {
        primary(&self.lang).eq_ignore_ascii_case(primary(lang))
    }
}

/// The language part of a tag: `fr` of `fr-FR`, `zh` of `zh_CN`. Mandarin's
/// own code (`cmn`, as espeak-ng names its voice) is Chinese.
fn primary(tag: &str) -> &str {
    match tag.split(['-', '_']).next().unwrap_or(tag) {
        "cmn" | "CMN" => "zh",
        language => language,
    }
}

/// How fast lines are read, in steps from slowest to fastest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Rate(u8);

impl Rate {
    pub const SLOWEST: u8 = 0;
    pub const NORMAL: Rate = Rate(2);
    pub const FASTEST: u8 = 4;

    pub fn new(step: u8) -> Self {
        Self(step.min(Self::FASTEST))
    }

    pub fn step(self) -> u8 {
        self.0
    }

    /// One step faster or slower, within bounds.
    pub fn nudge(self, faster: bool) -> Self {
        match faster {
            true => Self::new(self.0.saturating_add(1)),
            false => Self(self.0.saturating_sub(1)),
        }
    }

    /// The word Settings shows (`settings-rate-<key>`).
    pub fn key(self) -> &'static str {
        ["slowest", "slow", "normal", "fast", "fastest"][usize::from(self.0.min(Self::FASTEST))]
    }

    /// Speech Dispatcher's rate, -100 to 100 (0 is the voice's own).
    pub fn ssip(self) -> i32 {
        [-60, -30, 0, 30, 60][usize::from(self.0.min(Self::FASTEST))]
    }

    /// The browser's rate, 0.1 to 10 (1 is normal).
    pub fn web(self) -> f32 {
        [0.6, 0.8, 1.0, 1.25, 1.5][usize::from(self.0.min(Self::FASTEST))]
    }
}

impl Default for Rate {
    fn default() -> Self {
        Self::NORMAL
    }
}

/// A line to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub text: String,
    /// The language on screen.
    pub lang: String,
    /// The system voice to read with (by name); the engine's own for the
    /// language when `None`.
    pub voice: Option<String>,
    pub rate: Rate,
}

/// What went wrong with the system's speech.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    /// No speech engine on this computer, or it cannot be reached.
    #[error("no speech engine: {0}")]
    NoEngine(String),
    /// The engine refused a request.
    #[error("the speech engine said no: {0}")]
    Refused(String),
}

/// A speech engine. Not `Send`: an engine may have to stay on the thread that
/// made it (the game keeps it on a thread of its own).
pub trait Speech {
    /// The engine's name, for the log and Settings.
    fn engine(&self) -> &'static str;
    /// Every voice it has.
    fn voices(&mut self) -> Result<Vec<SystemVoice>, SpeechError>;
    /// Reads a line, stopping any line still being read.
    fn speak(&mut self, line: &Utterance) -> Result<(), SpeechError>;
    /// Stops reading.
    fn stop(&mut self) -> Result<(), SpeechError>;
}

/// Who reads the lines of a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reader {
    /// The system, with this voice (of those that speak the language, the one
    /// chosen in Settings, counted round).
    System(SystemVoice),
    /// The made voices of the voice pack.
    Pack,
    /// Nobody: the system has no voice for the language and the voice pack is
    /// not there.
    Nobody,
}

/// The region most of a language's speakers hear it from, for ordering voices
/// (a child in Paris or Dakar can still pick another).
fn main_region(lang: &str) -> &'static str {
    match lang {
        "en" => "US",
        "fr" => "FR",
        "es" => "ES",
        "ru" => "RU",
        "ar" => "SA",
        "zh" => "CN",
        _ => "",
    }
}

/// The system's voices for a language: the language's own first (`fr`), then
/// its main region's (`fr-FR`), then its other regions, each in the engine's
/// order.
pub fn voices_for<'a>(voices: &'a [SystemVoice], lang: &str) -> Vec<&'a SystemVoice> {
    let wanted = primary(lang).to_ascii_lowercase();
    let main = main_region(&wanted);
    let mut speaking: Vec<&SystemVoice> = voices.iter().filter(|v| v.speaks(lang)).collect();
    speaking.sort_by_key(|v| match v.lang.split(['-', '_']).nth(1) {
        None => 0,
        Some(r) if r.eq_ignore_ascii_case(main) => 1,
        Some(_) => 2,
    });
    speaking
}

/// Who reads a language's lines: the system's `choice`-th voice for it (counted
/// round), else the voice pack if it has the language, else nobody. With
/// `prefer_pack` (the child chose the made voices), the pack first.
pub fn reader(
    voices: &[SystemVoice],
    lang: &str,
    choice: u8,
    pack_has_lang: bool,
    prefer_pack: bool,
) -> Reader {
    if prefer_pack && pack_has_lang {
        return Reader::Pack;
    }
    let speaking = voices_for(voices, lang);
    match speaking.len() {
        0 if pack_has_lang => Reader::Pack,
        0 => Reader::Nobody,
        n => Reader::System(speaking[usize::from(choice) % n].clone()),
    }
}

/// A speech engine that speaks nothing and keeps every request: for tests.
#[derive(Debug, Default, Clone)]
pub struct Recorder {
    pub voices: Vec<SystemVoice>,
    pub spoken: Vec<Utterance>,
    pub stops: usize,
    /// Every request fails as if no engine were there.
    pub broken: bool,
}

impl Speech for Recorder {
    fn engine(&self) -> &'static str {
        "recorder"
    }

    fn voices(&mut self) -> Result<Vec<SystemVoice>, SpeechError> {
        self.check()?;
        Ok(self.voices.clone())
    }

    fn speak(&mut self, line: &Utterance) -> Result<(), SpeechError> {
        self.check()?;
        self.spoken.push(line.clone());
        Ok(())
    }

    fn stop(&mut self) -> Result<(), SpeechError> {
        self.check()?;
        self.stops += 1;
        Ok(())
    }
}

impl Recorder {
    fn check(&self) -> Result<(), SpeechError> {
        match self.broken {
            true => Err(SpeechError::NoEngine("the recorder is broken".into())),
            false => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(name: &str, lang: &str) -> SystemVoice {
        SystemVoice {
            name: name.into(),
            lang: lang.into(),
        }
    }

    #[test]
    fn a_voice_speaks_its_language_in_any_region() {
        assert!(voice("a", "fr-FR").speaks("fr"));
        assert!(voice("a", "zh_CN").speaks("zh"));
        assert!(voice("a", "FR").speaks("fr-CA"));
        assert!(!voice("a", "fr").speaks("en"));
        assert!(voice("Chinese (Mandarin)", "cmn").speaks("zh"));
        let voices = [
            voice("Belgium", "fr-BE"),
            voice("France", "fr-FR"),
            voice("French", "fr"),
        ];
        let names: Vec<&str> = voices_for(&voices, "fr")
            .iter()
            .map(|v| v.name.as_str())
            .collect();
        assert_eq!(names, ["French", "France", "Belgium"]);
    }

    #[test]
    fn the_system_reads_first_then_the_pack_then_nobody() {
        let voices = [
            voice("Amélie", "fr-FR"),
            voice("Thomas", "fr-FR"),
            voice("Alex", "en"),
        ];
        assert_eq!(
            reader(&voices, "fr", 0, true, false),
            Reader::System(voices[0].clone())
        );
        // The choice counts round the language's voices.
        assert_eq!(
            reader(&voices, "fr", 3, true, false),
            Reader::System(voices[1].clone())
        );
        assert_eq!(reader(&voices, "ar", 0, true, false), Reader::Pack);
        assert_eq!(reader(&voices, "ar", 0, false, false), Reader::Nobody);
        // A child who chose the made voices keeps them where the pack has the language.
        assert_eq!(reader(&voices, "fr", 0, true, true), Reader::Pack);
        assert_eq!(
            reader(&voices, "fr", 0, false, true),
            Reader::System(voices[0].clone())
        );
    }

    #[test]
    fn rates_stay_in_bounds_and_normal_is_the_voices_own() {
        assert_eq!(Rate::default().ssip(), 0);
        assert_eq!(Rate::default().web(), 1.0);
        assert_eq!(Rate::new(99).step(), Rate::FASTEST);
        assert_eq!(Rate::new(0).nudge(false).step(), 0);
        assert!(Rate::new(0).ssip() < 0 && Rate::new(4).ssip() > 0);
        assert_eq!(Rate::new(4).key(), "fastest");
    }

    #[test]
    fn the_recorder_keeps_what_it_was_asked() {
        let mut speech = Recorder::default();
        let line = Utterance {
            text: "Hello".into(),
            lang: "en".into(),
            voice: None,
            rate: Rate::NORMAL,
        };
        speech.speak(&line).unwrap();
        speech.stop().unwrap();
        assert_eq!((speech.spoken, speech.stops), (vec![line.clone()], 1));
        let mut broken = Recorder {
            broken: true,
            ..Recorder::default()
        };
        assert!(matches!(broken.speak(&line), Err(SpeechError::NoEngine(_))));
    }
}
