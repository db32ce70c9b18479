//! Screen models: everything a shell renders, decided here. Shells draw these records and send
//! back what the person did; they never compute copy or what comes next.

pub mod forms;
pub mod home;
