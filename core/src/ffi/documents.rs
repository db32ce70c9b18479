//! Living documents: the plans he keeps editing.

use std::collections::HashMap;

use groundwork_pack::Pack;

use super::Groundwork;
use crate::base::error::ApiError;
use crate::documents::{self, LivingDocument};

#[uniffi::export]
impl Groundwork {
    /// Every living document the pack defines (values list, warning signs, pause plan, dad plan,
    /// team plan, safety plan), with what he wrote.
    pub fn living_documents(&self) -> Result<Vec<LivingDocument>, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self.store.read(|conn| documents::all(conn, pack))?)
    }

    /// One living document. `NotFound` if the pack defines no such document.
    pub fn living_document(&self, id: String) -> Result<LivingDocument, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self.store.read(|conn| documents::get(conn, pack, &id))?)
    }

    /// Saves fields of a living document (others keep their values; an empty value clears one).
    /// `NotFound` for an unknown document; `InvalidInput` for an unknown field or an answer over
    /// 2,000 characters. Nothing is saved on error.
    pub fn save_living_document(
        &self,
        id: String,
        values: HashMap<String, String>,
    ) -> Result<LivingDocument, ApiError> {
        let pack: &Pack = &self.pack();
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| documents::save(tx, pack, &id, values, now))?)
    }
}
