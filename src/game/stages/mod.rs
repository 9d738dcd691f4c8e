//! How a level's story is drawn, one file per kind of stage: a speech panel
//! (dialogue), a chat app, a social feed, a pop-up. A scenario names its stage;
//! the level screen asks it for the app's frame and for each line. A new kind of
//! stage is a new file here and an arm in [`line`] and [`frame`].

mod chat;
mod dialogue;
mod feed;
mod popup;

use bevy::prelude::*;

use crate::content::{Scenario, Speaker, Stage};
use crate::game::pictures::{self, Picture};
use crate::game::reveal::Reveal;
use crate::game::theme::{Localized, Theme, label, palette, size};
use crate::game::voice::{Spoken, listen_button};

pub use chat::earlier_lines;

/// The colour of an app's bar and of a pop-up's frame.
pub const APP_BAR: Color = Color::srgb(0.20, 0.24, 0.32);

/// How a line's words look.
#[derive(Clone, Copy, Debug)]
pub struct Look {
    pub size: f32,
    pub color: Color,
}

/// One line of the story to draw.
pub struct Line<'a> {
    pub speaker: &'a Speaker,
    /// The speaker's name as shown (none for the narrator).
    pub name: Option<Localized>,
    pub text: Localized,
    /// A line said before, kept on screen: smaller, softer, no Listen button.
    pub earlier: bool,
    /// The line appears letter by letter (unless motion is off).
    pub animate: bool,
    /// The speaker's face, where the stage shows faces (a chat, a feed).
    pub face: Option<Handle<Image>>,
    /// What the line shows: a post's photo, a store page, a pop-up.
    pub picture: Option<Shown<'a>>,
}

/// A picture to draw, with the words laid over it.
pub struct Shown<'a> {
    pub picture: &'a Picture,
    pub words: Vec<(String, Localized)>,
}

/// How tall a line's picture is drawn, in hundredths of the window's height.
pub const SCENE_VH: f32 = 32.0;

impl<'a> Line<'a> {
    /// The line being said.
    pub fn now(
        speaker: &'a Speaker,
        scenario: &Scenario,
        vars: &[(String, String)],
        text: Localized,
        animate: bool,
    ) -> Self {
        Self {
            speaker,
            name: speaker_name(speaker, scenario, vars),
            text,
            earlier: false,
            animate,
            face: None,
            picture: None,
        }
    }

    fn look(&self) -> Look {
        if self.earlier {
            Look {
                size: size::SMALL,
                color: palette::INK_SOFT,
            }
        } else {
            Look {
                size: size::BODY,
                color: palette::INK,
            }
        }
    }

    /// Its picture and its words, inside whatever the stage drew around them.
    /// With a picture, the picture comes first and the words beside it (below it
    /// when the window is too narrow), so a scene and its line fit a netbook.
    fn say(self, p: &mut ChildSpawnerCommands, theme: &Theme) {
        let look = self.look();
        let reveal = Reveal::new(self.animate && !self.earlier);
        let listen = !self.earlier;
        let Some(shown) = &self.picture else {
            words(p, theme, self.text, look, reveal, listen);
            return;
        };
        p.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(16),
                row_gap: px(10),
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::FlexStart,
                ..default()
            },
        ))
        .with_children(|row| {
            pictures::picture(row, theme, shown.picture, SCENE_VH, &shown.words);
            row.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(8),
                flex_grow: 1.0,
                flex_basis: px(260),
                min_width: px(220),
                ..default()
            })
            .with_children(|column| words(column, theme, self.text, look, reveal, listen));
        });
    }
}

/// Who says a line, as the child sees it.
pub fn speaker_name(
    speaker: &Speaker,
    scenario: &Scenario,
    vars: &[(String, String)],
) -> Option<Localized> {
    match speaker {
        Speaker::Sango => Some(Localized::new("speaker-sango")),
        Speaker::Player => Some(Localized::new("speaker-you")),
        Speaker::Narrator => None,
        Speaker::Npc(key) => Some(Localized::scenario(scenario, key, vars)),
    }
}

/// One line of the story, drawn the way the stage draws it: a chat bubble (mine on
/// the right), a post in a feed, a dialog in a pop-up; Sango and the narrator
/// speak in a panel on every stage.
pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, stage: &Stage, line: Line) {
    match stage {
        Stage::Chat { .. } if chat::draws(line.speaker) => chat::line(v, theme, line),
        Stage::Feed { .. } if feed::draws(line.speaker) => feed::line(v, theme, line),
        Stage::Popup { .. } if popup::draws(&line) => popup::line(v, theme, line),
        _ => dialogue::line(v, theme, line),
    }
}

/// The app's frame above the story: its name and what kind of app it is.
pub fn frame(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    scenario: &Scenario,
    vars: &[(String, String)],
) {
    let kind = match scenario.stage {
        Stage::Chat { .. } => chat::KIND,
        Stage::Feed { .. } => feed::KIND,
        Stage::Popup { .. } => popup::KIND,
        Stage::Dialogue => return,
    };
    let Some(app) = scenario.stage.app() else {
        return;
    };
    v.spawn((
        Name::new("App bar"),
        Node {
            padding: UiRect::axes(px(16), px(8)),
            column_gap: px(12),
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(APP_BAR),
    ))
    .with_children(|bar| {
        bar.spawn(label(
            theme,
            Localized::scenario(scenario, app, vars),
            size::SMALL,
            Color::WHITE,
        ));
        bar.spawn(label(
            theme,
            Localized::new(kind),
            size::SMALL * 0.8,
            Color::srgb(0.75, 0.80, 0.88),
        ));
    });
}

/// The row above a line for who says it (a face, a name), mirrored in Arabic.
fn who_row<'a>(p: &'a mut ChildSpawnerCommands) -> EntityCommands<'a> {
    p.spawn((
        crate::game::Mirror,
        Node {
            column_gap: px(10),
            align_items: AlignItems::Center,
            ..default()
        },
    ))
}

/// A character's round face, or a plain circle where there is none.
pub fn face(v: &mut ChildSpawnerCommands, face: Option<Handle<Image>>, size: f32) {
    let node = Node {
        width: px(size),
        height: px(size),
        flex_shrink: 0.0,
        border_radius: BorderRadius::MAX,
        ..default()
    };
    match face {
        Some(image) => v.spawn((Name::new("Face"), node, ImageNode::new(image))),
        None => v.spawn((node, BackgroundColor(Color::srgb(0.62, 0.70, 0.80)))),
    };
}

/// The border of a clue card on this stage (a pop-up's is the app's).
pub fn card_border(stage: &Stage) -> Color {
    match stage {
        Stage::Popup { .. } => APP_BAR,
        _ => palette::PANEL_BORDER,
    }
}

/// The words of a line; the line being said gets a Listen button under it.
pub fn words(
    p: &mut ChildSpawnerCommands,
    theme: &Theme,
    text: Localized,
    look: Look,
    reveal: Reveal,
    listen: bool,
) {
    let mut words = p.spawn((label(theme, text, look.size, look.color), reveal));
    if listen {
        let line = words.insert(Spoken).id();
        listen_button(p, theme, line);
    }
}

/// Sango's words beside the story (a clue card's instruction, why a part is or is
/// not a clue): said aloud like a line, shown at once.
pub fn sango_says(p: &mut ChildSpawnerCommands, theme: &Theme, text: Localized, look: Look) {
    words(p, theme, text, look, Reveal::new(false), true);
}
