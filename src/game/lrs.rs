//! The school's learning record store (issue 27): when settings.ron names one,
//! what each child plays is written as xAPI statements to the outbox (beside
//! their progress) and sent from there by a thread of its own, with retries,
//! until the store has every one. Without one, nothing is made or sent.
//!
//! A level's run is followed here ([`crate::xapi::RunEvents`]), and every check
//! the child's progress records is told whole (a check left half-way counts for
//! nothing, here as in the progress).

use bevy::prelude::*;

use crate::game::state::{Level, Player, Saves};
use crate::xapi::{self, Event, LrsSettings, Outbox};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Played>()
        .init_resource::<Following>()
        .add_systems(Startup, open_sender)
        .add_systems(
            Update,
            (
                (
                    tell_level.run_if(resource_exists_and_changed::<Level>),
                    tell_checks,
                )
                    .in_set(Told),
                keep_and_send,
            )
                .chain(),
        );
}

/// Where what a child did is told ([`Played`]); readers run after it.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Told;

/// Something a child did that the school's record store hears of.
#[derive(Message, Debug, Clone)]
pub struct Played(pub Event);

/// What has been told of the level open now.
#[derive(Resource, Default)]
struct Following {
    serial: u64,
    run: xapi::RunEvents,
}

fn tell_level(level: Res<Level>, mut told: ResMut<Following>, mut played: MessageWriter<Played>) {
    if told.serial != level.serial {
        *told = Following {
            serial: level.serial,
            run: Default::default(),
        };
    }
    for event in told.run.since(&level.run) {
        played.write(Played(event));
    }
}

/// Each situation judged in a check, then the check whole.
fn tell_checks(saves: Option<ResMut<Saves>>, mut played: MessageWriter<Played>) {
    let Some(mut saves) = saves else {
        return;
    };
    // Read first: taking marks the progress changed, and screens redraw on that.
    if saves.checks_were_recorded() {
        for (due, record) in saves.take_checks_recorded() {
            for answer in &record.answers {
                played.write(Played(Event::CheckAnswer {
                    due,
                    answer: answer.clone(),
                }));
            }
            played.write(Played(Event::CheckFinished { due, record }));
        }
    }
}

/// The school's store, when settings.ron names one.
#[derive(Resource)]
pub struct Lrs {
    settings: LrsSettings,
    sender: sender::Sender,
}

fn open_sender(mut commands: Commands, saves: Option<Res<Saves>>) {
    let Some(saves) = saves else {
        return;
    };
    let Some(settings) = saves.settings.deployed.lrs.clone() else {
        return;
    };
    info!("statements go to the record store at {}", settings.endpoint);
    let sender = sender::Sender::start(&settings, saves.shared_storage());
    commands.insert_resource(Lrs { settings, sender });
}

/// Each event becomes a statement, written to the outbox before anything is
/// sent, then the sender is woken.
fn keep_and_send(
    mut played: MessageReader<Played>,
    lrs: Option<Res<Lrs>>,
    saves: Option<ResMut<Saves>>,
    player: Option<Res<Player>>,
) {
    let (Some(lrs), Some(mut saves), Some(id)) = (lrs, saves, player.and_then(|p| p.profile))
    else {
        played.clear();
        return;
    };
    if played.is_empty() {
        return;
    }
    let Some(learner) = saves.lrs_learner(id, &lrs.settings) else {
        played.clear();
        return;
    };
    let storage = saves.shared_storage();
    let outbox = Outbox::new(storage.as_ref());
    let mut rng = rand::rng();
    for Played(event) in played.read() {
        let id = xapi::new_statement_id(&mut rng);
        let now = crate::clock::rfc3339(crate::clock::now_millis());
        let statement = xapi::statement(&id, &learner, &lrs.settings, event, &now);
        if let Err(e) = outbox.push(&statement) {
            error!("a statement for the record store could not be kept: {e}");
        }
    }
    lrs.sender.wake();
}

#[cfg(not(target_arch = "wasm32"))]
mod sender {
    //! The desktop's sender: a thread that sends what waits in the outbox when
    //! woken, and again after a while when the store could not be reached.

    use std::sync::Arc;
    use std::sync::mpsc;
    use std::time::Duration;

    use bevy::log::{info, warn};

    use crate::progress::Storage;
    use crate::xapi::{LrsSettings, Outbox, flush_blocking, http::Http};

    /// The first wait after a failed send; it doubles up to [`LONGEST_WAIT`].
    const FIRST_WAIT: Duration = Duration::from_secs(5);
    const LONGEST_WAIT: Duration = Duration::from_secs(300);
    /// Held while sending, so two copies of the game on one shared folder do
    /// not send the same statements at once.
    const SENDING_LOCK: &str = "xapi-sending";

    pub struct Sender(mpsc::Sender<()>);

    impl Sender {
        pub fn start(settings: &LrsSettings, storage: Arc<dyn Storage>) -> Self {
            let (wake, woken) = mpsc::channel();
            let mut http = Http::new(settings);
            let spawned = std::thread::Builder::new()
                .name("sango-lrs".into())
                .spawn(move || {
                    let mut wait = FIRST_WAIT;
                    loop {
                        let done = match storage.lock(SENDING_LOCK) {
                            Ok(_held) => flush_blocking(&Outbox::new(storage.as_ref()), &mut http),
                            Err(e) => crate::xapi::Flushed {
                                problem: Some(e.to_string()),
                                left: 1,
                                ..Default::default()
                            },
                        };
                        if done.sent > 0 {
                            info!("{} statement(s) sent to the record store", done.sent);
                        }
                        let next = match done.problem {
                            Some(why) if done.left > 0 => {
                                warn!(
                                    "{} statement(s) wait for the record store ({why}); trying again in {} s",
                                    done.left,
                                    wait.as_secs()
                                );
                                let next = woken.recv_timeout(wait);
                                wait = (wait * 2).min(LONGEST_WAIT);
                                next
                            }
                            _ => {
                                wait = FIRST_WAIT;
                                woken.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
                            }
                        };
                        match next {
                            Ok(()) | Err(mpsc::RecvTimeoutError::Timeout) => {
                                while woken.try_recv().is_ok() {}
                            }
                            // The game has closed; what waits is sent next time.
                            Err(mpsc::RecvTimeoutError::Disconnected) => return,
                        }
                    }
                });
            if let Err(e) = spawned {
                warn!("cannot start sending to the record store: {e}");
            }
            Self(wake)
        }

        pub fn wake(&self) {
            let _ = self.0.send(());
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod sender {
    //! The browser's sender: `fetch`, one send at a time, from the page's own
    //! event loop, and again after a while when the store could not be reached.

    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

    use bevy::log::{info, warn};

    use crate::progress::Storage;
    use crate::xapi::{LrsSettings, Outbox, fetch, flush};

    /// The first wait after a failed send, in ms; it doubles up to five minutes.
    const FIRST_WAIT: i32 = 5_000;
    const LONGEST_WAIT: i32 = 300_000;

    #[derive(Clone)]
    pub struct Sender {
        settings: LrsSettings,
        storage: Arc<dyn Storage>,
        busy: Arc<AtomicBool>,
        wait: Arc<AtomicI32>,
    }

    impl Sender {
        pub fn start(settings: &LrsSettings, storage: Arc<dyn Storage>) -> Self {
            let sender = Self {
                settings: settings.clone(),
                storage,
                busy: Arc::new(AtomicBool::new(false)),
                wait: Arc::new(AtomicI32::new(FIRST_WAIT)),
            };
            // What an earlier visit left.
            sender.wake();
            sender
        }

        pub fn wake(&self) {
            if self.busy.swap(true, Ordering::Relaxed) {
                return;
            }
            let me = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut transport = fetch::Fetch::new(&me.settings);
                let done = flush(&Outbox::new(me.storage.as_ref()), &mut transport).await;
                me.busy.store(false, Ordering::Relaxed);
                if done.sent > 0 {
                    info!("{} statement(s) sent to the record store", done.sent);
                }
                match done.problem {
                    Some(why) if done.left > 0 => {
                        let ms = me.wait.load(Ordering::Relaxed);
                        warn!(
                            "{} statement(s) wait for the record store ({why}); trying again in {} s",
                            done.left,
                            ms / 1000
                        );
                        me.wait.store((ms * 2).min(LONGEST_WAIT), Ordering::Relaxed);
                        fetch::after(ms, move || me.wake());
                    }
                    _ => me.wait.store(FIRST_WAIT, Ordering::Relaxed),
                }
            });
        }
    }
}
