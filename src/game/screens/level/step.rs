//! What the level shows at each step of the story: a line, a decision, a clue
//! card, the ending, and after a choice what it led to, then Sango's verdict. The
//! scenario's stage (see `game::stages`) draws the app and each line.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, verdict_look};
use crate::content::{Choice, Mood, Outcome, Part, Speaker, Stage};
use crate::game::pictures::{self, Pictures};
use crate::game::sango::SangoMood;
use crate::game::stages::{self, Line, Look, Shown};
use crate::game::state::{Feedback, Level, Prefs};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, heading, label, palette, panel, size,
};
use crate::game::widgets::answer_button;
use crate::play::Step;

use crate::game::reveal::Reveal;

/// The part of the screen that changes with every step.
#[derive(Component)]
pub(super) struct StepView;

/// How tall a clue card's picture is drawn, in hundredths of the window's height.
const CARD_VH: f32 = 40.0;

pub(super) fn show_step(
    mut commands: Commands,
    theme: Res<Theme>,
    prefs: Res<Prefs>,
    level: Res<Level>,
    views: Query<Entity, With<StepView>>,
    mut moods: Query<&mut SangoMood>,
    pictures: Pictures,
) {
    let draw = Draw {
        theme: theme.as_ref(),
        scenario: level.run.scenario(),
        vars: level.run.variables(),
        animate: !prefs.0.reduced_motion,
        pictures: &pictures,
    };
    let mut mood = Mood::Happy;
    for view in &views {
        commands.entity(view).despawn_related::<Children>();
        commands
            .entity(view)
            .with_children(|v| mood = show(v, &draw, &level));
    }
    for mut m in &mut moods {
        m.set_if_neq(SangoMood(mood));
    }
}

/// Draws the step the level is at; Sango's mood for it.
fn show(v: &mut ChildSpawnerCommands, draw: &Draw, level: &Level) -> Mood {
    if let Some(feedback) = level
        .feedback
        .as_ref()
        .filter(|f| !matches!(f, Feedback::Consequence(_)))
    {
        return show_feedback(v, draw, feedback);
    }
    // Right after a choice, the story shows what it led to: no choices, no
    // verdict yet, only Continue.
    let consequence = matches!(level.feedback, Some(Feedback::Consequence(_)));
    let step = level.run.step();
    // The app's frame; a chat also keeps the last messages on screen.
    if !matches!(step, Step::Ending { .. }) {
        stages::frame(v, draw.theme, draw.scenario, draw.vars);
    }
    if matches!(draw.scenario.stage, Stage::Chat { .. })
        && matches!(step, Step::Line { .. } | Step::Decision { .. })
    {
        stages::earlier_lines(
            v,
            draw.theme,
            (draw.scenario, draw.vars),
            level.run.said(),
            draw.pictures,
        );
    }
    match step {
        Step::Line {
            beat,
            speaker,
            mood,
            text,
        } => {
            draw.line(v, beat, speaker, text);
            continue_button(v, draw.theme, "level-continue");
            mood
        }
        Step::Decision {
            beat,
            speaker,
            mood,
            text,
            choices,
        } => {
            draw.line(v, beat, speaker, text);
            if consequence {
                continue_button(v, draw.theme, "level-continue");
            } else {
                show_choices(v, draw, &choices);
            }
            mood
        }
        Step::Spot {
            beat,
            mood,
            text,
            card,
            parts,
            tapped,
            ..
        } => {
            let card = Card {
                instruction: text,
                title: &card.title,
                body: &card.body,
                parts: &parts,
                tapped,
            };
            if let Some(shown) = draw.scene(beat) {
                show_picture_card(v, draw, &card, &shown, level.last_tap.as_ref());
                return mood;
            }
            show_card(v, draw, &card);
            show_last_tap(v, draw, level.last_tap.as_ref());
            v.spawn(button(
                draw.theme,
                Localized::new("level-spot-done"),
                LevelAction::FinishSpot,
                ButtonStyle::Primary,
            ));
            mood
        }
        Step::Sort {
            beat,
            speaker,
            mood,
            text,
            posts,
            placed,
        } => {
            let feed = super::sort::Feed {
                beat,
                speaker,
                text,
                posts,
                placed,
            };
            super::sort::show_sort(v, draw, &feed);
            mood
        }
        Step::Setup {
            beat,
            speaker,
            mood,
            text,
            settings,
            chosen,
            shown,
        } => {
            let account = super::setup::Account {
                beat,
                speaker,
                text,
                shown,
                settings,
                chosen,
            };
            super::setup::show_setup(v, draw, &account);
            mood
        }
        Step::Compose {
            beat,
            speaker,
            mood,
            text,
            to,
            phrases,
            added,
            shown,
        } => {
            let draft = super::compose::Draft {
                beat,
                speaker,
                text,
                shown,
                to,
                phrases,
                added,
            };
            super::compose::show_compose(v, draw, &draft);
            mood
        }
        Step::Lock {
            beat,
            speaker,
            mood,
            text,
            lock,
            added,
            chosen,
            shown,
            pages,
            locked,
        } => {
            let locker = super::lock::Locker {
                beat,
                speaker,
                text,
                lock,
                added,
                chosen,
                shown,
                pages,
                locked,
            };
            super::lock::show_lock(v, draw, &locker);
            mood
        }
        Step::Craft {
            beat,
            speaker,
            mood,
            text,
            craft,
            added,
            shown,
        } => {
            let post = super::craft::Post {
                beat,
                speaker,
                text,
                craft,
                added,
                shown,
            };
            super::craft::show_craft(v, draw, &post);
            mood
        }
        Step::Ending {
            outcome,
            mood,
            text,
            ..
        } => {
            show_ending(v, draw, outcome, text, consequence);
            mood
        }
    }
}

/// "What do you do?" and the choices, in the order shown to this child.
fn show_choices(v: &mut ChildSpawnerCommands, draw: &Draw, choices: &[&Choice]) {
    v.spawn(label(
        draw.theme,
        Localized::new("level-what-do-you-do"),
        size::SMALL,
        palette::INK_SOFT,
    ));
    for (i, choice) in choices.iter().enumerate() {
        choice_button(v, draw, i, choice, i == 0);
    }
}

fn choice_button(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    shown: usize,
    choice: &Choice,
    focus: bool,
) {
    // Every choice looks alike: a green Block or a "Tell an adult" tag would give
    // the answer away before the child has thought (the words say what it does).
    let words = draw.key(&choice.text);
    let mut b = answer_button(
        v,
        draw.theme,
        LevelAction::Choose(shown),
        ButtonStyle::Primary,
        words,
    );
    if focus {
        b.insert(AutoFocus);
    }
}

/// A clue card as the step gives it.
struct Card<'a> {
    /// Sango's instruction.
    instruction: &'a str,
    title: &'a str,
    body: &'a str,
    parts: &'a [&'a Part],
    /// Parts tapped so far, by index into `parts`.
    tapped: &'a [usize],
}

/// How Sango's instruction on a card looks.
const INSTRUCTION: Look = Look {
    size: size::SMALL,
    color: palette::SANGO_BLUE,
};

/// A card's frame, in the stage's colour.
fn card_panel<'a>(v: &'a mut ChildSpawnerCommands, draw: &Draw) -> EntityCommands<'a> {
    let mut panel = v.spawn(panel());
    panel.insert(BorderColor::all(stages::card_border(&draw.scenario.stage)));
    panel
}

/// A card's title and body, and how to play it.
fn card_words(
    parent: &mut ChildSpawnerCommands,
    draw: &Draw,
    card: &Card,
    body: f32,
    hint: &'static str,
) {
    let theme = draw.theme;
    parent.spawn(heading(theme, draw.key(card.title), size::SMALL));
    parent.spawn(label(theme, draw.key(card.body), body, palette::INK));
    parent.spawn(label(
        theme,
        Localized::new(hint),
        size::SMALL * 0.85,
        palette::INK_SOFT,
    ));
}

/// Sango's instruction, then the card, with its parts to tap.
fn show_card(v: &mut ChildSpawnerCommands, draw: &Draw, card: &Card) {
    let theme = draw.theme;
    card_panel(v, draw).with_children(|c| {
        stages::sango_says(c, theme, draw.key(card.instruction), INSTRUCTION);
        card_words(c, draw, card, size::BODY, "level-spot-hint");
        c.spawn(Node {
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(10),
            row_gap: px(10),
            ..default()
        })
        .with_children(|row| {
            for (i, part) in card.parts.iter().enumerate() {
                card_part(row, draw, card, i, part);
            }
        });
    });
}

/// A card played on its picture: Sango's instruction above; the picture with its
/// hotspots, and beside it the card's words, what the last tap found, and Done.
fn show_picture_card(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    card: &Card,
    shown: &Shown,
    last_tap: Option<&Part>,
) {
    let theme = draw.theme;
    card_panel(v, draw).with_children(|c| {
        // The instruction with its Listen button beside it: the picture needs
        // the height on a netbook.
        c.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(12),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::SpaceBetween,
                ..default()
            },
        ))
        .with_children(|row| {
            stages::sango_says(row, theme, draw.key(card.instruction), INSTRUCTION);
        });
        c.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(18),
                row_gap: px(12),
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::FlexStart,
                ..default()
            },
        ))
        .with_children(|row| {
            let art = &shown.picture.art;
            pictures::picture(row, theme, shown.picture, CARD_VH, &shown.words).with_children(
                |f| {
                    for (i, part) in card.parts.iter().enumerate() {
                        if let Some(area) = part.area {
                            hotspot(f, draw, card, i, pictures::placed(art, area));
                        }
                    }
                },
            );
            row.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(8),
                flex_grow: 1.0,
                flex_basis: px(240),
                min_width: px(220),
                ..default()
            })
            .with_children(|side| {
                card_words(side, draw, card, size::SMALL, "level-spot-hint-picture");
                // Done stays where it is as the taps are explained under it.
                side.spawn(button(
                    theme,
                    Localized::new("level-spot-done"),
                    LevelAction::FinishSpot,
                    ButtonStyle::Primary,
                ));
                show_last_tap(side, draw, last_tap);
            });
        });
    });
}

/// One part of a card as a place on its picture: found ones wear a ring (a thick
/// green one for a clue, a thin grey one for a part that is not), and its name is
/// what a screen reader says.
fn hotspot(f: &mut ChildSpawnerCommands, draw: &Draw, card: &Card, i: usize, at: Node) {
    let part = card.parts[i];
    let show = draw.pictures.show_hotspots.0;
    let (ring, width, fill) = match (card.tapped.contains(&i), part.clue) {
        (false, _) if show => (
            palette::SANGO_BLUE,
            2.0,
            Color::srgba(0.0, 0.56, 0.82, 0.12),
        ),
        (false, _) => (Color::NONE, 4.0, Color::NONE),
        (true, true) => (palette::SAFE, 5.0, Color::srgba(0.13, 0.55, 0.30, 0.22)),
        (true, false) => (palette::INK_SOFT, 2.0, Color::srgba(0.3, 0.37, 0.46, 0.18)),
    };
    let mut b = f.spawn(button_base(LevelAction::Tap(i), ButtonStyle::Swatch(fill)));
    b.insert((
        Node {
            border: UiRect::all(px(width)),
            border_radius: BorderRadius::all(px(10)),
            align_items: AlignItems::FlexStart,
            justify_content: JustifyContent::FlexStart,
            ..at
        },
        BorderColor::all(ring),
    ));
    // The name: said by a screen reader; shown only to authors placing hotspots.
    let name = label(
        draw.theme,
        draw.key(&part.text),
        size::SMALL * 0.7,
        palette::INK,
    );
    b.with_children(|h| {
        let mut text = h.spawn(name);
        if !show {
            text.insert(Node {
                display: Display::None,
                ..default()
            });
        } else {
            text.insert(BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.85)));
        }
    });
    if Some(&i) == card.tapped.last().or(Some(&0)) {
        b.insert(AutoFocus);
    }
}

/// One part of a card: tapped ones show whether they were a clue.
fn card_part(row: &mut ChildSpawnerCommands, draw: &Draw, card: &Card, i: usize, part: &Part) {
    let style = match (card.tapped.contains(&i), part.clue) {
        (false, _) => ButtonStyle::Quiet,
        (true, true) => ButtonStyle::Swatch(Color::srgb(0.80, 0.93, 0.84)),
        (true, false) => ButtonStyle::Swatch(Color::srgb(0.93, 0.93, 0.93)),
    };
    let mut b = row.spawn(button(
        draw.theme,
        draw.key(&part.text),
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
    if Some(&i) == card.tapped.last().or(Some(&0)) {
        b.insert(AutoFocus);
    }
}

/// Whether the part tapped last is a clue, and why, in Sango's words.
fn show_last_tap(v: &mut ChildSpawnerCommands, draw: &Draw, part: Option<&Part>) {
    let Some(part) = part else { return };
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
        p.spawn(heading(draw.theme, Localized::new(verdict), size::SMALL))
            .insert(TextColor(color));
        let look = Look {
            size: size::SMALL,
            color: palette::INK,
        };
        stages::sango_says(p, draw.theme, draw.key(&part.feedback), look);
    });
}

/// How the story ended, in its words, then the results (or first Sango's
/// verdict on the last choice).
fn show_ending(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    outcome: Outcome,
    text: &str,
    consequence: bool,
) {
    let (id, color) = match outcome {
        Outcome::Safe => ("level-ending-safe", palette::SAFE),
        Outcome::Mixed => ("level-ending-mixed", palette::CAUTIOUS),
        Outcome::Recovered => ("level-ending-recovered", palette::SAFE),
        Outcome::Harmful => ("level-ending-harmful", palette::RISKY),
    };
    v.spawn(heading(draw.theme, Localized::new(id), size::HEADING * 0.8))
        .insert(TextColor(color));
    let line = Line {
        speaker: &Speaker::Narrator,
        name: None,
        text: draw.key(text),
        earlier: false,
        animate: draw.animate,
        face: None,
        picture: None,
    };
    stages::line(v, draw.theme, &Stage::Dialogue, line);
    continue_button(
        v,
        draw.theme,
        if consequence {
            "level-continue"
        } else {
            "level-see-results"
        },
    );
}

/// Sango's verdict on a choice or a clue card, and why; Sango's mood for it.
fn show_feedback(v: &mut ChildSpawnerCommands, draw: &Draw, feedback: &Feedback) -> Mood {
    let (verdict, detail, explanation) = match feedback {
        Feedback::Consequence(choice) | Feedback::Choice(choice) => (
            choice.verdict,
            Localized::new("level-you-chose").with_localized("choice", draw.key(&choice.text)),
            Some(draw.key(&choice.feedback)),
        ),
        Feedback::Spot(result) => (
            result.verdict,
            Localized::new("level-spot-result")
                .with("found", result.found)
                .with("clues", result.clues)
                .with("mistaken", result.mistaken),
            result.advice().map(Localized::new),
        ),
        Feedback::Sort { result, .. } => (
            result.verdict,
            Localized::new("level-sort-result")
                .with("right", super::sort::right_count(result))
                .with("total", result.posts.len()),
            super::sort::advice(result).map(Localized::new),
        ),
        Feedback::Setup { beat, result } => (
            result.verdict,
            Localized::new("level-setup-result")
                .with("right", super::setup::right_count(result))
                .with("total", result.settings.len()),
            match draw.scenario.beat(beat) {
                Some(crate::content::Node::Setup(s)) => {
                    super::setup::advice(&s.settings, result).map(Localized::new)
                }
                _ => None,
            },
        ),
        Feedback::Compose { result, .. } => (
            result.verdict,
            Localized::new("level-compose-result")
                .with("needed", result.needed_in)
                .with("total", result.needed),
            super::compose::advice(result).map(Localized::new),
        ),
        Feedback::Lock { beat, result } => (
            result.verdict,
            Localized::new("level-lock-result")
                .with_message("passphrase", super::lock::passphrase_words(result))
                .with("real", u8::from(result.real_page)),
            match draw.scenario.beat(beat) {
                Some(crate::content::Node::Lock(l)) => {
                    super::lock::advice(l, result).map(Localized::new)
                }
                _ => None,
            },
        ),
        Feedback::Craft { result, .. } => (
            result.verdict,
            Localized::new("level-craft-result")
                .with("fooled", result.fooled_count())
                .with("people", result.fooled.len()),
            super::craft::advice(result).map(Localized::new),
        ),
    };
    let (mut verdict_id, color, mood) = verdict_look(verdict);
    // A fake post shows knowing the tricks, not a safe choice.
    if let Feedback::Craft { .. } = feedback {
        verdict_id = super::craft::verdict_words(verdict);
    }
    let theme = draw.theme;
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
                let look = Look {
                    size: size::BODY,
                    color: palette::INK,
                };
                stages::words(p, theme, text, look, Reveal::new(draw.animate), true);
            }
        });
    // After a sort, and never before it, Sango's why for each post.
    match feedback {
        Feedback::Sort { beat, result } => super::sort::show_review(v, draw, beat, result),
        Feedback::Setup { beat, result } => super::setup::show_review(v, draw, beat, result),
        Feedback::Compose { beat, result } => super::compose::show_review(v, draw, beat, result),
        Feedback::Lock { beat, result } => super::lock::show_review(v, draw, beat, result),
        Feedback::Craft { beat, result } => super::craft::show_review(v, draw, beat, result),
        _ => {}
    }
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
