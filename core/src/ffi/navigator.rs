//! The navigation over the FFI: one `AppNavigator` per app. The shell sends each thing that
//! happened with `send` and draws the `AppView` it gets back, carrying out its effects in order.

use std::sync::{Arc, Mutex};

use crate::base::clock::SystemClock;

use super::navigation::{Action, AppView, Navigator, ShellPreferences, ShellText};

/// The whole app: its navigation, its lock, its database. Safe to share between threads; calls
/// run one at a time and may touch the disk (unlocking takes a second on purpose).
#[derive(Debug, uniffi::Object)]
pub struct AppNavigator {
    navigator: Mutex<Navigator>,
}

#[uniffi::export]
impl AppNavigator {
    /// The app over the data in `data_dir`, with the preferences the shell kept outside the
    /// database and the device's `locale` (e.g. "en_AU"). Nothing opens until `Action::Start`.
    #[uniffi::constructor]
    pub fn new(
        data_dir: String,
        preferences: ShellPreferences,
        locale: Option<String>,
    ) -> Arc<Self> {
        Arc::new(AppNavigator {
            navigator: Mutex::new(Navigator::new(
                data_dir,
                preferences,
                locale,
                Arc::new(SystemClock),
            )),
        })
    }

    /// Handles what happened and answers with what to draw and do. Never fails: what went wrong
    /// is said in the view (a notice, or a line on the lock screen).
    pub fn send(&self, action: Action) -> AppView {
        self.navigator().send(action)
    }

    /// What to draw now (no effects).
    pub fn view(&self) -> AppView {
        self.navigator().view()
    }

    /// The apps' own fixed lines (buttons, headings, screen-reader labels) in the navigation's
    /// language: the shell fetches them once, after creating the navigator.
    pub fn shell_text(&self) -> ShellText {
        ShellText::new(self.navigator().language())
    }
}

#[cfg(feature = "test-clock")]
#[uniffi::export]
impl AppNavigator {
    /// The app with a clock the binding tests move on. Test builds only.
    #[uniffi::constructor]
    pub fn with_test_clock(
        data_dir: String,
        preferences: ShellPreferences,
        locale: Option<String>,
        clock: Arc<crate::base::clock::TestClock>,
    ) -> Arc<Self> {
        Arc::new(AppNavigator {
            navigator: Mutex::new(Navigator::new(data_dir, preferences, locale, clock)),
        })
    }
}

impl AppNavigator {
    /// The app over `navigator`: for tests with their own clock.
    pub fn with(navigator: Navigator) -> Arc<Self> {
        Arc::new(AppNavigator {
            navigator: Mutex::new(navigator),
        })
    }

    fn navigator(&self) -> std::sync::MutexGuard<'_, Navigator> {
        // A poisoned lock still holds a whole navigator: every change to it is made in place.
        self.navigator.lock().unwrap_or_else(|e| e.into_inner())
    }
}
