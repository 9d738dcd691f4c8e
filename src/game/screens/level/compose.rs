//! "Say it well": a message built from phrases. The draft shows who it goes to
//! and the phrases added, in order; each phrase is a button that adds it or
//! takes it out again (heard as pressed while it is in). Then "Send", and after
//! it, never before, each phrase: in or left out, whether that is where it
//! belongs, and Sango's why.

use crate::voice::advice;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, Reviewed, add_buttons, review_card};
use crate::content::{Compose, Phrase, Speaker};
use crate::game::theme::{ButtonStyle, Localized, button, heading, label, palette, panel, size};
use crate::game::widgets::mirrored_row;
use crate::play::ComposeResult;

/// The message as the step shows it.
pub(super) struct Draft<'a> {
    pub beat: &'a str,
    pub speaker: &'a Speaker,
    pub text: &'a str,
    pub to: &'a str,
    pub phrases: &'a [Phrase],
    pub added: &'a [usize],
    /// The order the phrases are shown in.
    pub shown: &'a [usize],
}

/// The instruction, the draft, the phrases, then "Send".
pub(super) fn show_compose(v: &mut ChildSpawnerCommands, draw: &Draw, draft: &Draft) {
    draw.line(v, draft.beat, draft.speaker, draft.text);
    let theme = draw.theme;
    v.spawn((panel(), Name::new("Draft")))
        .insert(BorderColor::all(palette::SANGO_BLUE))
        .with_children(|p| {
            p.spawn(heading(
                theme,
                Localized::new("level-compose-to").with_localized("to", draw.key(draft.to)),
                size::SMALL,
            ));
            if draft.added.is_empty() {
                p.spawn(label(
                    theme,
                    Localized::new("level-compose-empty"),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
            }
            for &i in draft.added {
                if let Some(phrase) = draft.phrases.get(i) {
                    p.spawn(label(
                        theme,
                        draw.key(&phrase.text),
                        size::BODY,
                        palette::INK,
                    ));
                }
            }
        });
    let phrases: Vec<&str> = draft.phrases.iter().map(|p| p.text.as_str()).collect();
    add_buttons(v, draw, ("Phrases", &phrases), draft.shown, draft.added);
    v.spawn(mirrored_row(12.0)).with_children(|row| {
        row.spawn(button(
            theme,
            Localized::new("level-compose-send"),
            LevelAction::FinishCompose,
            ButtonStyle::Primary,
        ));
    });
}

/// What Sango says about the whole message, if anything: what does harm first,
/// then an empty message, then what was missing.
pub fn advice(result: &ComposeResult) -> Option<&'static str> {
    if result.harmful > 0 {
        Some(advice::COMPOSE_HARM)
    } else if result.added.is_empty() {
        Some(advice::COMPOSE_NOTHING)
    } else if result.needed_in < result.needed {
        Some(advice::COMPOSE_MISSING)
    } else {
        None
    }
}

/// After the message is sent: each phrase, whether it went in, whether that is
/// where it belongs, and Sango's why.
pub(super) fn show_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    beat: &str,
    result: &ComposeResult,
) {
    let Some(crate::content::Node::Compose(compose)) = draw.scenario.beat(beat) else {
        return;
    };
    for (i, phrase) in compose.phrases.iter().enumerate() {
        let color = if result.right(compose, i) {
            palette::SAFE
        } else {
            palette::CAUTIOUS
        };
        let item = Reviewed {
            title: draw.key(&phrase.text),
            detail: None,
            placed: Localized::new(placed(compose, result, i)),
            why: draw.key(&phrase.feedback),
        };
        review_card(v, draw.theme, color, item);
    }
}

/// "You put it in" or "You left it out", and where it belongs.
fn placed(compose: &Compose, result: &ComposeResult, i: usize) -> &'static str {
    use crate::content::Belongs;
    let sent = result.added.contains(&i);
    match (sent, compose.phrases.get(i).map(|p| p.belongs)) {
        (true, Some(Belongs::In)) => "level-compose-in-needed",
        (true, Some(Belongs::Out)) => "level-compose-in-harm",
        (false, Some(Belongs::In)) => "level-compose-out-needed",
        (false, Some(Belongs::Out)) => "level-compose-out-harm",
        (true, _) => "level-compose-in-either",
        (false, _) => "level-compose-out-either",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Verdict;

    #[test]
    fn sango_names_harm_before_what_was_missing() {
        let result = |needed_in, harmful| ComposeResult {
            added: vec![0],
            needed_in,
            needed: 3,
            harmful,
            verdict: Verdict::Cautious,
        };
        assert_eq!(advice(&result(3, 1)), Some("level-compose-harm"));
        assert_eq!(advice(&result(2, 0)), Some("level-compose-missing"));
        assert_eq!(advice(&result(3, 0)), None);
        assert_eq!(
            advice(&ComposeResult {
                added: Vec::new(),
                ..result(0, 0)
            }),
            Some("level-compose-nothing")
        );
    }
}
