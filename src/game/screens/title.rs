//! The title screen: Sango says hello; play or quit. Content or save problems are
//! shown here, so a teacher sees them before a child starts.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::content::Mood;
use crate::game::actions::AddAction;
use crate::game::sango::sango;
use crate::game::state::{Content, Kiosk, Player, Saves, Words};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, verbatim,
};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<TitleAction>()
        .add_message::<RedrawTitle>()
        .add_systems(OnEnter(Screen::Title), spawn_title)
        .add_systems(
            Update,
            (
                on_action,
                // A new language, or problems found in the content after the title
                // was drawn.
                spawn_title.run_if(
                    resource_changed::<Words>
                        .and_then(not(resource_added::<Words>))
                        .or_else(on_message::<RedrawTitle>),
                ),
            )
                .chain()
                .run_if(in_state(Screen::Title)),
        );
}

/// Draws the title again: something it shows has changed (problems found in the
/// content after it was drawn).
#[derive(Message)]
pub struct RedrawTitle;

/// The title's buttons (its language picker sends [`crate::game::SetLanguage`],
/// its settings button [`super::settings::OpenSettings`]).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum TitleAction {
    Play,
    /// The teacher's PIN.
    OpenTeacher,
    Quit,
}

#[derive(Component)]
struct TitleRoot;

/// The languages there are, each named in itself and in its own script.
pub(super) fn language_picker(root: &mut ChildSpawnerCommands, theme: &Theme, words: &Words) {
    let current = words.0.language();
    root.spawn((
        Name::new("Language picker"),
        crate::game::Mirror,
        Node {
            column_gap: px(10),
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            margin: UiRect::top(px(8)),
            ..default()
        },
    ))
    .with_children(|row| {
        let available = crate::game::language::offered(&words.0);
        for lang in crate::l10n::UN_LANGUAGES
            .iter()
            .copied()
            .filter(|l| available.contains(l))
            .chain(
                available
                    .iter()
                    .copied()
                    .filter(|l| !crate::l10n::UN_LANGUAGES.contains(l)),
            )
        {
            let style = if lang == current {
                ButtonStyle::Primary
            } else {
                ButtonStyle::Quiet
            };
            let regular = theme.name_font(lang);
            let color = if lang == current {
                palette::BUTTON_TEXT
            } else {
                palette::INK
            };
            row.spawn((
                crate::game::theme::button_base(crate::game::SetLanguage(lang.to_string()), style),
                children![(
                    Text::new(crate::l10n::native_name(lang)),
                    TextFont {
                        font: regular.into(),
                        font_size: FontSize::Px(size::SMALL * theme.scale),
                        ..default()
                    },
                    TextColor(color),
                    // Not a message: it names the language in that language.
                    crate::game::theme::FixedFont,
                )],
            ));
        }
    });
}

fn spawn_title(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
    words: Res<Words>,
    old: Query<Entity, With<TitleRoot>>,
    (kiosk, lms): (Res<Kiosk>, Option<Res<crate::game::lms::Lms>>),
) {
    for entity in &old {
        commands.entity(entity).try_despawn();
    }
    // The fonts of the language now, even if the theme follows it a moment later.
    let theme = &theme.for_language(words.0.language());
    let errors: Vec<String> = content.errors().map(ToString::to_string).collect();
    let settings_problem = saves.settings.problem.as_deref();
    let problems = !errors.is_empty()
        || saves.notice.is_some()
        || settings_problem.is_some()
        || saves.language_notice.is_some();
    commands
        .spawn((
            crate::game::theme::screen_root("Title screen"),
            DespawnOnExit(Screen::Title),
            TitleRoot,
        ))
        .with_children(|root| {
            if !problems {
                root.spawn(Node {
                    height: px(20),
                    ..default()
                });
            }
            // Smaller when there is a problem to show, so all of it fits.
            root.spawn(sango(Mood::Happy, if problems { 0.7 } else { 1.2 }));
            root.spawn(heading(theme, Localized::new("title-name"), size::TITLE));
            root.spawn((
                label(
                    theme,
                    Localized::new("title-tagline"),
                    size::HEADING * 0.8,
                    palette::INK_SOFT,
                ),
                TextLayout::justify(Justify::Center),
            ));
            title_buttons(root, theme, &kiosk, lms.is_some());
            if !saves.locked() {
                language_picker(root, theme, &words);
            }
            if problems {
                problems_panel(root, theme, &errors, settings_problem, &saves);
            }
        });
}

fn on_action(
    mut actions: MessageReader<TitleAction>,
    mut next: ResMut<NextState<Screen>>,
    mut player: ResMut<Player>,
    mut profiles: ResMut<super::profiles::ProfilesView>,
    mut exit: MessageWriter<AppExit>,
    (lms, saves, mut own): (
        Option<Res<crate::game::lms::Lms>>,
        Res<Saves>,
        super::profiles::ChildsOwn,
    ),
) {
    for action in actions.read() {
        match action {
            TitleAction::Play => match &lms {
                // Launched by a learning platform: the learner is the LMS's.
                Some(lms) => {
                    player.profile = Some(lms.profile);
                    own.apply(&saves, lms.profile);
                    next.set(Screen::Map);
                }
                None => {
                    *profiles = default();
                    next.set(Screen::Profiles);
                }
            },
            TitleAction::OpenTeacher => {
                // The teacher is not a child: their choices go to no profile.
                player.profile = None;
                next.set(Screen::Pin);
            }
            TitleAction::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}

/// Content, settings or save problems, for the teacher to see before a child starts.
fn problems_panel(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    errors: &[String],
    settings_problem: Option<&str>,
    saves: &Saves,
) {
    root.spawn((
        Name::new("Problems"),
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(14)),
            row_gap: px(6),
            max_width: px(1000),
            border_radius: BorderRadius::all(px(12)),
            ..default()
        },
        BackgroundColor(palette::WARNING_BG),
    ))
    .with_children(|panel| {
        if !errors.is_empty() {
            panel.spawn(label(
                theme,
                Localized::new("title-content-problems").with("count", errors.len()),
                size::SMALL,
                palette::INK,
            ));
            for e in errors.iter().take(3) {
                let first_line = e.lines().next().unwrap_or_default();
                panel.spawn(verbatim(
                    theme,
                    first_line,
                    size::SMALL * 0.8,
                    palette::INK_SOFT,
                ));
            }
        }
        if let Some(problem) = settings_problem {
            panel.spawn(label(
                theme,
                Localized::new("title-settings-problem"),
                size::SMALL,
                palette::INK,
            ));
            let first_line = problem.lines().next().unwrap_or_default();
            panel.spawn(verbatim(
                theme,
                first_line,
                size::SMALL * 0.8,
                palette::INK_SOFT,
            ));
        }
        if let Some(notice) = &saves.language_notice {
            panel.spawn(verbatim(theme, notice, size::SMALL, palette::INK));
        }
        if saves.notice.is_some() {
            // One plain sentence here; the detail is in the log
            // and the teacher's screen.
            panel.spawn(label(
                theme,
                Localized::new("title-save-problem"),
                size::SMALL,
                palette::INK,
            ));
        }
    });
}

/// Play, the settings, the teacher's way in, and Quit (not in a kiosk).
fn title_buttons(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))] kiosk: &Kiosk,
    launched_by_lms: bool,
) {
    root.spawn(Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(20),
        margin: UiRect::top(px(16)),
        ..default()
    })
    .with_children(|row| {
        row.spawn((
            button(
                theme,
                Localized::new("title-play"),
                TitleAction::Play,
                ButtonStyle::Primary,
            ),
            AutoFocus,
        ));
        row.spawn(button(
            theme,
            Localized::new("title-settings"),
            super::settings::OpenSettings,
            ButtonStyle::Quiet,
        ));
        // Launched by a learning platform, the teacher's tools are the LMS's:
        // a class, a report and a PIN here would be of one child, in memory.
        if !launched_by_lms {
            row.spawn(button(
                theme,
                Localized::new("title-teacher"),
                TitleAction::OpenTeacher,
                ButtonStyle::Quiet,
            ));
        }
        // In a kiosk only the teacher quits (from the teacher settings).
        #[cfg(not(target_arch = "wasm32"))]
        if !kiosk.0 {
            row.spawn(button(
                theme,
                Localized::new("title-quit"),
                TitleAction::Quit,
                ButtonStyle::Quiet,
            ));
        }
    });
}
