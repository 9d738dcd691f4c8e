//! A pop-up: the app's message (or the narrator's) is a dialog framed in the
//! app's colour, the way a store or a game asks for something.

use bevy::prelude::*;

use super::{APP_BAR, Line};
use crate::content::Speaker;
use crate::game::theme::{Theme, heading, panel, size};

/// The words under the app's name.
pub const KIND: &str = "stage-popup";

/// The app and the narrator speak in the dialog; Sango and the child beside it.
pub fn draws(line: &Line) -> bool {
    !line.earlier && matches!(line.speaker, Speaker::Npc(_) | Speaker::Narrator)
}

pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, mut line: Line) {
    let name = line.name.take();
    v.spawn((panel(), Name::new("Dialog")))
        .insert(BorderColor::all(APP_BAR))
        .with_children(|p| {
            if let Some(name) = name {
                p.spawn(heading(theme, name, size::SMALL));
            }
            line.say(p, theme);
        });
}
