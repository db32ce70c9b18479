//! Groundwork's look, defined once in `docs/design-tokens.toml` (`docs/design.md` says why), and
//! checked here against both apps' themes: Android's `Theme.kt` and iOS's `Theme.swift` must carry
//! the same values; every text/background pair the tokens name must meet WCAG AA in light and
//! dark; and the mood meter's four colours must stay apart under simulated colour blindness.
//!
//! The themes are read as text with simple line parsing: each colour, type role, radius and
//! spacing step sits on a line of its own there, in a block this file names.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::Value;

// ---------------------------------------------------------------------------------------------
// Reading the tokens and the two themes
// ---------------------------------------------------------------------------------------------

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn tokens() -> Value {
    let text = std::fs::read_to_string(repo().join("docs/design-tokens.toml"))
        .expect("docs/design-tokens.toml readable");
    toml::from_str(&text).expect("docs/design-tokens.toml is valid TOML")
}

/// The one file called `name` under `dir` (the themes may move between modules; the test follows).
fn find_one(dir: &Path, name: &str) -> PathBuf {
    fn walk(dir: &Path, name: &str, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("folder readable") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                walk(&path, name, found);
            } else if path.file_name().is_some_and(|n| n == name) {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, name, &mut found);
    assert_eq!(
        found.len(),
        1,
        "exactly one {name} under {dir:?}: {found:?}"
    );
    found.remove(0)
}

fn kotlin_theme() -> String {
    std::fs::read_to_string(find_one(&repo().join("android"), "Theme.kt")).expect("Theme.kt")
}

fn swift_theme() -> String {
    std::fs::read_to_string(find_one(&repo().join("ios"), "Theme.swift")).expect("Theme.swift")
}

/// The text of the block opened at the end of `opener` (its last character, `(` or `{`), up to
/// the bracket that closes it.
fn block<'a>(source: &'a str, opener: &str) -> &'a str {
    let start = source
        .find(opener)
        .unwrap_or_else(|| panic!("the theme has `{opener}`"))
        + opener.len();
    let (open, close) = match opener.chars().last() {
        Some('(') => ('(', ')'),
        Some('{') => ('{', '}'),
        _ => panic!("`{opener}` ends with ( or {{"),
    };
    let mut depth = 1;
    for (i, c) in source[start..].char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return &source[start..start + i];
            }
        }
    }
    panic!("`{opener}` is closed")
}

/// `snake_case` to `camelCase`, the token name as the themes spell it.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The identifier just before the `=` or `:` that precedes `marker` on `line`.
fn name_before(line: &str, marker: &str) -> Option<String> {
    let before = &line[..line.find(marker)?];
    let before = before.trim_end().trim_end_matches(['=', ':']).trim_end();
    let name: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Every `name … marker RRGGBB` colour in `text`, as name to `#RRGGBB`.
fn colours_in(text: &str, marker: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for line in text.lines() {
        let Some(at) = line.find(marker) else {
            continue;
        };
        let hex = &line[at + marker.len()..at + marker.len() + 6];
        let name = name_before(line, marker).unwrap_or_else(|| panic!("a name on `{line}`"));
        let previous = found.insert(name.clone(), format!("#{}", hex.to_ascii_uppercase()));
        assert!(previous.is_none(), "{name} is given twice");
    }
    found
}

/// The text between `start` and the next `end` on `line`.
fn between<'a>(line: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = line.find(start)? + start.len();
    let to = line[from..].find(end)? + from;
    Some(&line[from..to])
}

/// A token table as name to its string value.
fn string_table(value: &Value) -> BTreeMap<String, String> {
    value
        .as_table()
        .expect("a table")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a string").to_owned()))
        .collect()
}

fn int(value: &Value, key: &str) -> i64 {
    value
        .get(key)
        .and_then(Value::as_integer)
        .unwrap_or_else(|| panic!("{key} is a whole number"))
}

/// A token table's colours, camelCased, as the themes should hold them.
fn expected_colours(table: &Value) -> BTreeMap<String, String> {
    string_table(table)
        .into_iter()
        .map(|(k, v)| (camel(&k), v.to_ascii_uppercase()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Colour science: WCAG contrast, CIELAB, CIEDE2000, colour-blindness simulation
// ---------------------------------------------------------------------------------------------

/// `#RRGGBB` as linear-light sRGB, each channel 0 to 1.
fn linear(hex: &str) -> [f64; 3] {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "#{hex} is #RRGGBB");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits")) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(0), channel(2), channel(4)]
}

/// Linear sRGB back to `#RRGGBB` (for the simulated values `docs/design.md` lists).
fn hex_of(rgb: [f64; 3]) -> String {
    let encode = |v: f64| {
        let v = v.clamp(0.0, 1.0);
        let c = if v <= 0.003_130_8 {
            12.92 * v
        } else {
            1.055 * v.powf(1.0 / 2.4) - 0.055
        };
        (c * 255.0).round() as u8
    };
    format!(
        "#{:02X}{:02X}{:02X}",
        encode(rgb[0]),
        encode(rgb[1]),
        encode(rgb[2])
    )
}

/// WCAG 2 relative luminance.
fn luminance(rgb: [f64; 3]) -> f64 {
    0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
}

/// WCAG 2 contrast ratio, 1 to 21.
fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(linear(a)), luminance(linear(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// CIELAB (D65) of a linear sRGB colour.
fn lab(rgb: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = rgb;
    let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
    let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005, with kL = kC = kH = 1).
fn delta_e_2000(lab1: [f64; 3], lab2: [f64; 3]) -> f64 {
    let [l1, a1, b1] = lab1;
    let [l2, a2, b2] = lab2;
    let pow7 = |v: f64| v.powi(7);
    let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - (pow7(c_bar) / (pow7(c_bar) + pow7(25.0))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let chromatic = c1p * c2p != 0.0;
    let dh = if !chromatic {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let d_l = l2 - l1;
    let d_c = c2p - c1p;
    let d_h = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let l_bar = (l1 + l2) / 2.0;
    let cp_bar = (c1p + c2p) / 2.0;
    let h_bar = if !chromatic {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_bar - 30.0) + 0.24 * cos(2.0 * h_bar) + 0.32 * cos(3.0 * h_bar + 6.0)
            - 0.20 * cos(4.0 * h_bar - 63.0);
    let d_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(cp_bar) / (pow7(cp_bar) + pow7(25.0))).sqrt();
    let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * cp_bar;
    let s_h = 1.0 + 0.015 * cp_bar * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    ((d_l / s_l).powi(2)
        + (d_c / s_c).powi(2)
        + (d_h / s_h).powi(2)
        + r_t * (d_c / s_c) * (d_h / s_h))
        .sqrt()
}

/// The ways of seeing the mood colours are checked under: normal vision, and the three
/// dichromacies at full severity, simulated with Machado, Oliveira and Fernandes (2009)'s
/// matrices applied to linear sRGB (the values are the paper's table for severity 1.0).
const VISIONS: [(&str, Option<[[f64; 3]; 3]>); 4] = [
    ("normal", None),
    (
        "protanopia",
        Some([
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ]),
    ),
    (
        "deuteranopia",
        Some([
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ]),
    ),
    (
        "tritanopia",
        Some([
            [1.255_528, -0.076_749, -0.178_779],
            [-0.078_411, 0.930_809, 0.147_602],
            [0.004_733, 0.691_367, 0.303_900],
        ]),
    ),
];

/// `hex` as seen with `matrix` (none: as it is), in linear sRGB, clipped to the displayable range.
fn seen(hex: &str, matrix: Option<[[f64; 3]; 3]>) -> [f64; 3] {
    let rgb = linear(hex);
    match matrix {
        None => rgb,
        Some(m) => {
            m.map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0))
        }
    }
}

/// The smallest CIEDE2000 difference two mood colours may have, in every vision. One unit is
/// about the smallest difference anyone notices side by side; categorical chart palettes aim for
/// 10 or more so colours are told apart at a glance. The meter asks twice that, because a man
/// judges one cell at a time, on a phone outdoors, and a simulation is an approximation.
const MIN_MOOD_DELTA_E: f64 = 20.0;

/// The smallest CIELAB lightness difference two mood colours may have, in every vision: a tenth
/// of the scale from black to white, enough to tell them apart in greyscale, where hue is gone.
const MIN_MOOD_LIGHTNESS_STEP: f64 = 10.0;

fn mood_colours() -> Vec<(String, String)> {
    string_table(&tokens()["mood"])
        .into_iter()
        .filter(|(name, _)| !name.starts_with("on_"))
        .collect()
}

fn pairs<T>(items: &[T]) -> impl Iterator<Item = (&T, &T)> {
    items
        .iter()
        .enumerate()
        .flat_map(move |(i, a)| items[i + 1..].iter().map(move |b| (a, b)))
}

// ---------------------------------------------------------------------------------------------
// The formulas, against published values
// ---------------------------------------------------------------------------------------------

#[test]
fn the_colour_difference_matches_the_published_ciede2000_test_pairs() {
    // Pairs 1, 17 and 25 of Sharma, Wu and Dalal's test data, with their published ΔE00.
    let cases = [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
        (
            [60.2574, -34.0099, 36.2677],
            [60.4626, -34.1751, 39.4387],
            1.2644,
        ),
    ];
    for (a, b, expected) in cases {
        let got = delta_e_2000(a, b);
        assert!((got - expected).abs() < 1e-4, "{a:?} {b:?}: {got}");
    }
}

#[test]
fn contrast_is_21_to_1_for_black_on_white_and_1_to_1_for_a_colour_on_itself() {
    assert!((contrast("#000000", "#FFFFFF") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#777777") - 1.0).abs() < 1e-9);
    // A published value: #767676 on white is the lightest grey that passes 4.5:1.
    assert!(contrast("#767676", "#FFFFFF") >= 4.5);
    assert!(contrast("#777777", "#FFFFFF") < 4.5);
}

#[test]
fn the_simulations_leave_grey_grey_and_merge_red_and_green_for_red_green_blindness() {
    for (vision, matrix) in VISIONS {
        let grey = seen("#808080", matrix);
        assert!(
            grey.iter().all(|c| (c - grey[0]).abs() < 0.01),
            "{vision} keeps grey grey: {grey:?}"
        );
    }
    let difference = |vision: usize, a: &str, b: &str| {
        delta_e_2000(
            lab(seen(a, VISIONS[vision].1)),
            lab(seen(b, VISIONS[vision].1)),
        )
    };
    // Pure red and a green of similar lightness: far apart normally, close for a deuteranope.
    assert!(difference(0, "#C0392B", "#6E8B00") > 40.0);
    assert!(difference(2, "#C0392B", "#6E8B00") < 15.0);
}

// ---------------------------------------------------------------------------------------------
// Both themes carry the tokens
// ---------------------------------------------------------------------------------------------

#[test]
fn every_colour_in_the_tokens_is_in_the_android_theme_with_the_same_value() {
    let tokens = tokens();
    let kotlin = kotlin_theme();
    for (theme, scheme, extra) in [
        (
            "light",
            "val GroundworkLightColors: ColorScheme = lightColorScheme(",
            "val GroundworkLightExtraColors = GroundworkExtraColors(",
        ),
        (
            "dark",
            "val GroundworkDarkColors: ColorScheme = darkColorScheme(",
            "val GroundworkDarkExtraColors = GroundworkExtraColors(",
        ),
    ] {
        let mut found = colours_in(block(&kotlin, scheme), "Color(0xFF");
        found.extend(colours_in(block(&kotlin, extra), "Color(0xFF"));
        assert_eq!(
            found,
            expected_colours(&tokens["colors"][theme]),
            "Theme.kt's {theme} colours"
        );
    }
    assert_eq!(
        colours_in(block(&kotlin, "object MoodColors {"), "Color(0xFF"),
        expected_colours(&tokens["mood"]),
        "Theme.kt's mood colours"
    );
}

#[test]
fn every_colour_in_the_tokens_is_in_the_ios_theme_with_the_same_value() {
    let tokens = tokens();
    let swift = swift_theme();
    for theme in ["light", "dark"] {
        let opener = format!("static let {theme} = GroundworkPalette(");
        assert_eq!(
            colours_in(block(&swift, &opener), "Color(rgb: 0x"),
            expected_colours(&tokens["colors"][theme]),
            "Theme.swift's {theme} colours"
        );
    }
    assert_eq!(
        colours_in(block(&swift, "enum MoodPalette {"), "Color(rgb: 0x"),
        expected_colours(&tokens["mood"]),
        "Theme.swift's mood colours"
    );
}

#[test]
fn the_android_type_scale_has_every_role_at_the_tokens_size_line_height_and_weight() {
    let tokens = tokens();
    let kotlin = kotlin_theme();
    let mut found = BTreeMap::new();
    for line in block(&kotlin, "val GroundworkTypography = Typography(").lines() {
        let Some(name) = name_before(line, "TextStyle(") else {
            continue;
        };
        let number = |start: &str, end: &str| -> i64 {
            between(line, start, end)
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("`{start}` on `{line}`"))
        };
        let style = (
            number("fontSize = ", ".sp"),
            number("lineHeight = ", ".sp"),
            number("FontWeight.W", ","),
        );
        found.insert(name, style);
    }
    let expected: BTreeMap<_, _> = tokens["type"]
        .as_table()
        .expect("[type]")
        .iter()
        .map(|(role, v)| {
            (
                camel(role),
                (int(v, "size"), int(v, "line_height"), int(v, "weight")),
            )
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_ios_type_scale_gives_every_role_its_dynamic_type_style_and_weight() {
    let tokens = tokens();
    let swift = swift_theme();
    let weight_name = |w: i64| match w {
        400 => "regular",
        500 => "medium",
        600 => "semibold",
        700 => "bold",
        other => panic!("no iOS weight named for {other}"),
    };
    let mut found = BTreeMap::new();
    for line in block(&swift, "enum GroundworkType {").lines() {
        let Some(name) = name_before(line, "Font.system(") else {
            continue;
        };
        let style = between(line, "Font.system(.", ",").expect("a text style");
        let weight = between(line, "weight: .", ")").expect("a weight");
        found.insert(name, (style.to_owned(), weight.to_owned()));
    }
    let expected: BTreeMap<_, _> = tokens["type"]
        .as_table()
        .expect("[type]")
        .iter()
        .map(|(role, v)| {
            let ios = v.get("ios").and_then(Value::as_str).expect("ios style");
            (
                camel(role),
                (ios.to_owned(), weight_name(int(v, "weight")).to_owned()),
            )
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn corner_radii_spacing_and_touch_targets_are_the_same_in_both_themes() {
    let tokens = tokens();
    let kotlin = kotlin_theme();
    let swift = swift_theme();
    // Every `name … = N.dp` / `name: CGFloat = N` line of a block (an empty suffix: to the line's end).
    let numbers = |text: &str, marker: &str, suffix: &str| -> BTreeMap<String, i64> {
        text.lines()
            .filter_map(|line| {
                let name = name_before(line, marker)?;
                let rest = &line[line.find(marker)? + marker.len()..];
                let value = match rest.find(suffix) {
                    Some(end) if !suffix.is_empty() => &rest[..end],
                    _ => rest,
                };
                Some((name, value.trim().parse().ok()?))
            })
            .collect()
    };
    let table = |key: &str| -> BTreeMap<String, i64> {
        tokens[key]
            .as_table()
            .expect("a table")
            .iter()
            .map(|(k, v)| (camel(k), v.as_integer().expect("a whole number")))
            .collect()
    };

    let mut radii = table("shape");
    let button = radii.remove("button").expect("a button radius");
    assert_eq!(
        numbers(
            block(&kotlin, "val GroundworkShapes = Shapes("),
            "RoundedCornerShape(",
            ".dp"
        ),
        radii
    );
    assert!(
        kotlin.contains(&format!(
            "val buttonShape = RoundedCornerShape({button}.dp)"
        )),
        "Theme.kt's button shape"
    );
    radii.insert("button".into(), button);
    assert_eq!(
        numbers(block(&swift, "enum GroundworkRadius {"), "CGFloat =", ""),
        radii,
        "Theme.swift's radii"
    );

    let touch = &tokens["touch"];
    let mut spacing = table("spacing");
    spacing.insert("minTouchTarget".into(), int(touch, "android_dp"));
    assert_eq!(
        numbers(block(&kotlin, "object GroundworkSpacing {"), "= ", ".dp"),
        spacing,
        "Theme.kt's spacing"
    );
    spacing.insert("minTouchTarget".into(), int(touch, "ios_pt"));
    assert_eq!(
        numbers(block(&swift, "enum GroundworkSpacing {"), "CGFloat =", ""),
        spacing,
        "Theme.swift's spacing"
    );
    assert!(int(touch, "android_dp") >= 48 && int(touch, "ios_pt") >= 44);
}

#[test]
fn the_android_theme_uses_its_own_colours_unless_the_app_passes_dynamic_colour() {
    let kotlin = kotlin_theme();
    assert!(kotlin.contains("dynamicColorScheme: ColorScheme? = null"));
    assert!(kotlin.contains(
        "dynamicColorScheme ?: if (darkTheme) GroundworkDarkColors else GroundworkLightColors"
    ));
    assert!(!kotlin.contains("dynamicLightColorScheme") && !kotlin.contains("import android."));
    for part in [
        "typography = GroundworkTypography",
        "shapes = GroundworkShapes",
    ] {
        assert!(kotlin.contains(part), "MaterialTheme gets {part}");
    }
}

// ---------------------------------------------------------------------------------------------
// Contrast and colour blindness
// ---------------------------------------------------------------------------------------------

#[test]
fn every_named_text_and_background_pair_meets_wcag_aa_in_light_and_dark() {
    let tokens = tokens();
    let pairs = tokens["contrast"].as_array().expect("contrast = [...]");
    assert!(pairs.len() >= 10, "the tokens name the pairs screens use");
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        let colours = string_table(&tokens["colors"][theme]);
        for pair in pairs {
            let field = |key: &str| pair.get(key).and_then(Value::as_str).expect(key);
            let (text, on, kind) = (field("text"), field("on"), field("kind"));
            let needed = match kind {
                "body" => 4.5,
                "large" | "ui" => 3.0,
                other => panic!("unknown contrast kind {other}"),
            };
            let colour = |role: &str| {
                colours
                    .get(role)
                    .unwrap_or_else(|| panic!("{theme} has no colour {role}"))
            };
            let ratio = contrast(colour(text), colour(on));
            if ratio < needed {
                failures.push(format!(
                    "{theme}: {text} on {on} is {ratio:.2}:1, {kind} needs {needed}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn text_and_marks_on_each_mood_colour_meet_wcag_aa() {
    let mood = string_table(&tokens()["mood"]);
    for (name, fill) in mood_colours() {
        let on = &mood[&format!("on_{name}")];
        let ratio = contrast(on, &fill);
        assert!(ratio >= 4.5, "on_{name} on {name}: {ratio:.2}:1");
    }
}

#[test]
fn the_four_mood_colours_stay_distinguishable_under_simulated_colour_blindness() {
    let mood = mood_colours();
    assert_eq!(mood.len(), 4, "one colour per quadrant");
    for (vision, matrix) in VISIONS {
        for ((a, ha), (b, hb)) in pairs(&mood) {
            let (la, lb) = (lab(seen(ha, matrix)), lab(seen(hb, matrix)));
            let difference = delta_e_2000(la, lb);
            assert!(
                difference >= MIN_MOOD_DELTA_E,
                "{vision}: {a} and {b} differ by ΔE00 {difference:.1}"
            );
            let step = (la[0] - lb[0]).abs();
            assert!(
                step >= MIN_MOOD_LIGHTNESS_STEP,
                "{vision}: {a} and {b} differ in lightness by {step:.1}"
            );
        }
    }
}

#[test]
fn the_design_notes_list_each_mood_colours_simulated_values_as_computed() {
    let notes = std::fs::read_to_string(repo().join("docs/design.md")).expect("docs/design.md");
    for (name, hex) in mood_colours() {
        for (vision, matrix) in VISIONS {
            let shown = hex_of(seen(&hex, matrix));
            let lightness = lab(seen(&hex, matrix))[0];
            let cell = format!("{shown} (L* {lightness:.0})");
            assert!(
                notes.contains(&cell),
                "docs/design.md shows {name} under {vision} as {cell}"
            );
        }
    }
}

#[test]
fn help_now_is_unmistakably_apart_from_the_error_red_in_light_and_dark() {
    let tokens = tokens();
    for theme in ["light", "dark"] {
        let colours = string_table(&tokens["colors"][theme]);
        let difference = delta_e_2000(
            lab(linear(&colours["help"])),
            lab(linear(&colours["error"])),
        );
        assert!(
            difference >= 20.0,
            "{theme}: help and error differ by ΔE00 {difference:.1}"
        );
    }
}

#[test]
fn no_colour_of_the_palette_is_purple() {
    // CIELAB hue angles from 290° to 350° are violet to purple to magenta (Material's default
    // purple, #6750A4, is at 305°); near-greys (chroma under 10) have no hue to speak of.
    let tokens = tokens();
    let mut all: Vec<(String, String)> = mood_colours();
    for theme in ["light", "dark"] {
        all.extend(
            string_table(&tokens["colors"][theme])
                .into_iter()
                .map(|(k, v)| (format!("{theme}.{k}"), v)),
        );
    }
    let hue_and_chroma = |hex: &str| {
        let [_, a, b] = lab(linear(hex));
        (b.atan2(a).to_degrees().rem_euclid(360.0), a.hypot(b))
    };
    let (baseline, _) = hue_and_chroma("#6750A4");
    assert!((290.0..350.0).contains(&baseline));
    for (name, hex) in all {
        let (hue, chroma) = hue_and_chroma(&hex);
        assert!(
            chroma < 10.0 || !(290.0..350.0).contains(&hue),
            "{name} ({hex}) is purple: hue {hue:.0}°, chroma {chroma:.0}"
        );
    }
}
