//! Motion, kept small and short: a new screen (and the help panel) rises into
//! place, Sango hops when its mood changes (a choice's verdict, a new line). Each
//! animation lasts under half a second and asks for frames only while it runs, so
//! an idle game still draws nothing. "Less motion" in the settings turns all of it
//! off.

use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use bevy::window::RequestRedraw;

use super::sango::SangoMood;
use super::state::Prefs;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        (start_animations, animate)
            .chain()
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// A screen rises this far into place.
const RISE_PX: f32 = 28.0;
const RISE_SECS: f32 = 0.25;
const HOP_SECS: f32 = 0.4;

/// A running animation and when it started (real seconds).
#[derive(Component, Debug, Clone, Copy)]
pub struct Anim {
    kind: AnimKind,
    start: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum AnimKind {
    Rise,
    Hop,
}

impl AnimKind {
    fn secs(self) -> f32 {
        match self {
            AnimKind::Rise => RISE_SECS,
            AnimKind::Hop => HOP_SECS,
        }
    }
}

fn ease_out(t: f32) -> f32 {
    1.0 - (1.0 - t).powi(3)
}

/// The transform at a point of an animation, `t` from 0 to 1.
fn pose(kind: AnimKind, t: f32) -> UiTransform {
    match kind {
        AnimKind::Rise => {
            UiTransform::from_translation(Val2::px(0.0, RISE_PX * (1.0 - ease_out(t))))
        }
        AnimKind::Hop => {
            // Up and back down once, a little taller at the top.
            let lift = (t * std::f32::consts::PI).sin();
            let mut pose = UiTransform::from_translation(Val2::px(0.0, -14.0 * lift));
            pose.scale = Vec2::new(1.0 - 0.03 * lift, 1.0 + 0.05 * lift);
            pose
        }
    }
}

#[allow(clippy::type_complexity)] // a Bevy system: each query is one kind of start
fn start_animations(
    mut commands: Commands,
    prefs: Res<Prefs>,
    time: Res<Time<Real>>,
    screens: Query<Entity, Added<ScrollArea>>,
    sangos: Query<(Entity, Ref<SangoMood>)>,
) {
    if prefs.0.reduced_motion {
        return;
    }
    let now = time.elapsed_secs();
    for entity in &screens {
        commands.entity(entity).try_insert(Anim {
            kind: AnimKind::Rise,
            start: now,
        });
    }
    for (entity, mood) in &sangos {
        if mood.is_changed() && !mood.is_added() {
            commands.entity(entity).try_insert(Anim {
                kind: AnimKind::Hop,
                start: now,
            });
        }
    }
}

fn animate(
    mut commands: Commands,
    prefs: Res<Prefs>,
    time: Res<Time<Real>>,
    mut moving: Query<(Entity, &Anim, &mut UiTransform)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let now = time.elapsed_secs();
    for (entity, anim, mut transform) in &mut moving {
        let t = (now - anim.start) / anim.kind.secs();
        if t >= 1.0 || prefs.0.reduced_motion {
            *transform = UiTransform::IDENTITY;
            commands.entity(entity).try_remove::<Anim>();
        } else {
            *transform = pose(anim.kind, t.max(0.0));
        }
        // The next frame comes at once while something moves, and stops after.
        redraw.write(RequestRedraw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_animation_starts_and_ends_at_rest() {
        for kind in [AnimKind::Rise, AnimKind::Hop] {
            let end = pose(kind, 1.0);
            let Val::Px(y) = end.translation.y else {
                panic!("{kind:?}")
            };
            assert!(y.abs() < 1e-3, "{kind:?}");
            assert!((end.scale - Vec2::ONE).length() < 1e-3, "{kind:?}");
        }
        assert_eq!(pose(AnimKind::Rise, 0.0).translation.y, Val::Px(RISE_PX));
        assert_eq!(pose(AnimKind::Hop, 0.0).scale, Vec2::ONE);
    }
}
