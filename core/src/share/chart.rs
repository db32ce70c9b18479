//! SVG line charts for the HTML report: drawn from the insights series, with gaps where there
//! were no readings (never zeros), labelled axes, and a title and description for screen
//! readers. Plain shapes and text only: nothing is fetched and nothing runs. The labels are in
//! the report's language.

use std::fmt::Write;

use chrono::NaiveDate;

use super::text::{esc, number, short_day};
use crate::base::text::Language;
use crate::insights::{TrendPoint, TrendSeries};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 34.0;

/// Where each point goes: x by its place in the span, y by its value on the series' scale.
struct Frame {
    points: usize,
    min: f64,
    max: f64,
}

impl Frame {
    fn x(&self, i: usize) -> f64 {
        let width = WIDTH - LEFT - RIGHT;
        if self.points <= 1 {
            LEFT + width / 2.0
        } else {
            LEFT + width * i as f64 / (self.points - 1) as f64
        }
    }

    fn y(&self, value: f64) -> f64 {
        let height = HEIGHT - TOP - BOTTOM;
        let span = (self.max - self.min).max(f64::EPSILON);
        let clamped = value.clamp(self.min, self.max);
        TOP + height * (self.max - clamped) / span
    }
}

/// The path through the points with values: a new stroke starts after every gap, so a day
/// without readings is a break in the line rather than a drop to zero.
pub(super) fn line_path(points: &[TrendPoint], min: f64, max: f64) -> String {
    let frame = Frame {
        points: points.len(),
        min,
        max,
    };
    let mut path = String::new();
    let mut in_stroke = false;
    for (i, point) in points.iter().enumerate() {
        match point.value {
            Some(v) => {
                let command = if in_stroke { 'L' } else { 'M' };
                let _ = write!(path, "{command}{:.1} {:.1} ", frame.x(i), frame.y(v));
                in_stroke = true;
            }
            None => in_stroke = false,
        }
    }
    path.trim_end().to_owned()
}

/// One chart. `highest` is each point's highest single reading, drawn as a ring above the
/// point where it was higher. `id` makes the title and description ids unique on the page;
/// `title` names it (the measure and the span); `summary` is the plain-words description read
/// out in place of the picture. Its own labels are in `language`.
///
/// With one or two readings the chart is drawn to read well rather than to scale the span: one
/// point in the middle, two joined across the middle, the value written beside each, and the
/// axis around them (labelled with their own values) so they sit in the middle, not in a
/// corner.
pub(super) fn svg(
    series: &TrendSeries,
    highest: &[Option<f64>],
    id: &str,
    title: &str,
    summary: &str,
    language: Language,
) -> String {
    let mut out = String::new();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let _ = write!(
        out,
        r#"<svg class="chart" role="img" aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" xmlns="http://www.w3.org/2000/svg">"#
    );
    let _ = write!(
        out,
        r#"<title id="{title_id}">{}</title><desc id="{desc_id}">{}</desc>"#,
        esc(title),
        esc(summary)
    );
    // The points with readings: their place in the span, the average and the highest reading.
    let readings: Vec<(usize, f64, Option<f64>)> = series
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let high = highest
                .get(i)
                .copied()
                .flatten()
                .filter(|h| Some(*h) > p.value);
            p.value.map(|v| (i, v, high))
        })
        .collect();
    match readings.len() {
        0 => {
            let _ = write!(
                out,
                r#"<text class="empty" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                WIDTH / 2.0,
                HEIGHT / 2.0,
                esc(&language.say("share-chart-no-readings"))
            );
        }
        1 | 2 => few(&mut out, series, &readings, language),
        _ => many(&mut out, series, &readings, language),
    }
    out.push_str("</svg>");
    out
}

/// A grid line across the chart at `y`, labelled on the left.
fn grid_line(out: &mut String, y: f64, label: &str) {
    let _ = write!(
        out,
        r##"<line class="grid" x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/><text class="axis" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
        WIDTH - RIGHT,
        LEFT - 6.0,
        y + 4.0,
        esc(label)
    );
}

/// A day's label under the chart at `x`.
fn day_label(out: &mut String, x: f64, day: NaiveDate, anchor: &str, language: Language) {
    let label = short_day(day, language);
    let _ = write!(
        out,
        r#"<text class="axis" x="{x:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
        HEIGHT - 10.0,
        esc(&label)
    );
}

/// The ring marking a higher single reading.
fn ring(out: &mut String, x: f64, y: f64) {
    let _ = write!(
        out,
        r#"<circle class="high" cx="{x:.1}" cy="{y:.1}" r="3.5"/>"#
    );
}

/// Three readings or more: the whole span along the bottom, the whole scale up the side.
fn many(
    out: &mut String,
    series: &TrendSeries,
    readings: &[(usize, f64, Option<f64>)],
    language: Language,
) {
    let frame = Frame {
        points: series.points.len(),
        min: series.scale_min,
        max: series.scale_max,
    };
    // The y axis: the bottom, middle and top of the scale, with light grid lines.
    let mid = (series.scale_min + series.scale_max) / 2.0;
    for value in [series.scale_min, mid, series.scale_max] {
        grid_line(out, frame.y(value), &number(value, language));
    }
    // The x axis: the first, middle and last point's day.
    let last = series.points.len().saturating_sub(1);
    let mut labelled = vec![0, last / 2, last];
    labelled.dedup();
    for i in labelled {
        if let Some(point) = series.points.get(i) {
            let anchor = match i {
                0 if last > 0 => "start",
                i if i == last && last > 0 => "end",
                _ => "middle",
            };
            day_label(out, frame.x(i), point.day, anchor, language);
        }
    }
    let path = line_path(&series.points, series.scale_min, series.scale_max);
    let _ = write!(out, r#"<path class="line" d="{path}"/>"#);
    for &(i, value, high) in readings {
        if let Some(high) = high {
            ring(out, frame.x(i), frame.y(high));
        }
        let _ = write!(
            out,
            r#"<circle class="dot" cx="{:.1}" cy="{:.1}" r="2.5"/>"#,
            frame.x(i),
            frame.y(value)
        );
    }
}

/// One or two readings: drawn in the middle, joined, each value written beside its point, on an
/// axis around their own values.
fn few(
    out: &mut String,
    series: &TrendSeries,
    readings: &[(usize, f64, Option<f64>)],
    language: Language,
) {
    let values: Vec<f64> = readings
        .iter()
        .flat_map(|(_, v, h)| std::iter::once(*v).chain(*h))
        .collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let half = (hi - lo).max(1.0);
    let centre = (lo + hi) / 2.0;
    let frame = Frame {
        points: 2,
        min: centre - half,
        max: centre + half,
    };
    let width = WIDTH - LEFT - RIGHT;
    let x = |k: usize| match readings.len() {
        1 => LEFT + width / 2.0,
        _ => LEFT + width * (1.0 + 2.0 * k as f64) / 4.0,
    };
    let mut labelled: Vec<f64> = values.clone();
    labelled.sort_by(f64::total_cmp);
    labelled.dedup();
    for value in labelled {
        grid_line(out, frame.y(value), &number(value, language));
    }
    if let [(_, a, _), (_, b, _)] = readings {
        let _ = write!(
            out,
            r#"<path class="line" d="M{:.1} {:.1} L{:.1} {:.1}"/>"#,
            x(0),
            frame.y(*a),
            x(1),
            frame.y(*b)
        );
    }
    for (k, &(i, value, high)) in readings.iter().enumerate() {
        let (px, py) = (x(k), frame.y(value));
        if let Some(high) = high {
            ring(out, px, frame.y(high));
            let _ = write!(
                out,
                r#"<text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
                px + 8.0,
                frame.y(high) + 4.0,
                esc(&language.say_with(
                    "share-chart-highest",
                    &[("value", number(high, language).into())]
                ))
            );
        }
        let _ = write!(
            out,
            r#"<circle class="dot" cx="{px:.1}" cy="{py:.1}" r="4"/><text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
            px + 8.0,
            py + 4.0,
            number(value, language)
        );
        if let Some(point) = series.points.get(i) {
            day_label(out, px, point.day, "middle", language);
        }
    }
}

/// The lowest and highest points and the average of the points with values.
pub(super) struct Stats {
    pub average: f64,
    pub lowest: (f64, NaiveDate),
    pub highest: (f64, NaiveDate),
    pub points_with_readings: usize,
}

/// `None` when the series has no readings.
pub(super) fn stats(series: &TrendSeries) -> Option<Stats> {
    let readings: Vec<(f64, NaiveDate)> = series
        .points
        .iter()
        .filter_map(|p| p.value.map(|v| (v, p.day)))
        .collect();
    let first = *readings.first()?;
    let (mut lowest, mut highest) = (first, first);
    for &(v, day) in &readings {
        if v < lowest.0 {
            lowest = (v, day);
        }
        if v > highest.0 {
            highest = (v, day);
        }
    }
    let average = readings.iter().map(|r| r.0).sum::<f64>() / readings.len() as f64;
    Some(Stats {
        average: (average * 10.0).round() / 10.0,
        lowest,
        highest,
        points_with_readings: readings.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Language = Language::ENGLISH;

    fn point(day: &str, value: Option<f64>) -> TrendPoint {
        TrendPoint {
            day: crate::base::days::parse_day(day).expect("a valid day"),
            value,
            smoothed: None,
        }
    }

    #[test]
    fn a_day_without_readings_breaks_the_line_instead_of_dropping_to_zero() {
        let points = [
            point("2026-11-01", Some(2.0)),
            point("2026-11-02", Some(3.0)),
            point("2026-11-03", None),
            point("2026-11-04", Some(-1.0)),
        ];
        let path = line_path(&points, -5.0, 5.0);
        assert_eq!(path.matches('M').count(), 2, "{path}");
        assert_eq!(path.matches('L').count(), 1, "{path}");
        // Zero on a -5..5 scale sits in the middle (y = 90); no point is drawn there.
        assert!(!path.contains(" 90.0"), "{path}");
    }

    fn series(values: &[Option<f64>]) -> TrendSeries {
        TrendSeries {
            metric: crate::insights::Metric::Anger,
            label: "Anger".to_owned(),
            scale_min: 0.0,
            scale_max: 10.0,
            points: values
                .iter()
                .enumerate()
                .map(|(i, v)| point(&format!("2026-11-{:02}", i + 1), *v))
                .collect(),
            has_data: values.iter().any(Option::is_some),
        }
    }

    /// The (cx, cy) of every dot drawn.
    fn dots(svg: &str) -> Vec<(f64, f64)> {
        svg.split(r#"<circle class="dot" cx=""#)
            .skip(1)
            .filter_map(|rest| {
                let (cx, rest) = rest.split_once(r#"" cy=""#)?;
                let (cy, _) = rest.split_once('"')?;
                Some((cx.parse().ok()?, cy.parse().ok()?))
            })
            .collect()
    }

    #[test]
    fn one_reading_is_drawn_in_the_middle_with_its_value_written_beside_it() {
        let mut values = vec![None; 14];
        values[0] = Some(8.0);
        let svg = svg(&series(&values), &[], "c", "title", "summary", EN);
        let drawn = dots(&svg);
        assert_eq!(drawn.len(), 1, "{svg}");
        let (cx, cy) = drawn[0];
        assert_eq!(cx, LEFT + (WIDTH - LEFT - RIGHT) / 2.0);
        assert_eq!(cy, TOP + (HEIGHT - TOP - BOTTOM) / 2.0);
        assert!(
            svg.contains(r#"<text class="value""#) && svg.contains(">8</text>"),
            "{svg}"
        );
        assert!(svg.contains(">1 Nov</text>"), "{svg}");
    }

    #[test]
    fn two_readings_are_joined_across_the_middle_even_days_apart() {
        let mut values = vec![None; 30];
        values[0] = Some(2.0);
        values[29] = Some(3.0);
        let svg = svg(&series(&values), &[], "c", "title", "summary", EN);
        let drawn = dots(&svg);
        assert_eq!(drawn.len(), 2, "{svg}");
        let width = WIDTH - LEFT - RIGHT;
        assert_eq!(drawn[0].0, LEFT + width / 4.0);
        assert_eq!(drawn[1].0, LEFT + width * 3.0 / 4.0);
        let (top, bottom) = (TOP, HEIGHT - BOTTOM);
        for (_, cy) in &drawn {
            assert!(*cy > top + (bottom - top) / 8.0 && *cy < bottom - (bottom - top) / 8.0);
        }
        assert!(drawn[1].1 < drawn[0].1, "3 is drawn above 2");
        assert_eq!(svg.matches(r#"<path class="line""#).count(), 1, "{svg}");
        assert!(
            svg.contains(">2</text>") && svg.contains(">3</text>"),
            "{svg}"
        );
    }

    #[test]
    fn a_higher_reading_on_a_day_is_drawn_as_a_ring_above_its_average() {
        let values = vec![Some(5.0), Some(4.0), Some(6.0)];
        let highest = vec![Some(8.0), Some(4.0), None];
        let svg = svg(&series(&values), &highest, "c", "title", "summary", EN);
        assert_eq!(svg.matches(r#"class="high""#).count(), 1, "{svg}");
        let few = svg_for_one_day_of_an_eight_and_a_two();
        assert!(few.contains(">highest 8</text>"), "{few}");
        assert!(few.contains(">5</text>"), "{few}");
    }

    fn svg_for_one_day_of_an_eight_and_a_two() -> String {
        svg(
            &series(&[Some(5.0)]),
            &[Some(8.0)],
            "c",
            "title",
            "summary",
            EN,
        )
    }

    #[test]
    fn a_charts_labels_are_in_french_with_the_french_pack() {
        let fr = Language::of_pack("fr-CA");
        let few = svg(
            &series(&[Some(4.5)]),
            &[Some(8.0)],
            "c",
            "titre",
            "résumé",
            fr,
        );
        assert!(few.contains(">la plus haute\u{a0}: 8</text>"), "{few}");
        assert!(few.contains(">4,5</text>"), "{few}");
        assert!(few.contains(">1er nov.</text>"), "{few}");
        let empty = svg(&series(&[None, None]), &[], "c", "titre", "résumé", fr);
        assert!(
            empty.contains(">Aucune mesure ces jours-là</text>"),
            "{empty}"
        );
    }

    #[test]
    fn higher_values_are_drawn_higher_up() {
        let points = [
            point("2026-11-01", Some(-5.0)),
            point("2026-11-02", Some(5.0)),
        ];
        let path = line_path(&points, -5.0, 5.0);
        assert_eq!(
            path,
            format!(
                "M{LEFT:.1} {:.1} L{:.1} {TOP:.1}",
                HEIGHT - BOTTOM,
                WIDTH - RIGHT
            )
        );
    }
}
