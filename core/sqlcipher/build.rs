//! Compiles SQLCipher and the part of libtomcrypt it needs into `OUT_DIR/libsqlcipher.a`.
//!
//! The sources come from the `sqlcipher-src` crate (SQLCipher 4.19.0 on SQLite 3.53.4, and
//! libtomcrypt 1.18.2), as released. Two sets of switches decide what is compiled:
//!
//! - `SQLITE_FLAGS`: the SQLite options `libsqlite3-sys` would use for its bundled SQLCipher,
//!   less the features the core never uses, then `LIBSQLITE3_FLAGS` from `.cargo/config.toml`
//!   (the variable `libsqlite3-sys` reads for the Apple build, so one list serves both).
//! - `LIBTOMCRYPT`: libtomcrypt with everything off (`LTC_NOTHING`) and then only what
//!   SQLCipher's libtomcrypt provider calls. SQLCipher includes `<tomcrypt.h>` too, and the
//!   layout of libtomcrypt's state structures depends on these switches, so both sides get the
//!   same list.
//!
//! Everything goes into one archive, so the linker finds SQLCipher's calls into libtomcrypt
//! whatever order it reads the libraries in. Only the search path is printed: the request for
//! `sqlcipher` is `libsqlite3-sys`'s (see `src/lib.rs`).

use std::env;
use std::path::PathBuf;

/// SQLite's options: those `libsqlite3-sys` sets for its bundled SQLCipher, less the features the
/// core never uses (FTS3, R-tree, dbstat, STAT4, soundex, JSON, loadable extensions, column
/// metadata). `LIBSQLITE3_FLAGS` then adds the `SQLITE_OMIT_*` switches.
const SQLITE_FLAGS: &[&str] = &[
    "SQLITE_CORE",
    "SQLITE_DEFAULT_FOREIGN_KEYS=1",
    "SQLITE_ENABLE_API_ARMOR",
    "SQLITE_ENABLE_FTS5",
    "SQLITE_THREADSAFE=1",
    "SQLITE_USE_URI",
    "HAVE_USLEEP=1",
    "HAVE_ISNAN",
    "HAVE_LOCALTIME_R",
    "HAVE_STDINT_H=1",
    "_POSIX_THREAD_SAFE_FUNCTIONS",
    // SQLCipher: the codec, temporary tables in memory, its start-up and shut-down hooks.
    "SQLITE_HAS_CODEC",
    "SQLITE_EXTRA_INIT=sqlcipher_extra_init",
    "SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown",
    "SQLCIPHER_CRYPTO_LIBTOMCRYPT",
];

/// libtomcrypt: nothing, then what SQLCipher's provider calls (`sqlcipher_ltc_*` in the
/// amalgamation): AES in CBC mode for the pages, SHA-1/256/512 and HMAC for the page check and
/// the key derivation, PBKDF2, and the Fortuna generator seeded by `rng_get_bytes` from
/// `/dev/urandom`. Self-tests (test vectors referenced from each descriptor) are left out.
///
/// Never add `LTC_NO_FILE`: besides file hashing it turns off `rng_get_bytes`'s read of
/// `/dev/urandom`, and the generator would be seeded from the clock-jitter fallback instead.
/// `tests/random.rs` fails if that happens.
const LIBTOMCRYPT: &[&str] = &[
    "LTC_NOTHING",
    "LTC_NO_TEST",
    "LTC_RIJNDAEL",
    "LTC_CBC_MODE",
    "LTC_SHA1",
    "LTC_SHA256",
    "LTC_SHA512",
    "LTC_HASH_HELPERS",
    "LTC_HMAC",
    "LTC_PKCS_5",
    "LTC_FORTUNA",
    "LTC_DEVRANDOM",
    "LTC_TRY_URANDOM_FIRST",
    "LTC_RNG_GET_BYTES",
];

fn main() {
    let source = sqlcipher_src::source_dir();
    let include = source.join(sqlcipher_src::LIBTOMCRYPT_INCLUDE_DIR);
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let android = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "android");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=LIBSQLITE3_FLAGS");

    // libtomcrypt at -O2 whatever the profile: it is a few dozen kilobytes, and every page read
    // from or written to disk goes through its AES and HMAC.
    let mut libtomcrypt = cc::Build::new();
    libtomcrypt
        .include(&include)
        .define("LTC_SOURCE", None)
        .opt_level(2)
        .warnings(false);
    define_all(&mut libtomcrypt, LIBTOMCRYPT);
    for file in sqlcipher_src::LIBTOMCRYPT_SOURCES {
        libtomcrypt.file(source.join(file));
    }
    let objects = libtomcrypt.compile_intermediates();

    let mut sqlcipher = cc::Build::new();
    sqlcipher
        .file(source.join(sqlcipher_src::SOURCE_FILE))
        .include(source)
        .include(&include)
        .warnings(false)
        .cargo_metadata(false)
        .objects(objects);
    define_all(&mut sqlcipher, SQLITE_FLAGS);
    define_all(&mut sqlcipher, LIBTOMCRYPT);
    // Android has no temporary folder SQLite can find: temporary files stay in memory (as the
    // platform's own SQLite builds do).
    sqlcipher.define("SQLITE_TEMP_STORE", if android { "3" } else { "2" });
    if let Ok(extras) = env::var("LIBSQLITE3_FLAGS") {
        for extra in extras.split_whitespace() {
            if extra.starts_with("-D") || extra.starts_with("-U") {
                sqlcipher.flag(extra);
            } else if extra.starts_with("SQLITE_") {
                sqlcipher.flag(format!("-D{extra}"));
            } else {
                panic!("LIBSQLITE3_FLAGS: `{extra}` is neither -DNAME, -UNAME nor SQLITE_NAME");
            }
        }
    }
    sqlcipher.compile("sqlcipher");
    println!("cargo::rustc-link-search=native={}", out_dir.display());
}

/// `NAME` or `NAME=VALUE`, as `-D` switches.
fn define_all(build: &mut cc::Build, switches: &[&str]) {
    for switch in switches {
        match switch.split_once('=') {
            Some((name, value)) => build.define(name, value),
            None => build.define(switch, None),
        };
    }
}
