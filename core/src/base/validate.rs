//! Input rules shared by every capability. Each returns a typed error naming the field and the
//! rule, never the value.

use crate::base::error::{Error, Reason, Result};

/// A value on a -5..=5 axis of the mood meter.
pub(crate) fn axis(field: &'static str, value: i32) -> Result<i8> {
    match i8::try_from(value) {
        Ok(v) if (-5..=5).contains(&v) => Ok(v),
        _ => Err(Error::invalid(
            field,
            Reason::with(
                "error-value-between",
                [("min", (-5).into()), ("max", 5.into())],
            ),
        )),
    }
}

/// A level on a 0..=10 scale (anger, stress, intensity).
pub(crate) fn level(field: &'static str, value: i32) -> Result<i32> {
    if (0..=10).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            Reason::with(
                "error-value-between",
                [("min", 0.into()), ("max", 10.into())],
            ),
        ))
    }
}

/// Tags: trimmed, lower-cased, each 1..=max_chars, at most `max_count`, duplicates dropped,
/// sorted.
pub(crate) fn tags(
    field: &'static str,
    tags: &[String],
    max_count: usize,
    max_chars: usize,
) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = label(field, &tag.to_lowercase(), max_chars)?;
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    if out.len() > max_count {
        return Err(Error::invalid(
            field,
            Reason::with("error-up-to-tags", [("limit", max_count.into())]),
        ));
    }
    out.sort();
    Ok(out)
}

/// Free text the person wrote: must have something besides white space and stay within `max_chars`.
/// The text is kept exactly as written.
pub(crate) fn required_text(field: &'static str, text: String, max_chars: usize) -> Result<String> {
    if text.trim().is_empty() {
        return Err(Error::invalid(field, Reason::new("error-write-a-word")));
    }
    within(field, &text, max_chars)?;
    if text.contains('\0') {
        return Err(Error::invalid(field, Reason::new("error-null-character")));
    }
    Ok(text)
}

/// Optional free text: white space alone counts as nothing.
pub(crate) fn optional_text(
    field: &'static str,
    text: Option<String>,
    max_chars: usize,
) -> Result<Option<String>> {
    match text {
        Some(t) if !t.trim().is_empty() => required_text(field, t, max_chars).map(Some),
        _ => Ok(None),
    }
}

/// A short label such as an emotion word: trimmed, 1..=max_chars, no control characters.
pub(crate) fn label(field: &'static str, text: &str, max_chars: usize) -> Result<String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(field, Reason::new("error-word-empty")));
    }
    within(field, trimmed, max_chars)?;
    if trimmed.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            Reason::new("error-word-control-characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

/// A page size or count asked for by a caller.
pub(crate) fn limit(field: &'static str, value: i32, max: i32) -> Result<i32> {
    if (1..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            Reason::with("error-ask-for-items", [("max", max.into())]),
        ))
    }
}

fn within(field: &'static str, text: &str, max_chars: usize) -> Result<()> {
    if text.chars().count() > max_chars {
        Err(Error::invalid(
            field,
            Reason::with("error-at-most-characters", [("limit", max_chars.into())]),
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("tag {i}")).collect()
    }

    #[test]
    fn as_many_tags_as_allowed_are_kept_and_one_more_is_refused() {
        assert_eq!(
            tags("tags", &named(3), 3, 20)
                .expect("three of three")
                .len(),
            3
        );
        let refused = tags("tags", &named(4), 3, 20).expect_err("one too many");
        assert!(
            refused.to_string().contains("use up to 3 tags"),
            "{refused}"
        );
    }

    #[test]
    fn the_same_tag_twice_counts_once_against_the_limit() {
        let twice = vec!["Work".to_owned(), "work".to_owned(), "sleep".to_owned()];
        assert_eq!(
            tags("tags", &twice, 2, 20).expect("two after the double"),
            ["sleep", "work"]
        );
    }

    #[test]
    fn too_many_tags_are_refused_in_french_with_the_french_pack() {
        let refused = tags("tags", &named(4), 3, 20).expect_err("one too many");
        let api = crate::base::error::ApiError::from(refused);
        let french = crate::base::text::Language::of_pack("fr-CA");
        assert_eq!(
            api.say(french),
            "Vérifie les étiquettes : mets au plus 3 étiquettes. Rien n'a été changé."
        );
        assert_eq!(
            api.to_string(),
            "Check the tags: use up to 3 tags. Nothing was changed."
        );
    }
}
