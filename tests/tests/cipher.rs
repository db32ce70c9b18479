//! The database's encryption: a database written by an earlier build, with the crypto library
//! SQLCipher used then, still opens and reads.

use std::path::Path;
use std::sync::Arc;

use groundwork_core::{ApiError, DatabaseKey, Groundwork, JournalFilter, SystemClock};
use groundwork_tests::{copy_tree, day, raw_connection, test_key};

/// A data folder written with the test key by the build whose SQLCipher used OpenSSL's crypto
/// provider (SQLCipher 4's defaults, the core's raw key): one journal entry and one check-in.
const OPENSSL_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/openssl-provider");

/// A SQLCipher setting as the database reports it.
fn pragma(conn: &rusqlite::Connection, name: &str) -> String {
    conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, String>(0))
        .expect(name)
}

/// A copy of the fixture, so opening it (which may bring its schema up to date) leaves the
/// committed file as it is.
fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    copy_tree(Path::new(OPENSSL_FIXTURE), dir.path());
    dir
}

#[test]
fn a_database_written_with_the_openssl_provider_opens_and_reads_its_entry_and_check_in() {
    let dir = fixture_copy();
    let g = Groundwork::open_with(dir.path(), &test_key(), Arc::new(SystemClock)).expect("open");

    let page = g
        .journal_page(JournalFilter::default(), None, 10)
        .expect("journal");
    assert_eq!(page.items.len(), 1);
    assert_eq!(
        page.items[0].preview,
        "Walked the dog along the harbour before work."
    );
    assert_eq!(page.items[0].local_day, day("2026-05-01"));

    let check_ins = g.recent_check_ins(10).expect("check-ins");
    assert_eq!(check_ins.len(), 1);
    assert_eq!(check_ins[0].note.as_deref(), Some("steady morning"));
    assert_eq!(check_ins[0].emotions, vec!["calm".to_string()]);
}

#[test]
fn the_openssl_provider_fixture_is_refused_with_another_key() {
    let dir = fixture_copy();
    let wrong = DatabaseKey::from_bytes(&[9u8; 32]).expect("key");
    let err = Groundwork::open_with(dir.path(), &wrong, Arc::new(SystemClock)).expect_err("wrong");
    assert_eq!(err, ApiError::WrongKey);
}

#[test]
fn the_openssl_provider_fixture_uses_sqlcipher_4_settings_and_passes_its_integrity_check() {
    let dir = fixture_copy();
    let conn = raw_connection(&groundwork_core::database_path(dir.path()));
    assert_eq!(pragma(&conn, "cipher_page_size"), "4096");
    assert_eq!(pragma(&conn, "cipher_hmac_algorithm"), "HMAC_SHA512");
    assert_eq!(pragma(&conn, "cipher_kdf_algorithm"), "PBKDF2_HMAC_SHA512");
    assert_eq!(pragma(&conn, "kdf_iter"), "256000");
    let mut integrity = conn
        .prepare("PRAGMA cipher_integrity_check")
        .expect("prepare");
    let problems: Vec<String> = integrity
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(problems.is_empty(), "{problems:?}");
}

/// Off Apple, SQLCipher is built with libtomcrypt (`core/sqlcipher`), not OpenSSL: what it
/// reports is what encrypts a new database's pages, with SQLCipher 4's settings unchanged.
#[cfg(not(target_vendor = "apple"))]
#[test]
fn a_new_database_is_encrypted_by_libtomcrypt_with_sqlcipher_4_settings() {
    let dir = tempfile::tempdir().expect("dir");
    let g = Groundwork::open_with(dir.path(), &test_key(), Arc::new(SystemClock)).expect("open");
    drop(g);
    let conn = raw_connection(&groundwork_core::database_path(dir.path()));
    assert_eq!(pragma(&conn, "cipher_provider"), "libtomcrypt");
    assert_eq!(pragma(&conn, "cipher_page_size"), "4096");
    assert_eq!(pragma(&conn, "cipher_hmac_algorithm"), "HMAC_SHA512");
    assert_eq!(pragma(&conn, "cipher_kdf_algorithm"), "PBKDF2_HMAC_SHA512");
}
