//! The check: a "warm-up with Sango" before a child's first level, a "look
//! back" once they have trained enough objectives, and a "remember?" booster a
//! week later. Each shows situations to judge, "OK" or "Not OK", and asks how
//! sure the child is. In the warm-up and look-back nothing is marked and no
//! score is shown (they measure); the booster gives Sango's feedback after each
//! judgement (it teaches again). The teacher's report compares them (see
//! [`crate::learning`]).

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::content::Mood;
use crate::game::actions::{Action, AddAction};
use crate::game::state::{Content, FixedSeed, Level, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, panel, panel_node, size,
};
use crate::game::voice::{Spoken, listen_button};
use crate::game::widgets::{answer_button, sango_beside};
use crate::learning::{Confidence, Due};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<CheckAction>()
        .add_systems(OnEnter(Screen::Check), spawn_check)
        .add_systems(
            Update,
            (on_action, spawn_check.run_if(on_message::<Rebuild>))
                .chain()
                .run_if(in_state(Screen::Check)),
        );
}

/// The warm-up's and the look-back's buttons.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum CheckAction {
    Continue,
    /// The child's judgement: "Not OK" (true) or "OK".
    Judge(bool),
    /// How sure the child is of the answer picked.
    Sure(crate::learning::Confidence),
    /// Straight to the level, without the warm-up.
    Skip,
    BackToMap,
}

pub use crate::check_run::Step;

/// The check being taken (the core's run), and whether it was saved.
#[derive(Resource, Debug, Deref, DerefMut)]
pub struct CheckRun {
    #[deref]
    pub run: crate::check_run::CheckRun,
    /// Whether the finished check was saved.
    pub saved: bool,
}

/// The check a child is due now, if any (see [`crate::check_run::due_now`]).
pub fn due_for(content: &Content, saves: &Saves, profile_id: u32) -> Option<Due> {
    let profile = saves.progress.profile(profile_id)?;
    let levels = content.offered(saves);
    let today = crate::learning::today();
    crate::check_run::due_now(&content.library, saves.age_band(), &levels, profile, today)
}

/// A check ready to start, for the child playing, with its answers shuffled.
pub fn start_check(
    content: &Content,
    saves: &Saves,
    profile_id: u32,
    due: Due,
    then: Option<String>,
    seed: Option<&FixedSeed>,
) -> Option<CheckRun> {
    let profile = saves.progress.profile(profile_id)?;
    let seed = seed.map_or_else(rand::random, |s| s.0);
    let run = crate::check_run::CheckRun::start(
        &content.library,
        saves.age_band(),
        profile,
        due,
        then,
        (seed, crate::learning::today()),
    )?;
    Some(CheckRun { run, saved: false })
}

/// Which check the map and the debrief offer, as their words name it.
pub fn offered_kind(due: Option<Due>) -> Option<&'static str> {
    match due? {
        Due::WarmUp => None,
        Due::LookBack => Some("look-back"),
        Due::Booster => Some("booster"),
    }
}

/// "Look back with Sango" (or "Remember?"): on the map and the debrief once a
/// look-back or booster is due (`kind` from [`offered_kind`]).
pub fn look_back_button(theme: &Theme, action: impl Action, kind: &'static str) -> impl Bundle {
    (
        button(
            theme,
            Localized::new("map-look-back-start").with("kind", kind),
            action,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    )
}

/// What opening a level or a check takes: the content, the child and their
/// saves, the seed tests fix, and the way to the next screen.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Opener<'w, 's> {
    pub commands: Commands<'w, 's>,
    pub content: Res<'w, Content>,
    pub saves: ResMut<'w, Saves>,
    pub player: Res<'w, Player>,
    seed: Option<Res<'w, FixedSeed>>,
    pub next: ResMut<'w, NextState<Screen>>,
}

impl Opener<'_, '_> {
    /// The look-back or booster the child playing is due; false if there is none.
    pub fn look_back(&mut self) -> bool {
        let seed = self.seed.as_deref();
        let (content, saves) = (&self.content, &self.saves);
        let check = self.player.profile.and_then(|p| {
            let due = due_for(content, saves, p).filter(|d| *d != Due::WarmUp)?;
            start_check(content, saves, p, due, None, seed)
        });
        let Some(check) = check else { return false };
        self.commands.insert_resource(check);
        self.next.set(Screen::Check);
        true
    }

    /// Before a new child's first level, the warm-up (the level opens after it).
    pub fn warm_up_before(&mut self, id: &str) -> bool {
        let seed = self.seed.as_deref();
        let (content, saves) = (&self.content, &self.saves);
        let check = self.player.profile.and_then(|p| {
            (due_for(content, saves, p) == Some(Due::WarmUp))
                .then(|| start_check(content, saves, p, Due::WarmUp, Some(id.to_owned()), seed))
                .flatten()
        });
        let Some(check) = check else { return false };
        self.commands.insert_resource(check);
        self.next.set(Screen::Check);
        true
    }

    /// A level from its start; false if it cannot start.
    pub fn level(&mut self, id: &str) -> bool {
        // The world remembers what this child's earlier levels set.
        let facts = self
            .player
            .profile
            .map(|p| self.saves.remembered(p, &self.content, id))
            .unwrap_or_default();
        let people = self
            .player
            .profile
            .map_or(0, crate::content::story::people_seed);
        let world = (facts, people);
        let Some(level) = Level::remembering(&self.content, id, self.seed.as_deref(), world) else {
            return false;
        };
        self.commands.insert_resource(level);
        self.next.set(Screen::Level);
        true
    }
}

/// Messages of each kind of check.
fn words_of(due: Due) -> (&'static str, &'static str, &'static str) {
    match due {
        Due::WarmUp => (
            "check-warm-up-heading",
            "check-warm-up-intro",
            "check-thanks-warm-up",
        ),
        Due::LookBack => (
            "check-look-back-heading",
            "check-look-back-intro",
            "check-thanks-look-back",
        ),
        Due::Booster => (
            "check-booster-heading",
            "check-booster-intro",
            "check-thanks-booster",
        ),
    }
}

/// What Sango says, with its Listen button.
fn sango_line(p: &mut ChildSpawnerCommands, theme: &Theme, text: Localized) {
    let line = p
        .spawn((label(theme, text, size::BODY, palette::INK), Spoken))
        .id();
    listen_button(p, theme, line);
}

fn spawn_check(
    mut commands: Commands,
    theme: Res<Theme>,
    run: Option<Res<CheckRun>>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let Some(run) = run else { return };
    let theme = theme.as_ref();
    let (heading_id, intro_id, thanks_id) = words_of(run.due);
    let mood = match run.step {
        Step::Intro => Mood::Happy,
        Step::Question(_) => Mood::Curious,
        Step::Feedback(n) => match run.answer(n) {
            Some(a) if a.right => Mood::Happy,
            _ => Mood::Thinking,
        },
        Step::Thanks => Mood::Proud,
    };
    commands
        .spawn((
            crate::game::theme::screen_root("Check screen"),
            DespawnOnExit(Screen::Check),
            RebuiltRoot,
        ))
        .with_children(|root| {
            // The heading, how far along, and a way out.
            root.spawn((
                crate::game::Mirror,
                Node {
                    width: percent(100),
                    max_width: px(crate::game::theme::CONTENT_WIDTH),
                    column_gap: px(20),
                    align_items: AlignItems::Center,
                    ..default()
                },
            ))
            .with_children(|top| {
                top.spawn(heading(theme, Localized::new(heading_id), size::HEADING));
                if let Step::Question(n) = run.step {
                    top.spawn(label(
                        theme,
                        Localized::new("check-progress")
                            .with("number", n + 1)
                            .with("count", run.items.len()),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                }
                top.spawn(Node {
                    flex_grow: 1.0,
                    ..default()
                });
                if run.step != Step::Thanks {
                    top.spawn(button(
                        theme,
                        Localized::new("check-stop"),
                        CheckAction::BackToMap,
                        ButtonStyle::Quiet,
                    ));
                }
            });
            sango_beside(root, mood, 0.6)
                .insert(panel())
                .insert(Node {
                    row_gap: px(14),
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    ..panel_node()
                })
                .with_children(|p| match run.step {
                    Step::Intro => {
                        intro(p, theme, &run, intro_id);
                    }
                    Step::Question(n) => question(p, theme, &run, n),
                    Step::Feedback(n) => feedback(p, theme, &run, n),
                    Step::Thanks => {
                        thanks(p, theme, &run, thanks_id);
                    }
                });
        });
}

/// A situation, "OK" and "Not OK", and (once one is picked) how sure the child is.
fn question(p: &mut ChildSpawnerCommands, theme: &Theme, run: &CheckRun, n: usize) {
    let Some(item) = run.items.get(n) else { return };
    let line = p
        .spawn((
            label(
                theme,
                Localized::new(item.question_id()),
                size::BODY,
                palette::INK,
            ),
            Spoken,
        ))
        .id();
    listen_button(p, theme, line);
    p.spawn(heading(
        theme,
        Localized::new("check-is-it-ok"),
        size::SMALL,
    ));
    p.spawn(Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(10),
        width: percent(100),
        ..default()
    })
    .with_children(|choices| {
        // Always in this order: where an answer sits gives nothing away.
        for (not_ok, words) in [(false, "check-ok"), (true, "check-not-ok")] {
            let picked = run.picked == Some(not_ok);
            let style = ButtonStyle::option(picked);
            let words = Localized::new(words);
            let mut b = answer_button(choices, theme, CheckAction::Judge(not_ok), style, words);
            // The first at first. The question of how sure is focused below
            // once one is picked.
            if run.picked.is_none() && !not_ok {
                b.insert(AutoFocus);
            }
        }
    });
    if run.picked.is_some() {
        p.spawn(heading(
            theme,
            Localized::new("check-how-sure"),
            size::SMALL,
        ));
        p.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(12),
                row_gap: px(8),
                flex_wrap: FlexWrap::Wrap,
                ..default()
            },
        ))
        .with_children(|row| {
            for (i, sure) in Confidence::ALL.into_iter().enumerate() {
                let mut b = row.spawn(button(
                    theme,
                    Localized::new(format!("check-sure-{}", sure.key())),
                    CheckAction::Sure(sure),
                    ButtonStyle::Primary,
                ));
                if i == 0 {
                    b.insert(AutoFocus);
                }
            }
        });
    }
}

/// In the booster: the situation again, whether it was OK, what the child
/// said, and Sango's why. Warm either way: looking again is how it sticks.
fn feedback(p: &mut ChildSpawnerCommands, theme: &Theme, run: &CheckRun, n: usize) {
    let (Some(item), Some(answer)) = (run.items.get(n), run.answer(n)) else {
        return;
    };
    p.spawn(label(
        theme,
        Localized::new(item.question_id()),
        size::SMALL,
        palette::INK_SOFT,
    ));
    let verdict = match (answer.right, item.safe) {
        (true, true) => "check-feedback-right-ok",
        (true, false) => "check-feedback-right-not-ok",
        (false, true) => "check-feedback-look-again-ok",
        (false, false) => "check-feedback-look-again-not-ok",
    };
    let colour = if item.safe {
        palette::SAFE
    } else {
        palette::CAUTIOUS
    };
    p.spawn(heading(theme, Localized::new(verdict), size::BODY))
        .insert(TextColor(colour));
    sango_line(p, theme, Localized::new(item.why_id()));
    p.spawn((
        button(
            theme,
            Localized::new("check-next"),
            CheckAction::Continue,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    ));
}

fn on_action(
    mut actions: MessageReader<CheckAction>,
    run: Option<ResMut<CheckRun>>,
    mut open: Opener,
    mut rebuild: MessageWriter<Rebuild>,
) {
    let Some(mut run) = run else {
        for _ in actions.read() {
            open.next.set(Screen::Map);
        }
        return;
    };
    for action in actions.read() {
        match (action, run.step) {
            (CheckAction::BackToMap, _) => {
                // Answers so far are not kept: a check counts only whole.
                open.commands.remove_resource::<CheckRun>();
                open.next.set(Screen::Map);
                return;
            }
            (CheckAction::Continue, Step::Intro) => run.begin(),
            (CheckAction::Continue, Step::Feedback(_)) => run.next(),
            (CheckAction::Judge(not_ok), Step::Question(_)) => run.judge(*not_ok),
            (CheckAction::Sure(sure), Step::Question(_)) => {
                if let Some(record) = run.sure(*sure) {
                    let due = run.due;
                    run.saved = open
                        .player
                        .profile
                        .is_some_and(|id| open.saves.record_check(id, due, record));
                }
            }
            (CheckAction::Continue, Step::Thanks) | (CheckAction::Skip, Step::Intro) => {
                open.commands.remove_resource::<CheckRun>();
                let then = run.then.clone();
                if !then.is_some_and(|id| open.level(&id)) {
                    open.next.set(Screen::Map);
                }
                return;
            }
            _ => continue,
        }
        rebuild.write(Rebuild);
    }
}

/// Thanks, whether it was saved, and on to the level or the map.
fn thanks(p: &mut ChildSpawnerCommands, theme: &Theme, run: &CheckRun, thanks_id: &str) {
    sango_line(p, theme, Localized::new(thanks_id));
    if !run.saved {
        p.spawn(label(
            theme,
            Localized::new("check-not-saved"),
            size::SMALL,
            palette::RISKY,
        ));
    }
    let next = if run.then.is_some() {
        "check-to-level"
    } else {
        "debrief-back-to-map"
    };
    p.spawn((
        button(
            theme,
            Localized::new(next),
            CheckAction::Continue,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    ));
}

/// What the check is, that it has no score, and Let's start (or straight to the level).
fn intro(p: &mut ChildSpawnerCommands, theme: &Theme, run: &CheckRun, intro_id: &str) {
    sango_line(p, theme, Localized::new(intro_id));
    p.spawn(label(
        theme,
        Localized::new("check-no-score"),
        size::SMALL,
        palette::INK_SOFT,
    ));
    p.spawn((
        button(
            theme,
            Localized::new("check-start"),
            CheckAction::Continue,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    ));
    // Never in the way of playing: a child may go straight
    // to the level (and has no warm-up to compare with).
    if run.due == Due::WarmUp {
        p.spawn(button(
            theme,
            Localized::new("check-skip"),
            CheckAction::Skip,
            ButtonStyle::Quiet,
        ));
    }
}
