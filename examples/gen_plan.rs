//! Writes a large, valid plan folder for benchmarks and scale tests: the real
//! strategy (its nine goals), one operating year 2026-27 with `plan.toml` and `--units`
//! unit files, and `--items` items spread over them, with a mix of kinds, statuses,
//! dates and log entries. With `--years Y` it also writes Y years of history before
//! it (2025-26 back to 2026-Y), each of `--items` items over as many files, as a
//! union's plan folder grows year by year. A fixed seed makes every run write the
//! same bytes, and the 2026-27 folder is the same whatever `--years` is. With
//! `--taskwarrior FILE` it also writes the 2026-27 items as Taskwarrior import
//! JSON, so both tools can be measured on identical data.
//!
//! ```sh
//! cargo run --release --example gen_plan -- --items 10000 --units 20 --out /tmp/plan \
//!     --taskwarrior /tmp/tasks.json
//! cargo run --release --example gen_plan -- --items 10000 --units 20 --years 9 \
//!     --out /tmp/history
//! ```

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::{Days, NaiveDate};
use clap::Parser;
use intplan::schedule::Cadence;

/// The strategy shipped with the tool: the generated plan serves its real goals.
const STRATEGY: &str = include_str!("../plans/strategy.toml");
/// The goal ids of that strategy, in its order.
const GOALS: [&str; 9] = ["1a", "1b", "2a", "2b", "3a", "3b", "3c", "4a", "4b"];
/// The roster of posts, as in the shipped plan.
const OWNERS: [&str; 8] = [
    "Kårordförande",
    "Vice ordförande",
    "Utbildningsenheten",
    "Kommunikationsansvarig",
    "Arbetsmarknadsenheten",
    "Mottagningsansvarig",
    "Internationella utskottet",
    "D-sektionens internationalansvarig",
];
const STATUSES: [&str; 5] = ["planned", "active", "blocked", "done", "dropped"];
const CADENCES: [&str; 5] = ["week", "2 weeks", "month", "term", "10 days"];
const GROUPS: [&str; 3] = ["exchange", "eu", "non-eu"];
const VERBS: [(&str, &str); 6] = [
    ("Översätt", "Translate"),
    ("Ordna", "Organise"),
    ("Utvärdera", "Evaluate"),
    ("Kartlägg", "Survey"),
    ("Informera om", "Inform about"),
    ("Bjud in till", "Invite to"),
];
const THINGS: [(&str, &str); 6] = [
    ("stadgan", "the statutes"),
    ("mottagningen", "the reception"),
    ("programråden", "the programme boards"),
    ("språkcaféet", "the language café"),
    ("arbetsmarknadsdagen", "the career fair"),
    ("sektionsmötena", "the section meetings"),
];

/// Writes a valid plan folder of N items over U unit files (fixed seed).
#[derive(Parser)]
struct Args {
    /// How many items to write in all.
    #[arg(long)]
    items: usize,
    /// How many unit files besides plan.toml.
    #[arg(long, default_value_t = 0)]
    units: usize,
    /// How many years of history to write before 2026-27, each of `--items` items.
    #[arg(long, default_value_t = 0)]
    years: u16,
    /// The plan folder to write (created; must not hold any of its years already).
    #[arg(long)]
    out: PathBuf,
    /// Also write the items as Taskwarrior import JSON to this file.
    #[arg(long)]
    taskwarrior: Option<PathBuf>,
    /// The seed; the same seed writes the same plan.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
}

/// SplitMix64: tiny, good enough to spread test data, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.below(from.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// One generated item, in the terms both tools need.
struct Item {
    id: String,
    sv: String,
    en: String,
    goals: Vec<&'static str>,
    owner: &'static str,
    ongoing: bool,
    status: &'static str,
    start: NaiveDate,
    due: Option<NaiveDate>,
    completed: Option<NaiveDate>,
    every: Option<&'static str>,
    last_done: Option<NaiveDate>,
    groups: Vec<&'static str>,
    unit: String,
    log: Vec<(NaiveDate, &'static str, String)>,
}

impl Item {
    /// The date Taskwarrior should see as due: a project's `due`, ongoing work's next
    /// due date by intplan's own cadence rule.
    fn next_due(&self) -> Option<NaiveDate> {
        match self.every {
            Some(every) => every
                .parse::<Cadence>()
                .ok()?
                .after(self.last_done.unwrap_or(self.start)),
            None => self.due,
        }
    }
}

/// The current year's first calendar year: the year 2026-27.
const CURRENT: i32 = 2026;

/// The first day of the year that starts on 1 July of `first`.
fn period_start(first: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(first, 7, 1).unwrap_or_default()
}

/// The folder name of the year that starts in `first`, such as "2026-27".
fn year_name(first: i32) -> String {
    format!("{first}-{:02}", (first + 1) % 100)
}

fn generate(rng: &mut Rng, first: i32, n: usize, unit: String, goal: Option<&'static str>) -> Item {
    let day = |offset: usize| period_start(first) + Days::new(offset as u64);
    let first = goal.unwrap_or_else(|| *rng.pick(&GOALS));
    let mut goals = vec![first];
    if rng.chance(20) {
        let second = *rng.pick(&GOALS);
        if second != first {
            goals.push(second);
        }
    }
    let ongoing = rng.chance(20);
    // The first item of each goal stays live so that every goal has activity.
    let status = if goal.is_some() {
        "active"
    } else {
        *rng.pick(&STATUSES)
    };
    let start = day(rng.below(200));
    let due = (!ongoing).then(|| start + Days::new(14 + rng.below(150) as u64));
    let completed =
        (status == "done" && rng.chance(90)).then(|| start + Days::new(rng.below(120) as u64));
    let every = ongoing.then(|| *rng.pick(&CADENCES));
    let last_done = (ongoing && rng.chance(70)).then(|| start + Days::new(rng.below(60) as u64));
    let groups = GROUPS.iter().copied().filter(|_| rng.chance(40)).collect();
    let owner = *rng.pick(&OWNERS);
    let log = (0..rng.below(4))
        .map(|k| {
            (
                start + Days::new((k * 20 + rng.below(20)) as u64),
                owner,
                format!("Step {} of {first}-{n}: met, agreed next steps.", k + 1),
            )
        })
        .collect();
    let (verb_sv, verb_en) = *rng.pick(&VERBS);
    let (thing_sv, thing_en) = *rng.pick(&THINGS);
    Item {
        id: format!("{first}-{n}"),
        sv: format!("{verb_sv} {thing_sv} ({n})"),
        en: format!("{verb_en} {thing_en} ({n})"),
        goals,
        owner,
        ongoing,
        status,
        start,
        due,
        completed,
        every,
        last_done,
        groups,
        unit,
        log,
    }
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

fn write_item(out: &mut String, item: &Item) -> std::fmt::Result {
    writeln!(out, "[[item]]")?;
    writeln!(out, "id = {}", quoted(&item.id))?;
    writeln!(
        out,
        "title = {{ sv = {}, en = {} }}",
        quoted(&item.sv),
        quoted(&item.en)
    )?;
    writeln!(out, "goals = {}", list(&item.goals))?;
    writeln!(out, "owner = {}", quoted(item.owner))?;
    if item.ongoing {
        writeln!(out, "kind = \"ongoing\"")?;
    }
    writeln!(out, "status = {}", quoted(item.status))?;
    writeln!(out, "start = {}", item.start)?;
    if let Some(due) = item.due {
        writeln!(out, "due = {due}")?;
    }
    if let Some(completed) = item.completed {
        writeln!(out, "completed = {completed}")?;
    }
    if let Some(every) = item.every {
        writeln!(out, "every = {}", quoted(every))?;
    }
    if let Some(last_done) = item.last_done {
        writeln!(out, "last_done = {last_done}")?;
    }
    if !item.groups.is_empty() {
        writeln!(out, "groups = {}", list(&item.groups))?;
    }
    writeln!(out, "unit = {}", quoted(&item.unit))?;
    for (date, by, note) in &item.log {
        writeln!(out, "\n[[item.log]]")?;
        writeln!(out, "date = {date}")?;
        writeln!(out, "by = {}", quoted(by))?;
        writeln!(out, "note = {}", quoted(note))?;
    }
    writeln!(out)
}

fn plan_header(first: i32) -> Result<String> {
    let start = period_start(first);
    let end = period_start(first + 1).pred_opt().unwrap_or(start);
    let reviewed = start + Days::new(142);
    let mut out = format!(
        "# Generated by examples/gen_plan.rs for benchmarks.\n\n[plan]\n\
         period = {{ start = {start}, end = {end} }}\n\
         lead = \"Vice ordförande\"\nreviewed = {reviewed}\n",
    );
    writeln!(out, "owners = {}\n", list(&OWNERS))?;
    for (i, goal) in GOALS.iter().enumerate() {
        writeln!(out, "[goals.{goal}]\nowner = {}\n", quoted(OWNERS[i % 7]))?;
    }
    Ok(out)
}

/// Taskwarrior's import format: one JSON array of tasks.
fn taskwarrior(items: &[Item], rng: &mut Rng) -> String {
    let tasks: Vec<serde_json::Value> = items
        .iter()
        .map(|item| {
            let status = match item.status {
                "done" => "completed",
                "dropped" => "deleted",
                _ => "pending",
            };
            let stamp = |d: NaiveDate| d.format("%Y%m%dT000000Z").to_string();
            let mut tags: Vec<String> = item.groups.iter().map(|g| g.replace('-', "")).collect();
            tags.extend(item.goals.iter().map(|g| format!("goal{g}")));
            if item.status == "blocked" {
                tags.push("blocked".into());
            }
            let uuid = format!(
                "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                rng.next() as u32,
                rng.next() as u16,
                rng.next() as u16 & 0xfff,
                rng.next() as u16 & 0xfff,
                rng.next() & 0xffff_ffff_ffff
            );
            let mut task = serde_json::json!({
                "uuid": uuid,
                "description": format!("{} {}", item.id, item.en),
                "status": status,
                "project": item.unit.replace(' ', ""),
                "entry": stamp(item.start),
                "tags": tags,
            });
            if let Some(due) = item.next_due() {
                task["due"] = stamp(due).into();
            }
            if status != "pending" {
                task["end"] = stamp(item.completed.unwrap_or(item.start)).into();
            }
            task
        })
        .collect();
    serde_json::Value::Array(tasks).to_string()
}

/// Writes the year that starts in `first` into `out` and returns its items.
fn write_year(out: &Path, first: i32, args: &Args, rng: &mut Rng) -> Result<Vec<Item>> {
    let year = out.join(year_name(first));
    fs::create_dir_all(&year).with_context(|| year.display().to_string())?;
    let files = args.units + 1;
    let mut texts: Vec<String> = vec![String::new(); files];
    texts[0] = plan_header(first)?;
    let mut items = Vec::with_capacity(args.items);
    for n in 0..args.items {
        let file = n % files;
        let unit = if file == 0 {
            "central".to_owned()
        } else {
            format!("Sektion {file}")
        };
        let item = generate(rng, first, n + 1, unit, GOALS.get(n).copied());
        write_item(&mut texts[file], &item)?;
        items.push(item);
    }
    for (file, text) in texts.iter().enumerate() {
        let name = match file {
            0 => "plan.toml".to_owned(),
            k => format!("unit-{k:03}.toml"),
        };
        fs::write(year.join(&name), text).with_context(|| name.clone())?;
    }
    Ok(items)
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.items < GOALS.len() {
        bail!("--items must be at least {} (one per goal)", GOALS.len());
    }
    let firsts = (CURRENT - i32::from(args.years))..=CURRENT;
    for first in firsts.clone() {
        let year = args.out.join(year_name(first));
        if year.exists() {
            bail!("{} exists already", year.display());
        }
    }
    fs::create_dir_all(&args.out).with_context(|| args.out.display().to_string())?;
    fs::write(args.out.join("strategy.toml"), STRATEGY)?;
    let mut rng = Rng(args.seed);
    let items = write_year(&args.out, CURRENT, &args, &mut rng)?;
    if let Some(path) = &args.taskwarrior {
        fs::write(path, taskwarrior(&items, &mut rng))
            .with_context(|| path.display().to_string())?;
    }
    drop(items);
    for first in firsts.rev().skip(1) {
        // Each past year has a seed of its own, so that 2026-27 stays the same.
        let mut rng = Rng(args.seed ^ u64::from(first.unsigned_abs()).rotate_left(32));
        write_year(&args.out, first, &args, &mut rng)?;
    }
    Ok(())
}
