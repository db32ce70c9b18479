//! Diagnostics: what is wrong, where, and how to fix it.

use std::fmt;

/// One problem found in a pack: `file:line:col: what is wrong; how to fix it`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as a path when the pack was read from a folder (e.g.
    /// `content/packs/core-en/modules/emotions/shame-and-guilt.md`), or a description of the place
    /// when it came from a compiled bundle (e.g. `module shame-and-guilt, step 3, exercise max`).
    pub file: String,
    /// The line, from 1; 0 when the pack came from a bundle, which has no source positions.
    pub line: u32,
    /// The column (in characters), from 1; 0 when the pack came from a bundle.
    pub col: u32,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.col)?;
        } else {
            write!(f, "{}: ", self.file)?;
        }
        write!(f, "{}; {}", self.message, self.fix)
    }
}

/// A step in a path into a TOML document: a key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Self::Key(key.to_owned())
    }
}

impl From<&String> for Seg {
    fn from(key: &String) -> Self {
        Self::Key(key.clone())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Self {
        Self::Index(index)
    }
}

/// Builds a `Vec<Seg>` from keys and indexes: `keys!["emotions", 3, "energy"]`.
macro_rules! keys {
    ($($seg:expr),* $(,)?) => {
        vec![$($crate::diagnostic::Seg::from($seg)),*]
    };
}
pub(crate) use keys;

/// Writes a path as `emotions[3].energy`.
pub(crate) fn path_string(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Where a problem found in the pack model is: a logical place that a source map turns into
/// `file:line:col`, or that is described in words for a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Location {
    /// In `pack.toml`, at this path.
    Manifest(Vec<Seg>),
    /// In `emotions.toml`, at this path.
    Emotions(Vec<Seg>),
    /// In `helplines.toml`, at this path.
    Helplines(Vec<Seg>),
    /// In `prompts.toml`, at this path.
    Prompts(Vec<Seg>),
    /// In `peer-groups.toml`, at this path.
    PeerGroups(Vec<Seg>),
    /// In `safety.toml`, at this path.
    Safety(Vec<Seg>),
    /// In the module at this index of `Pack::modules`.
    Module { index: usize, at: ModuleAt },
}

/// Where in a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ModuleAt {
    /// The module as a whole (its first line).
    Whole,
    /// The front matter, at this path.
    Meta(Vec<Seg>),
    /// The title of the step at this index.
    StepTitle(usize),
    /// The exercise of the step at this index, at this path.
    Exercise { step: usize, path: Vec<Seg> },
}

/// A problem found by the model rules, before it is located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub at: Location,
    pub message: String,
    pub fix: String,
}

impl Problem {
    pub(crate) fn new(at: Location, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            at,
            message: message.into(),
            fix: fix.into(),
        }
    }
}
