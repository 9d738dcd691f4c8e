//! Making a profile: a nickname and a colour, nothing else. The screen says why a
//! made-up nickname beats a real name.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{AutoFocus, FocusedInput, InputFocus};
use bevy::prelude::*;

use super::Screen;
use crate::game::actions::AddAction;
use crate::game::avatars::spawn_avatar;
use crate::game::state::{Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, heading, label, palette, panel, panel_node,
    size,
};
use crate::progress::{Avatar, NICKNAME_MAX_CHARS, StoreError};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<NewProfileAction>()
        .add_systems(
            OnEnter(Screen::NewProfile),
            (reset_form, spawn_form).chain(),
        )
        .add_systems(
            Update,
            (on_action, show_form)
                .chain()
                .run_if(in_state(Screen::NewProfile)),
        );
}

/// The new-profile form's buttons (Enter in the nickname field creates).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum NewProfileAction {
    PickAvatar(Avatar),
    Create,
    /// Back to the list of who is playing.
    Back,
}

/// The new-profile form as typed so far.
#[derive(Resource, Default, Debug)]
pub struct NewProfile {
    pub nickname: String,
    pub avatar: Avatar,
    pub error: Option<&'static str>,
}

#[derive(Component)]
pub struct NicknameField;

#[derive(Component)]
struct NicknameText;

#[derive(Component)]
struct FormError;

#[derive(Component)]
struct AvatarChoice(Avatar);

fn reset_form(mut commands: Commands) {
    commands.insert_resource(NewProfile::default());
}

fn spawn_form(mut commands: Commands, theme: Res<Theme>) {
    let theme = theme.as_ref();
    commands
        .spawn((
            crate::game::theme::screen_root("New profile screen"),
            DespawnOnExit(Screen::NewProfile),
        ))
        .with_children(|root| {
            root.spawn(heading(
                theme,
                Localized::new("profiles-heading"),
                size::HEADING,
            ));
            root.spawn(panel())
                .insert(Node {
                    width: px(720),
                    ..panel_node()
                })
                .with_children(|form| {
                    form.spawn(heading(theme, Localized::new("profiles-new"), size::BODY));
                    form.spawn(label(
                        theme,
                        Localized::new("profiles-nickname-label"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                    let mut field = form.spawn((
                        Name::new("Nickname field"),
                        NicknameField,
                        TabIndex(0),
                        Node {
                            padding: UiRect::axes(px(14), px(10)),
                            border: UiRect::all(px(2)),
                            border_radius: BorderRadius::all(px(10)),
                            min_height: px(50),
                            align_items: AlignItems::Center,
                            ..default()
                        },
                        BorderColor::all(palette::PANEL_BORDER),
                        BackgroundColor(palette::BACKGROUND),
                        children![(
                            NicknameText,
                            Text::new(""),
                            theme.text_font(false, size::BODY),
                            TextColor(palette::INK),
                        )],
                    ));
                    field.observe(type_nickname);
                    field.insert(AutoFocus);
                    // Sango's tip; a kinder, closer word when the nickname looks
                    // like a real name, an e-mail or a phone number.
                    form.spawn((
                        label(
                            theme,
                            Localized::new("profiles-privacy-tip"),
                            size::SMALL,
                            palette::SAFE,
                        ),
                        PrivacyTip,
                    ));
                    form.spawn(label(
                        theme,
                        Localized::new("profiles-avatar-label"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                    avatar_picker(form);
                    form.spawn((
                        FormError,
                        label(theme, Localized::new("empty"), size::SMALL, palette::RISKY),
                    ));
                    form.spawn(button(
                        theme,
                        Localized::new("profiles-create"),
                        NewProfileAction::Create,
                        ButtonStyle::Primary,
                    ));
                });
            root.spawn(button(
                theme,
                Localized::new("back"),
                NewProfileAction::Back,
                ButtonStyle::Quiet,
            ));
        });
}

/// Typing into the focused nickname box. Enter creates the profile.
fn type_nickname(
    mut event: On<FocusedInput<KeyboardInput>>,
    mut form: ResMut<NewProfile>,
    mut actions: MessageWriter<NewProfileAction>,
) {
    let key = &event.input;
    if key.state != ButtonState::Pressed {
        return;
    }
    debug!("nickname key {:?}", key.logical_key);
    match &key.logical_key {
        Key::Character(s) => {
            for c in s.chars().filter(|c| !c.is_control()) {
                if form.nickname.chars().count() < NICKNAME_MAX_CHARS {
                    form.nickname.push(c);
                }
            }
        }
        Key::Space => {
            if form.nickname.chars().count() < NICKNAME_MAX_CHARS {
                form.nickname.push(' ');
            }
        }
        Key::Backspace => {
            form.nickname.pop();
        }
        Key::Enter => {
            actions.write(NewProfileAction::Create);
        }
        _ => return,
    }
    form.error = None;
    event.propagate(false);
}

/// The privacy tip under the nickname box.
#[derive(Component)]
struct PrivacyTip;

#[allow(clippy::type_complexity)]
fn show_form(
    form: Res<NewProfile>,
    focus: Res<InputFocus>,
    fields: Query<Entity, With<NicknameField>>,
    mut texts: Query<(&mut Text, &mut TextColor), With<NicknameText>>,
    mut errors: Query<&mut Localized, (With<FormError>, Without<PrivacyTip>)>,
    mut tips: Query<&mut Localized, (With<PrivacyTip>, Without<FormError>)>,
    mut avatars: Query<(&AvatarChoice, &mut BorderColor)>,
) {
    if !form.is_changed() && !focus.is_changed() {
        return;
    }
    let focused = fields.iter().any(|f| focus.get() == Some(f));
    for (mut text, mut color) in &mut texts {
        let caret = if focused { "|" } else { "" };
        text.0 = format!("{}{caret}", form.nickname);
        color.0 = palette::INK;
    }
    let tip = crate::progress::PersonalHint::of(&form.nickname)
        .map_or("profiles-privacy-tip", crate::progress::PersonalHint::key);
    for mut loc in &mut tips {
        if loc.id != tip {
            *loc = Localized::new(tip);
        }
    }
    for mut loc in &mut errors {
        let id = form.error.unwrap_or("empty");
        if loc.id != id {
            *loc = Localized::new(id).with("max", NICKNAME_MAX_CHARS);
        }
    }
    for (choice, mut border) in &mut avatars {
        *border = BorderColor::all(if choice.0 == form.avatar {
            palette::INK
        } else {
            Color::NONE
        });
    }
}

fn on_action(
    mut actions: MessageReader<NewProfileAction>,
    mut form: ResMut<NewProfile>,
    mut saves: ResMut<Saves>,
    mut player: ResMut<Player>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            NewProfileAction::PickAvatar(avatar) => form.avatar = *avatar,
            NewProfileAction::Create => match saves.create_profile(&form.nickname, form.avatar) {
                Ok(id) => {
                    player.profile = Some(id);
                    next.set(Screen::Map);
                }
                Err(StoreError::Profile(e)) => form.error = Some(e.key()),
                Err(e) => {
                    // Not the child's doing: said plainly, and they can try again.
                    error!("{e}");
                    saves.notice = Some(e.to_string());
                    form.error = Some("profile-error-not-saved");
                }
            },
            NewProfileAction::Back => next.set(Screen::Profiles),
        }
    }
}

/// The avatars to choose from, each a button with its name for screen readers.
fn avatar_picker(form: &mut ChildSpawnerCommands) {
    form.spawn(Node {
        column_gap: px(12),
        ..default()
    })
    .with_children(|row| {
        for avatar in Avatar::ALL {
            row.spawn((
                button_base(
                    NewProfileAction::PickAvatar(avatar),
                    ButtonStyle::Swatch(palette::PANEL),
                ),
                AvatarChoice(avatar),
                children![(
                    // Named for screen readers and tests; the figure is the picture.
                    Text::new(""),
                    TextFont {
                        font_size: FontSize::Px(1.0),
                        ..default()
                    },
                    TextColor(Color::NONE),
                    Localized::new(format!("avatar-{}", avatar.key())),
                )],
            ))
            .insert(Node {
                width: px(76),
                height: px(76),
                border: UiRect::all(px(4)),
                border_radius: BorderRadius::all(px(18)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|b| spawn_avatar(b, avatar, 56.0));
        }
    });
}
