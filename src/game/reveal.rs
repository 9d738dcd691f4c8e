//! A line appearing letter by letter, at a calm reading pace. A child can always
//! press Continue to see it whole; no timer ever moves the story on.

use bevy::prelude::*;

/// Letters a second.
const LETTERS_PER_SEC: f32 = 45.0;

/// A line appearing letter by letter.
#[derive(Component, Debug, Default)]
pub struct Reveal {
    /// The whole line, as the language gives it.
    full: String,
    /// What this set the text to last.
    set: String,
    started: Option<f32>,
    pub done: bool,
}

impl Reveal {
    /// A line that appears letter by letter, or at once.
    pub fn new(animate: bool) -> Self {
        Self {
            done: !animate,
            ..default()
        }
    }

    /// The whole line, once its words are known (a screen reader reads it whole).
    pub fn whole(&self) -> Option<&str> {
        (!self.full.is_empty() && !self.done).then_some(self.full.as_str())
    }

    pub fn finish(&mut self, text: &mut Text) {
        if !self.done {
            if text.0 == self.set {
                text.0 = self.full.clone();
            }
            self.done = true;
        }
    }
}

pub fn reveal_lines(
    time: Res<Time<Real>>,
    mut lines: Query<(&mut Text, &mut Reveal)>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let now = time.elapsed_secs();
    for (mut text, mut reveal) in &mut lines {
        if reveal.done || text.0.is_empty() {
            continue;
        }
        // Words set by anyone else (the first time, or a new language) are the line.
        if text.0 != reveal.set {
            reveal.full = text.0.clone();
        }
        let started = *reveal.started.get_or_insert(now);
        let shown = ((now - started) * LETTERS_PER_SEC) as usize + 1;
        if shown >= reveal.full.chars().count() {
            text.0 = reveal.full.clone();
            reveal.done = true;
        } else {
            let part: String = reveal.full.chars().take(shown).collect();
            text.0.clone_from(&part);
            reveal.set = part;
        }
        redraw.write(bevy::window::RequestRedraw);
    }
}
