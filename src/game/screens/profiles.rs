//! Who is playing: many children share one computer, so the profiles come in
//! pages; pick your own. A teacher (after the PIN) picks profiles to remove here.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::game::actions::AddAction;
use crate::game::avatars::spawn_avatar;
use crate::game::state::{Player, Prefs, Saves, Words};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, heading, label, palette, size, verbatim,
};
use crate::game::widgets::{Page, confirm_buttons, pager, pages};

/// Profiles on one page: four columns of six.
pub const PAGE: usize = 24;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<ProfilesAction>()
        .init_resource::<ProfilesView>()
        .add_systems(OnEnter(Screen::Profiles), (reload, spawn_profiles).chain())
        .add_systems(
            Update,
            (
                on_page,
                on_action,
                spawn_profiles.run_if(on_message::<Rebuild>),
            )
                .chain()
                .run_if(in_state(Screen::Profiles)),
        );
}

/// Who is playing: the list's buttons (and the teacher's removal).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum ProfilesAction {
    /// This child's profile (or, when removing, the one to remove).
    Pick(u32),
    /// Open the new-profile form.
    NewPlayer,
    /// Remove the profile picked for removal, after asking.
    ConfirmRemove,
    /// Step back from the question without doing anything.
    Cancel,
    /// Back to the title.
    Back,
    BackToTeacher,
}

/// What the list shows: which page, and whether a teacher is removing profiles.
#[derive(Resource, Default, Debug)]
pub struct ProfilesView {
    pub page: usize,
    /// A teacher opened the list to remove profiles.
    pub removing: bool,
    /// The profile a teacher picked, waiting for "yes".
    pub confirm: Option<u32>,
    /// Said after a removal.
    pub said: Option<Localized>,
}

/// Another copy of the game may have added children since.
fn reload(mut saves: ResMut<Saves>, mut view: ResMut<ProfilesView>) {
    saves.reload_profiles();
    view.page = view
        .page
        .min(pages(saves.progress.profiles.len(), PAGE) - 1);
}

fn spawn_profiles(
    mut commands: Commands,
    theme: Res<Theme>,
    saves: Res<Saves>,
    view: Res<ProfilesView>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = theme.as_ref();
    let profiles = &saves.progress.profiles;
    let page_count = pages(profiles.len(), PAGE);
    let page = view.page.min(page_count - 1);
    let confirming = view
        .confirm
        .and_then(|id| saves.progress.profile(id))
        .map(|p| p.nickname.clone());
    commands
        .spawn((
            crate::game::theme::screen_root("Profiles screen"),
            DespawnOnExit(Screen::Profiles),
            RebuiltRoot,
        ))
        .with_children(|root| {
            let title = if view.removing {
                "profiles-remove-heading"
            } else {
                "profiles-heading"
            };
            root.spawn(heading(theme, Localized::new(title), size::HEADING));
            if let Some(nickname) = &confirming {
                root.spawn(label(
                    theme,
                    Localized::new("profiles-remove-confirm").with("nickname", nickname),
                    size::BODY,
                    palette::INK,
                ));
                confirm_buttons(
                    root,
                    theme,
                    "profiles-remove-yes",
                    ProfilesAction::ConfirmRemove,
                    ProfilesAction::Cancel,
                );
                return;
            }
            if let Some(said) = &view.said {
                root.spawn(label(theme, said.clone(), size::SMALL, palette::SAFE));
            }
            if profiles.is_empty() {
                root.spawn(label(
                    theme,
                    Localized::new("profiles-none-yet"),
                    size::BODY,
                    palette::INK_SOFT,
                ));
            }
            profile_tiles(root, theme, profiles, page, &view);
            pager(root, theme, page, page_count);
            profile_buttons(root, theme, &view, profiles.is_empty());
        });
}

/// The pager under the list.
fn on_page(
    mut pages: MessageReader<Page>,
    mut view: ResMut<ProfilesView>,
    mut rebuild: MessageWriter<Rebuild>,
) {
    for page in pages.read() {
        view.page = page.turn(view.page);
        rebuild.write(Rebuild);
    }
}

/// What a child's own choices set when they start playing: their language and
/// their text size, contrast and sound.
#[derive(bevy::ecs::system::SystemParam)]
pub(in crate::game) struct ChildsOwn<'w, 's> {
    words: ResMut<'w, Words>,
    prefs: ResMut<'w, Prefs>,
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    commands: Commands<'w, 's>,
}

impl ChildsOwn<'_, '_> {
    pub(in crate::game) fn apply(&mut self, saves: &Saves, id: u32) {
        // The class's language when the teacher locked it, else the child's.
        let own = saves
            .progress
            .child_language(id, &saves.settings.deployed)
            .map(str::to_owned);
        if let Some(lang) = own
            && !crate::game::language::switch(&mut self.words.0, &lang)
        {
            // The web build fetches the child's language.
            #[cfg(target_arch = "wasm32")]
            crate::game::web::fetch_words(&mut self.commands, &lang);
        }
        // The child's text size, contrast and sound, if they chose any.
        let own = saves.preferences(Some(id));
        self.prefs.set_if_neq(Prefs(own));
    }
}

fn on_action(
    mut actions: MessageReader<ProfilesAction>,
    mut view: ResMut<ProfilesView>,
    mut saves: ResMut<Saves>,
    mut player: ResMut<Player>,
    mut own: ChildsOwn,
    mut rebuild: MessageWriter<Rebuild>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            ProfilesAction::Pick(id) if view.removing => {
                view.confirm = Some(*id);
                rebuild.write(Rebuild);
            }
            ProfilesAction::Pick(id) => {
                player.profile = Some(*id);
                own.apply(&saves, *id);
                next.set(Screen::Map);
            }
            ProfilesAction::ConfirmRemove => {
                if let Some(id) = view.confirm.take() {
                    let nickname = saves.progress.profile(id).map(|p| p.nickname.clone());
                    match saves.delete_profile(id) {
                        Ok(()) => {
                            if player.profile == Some(id) {
                                player.profile = None;
                            }
                            view.said = nickname
                                .map(|n| Localized::new("profiles-removed").with("nickname", n));
                        }
                        Err(e) => {
                            error!("{e}");
                            saves.notice = Some(e.to_string());
                        }
                    }
                    let count = saves.progress.profiles.len();
                    view.page = view.page.min(pages(count, PAGE) - 1);
                }
                rebuild.write(Rebuild);
            }
            ProfilesAction::Cancel => {
                view.confirm = None;
                rebuild.write(Rebuild);
            }
            ProfilesAction::NewPlayer => next.set(Screen::NewProfile),
            ProfilesAction::Back => next.set(Screen::Title),
            ProfilesAction::BackToTeacher => {
                *view = ProfilesView::default();
                next.set(Screen::Teacher);
            }
        }
    }
}

/// Back to the teacher (when removing), or a new player and Back.
fn profile_buttons(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    view: &ProfilesView,
    no_profiles: bool,
) {
    root.spawn((
        crate::game::Mirror,
        Node {
            column_gap: px(20),
            margin: UiRect::top(px(8)),
            ..default()
        },
    ))
    .with_children(|row| {
        if view.removing {
            row.spawn(button(
                theme,
                Localized::new("back"),
                ProfilesAction::BackToTeacher,
                ButtonStyle::Quiet,
            ));
        } else {
            let mut new = row.spawn(button(
                theme,
                Localized::new("profiles-new-player"),
                ProfilesAction::NewPlayer,
                ButtonStyle::Primary,
            ));
            if no_profiles {
                new.insert(AutoFocus);
            }
            row.spawn(button(
                theme,
                Localized::new("back"),
                ProfilesAction::Back,
                ButtonStyle::Quiet,
            ));
        }
    });
}

/// A page of the children on this machine: avatar and nickname.
fn profile_tiles(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    profiles: &[crate::progress::Profile],
    page: usize,
    view: &ProfilesView,
) {
    root.spawn(Node {
        display: Display::Grid,
        grid_template_columns: RepeatedGridTrack::px(4, 270.0),
        column_gap: px(14),
        row_gap: px(12),
        ..default()
    })
    .with_children(|grid| {
        for (i, profile) in profiles.iter().skip(page * PAGE).take(PAGE).enumerate() {
            let mut tile = grid.spawn(button_base(
                ProfilesAction::Pick(profile.id),
                ButtonStyle::Quiet,
            ));
            tile.insert(Node {
                padding: UiRect::axes(px(12), px(6)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(14)),
                justify_content: JustifyContent::Start,
                align_items: AlignItems::Center,
                column_gap: px(10),
                min_height: px(52),
                ..default()
            });
            if view.removing {
                tile.insert(BorderColor::all(palette::RISKY));
            }
            let badges = crate::learning::mastered_ids(profile).len();
            tile.with_children(|b| {
                spawn_avatar(b, profile.avatar, 40.0);
                b.spawn(verbatim(
                    theme,
                    &profile.nickname,
                    size::BUTTON,
                    palette::INK,
                ));
                // Their badges, as a gold star and how many.
                if badges > 0 {
                    b.spawn((
                        Text::new("★"),
                        crate::game::theme::font(&theme.symbols, size::SMALL * theme.scale),
                        TextColor(palette::STAR),
                    ));
                    b.spawn(verbatim(
                        theme,
                        badges.to_string(),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                }
            });
            if i == 0 {
                tile.insert(AutoFocus);
            }
        }
    });
}
