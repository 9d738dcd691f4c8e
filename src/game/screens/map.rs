//! The world map: the four Cs as four regions, each with its levels. A finished
//! level shows its stars.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::check::{Opener, look_back_button};
use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::content::{AgeBand, Risk, Scenario};
use crate::game::actions::AddAction;
use crate::game::avatars::spawn_avatar;
use crate::game::state::{Content, Level, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, heading, label, palette, size, stars,
};
use crate::game::widgets::{mirrored_row, spread_row};
use crate::learning::Why;
use crate::play::Run;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<MapAction>()
        .add_systems(OnEnter(Screen::Map), spawn_map)
        .add_systems(
            Update,
            (on_action, spawn_map.run_if(on_message::<Rebuild>))
                .chain()
                .run_if(in_state(Screen::Map)),
        );
}

/// The map's buttons (its settings button sends [`super::settings::OpenSettings`]).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum MapAction {
    OpenLevel(String),
    /// Take the look-back the child is due.
    OpenCheck,
    /// The child's badges, one per objective mastered.
    OpenBadges,
    /// "My phone": the footprint of the child's choices.
    OpenPhone,
    /// The age band's story: its chapters and, once played, its close.
    OpenStory,
    ChangePlayer,
    /// Show the levels of this age band.
    SetAgeBand(crate::content::AgeBand),
}

/// The age band a fresh machine shows.
pub const DEFAULT_AGE_BAND: AgeBand = AgeBand::Ages9To12;

pub fn risk_color(risk: Risk) -> Color {
    match risk {
        Risk::Content => Color::srgb(0.42, 0.36, 0.80),
        Risk::Contact => Color::srgb(0.0, 0.55, 0.62),
        Risk::Conduct => Color::srgb(0.85, 0.40, 0.20),
        Risk::Contract => Color::srgb(0.20, 0.55, 0.25),
    }
}

/// A world's own backdrop: the page tinted with its colour.
pub fn world_tint(risk: Risk) -> Color {
    use bevy::color::Mix;
    palette::BACKGROUND.mix(&risk_color(risk), 0.14)
}

/// What the map shows, read once.
#[derive(Clone, Copy)]
struct MapView<'a> {
    theme: &'a Theme,
    content: &'a Content,
    profile: Option<&'a crate::progress::Profile>,
    /// The levels offered, in the map's order.
    levels: &'a [&'a Scenario],
    suggested: Option<crate::learning::Suggestion<'a>>,
    /// A look-back is due (it comes before the suggestion).
    look_back: Option<&'static str>,
    band: AgeBand,
    locked: bool,
}

fn spawn_map(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
    player: Res<Player>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = theme.as_ref();
    let band = saves.age_band();
    let locked = saves.locked();
    let profile = player.profile.and_then(|id| saves.progress.profile(id));
    let look_back = crate::game::screens::check::offered_kind(
        player
            .profile
            .and_then(|id| crate::game::screens::check::due_for(&content, &saves, id)),
    );
    // Read once: the regions below and the suggestion share them.
    let levels = content.offered(&saves);
    // A child new to the band starts where its story starts; after that, Sango
    // suggests what their learning needs most.
    let suggested = profile.and_then(|p| {
        let new_to_band = !levels.iter().any(|s| p.results.contains_key(&s.id));
        let opening = content
            .library
            .story(band)
            .and_then(|story| story.chapters.first())
            .and_then(|id| levels.iter().find(|s| &s.id == id));
        match opening {
            Some(first) if new_to_band => crate::learning::suggestion(&[*first], p),
            _ => crate::learning::suggestion(&levels, p),
        }
    });
    let view = MapView {
        theme,
        content: &content,
        profile,
        levels: &levels,
        suggested,
        look_back,
        band,
        locked,
    };
    commands
        .spawn((
            crate::game::theme::screen_root("Map screen"),
            DespawnOnExit(Screen::Map),
            RebuiltRoot,
        ))
        .with_children(|root| {
            // Who is playing, and a way to switch.
            who_bar(root, &view);
            // Which age band's levels to show (unless the teacher chose for the
            // class), and the child's badges.
            band_row(root, &view);
            // Where the child is in the band's story.
            story_row(root, &view);
            // A plain sentence for the child; the detail is for the teacher.
            if saves.notice.is_some() {
                root.spawn(label(
                    theme,
                    Localized::new("title-save-problem"),
                    size::SMALL,
                    palette::RISKY,
                ));
            }
            // A look-back due, or the level Sango suggests and why.
            next_up(root, &view);
            // The four Cs, two by two.
            regions(root, &view);
        });
}

fn on_action(
    mut actions: MessageReader<MapAction>,
    mut open: Opener,
    mut redraw: MessageWriter<Rebuild>,
) {
    for action in actions.read() {
        match action {
            MapAction::SetAgeBand(band) if !open.saves.locked() => {
                // A failed save shows as a notice.
                open.saves.change_machine(|m| m.age_band = Some(*band));
                redraw.write(Rebuild);
            }
            MapAction::SetAgeBand(_) => {}
            MapAction::OpenLevel(id) => {
                let _ = open.warm_up_before(id) || open.level(id);
            }
            MapAction::OpenCheck => {
                open.look_back();
            }
            MapAction::OpenBadges => open.next.set(Screen::Badges),
            MapAction::OpenPhone => open.next.set(Screen::Phone),
            MapAction::OpenStory => open.next.set(Screen::Story),
            MapAction::ChangePlayer => open.next.set(Screen::Profiles),
        }
    }
}

/// A level straight at a beat, for `sango play --scenario ID --beat BEAT`.
pub fn level_at(content: &Content, id: &str, beat: Option<&str>) -> Result<Level, String> {
    let Some(scenario) = content.playable().find(|s| s.id == id) else {
        let known: Vec<&str> = content.playable().map(|s| s.id.as_str()).collect();
        return Err(
            match crate::content::diagnostic::closest(id, known.iter().copied()) {
                Some(near) => format!("no playable scenario `{id}`; did you mean `{near}`?"),
                None => format!("no playable scenario `{id}` (is it valid? run `sango validate`)"),
            },
        );
    };
    let opened_at = beat.map(str::to_owned);
    let beat = beat.unwrap_or(&scenario.start);
    let mut level = Run::start_at(std::sync::Arc::new(scenario.clone()), beat, rand::random())
        .map(Level::new)
        .map_err(|e| e.to_string())?;
    level.opened_at = opened_at;
    Ok(level)
}

/// The four Cs, two by two, each with its levels; the suggested one stands out.
fn regions(root: &mut ChildSpawnerCommands, view: &MapView) {
    let &MapView {
        theme,
        levels,
        suggested,
        look_back,
        ..
    } = view;
    // The suggested level is focused first, unless a look-back is waiting.
    let mut first_level = look_back.is_none() && suggested.is_none();
    root.spawn(Node {
        display: Display::Grid,
        grid_template_columns: RepeatedGridTrack::flex(2, 1.0),
        column_gap: px(16),
        row_gap: px(14),
        width: percent(100),
        flex_grow: 1.0,
        ..default()
    })
    .with_children(|grid| {
        for risk in Risk::ALL {
            let color = risk_color(risk);
            grid.spawn((
                Name::new(format!("Region {}", risk.key())),
                Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::axes(px(18), px(12)),
                    row_gap: px(8),
                    border: UiRect::all(px(3)),
                    border_radius: BorderRadius::all(px(18)),
                    ..default()
                },
                BackgroundColor(palette::PANEL),
                BorderColor::all(color),
            ))
            .with_children(|region| {
                region.spawn((
                    Text::new(""),
                    theme.text_font(true, size::HEADING * 0.85),
                    TextColor(color),
                    Localized::new(format!("risk-{}", risk.key())),
                ));
                region.spawn(label(
                    theme,
                    Localized::new(format!("risk-{}-hint", risk.key())),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
                let levels: Vec<_> = levels.iter().filter(|s| s.risk == risk).copied().collect();
                if levels.is_empty() {
                    region.spawn(label(
                        theme,
                        Localized::new("map-no-levels"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                }
                for scenario in levels {
                    let mut entity = level_button(region, view, scenario, color);
                    if first_level {
                        entity.insert(AutoFocus);
                        first_level = false;
                    }
                }
            });
        }
    });
}

/// A look-back due, or the level Sango suggests and why.
fn next_up(root: &mut ChildSpawnerCommands, view: &MapView) {
    let &MapView {
        theme,
        content,
        suggested,
        look_back,
        ..
    } = view;
    if let Some(kind) = look_back {
        root.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(16),
                align_items: AlignItems::Center,
                padding: UiRect::axes(px(18), px(8)),
                border: UiRect::all(px(3)),
                border_radius: BorderRadius::all(px(16)),
                ..default()
            },
            BackgroundColor(palette::PANEL),
            BorderColor::all(palette::SUGGESTED),
        ))
        .with_children(|card| {
            card.spawn(label(
                theme,
                Localized::new("map-look-back").with("kind", kind),
                size::BODY,
                palette::INK,
            ));
            card.spawn(look_back_button(theme, MapAction::OpenCheck, kind));
        });
    } else if let Some(s) = &suggested {
        let title = content
            .playable()
            .find(|sc| sc.id == s.scenario)
            .map(|sc| Localized::scenario(sc, "title", &sc.default_variables()));
        let why = match s.why {
            Why::Growing => "map-next-growing",
            Why::New => "map-next-new",
        };
        if let Some(title) = title {
            root.spawn(label(
                theme,
                Localized::new(why)
                    .with_localized("level", title)
                    .with_message("objective", format!("objective-{}-title", s.objective)),
                size::SMALL,
                palette::INK,
            ));
        }
    }
}

/// Which age band's levels to show (unless the teacher chose for the class), and
/// the child's badges.
fn band_row(root: &mut ChildSpawnerCommands, view: &MapView) {
    let &MapView {
        theme,
        content,
        profile,
        band,
        locked,
        ..
    } = view;
    root.spawn(spread_row()).with_children(|row| {
        row.spawn(mirrored_row(8.0)).with_children(|bands| {
            if locked {
                return;
            }
            bands.spawn(label(
                theme,
                Localized::new("map-ages"),
                size::SMALL,
                palette::INK_SOFT,
            ));
            for b in AgeBand::ALL {
                bands.spawn(button(
                    theme,
                    Localized::new(format!("band-{}", b.key())),
                    MapAction::SetAgeBand(b),
                    ButtonStyle::option(b == band),
                ));
            }
        });
        if let Some(p) = profile {
            let objectives = crate::game::screens::report::objective_ids(content);
            let count = crate::learning::badges(p, &objectives).len();
            row.spawn(mirrored_row(10.0)).with_children(|mine| {
                mine.spawn(button(
                    theme,
                    Localized::new("map-phone"),
                    MapAction::OpenPhone,
                    ButtonStyle::Quiet,
                ));
                mine.spawn(button(
                    theme,
                    Localized::new("map-badges").with("count", count),
                    MapAction::OpenBadges,
                    ButtonStyle::Quiet,
                ));
            });
        }
    });
}

/// The band's story: its name, the chapters played, and the next one (or, once
/// every chapter is played, that it has closed), with a way to read it.
fn story_row(root: &mut ChildSpawnerCommands, view: &MapView) {
    let &MapView {
        theme,
        content,
        profile,
        band,
        ..
    } = view;
    let Some(story) = content.library.story(band) else {
        return;
    };
    let progress = story.progress(|id| profile.is_some_and(|p| p.results.contains_key(id)));
    let people = profile.map_or(0, |p| crate::content::story::people_seed(p.id));
    let title = Localized::new(story.message_id("title"));
    let where_now = match progress
        .next
        .and_then(|id| content.playable().find(|s| s.id == id))
    {
        Some(next) => Localized::new("map-story-next")
            .with_localized("story", title)
            .with("chapter", story.chapter_of(&next.id).map_or(0, |i| i + 1))
            .with("count", progress.count)
            .with_localized(
                "level",
                Localized::scenario(
                    next,
                    "title",
                    &crate::content::story::variables_for(next, people),
                ),
            ),
        // Every chapter played: the story has closed.
        None => Localized::new("map-story-closed").with_localized("story", title),
    };
    root.spawn(spread_row()).with_children(|row| {
        row.spawn(label(theme, where_now, size::SMALL, palette::INK));
        row.spawn(button(
            theme,
            Localized::new(if progress.closed() {
                "map-story-read-close"
            } else {
                "map-story-open"
            }),
            MapAction::OpenStory,
            ButtonStyle::Quiet,
        ));
    });
}

/// Who is playing, the map's name, and the settings and a way to switch.
fn who_bar(root: &mut ChildSpawnerCommands, view: &MapView) {
    let &MapView { theme, profile, .. } = view;
    root.spawn(spread_row()).with_children(|bar| {
        bar.spawn(Node {
            column_gap: px(12),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|who| {
            if let Some(p) = profile {
                spawn_avatar(who, p.avatar, 48.0);
                who.spawn(label(
                    theme,
                    Localized::new("map-playing-as").with("nickname", &p.nickname),
                    size::BODY,
                    palette::INK,
                ));
            }
        });
        bar.spawn(heading(theme, Localized::new("map-heading"), size::HEADING));
        bar.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(10),
                ..default()
            },
        ))
        .with_children(|tools| {
            tools.spawn(button(
                theme,
                Localized::new("map-settings"),
                super::settings::OpenSettings,
                ButtonStyle::Quiet,
            ));
            tools.spawn(button(
                theme,
                Localized::new("map-change-player"),
                MapAction::ChangePlayer,
                ButtonStyle::Quiet,
            ));
        });
    });
}

/// A level's button in its region: its title and stars; the suggested one in gold,
/// with words that say so.
fn level_button<'a>(
    region: &'a mut ChildSpawnerCommands,
    view: &MapView,
    scenario: &Scenario,
    color: Color,
) -> EntityCommands<'a> {
    let &MapView {
        theme,
        profile,
        suggested,
        look_back,
        ..
    } = view;
    let done = profile.and_then(|p| p.results.get(&scenario.id));
    let mut entity = region.spawn(button_base(
        MapAction::OpenLevel(scenario.id.clone()),
        ButtonStyle::Primary,
    ));
    entity.insert(BackgroundColor(color));
    entity.with_children(|b| {
        b.spawn(Node {
            column_gap: px(14),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|inner| {
            inner.spawn(crate::game::theme::button_label(
                theme,
                Localized::scenario(
                    scenario,
                    "title",
                    &crate::content::story::variables_for(
                        scenario,
                        profile.map_or(0, |p| crate::content::story::people_seed(p.id)),
                    ),
                ),
                palette::BUTTON_TEXT,
            ));
            if let Some(result) = done {
                inner.spawn(stars(theme, result.stars, size::BUTTON));
            }
        });
    });
    let is_suggested = suggested.is_some_and(|s| s.scenario == scenario.id);
    if is_suggested {
        // A thick gold border, and words for screen readers
        // and for anyone who does not see the colour.
        entity.insert((
            BorderColor::all(palette::SUGGESTED),
            Node {
                padding: UiRect::axes(px(20), px(10)),
                border: UiRect::all(px(5)),
                border_radius: BorderRadius::all(px(14)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                column_gap: px(14),
                min_height: px(52),
                ..default()
            },
        ));
        entity.with_children(|b| {
            b.spawn(label(
                theme,
                Localized::new("map-next-tag"),
                size::SMALL * 0.8,
                palette::BUTTON_TEXT,
            ));
        });
        if look_back.is_none() {
            entity.insert(AutoFocus);
        }
    }
    entity
}
