//! A level: Sango and the story's characters speak; the child chooses; Sango says
//! why, kindly; the story goes on to an ending. The scenario's stage decides how it
//! looks (`game::stages`): speech panels, a chat app, a social feed, or a pop-up.

mod compose;
mod craft;
mod draw;
mod lock;
mod setup;
mod sort;
pub use sort::pile_words;
mod step;

use bevy::prelude::*;

use super::Screen;
use crate::content::{Mood, Verdict};
use crate::game::actions::{AddAction, Cue};
use crate::game::reveal::{self, Reveal};
use crate::game::state::{Feedback, Finished, Level, Player, Saves};
use crate::game::theme::{ButtonStyle, Localized, Theme, button, heading, palette, size};
use crate::game::widgets::{mirrored_row, sango_beside, spread_row};
use crate::play::Step;
use step::{StepView, show_step};
pub(super) fn plugin(app: &mut App) {
    // The first step is drawn on entering, not only when `Level` changes: a change
    // seen by the run condition while another screen was showing is not seen again.
    app.add_action::<LevelAction>()
        .add_systems(
            OnEnter(Screen::Level),
            (load_pictures, spawn_level, show_step).chain(),
        )
        .add_systems(
            Update,
            (
                on_action,
                redraw_when_pictures_land,
                show_step.run_if(resource_exists_and_changed::<Level>),
            )
                .chain()
                .run_if(in_state(Screen::Level)),
        )
        .add_systems(
            Update,
            reveal::reveal_lines.after(crate::game::theme::TextSystems::Relocalize),
        );
}

/// A level's buttons (its Listen buttons send [`crate::game::voice::Listen`]).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum LevelAction {
    Continue,
    /// The choice shown at this position.
    Choose(usize),
    /// Tap this part of a spot-the-clues card.
    Tap(usize),
    /// Done inspecting the card.
    FinishSpot,
    /// Put this post of the feed on this pile.
    Place(usize, crate::content::Pile),
    /// Take every post off its pile.
    SortAgain,
    /// Done sorting the feed.
    FinishSort,
    /// Set this setting of the account to this value.
    Set(usize, usize),
    /// Done setting the account up.
    FinishSetup,
    /// Add this phrase to the message, or take it out.
    Add(usize),
    /// Send the message.
    FinishCompose,
    /// Lock the account as it is: on to signing in.
    LockIn,
    /// Sign in on the page shown at this position.
    SignIn(usize),
    /// Post the fake.
    FinishCraft,
    Leave,
}

/// The level's pictures start loading as it opens (the web build fetches them
/// now), and are rasterised off the frame while the first lines are read.
fn load_pictures(
    mut commands: Commands,
    assets: Option<Res<AssetServer>>,
    level: Res<Level>,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
) {
    let height = windows
        .iter()
        .next()
        .map_or(720.0, |w| w.resolution.physical_height() as f32);
    crate::game::pictures::load_level_pictures(
        &mut commands,
        assets.as_deref(),
        level.run.scenario(),
        level.run.variables(),
        height,
    );
}

/// A step drawn before its picture arrived was drawn in words: when one of the
/// level's pictures lands (or cannot be loaded), the step is drawn again, if it
/// shows pictures at all.
fn redraw_when_pictures_land(
    mut landed: MessageReader<AssetEvent<crate::game::pictures::Picture>>,
    mut failed: MessageReader<bevy::asset::AssetLoadFailedEvent<crate::game::pictures::Picture>>,
    mut level: ResMut<Level>,
) {
    let arrived = landed
        .read()
        .filter(|e| matches!(e, AssetEvent::LoadedWithDependencies { .. }))
        .count()
        + failed.read().count();
    let scenario = level.run.scenario();
    let speaker = scenario
        .beat(level.run.beat_id())
        .and_then(crate::content::Node::speaker);
    let has_face = |s: &crate::content::Speaker| matches!(s, crate::content::Speaker::Npc(who) if scenario.faces.contains_key(who));
    let shows_pictures = speaker.is_some()
        && (scenario.scene(level.run.beat_id()).is_some()
            || !scenario.post_scenes(level.run.beat_id()).is_empty()
            || speaker.is_some_and(has_face)
            || matches!(scenario.stage, crate::content::Stage::Chat { .. }));
    if arrived > 0 && shows_pictures {
        level.set_changed();
    }
}

fn spawn_level(mut commands: Commands, theme: Res<Theme>, level: Res<Level>) {
    let theme = theme.as_ref();
    let scenario = level.run.scenario();
    let world = scenario.risk;
    commands
        .spawn((
            crate::game::theme::screen_root("Level screen"),
            DespawnOnExit(Screen::Level),
        ))
        // Each world has its look: its colour in the backdrop and its badge.
        .insert(BackgroundColor(super::map::world_tint(world)))
        .with_children(|root| {
            root.spawn(spread_row()).with_children(|bar| {
                bar.spawn(mirrored_row(14.0)).with_children(|title| {
                    title
                        .spawn((
                            Name::new("World badge"),
                            Node {
                                padding: UiRect::axes(px(14), px(5)),
                                border_radius: BorderRadius::MAX,
                                ..default()
                            },
                            BackgroundColor(super::map::risk_color(world)),
                        ))
                        .with_children(|badge| {
                            badge.spawn(crate::game::theme::label(
                                theme,
                                Localized::new(format!("risk-{}", world.key())),
                                size::SMALL,
                                palette::BUTTON_TEXT,
                            ));
                        });
                    title.spawn(heading(
                        theme,
                        Localized::scenario(scenario, "title", level.run.variables()),
                        size::HEADING,
                    ));
                });
                bar.spawn(button(
                    theme,
                    Localized::new("level-leave"),
                    LevelAction::Leave,
                    ButtonStyle::Quiet,
                ));
            });
            // The story beside Sango, taking the rest of the screen.
            sango_beside(root, Mood::Happy, 1.0).insert((
                StepView,
                Name::new("Step"),
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: px(12),
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    ..default()
                },
            ));
        });
}

/// What a level's end touches: the child's saved results, and the debrief's.
#[derive(bevy::ecs::system::SystemParam)]
struct Ending<'w, 's> {
    commands: Commands<'w, 's>,
    saves: ResMut<'w, Saves>,
    player: Res<'w, Player>,
}

impl Ending<'_, '_> {
    /// Saves the result, then the debrief: stars, what was learnt, new badges.
    fn finish(&mut self, level: &Level) {
        let Some(result) = level.run.result() else {
            return;
        };
        let profile = |saves: &Saves| {
            self.player
                .profile
                .and_then(|id| saves.progress.profile(id))
                .cloned()
        };
        let before = profile(&self.saves);
        let saved = match self.player.profile {
            Some(id) => {
                let facts = level.run.facts_set_here().clone();
                self.saves.record_play(id, result.clone(), facts)
            }
            None => false,
        };
        let new_badges =
            crate::learning::new_badges(before.as_ref(), profile(&self.saves).as_ref());
        self.commands.insert_resource(Finished {
            result,
            saved,
            new_badges,
            variables: level.run.variables().to_vec(),
            put_right_by: level.run.put_right_by().map(str::to_owned),
        });
    }
}

/// Where Continue leads.
enum Next {
    /// The next thing is shown on this screen.
    Shown,
    /// Sango's verdict, with its sound.
    Sound(Cue),
    Debrief,
    /// The story cannot go on (a broken scenario): back to the map.
    Map,
}

/// Continue, once the line has appeared whole: Sango's verdict after what a
/// choice led to, then the story's next step, or the debrief at its end.
fn go_on(level: &mut Level) -> Next {
    match level.feedback.take() {
        Some(Feedback::Consequence(choice)) => {
            let sound = cue(choice.verdict);
            level.feedback = Some(Feedback::Choice(choice));
            return Next::Sound(sound);
        }
        // After the verdict, a clue card or a decision is shown as itself; the
        // line that showed the consequence is not shown again.
        Some(feedback)
            if !(matches!(feedback, Feedback::Choice(_))
                && matches!(level.run.step(), Step::Line { .. } | Step::Ending { .. })) =>
        {
            return Next::Shown;
        }
        _ => {}
    }
    if level.run.is_over() {
        return Next::Debrief;
    }
    match level.run.advance() {
        Ok(()) => Next::Shown,
        Err(e) => {
            error!("{e}");
            Next::Map
        }
    }
}

/// A choice: what it led to comes first (no sound yet), or at once Sango's
/// verdict (with its sound).
fn choose(level: &mut Level, shown: usize) -> Option<Cue> {
    match level.run.choose(shown) {
        Ok(choice) => {
            let feedback = Feedback::after(choice, &level.run.step());
            let sound = match &feedback {
                Feedback::Choice(choice) => Some(cue(choice.verdict)),
                _ => None,
            };
            level.feedback = Some(feedback);
            sound
        }
        Err(e) => {
            warn!("{e}");
            None
        }
    }
}

/// Sango's sound for a verdict.
fn cue(verdict: Verdict) -> Cue {
    match verdict {
        Verdict::Safe => Cue::Good,
        _ => Cue::Think,
    }
}

fn on_action(
    mut actions: MessageReader<LevelAction>,
    level: Option<ResMut<Level>>,
    mut cues: MessageWriter<Cue>,
    mut reveals: Query<(&mut Text, &mut Reveal)>,
    mut ending: Ending,
    (mut next, mut refocus): (
        ResMut<NextState<Screen>>,
        ResMut<crate::game::focus::Refocus>,
    ),
) {
    let Some(mut level) = level else {
        return;
    };
    for action in actions.read() {
        match action {
            // Continue while a line is still appearing shows all of it first.
            LevelAction::Continue if reveals.iter().any(|(_, r)| !r.done) => {
                for (mut text, mut reveal) in &mut reveals {
                    reveal.finish(&mut text);
                }
            }
            LevelAction::Continue => match go_on(&mut level) {
                Next::Shown => {}
                Next::Sound(sound) => {
                    cues.write(sound);
                }
                Next::Debrief => {
                    ending.finish(&level);
                    next.set(Screen::Debrief);
                }
                Next::Map => next.set(Screen::Map),
            },
            LevelAction::Choose(i) if level.feedback.is_none() => {
                if let Some(sound) = choose(&mut level, *i) {
                    cues.write(sound);
                }
            }
            LevelAction::Choose(_) => {}
            LevelAction::Tap(i) => match level.run.tap(*i) {
                Ok(part) => level.last_tap = Some(part),
                Err(e) => warn!("{e}"),
            },
            LevelAction::FinishSpot => match level.run.finish_spot() {
                Ok(result) => {
                    cues.write(cue(result.verdict));
                    level.last_tap = None;
                    level.feedback = Some(Feedback::Spot(result));
                }
                Err(e) => warn!("{e}"),
            },
            LevelAction::Place(post, pile) => {
                if let Err(e) = level.run.place(*post, *pile) {
                    warn!("{e}");
                }
            }
            LevelAction::SortAgain => {
                if let Err(e) = level.run.sort_again() {
                    warn!("{e}");
                }
            }
            LevelAction::FinishSort => {
                let beat = level.run.beat_id().to_string();
                match level.run.finish_sort() {
                    Ok(result) => {
                        cues.write(cue(result.verdict));
                        level.feedback = Some(Feedback::Sort { beat, result });
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            // The button pressed keeps the focus when the step is drawn again.
            LevelAction::Set(setting, value) => {
                refocus.to(action);
                if let Err(e) = level.run.set(*setting, *value) {
                    warn!("{e}");
                }
            }
            LevelAction::Add(phrase) => {
                refocus.to(action);
                if let Err(e) = level.run.add(*phrase) {
                    warn!("{e}");
                }
            }
            LevelAction::FinishCompose => {
                let beat = level.run.beat_id().to_string();
                match level.run.finish_compose() {
                    Ok(result) => {
                        cues.write(cue(result.verdict));
                        level.feedback = Some(Feedback::Compose { beat, result });
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            LevelAction::LockIn => {
                if let Err(e) = level.run.lock_in() {
                    warn!("{e}");
                }
            }
            LevelAction::SignIn(shown) => {
                let beat = level.run.beat_id().to_string();
                match level.run.sign_in(*shown) {
                    Ok(result) => {
                        cues.write(cue(result.verdict));
                        level.feedback = Some(Feedback::Lock { beat, result });
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            LevelAction::FinishCraft => {
                let beat = level.run.beat_id().to_string();
                match level.run.finish_craft() {
                    Ok(result) => {
                        cues.write(cue(result.verdict));
                        level.feedback = Some(Feedback::Craft { beat, result });
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            LevelAction::FinishSetup => {
                let beat = level.run.beat_id().to_string();
                match level.run.finish_setup() {
                    Ok(result) => {
                        cues.write(cue(result.verdict));
                        level.feedback = Some(Feedback::Setup { beat, result });
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            LevelAction::Leave => next.set(Screen::Map),
        }
    }
}
