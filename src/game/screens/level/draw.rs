//! What every step of a level is drawn with: the theme, the scenario and this
//! play's details, whether lines animate, and the pictures that have arrived.

use bevy::prelude::*;

use crate::content::{Scenario, Speaker};
use crate::game::pictures::Pictures;
use crate::game::stages::{self, Line, Shown};
use crate::game::theme::{Localized, Theme};

/// What every step is drawn with.
pub(super) struct Draw<'a, 'w> {
    pub(super) theme: &'a Theme,
    pub(super) scenario: &'a Scenario,
    pub(super) vars: &'a [(String, String)],
    pub(super) animate: bool,
    pub(super) pictures: &'a Pictures<'w>,
}

impl Draw<'_, '_> {
    /// One of the scenario's messages.
    pub(super) fn key(&self, key: &str) -> Localized {
        Localized::scenario(self.scenario, key, self.vars)
    }

    /// The picture a beat shows, with its words, once it has arrived.
    pub(super) fn scene(&self, beat: &str) -> Option<Shown<'_>> {
        let scene = self.scenario.scene(beat)?;
        let picture = self
            .pictures
            .get(&crate::content::picture::fill(scene.name, self.vars))?;
        let words = scene
            .words
            .iter()
            .map(|(slot, key)| (slot.clone(), self.key(key)))
            .collect();
        Some(Shown { picture, words })
    }

    /// The line being said, as the stage draws it, with its picture.
    pub(super) fn line(
        &self,
        v: &mut ChildSpawnerCommands,
        beat: &str,
        speaker: &Speaker,
        text: &str,
    ) {
        let mut line = Line::now(
            speaker,
            self.scenario,
            self.vars,
            self.key(text),
            self.animate,
        );
        line.face = self.pictures.face(self.scenario, self.vars, speaker);
        line.picture = self.scene(beat);
        stages::line(v, self.theme, &self.scenario.stage, line);
    }
}
