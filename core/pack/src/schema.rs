//! JSON Schemas for `pack.toml`, `safety.toml`, `peer-groups.toml` and module front matter, generated from the Rust
//! types, for editor support (e.g. Taplo / "Even Better TOML":
//! `#:schema ../../schema/pack.schema.json`).

use crate::model::{Manifest, ModuleMeta, PeerGroups, Safety};

/// The schema files: (file name, JSON text ending in a newline).
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("pack.schema.json", render(schemars::schema_for!(Manifest))),
        (
            "module.schema.json",
            render(schemars::schema_for!(ModuleMeta)),
        ),
        ("safety.schema.json", render(schemars::schema_for!(Safety))),
        (
            "peer-groups.schema.json",
            render(schemars::schema_for!(PeerGroups)),
        ),
    ]
}

fn render(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
