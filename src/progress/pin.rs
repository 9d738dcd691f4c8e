//! The teacher PIN: kept only as a salted hash, so reading the save folder does
//! not reveal it. A PIN of 4 to 8 digits can be guessed by someone with time and
//! the file; it keeps children out of the teacher settings, which is its job.

use pbkdf2::pbkdf2_hmac;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

pub const PIN_MIN_DIGITS: usize = 4;
pub const PIN_MAX_DIGITS: usize = 8;
/// Rounds of PBKDF2: a fraction of a second on a school machine.
const ROUNDS: u32 = 20_000;

/// A PIN as stored: PBKDF2-HMAC-SHA256 of the digits with a random salt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    /// Hex.
    pub salt: String,
    /// Hex.
    pub hash: String,
    pub rounds: u32,
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
        let salt = hex(&salt);
        Self {
            hash: derive(pin, &salt, ROUNDS),
            salt,
            rounds: ROUNDS,
        }
    }

    pub fn matches(&self, pin: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_is_salted_and_checked() {
        let a = PinHash::new("2468");
        let b = PinHash::new("2468");
        assert_ne!(a.salt, b.salt);
        assert_ne!(
            a.hash, b.hash,
            "the same PIN hashes differently on two machines"
        );
        assert!(!a.hash.contains("2468"));
        assert!(a.matches("2468"));
        assert!(!a.matches("2469"));
        assert!(!a.matches(""));
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
    fn only_four_to_eight_digits_make_a_pin() {
        assert!(valid_pin("1234"));
        assert!(valid_pin("12345678"));
        assert!(!valid_pin("123"));
        assert!(!valid_pin("123456789"));
        assert!(!valid_pin("12a4"));
        assert!(
            !valid_pin("١٢٣٤"),
            "ASCII digits only; the keypad types those"
        );
    }
}
