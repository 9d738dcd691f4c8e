//! Speech Dispatcher, the speech service of Linux desktops, spoken to over its
//! socket in its own protocol (SSIP: a line for each command, a numbered reply).
//! No C library is linked: a computer without Speech Dispatcher still starts the
//! game, and finds here that it has no system speech. Where the service is
//! installed but not running, it is started, as its own client library does.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Speech, SpeechError, SystemVoice, Utterance};

/// How long a reply may take (a voice list of thousands takes a few hundred ms).
const REPLY: Duration = Duration::from_secs(5);
/// How long a service started here may take to open its socket.
const SPAWN: Duration = Duration::from_secs(3);

/// The socket Speech Dispatcher listens on: `SPEECHD_ADDRESS` if it names a
/// Unix socket, else the per-user one its client library uses.
pub fn socket_path() -> Option<PathBuf> {
    if let Ok(address) = std::env::var("SPEECHD_ADDRESS")
        && let Some(path) = address.strip_prefix("unix_socket:")
    {
        return Some(PathBuf::from(path));
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(runtime.join("speech-dispatcher").join("speechd.sock"))
}

/// A connection to Speech Dispatcher.
pub struct Ssip {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl Ssip {
    /// Connects to the service at its usual socket, starting it if it is
    /// installed but not running.
    pub fn connect() -> Result<Self, SpeechError> {
        let path = socket_path()
            .ok_or_else(|| SpeechError::NoEngine("no runtime or home folder".into()))?;
        Self::start_at(&path)
    }

    /// Connects to the service at this socket, starting it there if it is
    /// installed but not running.
    pub fn start_at(path: &Path) -> Result<Self, SpeechError> {
        match Self::connect_to(path) {
            Ok(ssip) => Ok(ssip),
            Err(first) => {
                spawn(path).map_err(|e| SpeechError::NoEngine(format!("{first}; {e}")))?;
                let since = Instant::now();
                loop {
                    match Self::connect_to(path) {
                        Ok(ssip) => return Ok(ssip),
                        Err(e) if since.elapsed() > SPAWN => return Err(e),
                        Err(_) => std::thread::sleep(Duration::from_millis(50)),
                    }
                }
            }
        }
    }

    /// Connects to a service at this socket and says who is speaking.
    pub fn connect_to(path: &Path) -> Result<Self, SpeechError> {
        let stream = UnixStream::connect(path)
            .map_err(|e| SpeechError::NoEngine(format!("{}: {e}", path.display())))?;
        let io = |e: std::io::Error| SpeechError::NoEngine(e.to_string());
        stream.set_read_timeout(Some(REPLY)).map_err(io)?;
        stream.set_write_timeout(Some(REPLY)).map_err(io)?;
        let writer = stream.try_clone().map_err(io)?;
        let mut ssip = Self {
            reader: BufReader::new(stream),
            writer,
        };
        let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
        let user: String = user.chars().filter(|c| c.is_alphanumeric()).collect();
        ssip.command(&format!("SET SELF CLIENT_NAME {user}:sango:main"))?;
        Ok(ssip)
    }

    /// Sends one command and reads its reply: the code and the lines before it.
    pub fn command(&mut self, line: &str) -> Result<(u16, Vec<String>), SpeechError> {
        self.send(&format!("{line}\r\n"))?;
        self.reply(line)
    }

    fn send(&mut self, text: &str) -> Result<(), SpeechError> {
        self.writer
            .write_all(text.as_bytes())
            .and_then(|()| self.writer.flush())
            .map_err(|e| SpeechError::NoEngine(format!("the service went away: {e}")))
    }

    /// A reply: lines `NNN-…` then `NNN …`; a code of 300 or more is a refusal.
    fn reply(&mut self, asked: &str) -> Result<(u16, Vec<String>), SpeechError> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            let read = self
                .reader
                .read_line(&mut line)
                .map_err(|e| SpeechError::NoEngine(format!("no reply: {e}")))?;
            if read == 0 {
                return Err(SpeechError::NoEngine(
                    "the service closed the connection".into(),
                ));
            }
            let line = line.trim_end_matches(['\r', '\n']);
            let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
            let Some(code) = code else {
                return Err(SpeechError::Refused(format!(
                    "an odd reply to {asked}: {line}"
                )));
            };
            let rest = line.get(4..).unwrap_or("").to_string();
            if line.as_bytes().get(3) == Some(&b'-') {
                lines.push(rest);
                continue;
            }
            if code >= 300 {
                return Err(SpeechError::Refused(format!("{asked}: {line}")));
            }
            return Ok((code, lines));
        }
    }
}

/// Starts Speech Dispatcher for this user, as its client library does. The
/// service only agrees to a socket at `<runtime>/speech-dispatcher/speechd.sock`
/// of its runtime folder, so it is given the one the socket is in.
fn spawn(path: &Path) -> Result<(), String> {
    let mut command = std::process::Command::new("speech-dispatcher");
    if let Some(runtime) = path.parent().and_then(Path::parent) {
        command.env("XDG_RUNTIME_DIR", runtime);
    }
    let status = command
        .args([
            "--spawn",
            "--communication-method",
            "unix_socket",
            "--socket-path",
        ])
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("speech-dispatcher could not be started: {e}"))?;
    match status.success() {
        true => Ok(()),
        false => Err(format!("speech-dispatcher --spawn ended with {status}")),
    }
}

/// The voices of a `LIST SYNTHESIS_VOICES` reply (`name<TAB>lang<TAB>variant`):
/// each voice once, without the engine's variants of it (espeak-ng lists every
/// voice again with each of its 60 timbres).
pub fn parse_voices(lines: &[String]) -> Vec<SystemVoice> {
    lines
        .iter()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let name = fields.next()?.trim();
            let lang = fields.next()?.trim();
            let variant = fields.next().unwrap_or("none").trim();
            (!name.is_empty() && !lang.is_empty() && variant == "none").then(|| SystemVoice {
                name: name.to_string(),
                lang: lang.to_string(),
            })
        })
        .collect()
}

/// A line as SSIP sends text: a line that starts with a dot gets another, and
/// the text ends with a line holding only a dot.
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('.') {
            out.push('.');
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str(".\r\n");
    out
}

impl Speech for Ssip {
    fn engine(&self) -> &'static str {
        "Speech Dispatcher"
    }

    fn voices(&mut self) -> Result<Vec<SystemVoice>, SpeechError> {
        let (_, lines) = self.command("LIST SYNTHESIS_VOICES")?;
        Ok(parse_voices(&lines))
    }

    fn speak(&mut self, line: &Utterance) -> Result<(), SpeechError> {
        self.command("CANCEL SELF")?;
        // Language tags without their region: the service picks its voice.
        let lang: String = line
            .lang
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        self.command(&format!("SET SELF LANGUAGE {lang}"))?;
        if let Some(voice) = &line.voice {
            // A voice name is one line; nothing else can ride along on it.
            let voice: String = voice.chars().filter(|c| !c.is_control()).collect();
            self.command(&format!("SET SELF SYNTHESIS_VOICE {voice}"))?;
        }
        self.command(&format!("SET SELF RATE {}", line.rate.ssip()))?;
        self.command("SPEAK")?;
        self.send(&escape(&line.text))?;
        self.reply("the line's text")?;
        Ok(())
    }

    fn stop(&mut self) -> Result<(), SpeechError> {
        self.command("CANCEL SELF").map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixListener;

    #[test]
    fn a_voice_list_keeps_each_voice_once() {
        let lines: Vec<String> = [
            "French (France)\tfr-FR\tnone",
            "French (France)+Adam\tfr-FR\tAdam",
            "Arabic\tar\tnone",
            "broken line",
        ]
        .map(String::from)
        .to_vec();
        let voices = parse_voices(&lines);
        assert_eq!(voices.len(), 2);
        assert_eq!(
            (voices[1].name.as_str(), voices[1].lang.as_str()),
            ("Arabic", "ar")
        );
    }

    #[test]
    fn a_line_of_text_cannot_end_the_message_early() {
        assert_eq!(escape("Hi\n.\n.ok"), "Hi\r\n..\r\n..ok\r\n.\r\n");
    }

    /// A pretend service on a socket: answers each command as Speech Dispatcher
    /// does, and hands back everything it was sent.
    fn pretend_service(path: &Path, refuse_voice: bool) -> std::thread::JoinHandle<String> {
        let listener = UnixListener::bind(path).unwrap();
        std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut writer = stream.try_clone().unwrap();
            let mut reader = BufReader::new(stream);
            let mut heard = String::new();
            let mut in_text = false;
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                heard.push_str(&line);
                let command = line.trim_end().to_string();
                line.clear();
                let answer = if in_text {
                    if command != "." {
                        continue;
                    }
                    in_text = false;
                    "225-1\r\n225 OK MESSAGE QUEUED\r\n".to_string()
                } else if command == "SPEAK" {
                    in_text = true;
                    "230 OK RECEIVING DATA\r\n".to_string()
                } else if command == "LIST SYNTHESIS_VOICES" {
                    "249-Russian\tru\tnone\r\n249-Russian+Max\tru\tMax\r\n249 OK VOICE LIST SENT\r\n".to_string()
                } else if command.starts_with("SET SELF SYNTHESIS_VOICE") && refuse_voice {
                    "409 ERR RATE TOO HIGH\r\n".to_string()
                } else {
                    "200 OK\r\n".to_string()
                };
                writer.write_all(answer.as_bytes()).unwrap();
            }
            heard
        })
    }

    #[test]
    fn speaks_to_a_service_in_its_protocol() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speechd.sock");
        let service = pretend_service(&path, false);
        let mut ssip = Ssip::connect_to(&path).unwrap();
        let voices = ssip.voices().unwrap();
        assert_eq!(voices.len(), 1);
        ssip.speak(&Utterance {
            text: "Привет!\n.".into(),
            lang: "ru".into(),
            voice: Some("Russian".into()),
            rate: super::super::Rate::new(4),
        })
        .unwrap();
        drop(ssip);
        let heard = service.join().unwrap();
        assert!(heard.starts_with("SET SELF CLIENT_NAME "), "{heard}");
        for sent in [
            "SET SELF LANGUAGE ru\r\n",
            "SET SELF SYNTHESIS_VOICE Russian\r\n",
            "SET SELF RATE 60\r\n",
            "SPEAK\r\nПривет!\r\n..\r\n.\r\n",
        ] {
            assert!(heard.contains(sent), "{sent:?} not in {heard:?}");
        }
    }

    #[test]
    fn a_refusal_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speechd.sock");
        let _service = pretend_service(&path, true);
        let mut ssip = Ssip::connect_to(&path).unwrap();
        let line = Utterance {
            text: "Hi".into(),
            lang: "en".into(),
            voice: Some("Nobody".into()),
            rate: super::super::Rate::NORMAL,
        };
        assert!(matches!(ssip.speak(&line), Err(SpeechError::Refused(_))));
        let nowhere = dir.path().join("nobody.sock");
        assert!(matches!(
            Ssip::connect_to(&nowhere),
            Err(SpeechError::NoEngine(_))
        ));
    }

    /// The real service, where it is installed: started on a socket of the
    /// test's own, it lists its voices and accepts a line to speak (whether the
    /// machine has a sound card or not). scripts/test installs it and sets
    /// `SANGO_REAL_SPEECH=1`, so there the test may not skip.
    #[test]
    fn the_real_speech_dispatcher_accepts_a_line() {
        let installed = std::process::Command::new("speech-dispatcher")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        let required = std::env::var("SANGO_REAL_SPEECH").is_ok_and(|v| v == "1");
        if !installed {
            assert!(
                !required,
                "SANGO_REAL_SPEECH=1 but speech-dispatcher is not installed"
            );
            eprintln!("speech-dispatcher is not installed here: skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("speech-dispatcher").join("speechd.sock");
        let mut ssip = Ssip::start_at(&socket).unwrap();
        let voices = ssip.voices().unwrap();
        let english = super::super::voices_for(&voices, "en");
        assert!(
            !english.is_empty(),
            "no English voice among {}",
            voices.len()
        );
        let line = Utterance {
            text: "Sango says hello.".into(),
            lang: "en".into(),
            voice: Some(english[0].name.clone()),
            rate: super::super::Rate::NORMAL,
        };
        ssip.speak(&line).unwrap();
        ssip.stop().unwrap();
        let _ = ssip.command("QUIT");
    }
}
