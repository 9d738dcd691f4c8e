//! A level: Sango and the story's characters speak; the child chooses; Sango says
//! why, kindly; the story goes on to an ending. The scenario's stage decides how it
//! looks: speech panels, a chat app, a social feed, or a pop-up dialog.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::content::{Choice, Mood, Outcome, Scenario, Speaker, Stage, Verdict};
use crate::game::actions::{AddAction, Cue};
use crate::game::sango::{SangoMood, sango};
use crate::game::state::{Feedback, Finished, Level, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, panel, size,
};
use crate::game::voice::{Spoken, listen_button};
use crate::play::Step;

pub(super) fn plugin(app: &mut App) {
    // The first step is drawn on entering, not only when `Level` changes: a change
    // seen by the run condition while another screen was showing is not seen again.
    app.add_action::<LevelAction>()
        .add_systems(OnEnter(Screen::Level), (spawn_level, show_step).chain())
        .add_systems(
            Update,
            (
                on_action,
                show_step.run_if(resource_exists_and_changed::<Level>),
            )
                .chain()
                .run_if(in_state(Screen::Level)),
        )
        .add_systems(
            Update,
            reveal_lines.after(crate::game::theme::TextSystems::Relocalize),
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
    Leave,
}

/// Letters a second of a line appearing: a calm reading pace, and a child can
/// always press Continue to see it whole. No timer ever moves the story on.
const LETTERS_PER_SEC: f32 = 45.0;

/// A line appearing letter by letter.
#[derive(Component, Debug, Default)]
pub struct Reveal {
    /// The whole line, as the language gives it.
    full: String,
    /// What this set the text to last.
    set: String,
    started: Option<f32>,
    pub done: bool,
}

impl Reveal {
    fn new(animate: bool) -> Self {
        Self {
            done: !animate,
            ..default()
        }
    }

    /// The whole line, once its words are known (a screen reader reads it whole).
    pub fn whole(&self) -> Option<&str> {
        (!self.full.is_empty() && !self.done).then_some(self.full.as_str())
    }

    fn finish(&mut self, text: &mut Text) {
        if !self.done {
            if text.0 == self.set {
                text.0 = self.full.clone();
            }
            self.done = true;
        }
    }
}

fn reveal_lines(
    time: Res<Time<Real>>,
    mut lines: Query<(&mut Text, &mut Reveal)>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let now = time.elapsed_secs();
    for (mut text, mut reveal) in &mut lines {
        if reveal.done || text.0.is_empty() {
            continue;
        }
        // Words set by anyone else (the first time, or a new language) are the line.
        if text.0 != reveal.set {
            reveal.full = text.0.clone();
        }
        let started = *reveal.started.get_or_insert(now);
        let shown = ((now - started) * LETTERS_PER_SEC) as usize + 1;
        if shown >= reveal.full.chars().count() {
            text.0 = reveal.full.clone();
            reveal.done = true;
        } else {
            let part: String = reveal.full.chars().take(shown).collect();
            text.0.clone_from(&part);
            reveal.set = part;
        }
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// The part of the screen that changes with every step.
#[derive(Component)]
struct StepView;

/// How many earlier lines the chat and feed keep on screen.
const TRANSCRIPT_LINES: usize = 3;

const CHAT_THEIRS: Color = Color::srgb(0.90, 0.92, 0.95);
const CHAT_MINE: Color = Color::srgb(0.82, 0.93, 1.0);
const APP_BAR: Color = Color::srgb(0.20, 0.24, 0.32);

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
            root.spawn((
                crate::game::Mirror,
                Node {
                    width: percent(100),
                    justify_content: JustifyContent::SpaceBetween,
                    align_items: AlignItems::Center,
                    ..default()
                },
            ))
            .with_children(|bar| {
                bar.spawn((
                    crate::game::Mirror,
                    Node {
                        column_gap: px(14),
                        align_items: AlignItems::Center,
                        ..default()
                    },
                ))
                .with_children(|title| {
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
            root.spawn((
                crate::game::Mirror,
                Node {
                    width: percent(100),
                    max_width: px(1150),
                    column_gap: px(28),
                    align_items: AlignItems::FlexStart,
                    flex_grow: 1.0,
                    ..default()
                },
            ))
            .with_children(|main| {
                main.spawn(sango(Mood::Happy, 1.0));
                main.spawn((
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
        });
}

fn speaker_name(
    speaker: &Speaker,
    scenario: &Scenario,
    vars: &[(String, String)],
) -> Option<Localized> {
    match speaker {
        Speaker::Sango => Some(Localized::new("speaker-sango")),
        Speaker::Player => Some(Localized::new("speaker-you")),
        Speaker::Narrator => None,
        Speaker::Npc(key) => Some(Localized::scenario(scenario, key, vars)),
    }
}

fn verdict_look(verdict: Verdict) -> (&'static str, Color, Mood) {
    match verdict {
        Verdict::Safe => ("level-verdict-safe", palette::SAFE, Mood::Proud),
        Verdict::Cautious => ("level-verdict-cautious", palette::CAUTIOUS, Mood::Thinking),
        Verdict::Risky => ("level-verdict-risky", palette::RISKY, Mood::Worried),
    }
}

fn show_step(
    mut commands: Commands,
    theme: Res<Theme>,
    prefs: Res<crate::game::state::Prefs>,
    level: Res<Level>,
    views: Query<Entity, With<StepView>>,
    mut moods: Query<&mut SangoMood>,
) {
    let theme = theme.as_ref();
    let animate = !prefs.0.reduced_motion;
    let scenario = level.run.scenario();
    let vars = level.run.variables();
    let key = |k: &str| Localized::scenario(scenario, k, vars);
    let mut mood = Mood::Happy;
    for view in &views {
        commands.entity(view).despawn_related::<Children>();
        commands.entity(view).with_children(|v| {
            if let Some(feedback) = level
                .feedback
                .as_ref()
                .filter(|f| !matches!(f, Feedback::Consequence(_)))
            {
                mood = show_feedback(v, theme, scenario, vars, feedback, animate);
                return;
            }
            // Right after a choice, the story shows what it led to: no choices, no
            // verdict yet, only Continue.
            let consequence = matches!(level.feedback, Some(Feedback::Consequence(_)));
            let step = level.run.step();
            // The app's frame; a chat also keeps the last messages on screen.
            if scenario.stage != Stage::Dialogue && !matches!(step, Step::Ending { .. }) {
                app_bar(v, theme, &scenario.stage, scenario, vars);
            }
            if matches!(scenario.stage, Stage::Chat { .. })
                && matches!(step, Step::Line { .. } | Step::Decision { .. })
            {
                let said: Vec<_> = level
                    .transcript
                    .iter()
                    .filter(|(who, _)| matches!(who, Speaker::Npc(_) | Speaker::Player))
                    .collect();
                for (speaker, text) in said.iter().rev().take(TRANSCRIPT_LINES).rev() {
                    line(
                        v,
                        theme,
                        &scenario.stage,
                        speaker_name(speaker, scenario, vars),
                        speaker,
                        key(text),
                        true,
                        false,
                    );
                }
            }
            match step {
                Step::Line {
                    speaker,
                    mood: m,
                    text,
                    ..
                } => {
                    mood = m;
                    line(
                        v,
                        theme,
                        &scenario.stage,
                        speaker_name(speaker, scenario, vars),
                        speaker,
                        key(text),
                        false,
                        animate,
                    );
                    continue_button(v, theme, "level-continue");
                }
                Step::Decision {
                    speaker,
                    mood: m,
                    text,
                    choices,
                    ..
                } => {
                    mood = m;
                    line(
                        v,
                        theme,
                        &scenario.stage,
                        speaker_name(speaker, scenario, vars),
                        speaker,
                        key(text),
                        false,
                        animate,
                    );
                    if consequence {
                        continue_button(v, theme, "level-continue");
                    } else {
                        v.spawn(label(
                            theme,
                            Localized::new("level-what-do-you-do"),
                            size::SMALL,
                            palette::INK_SOFT,
                        ));
                        for (i, choice) in choices.iter().enumerate() {
                            choice_button(v, theme, &key, i, choice, i == 0);
                        }
                    }
                }
                Step::Spot {
                    speaker,
                    mood: m,
                    text,
                    card,
                    parts,
                    tapped,
                    ..
                } => {
                    mood = m;
                    let _ = speaker;
                    let popup = matches!(scenario.stage, Stage::Popup { .. });
                    v.spawn(panel())
                        .insert(BorderColor::all(if popup {
                            APP_BAR
                        } else {
                            palette::PANEL_BORDER
                        }))
                        .with_children(|c| {
                            // Sango's instruction, then the card itself.
                            sango_says(c, theme, key(text), size::SMALL, palette::SANGO_BLUE);
                            c.spawn(heading(theme, key(&card.title), size::SMALL));
                            c.spawn(label(theme, key(&card.body), size::BODY, palette::INK));
                            c.spawn(label(
                                theme,
                                Localized::new("level-spot-hint"),
                                size::SMALL * 0.85,
                                palette::INK_SOFT,
                            ));
                            c.spawn(Node {
                                flex_wrap: FlexWrap::Wrap,
                                column_gap: px(10),
                                row_gap: px(10),
                                ..default()
                            })
                            .with_children(|row| {
                                for (i, part) in parts.iter().enumerate() {
                                    let was_tapped = tapped.contains(&i);
                                    let style = match (was_tapped, part.clue) {
                                        (false, _) => ButtonStyle::Quiet,
                                        (true, true) => {
                                            ButtonStyle::Swatch(Color::srgb(0.80, 0.93, 0.84))
                                        }
                                        (true, false) => {
                                            ButtonStyle::Swatch(Color::srgb(0.93, 0.93, 0.93))
                                        }
                                    };
                                    let mut b = row.spawn(button(
                                        theme,
                                        key(&part.text),
                                        LevelAction::Tap(i),
                                        style,
                                    ));
                                    b.insert(Node {
                                        padding: UiRect::axes(px(14), px(6)),
                                        border: UiRect::all(px(2)),
                                        border_radius: BorderRadius::all(px(10)),
                                        justify_content: JustifyContent::Center,
                                        align_items: AlignItems::Center,
                                        min_height: px(40),
                                        ..default()
                                    });
                                    // Focus stays where the child is tapping.
                                    if Some(&i) == tapped.last().or(Some(&0)) {
                                        b.insert(AutoFocus);
                                    }
                                }
                            });
                        });
                    if let Some(part) = &level.last_tap {
                        let (verdict, color) = if part.clue {
                            ("level-spot-clue", palette::SAFE)
                        } else {
                            ("level-spot-not-clue", palette::INK_SOFT)
                        };
                        v.spawn(Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(2),
                            ..default()
                        })
                        .with_children(|p| {
                            p.spawn(heading(theme, Localized::new(verdict), size::SMALL))
                                .insert(TextColor(color));
                            sango_says(p, theme, key(&part.feedback), size::SMALL, palette::INK);
                        });
                    }
                    v.spawn(button(
                        theme,
                        Localized::new("level-spot-done"),
                        LevelAction::FinishSpot,
                        ButtonStyle::Primary,
                    ));
                }
                Step::Ending {
                    outcome,
                    mood: m,
                    text,
                    ..
                } => {
                    mood = m;
                    let (id, color) = match outcome {
                        Outcome::Safe => ("level-ending-safe", palette::SAFE),
                        Outcome::Mixed => ("level-ending-mixed", palette::CAUTIOUS),
                        Outcome::Recovered => ("level-ending-recovered", palette::SAFE),
                        Outcome::Harmful => ("level-ending-harmful", palette::RISKY),
                    };
                    v.spawn(heading(theme, Localized::new(id), size::HEADING * 0.8))
                        .insert(TextColor(color));
                    line(
                        v,
                        theme,
                        &Stage::Dialogue,
                        None,
                        &Speaker::Narrator,
                        key(text),
                        false,
                        animate,
                    );
                    // Sango's verdict on the last choice still comes before the results.
                    continue_button(
                        v,
                        theme,
                        if consequence {
                            "level-continue"
                        } else {
                            "level-see-results"
                        },
                    );
                }
            }
        });
    }
    for mut m in &mut moods {
        if m.0 != mood {
            m.0 = mood;
        }
    }
}

fn show_feedback(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    scenario: &Scenario,
    vars: &[(String, String)],
    feedback: &Feedback,
    animate: bool,
) -> Mood {
    let (verdict, detail, explanation) = match feedback {
        Feedback::Consequence(choice) | Feedback::Choice(choice) => (
            choice.verdict,
            Localized::new("level-you-chose")
                .with_localized("choice", Localized::scenario(scenario, &choice.text, vars)),
            Some(Localized::scenario(scenario, &choice.feedback, vars)),
        ),
        Feedback::Spot(result) => (
            result.verdict,
            Localized::new("level-spot-result")
                .with("found", result.found)
                .with("clues", result.clues)
                .with("mistaken", result.mistaken),
            result.advice().map(Localized::new),
        ),
    };
    let (verdict_id, color, mood) = verdict_look(verdict);
    v.spawn(panel())
        .insert(BorderColor::all(color))
        .with_children(|p| {
            p.spawn(heading(
                theme,
                Localized::new(verdict_id),
                size::HEADING * 0.8,
            ))
            .insert(TextColor(color));
            p.spawn(label(theme, detail, size::SMALL, palette::INK_SOFT));
            if let Some(text) = explanation {
                p.spawn(label(
                    theme,
                    Localized::new("speaker-sango"),
                    size::SMALL,
                    palette::SANGO_BLUE,
                ));
                // Sango's words appear like every other line.
                said(
                    p,
                    theme,
                    text,
                    size::BODY,
                    palette::INK,
                    Reveal::new(animate),
                    false,
                );
            }
        });
    continue_button(v, theme, "level-continue");
    mood
}

/// The one button that moves the story on, focused.
fn continue_button(v: &mut ChildSpawnerCommands, theme: &Theme, words: &'static str) {
    v.spawn((
        button(
            theme,
            Localized::new(words),
            LevelAction::Continue,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    ));
}

/// The app's title bar: its name, from the scenario.
fn app_bar(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    stage: &Stage,
    scenario: &Scenario,
    vars: &[(String, String)],
) {
    let Some(app) = stage.app() else {
        return;
    };
    let kind = match stage {
        Stage::Chat { .. } => "stage-chat",
        Stage::Feed { .. } => "stage-feed",
        Stage::Popup { .. } => "stage-popup",
        Stage::Dialogue => return,
    };
    v.spawn((
        Name::new("App bar"),
        Node {
            padding: UiRect::axes(px(16), px(8)),
            column_gap: px(12),
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(APP_BAR),
    ))
    .with_children(|bar| {
        bar.spawn(label(
            theme,
            Localized::scenario(scenario, app, vars),
            size::SMALL,
            Color::WHITE,
        ));
        bar.spawn(label(
            theme,
            Localized::new(kind),
            size::SMALL * 0.8,
            Color::srgb(0.75, 0.80, 0.88),
        ));
    });
}

/// One line of the story, drawn the way the stage draws it: a speech panel, a chat
/// bubble (mine on the right), a post in a feed, or a dialog in a pop-up.
#[allow(clippy::too_many_arguments)] // one line's look: who, what, where, how
fn line(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    stage: &Stage,
    name: Option<Localized>,
    speaker: &Speaker,
    text: Localized,
    earlier: bool,
    reveal: bool,
) {
    let text_size = if earlier { size::SMALL } else { size::BODY };
    // The line being said appears letter by letter, unless motion is off.
    let reveal = Reveal::new(reveal && !earlier);
    let soft = if earlier {
        palette::INK_SOFT
    } else {
        palette::INK
    };
    match stage {
        Stage::Chat { .. } if matches!(speaker, Speaker::Npc(_) | Speaker::Player) => {
            let mine = *speaker == Speaker::Player;
            v.spawn((
                crate::game::Mirror,
                Node {
                    justify_content: if mine {
                        JustifyContent::FlexEnd
                    } else {
                        JustifyContent::FlexStart
                    },
                    ..default()
                },
            ))
            .with_children(|row| {
                row.spawn((
                    Name::new("Chat bubble"),
                    Node {
                        flex_direction: FlexDirection::Column,
                        padding: UiRect::axes(px(16), px(10)),
                        row_gap: px(4),
                        max_width: percent(80),
                        border_radius: if mine {
                            BorderRadius::px(16.0, 16.0, 4.0, 16.0)
                        } else {
                            BorderRadius::px(16.0, 16.0, 16.0, 4.0)
                        },
                        ..default()
                    },
                    BackgroundColor(if mine { CHAT_MINE } else { CHAT_THEIRS }),
                ))
                .with_children(|b| {
                    if let Some(name) = name.filter(|_| !mine) {
                        b.spawn(label(theme, name, size::SMALL * 0.85, palette::SANGO_BLUE));
                    }
                    said(b, theme, text, text_size, soft, reveal, earlier);
                });
            });
        }
        Stage::Feed { .. } if matches!(speaker, Speaker::Npc(_)) => {
            v.spawn((panel(), Name::new("Post"))).with_children(|p| {
                p.spawn(Node {
                    column_gap: px(10),
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|who| {
                    who.spawn((
                        Node {
                            width: px(28),
                            height: px(28),
                            border_radius: BorderRadius::MAX,
                            ..default()
                        },
                        BackgroundColor(Color::srgb(0.62, 0.70, 0.80)),
                    ));
                    if let Some(name) = name {
                        who.spawn(heading(theme, name, size::SMALL));
                    }
                });
                said(p, theme, text, text_size, soft, reveal, earlier);
            });
        }
        Stage::Popup { .. }
            if !earlier && matches!(speaker, Speaker::Npc(_) | Speaker::Narrator) =>
        {
            v.spawn((panel(), Name::new("Dialog")))
                .insert(BorderColor::all(APP_BAR))
                .with_children(|p| {
                    if let Some(name) = name {
                        p.spawn(heading(theme, name, size::SMALL));
                    }
                    said(p, theme, text, text_size, soft, reveal, earlier);
                });
        }
        _ => {
            // Sango, the narrator, or the dialogue stage: a speech panel.
            v.spawn(panel()).with_children(|p| {
                if let Some(name) = name {
                    p.spawn(label(theme, name, size::SMALL, palette::SANGO_BLUE));
                }
                said(p, theme, text, text_size, soft, reveal, earlier);
            });
        }
    }
}

/// The words of a line; the line being said gets a Listen button under it.
#[allow(clippy::too_many_arguments)] // one line's words and how they look
fn said(
    p: &mut ChildSpawnerCommands,
    theme: &Theme,
    text: Localized,
    text_size: f32,
    color: Color,
    reveal: Reveal,
    earlier: bool,
) {
    let mut words = p.spawn((label(theme, text, text_size, color), reveal));
    if !earlier {
        let line = words.insert(Spoken).id();
        listen_button(p, theme, line);
    }
}

/// Sango's words beside the story (a clue card's instruction, why a part is or is
/// not a clue): said aloud like a line, shown at once.
fn sango_says(
    p: &mut ChildSpawnerCommands,
    theme: &Theme,
    text: Localized,
    size: f32,
    color: Color,
) {
    said(p, theme, text, size, color, Reveal::new(false), false);
}

fn choice_button(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    key: &dyn Fn(&str) -> Localized,
    shown: usize,
    choice: &Choice,
    focus: bool,
) {
    // Every choice looks alike: a green Block or a "Tell an adult" tag would give
    // the answer away before the child has thought (the words say what it does).
    let mut b = v.spawn(crate::game::theme::button_base(
        LevelAction::Choose(shown),
        ButtonStyle::Primary,
    ));
    b.insert(Node {
        padding: UiRect::axes(px(20), px(10)),
        border: UiRect::all(px(2)),
        border_radius: BorderRadius::all(px(14)),
        justify_content: JustifyContent::FlexStart,
        align_items: AlignItems::Center,
        column_gap: px(12),
        min_height: px(50),
        ..default()
    });
    b.with_children(|inner| {
        inner.spawn(crate::game::theme::button_label(
            theme,
            key(&choice.text),
            palette::BUTTON_TEXT,
        ));
    });
    if focus {
        b.insert(AutoFocus);
    }
}

#[allow(clippy::too_many_arguments)]
fn on_action(
    mut commands: Commands,
    mut actions: MessageReader<LevelAction>,
    mut cues: MessageWriter<Cue>,
    level: Option<ResMut<Level>>,
    mut saves: ResMut<Saves>,
    player: Res<Player>,
    mut next: ResMut<NextState<Screen>>,
    mut reveals: Query<(&mut Text, &mut Reveal)>,
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
            // What happened has been seen: now Sango's verdict, with its sound.
            LevelAction::Continue if matches!(level.feedback, Some(Feedback::Consequence(_))) => {
                if let Some(Feedback::Consequence(choice)) = level.feedback.take() {
                    cues.write(match choice.verdict {
                        Verdict::Safe => Cue::Good,
                        _ => Cue::Think,
                    });
                    level.feedback = Some(Feedback::Choice(choice));
                }
            }
            // After the verdict, a clue card or a decision is shown as itself; the
            // line that showed the consequence is not shown again.
            LevelAction::Continue
                if level.feedback.is_some()
                    && !(matches!(level.feedback, Some(Feedback::Choice(_)))
                        && matches!(level.run.step(), Step::Line { .. } | Step::Ending { .. })) =>
            {
                level.feedback = None
            }
            LevelAction::Continue if level.run.is_over() => {
                level.feedback = None;
                let Some(result) = level.run.result() else {
                    continue;
                };
                let profile = |saves: &Saves| {
                    player
                        .profile
                        .and_then(|id| saves.progress.profile(id))
                        .cloned()
                };
                let before = profile(&saves);
                let saved = match player.profile {
                    Some(id) => saves.record(id, result.clone()),
                    None => false,
                };
                let new_badges =
                    crate::learning::new_badges(before.as_ref(), profile(&saves).as_ref());
                commands.insert_resource(Finished {
                    result,
                    saved,
                    new_badges,
                    variables: level.run.variables().to_vec(),
                    put_right_by: level.run.put_right_by().map(str::to_owned),
                });
                next.set(Screen::Debrief);
            }
            LevelAction::Continue => {
                level.feedback = None;
                let said = match level.run.step() {
                    Step::Line { speaker, text, .. } => Some((speaker.clone(), text.to_string())),
                    _ => None,
                };
                match level.run.advance() {
                    Ok(()) => level.transcript.extend(said),
                    Err(e) => {
                        error!("{e}");
                        next.set(Screen::Map);
                    }
                }
            }
            LevelAction::Choose(i) if level.feedback.is_none() => {
                let asked = match level.run.step() {
                    Step::Decision { speaker, text, .. } => {
                        Some((speaker.clone(), text.to_string()))
                    }
                    _ => None,
                };
                match level.run.choose(*i) {
                    Ok(choice) => {
                        level.transcript.extend(asked);
                        level
                            .transcript
                            .push((Speaker::Player, choice.text.clone()));
                        // No sound yet: the verdict comes after what happened.
                        let feedback = Feedback::after(choice, &level.run.step());
                        if let Feedback::Choice(choice) = &feedback {
                            cues.write(match choice.verdict {
                                Verdict::Safe => Cue::Good,
                                _ => Cue::Think,
                            });
                        }
                        level.feedback = Some(feedback);
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            LevelAction::Tap(i) => match level.run.tap(*i) {
                Ok(part) => level.last_tap = Some(part),
                Err(e) => warn!("{e}"),
            },
            LevelAction::FinishSpot => match level.run.finish_spot() {
                Ok(result) => {
                    cues.write(match result.verdict {
                        Verdict::Safe => Cue::Good,
                        _ => Cue::Think,
                    });
                    level.last_tap = None;
                    level.feedback = Some(Feedback::Spot(result));
                }
                Err(e) => warn!("{e}"),
            },
            LevelAction::Leave => next.set(Screen::Map),
            _ => {}
        }
    }
}
