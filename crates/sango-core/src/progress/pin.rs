//! The teacher PIN: kept only as a memory-hard hash (Argon2id, as a PHC string),
//! so reading the save folder does not reveal it, and wrong tries slow down,
//! counted in the save folder so a restart does not reset them. What it protects:
//! the teacher settings from children at the game. What it does not: someone with
//! the files and time (docs/CLASSROOM.md says so).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use pbkdf2::pbkdf2_hmac;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

pub const PIN_MIN_DIGITS: usize = 4;
/// Up to twelve digits: a school may choose a long one.
pub const PIN_MAX_DIGITS: usize = 12;

/// Wrong tries allowed before the waits start.
pub const FREE_TRIES: u32 = 3;
/// The first wait, doubled after each further wrong try…
pub const FIRST_WAIT_SECS: u64 = 5;
/// …up to this.
pub const LONGEST_WAIT_SECS: u64 = 300;

/// Argon2id with 19 MiB and two passes (OWASP's minimum): about a tenth of a
/// second on a school machine, and every guess costs an attacker the same.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("fixed, valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A PIN as stored. New PINs are an Argon2id PHC string (`$argon2id$v=19$…`);
/// PINs set by older versions (PBKDF2-HMAC-SHA256, salt and rounds) still open
/// the settings and are replaced by the new kind when they do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    /// The PHC string: algorithm, parameters, salt and hash together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phc: Option<String>,
    /// Hex (older versions).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub salt: String,
    /// Hex (older versions).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rounds: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Whether a typed PIN has the right shape.
pub fn valid_pin(pin: &str) -> bool {
    (PIN_MIN_DIGITS..=PIN_MAX_DIGITS).contains(&pin.chars().count())
        && pin.chars().all(|c| c.is_ascii_digit())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn derive(pin: &str, salt: &str, rounds: u32) -> String {
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(pin.as_bytes(), salt.as_bytes(), rounds, &mut out);
    hex(&out)
}

impl PinHash {
    /// Hashes a new PIN with a fresh random salt.
    pub fn new(pin: &str) -> Self {
        let salt: [u8; 16] = rand::random();
        // Sixteen bytes always encode, and Argon2 with these fixed parameters
        // hashes any PIN: neither can fail.
        let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
        let phc = argon2()
            .hash_password(pin.as_bytes(), &salt)
            .expect("Argon2 with fixed parameters hashes any input")
            .to_string();
        Self {
            phc: Some(phc),
            salt: String::new(),
            hash: String::new(),
            rounds: 0,
        }
    }

    /// Set by an older version: worth replacing once the PIN is typed right.
    pub fn is_legacy(&self) -> bool {
        self.phc.is_none()
    }

    pub fn matches(&self, pin: &str) -> bool {
        if let Some(phc) = &self.phc {
            return PasswordHash::new(phc)
                .is_ok_and(|hash| argon2().verify_password(pin.as_bytes(), &hash).is_ok());
        }
        let typed = derive(pin, &self.salt, self.rounds.max(1));
        // Compare every byte, so the time taken does not tell how much matched.
        typed.len() == self.hash.len()
            && typed
                .bytes()
                .zip(self.hash.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

/// Wrong PIN tries in a row on this machine, kept with the teacher's settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinTries {
    pub wrong: u32,
    /// When the last wrong try was (seconds since 1970).
    pub last: u64,
}

impl PinTries {
    /// How long after the last wrong try the next one is allowed: nothing for the
    /// first three, then 5 s, 10 s, 20 s… up to five minutes.
    pub fn delay(wrong: u32) -> u64 {
        match wrong.checked_sub(FREE_TRIES) {
            None => 0,
            Some(extra) => (FIRST_WAIT_SECS << extra.min(16)).min(LONGEST_WAIT_SECS),
        }
    }

    /// Seconds to wait before the next try may be checked.
    pub fn wait(&self, now: u64) -> u64 {
        (self.last + Self::delay(self.wrong)).saturating_sub(now)
    }

    pub fn failed(&mut self, now: u64) {
        self.wrong = self.wrong.saturating_add(1);
        self.last = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_is_salted_memory_hard_and_checked() {
        let a = PinHash::new("2468");
        let b = PinHash::new("2468");
        let phc = a.phc.clone().unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert_ne!(a, b, "the same PIN hashes differently on two machines");
        assert!(!phc.contains("2468"));
        assert!(a.matches("2468"));
        assert!(!a.matches("2469"));
        assert!(!a.matches(""));
        assert!(!a.is_legacy());
    }

    #[test]
    fn a_pin_an_older_version_set_still_opens_the_settings() {
        let old = PinHash {
            phc: None,
            salt: "abcd".into(),
            hash: derive("1357", "abcd", 20_000),
            rounds: 20_000,
        };
        assert!(old.matches("1357"));
        assert!(!old.matches("1358"));
        assert!(old.is_legacy());
        // As older versions saved it, it reads back.
        let saved = "(salt: \"abcd\", hash: \"00\", rounds: 20000)";
        let read: PinHash = ron::from_str(saved).unwrap();
        assert_eq!(read.rounds, 20_000);
    }

    #[test]
    fn a_known_vector_matches_rfc_7914() {
        // PBKDF2-HMAC-SHA256("passwd", "salt", 1), first 32 bytes (RFC 7914, 11).
        assert_eq!(
            derive("passwd", "salt", 1),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
    }

    #[test]
    fn four_to_twelve_digits_make_a_pin() {
        assert!(valid_pin("1234"));
        assert!(valid_pin("123456789012"));
        assert!(!valid_pin("123"));
        assert!(!valid_pin("1234567890123"));
        assert!(!valid_pin("12a4"));
        assert!(
            !valid_pin("١٢٣٤"),
            "ASCII digits only; the keypad types those"
        );
    }

    #[test]
    fn wrong_tries_slow_down_and_thirty_take_hours_not_seconds() {
        let mut tries = PinTries::default();
        let mut now = 1_000;
        for _ in 0..FREE_TRIES {
            assert_eq!(tries.wait(now), 0);
            tries.failed(now);
        }
        assert_eq!(tries.wait(now), FIRST_WAIT_SECS);
        // A guesser who always waits exactly as long as asked.
        let start = now;
        for _ in FREE_TRIES..30 {
            now += tries.wait(now);
            tries.failed(now);
        }
        assert!(now - start > 90 * 60, "30 guesses took {} s", now - start);
        assert_eq!(PinTries::delay(100), LONGEST_WAIT_SECS);
    }
}
