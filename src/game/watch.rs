//! Hot reload for authors (`--watch`): saving a scenario or `.ftl` file while the
//! game runs reloads the content and restarts the level. A file with errors is
//! reported on screen and in the terminal, and the last good version stays in play.

use std::time::{Duration, SystemTime};

use bevy::prelude::*;

use super::Screen;
use super::state::{Content, FixedSeed, Level, Words};
use super::theme::{Theme, palette, size, verbatim};
use crate::check::{ContentRoot, load_and_lint};

/// How often the files are looked at.
pub const POLL: Duration = Duration::from_secs(1);

#[derive(Resource)]
pub struct Watch {
    root: ContentRoot,
    stamp: u64,
    since_poll: Duration,
}

impl Watch {
    pub fn new(root: ContentRoot) -> Self {
        let stamp = stamp(&root);
        Self {
            root,
            stamp,
            since_poll: Duration::ZERO,
        }
    }
}

/// The errors of the last reload, shown over the game until they are fixed.
#[derive(Component)]
struct ReloadErrors;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, reload_on_change.run_if(resource_exists::<Watch>));
}

/// A fingerprint of every file's path, size and modification time. Polled (see
/// [`POLL`]) rather than told by the OS: a poll sees changes on network shares and
/// USB sticks, where file-system events often do not come, and costs a few
/// milliseconds for the whole content.
fn stamp(root: &ContentRoot) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let folders = [&root.scenarios, &root.locales]
        .into_iter()
        .chain(&root.packs);
    // A folder that cannot be read has no files (the reload then reports it).
    let files = folders.flat_map(|dir| crate::content::files::walk(dir).unwrap_or_default());
    for path in files {
        if let Ok(meta) = path.metadata() {
            path.hash(&mut hasher);
            meta.len().hash(&mut hasher);
            meta.modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .hash(&mut hasher);
        }
    }
    hasher.finish()
}

/// The level being played, to open again with the new content.
#[derive(bevy::ecs::system::SystemParam)]
struct Playing<'w> {
    level: Option<Res<'w, Level>>,
    seed: Option<Res<'w, FixedSeed>>,
    screen: Res<'w, State<Screen>>,
}

fn reload_on_change(
    mut commands: Commands,
    time: Res<Time<Real>>,
    mut watch: ResMut<Watch>,
    (mut content, mut words): (ResMut<Content>, ResMut<Words>),
    playing: Playing,
    theme: Res<Theme>,
    shown: Query<Entity, With<ReloadErrors>>,
) {
    watch.since_poll += time.delta();
    if watch.since_poll < POLL {
        return;
    }
    watch.since_poll = Duration::ZERO;
    let now = stamp(&watch.root);
    if now == watch.stamp {
        return;
    }
    watch.stamp = now;
    let checked = load_and_lint(&watch.root);
    for entity in &shown {
        commands.entity(entity).try_despawn();
    }
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(std::fs::read_to_string(&d.path).ok().as_deref()))
        .collect();
    if !errors.is_empty() {
        eprintln!("sango: reload refused, keeping the last good content:");
        for e in &errors {
            eprintln!("{e}\n");
        }
        commands
            .spawn((
                Name::new("Reload errors"),
                ReloadErrors,
                Node {
                    position_type: PositionType::Absolute,
                    left: px(12),
                    right: px(12),
                    bottom: px(12),
                    padding: UiRect::all(px(12)),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(6),
                    border_radius: BorderRadius::all(px(10)),
                    ..default()
                },
                BackgroundColor(palette::WARNING_BG),
                BorderColor::all(palette::RISKY),
                GlobalZIndex(10),
            ))
            .with_children(|panel| {
                for e in errors.iter().take(4) {
                    panel.spawn(verbatim(&theme, e, size::SMALL * 0.75, palette::INK));
                }
            });
        return;
    }
    info!("content reloaded");
    let language = words.0.language().to_string();
    let mut localizer = checked.localizer;
    localizer.set_language(&language);
    localizer.shelve_except(&[]);
    words.0 = localizer;
    content.library = checked.library;
    content.problems = checked.diagnostics;
    if *playing.screen.get() == Screen::Level
        && let Some(level) = playing.level
    {
        let id = level.run.scenario().id.clone();
        // Back to where the author opened it: the start, or their `--beat`.
        let fresh = match &level.opened_at {
            Some(beat) => super::screens::map::level_at(&content, &id, Some(beat)).ok(),
            None => Level::start(&content, &id, playing.seed.as_deref()),
        };
        if let Some(fresh) = fresh {
            commands.insert_resource(fresh);
        }
    }
}
