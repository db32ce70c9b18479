//! Screen models: everything a shell renders, decided here. Shells draw these records and send
//! back what the person did; they never compute copy or what comes next. Every screen model
//! carries `help` (`help::HelpButton`), so help now is one tap away on every screen.

pub mod forms;
pub mod help;
pub mod home;
