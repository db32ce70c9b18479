//! Every `groundwork://` link the app opens: a reminder's tap, a counsellor's recommendation, a
//! link to help now. The shell hands the whole link over unread and routes on what comes back.
//!
//! | link | opens |
//! |---|---|
//! | `groundwork://check-in` | the check-in |
//! | `groundwork://practice` | home, with this week's practice |
//! | `groundwork://new-dad` | the new-dad track on the phase map |
//! | `groundwork://recommend?code=…&from=…&note=…` | the counsellor's recommendation |
//! | `groundwork://help` or `groundwork://help?situation=self-harm` | help now, at a situation |

use groundwork_pack::Pack;

use crate::base::error::{Error, Reason, Result};
use crate::recommend::{self, ReceivedRecommendation};
use crate::safety::Situation;

/// The scheme every link starts with.
pub const SCHEME: &str = "groundwork";

/// Longer than any link the app makes (the longest, a recommendation from a 40-character name
/// with a 140-character note, all percent-encoded four-byte characters, is about 2,220);
/// longer text is refused before it is read.
const MAX_LINK_CHARS: usize = 4096;

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AppLink {
    /// The daily check-in (`groundwork://check-in`).
    CheckIn,
    /// Home, with this week's practice (`groundwork://practice`).
    Practice,
    /// The new-dad track's modules on the phase map (`groundwork://new-dad`).
    NewDad,
    /// A counsellor's recommendation, read and ready to show (`groundwork://recommend?code=…`).
    Recommendation {
        /// What the code says.
        recommendation: ReceivedRecommendation,
    },
    /// Help now (`groundwork://help`), at a situation when the link names one.
    HelpNow {
        /// The situation from `?situation=`, e.g. `self-harm`.
        situation: Option<Situation>,
    },
}

/// Reads `url` for `pack`.
///
/// Errors: `InvalidInput { field: "link" }` for anything that is not one of the links above
/// (the link itself is never quoted); a recommendation link's own errors as
/// [`recommend::read_code`] gives them (`InvalidInput { field: "code" }`).
pub(crate) fn read(pack: &Pack, url: &str) -> Result<AppLink> {
    let not_a_link = || Error::invalid("link", Reason::new("reminders-link-not-ours"));
    let url = url.trim();
    if url.chars().count() > MAX_LINK_CHARS {
        return Err(not_a_link());
    }
    let (scheme, rest) = url.split_once("://").ok_or_else(not_a_link)?;
    if !scheme.eq_ignore_ascii_case(SCHEME) {
        return Err(not_a_link());
    }
    let rest = rest.split('#').next().unwrap_or_default();
    let (target, query) = rest.split_once('?').unwrap_or((rest, ""));
    let target = target.trim_end_matches('/').to_ascii_lowercase();
    let value = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    };
    match target.as_str() {
        "check-in" => Ok(AppLink::CheckIn),
        "practice" => Ok(AppLink::Practice),
        "new-dad" => Ok(AppLink::NewDad),
        "recommend" => Ok(AppLink::Recommendation {
            recommendation: recommend::read_code(pack, url)?,
        }),
        "help" => {
            let situation = match value("situation") {
                None | Some("") => None,
                Some(name) => Some(situation_named(name).ok_or_else(not_a_link)?),
            };
            Ok(AppLink::HelpNow { situation })
        }
        _ => Err(not_a_link()),
    }
}

/// The situation a link names, in the words the pack uses (`self-harm`, `new-dad`).
fn situation_named(name: &str) -> Option<Situation> {
    [
        Situation::SelfHarm,
        Situation::HurtSomeone,
        Situation::BeingHurt,
        Situation::Talk,
        Situation::NewDad,
        Situation::BabyLoss,
    ]
    .into_iter()
    .find(|situation| link_name(*situation).eq_ignore_ascii_case(name))
}

/// How a situation is written in a link.
pub fn link_name(situation: Situation) -> &'static str {
    match situation {
        Situation::SelfHarm => "self-harm",
        Situation::HurtSomeone => "hurt-someone",
        Situation::BeingHurt => "being-hurt",
        Situation::Talk => "talk",
        Situation::NewDad => "new-dad",
        Situation::BabyLoss => "baby-loss",
    }
}
