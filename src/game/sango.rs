//! Sango, the ITU's friendly phone, drawn from UI shapes: a blue phone whose screen
//! is a face. The face follows [`SangoMood`].

use bevy::prelude::*;

use super::theme::palette;
use crate::content::Mood;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, draw_face);
}

/// Sango's current mood; change it and the face is redrawn.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SangoMood(pub Mood);

/// Sango's eyes are closed for a blink (see `motion`).
#[derive(Component, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Blink(pub bool);

/// The screen of the phone, where the face is drawn.
#[derive(Component)]
struct Face {
    scale: f32,
}

const INK: Color = Color::srgb(0.08, 0.14, 0.22);
const SCREEN: Color = Color::srgb(0.90, 0.97, 1.0);
const CHEEK: Color = Color::srgba(1.0, 0.55, 0.6, 0.55);

/// Sango at `scale` (1.0 is 150 by 240 pixels) with a mood.
pub fn sango(mood: Mood, scale: f32) -> impl Bundle {
    let s = |v: f32| px(v * scale);
    (
        Name::new("Sango"),
        SangoMood(mood),
        Blink(false),
        super::contrast::KeepColors,
        Node {
            width: s(150.0),
            height: s(240.0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(s(10.0)),
            row_gap: s(8.0),
            border: UiRect::all(s(4.0)),
            border_radius: BorderRadius::all(s(30.0)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::SANGO_BLUE),
        BorderColor::all(palette::SANGO_BLUE_DARK),
        children![
            // The earpiece.
            (
                Node {
                    width: s(40.0),
                    height: s(7.0),
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BackgroundColor(palette::SANGO_BLUE_DARK),
            ),
            (
                Name::new("Sango's face"),
                Face { scale },
                Node {
                    width: s(118.0),
                    height: s(160.0),
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    justify_content: JustifyContent::Center,
                    row_gap: s(14.0),
                    border_radius: BorderRadius::all(s(16.0)),
                    ..default()
                },
                BackgroundColor(SCREEN),
            ),
            // The home button.
            (
                Node {
                    width: s(22.0),
                    height: s(22.0),
                    border: UiRect::all(s(3.0)),
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BorderColor::all(palette::SANGO_BLUE_DARK),
            ),
        ],
    )
}

fn shape(width: f32, height: f32, radius: BorderRadius, color: Color) -> impl Bundle {
    (
        Node {
            width: px(width),
            height: px(height),
            border_radius: radius,
            ..default()
        },
        BackgroundColor(color),
    )
}

/// A curved line: the lower (smile) or upper (frown) edge of a rounded box.
fn arc(width: f32, height: f32, thickness: f32, smile: bool) -> impl Bundle {
    let (border, radius) = if smile {
        (
            UiRect {
                bottom: px(thickness),
                left: px(thickness * 0.6),
                right: px(thickness * 0.6),
                ..default()
            },
            BorderRadius::bottom(px(height)),
        )
    } else {
        (
            UiRect {
                top: px(thickness),
                left: px(thickness * 0.6),
                right: px(thickness * 0.6),
                ..default()
            },
            BorderRadius::top(px(height)),
        )
    };
    (
        Node {
            width: px(width),
            height: px(height),
            border,
            border_radius: radius,
            ..default()
        },
        BorderColor::all(INK),
    )
}

fn row(gap: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        column_gap: px(gap),
        ..default()
    }
}

/// Sangos whose face must be drawn again: a new mood, or a blink.
type ChangedFaces<'w, 's> = Query<
    'w,
    's,
    (&'static SangoMood, &'static Blink, &'static Children),
    Or<(Changed<SangoMood>, Changed<Blink>)>,
>;

fn draw_face(mut commands: Commands, sangos: ChangedFaces, faces: Query<&Face>) {
    for (mood, blink, children) in &sangos {
        for child in children.iter() {
            let Ok(face) = faces.get(child) else {
                continue;
            };
            let k = face.scale;
            commands.entity(child).despawn_related::<Children>();
            commands.entity(child).with_children(|f| {
                let eye = |tall: f32| shape(14.0 * k, tall * k, BorderRadius::MAX, INK);
                // Eyes, with brows for the thoughtful, worried and sad faces.
                match mood.0 {
                    Mood::Kind => {
                        // Brows raised in the middle: sad, and caring.
                        f.spawn(row(30.0 * k)).with_children(|r| {
                            r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::MAX, INK))
                                .insert(UiTransform::from_rotation(Rot2::degrees(-14.0)));
                            r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::MAX, INK))
                                .insert(UiTransform::from_rotation(Rot2::degrees(14.0)));
                        });
                    }
                    Mood::Worried => {
                        f.spawn(row(26.0 * k)).with_children(|r| {
                            r.spawn(arc(20.0 * k, 8.0 * k, 3.0 * k, false));
                            r.spawn(arc(20.0 * k, 8.0 * k, 3.0 * k, false));
                        });
                    }
                    Mood::Thinking => {
                        f.spawn(row(26.0 * k)).with_children(|r| {
                            r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::MAX, INK));
                            r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::ZERO, Color::NONE));
                        });
                    }
                    _ => {}
                }
                f.spawn(row(30.0 * k)).with_children(|r| match mood.0 {
                    // A blink: both eyes a short line for a moment.
                    _ if blink.0 => {
                        r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::MAX, INK));
                        r.spawn(shape(18.0 * k, 4.0 * k, BorderRadius::MAX, INK));
                    }
                    Mood::Kind => {
                        // Soft, lowered eyes.
                        r.spawn(arc(20.0 * k, 9.0 * k, 4.0 * k, true));
                        r.spawn(arc(20.0 * k, 9.0 * k, 4.0 * k, true));
                    }
                    Mood::Happy | Mood::Proud => {
                        // Smiling eyes: little upside-down arcs.
                        r.spawn(arc(20.0 * k, 10.0 * k, 4.0 * k, false));
                        r.spawn(arc(20.0 * k, 10.0 * k, 4.0 * k, false));
                    }
                    Mood::Curious => {
                        r.spawn(eye(24.0));
                        r.spawn(eye(18.0));
                    }
                    Mood::Worried => {
                        r.spawn(eye(16.0));
                        r.spawn(eye(16.0));
                    }
                    Mood::Thinking => {
                        r.spawn(eye(20.0));
                        r.spawn(eye(20.0));
                    }
                });
                // Cheeks for the happy faces, a drop for a worried one.
                if matches!(mood.0, Mood::Happy | Mood::Proud | Mood::Kind) {
                    f.spawn(row(56.0 * k)).with_children(|r| {
                        r.spawn(shape(16.0 * k, 9.0 * k, BorderRadius::MAX, CHEEK));
                        r.spawn(shape(16.0 * k, 9.0 * k, BorderRadius::MAX, CHEEK));
                    });
                }
                match mood.0 {
                    Mood::Happy => {
                        f.spawn(arc(44.0 * k, 20.0 * k, 5.0 * k, true));
                    }
                    Mood::Proud => {
                        f.spawn(shape(
                            50.0 * k,
                            26.0 * k,
                            BorderRadius::bottom(px(26.0 * k)),
                            INK,
                        ));
                    }
                    Mood::Curious => {
                        f.spawn((
                            Node {
                                width: px(16.0 * k),
                                height: px(16.0 * k),
                                border: UiRect::all(px(4.0 * k)),
                                border_radius: BorderRadius::MAX,
                                ..default()
                            },
                            BorderColor::all(INK),
                        ));
                    }
                    Mood::Worried => {
                        f.spawn(arc(36.0 * k, 14.0 * k, 5.0 * k, false));
                        f.spawn(shape(
                            10.0 * k,
                            14.0 * k,
                            BorderRadius::bottom(px(6.0 * k)),
                            palette::SANGO_BLUE,
                        ));
                    }
                    Mood::Thinking => {
                        f.spawn(shape(30.0 * k, 5.0 * k, BorderRadius::MAX, INK));
                    }
                    Mood::Kind => {
                        // A small, gentle frown.
                        f.spawn(arc(26.0 * k, 9.0 * k, 4.0 * k, false));
                    }
                }
            });
        }
    }
}
