//! "Set it up safely": the new account's settings page. Each setting reads
//! "Who can see my posts: Everyone" and offers its values as buttons (the one
//! set is filled and, for screen readers, pressed); the app's defaults are set
//! at first. Then, after "I'm done" and never before, each setting: what the
//! child chose, what fits best here, and Sango's why.

use crate::voice::advice;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::LevelAction;
use super::draw::{Draw, Reviewed, chosen_button, review_card, verdict_look};
use crate::content::{Setting, Speaker, Verdict};
use crate::game::theme::{
    ButtonStyle, Localized, button, heading, label, option_row, palette, panel, size,
};
use crate::play::SetupResult;

/// The account as the step shows it.
pub(super) struct Account<'a> {
    pub beat: &'a str,
    pub speaker: &'a Speaker,
    pub text: &'a str,
    pub settings: &'a [Setting],
    pub chosen: &'a [usize],
    /// The order the settings are shown in.
    pub shown: &'a [usize],
}

/// "Who can see my posts: Everyone": a setting and its value now.
fn setting_now(draw: &Draw, setting: &Setting, value: usize) -> Localized {
    let value = setting.values.get(value).map_or("", |v| v.text.as_str());
    Localized::new("level-setup-setting")
        .with_localized("setting", draw.key(&setting.text))
        .with_localized("value", draw.key(value))
}

/// The instruction, then every setting with its values, then "I'm done".
pub(super) fn show_setup(v: &mut ChildSpawnerCommands, draw: &Draw, account: &Account) {
    draw.line(v, account.beat, account.speaker, account.text);
    let theme = draw.theme;
    v.spawn((panel(), Name::new("Account settings")))
        .with_children(|p| {
            p.spawn(heading(
                theme,
                Localized::new("level-setup-heading"),
                size::SMALL,
            ));
            setting_rows(p, draw, account.settings, account.chosen, account.shown);
        });
    v.spawn((
        button(
            theme,
            Localized::new("level-setup-done"),
            LevelAction::FinishSetup,
            ButtonStyle::Primary,
        ),
        AutoFocus,
    ));
}

/// Each setting, in the order shown: the setting and its value now, then its
/// values as buttons, on one line (wrapping when the words are large).
pub(super) fn setting_rows(
    p: &mut ChildSpawnerCommands,
    draw: &Draw,
    settings: &[Setting],
    chosen: &[usize],
    shown: &[usize],
) {
    let theme = draw.theme;
    for &i in shown {
        let (Some(setting), Some(&chosen)) = (settings.get(i), chosen.get(i)) else {
            continue;
        };
        option_row(p)
            .insert(Name::new(format!("Setting {i}")))
            .with_children(|row| {
                row.spawn(label(
                    theme,
                    setting_now(draw, setting, chosen),
                    size::SMALL,
                    palette::INK,
                ))
                .insert(Node {
                    width: percent(34),
                    ..default()
                });
                for (j, value) in setting.values.iter().enumerate() {
                    let action = LevelAction::Set(i, j);
                    chosen_button(row, theme, draw.key(&value.text), action, j == chosen);
                }
            });
    }
}

/// What Sango says about the whole account, if anything: closing what the
/// situation needed open is not safer, and the app's defaults are not advice.
pub fn advice(setup: &[Setting], result: &SetupResult) -> Option<&'static str> {
    let closed_too_far = setup.iter().zip(&result.settings).any(|(s, (v, fit))| {
        *fit == Verdict::Cautious && *v + 1 == s.values.len() && s.values.len() > 1
    });
    if result
        .settings
        .iter()
        .any(|(_, fit)| *fit == Verdict::Risky)
    {
        Some(advice::SETUP_LEFT_OPEN)
    } else if closed_too_far {
        Some(advice::SETUP_CLOSED_TOO_FAR)
    } else {
        None
    }
}

/// How many settings fit the situation, for the verdict's line.
pub fn right_count(result: &SetupResult) -> usize {
    result
        .settings
        .iter()
        .filter(|(_, fit)| *fit == Verdict::Safe)
        .count()
}

/// After the account is set up: for each setting, the value chosen, the one
/// that fits best here, and Sango's why for the one chosen.
pub(super) fn show_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    beat: &str,
    result: &SetupResult,
) {
    let Some(crate::content::Node::Setup(setup)) = draw.scenario.beat(beat) else {
        return;
    };
    settings_review(v, draw, &setup.settings, &result.settings);
}

/// For each setting: the value chosen, the one that fits best here, and
/// Sango's why for the one chosen.
pub(super) fn settings_review(
    v: &mut ChildSpawnerCommands,
    draw: &Draw,
    settings: &[Setting],
    results: &[(usize, Verdict)],
) {
    for (setting, (chosen, fit)) in settings.iter().zip(results) {
        let best = setting
            .values
            .iter()
            .find(|v| v.fit == Verdict::Safe)
            .map_or("", |v| v.text.as_str());
        let Some(value) = setting.values.get(*chosen) else {
            continue;
        };
        let item = Reviewed {
            title: draw.key(&setting.text),
            detail: None,
            placed: Localized::new("level-setup-chosen")
                .with_localized("chosen", draw.key(&value.text))
                .with_localized("best", draw.key(best)),
            why: draw.key(&value.feedback),
        };
        review_card(v, draw.theme, verdict_look(*fit).1, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Value;

    fn setting(fits: &[Verdict]) -> Setting {
        Setting {
            text: "s".into(),
            start: 0,
            values: fits
                .iter()
                .map(|&fit| Value {
                    text: "v".into(),
                    fit,
                    feedback: "f".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn sango_names_a_setting_left_open_before_one_closed_too_far() {
        use Verdict::*;
        let account = [setting(&[Risky, Safe, Cautious]), setting(&[Risky, Safe])];
        let result = |settings: Vec<(usize, Verdict)>| SetupResult {
            settings,
            verdict: Cautious,
        };
        assert_eq!(
            advice(&account, &result(vec![(2, Cautious), (1, Safe)])),
            Some("level-setup-closed-too-far")
        );
        assert_eq!(
            advice(&account, &result(vec![(2, Cautious), (0, Risky)])),
            Some("level-setup-left-open")
        );
        assert_eq!(advice(&account, &result(vec![(1, Safe), (1, Safe)])), None);
        assert_eq!(right_count(&result(vec![(1, Safe), (0, Risky)])), 1);
    }
}
