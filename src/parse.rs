//! Parsing and decoding the files the loader has read: each file's TOML tree is
//! parsed (on worker threads for a large plan) and decoded into the model on the
//! loader's thread, in file order, so the diagnostics come out the same however the
//! work was shared.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use toml::de::DeTable;

use crate::decode::{self, Ctx, Damage};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::model::{Measurement, Strategy};
use crate::source::{FileId, Sources};
use crate::{syntax, t};

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

/// Plan text below which one thread parses everything: threads cost more than they
/// save on the few kilobytes of a normal plan.
const PARALLEL_BYTES: usize = 1 << 20;

/// Parses every file and hands each tree to `each` in job order, on this thread, so
/// the diagnostics come out the same however the work was shared. On a large plan
/// (twenty unit files of thousands of items) worker threads parse the files, the
/// costly part, while this thread decodes them: the model is then allocated by one
/// thread only, and the parse trees, freed as soon as they are decoded, do not
/// leave holes between its values in every thread's heap.
pub(crate) fn parse_all<'a>(
    sources: &'a Sources,
    unreadable: &[FileId],
    jobs: &[Job],
    lang: Lang,
    mut each: impl FnMut(&Job, Parsed<'a>),
) {
    let bytes: usize = jobs.iter().map(|j| sources.get(j.file).text.len()).sum();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    if bytes < PARALLEL_BYTES || threads < 2 {
        for job in jobs {
            each(job, syntax(sources, unreadable, job.file, lang));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // A parse tree is some twenty times the size of its text: no more trees than
    // threads may be alive at once (being parsed, waiting, or being decoded), or a
    // plan of twenty 2 MB files would hold a gigabyte of them.
    let (permit_tx, permit_rx) = mpsc::sync_channel(threads);
    for _ in 0..threads {
        let _ = permit_tx.send(());
    }
    let permits = Mutex::new(permit_rx);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, permits) = (&next, &permits);
            scope.spawn(move || {
                loop {
                    if !permits.lock().is_ok_and(|p| p.recv().is_ok()) {
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    let parsed = syntax(sources, unreadable, job.file, lang);
                    if tx.send((index, job, parsed)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut done = 0;
        for (index, job, parsed) in rx {
            waiting.insert(index, (job, parsed));
            while let Some((job, parsed)) = waiting.remove(&done) {
                each(job, parsed);
                done += 1;
                let _ = permit_tx.send(());
            }
            if done == jobs.len() {
                break;
            }
        }
        // Wake any worker still waiting for a permit: there is no job left.
        drop(permit_tx);
    });
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
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut last_line = 0;
    for (span, message) in errors {
        // The parser recovers character by character: one mistake can give a run of
        // errors on its line, and only the first says what is wrong.
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
    Parsed {
        root: Some(root),
        diagnostics: out,
        damage,
    }
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
