//! Recordings he chose to keep with an entry he said aloud. Nothing is kept unless he turned
//! "Keep the recording" on for that entry; a kept one is stored in the encrypted database in the
//! same transaction as the entry, removed with it (the table's `ON DELETE CASCADE`), backed up
//! with it and erased with everything else. Its length is capped here, in seconds and bytes.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use crate::base::error::{Error, Reason, Result};

/// Longest kept recording, in seconds.
pub const MAX_RECORDING_SECONDS: u32 = 300;
/// Largest kept recording, in bytes: five minutes of 16 kHz mono 16-bit WAV (9.6 MB), the
/// plainest format both phones record.
pub const MAX_RECORDING_BYTES: usize = 10_000_000;
/// Longest codec name (a MIME type such as "audio/mp4").
const MAX_CODEC_CHARS: usize = 40;

/// A recording the phone made while he spoke, to keep with the entry.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
pub struct RecordingInput {
    /// Its MIME type, e.g. "audio/mp4"; handed back as it was for playing.
    pub codec: String,
    /// How long it lasts, in milliseconds.
    pub duration_ms: u32,
    /// The audio.
    pub audio: Vec<u8>,
}

impl std::fmt::Debug for RecordingInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "RecordingInput {{ {}, {} ms, {} bytes }}",
            self.codec,
            self.duration_ms,
            self.audio.len()
        )
    }
}

/// What is known about a kept recording without its audio.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RecordingInfo {
    /// Its MIME type.
    pub codec: String,
    /// How long it lasts, in milliseconds.
    pub duration_ms: u32,
    /// Its size in bytes.
    pub bytes: u32,
}

/// Checks a recording against the limits: `InvalidInput` (field "recording") when it is empty,
/// longer than [`MAX_RECORDING_SECONDS`] or larger than [`MAX_RECORDING_BYTES`], or its codec is
/// not an audio type.
pub fn validate(recording: &RecordingInput) -> Result<()> {
    let codec_ok = recording.codec.starts_with("audio/")
        && recording.codec.len() <= MAX_CODEC_CHARS
        && recording.codec[6..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.+".contains(c))
        && recording.codec.len() > 6;
    if !codec_ok {
        return Err(Error::invalid(
            "recording",
            Reason::new("journal-recording-not-audio"),
        ));
    }
    if recording.audio.is_empty() || recording.duration_ms == 0 {
        return Err(Error::invalid(
            "recording",
            Reason::new("journal-recording-empty"),
        ));
    }
    if recording.duration_ms > MAX_RECORDING_SECONDS * 1000 {
        return Err(Error::invalid(
            "recording",
            Reason::with(
                "journal-recording-too-long",
                [("limit", MAX_RECORDING_SECONDS.into())],
            ),
        ));
    }
    if recording.audio.len() > MAX_RECORDING_BYTES {
        return Err(Error::invalid(
            "recording",
            Reason::with(
                "journal-recording-too-big",
                [("limit", MAX_RECORDING_BYTES.into())],
            ),
        ));
    }
    Ok(())
}

/// Keeps `recording` with the entry `entry_id`, in the caller's transaction (the one that saved
/// the entry). Errors as [`validate`].
pub(crate) fn keep(
    tx: &Transaction<'_>,
    entry_id: Uuid,
    recording: &RecordingInput,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    validate(recording)?;
    tx.execute(
        "INSERT INTO recordings (entry_id, codec, duration_ms, audio, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            entry_id.to_string(),
            recording.codec,
            recording.duration_ms,
            recording.audio,
            now.with_timezone(&Utc).timestamp_millis()
        ],
    )?;
    Ok(())
}

/// The recording kept with an entry, without its audio; `None` when none was kept.
pub(crate) fn info(conn: &Connection, entry_id: Uuid) -> Result<Option<RecordingInfo>> {
    Ok(conn
        .query_row(
            "SELECT codec, duration_ms, length(audio) FROM recordings WHERE entry_id = ?1",
            [entry_id.to_string()],
            |row| {
                Ok(RecordingInfo {
                    codec: row.get(0)?,
                    duration_ms: row.get(1)?,
                    bytes: row.get(2)?,
                })
            },
        )
        .optional()?)
}

/// The recording kept with an entry, with its audio; `None` when none was kept.
pub(crate) fn get(conn: &Connection, entry_id: Uuid) -> Result<Option<RecordingInput>> {
    Ok(conn
        .query_row(
            "SELECT codec, duration_ms, audio FROM recordings WHERE entry_id = ?1",
            [entry_id.to_string()],
            |row| {
                Ok(RecordingInput {
                    codec: row.get(0)?,
                    duration_ms: row.get(1)?,
                    audio: row.get(2)?,
                })
            },
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recording(seconds: u32, bytes: usize) -> RecordingInput {
        RecordingInput {
            codec: "audio/mp4".to_owned(),
            duration_ms: seconds * 1000,
            audio: vec![7; bytes],
        }
    }

    #[test]
    fn a_recording_within_both_limits_is_accepted() {
        assert!(validate(&recording(MAX_RECORDING_SECONDS, MAX_RECORDING_BYTES)).is_ok());
    }

    #[test]
    fn a_recording_over_the_time_or_size_limit_is_refused_as_invalid_input() {
        for r in [
            recording(MAX_RECORDING_SECONDS + 1, 10),
            recording(10, MAX_RECORDING_BYTES + 1),
            recording(10, 0),
        ] {
            assert!(matches!(
                validate(&r),
                Err(Error::InvalidInput {
                    field: "recording",
                    ..
                })
            ));
        }
    }

    #[test]
    fn a_refused_recording_says_its_limit_in_french_with_the_french_pack() {
        let french = crate::base::text::Language::of_pack("fr-CA");
        let Err(Error::InvalidInput { reason, .. }) =
            validate(&recording(MAX_RECORDING_SECONDS + 1, 10))
        else {
            panic!("refused");
        };
        assert_eq!(
            reason.to_string(),
            "a kept recording is at most 300 seconds"
        );
        assert_eq!(
            reason.say(french),
            "un enregistrement gardé dure au plus 300 secondes"
        );
        let Err(Error::InvalidInput { reason, .. }) = validate(&recording(3, 0)) else {
            panic!("refused");
        };
        assert_eq!(reason.say(french), "l'enregistrement est vide");
    }

    #[test]
    fn a_codec_that_is_not_an_audio_type_is_refused() {
        for codec in ["video/mp4", "audio/", "audio/mp4; rm", "text/plain"] {
            let mut r = recording(3, 10);
            r.codec = codec.to_owned();
            assert!(validate(&r).is_err(), "{codec}");
        }
    }
}
