//! The computer's own speech, for reading aloud ([`crate::speech`]): on Linux,
//! Speech Dispatcher on a thread of its own (reaching it, or starting it, never
//! holds up a frame); in the browser, the page's speechSynthesis. Elsewhere, and
//! wherever the system has no voice for the language on screen, the made voices
//! of the voice pack read instead (see [`super::voice`]).

#[cfg(not(target_arch = "wasm32"))]
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard};

use bevy::prelude::*;

use crate::speech::{Speech, SpeechError, SystemVoice, Utterance};

/// What the game knows of the system's speech (what goes wrong is logged).
#[derive(Debug, Default)]
struct Status {
    /// Its voices.
    voices: Vec<SystemVoice>,
    /// Whether the engine has been looked for yet.
    looked: bool,
    /// The last line it accepted to read, for the tests.
    last_spoken: Option<Utterance>,
}

type Shared = Arc<Mutex<Status>>;

fn lock(shared: &Shared) -> MutexGuard<'_, Status> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Makes a connection to an engine (called again after it went away). The
/// browser has no threads: its engine is used inline.
#[cfg(not(target_arch = "wasm32"))]
type Connect = Box<dyn Fn() -> Result<Box<dyn Speech>, SpeechError> + Send>;

#[derive(Clone)]
enum Request {
    Speak(Utterance),
    Stop,
}

/// How requests reach the engine.
enum Route {
    /// No engine on this system.
    Nothing,
    /// A thread that owns the engine.
    #[cfg(not(target_arch = "wasm32"))]
    Worker(Sender<Request>),
    /// Here and now, on the calling thread: the browser's engine (which lives on
    /// the page's thread) and the tests' [`crate::speech::Recorder`].
    Inline(Mutex<Box<dyn Speech + Send>>),
}

/// The system's speech.
#[derive(Resource)]
pub struct SystemSpeech {
    route: Route,
    status: Shared,
}

impl Default for SystemSpeech {
    /// No system speech: the voice pack or nothing.
    fn default() -> Self {
        let status = Status {
            looked: true,
            ..Status::default()
        };
        Self {
            route: Route::Nothing,
            status: Arc::new(Mutex::new(status)),
        }
    }
}

impl SystemSpeech {
    /// This system's engine: Speech Dispatcher on Linux, Windows' and macOS's
    /// own, the page's on the web.
    pub fn system() -> Self {
        #[cfg(target_os = "linux")]
        return Self::worker(Box::new(|| {
            crate::speech::ssip::Ssip::connect().map(|s| Box::new(s) as Box<dyn Speech>)
        }));
        #[cfg(any(windows, target_os = "macos"))]
        return Self::worker(Box::new(native::Native::connect));
        #[cfg(target_arch = "wasm32")]
        return Self::inline(Box::new(web::WebSpeech));
        #[allow(unreachable_code)]
        Self::default()
    }

    /// An engine used on the calling thread.
    pub fn inline(mut speech: Box<dyn Speech + Send>) -> Self {
        let mut status = Status {
            looked: true,
            ..Status::default()
        };
        match speech.voices() {
            Ok(voices) => status.voices = voices,
            Err(e) => warn!("reading aloud with {}: {e}", speech.engine()),
        }
        Self {
            route: Route::Inline(Mutex::new(speech)),
            status: Arc::new(Mutex::new(status)),
        }
    }

    /// An engine on a thread of its own, reached (and its voices listed) there.
    #[cfg(not(target_arch = "wasm32"))]
    fn worker(connect: Connect) -> Self {
        let status: Shared = Arc::default();
        let (send, requests) = channel();
        let shared = Arc::clone(&status);
        let started = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || work(&connect, &requests, &shared));
        match started {
            Ok(_) => Self {
                route: Route::Worker(send),
                status,
            },
            Err(e) => {
                warn!("reading aloud: no thread for the system's speech ({e})");
                Self::default()
            }
        }
    }

    /// `f` on the engine's voices. The browser lists its voices only once the
    /// page has them, so an empty list is asked for again.
    pub fn with_voices<R>(&self, f: impl FnOnce(&[SystemVoice]) -> R) -> R {
        if let Route::Inline(speech) = &self.route
            && lock(&self.status).voices.is_empty()
            && let Ok(mut speech) = speech.lock()
            && let Ok(voices) = speech.voices()
        {
            lock(&self.status).voices = voices;
        }
        f(&lock(&self.status).voices)
    }

    /// Whether the engine was looked for, and how many voices it has: cheap,
    /// for screens that wait for it.
    pub fn found(&self) -> (bool, usize) {
        let status = lock(&self.status);
        (status.looked, status.voices.len())
    }

    /// The last line the engine accepted to read.
    pub fn last_spoken(&self) -> Option<Utterance> {
        lock(&self.status).last_spoken.clone()
    }

    pub fn speak(&self, line: Utterance) {
        self.send(Request::Speak(line));
    }

    pub fn stop(&self) {
        self.send(Request::Stop);
    }

    fn send(&self, request: Request) {
        match &self.route {
            Route::Nothing => {}
            #[cfg(not(target_arch = "wasm32"))]
            Route::Worker(send) => {
                let _ = send.send(request);
            }
            Route::Inline(speech) => {
                if let Ok(mut speech) = speech.lock() {
                    // A refusal is kept in the status and logged; the game goes on.
                    let _ = handle(speech.as_mut(), request, &self.status);
                }
            }
        }
    }
}

/// Does one request, keeping the line read in the status, logging a refusal.
fn handle(speech: &mut dyn Speech, request: Request, status: &Shared) -> Result<(), SpeechError> {
    let done = match &request {
        Request::Speak(line) => speech.speak(line),
        Request::Stop => speech.stop(),
    };
    match &done {
        Ok(()) => {
            if let Request::Speak(line) = request {
                lock(status).last_spoken = Some(line);
            }
        }
        Err(e) => warn!("reading aloud with {}: {e}", speech.engine()),
    }
    done
}

/// The worker: reaches the engine, lists its voices, then reads what it is
/// asked; an engine that went away is reached again, and the line asked again.
#[cfg(not(target_arch = "wasm32"))]
fn work(connect: &Connect, requests: &Receiver<Request>, status: &Shared) {
    let reach = || match connect() {
        Ok(mut speech) => {
            let voices = speech.voices();
            let mut status = lock(status);
            status.looked = true;
            match voices {
                Ok(voices) => {
                    info!(
                        "reading aloud with {}: {} voices",
                        speech.engine(),
                        voices.len()
                    );
                    status.voices = voices;
                }
                Err(e) => warn!("reading aloud with {}: {e}", speech.engine()),
            }
            Some(speech)
        }
        Err(e) => {
            info!("reading aloud: {e}; the voice pack reads where it is installed");
            lock(status).looked = true;
            None
        }
    };
    let mut speech = reach();
    for request in requests {
        if speech.is_none() {
            // Only to speak: a stop with no engine has nothing to stop.
            if matches!(request, Request::Stop) {
                continue;
            }
            speech = reach();
        }
        let Some(engine) = speech.as_mut() else {
            continue;
        };
        if let Err(SpeechError::NoEngine(_)) = handle(engine.as_mut(), request.clone(), status) {
            // It went away (restarted, say): reached again, and asked again once.
            speech = reach();
            if let Some(engine) = speech.as_mut()
                && let Err(SpeechError::NoEngine(_)) = handle(engine.as_mut(), request, status)
            {
                speech = None;
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SystemSpeech>();
}

/// Windows' and macOS's own speech (WinRT's speech synthesis; AVFoundation),
/// through the `tts` crate.
#[cfg(any(windows, target_os = "macos"))]
mod native {
    use crate::speech::{Speech, SpeechError, SystemVoice, Utterance};

    pub struct Native(tts::Tts);

    impl Native {
        pub fn connect() -> Result<Box<dyn Speech>, SpeechError> {
            tts::Tts::default()
                .map(|tts| Box::new(Native(tts)) as Box<dyn Speech>)
                .map_err(|e| SpeechError::NoEngine(e.to_string()))
        }
    }

    fn refused(e: tts::Error) -> SpeechError {
        SpeechError::Refused(e.to_string())
    }

    impl Speech for Native {
        fn engine(&self) -> &'static str {
            if cfg!(windows) {
                "Windows speech"
            } else {
                "macOS speech"
            }
        }

        fn voices(&mut self) -> Result<Vec<SystemVoice>, SpeechError> {
            let voices = self.0.voices().map_err(refused)?;
            Ok(voices
                .iter()
                .map(|v| SystemVoice {
                    name: v.name(),
                    lang: v.language().to_string(),
                })
                .collect())
        }

        fn speak(&mut self, line: &Utterance) -> Result<(), SpeechError> {
            let tts = &mut self.0;
            if let Some(name) = &line.voice {
                let voices = tts.voices().map_err(refused)?;
                if let Some(voice) = voices.iter().find(|v| v.name() == *name) {
                    tts.set_voice(voice).map_err(refused)?;
                }
            }
            let rate = (tts.normal_rate() * line.rate.web()).clamp(tts.min_rate(), tts.max_rate());
            tts.set_rate(rate).map_err(refused)?;
            tts.speak(line.text.clone(), true).map_err(refused)?;
            Ok(())
        }

        fn stop(&mut self) -> Result<(), SpeechError> {
            self.0.stop().map(|_| ()).map_err(refused)
        }
    }
}

/// The browser's own speech.
#[cfg(target_arch = "wasm32")]
mod web {
    /// The browser's own speech (speechSynthesis): the voices the browser and the
    /// computer under it have, in every modern browser. Only the voices that speak
    /// on the computer itself (`localService`): some browsers offer voices that send
    /// the text to a server, and the game sends nothing anywhere.
    pub struct WebSpeech;

    impl WebSpeech {
        fn synthesis() -> Result<web_sys::SpeechSynthesis, crate::speech::SpeechError> {
            web_sys::window()
                .and_then(|w| w.speech_synthesis().ok())
                .ok_or_else(|| {
                    crate::speech::SpeechError::NoEngine("no speechSynthesis here".into())
                })
        }
    }

    impl crate::speech::Speech for WebSpeech {
        fn engine(&self) -> &'static str {
            "the browser's speech"
        }

        fn voices(
            &mut self,
        ) -> Result<Vec<crate::speech::SystemVoice>, crate::speech::SpeechError> {
            let voices = Self::synthesis()?.get_voices();
            Ok(voices
                .iter()
                .filter_map(|v| {
                    use wasm_bindgen::JsCast;
                    // The browser gives voices only (unchecked: a test's stand-in too).
                    let voice = v.unchecked_into::<web_sys::SpeechSynthesisVoice>();
                    if !voice.local_service() {
                        return None;
                    }
                    Some(crate::speech::SystemVoice {
                        name: voice.name(),
                        lang: voice.lang(),
                    })
                })
                .collect())
        }

        fn speak(
            &mut self,
            line: &crate::speech::Utterance,
        ) -> Result<(), crate::speech::SpeechError> {
            use wasm_bindgen::JsCast;
            let synthesis = Self::synthesis()?;
            let refused =
                |e: wasm_bindgen::JsValue| crate::speech::SpeechError::Refused(format!("{e:?}"));
            let utterance =
                web_sys::SpeechSynthesisUtterance::new_with_text(&line.text).map_err(refused)?;
            utterance.set_lang(&line.lang);
            utterance.set_rate(line.rate.web());
            if let Some(name) = &line.voice {
                let voice = synthesis
                    .get_voices()
                    .iter()
                    .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
                    .find(|v| v.name() == *name);
                utterance.set_voice(voice.as_ref());
            }
            synthesis.cancel();
            synthesis.speak(&utterance);
            Ok(())
        }

        fn stop(&mut self) -> Result<(), crate::speech::SpeechError> {
            Self::synthesis()?.cancel();
            Ok(())
        }
    }
}
