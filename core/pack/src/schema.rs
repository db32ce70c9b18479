//! JSON Schemas for `pack.toml`, `safety.toml`, `peer-groups.toml` and module front matter, generated from the Rust
//! types, for editor support (e.g. Taplo / "Even Better TOML":
//! `#:schema ../../schema/pack.schema.json`).

use crate::model::{Manifest, ModuleMeta, PeerGroups, Safety};

/// The schema files: (file name, JSON text ending in a newline).
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("pack.schema.json", render(pack_schema())),
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

/// `pack.toml`'s schema: the manifest, and `regions`, which says where the folder's help lines
/// come from and is not part of the pack itself.
fn pack_schema() -> schemars::Schema {
    let mut schema = schemars::schema_for!(Manifest);
    if let Some(properties) = schema
        .as_object_mut()
        .and_then(|s| s.get_mut("properties"))
        .and_then(serde_json::Value::as_object_mut)
    {
        properties.insert(
            crate::source::REGIONS_KEY.to_owned(),
            serde_json::json!({
                "description": "The folder of shared region data (help lines and peer groups), from this pack's folder, e.g. \"../../regions\". A pack that names one keeps no helplines.toml or peer-groups.toml of its own.",
                "type": "string"
            }),
        );
    }
    schema
}

fn render(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
