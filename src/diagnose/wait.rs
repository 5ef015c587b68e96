//! Time: when a quota resets, and how long that is from now.
//!
//! Gemini API requests-per-day quotas (and Google Cloud daily quotas) reset at midnight Pacific
//! time, which moves between UTC-8 and UTC-7 with daylight saving; the zone database bundled into
//! the binary keeps that right on machines without one.

use std::sync::LazyLock;

use jiff::tz::{TimeZone, TimeZoneDatabase};
use jiff::{Timestamp, ZonedDateTime};

pub const PACIFIC: &str = "America/Los_Angeles";

/// Pacific time, from the database bundled into the binary: the system's would be looked up by
/// walking its zoneinfo directory first, which cost more than the rest of explaining a per-day
/// error, and would make the answer depend on the machine.
pub fn pacific() -> TimeZone {
    static ZONE: LazyLock<TimeZone> = LazyLock::new(|| {
        TimeZoneDatabase::bundled()
            .get(PACIFIC)
            .expect("the bundled time zone database has America/Los_Angeles")
    });
    ZONE.clone()
}

/// The first midnight in Pacific time strictly after `now`.
pub fn next_pacific_midnight(now: Timestamp) -> Timestamp {
    let here = now.to_zoned_datetime(pacific());
    next_midnight(&here).unwrap_or(now)
}

fn next_midnight(here: &ZonedDateTime) -> Option<Timestamp> {
    Some(here.tomorrow().ok()?.start_of_day().ok()?.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp")
    }

    #[test]
    fn winter_and_summer() {
        // 2025-12-10 04:17 UTC is 2025-12-09 20:17 PST; midnight PST is 08:00 UTC.
        assert_eq!(
            next_pacific_midnight(ts("2025-12-10T04:17:00Z")),
            ts("2025-12-10T08:00:00Z")
        );
        // In July, PDT: midnight is 07:00 UTC.
        assert_eq!(
            next_pacific_midnight(ts("2025-07-01T12:00:00Z")),
            ts("2025-07-02T07:00:00Z")
        );
    }

    #[test]
    fn dst_change_days() {
        // 2026-03-08 is the spring-forward day; 2026-03-07 20:00 PST → midnight PST 08:00 UTC.
        assert_eq!(
            next_pacific_midnight(ts("2026-03-08T04:00:00Z")),
            ts("2026-03-08T08:00:00Z")
        );
        // After the change, midnight is PDT (07:00 UTC).
        assert_eq!(
            next_pacific_midnight(ts("2026-03-08T12:00:00Z")),
            ts("2026-03-09T07:00:00Z")
        );
        // Exactly at midnight: the next one, a day later.
        assert_eq!(
            next_pacific_midnight(ts("2025-12-10T08:00:00Z")),
            ts("2025-12-11T08:00:00Z")
        );
    }
}
