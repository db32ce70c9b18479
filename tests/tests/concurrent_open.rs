//! Opening databases on several threads at once, as the first thing a process does (an app
//! whose widget and main screen start together, or parallel tests), must always succeed.
//!
//! The race only exists for a process's very first open, so the test runs itself again as fresh
//! child processes, each opening several new databases from threads released together. The race
//! is narrow: before the fix, about one child in two hundred hit it, so this is a net that catches
//! a regression over a few CI runs rather than on every one.

use std::process::Command;
use std::sync::{Arc, Barrier};

use groundwork_core::{Groundwork, SystemClock};
use groundwork_tests::test_key;

const CHILD: &str = "GROUNDWORK_CONCURRENT_OPEN_CHILD";
const THREADS: usize = 8;
const PROCESSES: usize = 150;

#[test]
fn the_first_databases_a_process_opens_on_parallel_threads_all_open() {
    let exe = std::env::current_exe().expect("test binary");
    let mut failures = Vec::new();
    for round in 0..PROCESSES {
        let output = Command::new(&exe)
            .args([
                "--exact",
                "child_opens_fresh_databases_from_parallel_threads",
            ])
            .args(["--nocapture", "--test-threads", "1"])
            .env(CHILD, "1")
            .output()
            .expect("run child");
        if !output.status.success() {
            failures.push(format!(
                "round {round}: {}",
                String::from_utf8_lossy(&output.stdout)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn child_opens_fresh_databases_from_parallel_threads() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let base = tempfile::tempdir().expect("dir");
    let barrier = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|i| {
            let barrier = barrier.clone();
            let dir = base.path().join(format!("app{i}"));
            std::thread::spawn(move || {
                barrier.wait();
                Groundwork::open_with(&dir, &test_key(), Arc::new(SystemClock)).map(|_| ())
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("thread").expect("every open succeeds");
    }
}
