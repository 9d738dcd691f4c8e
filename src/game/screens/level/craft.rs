//! "Play the other side": who will see the post (each with what they are
//! like), the post as built so far with the room left, the techniques as
//! buttons (heard as pressed while in the post), then "Post it". After it,
//! and never before: whom it fooled and why, each technique used and how to
//! spot it, and Sango turning it round.

use crate::voice::advice;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, Reviewed, add_buttons, review_card, verdict_look};
use crate::content::{Craft, Speaker, Trick, Verdict};
use crate::game::stages::{self, Look};
use crate::game::theme::{ButtonStyle, Localized, button, heading, label, palette, panel, size};
use crate::play::CraftResult;

/// The post as the step shows it.
pub(super) struct Post<'a> {
    pub beat: &'a str,
    pub speaker: &'a Speaker,
    pub text: &'a str,
    pub craft: &'a Craft,
    pub added: &'a [usize],
    /// The order the techniques are shown in.
    pub shown: &'a [usize],
}

/// The instruction, the people, the draft, the techniques, then "Post it".
pub(super) fn show_craft(v: &mut ChildSpawnerCommands, draw: &Draw, post: &Post) {
    draw.line(v, post.beat, post.speaker, post.text);
    let theme = draw.theme;
    let craft = post.craft;
    // Who will see it, and beside it the post as built (one under the other
    // when the words are large).
    v.spawn((
        crate::game::Mirror,
        Node {
            column_gap: px(12),
            row_gap: px(12),
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Stretch,
            ..default()
        },
    ))
    .with_children(|v| {
        v.spawn((panel(), Name::new("Who will see it")))
            .insert(Node {
                flex_grow: 3.0,
                flex_basis: px(360),
                ..crate::game::theme::panel_node()
            })
            .with_children(|p| {
                p.spawn(heading(
                    theme,
                    Localized::new("level-craft-people"),
                    size::SMALL,
                ));
                // Each person's name, and beside it what they are like.
                for person in &craft.people {
                    p.spawn((
                        crate::game::Mirror,
                        Node {
                            column_gap: px(10),
                            flex_wrap: FlexWrap::Wrap,
                            align_items: AlignItems::Baseline,
                            ..default()
                        },
                    ))
                    .with_children(|row| {
                        row.spawn(heading(theme, draw.key(&person.name), size::SMALL));
                        row.spawn(label(
                            theme,
                            draw.key(&person.about),
                            size::SMALL,
                            palette::INK,
                        ));
                    });
                }
            });
        let full = post.added.len() >= craft.room;
        v.spawn((panel(), Name::new("Draft")))
            .insert(BorderColor::all(palette::RISKY))
            .insert(Node {
                flex_grow: 2.0,
                flex_basis: px(280),
                ..crate::game::theme::panel_node()
            })
            .with_children(|p| {
                p.spawn(heading(theme, draw.key(&craft.what), size::SMALL));
                p.spawn(label(
                    theme,
                    Localized::new(if full {
                        "level-craft-full"
                    } else {
                        "level-craft-room"
                    })
                    .with("used", post.added.len())
                    .with("room", craft.room),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
                for technique in post.added.iter().filter_map(|&i| craft.techniques.get(i)) {
                    p.spawn(label(
                        theme,
                        draw.key(&technique.text),
                        size::BODY,
                        palette::INK,
                    ));
                }
            });
    });
    let techniques: Vec<&str> = craft.techniques.iter().map(|t| t.text.as_str()).collect();
    add_buttons(v, draw, ("Techniques", &techniques), post.shown, post.added);
    v.spawn(button(
        theme,
        Localized::new("level-craft-post"),
        LevelAction::FinishCraft,
        ButtonStyle::Primary,
    ));
}

/// The verdict's heading: what a fake post shows is knowing the tricks.
pub fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Safe => "level-craft-verdict-safe",
        Verdict::Cautious => "level-craft-verdict-cautious",
        Verdict::Risky => "level-craft-verdict-risky",
    }
}

/// What Sango says about the post, if anything: an empty post, honest parts
/// (they fool nobody), or someone the tricks missed.
pub fn advice(result: &CraftResult) -> Option<&'static str> {
    if result.added.is_empty() {
        Some(advice::CRAFT_NOTHING)
    } else if result.honest > 0 {
        Some(advice::CRAFT_HONEST)
    } else if result.fooled.iter().any(|f| !f) {
        Some(advice::CRAFT_MISSED)
    } else {
        None
    }
}

/// After the post: whom it fooled and why, each technique used, then Sango
/// turning it round.
pub(super) fn show_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    beat: &str,
    result: &CraftResult,
) {
    let Some(crate::content::Node::Craft(craft)) = draw.scenario.beat(beat) else {
        return;
    };
    let theme = draw.theme;
    for (person, fooled) in craft.people.iter().zip(&result.fooled) {
        let item = Reviewed {
            title: draw.key(&person.name),
            detail: None,
            placed: Localized::new(if *fooled {
                "level-craft-fooled"
            } else {
                "level-craft-not-fooled"
            }),
            why: draw.key(&person.why),
        };
        let color = if *fooled {
            palette::RISKY
        } else {
            palette::INK_SOFT
        };
        review_card(v, theme, color, item);
    }
    for technique in result.added.iter().filter_map(|&i| craft.techniques.get(i)) {
        let honest = technique.trick == Trick::Honest;
        let item = Reviewed {
            title: draw.key(&technique.text),
            detail: None,
            placed: Localized::new(if honest {
                "level-craft-was-honest"
            } else {
                "level-craft-was-trick"
            }),
            why: draw.key(&technique.feedback),
        };
        let fit = if honest {
            Verdict::Cautious
        } else {
            Verdict::Safe
        };
        review_card(v, theme, verdict_look(fit).1, item);
    }
    // Sango turns it round: the same tricks, aimed at the child.
    v.spawn((panel(), Name::new("Turned round")))
        .insert(BorderColor::all(palette::SANGO_BLUE))
        .with_children(|p| {
            p.spawn(heading(
                theme,
                Localized::new("level-craft-turn"),
                size::SMALL,
            ))
            .insert(TextColor(palette::SANGO_BLUE));
            let look = Look {
                size: size::BODY,
                color: palette::INK,
            };
            stages::sango_says(p, theme, draw.key(&craft.turn), look);
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sango_names_an_empty_post_then_honest_parts_then_who_was_missed() {
        let result = |added: Vec<usize>, fooled: Vec<bool>, honest| CraftResult {
            added,
            fooled,
            honest,
            verdict: Verdict::Cautious,
        };
        assert_eq!(
            advice(&result(vec![], vec![false], 0)),
            Some("level-craft-nothing")
        );
        assert_eq!(
            advice(&result(vec![1], vec![true], 1)),
            Some("level-craft-honest")
        );
        assert_eq!(
            advice(&result(vec![1], vec![true, false], 0)),
            Some("level-craft-missed")
        );
        assert_eq!(advice(&result(vec![1], vec![true, true], 0)), None);
        assert_eq!(verdict_words(Verdict::Safe), "level-craft-verdict-safe");
    }
}
