//! "My phone": the footprint of a child's choices (what they shared and with
//! whom, where location is on, whom they blocked or reported, which settings
//! they changed), each with Sango's comment and what to do. It is read from the
//! child's own profile and nothing else (see docs/PRIVACY.md). Reached from the
//! map.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::content::story::{footprint, kinds_shown, people_seed, variables_for};
use crate::content::{Mood, Scenario, Trace, TraceKind};
use crate::game::actions::AddAction;
use crate::game::avatars::spawn_avatar;
use crate::game::state::{Content, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, wide_card_node,
};
use crate::game::widgets::{sango_beside, spread_row};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<PhoneAction>()
        .add_systems(OnEnter(Screen::Phone), spawn_phone)
        .add_systems(Update, on_action.run_if(in_state(Screen::Phone)));
}

/// The phone screen's one button.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum PhoneAction {
    BackToMap,
}

/// The colour of a section: a warm warning for what is out there, calm for
/// what the child did to stay safe.
fn kind_color(kind: TraceKind) -> Color {
    match kind {
        TraceKind::Shared | TraceKind::Location => palette::CAUTIOUS,
        TraceKind::Blocked | TraceKind::Setting => palette::SAFE,
    }
}

fn spawn_phone(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
    player: Res<Player>,
) {
    let theme = theme.as_ref();
    let Some(profile) = player.profile.and_then(|id| saves.progress.profile(id)) else {
        return;
    };
    let levels: Vec<&Scenario> = content.playable().collect();
    let stories: Vec<_> = content.library.stories.iter().map(|f| &f.story).collect();
    let traces = footprint(&levels, &stories, &profile.facts);
    let people = people_seed(profile.id);
    commands
        .spawn((
            crate::game::theme::screen_root("Phone screen"),
            DespawnOnExit(Screen::Phone),
        ))
        .with_children(|root| {
            root.spawn(spread_row()).with_children(|top| {
                top.spawn((
                    crate::game::Mirror,
                    Node {
                        column_gap: px(16),
                        align_items: AlignItems::Center,
                        ..default()
                    },
                ))
                .with_children(|who| {
                    spawn_avatar(who, profile.avatar, 48.0);
                    who.spawn(heading(
                        theme,
                        Localized::new("phone-heading").with("nickname", &profile.nickname),
                        size::HEADING,
                    ));
                });
                top.spawn((
                    button(
                        theme,
                        Localized::new("back"),
                        PhoneAction::BackToMap,
                        ButtonStyle::Quiet,
                    ),
                    AutoFocus,
                ));
            });
            let mut intro = sango_beside(root, Mood::Thinking, 0.55);
            intro.with_children(|words| {
                words.spawn(label(
                    theme,
                    Localized::new(if traces.is_empty() {
                        "phone-empty"
                    } else {
                        "phone-how"
                    }),
                    size::BODY,
                    palette::INK,
                ));
                words.spawn(label(
                    theme,
                    Localized::new("phone-private"),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
            });
            for kind in kinds_shown(&traces) {
                section(root, theme, kind, &traces, people);
            }
        });
}

/// One kind of trace: its heading, then each trace with Sango's advice.
fn section(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    kind: TraceKind,
    traces: &[(&Scenario, &Trace)],
    people: u64,
) {
    let color = kind_color(kind);
    root.spawn((
        Name::new(format!("Phone section {}", kind.key())),
        wide_card_node(),
        BackgroundColor(palette::PANEL),
        BorderColor::all(color),
    ))
    .with_children(|card| {
        card.spawn(heading(theme, Localized::new(kind.key()), size::BODY));
        for (scenario, trace) in traces.iter().filter(|(_, t)| t.kind == kind) {
            let vars = variables_for(scenario, people);
            card.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(2),
                padding: UiRect::left(px(8)),
                ..default()
            })
            .with_children(|item| {
                item.spawn(label(
                    theme,
                    Localized::scenario(scenario, &trace.text, &vars),
                    size::BODY,
                    palette::INK,
                ));
                item.spawn(label(
                    theme,
                    Localized::new("phone-sango-says").with_localized(
                        "advice",
                        Localized::scenario(scenario, &trace.advice, &vars),
                    ),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
            });
        }
    });
}

fn on_action(mut actions: MessageReader<PhoneAction>, mut next: ResMut<NextState<Screen>>) {
    for action in actions.read() {
        if *action == PhoneAction::BackToMap {
            next.set(Screen::Map);
        }
    }
}
