//! The workspace's copy of uniffi's binding generator, pinned to the same uniffi version as the
//! core so generated code always matches the library's scaffolding.

fn main() {
    uniffi::uniffi_bindgen_main()
}
