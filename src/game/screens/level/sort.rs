//! "Sort the feed": one post at a time, put on a pile (share it, check it first,
//! don't share it); then the piles, to sort again or be done; then, after the
//! sort and never before, Sango's why for each post.

use crate::voice::advice;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, Reviewed, review_card};
use crate::content::{Pile, Post, Speaker};
use crate::game::pictures;
use crate::game::theme::{ButtonStyle, Localized, button, heading, label, palette, panel, size};
use crate::game::widgets::mirrored_row;
use crate::play::SortResult;

/// How tall a post's picture is drawn, in hundredths of the window's height.
const POST_VH: f32 = 26.0;

/// The feed as the step shows it.
pub(super) struct Feed<'a> {
    pub beat: &'a str,
    pub speaker: &'a Speaker,
    pub text: &'a str,
    pub posts: &'a [Post],
    pub placed: &'a [Option<Pile>],
}

/// The pile's name on its button and in the review.
pub fn pile_words(pile: Pile) -> Localized {
    Localized::new(format!("sort-pile-{}", pile.key()))
}

/// The instruction, then the next post to sort with the three piles; once every
/// post is on a pile, the piles, "sort again" and "I'm done".
pub(super) fn show_sort(v: &mut ChildSpawnerCommands, draw: &Draw, feed: &Feed) {
    draw.line(v, feed.beat, feed.speaker, feed.text);
    let theme = draw.theme;
    let Some(next) = feed.placed.iter().position(Option::is_none) else {
        show_piles(v, draw, feed);
        return;
    };
    v.spawn(label(
        theme,
        Localized::new("level-sort-count")
            .with("n", next + 1)
            .with("total", feed.posts.len()),
        size::SMALL,
        palette::INK_SOFT,
    ));
    post_card(v, draw, feed.beat, next, &feed.posts[next]);
    v.spawn((Name::new("Piles"), mirrored_row(12.0)))
        .with_children(|row| {
            for (i, pile) in Pile::ALL.into_iter().enumerate() {
                let mut b = row.spawn(button(
                    theme,
                    pile_words(pile),
                    LevelAction::Place(next, pile),
                    ButtonStyle::Primary,
                ));
                if i == 0 {
                    b.insert(AutoFocus);
                }
            }
        });
}

/// A post as the feed shows it: who posted it, its words, and what it shows.
fn post_card(v: &mut ChildSpawnerCommands, draw: &Draw, beat: &str, i: usize, post: &Post) {
    let theme = draw.theme;
    let scene = draw.scenario.post_scenes(beat).into_iter().nth(i).flatten();
    v.spawn((panel(), Name::new(format!("Post {i}"))))
        .with_children(|p| {
            p.spawn(heading(theme, draw.key(&post.from), size::BODY));
            p.spawn(label(theme, draw.key(&post.text), size::BODY, palette::INK));
            let shown = scene.and_then(|scene| {
                let picture = draw
                    .pictures
                    .get(&crate::content::picture::fill(scene.name, draw.vars))?;
                let words: Vec<(String, Localized)> = scene
                    .words
                    .iter()
                    .map(|(slot, key)| (slot.clone(), draw.key(key)))
                    .collect();
                Some((picture, words))
            });
            if let Some((picture, words)) = shown {
                pictures::picture(p, theme, picture, POST_VH, &words);
            }
        });
}

/// Every post under the pile it is on; sort again, or done.
fn show_piles(v: &mut ChildSpawnerCommands, draw: &Draw, feed: &Feed) {
    let theme = draw.theme;
    v.spawn((Name::new("Sorted piles"), mirrored_row(12.0)))
        .with_children(|row| {
            for pile in Pile::ALL {
                row.spawn(panel())
                    .insert(Node {
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        align_self: AlignSelf::Stretch,
                        ..crate::game::theme::panel_node()
                    })
                    .with_children(|p| {
                        p.spawn(heading(theme, pile_words(pile), size::SMALL));
                        for (post, _) in feed
                            .posts
                            .iter()
                            .zip(feed.placed)
                            .filter(|(_, on)| **on == Some(pile))
                        {
                            p.spawn(label(
                                theme,
                                draw.key(&post.from),
                                size::SMALL,
                                palette::INK,
                            ));
                        }
                    });
            }
        });
    v.spawn(mirrored_row(12.0)).with_children(|row| {
        row.spawn((
            button(
                theme,
                Localized::new("level-sort-done"),
                LevelAction::FinishSort,
                ButtonStyle::Primary,
            ),
            AutoFocus,
        ));
        row.spawn(button(
            theme,
            Localized::new("level-sort-again"),
            LevelAction::SortAgain,
            ButtonStyle::Quiet,
        ));
    });
}

/// What Sango says about the whole sort, if anything: doubting everything is
/// not checking, and passing things on is not kindness.
pub fn advice(result: &SortResult) -> Option<&'static str> {
    if result.kept < 0.8 && result.kept <= result.caught {
        Some(advice::SORT_DOUBTED)
    } else if result.caught < 0.8 {
        Some(advice::SORT_PASSED_ON)
    } else {
        None
    }
}

/// After the sort: for each post, where the child put it, where it belongs, and
/// Sango's why.
pub(super) fn show_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    beat: &str,
    result: &SortResult,
) {
    let Some(crate::content::Node::Sort(sort)) = draw.scenario.beat(beat) else {
        return;
    };
    for (post, (put, right)) in sort.posts.iter().zip(&result.posts) {
        let color = if *right {
            palette::SAFE
        } else {
            palette::CAUTIOUS
        };
        let item = Reviewed {
            title: draw.key(&post.from),
            detail: Some(draw.key(&post.text)),
            placed: Localized::new("level-sort-placed")
                .with_localized("put", pile_words(*put))
                .with_localized("best", pile_words(post.pile)),
            why: draw.key(&post.feedback),
        };
        review_card(v, draw.theme, color, item);
    }
}

/// How many posts went on their best pile, for the verdict's line.
pub fn right_count(result: &SortResult) -> usize {
    result.posts.iter().filter(|(_, right)| *right).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Verdict;

    fn result(kept: f32, caught: f32) -> SortResult {
        SortResult {
            kept,
            caught,
            posts: vec![(Pile::Share, true), (Pile::DontShare, false)],
            verdict: Verdict::Cautious,
        }
    }

    #[test]
    fn sango_names_doubting_everything_and_passing_things_on() {
        assert_eq!(advice(&result(0.0, 1.0)), Some("level-sort-doubted"));
        assert_eq!(advice(&result(1.0, 0.5)), Some("level-sort-passed-on"));
        assert_eq!(advice(&result(0.5, 0.5)), Some("level-sort-doubted"));
        assert_eq!(advice(&result(1.0, 1.0)), None);
        assert_eq!(right_count(&result(1.0, 1.0)), 1);
    }
}
