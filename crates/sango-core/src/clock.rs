//! The wall clock, for backup folder names, the date on a report, the day a
//! check was taken, and the time on a statement sent to a school's record store
//! (only when the school turns one on: docs/PRIVACY.md).

/// Seconds since 1970 (UTC). The browser's clock on the web, where std has none.
pub fn now_unix() -> u64 {
    now_millis() / 1000
}

/// Milliseconds since 1970 (UTC).
pub fn now_millis() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
}

/// (year, month, day, hour, minute, second) in UTC, from the proleptic Gregorian
/// calendar (Howard Hinnant's `civil_from_days`).
pub fn civil(unix: u64) -> (i64, u32, u32, u32, u32, u32) {
    let days = (unix / 86_400) as i64;
    let secs = (unix % 86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day, secs / 3600, secs / 60 % 60, secs % 60)
}

/// `2026-11-28`.
pub fn date(unix: u64) -> String {
    let (y, m, d, ..) = civil(unix);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2026-11-28-213005`: sorts in time order and is a valid file name everywhere.
pub fn stamp(unix: u64) -> String {
    let (y, m, d, h, min, s) = civil(unix);
    format!("{y:04}-{m:02}-{d:02}-{h:02}{min:02}{s:02}")
}

/// `2026-11-28T21:30:05.123Z`: RFC 3339 in UTC, to the millisecond, as xAPI
/// statements carry time.
pub fn rfc3339(millis: u64) -> String {
    let (y, m, d, h, min, s) = civil(millis / 1000);
    let ms = millis % 1000;
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{ms:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_match_known_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(stamp(951_782_400 + 3661), "2000-02-29-010101");
        assert_eq!(date(1_795_824_000), "2026-11-28");
        assert_eq!(
            rfc3339(951_782_400_000 + 3_661_042),
            "2000-02-29T01:01:01.042Z"
        );
    }
}
