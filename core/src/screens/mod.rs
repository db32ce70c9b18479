//! Screen models: everything a shell renders, decided here. Shells draw these records and send
//! back what the person did; they never compute copy or what comes next. Every screen model
//! carries `help` (`safety::help::HelpButton`), so help now is one tap away on every screen.

pub mod content;
pub mod forms;
pub mod home;
pub mod outcomes;
pub(crate) mod schedule;
