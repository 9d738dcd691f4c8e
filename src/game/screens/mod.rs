//! The screens, one plugin each: title → who is playing → map → level → debrief.

pub mod debrief;
pub mod level;
pub mod map;
pub mod profiles;
pub mod title;

use bevy::prelude::*;

#[derive(States, Default, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Profiles,
    Map,
    Level,
    Debrief,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>().add_plugins((
        title::plugin,
        profiles::plugin,
        map::plugin,
        level::plugin,
        debrief::plugin,
    ));
}
