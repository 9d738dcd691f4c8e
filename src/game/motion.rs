//! Motion, kept small and short: a new screen (and the help panel) rises into
//! place, Sango hops when its mood changes (a choice's verdict, a new line) and
//! blinks a moment after the child last did something. Each animation asks for
//! frames only while it runs (the blink: until it is over, 2.2 seconds after the
//! last press), so an idle game still draws nothing. "Less motion" in the settings
//! turns all of it off.

use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use bevy::window::RequestRedraw;

use super::sango::SangoMood;
use super::state::Prefs;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        (start_animations, animate, blink)
            .chain()
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// Sango blinks this long after the child last did something, for this long.
const BLINK_AT: f32 = 2.0;
const BLINK_SECS: f32 = 0.18;

/// Whether Sango's eyes are closed `since` seconds after the last activity.
fn eyes_closed(since: f32) -> bool {
    (BLINK_AT..BLINK_AT + BLINK_SECS).contains(&since)
}

/// Whether frames are still needed `since` seconds after the last activity: until
/// the blink is over, and never again until the next press.
fn blink_pending(since: f32) -> bool {
    since < BLINK_AT + BLINK_SECS
}

/// What Sango blinks at: a press, a focus move, a change of mood.
#[derive(bevy::ecs::system::SystemParam)]
struct Activity<'w, 's> {
    pressed: MessageReader<'w, 's, super::actions::Pressed>,
    focus: Res<'w, bevy::input_focus::InputFocus>,
    moods: Query<'w, 's, Ref<'static, SangoMood>>,
}

impl Activity<'_, '_> {
    fn happened(&mut self) -> bool {
        self.pressed.read().count() > 0
            || self.focus.is_changed()
            || self.moods.iter().any(|m| m.is_changed())
    }
}

/// One blink after each press, focus move or change of mood; none with less motion.
fn blink(
    prefs: Res<Prefs>,
    time: Res<Time<Real>>,
    mut activity: Activity,
    mut sangos: Query<&mut super::sango::Blink>,
    mut last: Local<Option<f32>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let now = time.elapsed_secs();
    if activity.happened() {
        *last = Some(now);
    }
    let since = last.map_or(f32::INFINITY, |t| now - t);
    let closed = !prefs.0.reduced_motion && eyes_closed(since);
    for mut blink in &mut sangos {
        blink.set_if_neq(super::sango::Blink(closed));
    }
    if !prefs.0.reduced_motion && blink_pending(since) && !sangos.is_empty() {
        redraw.write(RequestRedraw);
    }
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
    fn sango_blinks_once_after_activity_then_rests() {
        assert!(!eyes_closed(0.0));
        assert!(!eyes_closed(BLINK_AT - 0.01));
        assert!(eyes_closed(BLINK_AT + 0.05));
        assert!(!eyes_closed(BLINK_AT + BLINK_SECS + 0.01));
        // Frames only until the blink is over; an idle game sleeps after.
        assert!(blink_pending(1.0));
        assert!(!blink_pending(BLINK_AT + BLINK_SECS));
        assert!(!blink_pending(f32::INFINITY));
        assert!(!eyes_closed(600.0));
    }

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
