//! SQLCipher for the core's database, with libtomcrypt as its crypto provider.
//!
//! This crate has no Rust code. Its build script compiles the SQLCipher amalgamation and the
//! part of libtomcrypt SQLCipher calls (AES-256 in CBC mode, SHA-1, SHA-256 and SHA-512, HMAC,
//! PBKDF2, the Fortuna generator seeded from the system's random source) into one static
//! library named `sqlcipher`, and puts its folder on the linker's search path.
//! `libsqlite3-sys`, built with its `sqlcipher` feature (linked, not bundled), asks the linker
//! for `sqlcipher` and finds it there; rusqlite's bindings are `libsqlite3-sys`'s own, for the
//! same SQLite release.
//!
//! Why not OpenSSL: SQLCipher uses five of its functions, but OpenSSL 3 reaches them through a
//! provider whose tables name every algorithm it has, so the linker keeps them all: about
//! 2.5 MB of the phone library, against about 60 KB of libtomcrypt. See the README's
//! "Measured" section for the figures and DEVELOPERS.md for what it costs in speed.
//!
//! Apple builds do not use this crate: the core's `apple` feature builds SQLCipher with
//! CommonCrypto through `libsqlite3-sys`'s bundled build.
