//! Reading one module file: TOML front matter between `+++` lines, then steps in a Markdown
//! subset with fenced exercise blocks whose bodies are TOML.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Problems, StepSource, TomlSource, deserialize_table, offset_in, parse_table};
use crate::model::{
    Block, BodyScan, Breathing, Checklist, Choice, Commitment, EmotionPicker, Exercise,
    HelpSituation, LinkTarget, Module, ModuleMeta, MultiChoice, Plan, Reflection, Scale, Span,
    Step,
};
use crate::source::ModuleSource;

/// The deepest quotes and lists may nest in a step. Far more than any step needs; it bounds the
/// work of reading one (900,000 `>` would otherwise take the Markdown reader seconds) and the
/// depth of the blocks every later walk goes through.
pub const MAX_NESTING: usize = 16;

/// Where a line of `body` opens quotes or lists deeper than [`MAX_NESTING`], read in one pass:
/// the `>` and list markers (`-`, `*`, `+`, `1.`, `1)`) at the start of each line. (Nesting by
/// indentation alone costs at least two columns a level on every line, so it cannot grow deep
/// without the file growing with the square of the depth.)
fn too_deep(body: &str) -> Option<usize> {
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let mut depth = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' => {}
                b'>' => depth += 1,
                b'-' | b'*' | b'+' if bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) => {
                    depth += 1;
                }
                b'0'..=b'9' => {
                    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                    match bytes.get(i + digits) {
                        Some(b'.' | b')') => {
                            depth += 1;
                            i += digits;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
            i += 1;
        }
        if depth > MAX_NESTING {
            return Some(start);
        }
        start += line.len();
    }
    None
}

/// Where the parts of a module file are.
struct Layout {
    /// The front matter's TOML (between the `+++` lines).
    front: Range<usize>,
    /// Everything after the closing `+++` line.
    body: usize,
}

/// Finds the front matter. `Err` holds what is wrong.
fn layout(text: &str) -> Result<Layout, (&'static str, &'static str)> {
    let mut lines = text.split_inclusive('\n').scan(0usize, |pos, line| {
        let start = *pos;
        *pos += line.len();
        Some((start, line))
    });
    match lines.next() {
        Some((_, line)) if line.trim_end() == "+++" => {}
        _ => {
            return Err((
                "the module has no front matter",
                "start the file with a `+++` line, then its TOML (id, title, ...), then another `+++` line",
            ));
        }
    }
    let front_start = text.find('\n').map_or(text.len(), |i| i + 1);
    for (start, line) in lines {
        if line.trim_end() == "+++" {
            return Ok(Layout {
                front: front_start..start,
                body: start + line.len(),
            });
        }
    }
    Err((
        "the front matter is not closed",
        "end it with a line holding only `+++`",
    ))
}

/// The module id in a file's front matter, if it can be found even though the file is broken.
pub(super) fn front_matter_id(text: &str) -> Option<String> {
    let layout = layout(text).ok()?;
    let table = toml::de::DeTable::parse(text.get(layout.front)?).ok()?;
    Some(table.get_ref().get("id")?.get_ref().as_str()?.to_owned())
}

/// Parses a module file. Problems go to `problems`; the module is returned when its front matter
/// could be read (the caller checks whether any problem was found in the body).
pub(super) fn parse(
    text: &str,
    file: usize,
    stem: &str,
    problems: &mut Problems,
) -> Option<(Module, ModuleSource)> {
    let layout = match layout(text) {
        Ok(l) => l,
        Err((message, fix)) => {
            problems.push(file, 0, message, fix);
            return None;
        }
    };
    let front_text = text.get(layout.front.clone()).unwrap_or("");
    let meta = parse_table(front_text, file, layout.front.start, problems).and_then(|table| {
        match deserialize_table::<ModuleMeta>(table) {
            Ok(meta) => Some(meta),
            Err(e) => {
                problems.toml(file, layout.front.start, &e);
                None
            }
        }
    });
    if let Some(meta) = &meta
        && meta.id != stem
    {
        problems.push(
            file,
            layout.front.start
                + offset_in(front_text, &[crate::diagnostic::Seg::Key("id".to_owned())]),
            format!(
                "the file is named `{stem}.md` but the module's id is `{}`",
                meta.id
            ),
            format!(
                "rename the file to `{}.md` (a shipped module's id never changes)",
                meta.id
            ),
        );
    }
    let mut body = Body {
        text,
        base: layout.body,
        file,
        problems,
        steps: Vec::new(),
        inline: Inline::default(),
        containers: Vec::new(),
        heading: None,
        in_code: false,
        skip: 0,
        reported_before_first: false,
    };
    body.run();
    let steps = body.steps;
    let meta = meta?;
    let source = ModuleSource {
        file,
        front: Some(TomlSource {
            file,
            start: layout.front.start,
            end: layout.front.end,
        }),
        steps: steps
            .iter()
            .map(|s| StepSource {
                heading: s.heading,
                fence: s.fence,
                exercise: s.exercise_source,
            })
            .collect(),
    };
    let module = Module {
        meta,
        steps: steps
            .into_iter()
            .map(|s| Step {
                title: s.title,
                blocks: s.blocks,
                exercise: s.exercise,
            })
            .collect(),
    };
    Some((module, source))
}

struct StepBuild {
    title: String,
    heading: usize,
    blocks: Vec<Block>,
    exercise: Option<Exercise>,
    /// An exercise block was seen (even one that could not be read).
    exercise_seen: bool,
    fence: Option<usize>,
    exercise_source: Option<TomlSource>,
}

/// Text being collected: runs of styled text and links.
#[derive(Default)]
struct Inline {
    spans: Vec<Span>,
    emphasis: u32,
    strong: u32,
    /// The link being read: its target (if valid) and text.
    link: Option<(Option<LinkTarget>, String)>,
}

impl Inline {
    fn push_text(&mut self, text: &str) {
        if let Some((_, link_text)) = &mut self.link {
            link_text.push_str(text);
            return;
        }
        let (emphasis, strong) = (self.emphasis > 0, self.strong > 0);
        if let Some(Span::Text {
            text: last,
            emphasis: e,
            strong: s,
        }) = self.spans.last_mut()
            && *e == emphasis
            && *s == strong
        {
            last.push_str(text);
            return;
        }
        self.spans.push(Span::Text {
            text: text.to_owned(),
            emphasis,
            strong,
        });
    }

    fn take(&mut self) -> Vec<Span> {
        let mut spans = std::mem::take(&mut self.spans);
        // Trim the edges of the run: soft breaks at the ends carry no meaning.
        if let Some(Span::Text { text, .. }) = spans.first_mut() {
            *text = text.trim_start().to_owned();
        }
        if let Some(Span::Text { text, .. }) = spans.last_mut() {
            *text = text.trim_end().to_owned();
        }
        spans.retain(|s| !s.text().is_empty() || matches!(s, Span::Link { .. }));
        self.emphasis = 0;
        self.strong = 0;
        self.link = None;
        spans
    }
}

enum Container {
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
        nested: bool,
    },
    Item {
        paragraphs: u32,
    },
    Quote {
        paragraphs: u32,
        nested: bool,
    },
}

struct Body<'a, 'p> {
    text: &'a str,
    base: usize,
    file: usize,
    problems: &'p mut Problems,
    steps: Vec<StepBuild>,
    inline: Inline,
    containers: Vec<Container>,
    /// The level of the heading being read.
    heading: Option<HeadingLevel>,
    in_code: bool,
    /// Depth of an unsupported construct whose contents are skipped.
    skip: u32,
    reported_before_first: bool,
}

const KINDS_FIX: &str = "use one of: reflection, scale, choice, multi-choice, emotions, checklist, breathing, body-scan, plan, commitment";

impl Body<'_, '_> {
    fn problem(&mut self, at: usize, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(self.file, self.base + at, message, fix);
    }

    fn run(&mut self) {
        let body = self.text.get(self.base..).unwrap_or("");
        if let Some(at) = too_deep(body) {
            self.problem(
                at,
                format!("quotes or lists are nested more than {MAX_NESTING} deep"),
                "a step reads best flat: use at most a quote with a list inside it",
            );
            return;
        }
        let parser = Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter();
        for (event, range) in parser {
            self.event(event, range);
        }
    }

    /// Checks that a top-level block may start here: inside a step, before its exercise.
    fn block_start(&mut self, at: usize) {
        if !self.containers.is_empty() {
            return;
        }
        match self.steps.last() {
            None if !self.reported_before_first => {
                self.reported_before_first = true;
                self.problem(
                    at,
                    "there is text before the first step",
                    "start every step with a `## Title` line; put nothing between the front matter and the first one",
                );
            }
            Some(step) if step.exercise_seen => {
                self.problem(
                    at,
                    "there is text after the step's exercise",
                    "an exercise comes last in its step: move this text above it, or start a new step",
                );
            }
            _ => {}
        }
    }

    fn push_block(&mut self, block: Block) {
        if let Some(step) = self.steps.last_mut() {
            step.blocks.push(block);
        }
    }

    #[allow(clippy::too_many_lines)]
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if self.skip > 0 {
            match event {
                Event::Start(Tag::Table(_) | Tag::Image { .. } | Tag::HtmlBlock) => self.skip += 1,
                Event::End(TagEnd::Table | TagEnd::Image | TagEnd::HtmlBlock) => self.skip -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if !self.containers.is_empty() {
                    self.problem(
                        range.start,
                        "a heading inside a list or quote",
                        "put step headings (`## Title`) at the start of a line, outside lists and quotes",
                    );
                } else if level != HeadingLevel::H2 {
                    let hashes = "#".repeat(level as usize);
                    self.problem(
                        range.start,
                        format!("`{hashes}` headings are not allowed"),
                        "start a step with `## Title`; for emphasis inside a step use **bold** text",
                    );
                }
                self.heading = Some(level);
                self.inline = Inline::default();
            }
            Event::End(TagEnd::Heading(level)) => {
                self.heading = None;
                let title = crate::model::plain_text(&self.inline.take());
                if level == HeadingLevel::H2 && self.containers.is_empty() {
                    if title.trim().is_empty() {
                        self.problem(
                            range.start,
                            "the step has no title",
                            "write a title after `## `",
                        );
                    }
                    self.steps.push(StepBuild {
                        title: title.trim().to_owned(),
                        heading: self.base + range.start,
                        blocks: Vec::new(),
                        exercise: None,
                        exercise_seen: false,
                        fence: None,
                        exercise_source: None,
                    });
                }
            }
            Event::Start(Tag::Paragraph) => {
                self.block_start(range.start);
                match self.containers.last_mut() {
                    Some(Container::Item { paragraphs } | Container::Quote { paragraphs, .. }) => {
                        *paragraphs += 1;
                        if *paragraphs > 1 {
                            self.problem(
                                range.start,
                                "a list item or quote holds more than one paragraph",
                                "keep each list item and quote to one paragraph, with no blank line inside",
                            );
                        } else {
                            return;
                        }
                        self.inline.push_text(" ");
                    }
                    _ => self.inline = Inline::default(),
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if self.containers.is_empty() {
                    let spans = self.inline.take();
                    self.push_block(Block::Paragraph { spans });
                }
            }
            Event::Start(Tag::List(start)) => {
                self.block_start(range.start);
                let nested = !self.containers.is_empty();
                if nested {
                    self.problem(
                        range.start,
                        "a list inside a list or quote",
                        "lists cannot be nested: make it one flat list, or a separate paragraph",
                    );
                }
                self.containers.push(Container::List {
                    ordered: start.is_some(),
                    items: Vec::new(),
                    nested,
                });
            }
            Event::Start(Tag::Item) => {
                self.inline = Inline::default();
                self.containers.push(Container::Item { paragraphs: 0 });
            }
            Event::End(TagEnd::Item) => {
                self.containers.pop();
                let spans = self.inline.take();
                if let Some(Container::List { items, .. }) = self.containers.last_mut() {
                    items.push(spans);
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(Container::List {
                    ordered,
                    items,
                    nested: false,
                }) = self.containers.pop()
                    && self.containers.is_empty()
                {
                    self.push_block(Block::List { ordered, items });
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.block_start(range.start);
                let nested = !self.containers.is_empty();
                if nested {
                    self.problem(
                        range.start,
                        "a quote inside a list or quote",
                        "quotes cannot be nested: make it a separate quote",
                    );
                }
                self.inline = Inline::default();
                self.containers.push(Container::Quote {
                    paragraphs: 0,
                    nested,
                });
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                if let Some(Container::Quote { nested: false, .. }) = self.containers.pop()
                    && self.containers.is_empty()
                {
                    let spans = self.inline.take();
                    self.push_block(Block::Quote { spans });
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                self.in_code = true;
                match kind {
                    CodeBlockKind::Indented => self.problem(
                        range.start,
                        "indented text is read as a code block",
                        "remove the indentation (four spaces or a tab at the start of the line)",
                    ),
                    CodeBlockKind::Fenced(info) => {
                        if self.containers.is_empty() {
                            self.exercise(&info, range);
                        } else {
                            self.problem(
                                range.start,
                                "an exercise inside a list or quote",
                                "put the exercise block at the start of a line, after the step's text",
                            );
                        }
                    }
                }
            }
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            Event::Text(text) => {
                if !self.in_code {
                    self.inline.push_text(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => self.inline.push_text(" "),
            Event::Start(Tag::Emphasis) => self.inline.emphasis += 1,
            Event::End(TagEnd::Emphasis) => {
                self.inline.emphasis = self.inline.emphasis.saturating_sub(1);
            }
            Event::Start(Tag::Strong) => self.inline.strong += 1,
            Event::End(TagEnd::Strong) => self.inline.strong = self.inline.strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if self.heading.is_some() {
                    self.problem(
                        range.start,
                        "a link in a step title",
                        "put links in the step's text, not its title",
                    );
                }
                let target = self.link_target(&dest_url, range.start);
                self.inline.link = Some((target, String::new()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((target, text)) = self.inline.link.take() {
                    if text.trim().is_empty() {
                        self.problem(
                            range.start,
                            "a link has no text",
                            "write the words to tap inside the [brackets]",
                        );
                    }
                    match target {
                        Some(target) => self.inline.spans.push(Span::Link { text, target }),
                        None => self.inline.push_text(&text),
                    }
                }
            }
            Event::Code(_) => self.problem(
                range.start,
                "inline code (text in `backticks`) is not allowed",
                "write it as plain text, or in *emphasis*",
            ),
            Event::Start(Tag::HtmlBlock) => {
                self.skip = 1;
                self.problem(
                    range.start,
                    "HTML is not allowed",
                    "write plain text; the apps render text natively",
                );
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                self.problem(
                    range.start,
                    "HTML is not allowed",
                    "write plain text; the apps render text natively",
                );
            }
            Event::Rule => self.problem(
                range.start,
                "horizontal rules (---) are not allowed",
                "start a new step with `## Title` instead",
            ),
            Event::Start(Tag::Table(_)) => {
                self.skip = 1;
                self.problem(
                    range.start,
                    "tables are not allowed",
                    "use a list, or a checklist or choice exercise",
                );
            }
            Event::Start(Tag::Image { .. }) => {
                self.skip = 1;
                self.problem(
                    range.start,
                    "images are not allowed",
                    "describe it in words; packs carry text only",
                );
            }
            Event::Start(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {
                self.problem(
                    range.start,
                    "this Markdown is not supported",
                    "use paragraphs, *emphasis*, **strong**, lists, > quotes and links only",
                );
            }
            Event::InlineMath(_) | Event::DisplayMath(_) => self.problem(
                range.start,
                "this Markdown is not supported",
                "use paragraphs, *emphasis*, **strong**, lists, > quotes and links only",
            ),
            Event::End(_) => {}
        }
    }

    fn link_target(&mut self, dest: &str, at: usize) -> Option<LinkTarget> {
        if let Some(situation) = dest.strip_prefix("help:") {
            if situation.is_empty() {
                return Some(LinkTarget::Help { situation: None });
            }
            if let Some(s) = HelpSituation::from_name(situation) {
                return Some(LinkTarget::Help { situation: Some(s) });
            }
            let known: Vec<&str> = HelpSituation::ALL.iter().map(|s| s.as_str()).collect();
            self.problem(
                at,
                format!("`help:{situation}` is not a help situation"),
                format!(
                    "use `help:` alone, or one of: help:{}",
                    known.join(", help:")
                ),
            );
            return None;
        }
        if dest.starts_with("https://") && dest.len() > "https://".len() {
            return Some(LinkTarget::Web {
                url: dest.to_owned(),
            });
        }
        self.problem(
            at,
            format!("the link `{dest}` is neither https:// nor help:"),
            "link to an https:// address, or to help with `help:` (e.g. `help:talk`)",
        );
        None
    }

    /// Reads a fenced exercise block at `range` (relative to the body).
    fn exercise(&mut self, info: &str, range: Range<usize>) {
        self.block_start(range.start);
        let Some(step) = self.steps.last() else {
            return;
        };
        if step.exercise_seen {
            self.problem(
                range.start,
                "a step has more than one exercise",
                "give each exercise its own step",
            );
            return;
        }
        let start = self.base + range.start;
        let end = self.base + range.end;
        if let Some(step) = self.steps.last_mut() {
            step.exercise_seen = true;
            step.fence = Some(start);
        }
        let kind = info.split_whitespace().next().unwrap_or("");
        if kind.is_empty() {
            self.problem(
                range.start,
                "the ``` block does not name its exercise kind",
                format!("write the kind after the backticks, e.g. ```reflection; {KINDS_FIX}"),
            );
            return;
        }
        if !Exercise::KINDS.contains(&kind) {
            self.problem(
                range.start,
                format!("`{kind}` is not an exercise kind"),
                KINDS_FIX,
            );
            return;
        }
        let Some((content_start, content_end)) = fence_content(self.text, start, end) else {
            self.problem(
                range.start,
                "the exercise block is not closed",
                "end it with a line of ``` matching the opening one",
            );
            return;
        };
        let content = self.text.get(content_start..content_end).unwrap_or("");
        let Some(table) = parse_table(content, self.file, content_start, self.problems) else {
            return;
        };
        let parsed = match kind {
            "reflection" => deserialize_table::<Reflection>(table).map(Exercise::Reflection),
            "scale" => deserialize_table::<Scale>(table).map(Exercise::Scale),
            "choice" => deserialize_table::<Choice>(table).map(Exercise::Choice),
            "multi-choice" => deserialize_table::<MultiChoice>(table).map(Exercise::MultiChoice),
            "emotions" => deserialize_table::<EmotionPicker>(table).map(Exercise::Emotions),
            "checklist" => deserialize_table::<Checklist>(table).map(Exercise::Checklist),
            "breathing" => deserialize_table::<Breathing>(table).map(Exercise::Breathing),
            "body-scan" => deserialize_table::<BodyScan>(table).map(Exercise::BodyScan),
            "plan" => deserialize_table::<Plan>(table).map(Exercise::Plan),
            _ => deserialize_table::<Commitment>(table).map(Exercise::Commitment),
        };
        match parsed {
            Ok(exercise) => {
                if let Some(step) = self.steps.last_mut() {
                    step.exercise = Some(exercise);
                    step.exercise_source = Some(TomlSource {
                        file: self.file,
                        start: content_start,
                        end: content_end,
                    });
                }
            }
            Err(e) => self.problems.toml(self.file, content_start, &e),
        }
    }
}

/// The byte range of a fenced block's content, between its opening and closing fence lines;
/// `None` if it is not closed.
fn fence_content(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let block = text.get(start..end)?;
    let opener = block.lines().next()?.trim_start();
    let fence_char = opener.chars().next()?;
    let fence_len = opener.chars().take_while(|&c| c == fence_char).count();
    let content_start = start + block.find('\n')? + 1;
    // The closing fence is the last non-blank line of the block.
    let trimmed = block.trim_end();
    let last_line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
    let last = trimmed.get(last_line_start..)?.trim();
    let closes = last.chars().take_while(|&c| c == fence_char).count() >= fence_len
        && last.chars().all(|c| c == fence_char);
    if !closes || start + last_line_start < content_start {
        return None;
    }
    Some((content_start, start + last_line_start))
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_nested_past_the_limit_are_refused_in_one_linear_pass() {
        use super::{MAX_NESTING, too_deep};
        assert_eq!(too_deep(&format!("{}\n", "> ".repeat(MAX_NESTING))), None);
        assert_eq!(too_deep("text\n- a\n1. b\n"), None);
        let deep = format!("ok\n{}x\n", ">".repeat(900_000));
        assert_eq!(too_deep(&deep), Some(3));
        assert_eq!(
            too_deep(&format!("{}x", "- ".repeat(MAX_NESTING + 1))),
            Some(0)
        );
    }

    use super::*;

    fn parse_ok(text: &str) -> Module {
        let mut problems = Problems::default();
        let (module, _) = parse(text, 0, "m", &mut problems).expect("front matter");
        assert_eq!(problems.len(), 0, "{problems:?}");
        module
    }

    fn problems_of(text: &str) -> Vec<String> {
        let mut problems = Problems::default();
        let _ = parse(text, 0, "m", &mut problems);
        problems.list.iter().map(|p| p.message.clone()).collect()
    }

    const FRONT: &str = "+++\nid = \"m\"\ntitle = \"M\"\nphase = \"p\"\ntracks = [\"t\"]\nminutes = 5\nsummary = \"S\"\nsources = [\"s\"]\n+++\n";

    #[test]
    fn markdown_becomes_blocks_and_spans() {
        let module = parse_ok(&format!(
            "{FRONT}\n## One\n\nPlain *soft* and **hard**\nwith [help](help:talk) and [a site](https://example.org).\n\n- first\n- second\n\n1. a\n2. b\n\n> Say it.\n"
        ));
        let step = &module.steps[0];
        assert_eq!(step.title, "One");
        assert_eq!(step.blocks.len(), 4);
        let Block::Paragraph { spans } = &step.blocks[0] else {
            panic!("paragraph expected");
        };
        assert_eq!(
            spans[0],
            Span::Text {
                text: "Plain ".into(),
                emphasis: false,
                strong: false
            }
        );
        assert_eq!(
            spans[1],
            Span::Text {
                text: "soft".into(),
                emphasis: true,
                strong: false
            }
        );
        assert!(spans.contains(&Span::Link {
            text: "help".into(),
            target: LinkTarget::Help {
                situation: Some(HelpSituation::Talk)
            }
        }));
        assert_eq!(
            step.blocks[0].plain_text(),
            "Plain soft and hard with help and a site."
        );
        assert_eq!(
            step.blocks[1],
            Block::List {
                ordered: false,
                items: vec![
                    vec![Span::Text {
                        text: "first".into(),
                        emphasis: false,
                        strong: false
                    }],
                    vec![Span::Text {
                        text: "second".into(),
                        emphasis: false,
                        strong: false
                    }]
                ]
            }
        );
        assert!(matches!(step.blocks[2], Block::List { ordered: true, .. }));
        assert_eq!(step.blocks[3].plain_text(), "Say it.");
    }

    #[test]
    fn an_exercise_block_is_read_as_toml_of_its_kind() {
        let module = parse_ok(&format!(
            "{FRONT}## One\n\nText.\n\n```reflection\nid = \"r\"\nprompt = \"Why?\"\n```\n"
        ));
        assert_eq!(
            module.steps[0].exercise,
            Some(Exercise::Reflection(Reflection {
                id: "r".into(),
                prompt: "Why?".into(),
                hint: None
            }))
        );
    }

    #[test]
    fn markdown_outside_the_subset_is_refused() {
        let found = problems_of(&format!(
            "{FRONT}Intro.\n\n## One\n\n### Deeper\n\n![pic](https://x.org/a.png)\n\n<b>hi</b>\n\nSome `code`.\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[bad](http://x.org) [worse](help:nowhere)\n"
        ));
        let expected = [
            "there is text before the first step",
            "`###` headings are not allowed",
            "images are not allowed",
            "HTML is not allowed",
            "inline code (text in `backticks`) is not allowed",
            "horizontal rules (---) are not allowed",
            "tables are not allowed",
            "the link `http://x.org` is neither https:// nor help:",
            "`help:nowhere` is not a help situation",
        ];
        for e in expected {
            assert!(found.iter().any(|f| f == e), "missing {e:?} in {found:#?}");
        }
    }

    #[test]
    fn text_after_an_exercise_and_a_second_exercise_are_refused() {
        let found = problems_of(&format!(
            "{FRONT}## One\n\n```reflection\nid = \"r\"\nprompt = \"Why?\"\n```\n\nAfter.\n\n```reflection\nid = \"s\"\nprompt = \"Why?\"\n```\n"
        ));
        assert!(
            found.contains(&"there is text after the step's exercise".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"a step has more than one exercise".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn an_unclosed_fence_or_front_matter_is_reported() {
        assert_eq!(
            problems_of(&format!("{FRONT}## One\n\n```reflection\nid = \"r\"\n")),
            vec!["the exercise block is not closed".to_owned()]
        );
        assert_eq!(
            problems_of("+++\nid = \"m\"\n## One\n"),
            vec!["the front matter is not closed".to_owned()]
        );
        assert_eq!(
            problems_of("## One\n"),
            vec!["the module has no front matter".to_owned()]
        );
    }

    #[test]
    fn fence_content_lies_between_the_fence_lines() {
        let text = "```x\na = 1\n```\n";
        let (s, e) = fence_content(text, 0, text.len()).expect("closed");
        assert_eq!(&text[s..e], "a = 1\n");
        let text = "~~~~x\na = 1\n~~~\n";
        assert_eq!(fence_content(text, 0, text.len()), None);
    }
}
