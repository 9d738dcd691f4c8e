//! A school's learning record store, from the game: a child's warm-up and level
//! reach a store on 127.0.0.1 as xAPI statements under a random account, and
//! the class read back from them is the class in the child's folder.
//! (scripts/lrs-test does the same against Ralph, a real store, with the
//! network cut and the game killed mid-send.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use sango::game::Screen;
use sango::settings::{Deployed, Settings};
use sango::xapi::LrsSettings;

use crate::headless::{Game, saved};

/// A record store that keeps every statement it is sent, one per id.
fn fake_store() -> (String, Arc<Mutex<Vec<Value>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}/xAPI/", listener.local_addr().unwrap());
    let stored = Arc::new(Mutex::new(Vec::<Value>::new()));
    let keep = stored.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let keep = keep.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream);
                loop {
                    let mut length = 0;
                    let mut line = String::new();
                    let mut first = true;
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if first {
                            assert!(
                                line.starts_with("POST /xAPI/statements")
                                    || line.starts_with("PUT /xAPI/statements?statementId="),
                                "{line}"
                            );
                            first = false;
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some((name, value)) = line.split_once(':')
                            && name.eq_ignore_ascii_case("content-length")
                        {
                            length = value.trim().parse().unwrap();
                        }
                    }
                    let mut body = vec![0; length];
                    reader.read_exact(&mut body).unwrap();
                    let sent: Value = serde_json::from_slice(&body).unwrap();
                    let mut kept = keep.lock().unwrap();
                    for statement in sent.as_array().cloned().unwrap_or_else(|| vec![sent]) {
                        if !kept.iter().any(|k| k["id"] == statement["id"]) {
                            kept.push(statement);
                        }
                    }
                    let _ = reader
                        .get_mut()
                        .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
                }
            });
        }
    });
    (endpoint, stored)
}

#[test]
fn a_schools_record_store_hears_of_a_childs_play_under_a_random_account() {
    let (endpoint, stored) = fake_store();
    let school = "https://school.example";
    let settings = Settings {
        deployed: Deployed {
            lrs: Some(LrsSettings {
                endpoint,
                key: "k".into(),
                secret: "s".into(),
                school: school.into(),
                send_nicknames: false,
            }),
            ..Deployed::default()
        },
        ..Settings::default()
    };
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::with_settings(data.path(), settings);
    game.new_player("Blue Fox");
    assert_eq!(game.screen(), Screen::Map);
    game.enter_level();
    game.play_level_safely();
    assert_eq!(game.screen(), Screen::Debrief);

    // Sent from the game's own thread, while the game goes on.
    let outbox = data.path().join("xapi-outbox");
    let waiting = || std::fs::read_dir(&outbox).map_or(0, |d| d.count());
    for _ in 0..200 {
        if waiting() == 0 && !stored.lock().unwrap().is_empty() {
            break;
        }
        game.app.update();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(waiting(), 0, "every statement left the outbox");
    let statements = stored.lock().unwrap().clone();

    let folder = saved(data.path());
    let child = &folder.profiles[0];
    let account = &child.lrs_accounts[school];
    assert_eq!(account.len(), 32);
    let text = Value::Array(statements.clone()).to_string();
    assert!(
        !text.contains("Blue Fox"),
        "no nickname unless the school says so"
    );
    assert!(
        statements
            .iter()
            .all(|s| s["actor"]["account"]["name"] == *account)
    );
    let verbs: Vec<&str> = statements
        .iter()
        .filter_map(|s| s["verb"]["id"].as_str()?.rsplit('/').next())
        .collect();
    for verb in ["attempted", "answered", "completed"] {
        assert!(verbs.contains(&verb), "{verb} in {verbs:?}");
    }

    let class = sango::xapi::class_from_statements(&statements, school);
    assert_eq!(class.len(), 1);
    assert_eq!(class[0].results, child.results);
    assert_eq!(class[0].checks, child.checks);
    assert!(class[0].nickname.starts_with('#'));
}
