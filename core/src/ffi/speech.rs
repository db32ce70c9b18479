//! Listening: the headphones hint before he first listens. What is read aloud is each screen
//! model's `spoken` text and a guided exercise's `cues` (`crate::speech`).

use super::Groundwork;
use crate::base::error::ApiError;
use crate::speech;

#[uniffi::export]
impl Groundwork {
    /// The hint to show the first time he taps play ("Headphones keep what you listen to..."),
    /// until he has listened once (`listened`); then `None`. Lesson steps carry it too
    /// (`LessonStepScreen::headphones_hint`).
    pub fn headphones_hint(&self) -> Result<Option<String>, ApiError> {
        let language = self.language();
        Ok(self
            .store
            .read(|conn| speech::headphones_hint(conn, language))?)
    }

    /// He started listening to something read aloud: the headphones hint is not shown again on
    /// this phone.
    pub fn listened(&self) -> Result<(), ApiError> {
        Ok(self.store.write(speech::listened)?)
    }
}
