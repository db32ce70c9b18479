//! A counsellor's recommendation codes and every `groundwork://` link, read with no database.

use super::built_in_pack;
use crate::base::error::{ApiError, Error};
use crate::links::{self, AppLink};
use crate::recommend::{self, ReceivedRecommendation, Recommendation};

/// Makes a counsellor's recommendation for 1 to 10 modules of the built-in pack, from NAME (1 to
/// 40 characters) with an optional note (up to 140): a short code to read aloud or write on a
/// card (the modules and NAME's initials with a check character: 8 characters for one module,
/// 12 for three) and a `groundwork://recommend` link that also carries NAME and the note. Needs
/// no database.
///
/// Errors: `InvalidInput` for an unknown module or a broken rule.
#[uniffi::export]
pub fn create_recommendation_code(
    module_ids: Vec<String>,
    from: String,
    note: Option<String>,
) -> Result<Recommendation, ApiError> {
    let made = recommend::create_code(built_in_pack()?, &module_ids, &from, note.as_deref());
    Ok(made.map_err(Error::from)?)
}

/// Reads a recommendation code (any case, hyphens and spaces ignored; a typed code shows the
/// counsellor's initials and no note) or link (the name in full and the note). Codes of the
/// first, long form are read too. Nothing is saved.
///
/// Errors: `InvalidInput { field: "code" }` for a typo, a code for other content, modules this
/// version lacks, a code from a newer version, or text that is not a code.
#[uniffi::export]
pub fn read_recommendation_code(text: String) -> Result<ReceivedRecommendation, ApiError> {
    Ok(recommend::read_code(built_in_pack()?, &text).map_err(Error::from)?)
}

/// Reads any `groundwork://` link: a reminder's (`check-in`, `practice`, `new-dad`), a
/// counsellor's recommendation (`recommend?code=…`, read as `read_recommendation_code` reads it)
/// or help now (`help`, with an optional `?situation=self-harm`). Needs no database, so help now
/// opens before unlocking. Nothing is saved.
///
/// Errors: `InvalidInput { field: "link" }` for anything else; a recommendation's errors as
/// `read_recommendation_code` gives them.
#[uniffi::export]
pub fn read_link(url: String) -> Result<AppLink, ApiError> {
    Ok(links::read(built_in_pack()?, &url)?)
}
