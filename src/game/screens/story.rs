//! The age band's story: its chapters in order, which the child has played and
//! which comes next, and, once every chapter is played, how the story closed
//! (the lines of its close whose facts hold). Reached from the map.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use super::check::Opener;
use crate::content::story::{people_seed, remembered_in, variables_for};
use crate::content::{Mood, Scenario, Story};
use crate::game::actions::AddAction;
use crate::game::sango::sango;
use crate::game::state::{Content, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, stars, wide_card_node,
};
use crate::game::widgets::{mirrored_row, spread_row};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<StoryAction>()
        .add_systems(OnEnter(Screen::Story), spawn_story)
        .add_systems(Update, on_action.run_if(in_state(Screen::Story)));
}

/// The story screen's buttons.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum StoryAction {
    /// Play a chapter.
    OpenLevel(String),
    BackToMap,
}

fn spawn_story(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
    player: Res<Player>,
) {
    let theme = theme.as_ref();
    let profile = player.profile.and_then(|id| saves.progress.profile(id));
    let Some(story) = content.library.story(saves.age_band()) else {
        return;
    };
    let finished = |id: &str| profile.is_some_and(|p| p.results.contains_key(id));
    let progress = story.progress(finished);
    let people = profile.map_or(0, |p| people_seed(p.id));
    commands
        .spawn((
            crate::game::theme::screen_root("Story screen"),
            DespawnOnExit(Screen::Story),
        ))
        .with_children(|root| {
            root.spawn(spread_row()).with_children(|top| {
                top.spawn(heading(
                    theme,
                    Localized::new(story.message_id("title")),
                    size::HEADING,
                ));
                top.spawn(label(
                    theme,
                    Localized::new("story-progress")
                        .with("done", progress.done)
                        .with("count", progress.count),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
                top.spawn((
                    button(
                        theme,
                        Localized::new("back"),
                        StoryAction::BackToMap,
                        ButtonStyle::Quiet,
                    ),
                    AutoFocus,
                ));
            });
            if progress.closed() {
                let facts = profile
                    .map(|p| {
                        let band = content.playable().filter(|s| s.ages.contains(&story.ages));
                        remembered_in(&p.facts, band)
                    })
                    .unwrap_or_default();
                closing(root, theme, story, &facts);
            }
            root.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(8),
                width: percent(100),
                max_width: px(crate::game::theme::CONTENT_WIDTH),
                flex_shrink: 0.0,
                ..default()
            })
            .with_children(|list| {
                for (i, id) in story.chapters.iter().enumerate() {
                    let Some(scenario) = content.playable().find(|s| &s.id == id) else {
                        continue;
                    };
                    let stars_won = profile.and_then(|p| p.results.get(id)).map(|r| r.stars);
                    let is_next = progress.next == Some(id.as_str());
                    chapter(list, theme, (i + 1, scenario, people), stars_won, is_next);
                }
            });
        });
}

/// Sango's words at the close, and the lines the child's story brought: one
/// card across the screen, as wide as the chapters below it. (Beside a tall
/// Sango, in a row whose text column starts from no width, the card's height
/// was measured for wider lines than it got: French and Russian lost a line
/// under the chapters.)
fn closing(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    story: &Story,
    facts: &std::collections::BTreeSet<String>,
) {
    root.spawn((
        Name::new("Story close"),
        wide_card_node(),
        BackgroundColor(palette::PANEL),
        BorderColor::all(palette::STAR),
    ))
    .with_children(|card| {
        card.spawn(mirrored_row(18.0)).with_children(|top| {
            top.spawn(sango(Mood::Proud, 0.45));
            top.spawn(heading(
                theme,
                Localized::new(story.message_id("closed")),
                size::BODY,
            ));
        });
        for line in story.closing(facts) {
            card.spawn(label(
                theme,
                Localized::new(story.message_id(line)),
                size::BODY,
                palette::INK,
            ));
        }
    });
}

/// One chapter: its number and title as a button, with its stars, or a tag
/// saying it is next.
fn chapter(
    list: &mut ChildSpawnerCommands,
    theme: &Theme,
    (number, scenario, people): (usize, &Scenario, u64),
    stars_won: Option<u8>,
    is_next: bool,
) {
    list.spawn(mirrored_row(14.0)).with_children(|row| {
        row.spawn(label(
            theme,
            Localized::new("story-chapter").with("number", number),
            size::SMALL,
            palette::INK_SOFT,
        ));
        row.spawn(button(
            theme,
            Localized::scenario(scenario, "title", &variables_for(scenario, people)),
            StoryAction::OpenLevel(scenario.id.clone()),
            if is_next {
                ButtonStyle::Primary
            } else {
                ButtonStyle::Quiet
            },
        ));
        match (stars_won, is_next) {
            (Some(won), _) => {
                row.spawn(stars(theme, won, size::BUTTON));
            }
            (None, true) => {
                row.spawn(label(
                    theme,
                    Localized::new("story-next"),
                    size::SMALL,
                    palette::INK,
                ));
            }
            (None, false) => {}
        }
    });
}

fn on_action(mut actions: MessageReader<StoryAction>, mut open: Opener) {
    for action in actions.read() {
        match action {
            StoryAction::OpenLevel(id) => {
                let _ = open.warm_up_before(id) || open.level(id);
            }
            StoryAction::BackToMap => open.next.set(Screen::Map),
        }
    }
}
