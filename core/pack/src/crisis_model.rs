//! The crisis check's second reader: a small linear model over the words of what he wrote,
//! trained on the pack's labelled lines, for the ways of putting it that no pattern names.
//!
//! The patterns ([`crate::crisis`]) come first and say exactly why they matched. The model only
//! speaks when no pattern did, and it too can say why: every word and word pair it knows carries
//! one weight per situation, so the words that pushed a line over the threshold can be listed
//! (`groundwork pack lint --crisis`).
//!
//! - Features: the words of the text, respelled through the pack's `spellings` as the patterns
//!   read them, and each pair of neighbouring words; counted as `1 + ln(count)`, weighted by how
//!   rare the term is in the labelled lines (`ln((1 + n) / (1 + df)) + 1`), then scaled to length
//!   one.
//! - Model: multinomial logistic regression (one weight vector per label, "none" first),
//!   trained by full-batch gradient descent from zero with L2 regularisation and labels weighted
//!   by how rare they are. Training is deterministic: the same lines give the same file.
//! - A line is flagged when the probability of "none" falls below `1 - threshold`; the situation
//!   is the most probable of the others.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::HelpSituation;

/// The labels, in the order their weights are stored: "none", then the situations the crisis
/// check can suggest.
pub const LABELS: [&str; 5] = ["none", "self-harm", "hurt-someone", "being-hurt", "new-dad"];

/// One labelled line, as `crisis-lines/*.toml` and the held-out test files hold them: a
/// `[[case]]` table with `text`, `expect` (none, self-harm, hurt-someone, being-hurt or new-dad)
/// and, on positive lines, `urgent`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LabelledLine {
    /// What he wrote.
    pub text: String,
    /// What the line means: "none" or a situation the crisis check can suggest.
    pub expect: String,
    /// Whether the words carry time, a plan, the means or harm happening now.
    #[serde(default)]
    pub urgent: Option<bool>,
}

impl LabelledLine {
    /// The situation the line is labelled with (`None` for everyday talk); `Err` names a label
    /// that is neither.
    pub fn label(&self) -> Result<Option<HelpSituation>, String> {
        match self.expect.as_str() {
            "none" => Ok(None),
            name => HelpSituation::from_name(name)
                .filter(|s| crate::crisis::MATCH_SITUATIONS.contains(s))
                .map(Some)
                .ok_or_else(|| {
                    format!(
                        "the label \"{name}\" is not none, self-harm, hurt-someone, being-hurt or new-dad"
                    )
                }),
        }
    }
}

#[derive(Deserialize)]
struct LabelledFile {
    case: Vec<LabelledLine>,
}

/// Reads a file of labelled lines. `Err` says what is wrong, for a person.
pub fn read_labelled(text: &str) -> Result<Vec<LabelledLine>, String> {
    let file: LabelledFile = toml::from_str(text).map_err(|e| e.message().to_owned())?;
    for line in &file.case {
        line.label()?;
    }
    Ok(file.case)
}

/// Gradient descent steps when training.
const STEPS: usize = 1500;
/// The step size.
const LEARNING_RATE: f64 = 1.0;
/// Heavy-ball momentum: how much of the last step carries into the next.
const MOMENTUM: f64 = 0.9;
/// The L2 penalty, per line: a larger value keeps weights smaller.
const L2: f64 = 0.00006;
/// Terms seen in fewer lines than this are left out.
const MIN_LINES: usize = 1;
/// Weights are written with this many decimals, and terms whose weights all round to zero are
/// left out.
const DECIMALS: i32 = 3;

/// A trained model, as stored in a pack's `crisis-model.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisModel {
    /// The labels, in the order of every weight list: exactly [`LABELS`].
    pub labels: Vec<String>,
    /// How sure the model must be that a line is not "none" to flag it, above 0 and below 1.
    pub threshold: f64,
    /// How many labelled lines it was trained on.
    pub trained_on: u32,
    /// One bias per label.
    pub bias: Vec<f64>,
    /// Each term (a word, or two words with a space) with its rarity weight first, then one
    /// weight per label.
    pub terms: BTreeMap<String, Vec<f64>>,
}

/// Equality on floats is exact here: a model is compared with the file it was written to.
impl Eq for CrisisModel {}

/// What the model says about a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// The most probable situation other than "none", when the text is flagged.
    pub situation: Option<HelpSituation>,
    /// The probability that the text is not "none".
    pub concern: f64,
    /// The terms that pushed hardest towards that situation, strongest first (at most five).
    pub because: Vec<String>,
}

/// The terms of a text: its words (already respelled) and each pair of neighbours.
pub fn terms(words: &[String]) -> Vec<String> {
    let mut out: Vec<String> = words.to_vec();
    out.extend(words.windows(2).map(|w| format!("{} {}", w[0], w[1])));
    out
}

/// A sparse feature vector: term index and value.
type Sparse = Vec<(usize, f64)>;

fn vectorise(terms: &[String], index: &HashMap<&str, usize>, idf: &[f64]) -> Sparse {
    let mut counts: BTreeMap<usize, u32> = BTreeMap::new();
    for t in terms {
        if let Some(&i) = index.get(t.as_str()) {
            *counts.entry(i).or_default() += 1;
        }
    }
    let mut v: Sparse = counts
        .into_iter()
        .map(|(i, c)| (i, (1.0 + f64::from(c).ln()) * idf[i]))
        .collect();
    let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, x) in &mut v {
            *x /= norm;
        }
    }
    v
}

fn softmax(z: &mut [f64]) {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut sum = 0.0;
    for x in z.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    for x in z.iter_mut() {
        *x /= sum;
    }
}

fn label_index(label: Option<HelpSituation>) -> usize {
    let name = label.map_or("none", HelpSituation::as_str);
    LABELS.iter().position(|l| *l == name).unwrap_or(0)
}

fn round(x: f64) -> f64 {
    let scale = 10f64.powi(DECIMALS);
    (x * scale).round() / scale
}

/// Trains a model on labelled lines (each already split into respelled words). Deterministic.
pub fn train(lines: &[(Vec<String>, Option<HelpSituation>)], threshold: f64) -> CrisisModel {
    train_with(lines, threshold, L2, MIN_LINES)
}

/// [`train`] with another L2 penalty and least number of lines a term must be in: for measuring
/// those choices (`core/pack/examples/crisis_train_choices.rs`).
pub fn train_with(
    lines: &[(Vec<String>, Option<HelpSituation>)],
    threshold: f64,
    l2: f64,
    min_lines: usize,
) -> CrisisModel {
    let k = LABELS.len();
    // The vocabulary: every term in at least MIN_LINES lines, in sorted order.
    let mut df: BTreeMap<String, usize> = BTreeMap::new();
    let line_terms: Vec<Vec<String>> = lines.iter().map(|(w, _)| terms(w)).collect();
    for t in &line_terms {
        let mut seen: Vec<&String> = t.iter().collect();
        seen.sort();
        seen.dedup();
        for term in seen {
            *df.entry(term.clone()).or_default() += 1;
        }
    }
    df.retain(|_, n| *n >= min_lines);
    let vocab: Vec<String> = df.keys().cloned().collect();
    let n = lines.len().max(1) as f64;
    let idf: Vec<f64> = vocab
        .iter()
        .map(|t| ((1.0 + n) / (1.0 + df[t] as f64)).ln() + 1.0)
        .collect();
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    let xs: Vec<Sparse> = line_terms
        .iter()
        .map(|t| vectorise(t, &index, &idf))
        .collect();
    let ys: Vec<usize> = lines.iter().map(|(_, l)| label_index(*l)).collect();
    // Labels weighted by rarity, as if each were equally common.
    let mut per_label = vec![0usize; k];
    for &y in &ys {
        per_label[y] += 1;
    }
    let sample_weight: Vec<f64> = ys
        .iter()
        .map(|&y| n / (k as f64 * per_label[y].max(1) as f64))
        .collect();

    let mut w = vec![vec![0.0f64; k]; vocab.len()];
    let mut b = vec![0.0f64; k];
    let mut grad_w = vec![vec![0.0f64; k]; vocab.len()];
    let mut grad_b = vec![0.0f64; k];
    let mut p = vec![0.0f64; k];
    let mut vel_w = vec![vec![0.0f64; k]; vocab.len()];
    let mut vel_b = vec![0.0f64; k];
    for _ in 0..STEPS {
        for g in &mut grad_w {
            g.iter_mut().for_each(|x| *x = 0.0);
        }
        grad_b.iter_mut().for_each(|x| *x = 0.0);
        for ((x, &y), &sw) in xs.iter().zip(&ys).zip(&sample_weight) {
            p.copy_from_slice(&b);
            for &(i, v) in x {
                for (pj, wj) in p.iter_mut().zip(&w[i]) {
                    *pj += wj * v;
                }
            }
            softmax(&mut p);
            for j in 0..k {
                let err = sw * (p[j] - if j == y { 1.0 } else { 0.0 });
                grad_b[j] += err;
                for &(i, v) in x {
                    grad_w[i][j] += err * v;
                }
            }
        }
        for j in 0..k {
            vel_b[j] = MOMENTUM * vel_b[j] - LEARNING_RATE * grad_b[j] / n;
            b[j] += vel_b[j];
        }
        for ((wi, gi), vi) in w.iter_mut().zip(&grad_w).zip(&mut vel_w) {
            for j in 0..k {
                vi[j] = MOMENTUM * vi[j] - LEARNING_RATE * (gi[j] / n + l2 * wi[j]);
                wi[j] += vi[j];
            }
        }
    }
    let terms = vocab
        .into_iter()
        .zip(idf)
        .zip(w)
        .filter_map(|((term, idf), weights)| {
            let weights: Vec<f64> = weights.into_iter().map(round).collect();
            weights.iter().any(|x| *x != 0.0).then(|| {
                let mut row = vec![round(idf)];
                row.extend(weights);
                (term, row)
            })
        })
        .collect();
    CrisisModel {
        labels: LABELS.iter().map(|l| (*l).to_owned()).collect(),
        threshold,
        trained_on: u32::try_from(lines.len()).unwrap_or(u32::MAX),
        bias: b.into_iter().map(round).collect(),
        terms,
    }
}

/// Whether a stored model has the shape this code reads: the labels in order, a bias and a
/// weight per label for every term, a threshold between 0 and 1. `Err` says what is wrong.
pub fn check_shape(model: &CrisisModel) -> Result<(), String> {
    if model.labels.iter().map(String::as_str).ne(LABELS) {
        return Err(format!("`labels` must be {LABELS:?}"));
    }
    if !(model.threshold > 0.0 && model.threshold < 1.0) {
        return Err(format!(
            "`threshold` is {}, not between 0 and 1",
            model.threshold
        ));
    }
    if model.bias.len() != LABELS.len() || model.bias.iter().any(|x| !x.is_finite()) {
        return Err(format!("`bias` must be {} numbers", LABELS.len()));
    }
    if let Some((term, _)) = model
        .terms
        .iter()
        .find(|(_, row)| row.len() != LABELS.len() + 1 || row.iter().any(|x| !x.is_finite()))
    {
        return Err(format!(
            "the term \"{term}\" must have {} numbers: its rarity, then a weight per label",
            LABELS.len() + 1
        ));
    }
    // Training writes a rarity of at least 1; one of 0 or below would make a text of that term
    // alone weigh nothing (or count against itself). Every number is finite by now.
    if let Some((term, _)) = model.terms.iter().find(|(_, row)| row[0] <= 0.0) {
        return Err(format!("the term \"{term}\" must have a rarity above 0"));
    }
    Ok(())
}

/// A model ready to score texts.
#[derive(Debug, Clone)]
pub struct Scorer {
    model: CrisisModel,
}

impl Scorer {
    /// Wraps a model whose shape [`check_shape`] accepted; `None` otherwise.
    pub fn new(model: &CrisisModel) -> Option<Self> {
        check_shape(model).ok()?;
        Some(Scorer {
            model: model.clone(),
        })
    }

    /// Scores a text already split into respelled words.
    pub fn score(&self, words: &[String]) -> Score {
        let k = LABELS.len();
        let terms = terms(words);
        let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
        for t in &terms {
            if self.model.terms.contains_key(t.as_str()) {
                *counts.entry(t.as_str()).or_default() += 1;
            }
        }
        let mut x: Vec<(&str, f64)> = counts
            .into_iter()
            .map(|(t, c)| (t, (1.0 + f64::from(c).ln()) * self.model.terms[t][0]))
            .collect();
        let norm = x.iter().map(|(_, v)| v * v).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, v) in &mut x {
                *v /= norm;
            }
        }
        let mut p = self.model.bias.clone();
        for (t, v) in &x {
            let row = &self.model.terms[*t];
            for j in 0..k {
                p[j] += row[j + 1] * v;
            }
        }
        softmax(&mut p);
        let concern = 1.0 - p[0];
        let best = (1..k).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(1);
        let situation = (concern >= self.model.threshold)
            .then(|| HelpSituation::from_name(LABELS[best]))
            .flatten();
        let mut pushes: Vec<(&str, f64)> = x
            .iter()
            .map(|(t, v)| {
                (
                    *t,
                    v * (self.model.terms[*t][best + 1] - self.model.terms[*t][1]),
                )
            })
            .filter(|(_, push)| *push > 0.0)
            .collect();
        pushes.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        Score {
            situation,
            concern,
            because: pushes
                .into_iter()
                .take(5)
                .map(|(t, _)| t.to_owned())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    fn lines() -> Vec<(Vec<String>, Option<HelpSituation>)> {
        let mut out = Vec::new();
        for t in [
            "i want to die",
            "i want to end it",
            "thinking of ending my life",
            "no reason to live",
            "i want to end it i want to end it all",
        ] {
            out.push((w(t), Some(HelpSituation::SelfHarm)));
        }
        for t in [
            "i hit her",
            "i pushed my wife",
            "i choked her",
            "scared i will hit her",
        ] {
            out.push((w(t), Some(HelpSituation::HurtSomeone)));
        }
        for t in [
            "went to the footy",
            "work was long",
            "had a good day with the kids",
            "i want to go fishing",
            "cooked dinner tonight",
            "the kids are asleep",
        ] {
            out.push((w(t), None));
        }
        out
    }

    #[test]
    fn training_is_deterministic() {
        assert_eq!(train(&lines(), 0.5), train(&lines(), 0.5));
    }

    #[test]
    fn a_trained_model_flags_what_it_learned_and_says_which_words_pushed_it() {
        let model = train(&lines(), 0.5);
        check_shape(&model).expect("shape");
        let scorer = Scorer::new(&model).expect("scorer");
        let s = scorer.score(&w("some nights i want to die"));
        assert_eq!(s.situation, Some(HelpSituation::SelfHarm), "{s:?}");
        assert!(
            s.because.iter().any(|t| t == "die" || t == "to die"),
            "{s:?}"
        );
        let s = scorer.score(&w("i hit her again"));
        assert_eq!(s.situation, Some(HelpSituation::HurtSomeone), "{s:?}");
        let s = scorer.score(&w("went fishing with the kids"));
        assert_eq!(s.situation, None, "{s:?}");
        let s = scorer.score(&[]);
        assert_eq!(s.situation, None, "an empty text is never flagged");
    }

    /// Every number training writes, recorded: a change to the features (counts, rarity,
    /// length), the softmax, the steps, the penalty or the rounding moves some of them.
    #[test]
    fn training_a_small_corpus_gives_exactly_the_recorded_model() {
        let model = train(&lines(), 0.5);
        let text = serde_json::to_string_pretty(&model).expect("a model writes as JSON");
        insta::assert_snapshot!("small_corpus_model", text);
    }

    /// With every term seen, the model's own numbers give the score: the recorded concern for
    /// two lines, exactly.
    #[test]
    fn a_trained_model_scores_lines_with_the_recorded_concern() {
        let scorer = Scorer::new(&train(&lines(), 0.5)).expect("scorer");
        let concern = |t: &str| {
            let s = scorer.score(&w(t));
            format!("{:.6} because {:?}", s.concern, s.because)
        };
        insta::assert_snapshot!(
            "small_corpus_concern",
            [
                "i want to die",
                "i want to die i want to die",
                "i want to die die die",
                "went to the footy",
                "no words it knows",
            ]
            .map(|t| format!("{t}: {}", concern(t)))
            .join("\n")
        );
    }

    /// A model written by hand: two terms, "alone" pushing to self-harm and "even" pushing
    /// none and self-harm equally.
    fn hand_model() -> CrisisModel {
        CrisisModel {
            labels: LABELS.iter().map(|l| (*l).to_owned()).collect(),
            threshold: 0.5,
            trained_on: 2,
            bias: vec![0.0; LABELS.len()],
            terms: [
                ("alone".to_owned(), vec![1.0, 0.0, 3.0, 0.0, 0.0, 0.0]),
                ("even".to_owned(), vec![1.0, 2.0, 2.0, 0.0, 0.0, 0.0]),
            ]
            .into(),
        }
    }

    #[test]
    fn only_a_term_that_pushes_towards_the_situation_is_named_as_a_reason() {
        let scorer = Scorer::new(&hand_model()).expect("scorer");
        let s = scorer.score(&w("alone even"));
        assert_eq!(s.situation, Some(HelpSituation::SelfHarm), "{s:?}");
        assert_eq!(s.because, ["alone"], "\"even\" pushes both ways the same");
    }

    #[test]
    fn a_text_of_known_terms_is_scored_from_their_weights_exactly() {
        // One term, so its feature is 1 after scaling: p = softmax(bias + its weights), with
        // the weights 0 for none, 3 for self-harm and 0 for the other three.
        let scorer = Scorer::new(&hand_model()).expect("scorer");
        let s = scorer.score(&w("alone"));
        // Concern is 1 - p(none): 1 - 1 / (e^3 + 4).
        let expected = 1.0 - 1.0 / (3f64.exp() + 4.0);
        assert!((s.concern - expected).abs() < 1e-12, "{s:?}");
        // Twice the same term is still one feature, scaled back to 1.
        assert!((scorer.score(&w("alone alone")).concern - expected).abs() < 1e-12);
    }

    /// The softmax subtracts the largest score before taking exponents, so a model with very
    /// large weights still gives a probability, not infinity over infinity.
    #[test]
    fn a_model_with_very_large_weights_still_scores_a_line() {
        let mut model = hand_model();
        model.bias = vec![0.0, 800.0, 0.0, 0.0, 0.0];
        let s = Scorer::new(&model).expect("scorer").score(&w("alone"));
        assert!((s.concern - 1.0).abs() < 1e-12, "{s:?}");
        assert_eq!(s.situation, Some(HelpSituation::SelfHarm));
    }

    #[test]
    fn a_model_with_a_threshold_of_zero_a_short_bias_or_a_rarity_of_zero_is_refused() {
        let mut model = hand_model();
        model.threshold = 0.0;
        assert!(
            check_shape(&model)
                .expect_err("threshold")
                .contains("threshold")
        );
        let mut model = hand_model();
        model.bias.pop();
        assert!(check_shape(&model).expect_err("bias").contains("bias"));
        let mut model = hand_model();
        model.bias[0] = f64::NAN;
        assert!(check_shape(&model).expect_err("bias").contains("bias"));
        let mut model = hand_model();
        model.terms.get_mut("even").expect("term")[0] = 0.0;
        assert!(check_shape(&model).expect_err("rarity").contains("rarity"));
        assert!(check_shape(&hand_model()).is_ok());
    }

    #[test]
    fn a_model_of_the_wrong_shape_is_refused() {
        let mut model = train(&lines(), 0.5);
        model.threshold = 1.0;
        assert!(
            check_shape(&model)
                .expect_err("wrong shape")
                .contains("threshold")
        );
        let mut model = train(&lines(), 0.5);
        model.labels.swap(0, 1);
        assert!(
            check_shape(&model)
                .expect_err("wrong shape")
                .contains("labels")
        );
        let mut model = train(&lines(), 0.5);
        if let Some(row) = model.terms.values_mut().next() {
            row.pop();
        }
        assert!(
            check_shape(&model)
                .expect_err("wrong shape")
                .contains("numbers")
        );
        assert!(Scorer::new(&model).is_none());
    }
}
