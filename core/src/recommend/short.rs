//! The short code (format 2): what a counsellor reads aloud or writes on a card.
//!
//! ```text
//! character     what
//! 1             format and module count: format 2 with n modules is the value n - 1 (n = 1..10)
//! 2             the pack's tag
//! 3 .. 2n+2     each module's tag, two characters each, in the counsellor's order
//! 3 more        the counsellor's initials, up to three letters A to Z, as one number
//! last          the check character
//! ```
//!
//! So a code is 2n + 6 characters: 8, 10 and 12 for one, two and three modules. It is shown in
//! groups of four with hyphens (`4K9R-XW3D-7TQA`), written in [`code_tag::ALPHABET`] (the digits 2
//! to 9 and the capital letters without I, L and O: 31 characters, no look-alikes). Reading
//! forgives case, spaces and dashes.
//!
//! The check character makes `sum((i + 1) * value(i)) % 31 == 0` over the whole code. Since 31
//! is prime and every weight is a different number below it, a wrong character (weight w,
//! change d: w·d is never a multiple of 31) and a swap of two neighbours (weights differ by 1,
//! change ±d) always break the sum: both are always caught, never read as another plan. The
//! rule holds in every later format, so a typo is reported as a typo before the format is looked
//! at.
//!
//! The initials: each letter is 1 to 26, none is 0, and three of them are one number in base 27
//! (`"SW"` is 19·27² + 23·27), at most 19,682, written as three characters in base 31.
//!
//! The name in full and the note never go into the code: the link carries them
//! (`groundwork://recommend?code=…&from=…&note=…`).

use groundwork_pack::code_tag::{self, BASE};

use super::RecommendError;

/// The largest code value of the first character for this format: 10 modules.
const LAST_COUNT_VALUE: u32 = 9;

/// Characters of the initials field.
const INITIALS_CHARS: usize = 3;

/// The most initials a code carries.
pub(super) const MAX_INITIALS: usize = 3;

/// The longest short code: ten modules.
pub(super) const MAX_CHARS: usize = 2 * (LAST_COUNT_VALUE as usize + 1) + 6;

/// Characters per hyphen-separated group in a displayed code.
const GROUP: usize = 4;

/// What a short code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ShortCode {
    /// The pack's tag (`code_tag::pack_tag`).
    pub pack: u32,
    /// The modules' tags (`code_tag::module_tag`), in order.
    pub modules: Vec<u32>,
    /// Up to three capital letters A to Z.
    pub initials: String,
}

/// The characters of a code with the check character, without hyphens.
fn with_check(mut values: Vec<u32>) -> Result<String, RecommendError> {
    let len = values.len() as u32 + 1;
    let sum = weighted_sum(&values);
    // The check value c makes sum + len·c ≡ 0 (mod 31): c = -sum · len⁻¹.
    let check = (BASE - sum) % BASE * inverse(len % BASE) % BASE;
    values.push(check);
    values
        .into_iter()
        .map(|v| code_tag::symbol(v).ok_or(RecommendError::Internal("a code value is too large")))
        .collect()
}

fn weighted_sum(values: &[u32]) -> u32 {
    values
        .iter()
        .enumerate()
        .fold(0, |sum, (i, v)| (sum + (i as u32 + 1) * v) % BASE)
}

/// The inverse of `n` modulo 31 (n from 1 to 30): n²⁹, by Fermat.
fn inverse(n: u32) -> u32 {
    (0..BASE - 2).fold(1, |acc, _| acc * n % BASE)
}

/// The displayed code: the characters in hyphen-separated groups of four.
pub(super) fn encode(code: &ShortCode) -> Result<String, RecommendError> {
    let n = code.modules.len();
    if !(1..=LAST_COUNT_VALUE as usize + 1).contains(&n) {
        return Err(RecommendError::Internal(
            "a short code holds 1 to 10 modules",
        ));
    }
    let mut values = vec![n as u32 - 1, code.pack % BASE];
    for tag in &code.modules {
        values.extend([tag / BASE % BASE, tag % BASE]);
    }
    let initials = initials_number(&code.initials)?;
    values.extend([
        initials / (BASE * BASE),
        initials / BASE % BASE,
        initials % BASE,
    ]);
    let plain = with_check(values)?;
    Ok(grouped(&plain))
}

fn grouped(plain: &str) -> String {
    let mut out = String::with_capacity(plain.len() + plain.len() / GROUP);
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && i % GROUP == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// Whether `c` is a separator a person may type between characters.
pub(super) fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—')
}

/// Reads a code as typed: its characters, the check character, the format, the length, then the
/// fields.
pub(super) fn decode(text: &str) -> Result<ShortCode, RecommendError> {
    let chars: Vec<char> = text.chars().filter(|c| !is_separator(*c)).collect();
    if chars.len() < 2 * INITIALS_CHARS || chars.len() > MAX_CHARS {
        return Err(RecommendError::NotACode);
    }
    if !chars.iter().all(char::is_ascii_alphanumeric) {
        return Err(RecommendError::NotACode);
    }
    // A letter or digit the alphabet leaves out (0, O, 1, I, L) is a wrong character.
    let values = chars
        .into_iter()
        .map(code_tag::value)
        .collect::<Option<Vec<u32>>>()
        .ok_or(RecommendError::Mistyped)?;
    if weighted_sum(&values) != 0 {
        return Err(RecommendError::Mistyped);
    }
    let count = values[0];
    if count > LAST_COUNT_VALUE {
        return Err(RecommendError::TooNew);
    }
    let n = count as usize + 1;
    if values.len() != 2 * n + 6 {
        return Err(RecommendError::Mistyped);
    }
    let modules = values[2..2 + 2 * n]
        .chunks(2)
        .map(|pair| pair[0] * BASE + pair[1])
        .collect();
    let field = &values[2 + 2 * n..2 + 2 * n + INITIALS_CHARS];
    let initials = initials_text(field[0] * BASE * BASE + field[1] * BASE + field[2])?;
    Ok(ShortCode {
        pack: values[1],
        modules,
        initials,
    })
}

/// Up to three capital letters as one number in base 27 (a letter is 1 to 26, none is 0).
fn initials_number(initials: &str) -> Result<u32, RecommendError> {
    let letters: Vec<u32> = initials
        .chars()
        .map(|c| {
            c.is_ascii_uppercase()
                .then(|| c as u32 - 'A' as u32 + 1)
                .ok_or(RecommendError::Internal("initials are capital letters"))
        })
        .collect::<Result<_, _>>()?;
    if letters.len() > MAX_INITIALS {
        return Err(RecommendError::Internal(
            "a code carries up to three initials",
        ));
    }
    Ok((0..MAX_INITIALS).fold(0, |n, i| n * 27 + letters.get(i).copied().unwrap_or(0)))
}

/// The letters of an initials number; a number no initials make is not a code.
fn initials_text(number: u32) -> Result<String, RecommendError> {
    if number >= 27 * 27 * 27 {
        return Err(RecommendError::NotACode);
    }
    let digits = [number / (27 * 27), number / 27 % 27, number % 27];
    let mut out = String::new();
    let mut ended = false;
    for d in digits {
        match (d, ended) {
            (0, _) => ended = true,
            (_, true) => return Err(RecommendError::NotACode),
            (d, false) => out.push(char::from(b'A' + d as u8 - 1)),
        }
    }
    Ok(out)
}

/// The code without hyphens, for links.
pub(super) fn compact(code: &str) -> String {
    code.chars().filter(|c| !is_separator(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(modules: usize, initials: &str) -> ShortCode {
        ShortCode {
            pack: code_tag::pack_tag("core-en"),
            modules: ["the-pause-plan", "naming-what-you-feel", "body-signals"]
                .iter()
                .chain(["appreciation"; 7].iter())
                .take(modules)
                .map(|id| code_tag::module_tag(id))
                .collect(),
            initials: initials.to_owned(),
        }
    }

    #[test]
    fn a_code_reads_back_to_what_was_written() {
        for n in 1..=10 {
            for initials in ["", "S", "SW", "AZZ", "ZZZ"] {
                let code = sample(n, initials);
                let text = encode(&code).expect("encodes");
                assert_eq!(decode(&text), Ok(code), "{text}");
            }
        }
    }

    #[test]
    fn every_inverse_is_an_inverse() {
        for n in 1..BASE {
            assert_eq!(n * inverse(n) % BASE, 1, "{n}");
        }
    }

    #[test]
    fn initials_that_skip_a_place_are_not_a_code() {
        // "S", none, "W": a number no initials make.
        assert_eq!(
            initials_text(19 * 27 * 27 + 23),
            Err(RecommendError::NotACode)
        );
    }

    #[test]
    fn a_first_character_past_this_format_is_too_new_when_the_check_holds() {
        let mut values = vec![LAST_COUNT_VALUE + 1, 0, 0, 0, 0, 0, 0];
        let plain = with_check(std::mem::take(&mut values)).expect("encodes");
        assert_eq!(decode(&plain), Err(RecommendError::TooNew));
    }
}
