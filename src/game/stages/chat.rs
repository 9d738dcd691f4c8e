//! A chat app: the people in it speak in bubbles, theirs on the left and the
//! child's on the right (mirrored in Arabic), and the last few messages stay on
//! screen as a chat keeps them.

use bevy::prelude::*;

use super::{Line, speaker_name};
use crate::content::{Scenario, Speaker};
use crate::game::pictures::Pictures;
use crate::game::theme::{Localized, Theme, label, palette, size};

/// The words under the app's name.
pub const KIND: &str = "stage-chat";

/// How many earlier messages stay on screen.
const EARLIER_LINES: usize = 3;

const THEIRS: Color = Color::srgb(0.90, 0.92, 0.95);
const MINE: Color = Color::srgb(0.82, 0.93, 1.0);

/// The people in the chat speak in it; Sango and the narrator beside it.
pub fn draws(speaker: &Speaker) -> bool {
    matches!(speaker, Speaker::Npc(_) | Speaker::Player)
}

pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, mut line: Line) {
    let mine = *line.speaker == Speaker::Player;
    let name = line.name.take().filter(|_| !mine);
    let face = line.face.take();
    v.spawn((
        crate::game::Mirror,
        Node {
            justify_content: if mine {
                JustifyContent::FlexEnd
            } else {
                JustifyContent::FlexStart
            },
            column_gap: px(8),
            align_items: AlignItems::FlexEnd,
            ..default()
        },
    ))
    .with_children(|row| {
        if !mine {
            super::face(row, face, if line.earlier { 28.0 } else { 40.0 });
        }
        row.spawn((
            Name::new("Chat bubble"),
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::axes(px(16), px(10)),
                row_gap: px(4),
                max_width: percent(80),
                border_radius: if mine {
                    BorderRadius::px(16.0, 16.0, 4.0, 16.0)
                } else {
                    BorderRadius::px(16.0, 16.0, 16.0, 4.0)
                },
                ..default()
            },
            BackgroundColor(if mine { MINE } else { THEIRS }),
        ))
        .with_children(|b| {
            if let Some(name) = name {
                b.spawn(label(theme, name, size::SMALL * 0.85, palette::SANGO_BLUE));
            }
            line.say(b, theme);
        });
    });
}

/// The last messages of the chat so far (what the run says was said), small and soft
/// above the one being said.
pub fn earlier_lines(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    (scenario, vars): (&Scenario, &[(String, String)]),
    transcript: &[(Speaker, String)],
    pictures: &Pictures,
) {
    let said: Vec<_> = transcript.iter().filter(|(who, _)| draws(who)).collect();
    for (speaker, text) in said.iter().rev().take(EARLIER_LINES).rev() {
        line(
            v,
            theme,
            Line {
                speaker,
                name: speaker_name(speaker, scenario, vars),
                text: Localized::scenario(scenario, text, vars),
                earlier: true,
                animate: false,
                face: pictures.face(scenario, vars, speaker),
                picture: None,
            },
        );
    }
}
