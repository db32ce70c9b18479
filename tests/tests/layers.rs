//! The core's layers, checked from its source: every `crate::` (and `super::`) path of every file
//! under `core/src` is an edge of the module graph, which must have no cycle and no edge running
//! from a lower layer up. The terminal companion's files (`cli/src`) must have no cycle either.
//!
//! The layer order is declared once, in [`CORE_LAYERS`]: a module may use the ones listed before
//! it, never one after it. A new top-level module is refused until it is given a place there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The core's top-level modules, lowest first. `""` is `lib.rs`, the crate's map, on top.
const CORE_LAYERS: &[(&str, &[&str])] = &[
    ("foundation", &["base"]),
    ("storage", &["store"]),
    (
        "capabilities",
        &[
            "speech",
            "content",
            "reminders",
            "recommend",
            "checkins",
            "anger",
            "documents",
            "safety",
            "wipe",
            "lock",
            "journal",
            "insights",
            "curriculum",
            "links",
            "export",
            "share",
            "backup",
        ],
    ),
    ("screens", &["screens"]),
    ("ffi", &["ffi"]),
    ("crate map", &[""]),
];

/// One file of a crate: its module path (`a::b`, `""` for the crate root) and its source with
/// comments and the trailing test module left out.
struct SourceFile {
    module: String,
    code: String,
}

fn crate_dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("source folder readable");
    for entry in entries {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).expect("file under its crate");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without comments (so a doc link is not an edge) and without its test
/// module (`#[cfg(test)]` then `mod tests`, kept at the end of a file).
fn code_of(source: &str) -> String {
    let mut code = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim().starts_with("mod tests"))
        {
            break;
        }
        let without_comment = match trimmed.find("//") {
            Some(at) => &trimmed[..at],
            None => trimmed,
        };
        code.push_str(without_comment);
        code.push('\n');
    }
    code
}

fn read_crate(relative: &str) -> Vec<SourceFile> {
    let root = crate_dir(relative);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    files
        .iter()
        .map(|file| SourceFile {
            module: module_of(&root, file),
            code: code_of(&std::fs::read_to_string(file).expect("source readable")),
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path written after `start` (`crate::a::b`, `crate::{a, b::c}`), as segments.
fn paths_after(code: &str, start: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(start) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| is_ident(c) || c == ':') {
            continue;
        }
        read_tree(&code[at + start.len()..], &[], &mut out);
    }
    out
}

/// Reads one use tree at the start of `text` with `prefix` before it, pushing each full path.
/// Returns how much of `text` it read.
fn read_tree(text: &str, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    let mut read = 0;
    let mut path = prefix.to_vec();
    loop {
        let skipped = text[read..].len() - text[read..].trim_start().len();
        read += skipped;
        let rest = &text[read..];
        if let Some(group) = rest.strip_prefix('{') {
            read += 1;
            let mut inner = 0;
            loop {
                inner += read_tree(&group[inner..], &path, out);
                let after = group[inner..].trim_start();
                inner = group.len() - after.len();
                if let Some(stripped) = after.strip_prefix(',') {
                    inner = group.len() - stripped.len();
                    continue;
                }
                if after.starts_with('}') {
                    inner += 1;
                }
                break;
            }
            return read + inner;
        }
        let ident: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        if ident.is_empty() {
            break;
        }
        read += ident.len();
        if ident != "self" {
            path.push(ident);
        }
        if text[read..].starts_with("::") {
            read += 2;
        } else {
            break;
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
    read
}

/// The module a path lands in: its longest prefix that is a file of the crate.
fn landing(modules: &BTreeSet<String>, path: &[String]) -> String {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains(m))
        .unwrap_or_default()
}

/// The module graph: for each file's module, the modules its paths land in. Left out: the file
/// itself, and a folder's `mod.rs` (or the crate root) reaching into its own files: they are
/// that module's parts. A file using its folder's `mod.rs` is an edge.
fn graph(files: &[SourceFile]) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeSet<String> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let targets = edges.entry(file.module.clone()).or_default();
        for path in paths_after(&file.code, "crate::") {
            targets.insert(landing(&modules, &path));
        }
        // `super::` in a file is its parent module (in `a/b.rs` and in `a/b/mod.rs`, `a`).
        let parent: Vec<String> = file
            .module
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let parent = &parent[..parent.len().saturating_sub(1)];
        for path in paths_after(&file.code, "super::") {
            let up = path.iter().take_while(|s| *s == "super").count();
            let base = &parent[..parent.len().saturating_sub(up)];
            let full: Vec<String> = base.iter().cloned().chain(path[up..].to_vec()).collect();
            targets.insert(landing(&modules, &full));
        }
        let own = format!("{}::", file.module);
        targets.retain(|to| {
            let inside = if file.module.is_empty() {
                !to.is_empty()
            } else {
                to.starts_with(&own)
            };
            *to != file.module && !inside
        });
    }
    edges
}

/// Every cycle's modules, one list per strongly connected group of more than one module.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components, iteratively small enough to recurse.
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        s.index.insert(node, s.next);
        s.low.insert(node, s.next);
        s.next += 1;
        s.stack.push(node);
        s.on_stack.insert(node);
        let edges = s.edges;
        for target in edges.get(node).into_iter().flatten() {
            let target = target.as_str();
            if !s.index.contains_key(target) {
                visit(s, target);
                let low = s.low[node].min(s.low[target]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(target) {
                let low = s.low[node].min(s.index[target]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut group = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                group.push(top.to_owned());
                if top == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

fn rank(module: &str) -> Option<usize> {
    CORE_LAYERS
        .iter()
        .flat_map(|(_, modules)| modules.iter())
        .position(|m| *m == top(module))
}

#[test]
fn the_core_has_no_module_cycle() {
    let found = cycles(&graph(&read_crate("core/src")));
    assert!(found.is_empty(), "modules in a cycle: {found:?}");
}

#[test]
fn every_core_edge_runs_down_the_layers() {
    let edges = graph(&read_crate("core/src"));
    let mut unplaced = BTreeSet::new();
    let mut upward = Vec::new();
    for (from, targets) in &edges {
        for to in targets {
            if top(from) == top(to) {
                continue;
            }
            match (rank(from), rank(to)) {
                (Some(a), Some(b)) if b > a => upward.push(format!("{from} -> {to}")),
                (Some(_), Some(_)) => {}
                (None, _) => {
                    unplaced.insert(top(from).to_owned());
                }
                (_, None) => {
                    unplaced.insert(top(to).to_owned());
                }
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "top-level modules with no place in CORE_LAYERS: {unplaced:?}"
    );
    assert!(
        upward.is_empty(),
        "edges running up the layers: {upward:#?}"
    );
}

#[test]
fn the_foundation_and_the_store_know_no_capability() {
    let edges = graph(&read_crate("core/src"));
    for (from, targets) in &edges {
        let allowed: &[&str] = match top(from) {
            "base" => &["base"],
            "store" => &["base", "store"],
            _ => continue,
        };
        for to in targets {
            assert!(
                allowed.contains(&top(to)),
                "{from} uses {to}, above the foundation"
            );
        }
    }
}

#[test]
fn the_terminal_companion_has_no_module_cycle() {
    let found = cycles(&graph(&read_crate("cli/src")));
    assert!(found.is_empty(), "modules in a cycle: {found:?}");
}

#[test]
fn the_graph_reader_sees_grouped_nested_and_parent_paths() {
    let files = [
        SourceFile {
            module: "a".into(),
            code: code_of("use crate::b::{self, c::{D, E}};\n// crate::d is a comment\n"),
        },
        SourceFile {
            module: "b".into(),
            code: String::new(),
        },
        SourceFile {
            module: "b::c".into(),
            code: "use super::super::a::X;".into(),
        },
        SourceFile {
            module: "d".into(),
            code: String::new(),
        },
    ];
    let edges = graph(&files);
    assert_eq!(
        edges["a"],
        BTreeSet::from(["b".to_owned(), "b::c".to_owned()])
    );
    assert_eq!(edges["b::c"], BTreeSet::from(["a".to_owned()]));
    assert_eq!(
        cycles(&edges),
        vec![vec!["a".to_owned(), "b::c".to_owned()]]
    );
}
