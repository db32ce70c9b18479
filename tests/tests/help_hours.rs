//! Whether each help line is open now, in the person's own time: computed on the device from
//! the pack's `open` and `time_zone` and the clock it passes in, with no database and no key.

use chrono::Duration;
use groundwork_core::base::text::Language;
use groundwork_core::content::{default_pack, import_bundle};
use groundwork_core::safety::{HelpLineCard, help_now_with_pack};
use groundwork_core::{ApiError, HelpNowScreen, Situation};
use groundwork_pack::Pack;
use groundwork_tests::{at, device_time, edited_core_en_bundle, open_at, region};

const REGIONS: [&str; 5] = ["AU", "CA", "US", "GB", "NZ"];

/// Help now from the built-in content, for `region`, at `now` (RFC 3339 with his UTC offset), as
/// a device asks for it before unlock.
fn help_at(region: &str, now: &str) -> HelpNowScreen {
    groundwork_tests::help_now_in_region(region, now)
}

/// Every line of a screen, the emergency number first.
fn all_lines(screen: &HelpNowScreen) -> Vec<&HelpLineCard> {
    screen.emergency.iter().chain(&screen.lines).collect()
}

/// The card of the line `id` in `region` at `now`.
fn line_at(region: &str, id: &str, now: &str) -> HelpLineCard {
    let screen = help_at(region, now);
    all_lines(&screen)
        .into_iter()
        .find(|l| l.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("{region} has no line {id}"))
}

/// What the line `id` of `region` says at `now`.
fn hours(region: &str, id: &str, now: &str) -> String {
    line_at(region, id, now).hours
}

/// What the line `id` of `region` says at `now` when help comes from `pack`.
fn hours_with(pack: &Pack, region: &str, id: &str, now: &str) -> String {
    let screen = help_now_with_pack(pack, Some(region), None, None, at(now), Language::ENGLISH)
        .expect("help now");
    all_lines(&screen)
        .into_iter()
        .find(|l| l.id == id)
        .map(|l| l.hours.clone())
        .unwrap_or_else(|| panic!("{region} has no line {id}"))
}

#[test]
fn a_line_open_around_the_clock_never_sends_people_to_the_website() {
    let pack = default_pack().expect("pack");
    let mut always = 0;
    for region in REGIONS {
        let ids: Vec<&str> = pack
            .region(region)
            .expect("region")
            .lines
            .iter()
            .filter(|l| l.open == ["always"])
            .map(|l| l.id.as_str())
            .collect();
        // Every hour of a week that has a daylight saving change in it (for AU and NZ, then for
        // the rest), seen from the region and from the other side of the world.
        for start in ["2026-10-03T00:00:00+10:00", "2026-03-28T00:00:00-05:00"] {
            for hour in (0..7 * 24).step_by(5) {
                let now = (at(start) + Duration::hours(hour)).to_rfc3339();
                for line in all_lines(&help_at(region, &now))
                    .into_iter()
                    .filter(|l| ids.contains(&l.id.as_str()))
                {
                    always += 1;
                    assert_eq!(line.hours, "Open 24 hours", "{} at {now}", line.id);
                    assert_eq!(line.open_now, Some(true), "{} at {now}", line.id);
                }
            }
        }
    }
    assert!(always > 0);
}

#[test]
fn lifeline_samaritans_988_and_1800respect_say_open_24_hours() {
    let now = "2026-12-05T21:00:00+11:00";
    for (region, id) in [
        ("AU", "au-lifeline"),
        ("GB", "gb-samaritans"),
        ("US", "us-988"),
        ("CA", "ca-988"),
        ("AU", "au-1800respect"),
    ] {
        let line = line_at(region, id, now);
        assert_eq!(
            (line.hours.as_str(), line.open_now),
            ("Open 24 hours", Some(true)),
            "{id}"
        );
    }
}

#[test]
fn a_line_with_day_hours_is_open_from_its_opening_time_until_its_closing_time() {
    // PANDA: Monday to Friday 9 am to 7:30 pm, Saturday 9 am to 4 pm, Sydney time. Monday
    // 7 December 2026 in Sydney (summer time, UTC+11).
    let panda = |now: &str| {
        let line = line_at("AU", "au-panda", now);
        (line.hours, line.open_now)
    };
    let closed = |text: &str| (text.to_owned(), Some(false));
    let open = |text: &str| (text.to_owned(), Some(true));
    assert_eq!(
        panda("2026-12-07T08:59:00+11:00"),
        closed("Closed now, opens 9 am")
    );
    assert_eq!(
        panda("2026-12-07T09:00:00+11:00"),
        open("Open now until 7:30 pm")
    );
    assert_eq!(
        panda("2026-12-07T19:29:00+11:00"),
        open("Open now until 7:30 pm")
    );
    assert_eq!(
        panda("2026-12-07T19:30:00+11:00"),
        closed("Closed now, opens tomorrow 9 am")
    );
    assert_eq!(
        panda("2026-12-07T00:30:00+11:00"),
        closed("Closed now, opens 9 am"),
        "just after midnight, the opening is later today"
    );
    // Saturday closes at 4 pm.
    assert_eq!(
        panda("2026-12-12T15:59:00+11:00"),
        open("Open now until 4 pm")
    );
    assert_eq!(
        panda("2026-12-12T16:00:00+11:00"),
        closed("Closed now, opens Monday 9 am")
    );
}

#[test]
fn across_midnight_calm_is_open_from_five_pm_until_midnight() {
    // CALM: every day 5 pm to midnight, London time. Seen from London in winter (UTC+0).
    let calm = |now: &str| {
        let line = line_at("GB", "gb-calm", now);
        (line.hours, line.open_now)
    };
    assert_eq!(
        calm("2026-12-07T16:59:00+00:00"),
        ("Closed now, opens 5 pm".to_owned(), Some(false))
    );
    assert_eq!(
        calm("2026-12-07T17:00:00+00:00"),
        ("Open now until midnight".to_owned(), Some(true))
    );
    assert_eq!(
        calm("2026-12-07T23:59:00+00:00"),
        ("Open now until midnight".to_owned(), Some(true))
    );
    assert_eq!(
        calm("2026-12-08T00:00:00+00:00"),
        ("Closed now, opens 5 pm".to_owned(), Some(false))
    );
    // In summer time (UTC+1) the same, on London's clocks.
    assert_eq!(
        calm("2026-07-07T23:30:00+01:00"),
        ("Open now until midnight".to_owned(), Some(true))
    );
    assert_eq!(
        calm("2026-07-08T00:01:00+01:00"),
        ("Closed now, opens 5 pm".to_owned(), Some(false))
    );
    // Seen from Sydney, midnight in London is the next morning there.
    assert_eq!(
        calm("2026-12-08T05:00:00+11:00"),
        ("Open now until 11 am".to_owned(), Some(true))
    );
}

#[test]
fn a_line_stating_sydney_time_is_told_in_perth_and_auckland_time() {
    // PANDA opens at 9 am and closes at 7:30 pm Sydney time. In December Sydney is UTC+11, Perth
    // UTC+8 and Auckland UTC+13.
    assert_eq!(
        hours("AU", "au-panda", "2026-12-07T05:59:00+08:00"),
        "Closed now, opens 6 am"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-12-07T06:00:00+08:00"),
        "Open now until 4:30 pm"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-12-07T10:59:00+13:00"),
        "Closed now, opens 11 am"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-12-07T11:00:00+13:00"),
        "Open now until 9:30 pm"
    );
    // In June Sydney is UTC+10 (Perth has no daylight saving; Auckland is UTC+12): 9 am there
    // is 7 am in Perth and 11 am in Auckland.
    assert_eq!(
        hours("AU", "au-panda", "2026-06-08T06:30:00+08:00"),
        "Closed now, opens 7 am"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-06-08T10:30:00+12:00"),
        "Closed now, opens 11 am"
    );
}

/// The built-in pack with Postpartum Support International's hours set to 8 am to 8 pm Eastern
/// time, weekdays (the shipped line's hours are not known).
fn pack_with_eastern_hours() -> Pack {
    let bundle = edited_core_en_bundle(|dir| {
        let helplines = std::fs::read_to_string(dir.join("helplines.toml")).expect("read");
        let line = helplines
            .find("id = \"us-postpartum-support-international\"")
            .expect("the PSI line");
        let open = line + helplines[line..].find("open = []").expect("its open");
        let edited = format!(
            "{}open = [\"mon-fri 08:00-20:00\"]{}",
            &helplines[..open],
            &helplines[open + "open = []".len()..]
        );
        std::fs::write(dir.join("helplines.toml"), edited).expect("write");
    });
    import_bundle(&bundle).expect("a valid pack")
}

#[test]
fn a_line_stating_eastern_time_is_told_in_vancouver_time() {
    let pack = pack_with_eastern_hours();
    let psi = "us-postpartum-support-international";
    // Vancouver is three hours behind New York, summer and winter.
    assert_eq!(
        hours_with(&pack, "US", psi, "2026-12-07T04:59:00-08:00"),
        "Closed now, opens 5 am"
    );
    assert_eq!(
        hours_with(&pack, "US", psi, "2026-12-07T05:00:00-08:00"),
        "Open now until 5 pm"
    );
    assert_eq!(
        hours_with(&pack, "US", psi, "2026-12-11T17:00:00-08:00"),
        "Closed now, opens Monday 5 am"
    );
    assert_eq!(
        hours_with(&pack, "US", psi, "2026-07-07T16:59:00-07:00"),
        "Open now until 5 pm"
    );
}

#[test]
fn across_a_daylight_saving_change_the_opening_time_follows_the_lines_clocks() {
    // Sydney moves its clocks forward at 2 am on Sunday 4 October 2026. Seen from Perth (no
    // daylight saving), PANDA's Monday 9 am is 7 am the week before and 6 am after.
    assert_eq!(
        hours("AU", "au-panda", "2026-09-26T17:00:00+08:00"),
        "Closed now, opens Monday 7 am"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-10-03T17:00:00+08:00"),
        "Closed now, opens Monday 6 am"
    );
    // London moves its clocks forward at 1 am on Sunday 29 March 2026: CALM still closes at
    // midnight on Saturday and opens at 5 pm on Sunday, London time.
    assert_eq!(
        hours("GB", "gb-calm", "2026-03-28T23:30:00+00:00"),
        "Open now until midnight"
    );
    assert_eq!(
        hours("GB", "gb-calm", "2026-03-29T10:00:00+01:00"),
        "Closed now, opens 5 pm"
    );
    // Seen from Sydney (UTC+11 until April), Saturday's midnight in London is 11 am Sunday, and
    // Sunday's 5 pm (summer time by then) is 3 am Monday.
    assert_eq!(
        hours("GB", "gb-calm", "2026-03-29T10:30:00+11:00"),
        "Open now until 11 am"
    );
    assert_eq!(
        hours("GB", "gb-calm", "2026-03-29T11:00:00+11:00"),
        "Closed now, opens tomorrow 3 am"
    );
}

#[test]
fn on_the_weekend_panda_says_when_it_opens_next() {
    // PANDA is closed on Sunday.
    assert_eq!(
        hours("AU", "au-panda", "2026-12-06T12:00:00+11:00"),
        "Closed now, opens tomorrow 9 am"
    );
    assert_eq!(
        hours("AU", "au-panda", "2026-12-05T21:00:00+11:00"),
        "Closed now, opens Monday 9 am"
    );
    // From Perth, Sunday evening: Monday 9 am in Sydney is 6 am tomorrow.
    assert_eq!(
        hours("AU", "au-panda", "2026-12-06T20:00:00+08:00"),
        "Closed now, opens tomorrow 6 am"
    );
}

#[test]
fn lines_whose_hours_are_not_known_send_people_to_their_website() {
    let pack = default_pack().expect("pack");
    let mut unknown = 0;
    for region in REGIONS {
        let screen = help_at(region, "2026-12-05T21:00:00+11:00");
        for line in all_lines(&screen) {
            let open = &pack
                .region(region)
                .and_then(|r| r.lines.iter().find(|l| l.id == line.id))
                .expect("line")
                .open;
            if open.is_empty() {
                unknown += 1;
                assert_eq!(line.hours, "See the website for hours", "{}", line.id);
                assert_eq!(line.open_now, None, "{}", line.id);
                assert!(
                    line.actions.iter().any(|a| a.uri.starts_with("https://")),
                    "{} has a website to see",
                    line.id
                );
            } else {
                assert_ne!(line.hours, "See the website for hours", "{}", line.id);
            }
        }
    }
    assert!(unknown > 0, "the pack has lines whose hours are not known");
}

#[test]
fn every_line_says_open_closed_or_see_the_website_at_every_hour_of_the_week() {
    for region in REGIONS {
        for hour in 0..7 * 24 {
            let now = (at("2026-12-07T00:30:00+11:00") + Duration::hours(hour)).to_rfc3339();
            for line in all_lines(&help_at(region, &now)) {
                let fits = match line.open_now {
                    Some(true) => {
                        line.hours == "Open 24 hours" || line.hours.starts_with("Open now until ")
                    }
                    Some(false) => line.hours.starts_with("Closed now, opens "),
                    None => line.hours == "See the website for hours",
                };
                assert!(
                    fits,
                    "{} at {now}: {:?} {}",
                    line.id, line.open_now, line.hours
                );
            }
        }
    }
}

#[test]
fn a_saturday_night_in_sydney_reads_like_this_for_australia_and_the_uk() {
    let now = "2026-12-05T21:00:00+11:00";
    let statuses = |region: &str| -> Vec<(String, String)> {
        all_lines(&help_at(region, now))
            .into_iter()
            .map(|l| (l.id.clone(), l.hours.clone()))
            .collect()
    };
    let mut au = statuses("AU");
    let mut gb = statuses("GB");
    for (id, hours) in au.iter().chain(&gb) {
        println!("{now}  {id:<40} {hours}");
    }
    au.sort();
    gb.sort();
    let expect = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        au,
        expect(&[
            ("au-emergency", "Open 24 hours"),
            ("au-lifeline", "Open 24 hours"),
            ("au-13yarn", "Open 24 hours"),
            ("au-suicide-call-back-service", "Open 24 hours"),
            ("au-beyond-blue", "Open 24 hours"),
            ("au-mensline", "Open 24 hours"),
            ("au-1800respect", "Open 24 hours"),
            ("au-mens-referral-service", "Open 24 hours"),
            ("au-panda", "Closed now, opens Monday 9 am"),
            ("au-red-nose-grief-and-loss", "Open 24 hours"),
            ("au-sands", "Open 24 hours"),
        ])
    );
    // 9 pm on Saturday in Sydney is 10 am on Saturday in London: Sands opens at 10 am London
    // time on Monday, 9 pm on Monday in Sydney.
    assert_eq!(
        gb,
        expect(&[
            ("gb-emergency", "Open 24 hours"),
            ("gb-samaritans", "Open 24 hours"),
            ("gb-shout", "Open 24 hours"),
            ("gb-calm", "Closed now, opens tomorrow 4 am"),
            ("gb-national-domestic-abuse-helpline", "Open 24 hours"),
            ("gb-mens-advice-line", "See the website for hours"),
            ("gb-pandas-text", "Open 24 hours"),
            ("gb-sands", "Closed now, opens Monday 9 pm"),
            ("gb-respect-phoneline", "See the website for hours"),
        ])
    );
}

#[test]
fn inside_the_app_the_hours_follow_the_devices_clock() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-12-07T08:00:00+11:00");
    g.set_region(region("AU")).expect("region");
    let panda = |g: &groundwork_core::Groundwork| {
        g.help_now(Some(Situation::NewDad), None)
            .expect("help")
            .lines
            .into_iter()
            .find(|l| l.id == "au-panda")
            .map(|l| l.hours)
    };
    assert_eq!(panda(&g).as_deref(), Some("Closed now, opens 9 am"));
    clock.set(at("2026-12-07T10:00:00+11:00"));
    assert_eq!(panda(&g).as_deref(), Some("Open now until 7:30 pm"));
}

#[test]
fn a_utc_offset_of_a_day_or_more_is_refused_plainly() {
    let (now, _) = device_time("2026-12-05T21:00:00+11:00");
    for offset in [24 * 60, -24 * 60, i32::MAX, i32::MIN] {
        assert!(
            matches!(
                groundwork_core::help_now(Some(region("AU")), None, None, now, offset),
                Err(ApiError::InvalidInput { ref field, .. }) if field == "utc_offset_minutes"
            ),
            "{offset}"
        );
    }
    let dir = tempfile::tempdir().expect("dir");
    assert!(matches!(
        groundwork_core::help_now_in(
            dir.path().to_string_lossy().into_owned(),
            None,
            None,
            None,
            now,
            24 * 60
        ),
        Err(ApiError::InvalidInput { .. })
    ));
}
