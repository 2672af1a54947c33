//! An edit's view of the plan: the workspace as loading it again would give with
//! the edited texts in place of the files, decoding only those texts. The rest of
//! the year is taken over as it was decoded, so that checking an edit of one file
//! costs that file, not the plan.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::files::Files;
use super::{Folder, Outcome, Workspace, assemble, read_year};
use crate::decode::PlanParts;
use crate::diagnostic::Location;
use crate::i18n::Lang;
use crate::model::{GoalOwner, Item, Measurement, PlanHeader, Year};
use crate::parse::{Decoded, Job, decode_all};
use crate::source::FileId;

/// What one file added to a year, taken apart again.
#[derive(Default)]
struct Taken {
    header: Option<PlanHeader>,
    goals: Vec<GoalOwner>,
    items: Vec<Item>,
    measurements: Option<Vec<Measurement>>,
}

impl Workspace {
    /// Puts `texts` (full paths, each in the folder of year `name`) in place of the
    /// files at their paths, new files and a new year folder included, and decodes
    /// the year again from them and the files it already had. Returns the year's
    /// index.
    pub fn edit(&mut self, name: &str, texts: &[(PathBuf, String)], lang: Lang) -> Result<usize> {
        let index = self.year_slot(name);
        let files = Files::new(texts, true);
        let dir = self.years[index].dir.clone();
        self.folders[index].files = files.tomls(&dir, lang)?;
        let fresh_year = Year::new(name.to_owned(), dir.clone());
        let old = std::mem::replace(&mut self.years[index], fresh_year);
        let mut taken = self.take_apart(old);
        self.forget_replaced(&mut taken, texts, &dir);
        let mut old_files: HashMap<PathBuf, FileId> = taken
            .keys()
            .map(|&f| (self.sources.path(f).to_owned(), f))
            .collect();
        let mut jobs = Vec::new();
        let mut reuse = |path: &Path| old_files.remove(path);
        let has_plan = read_year(self, index, &mut jobs, &files, &mut reuse, lang)?;
        self.years_complete[index] = has_plan;
        let decoded = self.decode_fresh(&jobs, &taken, lang);
        self.reassemble(index, &jobs, taken, decoded);
        Ok(index)
    }

    /// Drops the parts and the diagnostics of the files the edit replaces (and the
    /// folder's own diagnostics, which reading it again gives anew), so that nothing
    /// of their old text survives the edit.
    fn forget_replaced(
        &mut self,
        taken: &mut HashMap<FileId, Taken>,
        texts: &[(PathBuf, String)],
        dir: &Path,
    ) {
        let replaced: Vec<FileId> = taken
            .keys()
            .copied()
            .filter(|f| texts.iter().any(|(p, _)| p == self.sources.path(*f)))
            .collect();
        for file in &replaced {
            taken.remove(file);
        }
        self.diagnostics.retain(|d| match &d.location {
            Location::Span(file, _) => !replaced.contains(file),
            Location::Path(path) => path != dir,
        });
    }

    /// Decodes the files that have no parts taken over (the edited and new ones),
    /// keeping their diagnostics: the rest of the year is not decoded again.
    fn decode_fresh(
        &mut self,
        jobs: &[Job],
        taken: &HashMap<FileId, Taken>,
        lang: Lang,
    ) -> HashMap<FileId, (Decoded, bool)> {
        let fresh: Vec<_> = jobs
            .iter()
            .filter(|j| !taken.contains_key(&j.file))
            .map(|j| Job {
                file: j.file,
                what: j.what,
            })
            .collect();
        let mut decoded = HashMap::new();
        let mut found = Vec::new();
        let (sources, unreadable) = (&self.sources, &self.unreadable);
        decode_all(
            sources,
            unreadable,
            &fresh,
            lang,
            |job, parts, diagnostics, whole| {
                found.extend(diagnostics);
                decoded.insert(job.file, (parts, whole));
            },
        );
        self.diagnostics.extend(found);
        decoded
    }

    /// Adds every file's parts to the year in the order a full load reads the
    /// files, taken-over and fresh alike, so the year comes out as loading it again
    /// would give it.
    fn reassemble(
        &mut self,
        index: usize,
        jobs: &[Job],
        mut taken: HashMap<FileId, Taken>,
        mut decoded: HashMap<FileId, (Decoded, bool)>,
    ) {
        let count = |d: &Decoded| match d {
            Decoded::Plan(Some(parts)) => parts.items.len(),
            _ => 0,
        };
        let items = taken.values().map(|t| t.items.len()).sum::<usize>()
            + decoded.values().map(|(d, _)| count(d)).sum::<usize>();
        self.years[index].items.reserve_exact(items);
        for job in jobs {
            let (parts, whole) = match (taken.remove(&job.file), decoded.remove(&job.file)) {
                (Some(t), _) => {
                    let outcome = self.outcomes.get(&job.file).copied();
                    let outcome = outcome.unwrap_or(Outcome::Unread);
                    (t.into_decoded(outcome), outcome == Outcome::Whole)
                }
                (None, Some(fresh)) => fresh,
                (None, None) => continue,
            };
            self.outcomes.insert(job.file, Outcome::of(&parts, whole));
            assemble(&mut self.years, &mut self.years_complete, job, parts, whole);
        }
    }

    /// The index of year `name`, listed afresh (in name order) when it is new.
    fn year_slot(&mut self, name: &str) -> usize {
        if let Some(i) = self.years.iter().position(|y| y.name == name) {
            return i;
        }
        let at = self.years.partition_point(|y| y.name.as_str() < name);
        let dir = self.root.join(name);
        self.years.insert(at, Year::new(name.to_owned(), dir));
        self.years_complete.insert(at, false);
        self.folders.insert(at, Folder::default());
        at
    }

    /// A year's decoded parts again, by the file they came from.
    fn take_apart(&self, year: Year) -> HashMap<FileId, Taken> {
        let mut taken: HashMap<FileId, Taken> = HashMap::new();
        for &file in &year.files {
            taken.entry(file).or_default();
        }
        if let Some(plan) = year.plan_file {
            let part = taken.entry(plan).or_default();
            part.header = Some(year.header);
            part.goals = year.goals;
        }
        if let Some(file) = year.measurements_file {
            taken.entry(file).or_default().measurements = Some(year.measurements);
        }
        for item in year.items {
            taken.entry(item.file).or_default().items.push(item);
        }
        taken
    }
}

impl Taken {
    /// The file's part as decoding gave it, so that [`assemble`] adds it again.
    fn into_decoded(self, outcome: Outcome) -> Decoded {
        let read = outcome != Outcome::Unread;
        match self.measurements {
            Some(found) => Decoded::Measurements(read.then_some(found)),
            None => Decoded::Plan(read.then_some(PlanParts {
                header: self.header,
                goals: self.goals,
                items: self.items,
            })),
        }
    }
}
