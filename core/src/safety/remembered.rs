//! His region, remembered outside the database so help now knows it before unlock, with no key.
//!
//! The file (`store::files::REGION_FILE`) holds the region code alone, the same code the
//! database keeps: written whenever he chooses a region, read by help now and the lock screen's
//! help button, erased with everything else. It says which country's help lines he uses and
//! nothing he wrote, so it is as non-secret as the installed pack beside it.

use std::io::{Read, Write};
use std::path::Path;

use groundwork_pack::Pack;

use crate::store::files::region_file_path;

/// The longest file read: a region code is two letters; anything longer is not ours.
const MAX_BYTES: u64 = 16;

/// Writes `code` (already checked against the pack) as the remembered region, replacing the
/// file in one step (a temporary file renamed over it), readable only by its owner. A failure is
/// returned; the database still holds the region.
pub(crate) fn remember(data_dir: &Path, code: &str) -> std::io::Result<()> {
    let path = region_file_path(data_dir);
    let tmp = path.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options
        .open(&tmp)
        .and_then(|mut f| f.write_all(code.as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The remembered region in `data_dir`, if there is one and `pack` has lines for it. A missing,
/// unreadable or changed file is no region: help now then asks, or guesses from the device.
pub(crate) fn read(data_dir: &Path, pack: &Pack) -> Option<String> {
    let mut text = String::new();
    std::fs::File::open(region_file_path(data_dir))
        .ok()?
        .take(MAX_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    super::checked_region(pack, &text).ok()
}
