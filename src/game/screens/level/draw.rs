//! What every step of a level is drawn with: the theme, the scenario and this
//! play's details, whether lines animate, and the pictures that have arrived.

use bevy::prelude::*;

use crate::content::{Mood, Scenario, Speaker, Verdict};
use crate::game::pictures::Pictures;
use crate::game::stages::{self, Line, Shown};
use crate::game::theme::{ButtonStyle, Localized, Theme, heading, label, palette, panel, size};

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

/// One thing reviewed after a step (a post, a setting, a phrase): its name, maybe
/// its words, what the child did with it in the colour of how well that fits,
/// and Sango's why.
pub(super) struct Reviewed {
    pub(super) title: Localized,
    pub(super) detail: Option<Localized>,
    pub(super) placed: Localized,
    pub(super) why: Localized,
}

pub(super) fn review_card(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    color: Color,
    item: Reviewed,
) {
    v.spawn(panel())
        .insert(BorderColor::all(color))
        .with_children(|p| {
            p.spawn(heading(theme, item.title, size::SMALL));
            if let Some(detail) = item.detail {
                p.spawn(label(theme, detail, size::SMALL, palette::INK_SOFT));
            }
            p.spawn(label(theme, item.placed, size::SMALL, color));
            p.spawn(label(theme, item.why, size::BODY, palette::INK));
        });
}

/// A value's (or a phrase's) button: smaller than the others, so a page of
/// settings fits a netbook's screen (40 pixels high, still above the 24 that
/// WCAG asks).
pub(super) fn value_button() -> Node {
    Node {
        padding: UiRect::axes(px(14), px(6)),
        border: UiRect::all(px(2)),
        border_radius: BorderRadius::all(px(12)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        min_height: px(40),
        ..default()
    }
}

/// A button that is on or off (a setting's value, a phrase in the message):
/// filled while on, and heard as pressed by a screen reader.
pub(super) fn chosen_button<'a>(
    parent: &'a mut ChildSpawnerCommands,
    theme: &Theme,
    words: Localized,
    action: super::LevelAction,
    on: bool,
) -> EntityCommands<'a> {
    let style = if on {
        ButtonStyle::Primary
    } else {
        ButtonStyle::Quiet
    };
    let mut b = parent.spawn((
        crate::game::theme::button(theme, words, action, style),
        crate::game::a11y::Chosen(on),
    ));
    b.insert(value_button());
    b
}

/// Things to build with (phrases, pieces of a passphrase, techniques), in the
/// order shown, flowing in rows: each adds itself or takes itself out again.
/// The first is focused while nothing is added.
pub(super) fn add_buttons(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    (name, keys): (&'static str, &[&str]),
    shown: &[usize],
    added: &[usize],
) {
    crate::game::theme::option_row(v)
        .insert(Name::new(name))
        .with_children(|list| {
            for (n, &i) in shown.iter().enumerate() {
                let Some(key) = keys.get(i) else { continue };
                let action = super::LevelAction::Add(i);
                let mut b =
                    chosen_button(list, draw.theme, draw.key(key), action, added.contains(&i));
                if n == 0 && added.is_empty() {
                    b.insert(bevy::input_focus::AutoFocus);
                }
            }
        });
}

/// A verdict's heading, colour, and Sango's mood for it.
pub(super) fn verdict_look(verdict: Verdict) -> (&'static str, Color, Mood) {
    match verdict {
        Verdict::Safe => ("level-verdict-safe", palette::SAFE, Mood::Proud),
        Verdict::Cautious => ("level-verdict-cautious", palette::CAUTIOUS, Mood::Thinking),
        Verdict::Risky => ("level-verdict-risky", palette::RISKY, Mood::Worried),
    }
}
