//! Who is playing: pick your profile, or make one from a nickname and a colour.
//! Nothing else is asked; the screen says why a nickname beats a real name.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{AutoFocus, FocusedInput, InputFocus};
use bevy::prelude::*;

use super::Screen;
use crate::game::actions::Action;
use crate::game::state::{Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, heading, label, palette, panel, size,
    verbatim,
};
use crate::progress::{Avatar, NICKNAME_MAX_CHARS, ProfileError};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        OnEnter(Screen::Profiles),
        (reset_form, spawn_profiles).chain(),
    )
    .add_systems(
        Update,
        (on_action, show_form)
            .chain()
            .run_if(in_state(Screen::Profiles)),
    );
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

/// A round coloured badge with the nickname's first letter.
pub fn avatar_badge(theme: &Theme, avatar: Avatar, nickname: &str, diameter: f32) -> impl Bundle {
    let initial: String = nickname.chars().next().into_iter().collect();
    (
        Name::new("Avatar"),
        Node {
            width: px(diameter),
            height: px(diameter),
            border_radius: BorderRadius::MAX,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(avatar_color(avatar)),
        children![verbatim(
            theme,
            initial.to_uppercase(),
            diameter * 0.5,
            Color::WHITE
        )],
    )
}

fn reset_form(mut commands: Commands) {
    commands.insert_resource(NewProfile::default());
}

fn spawn_profiles(mut commands: Commands, theme: Res<Theme>, saves: Res<Saves>) {
    let theme = theme.as_ref();
    let has_profiles = !saves.progress.profiles.is_empty();
    commands
        .spawn((
            crate::game::theme::screen_root("Profiles screen"),
            DespawnOnExit(Screen::Profiles),
        ))
        .with_children(|root| {
            root.spawn(heading(
                theme,
                Localized::new("profiles-heading"),
                size::HEADING,
            ));
            if has_profiles {
                root.spawn(Node {
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    justify_content: JustifyContent::Center,
                    column_gap: px(14),
                    row_gap: px(14),
                    max_width: px(1100),
                    ..default()
                })
                .with_children(|row| {
                    for (i, profile) in saves.progress.profiles.iter().enumerate() {
                        let mut entity = row.spawn(button_base(
                            Action::PickProfile(profile.id),
                            ButtonStyle::Quiet,
                        ));
                        entity.with_children(|b| {
                            b.spawn(Node {
                                column_gap: px(10),
                                align_items: AlignItems::Center,
                                ..default()
                            })
                            .with_children(|inner| {
                                inner.spawn(avatar_badge(
                                    theme,
                                    profile.avatar,
                                    &profile.nickname,
                                    36.0,
                                ));
                                inner.spawn(verbatim(
                                    theme,
                                    &profile.nickname,
                                    size::BUTTON,
                                    palette::INK,
                                ));
                            });
                        });
                        if i == 0 {
                            entity.insert(AutoFocus);
                        }
                    }
                });
            }
            root.spawn(panel())
                .insert(Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(22)),
                    row_gap: px(12),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(18)),
                    width: px(720),
                    ..default()
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
                            TextFont {
                                font: theme.regular.clone().into(),
                                font_size: FontSize::Px(size::BODY),
                                ..default()
                            },
                            TextColor(palette::INK),
                        )],
                    ));
                    field.observe(type_nickname);
                    if !has_profiles {
                        field.insert(AutoFocus);
                    }
                    form.spawn(label(
                        theme,
                        Localized::new("profiles-privacy-tip"),
                        size::SMALL,
                        palette::SAFE,
                    ));
                    form.spawn(label(
                        theme,
                        Localized::new("profiles-avatar-label"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                    form.spawn(Node {
                        column_gap: px(12),
                        ..default()
                    })
                    .with_children(|row| {
                        for avatar in Avatar::ALL {
                            row.spawn((
                                button_base(
                                    Action::PickAvatar(avatar),
                                    ButtonStyle::Swatch(avatar_color(avatar)),
                                ),
                                AvatarChoice(avatar),
                                children![(
                                    // Named for screen readers and tests; the colour is the picture.
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
                                width: px(52),
                                height: px(52),
                                border: UiRect::all(px(4)),
                                border_radius: BorderRadius::MAX,
                                ..default()
                            });
                        }
                    });
                    form.spawn((
                        FormError,
                        label(theme, Localized::new("empty"), size::SMALL, palette::RISKY),
                    ));
                    form.spawn(button(
                        theme,
                        Localized::new("profiles-create"),
                        Action::CreateProfile,
                        ButtonStyle::Primary,
                    ));
                });
            root.spawn(button(
                theme,
                Localized::new("back"),
                Action::BackToTitle,
                ButtonStyle::Quiet,
            ));
        });
}

/// Typing into the focused nickname box. Enter creates the profile.
fn type_nickname(
    mut event: On<FocusedInput<KeyboardInput>>,
    mut form: ResMut<NewProfile>,
    mut actions: MessageWriter<Action>,
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
            actions.write(Action::CreateProfile);
        }
        _ => return,
    }
    form.error = None;
    event.propagate(false);
}

fn show_form(
    form: Res<NewProfile>,
    focus: Res<InputFocus>,
    fields: Query<Entity, With<NicknameField>>,
    mut texts: Query<(&mut Text, &mut TextColor), With<NicknameText>>,
    mut errors: Query<&mut Localized, With<FormError>>,
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
    mut actions: MessageReader<Action>,
    mut form: ResMut<NewProfile>,
    mut saves: ResMut<Saves>,
    mut player: ResMut<Player>,
    mut words: ResMut<crate::game::state::Words>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            Action::PickProfile(id) => {
                player.profile = Some(*id);
                if let Some(lang) = saves.progress.profile(*id).and_then(|p| p.language.clone()) {
                    words.0.set_language(&lang);
                }
                next.set(Screen::Map);
            }
            Action::PickAvatar(avatar) => form.avatar = *avatar,
            Action::CreateProfile => {
                match saves.progress.add_profile(&form.nickname, form.avatar) {
                    Ok(id) => {
                        // A failed save is shown on the map; play goes on.
                        let _ = saves.save();
                        player.profile = Some(id);
                        next.set(Screen::Map);
                    }
                    Err(e) => form.error = Some(ProfileError::key(&e)),
                }
            }
            Action::BackToTitle => next.set(Screen::Title),
            _ => {}
        }
    }
}
