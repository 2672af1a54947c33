//! A problem in the user's plan is a [`Diagnostic`] value, never an `Err`: the loader
//! and the checks push them to a list so that `check` can report every problem at
//! once (cargo-deny's way). This module owns the stable codes of the contract and the
//! three ways a list is shown: rustc-style text, JSON, and GitHub annotations.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::i18n::Lang;
use crate::output::{Sink, visible, visible_line, visible_mapped};
use crate::repo_path::RepoPaths;
use crate::source::{FileId, Sources, Span};
use crate::t;

/// How bad a problem is. Errors fail `check`; warnings fail it only under `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the board must decide soon, but the plan is usable.
    Warning,
    /// The plan is broken or breaks a rule of the strategy.
    Error,
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $what:literal;)*) => {
        /// The stable kebab-case codes of the contract: tests, CI annotations and
        /// people's muscle memory depend on them, so a code never changes meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code {
            $(#[doc = $what] $variant,)*
        }

        impl Code {
            /// Every code, in the contract's order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The name printed in `error[name]` and in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity the contract gives the code.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line on when the code fires, for documentation and `--help`.
            pub fn description(self) -> &'static str {
                match self { $(Code::$variant => $what,)* }
            }
        }
    };
}

codes! {
    TomlSyntax = "toml-syntax", Error, "the file is not valid TOML (or not UTF-8)";
    UnknownField = "unknown-field", Error, "a key the format does not have";
    MissingField = "missing-field", Error, "a required key is absent";
    InvalidValue = "invalid-value", Error, "wrong type, unknown status/kind/group/unit, bad date, bad `every`, badly named year folder, a percent outside 0-100 or a negative count, a control or hidden character in a name (id, post, cadence, unit, goal)";
    DuplicateId = "duplicate-id", Error, "two items, areas, goals or indicators share an id";
    UnknownGoal = "unknown-goal", Error, "an item, `[goals.X]` or indicator names a goal the strategy lacks";
    GoalWithoutOwner = "goal-without-owner", Error, "a strategy goal has no owner in the year's plan";
    GoalWithoutActivity = "goal-without-activity", Error, "a strategy goal has no item, other than dropped ones, in the year's plan";
    DatesOutOfOrder = "dates-out-of-order", Error, "`due` before `start`, or a period that ends before it starts";
    OngoingWithoutCadence = "ongoing-without-cadence", Error, "`kind = \"ongoing\"` without a valid `every`";
    UnknownOwner = "unknown-owner", Error, "an owner missing from a declared `owners` roster";
    MissingPlan = "missing-plan", Error, "a year folder without `plan.toml`; a plan folder with no year folder at all (help: `intplan init --year YYYY-YY --lead \"<post>\"`, for the operating year that holds `--as-of`); or a plan folder (or its `strategy.toml`) that is not there (exit 2)";
    Unreadable = "unreadable", Error, "a file or folder that cannot be read, so `check` cannot run (exit 2)";
    Usage = "usage", Error, "a command line `check` cannot carry out, such as a year the plan does not have (exit 2)";
    UnknownIndicator = "unknown-indicator", Error, "a measurement names an indicator the strategy does not declare";
    UnknownUnit = "unknown-unit", Error, "an item's `unit` missing from a declared `units` roster";
    DoneWithoutDate = "done-without-date", Warning, "`status = \"done\"` without `completed`";
    StaleItem = "stale-item", Warning, "an open item without a sign of life for 30 days (ongoing work: only once past its next due date)";
    PlanNotReviewed = "plan-not-reviewed", Warning, "`[plan] reviewed` is absent or older than 30 days";
    OutsidePeriod = "outside-period", Warning, "a `due` after the year's period ends, or a measurement's `date` outside the period";
    DueBeforePeriod = "due-before-period", Warning, "a `due` before the year's period starts (a project carried from an earlier year): re-date it";
    GoalWithoutIndicator = "goal-without-indicator", Warning, "a strategy goal that no indicator measures, once the strategy declares any";
    SmallSample = "small-sample", Warning, "a measurement with `n` under 30 respondents";
    FutureDate = "future-date", Warning, "a `completed`, `last_done` or log date after `--as-of`";
}

/// Where a diagnostic points: a span in a file the loader read, or a whole file or
/// folder (a folder has no line to point at).
#[derive(Clone, Debug)]
pub enum Location {
    /// A byte span in a loaded file.
    Span(FileId, Span),
    /// A path with no text to excerpt.
    Path(PathBuf),
}

/// A further place that explains the problem, such as the first of two duplicate ids.
#[derive(Clone, Debug)]
pub struct Note {
    /// The file the note points into.
    pub file: FileId,
    /// The span in that file.
    pub span: Span,
    /// What the place is.
    pub label: String,
}

/// One problem found in the plan.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Error or warning; from the code unless a rule says otherwise.
    pub severity: Severity,
    /// The stable code.
    pub code: Code,
    /// The sentence a person reads, in the run's language.
    pub message: String,
    /// Where the problem is.
    pub location: Location,
    /// A few words under the caret, when the place needs explaining.
    pub label: Option<String>,
    /// Other places that explain it.
    pub notes: Vec<Note>,
    /// What to do about it, such as "did you mean `owner`?". Shared: a rule that
    /// finds a thing a hundred thousand times gives the same advice each time.
    pub help: Option<Arc<str>>,
}

impl Diagnostic {
    /// A diagnostic at a span, with the code's own severity.
    pub fn new(code: Code, file: FileId, span: Span, mut message: String) -> Self {
        // Messages are formatted into growing buffers; a large plan keeps a
        // hundred thousand of them.
        message.shrink_to_fit();
        Diagnostic {
            severity: code.severity(),
            code,
            message,
            location: Location::Span(file, span),
            label: None,
            notes: Vec::new(),
            help: None,
        }
    }

    /// A diagnostic about a whole file or folder.
    pub fn at_path(code: Code, path: PathBuf, message: String) -> Self {
        Diagnostic {
            severity: code.severity(),
            code,
            message,
            location: Location::Path(path),
            label: None,
            notes: Vec::new(),
            help: None,
        }
    }

    /// Adds advice on the fix.
    pub fn with_help(mut self, help: impl Into<Option<String>>) -> Self {
        self.help = help.into().map(Arc::from);
        self
    }

    /// Adds advice on the fix that many diagnostics share.
    pub fn with_shared_help(mut self, help: &Arc<str>) -> Self {
        self.help = Some(help.clone());
        self
    }

    /// Explains the place the caret points at.
    pub fn with_label(mut self, label: String) -> Self {
        self.label = Some(label);
        self
    }

    /// Points at a second place, such as the first of two duplicates.
    pub fn with_note(mut self, file: FileId, span: Span, label: String) -> Self {
        self.notes.push(Note { file, span, label });
        self
    }

    /// The path, line and column a person or a tool should open.
    pub fn position(&self, sources: &Sources) -> (String, Option<(usize, usize)>) {
        match &self.location {
            Location::Span(file, span) => {
                let f = sources.get(*file);
                (display_path(&f.path), Some(f.line_col(span.start)))
            }
            Location::Path(path) => (display_path(path), None),
        }
    }
}

fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// How many errors and warnings a list holds; decides the exit code of `check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Diagnostics of severity error.
    pub errors: usize,
    /// Diagnostics of severity warning.
    pub warnings: usize,
}

impl Counts {
    /// Counts a list.
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Counts {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}

/// Writes diagnostics rustc-style, each with the lines it points at excerpted, the
/// level names (`error`, `warning`, `help`) in the run's language. The styles are
/// ANSI, written to the stream's styled way, which strips them when colour is off;
/// every piece of plan text (message, path, excerpt, labels, help) is made
/// [`visible_line`] before annotate-snippets mixes it with those styles.
pub fn write_human(
    out: &mut dyn Sink,
    diagnostics: &[Diagnostic],
    sources: &Sources,
    lang: Lang,
) -> io::Result<()> {
    let renderer = Renderer::styled();
    let (error, warning, help) = (
        t!(lang, "output-level-error"),
        t!(lang, "output-level-warning"),
        t!(lang, "output-level-help"),
    );
    let mut out = out.styled();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => Level::ERROR.with_name(error.as_str()),
            Severity::Warning => Level::WARNING.with_name(warning.as_str()),
        };
        let title = level
            .primary_title(visible_line(&d.message))
            .id(d.code.as_str());
        let mut group = Group::with_title(title);
        match &d.location {
            Location::Span(file, span) => {
                group = group.element(excerpt(
                    sources,
                    *file,
                    span,
                    AnnotationKind::Primary,
                    d.label.as_deref(),
                ));
            }
            Location::Path(path) => {
                group = group.element(Origin::path(visible_line(&display_path(path)).into_owned()));
            }
        }
        for note in &d.notes {
            group = group.element(excerpt(
                sources,
                note.file,
                &note.span,
                AnnotationKind::Context,
                Some(&note.label),
            ));
        }
        if let Some(text) = &d.help {
            group = group.element(
                Level::HELP
                    .with_name(help.as_str())
                    .message(visible_line(text)),
            );
        }
        writeln!(out, "{}\n", renderer.render(&[group]))?;
    }
    Ok(())
}

/// Writes the errors of a list, then a closing line saying why the command stops:
/// what a command does when the plan it needs does not load in full.
pub fn write_errors_and_stop(
    out: &mut dyn Sink,
    diagnostics: &[Diagnostic],
    sources: &Sources,
    closing: &str,
    lang: Lang,
) -> io::Result<()> {
    let errors: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    write_human(out, &errors, sources, lang)?;
    writeln!(out, "{closing}")
}

/// A snippet of only the lines a span covers, so that rendering costs the same for a
/// ten-line file and a hundred-thousand-line one.
fn excerpt<'a>(
    sources: &'a Sources,
    file: FileId,
    span: &Span,
    kind: AnnotationKind,
    label: Option<&'a str>,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let f = sources.get(file);
    let text = f.text.as_str();
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let first = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let last = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let (line, _) = f.line_col(first);
    // The excerpt is shown visibly too; its span moves with the text it points at.
    let mut span = [start - first, end - first];
    let source = visible_mapped(&text[first..last], &mut span);
    let mut annotation = kind.span(span[0]..span[1]);
    if let Some(label) = label {
        annotation = annotation.label(visible_line(label));
    }
    Snippet::source(source)
        .line_start(line)
        .path(visible_line(&display_path(&f.path)).into_owned())
        .annotation(annotation)
}

/// The closing line of `check`: what was found, in the run's language.
pub fn summary(counts: Counts, lang: Lang) -> String {
    let errors = t!(lang, "count-errors", n = counts.errors);
    let warnings = t!(lang, "count-warnings", n = counts.warnings);
    match (counts.errors, counts.warnings) {
        (0, 0) => t!(lang, "output-found-nothing"),
        (_, 0) => t!(lang, "output-found", what = errors),
        (0, _) => t!(lang, "output-found", what = warnings),
        _ => t!(
            lang,
            "output-found-both",
            errors = errors,
            warnings = warnings
        ),
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: JsonList<'a>,
}

/// The diagnostics as JSON entries, made one at a time as they are written: a
/// large plan has a hundred thousand warnings.
struct JsonList<'a> {
    diagnostics: &'a [Diagnostic],
    sources: &'a Sources,
}

impl Serialize for JsonList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut paths: HashMap<FileId, String> = HashMap::new();
        s.collect_seq(self.diagnostics.iter().map(|d| {
            let (file, start, end) = match &d.location {
                Location::Span(f, span) => {
                    let source = self.sources.get(*f);
                    let file = paths
                        .entry(*f)
                        .or_insert_with(|| display_path(&source.path))
                        .clone();
                    let (start, end) = (source.line_col(span.start), source.line_col(span.end));
                    (file, Some(start), Some(end))
                }
                Location::Path(path) => (display_path(path), None, None),
            };
            JsonDiagnostic {
                severity: d.severity,
                code: d.code.as_str(),
                message: &d.message,
                file,
                line: start.map(|p| p.0),
                column: start.map(|p| p.1),
                end_line: end.map(|p| p.0),
                end_column: end.map(|p| p.1),
                help: d.help.as_deref(),
            }
        }))
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    message: &'a str,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    help: Option<&'a str>,
}

/// Writes the contract's JSON object: counts and one entry per diagnostic. `line` and
/// `column` are `null` only for a diagnostic about a folder.
pub fn write_json(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    sources: &Sources,
) -> io::Result<()> {
    let counts = Counts::of(diagnostics);
    let report = JsonReport {
        errors: counts.errors,
        warnings: counts.warnings,
        diagnostics: JsonList {
            diagnostics,
            sources,
        },
    };
    crate::render::json::write(out, &report)
}

/// Writes GitHub Actions workflow commands, one line each, escaped the way the
/// Actions toolkit escapes them so that a message with a comma or newline survives.
/// Files are named from the top of the repository, where GitHub places annotations.
pub fn write_github(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    sources: &Sources,
    paths: &RepoPaths,
) -> io::Result<()> {
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (file, position) = d.position(sources);
        let file = paths.show(Path::new(&file));
        let mut properties = format!("file={}", escape_property(&visible(&file)));
        if let Some((line, col)) = position {
            properties.push_str(&format!(",line={line},col={col}"));
        }
        properties.push_str(&format!(",title={}", escape_property(d.code.as_str())));
        // Plan text in a message (an owner, a key) may hold escape sequences; the
        // annotations end up in a log viewer that obeys them, so they are shown.
        let mut message = visible(&d.message).into_owned();
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(&visible(help));
        }
        writeln!(out, "::{command} {properties}::{}", escape_data(&message))?;
    }
    Ok(())
}

/// Escapes a workflow command's message (`%`, CR, LF).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value: as data, plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut names: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }

    #[test]
    fn github_escaping_follows_the_toolkit() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn json_and_github_share_positions() {
        let mut sources = Sources::default();
        let f = sources.add("p/plan.toml".into(), "[plan]\nlead = 1\n".into());
        let d = Diagnostic::new(Code::InvalidValue, f, 14..15, "bad, really".into());
        let mut json = Vec::new();
        write_json(&mut json, std::slice::from_ref(&d), &sources).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["diagnostics"][0]["line"], 2);
        assert_eq!(v["diagnostics"][0]["column"], 8);
        let mut gh = Vec::new();
        let here = RepoPaths::for_plan(Path::new("."));
        write_github(&mut gh, &[d], &sources, &here).unwrap();
        assert_eq!(
            String::from_utf8(gh).unwrap(),
            "::error file=p/plan.toml,line=2,col=8,title=invalid-value::bad, really\n"
        );
    }
}
