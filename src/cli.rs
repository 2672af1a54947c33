//! The command line, declared with clap's derive: the doc comments here are the
//! `--help` text, so they are written for a student who has never used the tool.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::edit::args::{InitArgs, ItemCommand};
use crate::i18n::Lang;
use crate::render::Format;
use crate::schema::FileKind;

/// Keeps Chalmers Student Union's internationalisation action plan honest.
///
/// The plan lives in TOML files in a plan folder (default `plans/`): the strategy
/// in `strategy.toml`, and one folder per operating year (`2026-27/`) with the
/// board's `plan.toml` and any unit files. `check` validates them; `status`,
/// `overdue`, `upcoming` and `week` report on them; `item` and `init` edit them
/// safely; `diff` and `export` serve the minutes, calendars and other tools.
#[derive(Debug, Parser)]
#[command(name = "intplan", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  intplan check\n  intplan status --lang sv\n  intplan week --format markdown > minutes.md\n  intplan overdue --owner \"Vice ordförande\"\n  intplan item note 2b-2 \"Chapter 5 reviewed.\""
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes; they may stand before or after the command.
#[derive(Debug, Args)]
pub struct Global {
    /// The plan folder, holding strategy.toml and the year folders.
    #[arg(
        short,
        long,
        global = true,
        env = "INTPLAN_PLAN",
        default_value = "plans",
        value_name = "DIR"
    )]
    pub plan: PathBuf,

    /// The operating year [default: the one whose period holds --as-of, else the latest].
    #[arg(long, global = true, value_name = "YYYY-YY", value_parser = parse_year)]
    pub year: Option<String>,

    /// The day to compute the report for; every date rule uses it [default: today].
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub as_of: Option<NaiveDate>,

    /// Output language [default: from LANG/LC_ALL if it starts with sv, else en].
    #[arg(long, global = true, env = "INTPLAN_LANG", value_enum)]
    pub lang: Option<Lang>,

    /// When to use colour; NO_COLOR is honoured, and pipes get none.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// When to colour output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even into a pipe.
    Always,
    /// Never.
    Never,
}

/// Accepts an operating year written `YYYY-YY`, for every option that names one.
pub(crate) fn parse_year(s: &str) -> Result<String, String> {
    if crate::load::is_year_name(s) {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "`{s}` is not an operating year: write YYYY-YY, like 2026-27"
        ))
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the strategy and every year's plan, reporting every problem at once.
    ///
    /// Exits 0 when there are no errors (warnings allowed unless --strict), 1 when
    /// there are errors, 2 when a file or folder cannot be read.
    #[command(
        after_help = "Examples:\n  intplan check\n  intplan check --strict --format github\n  intplan check --format json | jq '.errors'"
    )]
    Check(CheckArgs),

    /// One row per goal: owner, items, done, overdue, next due and health.
    #[command(
        after_help = "Examples:\n  intplan status\n  intplan status --as-of 2026-11-28 --lang sv\n  intplan status --owner Utbildningsenheten --format json\n  intplan status --by group   # goals against exchange, EU and non-EU students"
    )]
    Status(StatusArgs),

    /// Items past their due date (ongoing work: past its next due date), latest first.
    #[command(
        after_help = "Examples:\n  intplan overdue\n  intplan overdue --exit-code   # exits 1 when anything is overdue\n  intplan overdue --goal 2b --format csv"
    )]
    Overdue(OverdueArgs),

    /// Items due from today up to DAYS days ahead, soonest first.
    #[command(
        after_help = "Examples:\n  intplan upcoming\n  intplan upcoming --within 30 --owner \"Vice ordförande\""
    )]
    Upcoming(UpcomingArgs),

    /// The board's weekly digest: goals not on track, overdue, due in 14 days, done and
    /// noted in the last 7 days, stale items; with --since, what changed.
    #[command(
        after_help = "Examples:\n  intplan week\n  intplan week --format markdown --lang sv > minutes.md\n  intplan week --format html --since HEAD~3 > week.html"
    )]
    Week(WeekArgs),

    /// What changed in the year's plan since a git revision (default: the newest commit
    /// at least 7 days older than --as-of) or since another plan folder.
    ///
    /// Lists items added and removed, status changes, moved due dates, newly completed
    /// items, new log notes and changed goal owners.
    #[command(
        after_help = "Examples:\n  intplan diff\n  intplan diff --against v2026-11-20 --format markdown\n  intplan diff ../plans-copy   # another plan folder, no git needed"
    )]
    Diff(DiffArgs),

    /// The year's plan for other tools: JSON, CSV (one row per item), iCalendar (one
    /// all-day event per open item's next due date) or one self-contained HTML page.
    #[command(
        after_help = "Examples:\n  intplan export --format json > plan.json\n  intplan export --format csv -o plan.csv\n  intplan export --format ics -o deadlines.ics\n  intplan export --format html --lang sv -o handlingsplan.html"
    )]
    Export(ExportArgs),

    /// Look at one item, or edit the plan in place: add, set, done, note.
    ///
    /// Edits keep every comment and blank line of the file, refuse (exit 1) a change
    /// that would make the plan invalid, and write atomically under a lock.
    #[command(
        subcommand,
        after_help = "Examples:\n  intplan item show 2b-2\n  intplan item note 2b-2 \"Chapter 5 reviewed.\"\n  intplan item done 2a-1 --on 2026-11-27\n  intplan item add --goal 2b --title \"Glossary\" --owner \"Vice ordförande\""
    )]
    Item(ItemCommand),

    /// Start a new operating year (--year) from the previous one.
    ///
    /// Carries over the lead, the roster, the goal owners, ongoing work and open
    /// projects; done and dropped items stay in the old year, which is not touched.
    #[command(
        after_help = "Examples:\n  intplan init --year 2027-28\n  intplan init --year 2027-28 --from 2026-27 --start 2027-08-01"
    )]
    Init(InitArgs),

    /// Print the JSON Schema of a plan file, for editors and validators such as taplo.
    ///
    /// Generated from the same types the loader fills, so an editor using it knows the
    /// same keys and words as `intplan check`. Needs no plan folder.
    #[command(
        after_help = "Examples:\n  intplan schema > schemas/plan.schema.json\n  intplan schema --file strategy\n  taplo check --schema \"file://$PWD/schemas/plan.schema.json\" plans/2026-27/plan.toml"
    )]
    Schema(SchemaArgs),

    /// Print a completion script for a shell; see README.md for where to put it.
    #[command(
        after_help = "Examples:\n  intplan completions bash > ~/.local/share/bash-completion/completions/intplan\n  intplan completions zsh > ~/.zfunc/_intplan\n  intplan completions fish > ~/.config/fish/completions/intplan.fish"
    )]
    Completions(CompletionsArgs),

    /// Print the man page (roff) on stdout.
    #[command(
        after_help = "Examples:\n  intplan man | man -l -\n  intplan man > ~/.local/share/man/man1/intplan.1"
    )]
    Man,
}

/// Options of `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Format and filters.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Show goals against something else instead: `group` gives the student groups.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub by: Option<By>,
}

/// What `status --by` sets the goals against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// Exchange, EU programme and non-EU programme students.
    Group,
}

/// How `week` is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum WeekFormat {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// Markdown tables, for the minutes.
    Markdown,
    /// One self-contained HTML page with charts.
    Html,
    /// One JSON document.
    Json,
}

/// Options of `week`.
#[derive(Debug, Args)]
pub struct WeekArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = WeekFormat::Table)]
    pub format: WeekFormat,
    /// Only items owned by this post (case does not matter).
    #[arg(long, value_name = "POST")]
    pub owner: Option<String>,
    /// Only this goal, like 2b.
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
    /// Add what changed since this git revision of the plan repository.
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
}

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Another plan folder to compare with, instead of git history.
    #[arg(value_name = "OLD_DIR", conflicts_with = "against")]
    pub old_dir: Option<PathBuf>,
    /// The git revision to compare with [default: the newest commit at least 7 days
    /// older than --as-of].
    #[arg(long, value_name = "REV")]
    pub against: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// What `export` writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The whole year as one JSON document.
    #[default]
    Json,
    /// One row per item, RFC 4180.
    Csv,
    /// iCalendar: one all-day event per open item's next due date.
    Ics,
    /// One self-contained HTML page with charts.
    Html,
}

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Options of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which kind of file.
    #[arg(long, value_enum, default_value_t = FileKind::Plan)]
    pub file: FileKind,
}

/// Options of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// How `check` writes its findings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style blocks on stderr, with the source line and a caret.
    #[default]
    Human,
    /// One JSON object on stdout.
    Json,
    /// GitHub Actions annotations on stdout.
    Github,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Treat warnings as errors (exit 1 on any).
    #[arg(long)]
    pub strict: bool,
}

/// Options shared by the reports.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Only items owned by this post (case does not matter).
    #[arg(long, value_name = "POST")]
    pub owner: Option<String>,
    /// Only this goal, like 2b.
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
}

/// Options of `overdue`.
#[derive(Debug, Args)]
pub struct OverdueArgs {
    /// Format and filters.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Exit 1 when any item is overdue, for CI and scripts.
    #[arg(long)]
    pub exit_code: bool,
}

/// Options of `upcoming`.
#[derive(Debug, Args)]
pub struct UpcomingArgs {
    /// Format and filters.
    #[command(flatten)]
    pub report: ReportArgs,
    /// How many days ahead to look.
    #[arg(long, value_name = "DAYS", default_value_t = 14)]
    pub within: u32,
}
