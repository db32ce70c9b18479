//! SVG line charts for the HTML report: drawn from the insights series, with gaps where there
//! were no readings (never zeros), labelled axes, and a title and description for screen
//! readers. Plain shapes and text only: nothing is fetched and nothing runs.

use std::fmt::Write;

use chrono::NaiveDate;

use super::text::{esc, short_day};
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

/// One chart. `id` makes the title and description ids unique on the page; `summary` is the
/// plain-words description read out in place of the picture.
pub(super) fn svg(series: &TrendSeries, id: &str, summary: &str, span_label: &str) -> String {
    let frame = Frame {
        points: series.points.len(),
        min: series.scale_min,
        max: series.scale_max,
    };
    let mut out = String::new();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let _ = write!(
        out,
        r#"<svg class="chart" role="img" aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" xmlns="http://www.w3.org/2000/svg">"#
    );
    let _ = write!(
        out,
        r#"<title id="{title_id}">{}, {}</title><desc id="{desc_id}">{}</desc>"#,
        esc(&series.label),
        esc(span_label),
        esc(summary)
    );

    // The y axis: the bottom, middle and top of the scale, with light grid lines.
    let mid = (series.scale_min + series.scale_max) / 2.0;
    for value in [series.scale_min, mid, series.scale_max] {
        let y = frame.y(value);
        let _ = write!(
            out,
            r##"<line class="grid" x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/><text class="axis" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            number(value)
        );
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
            let label = crate::base::days::parse_day(&point.day)
                .map(short_day)
                .unwrap_or_else(|_| point.day.clone());
            let _ = write!(
                out,
                r#"<text class="axis" x="{:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
                frame.x(i),
                HEIGHT - 10.0,
                esc(&label)
            );
        }
    }

    if series.has_data {
        let path = line_path(&series.points, series.scale_min, series.scale_max);
        let _ = write!(out, r#"<path class="line" d="{path}"/>"#);
        for (i, point) in series.points.iter().enumerate() {
            if let Some(v) = point.value {
                let _ = write!(
                    out,
                    r#"<circle class="dot" cx="{:.1}" cy="{:.1}" r="2.5"/>"#,
                    frame.x(i),
                    frame.y(v)
                );
            }
        }
    } else {
        let _ = write!(
            out,
            r#"<text class="empty" x="{:.1}" y="{:.1}" text-anchor="middle">No readings on these days</text>"#,
            WIDTH / 2.0,
            HEIGHT / 2.0
        );
    }
    out.push_str("</svg>");
    out
}

/// A scale value as a label: whole numbers without a decimal point.
pub(super) fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
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
        .filter_map(|p| {
            let day = crate::base::days::parse_day(&p.day).ok()?;
            p.value.map(|v| (v, day))
        })
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

    fn point(day: &str, value: Option<f64>) -> TrendPoint {
        TrendPoint {
            day: day.to_owned(),
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
