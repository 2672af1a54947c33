//! `init`: starts a new operating year's folder from the previous year, the way a
//! new board takes over the plan each summer. It takes the same edit transaction as
//! the `item` commands (lock, load, build, check with the same code as `check`,
//! write): the new `plan.toml` is written from a commented template in the run's
//! language, open items are lifted from the old files with their own text and
//! comments ([`carry`](crate::edit::carry)), and the folder appears in one rename.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, anyhow, bail};
use chrono::{Datelike, NaiveDate};

use crate::check::{self, Context};
use crate::cli::InitArgs;
use crate::diagnostic;
use crate::edit::carry::{self, Carry};
use crate::edit::change::NewLog;
use crate::edit::next_id;
use crate::edit::text::{self, Eol, Val};
use crate::edit::transaction::{Before, Commit, NewText, Outcome, Transaction};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::load::{Workspace, Years};
use crate::model::{Kind, YEAR_START_MONTH, Year, year_label};
use crate::output::Output;
use crate::settings::Settings;
use crate::source::FileId;
use crate::{t, vocab};

/// The first and last day of the new year.
type Period = (NaiveDate, NaiveDate);

/// What init carried and left, for the closing lines.
#[derive(Default)]
struct Tally {
    carried: usize,
    left: usize,
    placeholders: Vec<String>,
    redate: Vec<String>,
}

impl Tally {
    /// Adds what another file carried and left.
    fn add(&mut self, other: Tally) {
        self.carried += other.carried;
        self.left += other.left;
        self.placeholders.extend(other.placeholders);
        self.redate.extend(other.redate);
    }
}

/// A year of this many items has its files carried over on every core.
const PARALLEL_ITEMS: usize = 2000;

/// The new year: its files (name, text) and what went into them.
struct NewYear {
    files: Vec<(String, String)>,
    tally: Tally,
}

/// Runs `init` for the global `--year`.
pub(super) fn run(args: &InitArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let name = env
        .year
        .clone()
        .ok_or_else(|| anyhow!(t!(lang, "init-needs-year")))?;
    let (tx, target) = begin(args, env, &name)?;
    // A plan folder with no year at all starts its first year from the strategy.
    let old = if tx.ws.years.is_empty() && args.from.is_none() {
        if args.lead.is_none() {
            bail!(t!(lang, "init-first-needs-lead", year = name.as_str()));
        }
        None
    } else {
        let Some(from) = source_year(&tx.ws, args, env, &name, out)? else {
            return Ok(Exit::Failure);
        };
        Some(&tx.ws.years[from])
    };
    let period = period(&name, args.start, lang)?;
    let new = build(&tx.ws, old, &name, period, args.lead.as_deref(), env)?;
    let old_label = old.map(Year::label);
    let commit = commit_of(&new, &name, &target, lang);
    match tx.commit(out, commit, || Ok(Vec::new()))? {
        Outcome::Refused => Ok(Exit::Failure),
        Outcome::Written { warnings } => {
            summary(
                out,
                &new,
                &name,
                &target,
                old_label.as_deref(),
                warnings,
                lang,
            )?;
            Ok(Exit::Ok)
        }
    }
}

/// Takes the lock and loads only the year carried over from (`--from`, else the
/// latest before the new one), and the new year's folder; refuses a year that
/// already exists, as a folder or a year of the plan, before anything is built, so
/// that `init` never writes over a year's work.
fn begin(args: &InitArgs, env: &Settings, name: &str) -> Result<(Transaction, PathBuf)> {
    let years = match &args.from {
        Some(from) => Years::Select {
            year: Some(from),
            as_of: env.as_of,
            history: false,
        },
        None => Years::Before(name),
    };
    let tx = Transaction::begin(env, years)?;
    let target = env.plan.join(name);
    if target.exists() || tx.ws.years.iter().any(|y| y.name == name) {
        bail!(t!(
            env.lang,
            "init-exists",
            folder = target.display().to_string()
        ));
    }
    Ok((tx, target))
}

/// The new folder as one commit: every file new (nothing to compare with), and the
/// folder itself, which appears in one rename so a failed `init` leaves no half year.
fn commit_of(new: &NewYear, name: &str, target: &Path, lang: Lang) -> Commit {
    let files = new
        .files
        .iter()
        .map(|(file, text)| NewText {
            path: target.join(file),
            original: None,
            text: text.clone(),
        })
        .collect();
    Commit {
        year: name.to_owned(),
        before: Before::Nothing,
        files,
        folder: Some(target.to_path_buf()),
        label: t!(lang, "init-after-label"),
        stdout: Vec::new(),
        stderr: Vec::new(),
        show_warnings: false,
    }
}

/// The year to carry over from: `--from`, else the latest year before the new one.
/// One that does not load in full is not carried: its errors are shown, `None`.
fn source_year(
    ws: &Workspace,
    args: &InitArgs,
    env: &Settings,
    name: &str,
    out: &mut Output,
) -> Result<Option<usize>> {
    let lang = env.lang;
    let from = match &args.from {
        Some(from) => ws.years.iter().position(|y| &y.name == from),
        None => ws.years.iter().rposition(|y| y.name.as_str() < name),
    };
    let Some(from) = from else {
        bail!(t!(
            lang,
            "init-no-source",
            year = name,
            folder = env.plan.display().to_string()
        ));
    };
    if ws.strategy_complete && ws.years_complete[from] {
        return Ok(Some(from));
    }
    let cx = Context {
        as_of: env.as_of,
        current_year: Some(ws.years[from].name.as_str()),
        lang,
        warnings: false,
    };
    diagnostic::write_errors_and_stop(
        &mut out.stderr,
        &check::check_one(ws, from, cx),
        &ws.sources,
        &t!(lang, "init-unreadable", year = ws.years[from].label()),
        lang,
    )?;
    Ok(None)
}

/// The new period: from `--start` (default 1 July of the year's first calendar
/// year) to the day before the same date a year later. A year from 29 February
/// ends on 28 February: the year after has no 29th, so it starts again on 1 March.
fn period(name: &str, start: Option<NaiveDate>, lang: Lang) -> Result<Period> {
    let start = match start {
        Some(day) => day,
        None => name
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .and_then(|y| NaiveDate::from_ymd_opt(y, YEAR_START_MONTH, 1))
            .with_context(|| t!(lang, "init-not-a-year", name = name))?,
    };
    let next = NaiveDate::from_ymd_opt(start.year() + 1, start.month(), start.day())
        .or_else(|| NaiveDate::from_ymd_opt(start.year() + 1, 3, 1));
    match next.and_then(|d| d.pred_opt()) {
        Some(end) if end.year() <= 9999 => Ok((start, end)),
        _ => bail!(t!(lang, "init-period-too-late", start = start)),
    }
}

/// The texts of the new year's files: `plan.toml` first, then one file per unit
/// file of the old year (none for a first year, started from the strategy). The
/// lead is `--lead`, else the old year's.
fn build(
    ws: &Workspace,
    old: Option<&Year>,
    name: &str,
    period: Period,
    lead: Option<&str>,
    env: &Settings,
) -> Result<NewYear> {
    let lang = env.lang;
    let lead = lead.or_else(|| old?.header.lead.as_ref().map(|l| l.value.as_str()));
    let plan_source = old.and_then(|o| o.plan_file).map(|f| ws.sources.get(f));
    let eol = plan_source.map_or(Eol::Lf, |s| Eol::of(&s.text));
    let mut tally = Tally::default();
    let mut plan_items = Vec::new();
    let mut units = Vec::new();
    if let Some(old) = old {
        // Each file is parsed again to lift its items' text: on every core for a
        // large year, each with a tally of its own, added up in the files' order.
        let wide = old.items.len() >= PARALLEL_ITEMS;
        let carried = crate::parallel::map(&old.files, wide, |&file| {
            let mut tally = Tally::default();
            carry_file(ws, old, file, period, lead, lang, &mut tally)
                .map(|items| (file, items, tally))
        });
        for carried in carried {
            let (file, items, part) = carried?;
            tally.add(part);
            if Some(file) == old.plan_file {
                plan_items = items;
            } else {
                units.push(unit_file(ws, old, file, name, &items, eol, lang));
            }
        }
    }
    let old_text = plan_source.map_or("", |s| s.text.as_str());
    let mut head = header(ws, old, name, period, lead, old_text, lang);
    if let Some(old) = old
        && !plan_items.is_empty()
    {
        let heading = t!(
            lang,
            "init-items-heading",
            old = old.label(),
            dir = old.name.as_str()
        );
        head.push_str(&format!("\n{RULE}{}{RULE}", text::comment(&heading)));
    }
    let fresh = placeholders(ws, old, period.0, lead, &mut tally, lang);
    plan_items.extend(fresh.into_iter().map(|t| t.replace('\n', eol.as_str())));
    let mut files = vec![("plan.toml".to_owned(), join(&head, &plan_items, eol))];
    files.extend(units);
    Ok(NewYear { files, tally })
}

/// A new unit file: the comment that says where it came from, the old file's
/// `#:schema` line, and the items carried over from it.
fn unit_file(
    ws: &Workspace,
    old: &Year,
    file: FileId,
    name: &str,
    items: &[String],
    eol: Eol,
    lang: Lang,
) -> (String, String) {
    let source = ws.sources.get(file);
    let file_name = source
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let intro = t!(
        lang,
        "init-unit-intro",
        year = year_label(name),
        dir = old.name.as_str(),
        file = file_name.as_ref()
    );
    let mut head = text::comment(&intro);
    head.push_str(&schema_line(&source.text));
    (file_name.into_owned(), join(&head, items, eol))
}

/// The comment line that frames a section of the plan.
const RULE: &str =
    "# ---------------------------------------------------------------------------\n";

/// A new file: its generated head, then each item set apart by a blank line, in
/// the line ending of the old plan (carried text keeps its own bytes).
fn join(head: &str, items: &[String], eol: Eol) -> String {
    let mut text = head.replace('\n', eol.as_str());
    for item in items {
        text.push_str(eol.as_str());
        text.push_str(item);
    }
    text
}

/// The open items of one old file, as text for the new year, counting what goes
/// and what stays. Projects get a log line dated the new period's first day.
fn carry_file(
    ws: &Workspace,
    old: &Year,
    file: FileId,
    period: Period,
    lead: Option<&str>,
    lang: Lang,
    tally: &mut Tally,
) -> Result<Vec<String>> {
    let source = ws.sources.get(file);
    let mut wanted = Vec::new();
    for item in old.items.iter().filter(|i| i.file == file) {
        if !item.is_open() {
            tally.left += 1;
            continue;
        }
        tally.carried += 1;
        let project = item.kind == Kind::Project;
        if project && item.due.as_ref().is_some_and(|d| d.value < period.0) {
            tally.redate.push(item.id.value.to_string());
        }
        let note = t!(
            lang,
            "init-carried-note",
            old = old.label(),
            status = vocab::status(item.status.value, lang)
        );
        wanted.push(Carry {
            id: item.id.value.to_string(),
            log: project.then(|| NewLog {
                date: period.0,
                by: lead.map(str::to_owned),
                note,
            }),
        });
    }
    let eol = Eol::of(&source.text);
    let shown = source.path.display().to_string();
    carry::carry(&source.text, &wanted, &shown, eol, lang)
}

/// The `#:schema` line of an old file's opening comments, for editors, or nothing.
fn schema_line(text: &str) -> String {
    text.lines()
        .take_while(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        .find(|l| l.trim_start().starts_with("#:schema"))
        .map(|l| format!("{}\n", l.trim_end()))
        .unwrap_or_default()
}

/// The commented `[plan]` and `[goals.*]` of the new year, `\n`-joined. The title
/// names the plan in both languages, as the plans do; the rest is in the run's.
fn header(
    ws: &Workspace,
    old: Option<&Year>,
    name: &str,
    period: Period,
    lead: Option<&str>,
    old_text: &str,
    lang: Lang,
) -> String {
    let label = year_label(name);
    let mut text = String::new();
    for title_lang in [Lang::Sv, Lang::En] {
        text.push_str(&text::comment(&t!(
            title_lang,
            "init-title",
            year = label.as_str()
        )));
    }
    text.push_str("#\n");
    let intro = match old {
        Some(old) => t!(
            lang,
            "init-intro",
            old = old.label(),
            dir = old.name.as_str()
        ),
        None => t!(lang, "init-intro-first"),
    };
    text.push_str(&text::comment(&intro));
    text.push_str(&schema_line(old_text));
    text.push_str("\n[plan]\n");
    let (start, end) = (text::date(period.0), text::date(period.1));
    text.push_str(&format!("period = {{ start = {start}, end = {end} }}\n"));
    if let Some(lead) = lead {
        text.push_str(&format!("lead = {}\n", text::string(lead)));
    }
    text.push_str(&text::comment(&t!(lang, "init-reviewed")));
    match old {
        Some(old) => {
            text.push_str(&rosters(old));
            text.push_str(&goal_owners(old));
        }
        // A first year: the plan lead holds every goal until the board appoints.
        None => {
            for goal in ws.strategy.goals() {
                let (id, owner) = (text::key(&goal.id.value), text::string(lead.unwrap_or("")));
                text.push_str(&format!("\n[goals.{id}]\nowner = {owner}\n"));
            }
        }
    }
    text
}

/// The old year's rosters of posts and units, carried as they were.
fn rosters(old: &Year) -> String {
    let mut text = String::new();
    for (key, roster) in [("owners", &old.header.owners), ("units", &old.header.units)] {
        if let Some(roster) = roster {
            text.push_str(&format!("{key} = [\n"));
            for entry in roster {
                text.push_str(&format!("  {},\n", text::string(&entry.value)));
            }
            text.push_str("]\n");
        }
    }
    text
}

/// The old year's `[goals.*]` tables: owners and notes, carried as they were.
fn goal_owners(old: &Year) -> String {
    let mut text = String::new();
    for goal in &old.goals {
        text.push_str(&format!("\n[goals.{}]\n", text::key(&goal.id.value)));
        match goal.posts().as_slice() {
            [] => {}
            [one] => text.push_str(&format!("owner = {}\n", text::string(one))),
            many => {
                let list = Val::List(many.iter().map(|p| (*p).to_owned()).collect());
                text.push_str(&format!("owner = {}\n", list.render()));
            }
        }
        if let Some(note) = &goal.note {
            text.push_str(&format!("note = {}\n", text::string(note)));
        }
    }
    text
}

/// A planned item for every strategy goal that nothing carried over serves, so the
/// new plan still covers the strategy. It starts on the period's first day (the
/// day it enters the plan), and its id is new in both years, so it is never
/// mistaken for an item of the old year.
fn placeholders(
    ws: &Workspace,
    old: Option<&Year>,
    start: NaiveDate,
    lead: Option<&str>,
    tally: &mut Tally,
    lang: Lang,
) -> Vec<String> {
    let old_items = old.map_or(&[][..], |o| &o.items);
    let mut taken: Vec<String> = old_items.iter().map(|i| i.id.value.to_string()).collect();
    let mut out = Vec::new();
    for goal in ws.strategy.goals() {
        let id = goal.id.value.as_str();
        if old_items.iter().any(|i| i.is_open() && i.serves(id)) {
            continue;
        }
        let new_id = next_id(taken.iter().map(String::as_str), id);
        let owner = old
            .and_then(|o| o.goal_owners(id).first().copied())
            .or(lead)
            .unwrap_or_default();
        let title = Val::Table(vec![
            (
                "sv".into(),
                Val::Str(t!(Lang::Sv, "init-placeholder-title", goal = id)),
            ),
            (
                "en".into(),
                Val::Str(t!(Lang::En, "init-placeholder-title", goal = id)),
            ),
        ]);
        let values = [
            ("id", Val::Str(new_id.clone())),
            ("title", title),
            ("goals", Val::List(vec![id.to_owned()])),
            ("owner", Val::Str(owner.to_owned())),
            ("kind", Val::Str("project".into())),
            ("status", Val::Str("planned".into())),
            ("start", Val::Date(start)),
        ];
        let comment = match old {
            Some(_) => t!(lang, "init-placeholder-comment", goal = id),
            None => t!(lang, "init-placeholder-comment-first", goal = id),
        };
        let mut text = text::comment(&comment);
        text.push_str("[[item]]\n");
        for (key, value) in values {
            text.push_str(&format!("{key} = {}\n", value.render()));
        }
        out.push(text);
        tally.placeholders.push(new_id.clone());
        taken.push(new_id);
    }
    out
}

/// The closing lines: what was carried and left (or that the year is the first), the files, the placeholders, the
/// projects to re-date, and the warnings left for the board.
fn summary(
    out: &mut Output,
    new: &NewYear,
    name: &str,
    target: &Path,
    old_label: Option<&str>,
    warnings: usize,
    lang: Lang,
) -> Result<()> {
    let tally = &new.tally;
    let year = year_label(name);
    let folder = target.display().to_string();
    let started = match old_label {
        Some(old) => t!(
            lang,
            "init-started",
            year = year.as_str(),
            folder = folder,
            old = old,
            carried = tally.carried,
            left = tally.left
        ),
        None => t!(
            lang,
            "init-started-first",
            year = year.as_str(),
            folder = folder
        ),
    };
    writeln!(out.stdout, "{started}")?;
    for (file, _) in &new.files {
        writeln!(out.stdout, "  {}", target.join(file).display())?;
    }
    if !tally.placeholders.is_empty() {
        let ids = tally.placeholders.join(", ");
        let line = match old_label {
            Some(_) => t!(lang, "init-placeholders", ids = ids),
            None => t!(lang, "init-placeholders-first", ids = ids),
        };
        writeln!(out.stdout, "{line}")?;
    }
    if !tally.redate.is_empty() {
        let line = t!(
            lang,
            "init-redate",
            n = tally.redate.len(),
            year = year.as_str(),
            option = name,
            ids = tally.redate.join(", ")
        );
        writeln!(out.stdout, "{line}")?;
    }
    let check = t!(lang, "init-check", warnings = warnings, option = name);
    writeln!(out.stdout, "{check}")?;
    out.stdout.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_period_is_one_year_long_from_any_start() {
        let cases = [
            (None, "2027-07-01", "2028-06-30"),
            (Some("2027-08-15"), "2027-08-15", "2028-08-14"),
            (Some("2028-02-29"), "2028-02-29", "2029-02-28"),
            (Some("2027-03-01"), "2027-03-01", "2028-02-29"),
        ];
        for (start, from, to) in cases {
            let got = period("2027-28", start.map(day), Lang::En).unwrap();
            assert_eq!(got, (day(from), day(to)), "{start:?}");
        }
        assert!(period("9999-00", Some(day("9999-07-01")), Lang::En).is_err());
    }

    #[test]
    fn the_schema_line_is_found_in_the_opening_comments_only() {
        assert_eq!(
            schema_line("# a\n#:schema ../x.json\n[plan]\n"),
            "#:schema ../x.json\n"
        );
        assert_eq!(schema_line("[plan]\n#:schema ../x.json\n"), "");
    }
}
