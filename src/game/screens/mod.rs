//! The screens, one plugin each: title → who is playing → map → level → debrief,
//! and the teacher's: PIN → teacher settings → class report.

pub mod badges;
pub mod check;
pub mod debrief;
pub mod level;
pub mod map;
pub mod new_profile;
pub mod phone;
pub mod pin;
pub mod profiles;
pub mod report;
pub mod settings;
pub mod story;
pub mod teacher;
pub mod title;

use bevy::prelude::*;

#[derive(States, Default, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Profiles,
    NewProfile,
    Map,
    Level,
    Debrief,
    /// The warm-up or the look-back.
    Check,
    Badges,
    /// "My phone": the footprint of the child's choices.
    Phone,
    /// The age band's story: its chapters and how it closed.
    Story,
    Pin,
    Teacher,
    Report,
    Settings,
}

/// Asks the screen shown to build itself again (its data changed).
#[derive(Message, Default)]
pub struct Rebuild;

/// The root of a screen that is rebuilt on [`Rebuild`].
#[derive(Component)]
pub struct RebuiltRoot;

/// Removes the screen's old root before it is built again.
pub fn clear_root(commands: &mut Commands, old: &Query<Entity, With<RebuiltRoot>>) {
    for root in old {
        commands.entity(root).try_despawn();
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<Rebuild>()
        .add_plugins((
            title::plugin,
            profiles::plugin,
            new_profile::plugin,
            map::plugin,
            level::plugin,
            debrief::plugin,
            check::plugin,
            badges::plugin,
            phone::plugin,
            story::plugin,
            pin::plugin,
            teacher::plugin,
            report::plugin,
            settings::plugin,
        ));
}
