//! Parsing and decoding the files the loader has read: each file's TOML tree is
//! parsed and decoded into the model (on every core for a large plan, a large file
//! in pieces), and handed to the loader in file order, so the model and the
//! diagnostics come out the same however the work was shared.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use toml::de::DeTable;

use crate::decode::{self, Ctx, Damage};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{Measurement, Strategy};
use crate::source::{FileId, SourceFile, Sources};
use crate::{split, syntax, t};

/// What a file is decoded as.
#[derive(Clone, Copy)]
pub(crate) enum Part {
    /// `strategy.toml`.
    Strategy,
    /// A year's `plan.toml` (`unit == false`) or unit file.
    Plan {
        /// Whether it is a unit file, which may hold items only.
        unit: bool,
        /// Index of the year (in the order read) the file belongs to.
        year: usize,
    },
    /// A year's `measurements.toml`.
    Measurements {
        /// Index of the year (in the order read) the file belongs to.
        year: usize,
    },
}

/// One file to parse and decode.
pub(crate) struct Job {
    /// The file, already read.
    pub(crate) file: FileId,
    /// What to decode it as.
    pub(crate) what: Part,
}

/// A decoded file: `None` when it did not parse.
pub(crate) enum Decoded {
    /// `strategy.toml`.
    Strategy(Option<Strategy>),
    /// A year's file.
    Plan(Option<decode::PlanParts>),
    /// A year's `measurements.toml`.
    Measurements(Option<Vec<Measurement>>),
}

/// Plan text below which one thread does everything: threads cost more than they
/// save on the few kilobytes of a normal plan.
const PARALLEL_BYTES: usize = 1 << 20;

/// One unit of work: a whole file, or a piece of a large plan file.
struct Task {
    /// Index into the jobs.
    job: usize,
    /// The piece, `None` for the whole file.
    piece: Option<Range<usize>>,
    /// Whether it is the file's first piece (everything before its first item).
    first: bool,
    /// Whether it is the file's last piece.
    last: bool,
}

/// A task's result.
enum Done {
    /// A whole file, decoded, with its diagnostics and whether it parsed whole.
    File(Decoded, Vec<Diagnostic>, bool),
    /// A piece that parsed without error, decoded.
    Piece(decode::PlanParts, Vec<Diagnostic>),
    /// A piece with a syntax error, or with more than a piece may hold: the file
    /// is parsed whole instead, so that its diagnostics are those of the file.
    Spoilt,
}

/// Parses and decodes every file and hands each to `each` in job order, on this
/// thread, with its diagnostics and whether it parsed whole ([`Work::run`]).
pub(crate) fn decode_all(
    sources: &Sources,
    unreadable: &[FileId],
    jobs: &[Job],
    lang: Lang,
    each: impl FnMut(&Job, Decoded, Vec<Diagnostic>, bool),
) {
    Work::new(sources, unreadable, jobs).run(lang, each);
}

/// The work of decoding some files, cut into tasks.
pub(crate) struct Work<'a> {
    sources: &'a Sources,
    unreadable: &'a [FileId],
    jobs: &'a [Job],
    tasks: Vec<Task>,
    /// The number of `[[item]]` headers of each job.
    counts: Vec<usize>,
}

impl<'a> Work<'a> {
    /// The tasks for the jobs.
    pub(crate) fn new(sources: &'a Sources, unreadable: &'a [FileId], jobs: &'a [Job]) -> Self {
        let (tasks, counts) = tasks(sources, unreadable, jobs);
        Work {
            sources,
            unreadable,
            jobs,
            tasks,
            counts,
        }
    }

    /// How many items job `index` holds at most, to make room for them at once.
    pub(crate) fn items(&self, index: usize) -> usize {
        self.counts.get(index).copied().unwrap_or(0)
    }

    /// Parses and decodes every file and hands each to `each` in job order, on
    /// this thread, with its diagnostics and whether it parsed whole, so the
    /// results come out the same however the work was shared. On a large plan
    /// every core parses and decodes, a large plan file in pieces
    /// ([`split::pieces`]); each piece's parse tree is freed as soon as it is
    /// decoded.
    pub(crate) fn run(
        self,
        lang: Lang,
        mut each: impl FnMut(&Job, Decoded, Vec<Diagnostic>, bool),
    ) {
        let Work {
            sources,
            unreadable,
            jobs,
            tasks,
            counts,
        } = self;
        let bytes: usize = jobs.iter().map(|j| sources.get(j.file).text.len()).sum();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(tasks.len());
        let run = |task: &Task| run(sources, unreadable, jobs, task, lang);
        let mut merge = Merge::new(jobs, &counts);
        let mut deliver = |task: &Task, done: Done| {
            if let Some((job, decoded, found, whole)) = merge.add(task, done) {
                let (decoded, found, whole) = match decoded {
                    Some(decoded) => (decoded, found, whole),
                    None => decode_file(job, syntax(sources, unreadable, job.file, lang), lang),
                };
                each(job, decoded, found, whole);
            }
        };
        if bytes < PARALLEL_BYTES || threads < 2 {
            for task in &tasks {
                deliver(task, run(task));
            }
            return;
        }
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel();
            for _ in 0..threads {
                let (tx, next, tasks, run) = (tx.clone(), &next, &tasks, &run);
                scope.spawn(move || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(task) = tasks.get(index) else { break };
                        if tx.send((index, run(task))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut waiting = BTreeMap::new();
            let mut done = 0;
            for (index, result) in rx {
                waiting.insert(index, result);
                while let Some(result) = waiting.remove(&done) {
                    deliver(&tasks[done], result);
                    done += 1;
                }
            }
        });
    }
}

/// The tasks for the jobs, in order: a plan file larger than [`split::PIECE_BYTES`] in
/// pieces cut before its `[[item]]` headers, every other file whole; and the
/// number of `[[item]]` headers of each job, so that the items' lists are made
/// to size once.
fn tasks(sources: &Sources, unreadable: &[FileId], jobs: &[Job]) -> (Vec<Task>, Vec<usize>) {
    let mut tasks = Vec::new();
    let mut counts = Vec::with_capacity(jobs.len());
    for (index, (job, headers)) in jobs
        .iter()
        .zip(item_headers(sources, unreadable, jobs))
        .enumerate()
    {
        let text = &sources.get(job.file).text;
        counts.push(headers.len());
        let pieces = if text.len() > split::PIECE_BYTES {
            split::pieces(text.len(), &headers, split::PIECE_BYTES)
        } else {
            Vec::new()
        };
        if pieces.len() < 2 {
            tasks.push(Task {
                job: index,
                piece: None,
                first: true,
                last: true,
            });
        } else {
            let count = pieces.len();
            tasks.extend(pieces.into_iter().enumerate().map(|(i, piece)| Task {
                job: index,
                piece: Some(piece),
                first: i == 0,
                last: i + 1 == count,
            }));
        }
    }
    (tasks, counts)
}

/// The `[[item]]` headers of each plan file ([`split::item_headers`]), found on
/// every core for a large plan.
fn item_headers(sources: &Sources, unreadable: &[FileId], jobs: &[Job]) -> Vec<Vec<usize>> {
    let of = |job: &Job| match job.what {
        Part::Plan { .. } if !unreadable.contains(&job.file) => {
            split::item_headers(&sources.get(job.file).text)
        }
        _ => Vec::new(),
    };
    let bytes: usize = jobs.iter().map(|j| sources.get(j.file).text.len()).sum();
    crate::parallel::map(jobs, bytes >= PARALLEL_BYTES, of)
}

/// Does one task.
fn run(sources: &Sources, unreadable: &[FileId], jobs: &[Job], task: &Task, lang: Lang) -> Done {
    let job = &jobs[task.job];
    let Some(piece) = &task.piece else {
        let (decoded, found, whole) =
            decode_file(job, syntax(sources, unreadable, job.file, lang), lang);
        return Done::File(decoded, found, whole);
    };
    let Part::Plan { unit, .. } = job.what else {
        return Done::Spoilt;
    };
    let text = &sources.get(job.file).text[piece.clone()];
    let (root, errors) = DeTable::parse_recoverable(text);
    let first = task.first;
    // The first piece holds everything before the first `[[item]]`; every other
    // piece must hold items only, so that the file's tables are the pieces' put
    // together, and no key is defined in two pieces.
    let fits = if first {
        !root.get_ref().contains_key("item")
    } else {
        root.get_ref().len() == 1
            && root
                .get_ref()
                .get("item")
                .is_some_and(|v| v.get_ref().as_array().is_some())
    };
    if !errors.is_empty() || !fits {
        return Done::Spoilt;
    }
    let mut found = Vec::new();
    let damage = Damage::default();
    let mut cx = Ctx {
        file: job.file,
        lang,
        diagnostics: &mut found,
        damage: &damage,
        offset: piece.start,
    };
    // A later piece holds items only: decoded as a unit file's, which they are alike.
    let parts = decode::plan(root.get_ref(), root.span(), unit || !first, &mut cx);
    Done::Piece(parts, found)
}

/// The pieces of the file being put together.
struct Merge<'j> {
    jobs: &'j [Job],
    /// The number of items each job holds at most.
    counts: &'j [usize],
    /// The parts so far, `None` once a piece is spoilt.
    parts: Option<(decode::PlanParts, Vec<Diagnostic>)>,
}

impl<'j> Merge<'j> {
    fn new(jobs: &'j [Job], counts: &'j [usize]) -> Self {
        Merge {
            jobs,
            counts,
            parts: Some(Default::default()),
        }
    }

    /// Takes a task's result, in task order; returns the file once its last task
    /// is in: decoded, or `None` when it must be parsed whole.
    #[allow(clippy::type_complexity, reason = "a private hand-over")]
    fn add(
        &mut self,
        task: &Task,
        done: Done,
    ) -> Option<(&'j Job, Option<Decoded>, Vec<Diagnostic>, bool)> {
        let job = &self.jobs[task.job];
        let (parts, found) = match done {
            Done::File(decoded, found, whole) => return Some((job, Some(decoded), found, whole)),
            Done::Piece(parts, found) => (parts, found),
            Done::Spoilt => {
                self.parts = None;
                (decode::PlanParts::default(), Vec::new())
            }
        };
        if let Some((all, diagnostics)) = &mut self.parts {
            if task.first {
                all.items.reserve_exact(self.counts[task.job]);
            }
            if parts.header.is_some() {
                all.header = parts.header;
            }
            all.goals.extend(parts.goals);
            all.items.extend(parts.items);
            diagnostics.extend(found);
        }
        if !task.last {
            return None;
        }
        let merged = self.parts.replace(Default::default());
        Some(match merged {
            Some((parts, found)) => (job, Some(Decoded::Plan(Some(parts))), found, true),
            None => (job, None, Vec::new(), false),
        })
    }
}

/// A file's TOML tree as far as the parser could read it, its syntax errors as
/// diagnostics, and where those errors are. `root` is `None` for a file that is not
/// UTF-8 (the reader reported it) or holds a git conflict: decoding either would
/// only add confusing follow-on errors.
pub(crate) struct Parsed<'a> {
    /// The tree the parser recovered.
    pub(crate) root: Option<toml::Spanned<DeTable<'a>>>,
    /// The syntax errors.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Where they are, for the decoder to skip.
    pub(crate) damage: Damage,
}

/// Parses a file, recovering from syntax errors.
fn syntax<'a>(sources: &'a Sources, unreadable: &[FileId], file: FileId, lang: Lang) -> Parsed<'a> {
    let nothing = |diagnostics| Parsed {
        root: None,
        diagnostics,
        damage: Damage::default(),
    };
    if unreadable.contains(&file) {
        return nothing(Vec::new());
    }
    let source = sources.get(file);
    let text = &source.text;
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Parsed {
            root: Some(root),
            diagnostics: Vec::new(),
            damage: Damage::default(),
        };
    }
    if let Some(at) = conflict_marker(text) {
        return nothing(vec![
            Diagnostic::new(
                Code::TomlSyntax,
                file,
                at..at + 7,
                t!(lang, "syntax-merge-conflict"),
            )
            .with_help(t!(lang, "syntax-merge-conflict-help")),
        ]);
    }
    let mut errors: Vec<_> = errors
        .into_iter()
        .map(|e| (e.span().unwrap_or(0..0), e.message().trim().to_owned()))
        .collect();
    // The parser reports in the order it recovers, not always in file order.
    errors.sort_by_key(|(span, _)| span.start);
    let damage = Damage::new(
        text,
        errors.iter().map(|(span, _)| span.clone()),
        root.get_ref(),
    );
    Parsed {
        root: Some(root),
        diagnostics: syntax_errors(source, file, errors, lang),
        damage,
    }
}

/// The parser's errors, in file order, as diagnostics: the first of each line only,
/// since the parser recovers character by character and one mistake can give a run
/// of errors on its line of which only the first says what is wrong.
fn syntax_errors(
    source: &SourceFile,
    file: FileId,
    errors: Vec<(Range<usize>, String)>,
    lang: Lang,
) -> Vec<Diagnostic> {
    let text = &source.text;
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut last_line = 0;
    for (span, message) in errors {
        let line = source.line_col(span.start).0;
        if line == last_line {
            continue;
        }
        last_line = line;
        let code = if message.contains("date") || message.contains("invalid time") {
            Code::InvalidValue
        } else {
            Code::TomlSyntax
        };
        // The key a `duplicate key` is about, when it fits on a line.
        let key = text
            .get(span.clone())
            .filter(|k| k.len() <= 80 && !k.contains('\n'))
            .map(str::trim);
        out.push(Diagnostic::new(
            code,
            file,
            span,
            syntax::message(&message, key, lang),
        ));
    }
    out
}

/// Where a line of git's `<<<<<<<` conflict marker starts, if the file has one.
fn conflict_marker(text: &str) -> Option<usize> {
    text.match_indices("<<<<<<<").map(|(i, _)| i).find(|&i| {
        i.checked_sub(1)
            .is_none_or(|p| text.as_bytes().get(p) == Some(&b'\n'))
    })
}

/// Decodes a parsed file into the model, as much of it as the parser recovered;
/// `None` when there is nothing to decode. The flag says whether the file was read
/// whole (no syntax error), which rules about the whole year need.
pub(crate) fn decode_file(
    job: &Job,
    parsed: Parsed<'_>,
    lang: Lang,
) -> (Decoded, Vec<Diagnostic>, bool) {
    let Parsed {
        root,
        mut diagnostics,
        damage,
    } = parsed;
    let whole = root.is_some() && damage.is_empty();
    let mut cx = Ctx {
        file: job.file,
        lang,
        diagnostics: &mut diagnostics,
        damage: &damage,
        offset: 0,
    };
    let decoded = match job.what {
        Part::Strategy => Decoded::Strategy(
            root.map(|root| decode::strategy(root.get_ref(), root.span(), &mut cx)),
        ),
        Part::Plan { unit, .. } => {
            Decoded::Plan(root.map(|root| decode::plan(root.get_ref(), root.span(), unit, &mut cx)))
        }
        Part::Measurements { .. } => {
            Decoded::Measurements(root.map(|root| decode::measurements(root.get_ref(), &mut cx)))
        }
    };
    (decoded, diagnostics, whole)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// A plan file of some 300 KB: items with problems the decoder reports
    /// (unknown keys, wrong types, a missing title), around `middle`.
    fn large(head: &str, middle: &str, tail: &str) -> String {
        let mut text = head.to_owned();
        for n in 0..1500 {
            if n == 700 {
                text.push_str(middle);
            }
            let extra = match n % 7 {
                0 => "colour = \"red\"\n",
                1 => "due = \"2026-01-01\"\n",
                2 => "groups = [\"eu\", \"martian\"]\n",
                _ => "",
            };
            let title = if n % 11 == 0 {
                String::new()
            } else {
                format!("title = {{ sv = \"Åtgärd {n}\", en = \"Item {n}\" }}\n")
            };
            text.push_str(&format!(
                "[[item]]\nid = \"1a-{n}\"\n{title}goals = [\"1a\"]\nowner = \"Kårordförande\"\n{extra}\n[[item.log]]\ndate = 2026-09-01\nnote = \"\"\"\n[[item]]\n\"\"\"\n\n"
            ));
        }
        text.push_str(tail);
        text
    }

    /// What decoding `text` as `unit` gives, in pieces and whole.
    fn both(text: &str, unit: bool) -> (String, String) {
        let mut sources = Sources::default();
        let file = sources.add(PathBuf::from("p.toml"), text.to_owned());
        let jobs = [Job {
            file,
            what: Part::Plan { unit, year: 0 },
        }];
        let show = |decoded: Decoded, found: Vec<Diagnostic>, whole: bool| match decoded {
            Decoded::Plan(Some(p)) => {
                format!(
                    "{:?}\n{:?}\n{:?}\n{found:?}\n{whole}",
                    p.header, p.goals, p.items
                )
            }
            _ => format!("nothing\n{found:?}\n{whole}"),
        };
        let mut pieces = String::new();
        decode_all(
            &sources,
            &[],
            &jobs,
            Lang::En,
            |_, decoded, found, whole| {
                pieces = show(decoded, found, whole);
            },
        );
        let (decoded, found, whole) =
            decode_file(&jobs[0], syntax(&sources, &[], file, Lang::En), Lang::En);
        (pieces, show(decoded, found, whole))
    }

    #[test]
    fn a_large_file_decodes_in_pieces_as_it_does_whole() {
        let head = "[plan]\nperiod = { start = 2026-07-01, end = 2027-06-30 }\nlead = \"X\"\nnonsense = 1\n\n[goals.1a]\nowner = \"X\"\n\n";
        let cases = [
            // Each piece holds what a piece may.
            (large(head, "", ""), false),
            (large("", "", ""), true),
            (large("# a unit file\n[plan]\n", "", ""), true),
            // A table after the items, [plan] after them, an inline item list
            // first, a key defined twice across pieces, a syntax error: the file
            // is parsed whole, with the same result.
            (large(head, "[goals.2b]\nowner = \"Y\"\n\n", ""), false),
            (large("", "", head), false),
            (large("item = [{ id = \"x\" }]\n", "", ""), true),
            (large(head, "[plan]\nlead = \"Z\"\n\n", ""), false),
            (
                large(head, "[[item]]\nid = \"1a-x\"\ntitle = \"no end\n\n", ""),
                false,
            ),
            (large(head, "[[item]\n", ""), false),
        ];
        for (text, unit) in cases {
            let headers = split::item_headers(&text);
            assert!(split::pieces(text.len(), &headers, split::PIECE_BYTES).len() > 3);
            let (pieces, whole) = both(&text, unit);
            assert_eq!(pieces, whole);
        }
    }
}
