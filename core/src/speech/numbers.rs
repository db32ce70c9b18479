//! Numbers said as people in a region say them: phone numbers digit group by digit group, never
//! as a count ("nine eight eight", never "nine hundred and eighty-eight"), and the few numbers
//! every region says its own way ("triple zero" in Australia). `docs/speech.md` has the rules per
//! region and where each was checked.
//!
//! Those are the English voice's words. For a voice of another language (French) no English word
//! is written: a phone number is its digits, group by group, for that voice to read one digit at
//! a time ("9 8 8"; "1, 8 6 6, 2 7 7, 3 5 5 3"), with no region's English names ("triple zero"
//! is "0 0 0").

use crate::base::text::Language;

/// The words for 0 to 19.
const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The words for 20, 30, ... 90.
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// How a region says the digit 0 inside a number: "oh" in the United Kingdom, Ireland and New
/// Zealand, "zero" elsewhere.
fn zero_word(region: Option<&str>) -> &'static str {
    match region_code(region).as_deref() {
        Some("GB" | "IE" | "NZ") => "oh",
        _ => "zero",
    }
}

fn region_code(region: Option<&str>) -> Option<String> {
    region.map(|r| r.trim().to_ascii_uppercase())
}

/// A whole number from 0 to 99 in words ("seventy-eight"); `None` above 99.
pub(crate) fn up_to_99(n: u32) -> Option<String> {
    match n {
        0..=19 => Some(SMALL[n as usize].to_owned()),
        20..=99 => {
            let tens = TENS[(n / 10 - 2) as usize];
            Some(match n % 10 {
                0 => tens.to_owned(),
                unit => format!("{tens}-{}", SMALL[unit as usize]),
            })
        }
        _ => None,
    }
}

/// Each digit on its own: "9 8 8" as "nine eight eight", 0 as the region says it.
fn digit_by_digit(digits: &str, region: Option<&str>) -> String {
    digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| match d {
            0 => zero_word(region),
            d => SMALL[d as usize],
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keys to press on the phone's keypad, one digit at a time ("press 55": "five five"; in
/// another language "5 5").
pub fn keys(digits: &str, region: Option<&str>, language: Language) -> String {
    if language == Language::ENGLISH {
        digit_by_digit(digits, region)
    } else {
        spaced_digits(digits)
    }
}

/// Each digit on its own, in digits, for a voice that reads them one at a time: "988" as "9 8 8".
fn spaced_digits(digits: &str) -> String {
    digits
        .chars()
        .filter(char::is_ascii_digit)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A group of two digits as a number ("78" as "seventy-eight"), unless it starts with 0.
fn pair(group: &str, region: Option<&str>) -> String {
    match group.parse::<u32>() {
        Ok(n) if !group.starts_with('0') => up_to_99(n).unwrap_or_default(),
        _ => digit_by_digit(group, region),
    }
}

/// How a region says its emergency number, when it has a name of its own: "triple zero" for
/// Australia's 000 (Triple Zero). Every other emergency number is said digit by digit, as its
/// service says it: 999 "nine nine nine", 111 "one one one", 911 "nine one one", 112 "one one
/// two".
fn named_number(digits: &str, region: Option<&str>) -> Option<&'static str> {
    match (region_code(region).as_deref(), digits) {
        (Some("AU"), "000") => Some("triple zero"),
        _ => None,
    }
}

/// The way a region says a prefix group that is not read digit by digit: Australia's and
/// Ireland's 1800 and 1300 ("one eight hundred"), the United Kingdom's and New Zealand's 0800
/// ("oh eight hundred"), and North America's 800 after the leading 1 ("one, eight hundred").
fn prefix(group: &str, first: bool, after_one: bool, region: Option<&str>) -> Option<String> {
    let code = region_code(region);
    match (code.as_deref(), group) {
        (Some("AU" | "IE"), "1800") if first => Some("one eight hundred".to_owned()),
        (Some("AU"), "1300") if first => Some("one three hundred".to_owned()),
        (Some("GB" | "NZ"), "0800") if first => {
            Some(format!("{} eight hundred", zero_word(region)))
        }
        (Some("US" | "CA"), "800") if after_one => Some("eight hundred".to_owned()),
        _ => None,
    }
}

/// Whether a region reads a phone number's two-digit groups as numbers ("13 11 14" as
/// "thirteen eleven fourteen", "0800 58 58 58" as "oh eight hundred, fifty-eight fifty-eight
/// fifty-eight"): Australia, the United Kingdom and New Zealand, where numbers are written in
/// pairs to be said that way.
fn pairs_as_numbers(region: Option<&str>) -> bool {
    matches!(region_code(region).as_deref(), Some("AU" | "GB" | "NZ"))
}

/// A phone number's groups as it is written (spaces, dashes or dots between them); a number
/// written without spaces in threes when it has six digits ("741741" as "741", "741").
fn groups(number: &str) -> Vec<&str> {
    let mut groups: Vec<&str> = number
        .split([' ', '-', '.'])
        .filter(|g| !g.is_empty())
        .collect();
    if groups.len() == 1 && groups[0].len() == 6 && groups[0].chars().all(|c| c.is_ascii_digit()) {
        let (a, b) = groups[0].split_at(3);
        groups = vec![a, b];
    }
    groups
}

/// A phone number as people in `region` say it, for a voice in `language`: group by group as it
/// is written (spaces or dashes), each group digit by digit, except the region's own ways in
/// English (`named_number`, `prefix`, pairs). A number written without spaces is said in threes
/// when it has six digits ("741741" as "seven four one, seven four one"), otherwise digit by
/// digit. Groups are separated by a comma (a short pause), pairs read as numbers by a space.
/// Letters in the number (a word to text, "0800 HEY BRO") are kept as they are. In another
/// language than English each group is its digits, spaced ("9 8 8"; "1, 8 6 6, 2 7 7").
pub fn phone(number: &str, region: Option<&str>, language: Language) -> String {
    if language != Language::ENGLISH {
        return phone_in_digits(number);
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if let Some(named) = named_number(&digits, region) {
        return named.to_owned();
    }
    let groups = groups(number);
    let mut out = String::new();
    let mut previous_pair = false;
    for (i, group) in groups.iter().enumerate() {
        let all_digits = group.chars().all(|c| c.is_ascii_digit());
        let (said, is_pair) = if !all_digits {
            (group_with_letters(group, region), false)
        } else if let Some(p) = prefix(group, i == 0, i == 1 && groups[0] == "1", region) {
            (p, false)
        } else if group.len() == 2 && pairs_as_numbers(region) {
            (pair(group, region), true)
        } else {
            (digit_by_digit(group, region), false)
        };
        if i > 0 {
            out.push_str(if previous_pair && is_pair { " " } else { ", " });
        }
        out.push_str(&said);
        previous_pair = is_pair;
    }
    out
}

/// A phone number for a voice that is not English: each group's digits spaced so the voice reads
/// them one at a time, groups separated by a comma; letters as written ("13YARN" as "1 3 YARN").
fn phone_in_digits(number: &str) -> String {
    groups(number)
        .iter()
        .map(|group| {
            let split = group
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(group.len());
            match group.split_at(split) {
                ("", rest) => rest.to_owned(),
                (digits, "") => spaced_digits(digits),
                (digits, rest) => format!("{} {rest}", spaced_digits(digits)),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A group that mixes digits and letters ("1800RESPECT", "13YARN"): the leading digits as a
/// phone number would say them, then the rest as written.
fn group_with_letters(group: &str, region: Option<&str>) -> String {
    let split = group
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(group.len());
    let (digits, rest) = group.split_at(split);
    if digits.is_empty() {
        return group.to_owned();
    }
    let said = if digits.len() == 2 {
        pair(digits, region)
    } else {
        prefix(digits, true, false, region).unwrap_or_else(|| digit_by_digit(digits, region))
    };
    format!("{said} {rest}")
}

/// A year from 1900 to 2099 as people say it ("twenty twenty-six", "nineteen ninety", "twenty
/// oh five"; 2000 is "two thousand").
pub(crate) fn year(n: u32) -> Option<String> {
    if !(1900..=2099).contains(&n) {
        return None;
    }
    let (high, low) = (n / 100, n % 100);
    if n == 2000 {
        return Some("two thousand".to_owned());
    }
    let low = match low {
        0 => "hundred".to_owned(),
        1..=9 => format!("oh {}", SMALL[low as usize]),
        _ => up_to_99(low)?,
    };
    Some(format!("{} {low}", up_to_99(high)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone_en(number: &str, region: Option<&str>) -> String {
        phone(number, region, Language::ENGLISH)
    }

    #[test]
    fn numbers_up_to_99_are_words_and_larger_ones_are_not_counted() {
        assert_eq!(up_to_99(0).as_deref(), Some("zero"));
        assert_eq!(up_to_99(13).as_deref(), Some("thirteen"));
        assert_eq!(up_to_99(40).as_deref(), Some("forty"));
        assert_eq!(up_to_99(78).as_deref(), Some("seventy-eight"));
        assert_eq!(up_to_99(100), None);
    }

    #[test]
    fn australia_says_its_numbers_its_own_way() {
        let au = Some("AU");
        assert_eq!(phone_en("000", au), "triple zero");
        assert_eq!(phone_en("13 11 14", au), "thirteen eleven fourteen");
        assert_eq!(
            phone_en("1800 737 732", au),
            "one eight hundred, seven three seven, seven three two"
        );
        assert_eq!(
            phone_en("1300 78 99 78", au),
            "one three hundred, seventy-eight ninety-nine seventy-eight"
        );
        assert_eq!(
            phone_en("0477 13 11 14", au),
            "zero four seven seven, thirteen eleven fourteen"
        );
    }

    #[test]
    fn north_america_says_short_numbers_digit_by_digit_and_toll_free_as_eight_hundred() {
        assert_eq!(phone_en("988", Some("US")), "nine eight eight");
        assert_eq!(phone_en("911", Some("CA")), "nine one one");
        assert_eq!(
            phone_en("1-800-799-7233", Some("US")),
            "one, eight hundred, seven nine nine, seven two three three"
        );
        assert_eq!(
            phone_en("741741", Some("US")),
            "seven four one, seven four one"
        );
        assert_eq!(
            phone_en("88788", Some("US")),
            "eight eight seven eight eight"
        );
    }

    #[test]
    fn britain_and_ireland_say_oh_for_zero() {
        assert_eq!(phone_en("999", Some("GB")), "nine nine nine");
        assert_eq!(
            phone_en("116 123", Some("GB")),
            "one one six, one two three"
        );
        assert_eq!(
            phone_en("0800 58 58 58", Some("GB")),
            "oh eight hundred, fifty-eight fifty-eight fifty-eight"
        );
        assert_eq!(phone_en("112", Some("IE")), "one one two");
        assert_eq!(
            phone_en("065 684 8689", Some("IE")),
            "oh six five, six eight four, eight six eight nine"
        );
        assert_eq!(
            phone_en("1800 247 247", Some("IE")),
            "one eight hundred, two four seven, two four seven"
        );
    }

    #[test]
    fn new_zealand_says_its_free_numbers_as_oh_eight_hundred() {
        assert_eq!(phone_en("111", Some("NZ")), "one one one");
        assert_eq!(phone_en("1737", Some("NZ")), "one seven three seven");
        assert_eq!(
            phone_en("0800 543 354", Some("nz")),
            "oh eight hundred, five four three, three five four"
        );
    }

    #[test]
    fn a_number_with_letters_keeps_its_word() {
        assert_eq!(
            phone_en("1800RESPECT", Some("AU")),
            "one eight hundred RESPECT"
        );
        assert_eq!(phone_en("13YARN", Some("AU")), "thirteen YARN");
    }

    #[test]
    fn triple_zero_is_only_australian() {
        assert_eq!(phone_en("000", Some("GB")), "oh oh oh");
        assert_eq!(phone_en("000", None), "zero zero zero");
    }

    #[test]
    fn years_are_said_in_two_halves() {
        assert_eq!(year(2026).as_deref(), Some("twenty twenty-six"));
        assert_eq!(year(2005).as_deref(), Some("twenty oh five"));
        assert_eq!(year(1990).as_deref(), Some("nineteen ninety"));
        assert_eq!(year(1737), None);
    }

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    #[test]
    fn a_french_voice_reads_a_phone_number_digit_by_digit_group_by_group() {
        let ca = Some("CA");
        assert_eq!(phone("988", ca, french()), "9 8 8");
        assert_eq!(phone("9-8-8", ca, french()), "9, 8, 8");
        assert_eq!(
            phone("1-866-277-3553", ca, french()),
            "1, 8 6 6, 2 7 7, 3 5 5 3"
        );
        assert_eq!(phone("741741", Some("US"), french()), "7 4 1, 7 4 1");
        assert_eq!(phone("1 866 APPELLE", ca, french()), "1, 8 6 6, APPELLE");
        assert_eq!(phone("13YARN", Some("AU"), french()), "1 3 YARN");
        assert_eq!(keys("55", Some("GB"), french()), "5 5");
    }

    #[test]
    fn a_french_voice_gets_no_english_words_for_a_regions_own_numbers() {
        assert_eq!(phone("000", Some("AU"), french()), "0 0 0");
        assert_eq!(
            phone("1800 737 732", Some("AU"), french()),
            "1 8 0 0, 7 3 7, 7 3 2"
        );
        assert_eq!(
            phone("0800 58 58 58", Some("GB"), french()),
            "0 8 0 0, 5 8, 5 8, 5 8"
        );
        for number in ["000", "13 11 14", "1800 737 732", "0800 58 58 58", "988"] {
            let said = phone(number, Some("AU"), french());
            assert!(
                said.chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == ','),
                "{number}: {said}"
            );
        }
    }
}
