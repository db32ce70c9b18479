//! "Find your people": the peer groups of his region (Men's Sheds, dads' groups, men's groups
//! run by local services), from the built-in pack alone, like help lines. Help now's "I need to
//! talk to someone" shows them after the lines, the friends module's completion shows them, and
//! home offers them once, quietly, after a few weeks of use (`home_card`).

use chrono::{DateTime, Utc};
use groundwork_pack::{Pack, PeerGroup, PeerGroupKind};
use rusqlite::{Connection, OptionalExtension, Transaction};

use super::{ContactAction, call_action, web_action};
use crate::base::error::Result;
use crate::base::text::Language;
use crate::store::{Setting, put_setting, setting};

/// How long after his first check-in or module home first offers the groups.
pub(crate) const HOME_CARD_AFTER_DAYS: i64 = 21;

/// The module topic that makes a module's completion show the groups.
pub(crate) const PEER_SUPPORT_TOPIC: &str = "peer-support";

/// What kind of group, for an icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeerGroupType {
    /// A Men's Shed.
    MensShed,
    /// A dads' group.
    Dads,
    /// A men's talking group, or one a local service runs.
    MensGroup,
}

impl From<PeerGroupKind> for PeerGroupType {
    fn from(kind: PeerGroupKind) -> Self {
        match kind {
            PeerGroupKind::MensShed => Self::MensShed,
            PeerGroupKind::Dads => Self::Dads,
            PeerGroupKind::MensGroup => Self::MensGroup,
        }
    }
}

/// One group, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PeerGroupCard {
    /// Stable id from the pack.
    pub id: String,
    /// Its name, e.g. "Men's Sheds".
    pub name: String,
    /// What kind of group.
    pub kind: PeerGroupType,
    /// What it is.
    pub what: String,
    /// Who it is for.
    pub for_whom: String,
    /// How to find the nearest one.
    pub find: String,
    /// The part of the region it serves, when not all of it (e.g. "Ontario").
    pub area: Option<String>,
    /// Call and web buttons, in that order.
    pub actions: Vec<ContactAction>,
    /// When the details were checked, or that they are not yet confirmed: "Details checked
    /// 6 Dec 2026", or "Not yet confirmed: check the website before you go".
    pub checked: String,
    /// Where the group came from: always "Built into Groundwork" (an installed pack cannot
    /// add or change groups).
    pub origin: String,
}

/// The groups of his region, with a heading and one line before them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PeerGroupsCard {
    /// "Find your people".
    pub title: String,
    /// One line before the groups.
    pub intro: String,
    /// The region they are in, e.g. "Australia".
    pub region_name: String,
    /// The groups: confirmed ones first, those for the whole region before those for one area,
    /// then the pack's order.
    pub groups: Vec<PeerGroupCard>,
}

/// The quiet card on home that offers the groups, once he has used the app for a few weeks.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PeerGroupsHomeCard {
    /// The heading.
    pub title: String,
    /// One sentence.
    pub message: String,
    /// The groups themselves.
    pub groups: PeerGroupsCard,
    /// The button that puts the card away for good.
    pub dismiss_label: String,
}

/// The groups of the region `code` (e.g. "AU"), or `None` when the pack has none there; the
/// words around them in the pack's language.
pub(crate) fn card(pack: &Pack, code: &str) -> Option<PeerGroupsCard> {
    card_in(pack, code, Language::of_pack(&pack.manifest.locale))
}

/// [`card`] with the words around the groups in `language`.
pub(crate) fn card_in(pack: &Pack, code: &str, language: Language) -> Option<PeerGroupsCard> {
    let region = pack.region(code)?;
    let mut groups: Vec<(usize, &PeerGroup)> = pack
        .peer_groups_in(&region.code)
        .into_iter()
        .enumerate()
        .collect();
    if groups.is_empty() {
        return None;
    }
    groups.sort_by_key(|(i, g)| (g.unconfirmed, g.area.is_some(), *i));
    Some(PeerGroupsCard {
        title: language.say("safety-people-title"),
        intro: language.say("safety-people-intro"),
        region_name: region.name.clone(),
        groups: groups
            .into_iter()
            .map(|(_, g)| group_card(g, language))
            .collect(),
    })
}

fn group_card(group: &PeerGroup, language: Language) -> PeerGroupCard {
    let actions = group
        .phone
        .as_deref()
        .map(|phone| call_action(phone, language))
        .into_iter()
        .chain(
            group
                .web
                .as_deref()
                .map(|web| web_action(web, &language.say("safety-people-find-nearest"))),
        )
        .collect();
    PeerGroupCard {
        id: group.id.clone(),
        name: group.name.clone(),
        kind: group.kind.into(),
        what: group.what.clone(),
        for_whom: group.for_whom.clone(),
        find: group.find.clone(),
        area: group.area.clone(),
        actions,
        checked: checked_label(group, language),
        origin: language.say("safety-origin-built-in"),
    }
}

/// When the group's details were checked ("Details checked 6 Dec 2026"), or that they are not
/// yet confirmed.
fn checked_label(group: &PeerGroup, language: Language) -> String {
    use chrono::Datelike;
    if group.unconfirmed {
        return language.say("safety-people-unconfirmed");
    }
    match chrono::NaiveDate::parse_from_str(&group.verified_on, "%Y-%m-%d") {
        Ok(day) => language.say_with(
            "safety-people-checked",
            &[
                ("day", day.day().into()),
                ("month", day.month().into()),
                ("year", day.year().into()),
            ],
        ),
        Err(_) => language.say("safety-people-checked-undated"),
    }
}

/// The groups where men meet in `region` (his saved region when `None`), in the pack's
/// language: `None` when no region is known or it has no groups.
///
/// Errors: `InvalidInput` for a region with no help lines.
pub(crate) fn card_for(
    conn: &Connection,
    pack: &Pack,
    region: Option<&str>,
) -> Result<Option<PeerGroupsCard>> {
    let code = match region {
        Some(code) => code.trim().to_owned(),
        None => match super::saved_region(conn)? {
            Some(code) => code.trim().to_owned(),
            None => return Ok(None),
        },
    };
    if pack.region(&code).is_none() {
        return Err(super::not_listed());
    }
    Ok(card(pack, &code))
}

/// The home card, in the pack's language: shown once his first check-in or module is at least
/// [`HOME_CARD_AFTER_DAYS`] old, his region is known and has groups, and he has not put it
/// away.
pub(crate) fn home_card(
    conn: &Connection,
    pack: &Pack,
    now: DateTime<Utc>,
) -> Result<Option<PeerGroupsHomeCard>> {
    if setting(conn, Setting::PeerGroupsCardDismissed)?.is_some() {
        return Ok(None);
    }
    let Some(region) = setting(conn, Setting::Region)? else {
        return Ok(None);
    };
    let Some(first) = first_use_ms(conn)? else {
        return Ok(None);
    };
    let days = (now.timestamp_millis() - first) / 86_400_000;
    if days < HOME_CARD_AFTER_DAYS {
        return Ok(None);
    }
    let language = Language::of_pack(&pack.manifest.locale);
    Ok(
        card_in(pack, &region, language).map(|groups| PeerGroupsHomeCard {
            title: language.say("safety-people-title"),
            message: language.say("safety-people-home-message"),
            groups,
            dismiss_label: language.say("safety-people-not-now"),
        }),
    )
}

/// When he first used the app: his first check-in or the first module he started, in epoch
/// milliseconds.
fn first_use_ms(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT MIN(t) FROM (
                 SELECT MIN(recorded_at) AS t FROM checkins
                 UNION ALL SELECT MIN(started_at) FROM module_progress
             )",
            [],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten())
}

/// Puts the home card away for good (the groups stay in help now and the friends module).
pub(crate) fn dismiss_home_card(tx: &Transaction<'_>) -> Result<()> {
    put_setting(tx, Setting::PeerGroupsCardDismissed, "1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_are_introduced_in_french_with_the_french_pack() {
        let pack = crate::content::default_pack().expect("the built-in pack");
        let french = Language::of_pack("fr-CA");
        let card = card_in(pack, "AU", french).expect("groups in Australia");
        assert_eq!(card.title, "Trouve ton monde");
        let english = card_in(pack, "AU", Language::ENGLISH).expect("groups");
        assert_eq!(english.title, "Find your people");
        assert_eq!(card.groups.len(), english.groups.len());
        let mut group = pack
            .peer_groups_in("AU")
            .into_iter()
            .next()
            .expect("a group")
            .clone();
        group.unconfirmed = false;
        group.verified_on = "2026-12-06".into();
        assert_eq!(
            checked_label(&group, french),
            "Détails vérifiés le 6 déc. 2026"
        );
        assert_eq!(
            checked_label(&group, Language::ENGLISH),
            "Details checked 6 Dec 2026"
        );
        group.verified_on = "2026-09-01".into();
        assert_eq!(
            checked_label(&group, french),
            "Détails vérifiés le 1er sept. 2026"
        );
        assert_eq!(
            checked_label(&group, Language::ENGLISH),
            "Details checked 1 Sep 2026"
        );
    }
}
