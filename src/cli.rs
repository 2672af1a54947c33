//! The command line, declared with clap's derive: the doc comments here are the
//! `--help` text, so they are written for a student who has never used the tool.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::i18n::Lang;
use crate::model::{Group, Kind, Status};
use crate::render::Format;
use crate::report::items::Sort;
use crate::schema::FileKind;
use crate::settings::Settings;
use crate::t;

/// Keeps Chalmers Student Union's internationalisation action plan honest.
///
/// The plan lives in TOML files in a plan folder (default `plans/`): the strategy
/// in `strategy.toml`, and one folder per operating year (`2026-27/`) with the
/// board's `plan.toml` and any unit files. `check` validates them; `status`,
/// `overdue`, `upcoming` and `week` report on them; `item` and `init` edit them
/// safely; `diff` and `export` serve the minutes, calendars and other tools;
/// `indicators` and `followup` show whether the strategy is working.
#[derive(Debug, Parser)]
#[command(name = "intplan", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  intplan check\n  intplan status --lang sv\n  intplan week --format markdown > minutes.md\n  intplan overdue --owner \"Vice kårordförande\"\n  intplan item note 2b-2 \"Chapter 5 reviewed.\""
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
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Output language [default: from LANG/LC_ALL if it starts with sv, else en].
    #[arg(long, global = true, env = "INTPLAN_LANG", value_enum)]
    pub lang: Option<Lang>,

    /// When to use colour; NO_COLOR is honoured, and pipes get none.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

impl Global {
    /// The settings every command uses: `--as-of` defaults to today, and `--lang` to
    /// `INTPLAN_LANG` (through clap), then the POSIX locale.
    pub fn settings(&self) -> Settings {
        let lang = self.lang.unwrap_or_else(|| {
            Lang::from_locale(
                std::env::var("LC_ALL").ok().as_deref(),
                std::env::var("LANG").ok().as_deref(),
            )
        });
        Settings {
            plan: self.plan.clone(),
            year: self.year.clone(),
            as_of: self
                .as_of
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            lang,
            lang_chosen: self.lang.is_some(),
        }
    }
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
pub(crate) fn parse_year(s: &str) -> Result<String, NotAYear> {
    if crate::load::is_year_name(s) {
        Ok(s.to_owned())
    } else {
        Err(NotAYear(s.to_owned()))
    }
}

/// A `--year` or `--from` that is not `YYYY-YY`. clap shows it in English; a
/// Swedish run asks it for [`NotAYear::message`] in its own language.
#[derive(Clone, Debug)]
pub struct NotAYear(pub String);

impl NotAYear {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        t!(lang, "cli-not-a-year", value = &self.0)
    }
}

/// A date option that is not a day `YYYY-MM-DD` from 0000-01-01 to 9999-12-31.
/// clap shows it in English; a Swedish run asks it for [`NotADate::message`].
#[derive(Clone, Debug)]
pub struct NotADate(pub String);

impl NotADate {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        t!(lang, "edit-bad-date", value = &self.0)
    }
}

/// Accepts a day written `YYYY-MM-DD` with a four-digit year, for every option that
/// takes one: the days a TOML date can hold (0000-01-01 to 9999-12-31). chrono alone
/// takes `+70000-03-04` or `-0001-06-15`, days an edit would write into the plan as
/// another day, and past which date arithmetic overflows.
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, NotADate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    match s.parse::<NaiveDate>() {
        Ok(day) if shape => Ok(day),
        _ => Err(NotADate(s.to_owned())),
    }
}

/// A value written into the plan that is empty or blank.
#[derive(Clone, Debug)]
pub struct EmptyText;

impl EmptyText {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        t!(lang, "edit-empty-text")
    }
}

/// Makes a value error that clap shows in English (its `Display`), while a Swedish
/// run asks it for its `message` in its own language: one definition for every
/// such error, so their English can never differ from `message(Lang::En)`.
macro_rules! english_display {
    ($($error:ty),+) => {$(
        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.message(Lang::En))
            }
        }

        impl std::error::Error for $error {}
    )+};
}

english_display!(NotAYear, NotADate, EmptyText);

/// Accepts any text but an empty (or blank) one, for values written into the plan.
pub(crate) fn parse_text(s: &str) -> Result<String, EmptyText> {
    if s.trim().is_empty() {
        Err(EmptyText)
    } else {
        Ok(s.to_owned())
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
        after_help = "Examples:\n  intplan status\n  intplan status --as-of 2026-11-28 --lang sv\n  intplan status --owner Utbildningsansvarig --format json\n  intplan status --by group   # goals against exchange, EU and non-EU students\n  intplan status --by unit    # goals against the union's units, central and local"
    )]
    Status(StatusArgs),

    /// Items past their due date (ongoing work: past its next due date), latest first.
    #[command(
        after_help = "Examples:\n  intplan overdue\n  intplan overdue --exit-code   # exits 1 when anything is overdue\n  intplan overdue --goal 2b --format csv"
    )]
    Overdue(OverdueArgs),

    /// Items due from today up to DAYS days ahead, soonest first.
    #[command(
        after_help = "Examples:\n  intplan upcoming\n  intplan upcoming --within 30 --owner \"Vice kårordförande\""
    )]
    Upcoming(UpcomingArgs),

    /// The year's items, one row each, narrowed by filters and sorted.
    ///
    /// Done and dropped items are hidden unless --all or --status asks for them. The
    /// filters all hold at once; a filter given several times keeps an item that
    /// matches any of its values. --overdue and --stale use the same rules as
    /// `overdue`, `status` and `check`.
    #[command(
        after_help = "Examples:\n  intplan items --goal 2b\n  intplan items --grep \"language café\" --all\n  intplan items --status blocked\n  intplan items --unit D-sektionen --sort owner\n  intplan items --overdue --owner \"Vice kårordförande\" --format json\n  intplan items --due-before 2027-01-01 --kind project --sort due --reverse"
    )]
    Items(ItemsArgs),

    /// The board's weekly digest: goals not on track, overdue, due in 14 days, done and
    /// noted in the last 7 days, stale items; with --since or --against, what changed.
    #[command(
        after_help = "Examples:\n  intplan week\n  intplan week --format markdown --lang sv > minutes.md\n  intplan week --since            # and what changed in the last 7 days\n  intplan week --since 2026-11-20 --format html > week.html\n  intplan week --owner \"Vice kårordförande\""
    )]
    Week(WeekArgs),

    /// What changed in the year's plan since a git revision (default: the newest commit
    /// at least 7 days older than --as-of), since a day, or since another plan folder.
    ///
    /// Lists every change: the plan's lead, review date, period and roster; each goal's
    /// owners and note; items added, removed or moved to another file; every changed
    /// field of an item (each language of its title and description, goals, owner,
    /// kind, status, dates, cadence, groups, unit); and new log notes.
    #[command(
        after_help = "Examples:\n  intplan diff\n  intplan diff --since 2026-11-20\n  intplan diff --against v2026-11-20 --format markdown\n  intplan diff ../plans-copy   # another plan folder, no git needed"
    )]
    Diff(DiffArgs),

    /// The year's plan for other tools: JSON, CSV (one row per item), iCalendar (one
    /// all-day event per open item's next due date) or one self-contained HTML page.
    #[command(
        after_help = "Examples:\n  intplan export --format json > plan.json\n  intplan export --format csv -o plan.csv --owner \"Vice kårordförande\"\n  intplan export --format ics -o deadlines.ics\n  intplan export --format html --lang sv -o handlingsplan.html"
    )]
    Export(ExportArgs),

    /// Whether the goals are reached: each indicator's newest value per student
    /// group, the change since the value before, the gap to the compare group
    /// (normally national students) and whether the target is met.
    ///
    /// Reads `[[indicator]]` in strategy.toml and `measurements.toml` in the year
    /// folders: the newest measurement on or before --as-of of each group, from the
    /// year (--year) and every earlier year.
    #[command(
        after_help = "Examples:\n  intplan indicators\n  intplan indicators --goal 3a --lang sv\n  intplan indicators --format json | jq '.indicators[] | {id, met}'"
    )]
    Indicators(IndicatorsArgs),

    /// The follow-up across operating years for the council (fullmäktige): per goal
    /// and year, the items, done, dropped, still open and overdue at the year's end,
    /// the health at the year's end and the year's indicator values; then the change.
    ///
    /// A year's figures are computed as of its last day, or as of --as-of for a year
    /// still running; a year that starts after --as-of is left out (--year is not
    /// used: the span is --from to --to). Markdown and HTML are in Swedish unless
    /// --lang (or INTPLAN_LANG) says otherwise, with the strategy's vision on top, for
    /// the council's meeting documents.
    #[command(
        after_help = "Examples:\n  intplan followup\n  intplan followup --from 2025-26 --to 2026-27 --format markdown > uppfoljning.md\n  intplan followup --format html --lang en > follow-up.html\n  intplan followup --format json | jq '.goals[0].years'"
    )]
    Followup(FollowupArgs),

    /// Look at one item, or edit the plan in place: add, set, done, note.
    ///
    /// Edits keep every comment and blank line of the file, refuse (exit 1) a change
    /// that would make the plan invalid, and write atomically under a lock.
    #[command(
        subcommand,
        after_help = "Examples:\n  intplan item show 2b-2\n  intplan item note 2b-2 \"Chapter 5 reviewed.\"\n  intplan item done 2a-1 --on 2026-11-27\n  intplan item add --goal 2b --title \"Glossary\" --owner \"Vice kårordförande\""
    )]
    Item(ItemCommand),

    /// Start a new operating year (--year) from the previous one.
    ///
    /// Carries over the lead, the roster, the goal owners, ongoing work and open
    /// projects; done and dropped items stay in the old year, which is not touched.
    /// A plan folder with no year yet gets its first year from the strategy: every
    /// goal with the --lead post as owner and a placeholder item.
    #[command(
        after_help = "Examples:\n  intplan init --year 2027-28\n  intplan init --year 2027-28 --from 2026-27 --start 2027-08-01\n  intplan init --year 2026-27 --lead \"Vice kårordförande\"   # the first year"
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

    /// Print the man page intplan(1) on stdout, or write every page to a folder.
    ///
    /// With --dir, writes intplan.1 and one page per command (intplan-check.1,
    /// intplan-item-add.1, ...) and prints the path of each.
    #[command(
        after_help = "Examples:\n  intplan man | man -l -\n  intplan man --dir ~/.local/share/man/man1\n  man intplan-item-add"
    )]
    Man(ManArgs),
}

/// Options of `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Format and filters.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Show goals against something else instead: `group` gives the student groups,
    /// `unit` the union's units.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub by: Option<By>,
}

/// What `status --by` sets the goals against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// Exchange, EU programme and non-EU programme students.
    Group,
    /// The union's units: central and the student divisions and committees.
    Unit,
}

/// Options of `indicators`.
#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Only the indicators that measure this goal, like 3a.
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
}

/// How `followup` is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum FollowupFormat {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// Markdown, for the council's meeting documents.
    Markdown,
    /// One self-contained HTML page with a chart per indicator.
    Html,
    /// One JSON document.
    Json,
}

/// Options of `followup`.
#[derive(Debug, Args)]
pub struct FollowupArgs {
    /// The first operating year [default: the oldest in the plan folder].
    #[arg(long, value_name = "YYYY-YY", value_parser = parse_year)]
    pub from: Option<String>,
    /// The last operating year [default: the newest in the plan folder].
    #[arg(long, value_name = "YYYY-YY", value_parser = parse_year)]
    pub to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FollowupFormat::Table)]
    pub format: FollowupFormat,
    /// Only this goal, like 3a.
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
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
    /// Which items to count.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Add what changed since DATE: the newest commit on or before that day (a git
    /// revision is taken too). Without a value: the newest commit at least 7 days
    /// older than --as-of, as `diff`.
    #[arg(long, value_name = "DATE", num_args = 0..=1, value_parser = parse_since, conflicts_with = "against")]
    pub since: Option<Option<Since>>,
    /// Add what changed since this git revision of the plan repository.
    #[arg(long, value_name = "REV")]
    pub against: Option<String>,
}

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Another plan folder to compare with, instead of git history.
    #[arg(value_name = "OLD_DIR", conflicts_with_all = ["against", "since"])]
    pub old_dir: Option<PathBuf>,
    /// The git revision to compare with [default: the newest commit at least 7 days
    /// older than --as-of].
    #[arg(long, value_name = "REV", conflicts_with = "since")]
    pub against: Option<String>,
    /// Compare with the newest commit on or before DATE (a git revision is taken
    /// too); without a value, the default of --against.
    #[arg(long, value_name = "DATE", num_args = 0..=1, value_parser = parse_since)]
    pub since: Option<Option<Since>>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `--since`: a day, meaning the newest commit on or before it, or a git revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Since {
    /// `YYYY-MM-DD`.
    Date(NaiveDate),
    /// Anything else: a commit, tag or branch.
    Rev(String),
}

/// Reads `--since`: a word made of digits and dashes is a day, and must be one
/// that [`parse_date`] takes; anything else is taken as a revision.
fn parse_since(s: &str) -> Result<Since, NotADate> {
    let date_like = s.contains('-') && s.chars().all(|c| c.is_ascii_digit() || c == '-');
    if date_like {
        return parse_date(s).map(Since::Date);
    }
    Ok(Since::Rev(s.to_owned()))
}

/// What `export` writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The whole year as one JSON document.
    #[default]
    Json,
    /// One row per item, RFC 4180: the JSON's keys and values, or with --lang the table in that language.
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
    /// Which items (and goals) to export.
    #[command(flatten)]
    pub filter: FilterArgs,
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

/// Options of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page to this folder (created if missing) instead of printing
    /// intplan(1).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
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
    /// Which items to count.
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// `--owner` and `--goal`: every figure of a filtered report counts only the items
/// that pass both.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only items owned by this post (case does not matter); a post the plan does
    /// not name is an error. Goal health then counts only this post's items.
    #[arg(long, value_name = "POST")]
    pub owner: Option<String>,
    /// Only items serving this goal, like 2b.
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
}

/// Options of `items`.
#[derive(Debug, Args)]
pub struct ItemsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Only items serving this goal, like 2b (repeat for more: any of them).
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
    /// Only items owned by this post; case does not matter (repeat for more).
    #[arg(long = "owner", value_name = "POST")]
    pub owners: Vec<String>,
    /// Only items with this status (repeat for more); shows done and dropped ones
    /// when asked for.
    #[arg(long = "status", value_enum, value_name = "STATUS")]
    pub statuses: Vec<StatusArg>,
    /// Show done and dropped items too.
    #[arg(long)]
    pub all: bool,
    /// Only projects or only ongoing work.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only items of this unit, like "central" or "D-sektionen" (repeat for more).
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// Only items aimed at this student group (repeat for more).
    #[arg(long = "group", value_enum, value_name = "GROUP")]
    pub groups: Vec<GroupArg>,
    /// Only items past their next due date, as `overdue` lists them.
    #[arg(long)]
    pub overdue: bool,
    /// Only items without signs of life, as `check` warns of them.
    #[arg(long)]
    pub stale: bool,
    /// Only items next due before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub due_before: Option<NaiveDate>,
    /// Only items next due after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub due_after: Option<NaiveDate>,
    /// Only items whose title, description or log notes (either language) hold this
    /// text; case does not matter, accents do.
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// The order [default: due date, then id; items without a date last].
    #[arg(long, value_enum, default_value_t = SortArg::Due)]
    pub sort: SortArg,
    /// Reverse the order (items without a date stay last).
    #[arg(long)]
    pub reverse: bool,
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

/// `item show`, `add`, `set`, `done`, `note`.
#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// One item with every field, its goals' texts, its next due date and its log.
    #[command(
        after_help = "Examples:\n  intplan item show 2b-2\n  intplan item show 2b-2 --lang sv\n  intplan item show 2b-2 --format json"
    )]
    Show(ShowArgs),

    /// Add an item; prints the id it was given on stdout.
    ///
    /// Without --id the item gets the next free number under its first goal, in the
    /// plan's own style: 2b-5 after 2b-4. The item goes to the year's plan.toml, or
    /// to the unit file named by --file. Without --start it starts on --as-of (or on
    /// the first day of the year's period, if that is later), so the plan records
    /// when it came in.
    #[command(
        after_help = "Examples:\n  intplan item add --goal 2b --title \"Glossary of union words\" --owner \"Vice kårordförande\" --due 2027-03-31\n  intplan item add --goal 4b --goal 3a --title-sv \"Språkcafé\" --title-en \"Language café\" \\\n      --owner \"D-sektionens internationellt ansvarig\" --kind ongoing --every \"2 weeks\" --file d-sektionen.toml"
    )]
    Add(AddArgs),

    /// Change fields of one or more items; only the lines of those fields change.
    ///
    /// `--status done` also sets `completed` (to --as-of) when it is not set; any other
    /// status removes `completed`. With several ids every item gets the same change,
    /// all or nothing. `--note` logs why, in the same write.
    #[command(
        after_help = "Examples:\n  intplan item set 2b-2 --due 2026-12-20 --note \"The board moved it.\"\n  intplan item set 1b-1 --status active --owner \"Vice kårordförande\"\n  intplan item set 3a-2 --goal 3a --goal 4b\n  intplan item set 4b-1 4b-2 --status blocked"
    )]
    Set(SetArgs),

    /// Mark items done: a project gets status done and `completed`; ongoing work
    /// gets a new `last_done` and keeps its status.
    ///
    /// A project that is already done keeps its date unless --on is given. With
    /// several ids all are done in one write, or none.
    #[command(
        after_help = "Examples:\n  intplan item done 2a-1\n  intplan item done 2b-3 --on 2026-11-27\n  intplan item done 4b-1 4b-2 --note \"Both handed over at the board meeting.\""
    )]
    Done(DoneArgs),

    /// Add a dated note ([[item.log]]) to an item, dated --as-of.
    #[command(
        after_help = "Examples:\n  intplan item note 2b-2 \"Chapter 5 reviewed by the treasurer.\"\n  intplan item note 1b-1 \"First reading set for February.\" --by Kårordförande"
    )]
    Note(NoteArgs),
}

/// Options of `item show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The item id, like 2b-2.
    pub id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A title: a plain string, or one or both languages.
#[derive(Debug, Args, Default)]
pub struct TitleArgs {
    /// The title as a plain string (replaces a { sv, en } title).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The Swedish title (kept beside the English one).
    #[arg(long, value_name = "TEXT", conflicts_with = "title")]
    pub title_sv: Option<String>,
    /// The English title (kept beside the Swedish one).
    #[arg(long, value_name = "TEXT", conflicts_with = "title")]
    pub title_en: Option<String>,
}

impl TitleArgs {
    /// Whether any title option was given.
    pub fn is_set(&self) -> bool {
        self.title.is_some() || self.title_sv.is_some() || self.title_en.is_some()
    }
}

/// A note logged with a change, and who writes it.
#[derive(Debug, Args, Default)]
pub struct NoteOption {
    /// Also log this note ([[item.log]], dated --as-of) on each item: the reason
    /// for the change, in the same write.
    #[arg(long, value_name = "TEXT", value_parser = parse_text)]
    pub note: Option<String>,
    /// The post writing the note, from [plan] owners [default: the item's owner].
    #[arg(long, value_name = "POST", requires = "note", value_parser = parse_text)]
    pub by: Option<String>,
}

/// Options of `item add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("a_title").args(["title", "title_sv", "title_en"]).required(true).multiple(true)))]
pub struct AddArgs {
    /// A goal the item works towards (repeat for more); the first names the id.
    #[arg(long = "goal", value_name = "ID", required = true, value_parser = parse_text)]
    pub goals: Vec<String>,
    /// The title.
    #[command(flatten)]
    pub title: TitleArgs,
    /// The post that answers for the item (from [plan] owners).
    #[arg(long, value_name = "POST", value_parser = parse_text)]
    pub owner: String,
    /// Project (finishes, has a due date) or ongoing (recurs --every).
    #[arg(long, value_enum, default_value_t = KindArg::Project)]
    pub kind: KindArg,
    /// Ongoing work's cadence: "week", "2 weeks", "month", "term", "year", "N days".
    #[arg(long, value_name = "CADENCE", value_parser = parse_text)]
    pub every: Option<String>,
    /// When work begins [default: --as-of, or the period's first day if later].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub start: Option<NaiveDate>,
    /// When a project must be done.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub due: Option<NaiveDate>,
    /// A target group: exchange, eu or non-eu (repeat for more).
    #[arg(long = "group", value_name = "GROUP", value_enum)]
    pub groups: Vec<GroupArg>,
    /// The unit that carries the item, like "central" or "D-sektionen".
    #[arg(long, value_name = "UNIT", value_parser = parse_text)]
    pub unit: Option<String>,
    /// The id to use instead of the next free one.
    #[arg(long, value_name = "ID", value_parser = parse_text)]
    pub id: Option<String>,
    /// The file of the year to add to: a unit file's name, like d-sektionen.toml
    /// [default: plan.toml]. A new name starts a new unit file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Options of `item set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The item ids, like 2b-2 (one or more; all get the same change).
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// The new status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// The new due date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub due: Option<NaiveDate>,
    /// The new start date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub start: Option<NaiveDate>,
    /// The new owner (a post from [plan] owners).
    #[arg(long, value_name = "POST", value_parser = parse_text)]
    pub owner: Option<String>,
    /// The new title.
    #[command(flatten)]
    pub title: TitleArgs,
    /// The goals, replacing the list (repeat for more).
    #[arg(long = "goal", value_name = "ID", value_parser = parse_text)]
    pub goals: Vec<String>,
    /// The new cadence of ongoing work.
    #[arg(long, value_name = "CADENCE", value_parser = parse_text)]
    pub every: Option<String>,
    /// A note on why.
    #[command(flatten)]
    pub note: NoteOption,
}

/// Options of `item done`.
#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The item ids, like 2a-1 (one or more).
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// The day it was done [default: --as-of].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// A note on how it went.
    #[command(flatten)]
    pub note: NoteOption,
}

/// Options of `item note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The item id, like 2b-2.
    pub id: String,
    /// What happened.
    #[arg(value_parser = parse_text)]
    pub text: String,
    /// The post writing the note, from [plan] owners [default: the item's owner].
    #[arg(long, value_name = "POST", value_parser = parse_text)]
    pub by: Option<String>,
}

/// Options of `init`; the new year is the global `--year`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The year to carry over from [default: the latest year before --year].
    #[arg(long, value_name = "YYYY-YY", value_parser = parse_year)]
    pub from: Option<String>,
    /// The first day of the new period [default: 1 July]; it ends a year later.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub start: Option<NaiveDate>,
    /// The post that leads the new year's plan [default: the previous year's lead];
    /// needed for a plan's first year, which starts from the strategy alone.
    #[arg(long, value_name = "POST", value_parser = parse_text)]
    pub lead: Option<String>,
}

macro_rules! value_arg {
    ($(#[$doc:meta])* $name:ident => $model:ident { $($variant:ident = $what:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            $(#[doc = $what] $variant,)*
        }

        impl From<$name> for $model {
            fn from(v: $name) -> $model {
                match v { $($name::$variant => $model::$variant,)* }
            }
        }
    };
}

value_arg! {
    /// `--kind` on the command line.
    KindArg => Kind {
        Project = "finishes; has a due date",
        Ongoing = "recurs --every week, month, term...",
    }
}

value_arg! {
    /// `--status` on the command line.
    StatusArg => Status {
        Planned = "not started",
        Active = "under way",
        Blocked = "stuck on something outside the owner's hands",
        Done = "finished (sets `completed`)",
        Dropped = "given up (note why)",
    }
}

value_arg! {
    /// `--group` on the command line.
    GroupArg => Group {
        Exchange = "exchange students",
        Eu = "programme students from the EU",
        NonEu = "programme students from outside the EU",
    }
}

value_arg! {
    /// `items --sort` on the command line.
    SortArg => Sort {
        Due = "next due date, then id",
        Id = "item id, numbers as numbers",
        Owner = "owning post, then due date",
        Goal = "first goal in the strategy's order, then due date",
        LastActivity = "last sign of life, oldest first",
    }
}
