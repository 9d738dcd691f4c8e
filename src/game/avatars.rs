//! The children's avatars, drawn from UI shapes like Sango: six friendly figures,
//! each in its own colour (a bear, a sun, a sprout, a robot, an owl, a bunny), so a
//! child finds their profile by its picture, not by colour alone.

use bevy::prelude::*;

use crate::progress::Avatar;

const INK: Color = Color::srgb(0.08, 0.14, 0.22);
const LIGHT: Color = Color::srgb(1.0, 0.97, 0.92);
const CHEEK: Color = Color::srgba(1.0, 0.55, 0.6, 0.6);

pub fn avatar_color(avatar: Avatar) -> Color {
    match avatar {
        Avatar::Coral => Color::srgb(0.96, 0.45, 0.35),
        Avatar::Sun => Color::srgb(0.98, 0.76, 0.15),
        Avatar::Leaf => Color::srgb(0.30, 0.70, 0.35),
        Avatar::Sky => Color::srgb(0.30, 0.62, 0.95),
        Avatar::Violet => Color::srgb(0.58, 0.42, 0.85),
        Avatar::Rose => Color::srgb(0.92, 0.42, 0.68),
    }
}

/// A shape in a square of side `d`: position and size as fractions of `d`.
struct Canvas(f32);

impl Canvas {
    /// A box at (x, y) of w × h, corners rounded by `r` (all fractions of the side).
    fn rect(&self, x: f32, y: f32, w: f32, h: f32, r: f32, color: Color) -> impl Bundle {
        self.shape(x, y, w, h, BorderRadius::all(px(r * self.0)), color)
    }

    /// A box with its own corners.
    fn shape(
        &self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        corners: BorderRadius,
        color: Color,
    ) -> impl Bundle {
        let d = self.0;
        (
            Node {
                position_type: PositionType::Absolute,
                left: px(x * d),
                top: px(y * d),
                width: px(w * d),
                height: px(h * d),
                border_radius: corners,
                ..default()
            },
            BackgroundColor(color),
        )
    }

    /// A circle centred at (x, y) with diameter `w`.
    fn dot(&self, x: f32, y: f32, w: f32, color: Color) -> impl Bundle {
        self.rect(x - w / 2.0, y - w / 2.0, w, w, w, color)
    }

    /// A box (x, y, width, height, corner radius) turned by `degrees` about its
    /// centre.
    fn turned(&self, [x, y, w, h, r]: [f32; 5], degrees: f32, color: Color) -> impl Bundle {
        (
            self.rect(x, y, w, h, r, color),
            UiTransform::from_rotation(Rot2::degrees(degrees)),
        )
    }

    /// Two eyes and a smile, the face every figure shares.
    fn face(&self, parent: &mut ChildSpawnerCommands, eye_y: f32, eye_gap: f32) {
        parent.spawn(self.dot(0.5 - eye_gap, eye_y, 0.1, INK));
        parent.spawn(self.dot(0.5 + eye_gap, eye_y, 0.1, INK));
        parent.spawn(self.dot(0.5 - eye_gap - 0.06, eye_y + 0.12, 0.1, CHEEK));
        parent.spawn(self.dot(0.5 + eye_gap + 0.06, eye_y + 0.12, 0.1, CHEEK));
        // The smile: the lower half of a ring.
        let d = self.0;
        parent.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(0.41 * d),
                top: px((eye_y + 0.02) * d),
                width: px(0.18 * d),
                height: px(0.14 * d),
                border: UiRect::bottom(px((0.035 * d).max(1.5))),
                border_radius: BorderRadius::bottom(px(0.1 * d)),
                ..default()
            },
            BorderColor::all(INK),
        ));
    }
}

/// An avatar's figure, `d` pixels square.
pub fn spawn_avatar(parent: &mut ChildSpawnerCommands, avatar: Avatar, d: f32) {
    let c = Canvas(d);
    let color = avatar_color(avatar);
    parent
        .spawn((
            Name::new(format!("Avatar {}", avatar.key())),
            super::contrast::KeepColors,
            Node {
                width: px(d),
                height: px(d),
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .with_children(|f| match avatar {
            // A bear: round ears, a light snout.
            Avatar::Coral => {
                f.spawn(c.dot(0.22, 0.22, 0.3, color));
                f.spawn(c.dot(0.78, 0.22, 0.3, color));
                f.spawn(c.dot(0.22, 0.22, 0.14, LIGHT));
                f.spawn(c.dot(0.78, 0.22, 0.14, LIGHT));
                f.spawn(c.dot(0.5, 0.56, 0.84, color));
                f.spawn(c.rect(0.36, 0.56, 0.28, 0.22, 0.11, LIGHT));
                f.spawn(c.dot(0.5, 0.6, 0.1, INK));
                f.spawn(c.dot(0.36, 0.44, 0.1, INK));
                f.spawn(c.dot(0.64, 0.44, 0.1, INK));
            }
            // A sun: rays all round.
            Avatar::Sun => {
                for i in 0..8 {
                    f.spawn(c.turned([0.45, 0.0, 0.1, 1.0, 0.05], i as f32 * 22.5, color));
                }
                f.spawn(c.dot(0.5, 0.5, 0.7, Color::srgb(1.0, 0.86, 0.35)));
                c.face(f, 0.44, 0.13);
            }
            // A sprout: a round head with a leaf growing from it.
            Avatar::Leaf => {
                f.spawn(c.rect(0.48, 0.04, 0.05, 0.18, 0.02, Color::srgb(0.2, 0.5, 0.25)));
                // A leaf: two opposite corners round, two sharp.
                let leaf = BorderRadius {
                    top_left: px(0.16 * d),
                    bottom_right: px(0.16 * d),
                    ..BorderRadius::ZERO
                };
                f.spawn((
                    c.shape(0.5, 0.03, 0.32, 0.16, leaf, color),
                    UiTransform::from_rotation(Rot2::degrees(-20.0)),
                ));
                f.spawn(c.dot(0.5, 0.58, 0.8, color));
                c.face(f, 0.52, 0.14);
            }
            // A robot: a square head, an antenna, square eyes.
            Avatar::Sky => {
                f.spawn(c.rect(0.48, 0.06, 0.05, 0.16, 0.0, INK));
                f.spawn(c.dot(0.505, 0.07, 0.13, Color::srgb(0.98, 0.45, 0.35)));
                f.spawn(c.rect(0.12, 0.2, 0.76, 0.72, 0.16, color));
                f.spawn(c.rect(0.22, 0.32, 0.56, 0.24, 0.08, LIGHT));
                f.spawn(c.rect(0.3, 0.38, 0.12, 0.12, 0.02, INK));
                f.spawn(c.rect(0.58, 0.38, 0.12, 0.12, 0.02, INK));
                f.spawn(c.rect(0.36, 0.68, 0.28, 0.08, 0.04, INK));
            }
            // An owl: ear tufts, big ringed eyes, a small beak.
            Avatar::Violet => {
                f.spawn(c.turned([0.14, 0.06, 0.2, 0.3, 0.06], -25.0, color));
                f.spawn(c.turned([0.66, 0.06, 0.2, 0.3, 0.06], 25.0, color));
                f.spawn(c.dot(0.5, 0.56, 0.84, color));
                f.spawn(c.dot(0.34, 0.48, 0.3, LIGHT));
                f.spawn(c.dot(0.66, 0.48, 0.3, LIGHT));
                f.spawn(c.dot(0.34, 0.48, 0.13, INK));
                f.spawn(c.dot(0.66, 0.48, 0.13, INK));
                f.spawn(c.turned(
                    [0.45, 0.6, 0.1, 0.1, 0.02],
                    45.0,
                    Color::srgb(0.98, 0.7, 0.2),
                ));
            }
            // A bunny: long ears.
            Avatar::Rose => {
                f.spawn(c.rect(0.24, 0.0, 0.18, 0.5, 0.09, color));
                f.spawn(c.rect(0.58, 0.0, 0.18, 0.5, 0.09, color));
                f.spawn(c.rect(0.29, 0.06, 0.08, 0.34, 0.04, LIGHT));
                f.spawn(c.rect(0.63, 0.06, 0.08, 0.34, 0.04, LIGHT));
                f.spawn(c.dot(0.5, 0.62, 0.72, color));
                c.face(f, 0.58, 0.13);
            }
        });
}
