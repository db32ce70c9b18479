//! Insights: trends, quadrants, words, anger by time and patterns.

use super::Groundwork;
use crate::base::days::lived_day;
use crate::base::error::ApiError;
use crate::insights::{self, InsightRange, InsightsScreen};

#[uniffi::export]
impl Groundwork {
    /// The insights screen for a range ending today: trends, quadrants, words, anger by time,
    /// patterns where there is enough data, and the week in plain words.
    pub fn insights(&self, range: InsightRange) -> Result<InsightsScreen, ApiError> {
        let today = lived_day(self.clock.now());
        let pack = self.pack();
        let language = crate::base::text::Language::of_pack(&pack.manifest.locale);
        Ok(self.store.read(|conn| {
            let help = crate::safety::help::saved(conn, &pack, None)?;
            insights::build(conn, range, today, help, language)
        })?)
    }
}
