//! The short tags a counsellor's recommendation code uses for a pack and its modules.
//!
//! A code is written in [`ALPHABET`]: the digits 2 to 9 and the capital letters without I, L and
//! O, so nothing in it looks like anything else (no 0 and O, no 1, I and L). It has 31
//! characters, a prime number, which lets one check character catch every single wrong
//! character and every swap of two neighbours (see `core/src/recommend/code.rs`).
//!
//! A pack is one character, a module two: each the remainder of a SHA-256 of its id. Tags are
//! derived, never written in the pack, so they stay the same across pack versions; since two
//! modules could land on the same tag, the pack rules refuse a pack where they do
//! ([`collisions`]), and the module then takes another id.

use sha2::{Digest, Sha256};

use crate::model::Pack;

/// The characters of a code, in value order.
pub const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// How many characters [`ALPHABET`] has.
pub const BASE: u32 = 31;

/// How many different module tags there are (two characters).
pub const MODULE_TAGS: u32 = BASE * BASE;

/// A pack's tag: one character's value, `0..BASE`.
pub fn pack_tag(id: &str) -> u32 {
    digest(b"groundwork-code-pack\0", id) % BASE
}

/// A module's tag: two characters' value, `0..MODULE_TAGS`.
pub fn module_tag(id: &str) -> u32 {
    digest(b"groundwork-code-module\0", id) % MODULE_TAGS
}

/// A module's tag as the two characters a code shows, e.g. `"K7"`.
pub fn module_tag_text(id: &str) -> String {
    let tag = module_tag(id);
    [tag / BASE, tag % BASE]
        .iter()
        .filter_map(|v| symbol(*v))
        .collect()
}

/// The character with value `value`, `None` past the alphabet.
pub fn symbol(value: u32) -> Option<char> {
    ALPHABET.chars().nth(value as usize)
}

/// The value of a code character as typed: any case; `None` for a character not in the
/// alphabet.
pub fn value(c: char) -> Option<u32> {
    let upper = c.to_ascii_uppercase();
    ALPHABET.find(upper).map(|i| i as u32)
}

fn digest(domain: &[u8], id: &str) -> u32 {
    let digest = Sha256::new()
        .chain_update(domain)
        .chain_update(id.as_bytes())
        .finalize();
    u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
}

/// Every tag that stands for more than one module of `pack`: its modules' ids and the old ids
/// of `[renamed]` (an old code names a module by its old id's tag). Each is the tag and the ids
/// sharing it, the current module ids first, in pack order.
pub fn collisions(pack: &Pack) -> Vec<(String, Vec<String>)> {
    let mut by_tag: std::collections::BTreeMap<u32, Vec<(&str, &str)>> = Default::default();
    for module in &pack.modules {
        let id = module.meta.id.as_str();
        by_tag.entry(module_tag(id)).or_default().push((id, id));
    }
    for (old, new) in &pack.manifest.renamed {
        by_tag
            .entry(module_tag(old))
            .or_default()
            .push((old.as_str(), new.as_str()));
    }
    by_tag
        .into_values()
        .filter(|ids| {
            let first = ids[0].1;
            ids.iter().any(|(_, target)| *target != first)
        })
        .map(|ids| {
            let text = module_tag_text(ids[0].0);
            (text, ids.into_iter().map(|(id, _)| id.to_owned()).collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_has_a_prime_number_of_characters_and_no_look_alikes() {
        assert_eq!(ALPHABET.chars().count() as u32, BASE);
        assert!((2..BASE).all(|d| !BASE.is_multiple_of(d)));
        for look_alike in ['0', 'O', '1', 'I', 'L'] {
            assert!(!ALPHABET.contains(look_alike), "{look_alike}");
        }
        let unique: std::collections::HashSet<char> = ALPHABET.chars().collect();
        assert_eq!(unique.len(), ALPHABET.len());
    }

    #[test]
    fn a_module_tag_is_two_characters_of_the_alphabet_and_reads_back() {
        let text = module_tag_text("the-pause-plan");
        assert_eq!(text.chars().count(), 2);
        let mut chars = text.chars();
        let (a, b) = (chars.next(), chars.next());
        let read = value(a.unwrap_or('0')).zip(value(b.unwrap_or('0')));
        assert_eq!(
            read.map(|(a, b)| a * BASE + b),
            Some(module_tag("the-pause-plan"))
        );
    }

    #[test]
    fn characters_are_read_in_any_case_and_look_alikes_are_not_characters() {
        assert_eq!(value('k'), value('K'));
        assert_eq!(value('2'), Some(0));
        assert_eq!(value('z'), Some(BASE - 1));
        for c in ['0', 'o', '1', 'i', 'l', '-', ' '] {
            assert_eq!(value(c), None, "{c}");
        }
    }
}
