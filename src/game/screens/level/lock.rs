//! "Lock it": first the lock (the passphrase as it is typed, the pieces to
//! build it from, each a button heard as pressed while it is in, and the
//! account's sign-in settings), then "Lock it"; then, days later in the story,
//! the pages to sign in on, each shown by its address. After signing in, and
//! never before: each piece used, each setting, and the page, with Sango's why.

use crate::voice::advice;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, Reviewed, add_buttons, review_card, verdict_look};
use crate::content::{Lock, PieceKind, Speaker, Verdict};
use crate::game::theme::{ButtonStyle, Localized, button, heading, label, palette, panel, size};
use crate::game::widgets::answer_button;
use crate::play::LockResult;

/// The lock as the step shows it.
pub(super) struct Locker<'a> {
    pub beat: &'a str,
    pub speaker: &'a Speaker,
    pub text: &'a str,
    pub lock: &'a Lock,
    pub added: &'a [usize],
    pub chosen: &'a [usize],
    /// The order the pieces are shown in.
    pub shown: &'a [usize],
    /// The order the pages are shown in.
    pub pages: &'a [usize],
    pub locked: bool,
}

/// Before locking: the passphrase and the settings. After: the pages.
pub(super) fn show_lock(v: &mut ChildSpawnerCommands, draw: &Draw, l: &Locker) {
    if l.locked {
        show_sign_in(v, draw, l);
    } else {
        show_passphrase(v, draw, l);
    }
}

/// The instruction; the passphrase typed so far and its pieces; the sign-in
/// settings; then "Lock it".
fn show_passphrase(v: &mut ChildSpawnerCommands, draw: &Draw, l: &Locker) {
    draw.line(v, l.beat, l.speaker, l.text);
    let theme = draw.theme;
    v.spawn((panel(), Name::new("Passphrase")))
        .insert(BorderColor::all(palette::SANGO_BLUE))
        .with_children(|p| {
            p.spawn(heading(
                theme,
                Localized::new("level-lock-passphrase"),
                size::SMALL,
            ));
            // The passphrase as typed: its pieces in the order added, in a
            // field of their own.
            p.spawn((
                Name::new("Passphrase field"),
                crate::game::Mirror,
                Node {
                    column_gap: px(6),
                    row_gap: px(4),
                    flex_wrap: FlexWrap::Wrap,
                    padding: UiRect::axes(px(12), px(8)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(8)),
                    min_height: px(40),
                    ..default()
                },
                BorderColor::all(palette::INK_SOFT),
                BackgroundColor(Color::WHITE),
            ))
            .with_children(|field| {
                if l.added.is_empty() {
                    field.spawn(label(
                        theme,
                        Localized::new("level-lock-empty"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                }
                for piece in l.added.iter().filter_map(|&i| l.lock.pieces.get(i)) {
                    field.spawn(label(
                        theme,
                        draw.key(&piece.text),
                        size::BODY,
                        palette::INK,
                    ));
                }
            });
            let pieces: Vec<&str> = l.lock.pieces.iter().map(|p| p.text.as_str()).collect();
            add_buttons(p, draw, ("Pieces", &pieces), l.shown, l.added);
        });
    if !l.lock.settings.is_empty() {
        v.spawn((panel(), Name::new("Sign-in settings")))
            .with_children(|p| {
                p.spawn(heading(
                    theme,
                    Localized::new("level-lock-settings"),
                    size::SMALL,
                ));
                let order: Vec<usize> = (0..l.lock.settings.len()).collect();
                super::setup::setting_rows(p, draw, &l.lock.settings, l.chosen, &order);
            });
    }
    v.spawn(button(
        theme,
        Localized::new("level-lock-done"),
        LevelAction::LockIn,
        ButtonStyle::Primary,
    ));
}

/// Days later: the question, then each page by its address.
fn show_sign_in(v: &mut ChildSpawnerCommands, draw: &Draw, l: &Locker) {
    draw.line(v, l.beat, l.speaker, &l.lock.sign_in);
    v.spawn(label(
        draw.theme,
        Localized::new("level-lock-pages"),
        size::SMALL,
        palette::INK_SOFT,
    ));
    for (shown, &i) in l.pages.iter().enumerate() {
        let Some(page) = l.lock.pages.get(i) else {
            continue;
        };
        let mut b = answer_button(
            v,
            draw.theme,
            LevelAction::SignIn(shown),
            ButtonStyle::Quiet,
            draw.key(&page.address),
        );
        if shown == 0 {
            b.insert(AutoFocus);
        }
    }
}

/// What Sango says about the whole lock, if anything: a fake page first (it
/// took the passphrase), then a guessable passphrase, the settings, a jumble,
/// and one too short.
pub fn advice(lock: &Lock, result: &LockResult) -> Option<&'static str> {
    let p = lock.passphrase(&result.pieces);
    if !result.real_page {
        Some(advice::LOCK_FAKE_PAGE)
    } else if p.guessable > 0 {
        Some(advice::LOCK_GUESSABLE)
    } else if result.settings.iter().any(|(_, fit)| *fit != Verdict::Safe) {
        Some(advice::LOCK_SETTINGS_OPEN)
    } else if p.jumbles > 0 {
        Some(advice::LOCK_JUMBLE)
    } else if result.passphrase != Verdict::Safe {
        Some(advice::LOCK_SHORT)
    } else {
        None
    }
}

/// The passphrase's verdict in words, for the verdict's line.
pub fn passphrase_words(result: &LockResult) -> &'static str {
    match result.passphrase {
        Verdict::Safe => "level-lock-strong",
        Verdict::Cautious => "level-lock-could-be-stronger",
        Verdict::Risky => "level-lock-weak",
    }
}

/// After signing in: each piece used, each sign-in setting, and the page.
pub(super) fn show_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    beat: &str,
    result: &LockResult,
) {
    let Some(crate::content::Node::Lock(lock)) = draw.scenario.beat(beat) else {
        return;
    };
    for &i in &result.pieces {
        let Some(piece) = lock.pieces.get(i) else {
            continue;
        };
        let (kind, fit) = match piece.kind {
            PieceKind::Word => ("level-lock-piece-word", Verdict::Safe),
            PieceKind::Personal => ("level-lock-piece-personal", Verdict::Risky),
            PieceKind::Common => ("level-lock-piece-common", Verdict::Risky),
            PieceKind::Jumble => ("level-lock-piece-jumble", Verdict::Cautious),
        };
        let item = Reviewed {
            title: draw.key(&piece.text),
            detail: None,
            placed: Localized::new(kind),
            why: draw.key(&piece.feedback),
        };
        review_card(v, draw.theme, verdict_look(fit).1, item);
    }
    super::setup::settings_review(v, draw, &lock.settings, &result.settings);
    if let Some(page) = lock.pages.get(result.page) {
        let real = lock.pages.iter().find(|p| p.real);
        let item = Reviewed {
            title: draw.key(&page.address),
            detail: real.filter(|_| !result.real_page).map(|r| {
                Localized::new("level-lock-real-was")
                    .with_localized("address", draw.key(&r.address))
            }),
            placed: Localized::new(if result.real_page {
                "level-lock-page-real"
            } else {
                "level-lock-page-fake"
            }),
            why: draw.key(&page.feedback),
        };
        let fit = if result.real_page {
            Verdict::Safe
        } else {
            Verdict::Risky
        };
        review_card(v, draw.theme, verdict_look(fit).1, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Page, Piece};

    fn lock() -> Lock {
        let piece = |kind| Piece {
            text: "p".into(),
            kind,
            feedback: "f".into(),
        };
        let page = |real| Page {
            address: "a".into(),
            real,
            feedback: "f".into(),
        };
        Lock {
            speaker: Speaker::Sango,
            mood: None,
            text: "t".into(),
            pieces: vec![
                piece(PieceKind::Word),
                piece(PieceKind::Word),
                piece(PieceKind::Word),
                piece(PieceKind::Personal),
                piece(PieceKind::Jumble),
            ],
            words: 3,
            settings: Vec::new(),
            sign_in: "s".into(),
            pages: vec![page(true), page(false)],
            evidence: Default::default(),
            next: "n".into(),
        }
    }

    fn result(lock: &Lock, pieces: &[usize], page: usize) -> LockResult {
        LockResult {
            pieces: pieces.to_vec(),
            passphrase: lock.passphrase_verdict(pieces),
            settings: Vec::new(),
            page,
            real_page: lock.pages[page].real,
            verdict: lock.verdict(pieces, &[], page),
        }
    }

    #[test]
    fn sango_names_the_fake_page_first_then_what_can_be_guessed() {
        let l = lock();
        assert_eq!(
            advice(&l, &result(&l, &[0, 3], 1)),
            Some("level-lock-fake-page")
        );
        assert_eq!(
            advice(&l, &result(&l, &[0, 1, 2, 3], 0)),
            Some("level-lock-guessable")
        );
        assert_eq!(
            advice(&l, &result(&l, &[0, 4], 0)),
            Some("level-lock-jumble")
        );
        assert_eq!(
            advice(&l, &result(&l, &[0, 1], 0)),
            Some("level-lock-short")
        );
        assert_eq!(advice(&l, &result(&l, &[0, 1, 2], 0)), None);
        assert_eq!(
            passphrase_words(&result(&l, &[0, 1, 2], 0)),
            "level-lock-strong"
        );
    }
}
