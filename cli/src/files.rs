//! Files and folders the companion touches outside the core: output files (`-o PATH`), the data
//! directory, and text read from standard input or an editor rather than the command line.

use std::fs::{self, OpenOptions};
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::Path;

use crate::CliError;
use crate::language::Language;

/// The most text read for one entry from standard input or an editor: far above any entry the
/// core accepts, so the core's own rule is the one he sees.
const MAX_TEXT_BYTES: u64 = 1024 * 1024;

/// Refuses an output target that exists and is not a regular file (a symbolic link, a device, a
/// folder, a pipe): renaming over it would replace the link or the device node.
pub fn refuse_unusual_target(path: &Path, language: Language) -> Result<(), CliError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => Err(CliError::Usage(language.say_with(
            "terminal-not-a-regular-file",
            &[("path", path.display().to_string().into())],
        ))),
        _ => Ok(()),
    }
}

/// Writes a file only its owner can read, via a temporary file and a rename, so a full disk or
/// a crash never leaves half an export under the real name. A target that exists and is not a
/// regular file is refused.
pub fn write_private_file(
    path: &Path,
    contents: &[u8],
    language: Language,
) -> Result<(), CliError> {
    refuse_unusual_target(path, language)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or(std::ffi::OsStr::new("export")));
    name.push(".partial");
    let tmp = dir.join(name);
    let _ = fs::remove_file(&tmp);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = options
        .open(&tmp)
        .and_then(|mut f| f.write_all(contents).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    Ok(result?)
}

/// Makes sure the data directory exists and is private. A folder made here is made 0700. An
/// existing folder is left as it is, unless it is shared with other users (writable by others,
/// like /tmp): then it is refused, since the database would sit where anyone can replace its files.
pub fn prepare_data_dir(dir: &Path, language: Language) -> Result<(), CliError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) => {
            if !meta.is_dir() {
                return Err(CliError::Usage(language.say_with(
                    "terminal-data-dir-not-a-folder",
                    &[("dir", dir.display().to_string().into())],
                )));
            }
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                if meta.permissions().mode() & 0o1002 != 0 {
                    let inside = dir.join("groundwork").display().to_string();
                    return Err(CliError::Usage(language.say_with(
                        "terminal-data-dir-shared",
                        &[
                            ("dir", dir.display().to_string().into()),
                            ("option", format!("--data-dir {inside}").into()),
                        ],
                    )));
                }
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(dir).map_err(|e| {
                CliError::Refused(language.say_with(
                    "terminal-data-dir-cannot-create",
                    &[("error", e.to_string().into())],
                ))
            })
        }
        Err(e) => Err(CliError::Io(e)),
    }
}

/// The private folder an editor's temporary file is made in: the data directory once it is
/// known (0700, the companion's own), else the system's temporary folder.
static PRIVATE_DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// Names the data directory as the place for an editor's temporary file.
pub fn use_private_dir(dir: &Path) {
    let _ = PRIVATE_DIR.set(dir.to_owned());
}

/// What a text read by [`text_or_ask`] is for.
#[derive(Debug, Clone, Copy)]
pub enum TextFor {
    /// A journal entry.
    Entry,
    /// A check-in's note.
    Note,
}

/// Text for an entry or a note: from the flag when given (scripts; other users can see it in
/// the process list), else from standard input when it is not a terminal, else from `$EDITOR`
/// (then `$VISUAL`) on a private temporary file. With none of them, a clear error says how to
/// give the text.
pub fn text_or_ask(
    flag: Option<String>,
    what: TextFor,
    language: Language,
) -> Result<String, CliError> {
    match flag {
        Some(text) if text != "-" => Ok(text),
        Some(_) => read_stdin(language),
        None if !io::stdin().is_terminal() => read_stdin(language),
        None => {
            let editor = ["EDITOR", "VISUAL"]
                .iter()
                .filter_map(std::env::var_os)
                .find(|e| !e.is_empty());
            let id = match what {
                TextFor::Entry => "terminal-no-entry-text",
                TextFor::Note => "terminal-no-note-text",
            };
            match editor {
                Some(editor) => from_editor(&editor, language),
                None => Err(CliError::Usage(language.say_with(
                    id,
                    &[("command", "echo \"...\" | groundwork journal add".into())],
                ))),
            }
        }
    }
}

fn read_stdin(language: Language) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(MAX_TEXT_BYTES)
        .read_to_end(&mut bytes)?;
    String::from_utf8(bytes)
        .map(|text| text.trim_end_matches(['\n', '\r']).to_owned())
        .map_err(|_| CliError::Usage(language.say("terminal-stdin-not-utf8")))
}

/// A temporary file only its owner can read or write (0600), in the data directory when it is
/// known, else the system's temporary folder.
pub(crate) fn private_temp_file() -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".groundwork-").suffix(".txt");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    match PRIVATE_DIR.get() {
        Some(dir) => builder.tempfile_in(dir),
        None => builder.tempfile(),
    }
}

fn from_editor(editor: &std::ffi::OsStr, language: Language) -> Result<String, CliError> {
    let file = private_temp_file()?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("$0 \"$1\"")
        .arg(editor)
        .arg(file.path())
        .status();
    let mut bytes = Vec::new();
    let read =
        fs::File::open(file.path()).and_then(|f| f.take(MAX_TEXT_BYTES).read_to_end(&mut bytes));
    // Overwrite before the temporary file is deleted, so the words are not left on the disk.
    let _ = groundwork_core::wipe::shred_file(file.path());
    if !status?.success() {
        return Err(CliError::Refused(
            language.say("terminal-editor-did-not-finish"),
        ));
    }
    read?;
    String::from_utf8(bytes)
        .map(|text| text.trim_end_matches(['\n', '\r']).to_owned())
        .map_err(|_| CliError::Usage(language.say("terminal-editor-text-not-utf8")))
}

/// A writer for the terminal that drops control characters (ESC, BEL, backspace, ...) and the
/// invisible characters that reorder text (U+202E and the other bidirectional overrides and
/// isolates), so nothing the companion prints from a pack or from stored text can move the
/// cursor, clear the screen or hide a help line's number. Line breaks and tabs pass, and so do
/// the two sequences the companion writes itself: bold on (`ESC [1m`) and off (`ESC [0m`).
#[derive(Debug)]
pub struct Terminal<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Terminal<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Terminal {
            inner,
            pending: Vec::new(),
        }
    }
}

/// Whether the terminal should not be sent `c`.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` without the characters [`is_unsafe_char`] refuses.
pub fn printable(text: &str) -> String {
    text.chars().filter(|c| !is_unsafe_char(*c)).collect()
}

const BOLD_ON: &str = "\x1b[1m";
const BOLD_OFF: &str = "\x1b[0m";

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // Keep an incomplete character at the end for the next write.
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.pending.len(),
        };
        let text = String::from_utf8_lossy(&self.pending[..valid]).into_owned();
        self.pending.drain(..valid);
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(c) = rest.chars().next() {
            if let Some(seq) = [BOLD_ON, BOLD_OFF]
                .into_iter()
                .find(|s| rest.starts_with(s))
            {
                out.push_str(seq);
                rest = &rest[seq.len()..];
                continue;
            }
            if !is_unsafe_char(c) {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
        self.inner.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Prints `prompt` and reads one line; `None` at end of input.
pub(crate) fn ask(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
) -> io::Result<Option<String>> {
    write!(out, "{prompt}")?;
    out.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_terminal_drops_escapes_bells_and_bidi_overrides_but_keeps_bold_and_line_breaks() {
        let mut out = Terminal::new(Vec::new());
        write!(
            out,
            "Call \x1b[2J\x07000\u{202E}111\n\x1b[1mbold\x1b[0m\tdone é"
        )
        .expect("write");
        let text = String::from_utf8(out.inner).expect("utf-8");
        assert_eq!(text, "Call [2J000111\n\x1b[1mbold\x1b[0m\tdone é");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_editor_writes_in_a_private_file_in_the_data_folder_that_is_gone_once_read() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let data = dir.path().join("data");
        fs::create_dir(&data).expect("data dir");
        use_private_dir(&data);
        let editor = dir.path().join("editor.sh");
        fs::write(
            &editor,
            format!(
                "#!/bin/sh\nstat -c %a \"$1\" > {seen}/mode\ndirname \"$1\" > {seen}/where\nprintf 'Walked it off.\\n' > \"$1\"\n",
                seen = dir.path().display()
            ),
        )
        .expect("editor");
        fs::set_permissions(&editor, fs::Permissions::from_mode(0o700)).expect("chmod");
        let text = from_editor(editor.as_os_str(), Language::ENGLISH).expect("text");
        assert_eq!(text, "Walked it off.");
        let read = |name: &str| fs::read_to_string(dir.path().join(name)).expect("seen");
        assert_eq!(read("mode").trim(), "600");
        assert_eq!(read("where").trim(), data.display().to_string());
        assert_eq!(
            fs::read_dir(&data).expect("list").count(),
            0,
            "the temporary file is gone"
        );
    }

    #[test]
    fn a_character_split_across_writes_comes_out_whole() {
        let mut out = Terminal::new(Vec::new());
        let bytes = "é".as_bytes();
        out.write_all(&bytes[..1]).expect("first half");
        out.write_all(&bytes[1..]).expect("second half");
        assert_eq!(String::from_utf8(out.inner).expect("utf-8"), "é");
    }
}
