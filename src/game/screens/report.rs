//! The class report, in the game: the class's score per objective as bars (the
//! weakest marked in words and colour), then each child's levels, stars and score
//! per objective, a page at a time; saved as a spreadsheet or a printable page.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::game::actions::AddAction;
use crate::game::state::{Content, Saves, Words};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, verbatim,
};
use crate::game::widgets::{Page, mirrored_row, pager, pages};
use crate::report::{ClassReport, Standing, objective_title, shown_score};

/// Children on one page of the table.
const PAGE: usize = 8;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<ReportAction>()
        .init_resource::<ReportView>()
        .add_systems(OnEnter(Screen::Report), (open_report, spawn_report).chain())
        .add_systems(
            Update,
            (
                on_page,
                on_action,
                spawn_report.run_if(on_message::<Rebuild>),
            )
                .chain()
                .run_if(in_state(Screen::Report)),
        );
}

/// The class report's buttons (its pager sends [`crate::game::widgets::Page`]).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum ReportAction {
    /// The warm-up and look-back (true), or the levels.
    Learning(bool),
    SaveCsv,
    SaveHtml,
    /// Back to the teacher's settings.
    Back,
}

#[derive(Resource, Default, Debug)]
pub struct ReportView {
    pub page: usize,
    /// The warm-up and look-back, rather than the levels.
    pub learning: bool,
    /// Where the last export went, or why it failed.
    pub said: Option<(Localized, bool)>,
}

/// The report as built when the screen opened.
#[derive(Resource)]
pub struct ShownReport(pub ClassReport);

/// The objective ids in the order the game lists them.
pub fn objective_ids(content: &Content) -> Vec<&str> {
    content
        .library
        .objectives
        .iter()
        .map(|o| o.id.as_str())
        .collect()
}

fn open_report(
    mut commands: Commands,
    mut saves: ResMut<Saves>,
    content: Res<Content>,
    mut view: ResMut<ReportView>,
) {
    // Other copies of the game on this data folder count too.
    saves.reload_profiles();
    let report = ClassReport::build(&saves.progress.profiles, &objective_ids(&content));
    *view = ReportView::default();
    commands.insert_resource(ShownReport(report));
}

fn standing_color(standing: Standing) -> Color {
    match standing {
        Standing::Secure => Color::srgb(0.85, 0.94, 0.88),
        Standing::GettingThere => Color::srgb(0.98, 0.94, 0.82),
        Standing::PractiseAgain => Color::srgb(0.96, 0.85, 0.85),
        Standing::NotYet => palette::PANEL,
    }
}

fn cell(width: f32) -> Node {
    Node {
        width: px(width),
        padding: UiRect::axes(px(4), px(2)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        flex_shrink: 0.0,
        ..default()
    }
}

fn spawn_report(
    mut commands: Commands,
    theme: Res<Theme>,
    shown: Res<ShownReport>,
    view: Res<ReportView>,
    words: Res<Words>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = theme.as_ref();
    let report = &shown.0;
    let page_count = pages(report.children.len(), PAGE);
    let page = view.page.min(page_count - 1);
    commands
        .spawn((
            crate::game::theme::screen_root("Report screen"),
            DespawnOnExit(Screen::Report),
            RebuiltRoot,
        ))
        .insert(Node {
            width: percent_node(),
            height: percent_node(),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(30), px(16)),
            row_gap: px(8),
            ..default()
        })
        .with_children(|root| {
            report_top(root, theme, report, &view);
            if view.learning {
                learning(root, theme, report, &words, page);
            } else {
                objective_chart(root, theme, report, &words);
                if report.children.is_empty() {
                    root.spawn(label(
                        theme,
                        Localized::new("report-empty"),
                        size::BODY,
                        palette::INK_SOFT,
                    ));
                } else {
                    children_table(root, theme, report, page);
                }
            }
            pager(root, theme, page, page_count);
            save_row(root, theme, &view);
        });
}

/// The warm-up and look-back: the class's effect size, each objective's warm-up,
/// look-back and gain, then each child's.
fn learning(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    report: &ClassReport,
    words: &Words,
    page: usize,
) {
    let small = size::SMALL * 0.85;
    // The class's lines, each from the start of the line.
    root.spawn(Node {
        flex_direction: FlexDirection::Column,
        width: percent(100),
        row_gap: px(4),
        ..default()
    })
    .with_children(|lines| {
        for line in report.learning_lines(&words.0) {
            lines.spawn(verbatim(theme, line, size::BODY * 0.75, palette::INK));
        }
    });
    // A table: a shaded header row, then rows of cells, each at its column's width.
    let table = |root: &mut ChildSpawnerCommands, widths: &[f32], rows: Vec<Vec<String>>| {
        root.spawn(Node {
            flex_direction: FlexDirection::Column,
            ..default()
        })
        .with_children(|table| {
            for (n, cells) in rows.into_iter().enumerate() {
                let mut r = table.spawn((crate::game::Mirror, Node::default()));
                if n == 0 {
                    r.insert(BackgroundColor(palette::QUIET_BUTTON));
                }
                r.with_children(|r| {
                    for (text, width) in cells.into_iter().zip(widths) {
                        r.spawn(cell(*width)).with_children(|c| {
                            c.spawn(verbatim(theme, text, small, palette::INK));
                        });
                    }
                });
            }
        });
    };
    let t = |id: &str| words.0.text(id);
    table(
        root,
        &[180.0, 200.0, 200.0, 200.0, 180.0, 170.0],
        report.objective_table(&words.0),
    );
    if report.children.is_empty() {
        return;
    }
    let mut header = vec![t("report-nickname")];
    header.extend(ClassReport::child_learning_header(&words.0));
    header.push(t("report-badges"));
    let mut children = vec![header];
    children.extend(
        report
            .children
            .iter()
            .skip(page * PAGE)
            .take(PAGE)
            .map(|child| {
                let mut row = vec![child.nickname.clone()];
                row.extend(child.learning_cells(&words.0));
                row.push(child.badges.to_string());
                row
            }),
    );
    table(
        root,
        &[190.0, 150.0, 150.0, 150.0, 130.0, 170.0, 100.0],
        children,
    );
}

fn percent_node() -> Val {
    Val::Percent(100.0)
}

/// The pager under the children.
fn on_page(
    mut pages: MessageReader<Page>,
    mut view: ResMut<ReportView>,
    mut rebuild: MessageWriter<Rebuild>,
) {
    for page in pages.read() {
        view.page = page.turn(view.page);
        rebuild.write(Rebuild);
    }
}

fn on_action(
    mut actions: MessageReader<ReportAction>,
    mut view: ResMut<ReportView>,
    shown: Res<ShownReport>,
    words: Res<Words>,
    saves: Res<Saves>,
    mut rebuild: MessageWriter<Rebuild>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            ReportAction::Learning(learning) => view.learning = *learning,
            ReportAction::SaveCsv | ReportAction::SaveHtml => {
                let html = *action == ReportAction::SaveHtml;
                let date = crate::clock::date(crate::clock::now_unix());
                let (name, text) = if html {
                    (
                        format!("reports/class-report-{date}.html"),
                        crate::report::html(&shown.0, &words.0, &date),
                    )
                } else {
                    (
                        format!("reports/class-report-{date}.csv"),
                        crate::report::csv(&shown.0, &words.0),
                    )
                };
                view.said = Some(match saves.write_document(&name, &text) {
                    Ok(path) => (Localized::new("report-saved").with("path", path), true),
                    Err(e) => (
                        Localized::new("report-save-failed").with("error", e.to_string()),
                        false,
                    ),
                });
            }
            ReportAction::Back => {
                next.set(Screen::Teacher);
                continue;
            }
        }
        rebuild.write(Rebuild);
    }
}

/// Save as a spreadsheet or a web page, and where it was saved.
fn save_row(root: &mut ChildSpawnerCommands, theme: &Theme, view: &ReportView) {
    root.spawn(mirrored_row(16.0)).with_children(|row| {
        row.spawn(button(
            theme,
            Localized::new("report-save-csv"),
            ReportAction::SaveCsv,
            ButtonStyle::Primary,
        ));
        row.spawn(button(
            theme,
            Localized::new("report-save-html"),
            ReportAction::SaveHtml,
            ButtonStyle::Primary,
        ));
    });
    if let Some((said, ok)) = &view.said {
        let color = if *ok { palette::SAFE } else { palette::RISKY };
        root.spawn(label(theme, said.clone(), size::SMALL * 0.9, color));
    }
}

/// The table: nickname, levels, stars, then objective 1, 2, ... (a page of it).
fn children_table(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    report: &ClassReport,
    page: usize,
) {
    let small = size::SMALL * 0.85;
    // The table: nickname, levels, stars, then objective 1, 2, ...
    root.spawn(Node {
        flex_direction: FlexDirection::Column,
        ..default()
    })
    .with_children(|table| {
        let header = |t: &mut ChildSpawnerCommands| {
            t.spawn((
                crate::game::Mirror,
                Node::default(),
                BackgroundColor(palette::QUIET_BUTTON),
            ))
            .with_children(|r| {
                for (id, width) in [
                    ("report-nickname", 200.0),
                    ("report-levels", 90.0),
                    ("report-stars", 90.0),
                ] {
                    r.spawn(cell(width)).with_children(|c| {
                        c.spawn(label(theme, Localized::new(id), small, palette::INK));
                    });
                }
                for n in 1..=report.objectives.len() {
                    r.spawn(cell(62.0)).with_children(|c| {
                        c.spawn(verbatim(theme, n.to_string(), small, palette::INK));
                    });
                }
            });
        };
        header(table);
        for child in report.children.iter().skip(page * PAGE).take(PAGE) {
            table
                .spawn((crate::game::Mirror, Node::default()))
                .with_children(|r| {
                    for (text, width) in [
                        (child.nickname.clone(), 200.0),
                        (child.levels.to_string(), 90.0),
                        (child.stars.to_string(), 90.0),
                    ] {
                        r.spawn(cell(width)).with_children(|c| {
                            c.spawn(verbatim(theme, text, small, palette::INK));
                        });
                    }
                    for o in &report.objectives {
                        let score = child.score(&o.id);
                        r.spawn((
                            cell(62.0),
                            BackgroundColor(standing_color(Standing::of(score))),
                        ))
                        .with_children(|c| {
                            c.spawn(verbatim(theme, shown_score(score), small, palette::INK));
                        });
                    }
                });
        }
    });
}

/// The weakest objectives in words, then one bar per objective, numbered for the
/// table's columns.
fn objective_chart(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    report: &ClassReport,
    words: &Words,
) {
    let weakest = report.weakest();
    let small = size::SMALL * 0.85;
    let (message, names) = report.weakest_line(&words.0);
    root.spawn(label(
        theme,
        Localized::new(message).with("objectives", names),
        size::BODY * 0.85,
        palette::INK,
    ));
    // The chart: one bar per objective, numbered for the table's columns.
    root.spawn(Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(3),
        ..default()
    })
    .with_children(|chart| {
        for (n, o) in report.objectives.iter().enumerate() {
            let weak = weakest.iter().any(|w| w.id == o.id);
            chart.spawn(mirrored_row(10.0)).with_children(|bar_row| {
                bar_row
                    .spawn(cell(300.0))
                    .insert(Node {
                        width: px(300),
                        justify_content: JustifyContent::End,
                        ..default()
                    })
                    .with_children(|c| {
                        c.spawn(verbatim(
                            theme,
                            format!("{}. {}", n + 1, objective_title(&words.0, &o.id)),
                            small,
                            palette::INK,
                        ));
                    });
                bar_row
                    .spawn((
                        Node {
                            width: px(360),
                            height: px(16),
                            border_radius: BorderRadius::all(px(4)),
                            ..default()
                        },
                        BackgroundColor(palette::QUIET_BUTTON),
                    ))
                    .with_children(|track| {
                        track.spawn((
                            Node {
                                width: Val::Percent((o.class_score.unwrap_or(0.0) * 100.0) as f32),
                                height: percent_node(),
                                border_radius: BorderRadius::all(px(4)),
                                ..default()
                            },
                            BackgroundColor(if weak {
                                palette::RISKY
                            } else {
                                palette::BUTTON
                            }),
                        ));
                    });
                bar_row.spawn(cell(60.0)).with_children(|c| {
                    c.spawn(verbatim(
                        theme,
                        shown_score(o.class_score),
                        small,
                        palette::INK,
                    ));
                });
                if weak {
                    bar_row.spawn(label(
                        theme,
                        Localized::new("report-weakest-tag"),
                        small,
                        palette::RISKY,
                    ));
                }
            });
        }
    });
    root.spawn(label(
        theme,
        Localized::new("report-legend"),
        small * 0.9,
        palette::INK_SOFT,
    ));
}

/// The heading and the class in numbers; levels or learning; Back.
fn report_top(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    report: &ClassReport,
    view: &ReportView,
) {
    let (children, levels, stars) = report.totals();
    root.spawn((
        crate::game::Mirror,
        Node {
            width: percent_node(),
            column_gap: px(20),
            align_items: AlignItems::Center,
            ..default()
        },
    ))
    .with_children(|top| {
        top.spawn(heading(
            theme,
            Localized::new("report-heading"),
            size::HEADING,
        ));
        top.spawn(label(
            theme,
            Localized::new("report-summary")
                .with("children", children)
                .with("levels", levels)
                .with("stars", stars),
            size::SMALL,
            palette::INK_SOFT,
        ));
        top.spawn(Node {
            flex_grow: 1.0,
            ..default()
        });
        for (id, learning) in [("report-tab-levels", false), ("report-tab-learning", true)] {
            top.spawn(button(
                theme,
                Localized::new(id),
                ReportAction::Learning(learning),
                ButtonStyle::option(view.learning == learning),
            ));
        }
        top.spawn((
            button(
                theme,
                Localized::new("back"),
                ReportAction::Back,
                ButtonStyle::Quiet,
            ),
            AutoFocus,
        ));
    });
}
