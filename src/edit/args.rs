//! The command line of `item` and `init`, declared with clap's derive beside the
//! code that carries it out; `cli.rs` only names the two commands. The doc comments
//! are the `--help` text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};

use crate::model::{Group, Kind, Status};
use crate::render::Format;

/// `item show`, `add`, `set`, `done`, `note`.
#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// One item with every field, its goals' texts, its next due date and its log.
    #[command(
        after_help = "Examples:\n  intplan item show 2b-2\n  intplan item show 2b-2 --lang sv\n  intplan item show 2b-2 --format json"
    )]
    Show(ShowArgs),

    /// Add an item; prints the id it was given.
    ///
    /// Without --id the item gets the next free number under its first goal, in the
    /// plan's own style: 2b-5 after 2b-4. The item goes to the year's plan.toml, or
    /// to the unit file named by --file.
    #[command(
        after_help = "Examples:\n  intplan item add --goal 2b --title \"Glossary of union words\" --owner \"Vice ordförande\" --due 2027-03-31\n  intplan item add --goal 4b --goal 3a --title-sv \"Språkcafé\" --title-en \"Language café\" \\\n      --owner \"D-sektionens internationalansvarig\" --kind ongoing --every \"2 weeks\" --file d-sektionen.toml"
    )]
    Add(AddArgs),

    /// Change fields of an item; only the lines of those fields change in the file.
    ///
    /// `--status done` also sets `completed` (to --as-of) when it is not set.
    #[command(
        after_help = "Examples:\n  intplan item set 2b-2 --due 2026-12-20\n  intplan item set 1b-1 --status active --owner \"Vice ordförande\"\n  intplan item set 3a-2 --goal 3a --goal 4b"
    )]
    Set(SetArgs),

    /// Mark an item done: a project gets status done and `completed`; ongoing work
    /// gets a new `last_done` and keeps its status.
    #[command(
        after_help = "Examples:\n  intplan item done 2a-1\n  intplan item done 2b-3 --on 2026-11-27"
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

/// Options of `item add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("a_title").args(["title", "title_sv", "title_en"]).required(true).multiple(true)))]
pub struct AddArgs {
    /// A goal the item works towards (repeat for more); the first names the id.
    #[arg(long = "goal", value_name = "ID", required = true)]
    pub goals: Vec<String>,
    /// The title.
    #[command(flatten)]
    pub title: TitleArgs,
    /// The post that answers for the item (from [plan] owners).
    #[arg(long, value_name = "POST")]
    pub owner: String,
    /// Project (finishes, has a due date) or ongoing (recurs --every).
    #[arg(long, value_enum, default_value_t = KindArg::Project)]
    pub kind: KindArg,
    /// Ongoing work's cadence: "week", "2 weeks", "month", "term", "year", "N days".
    #[arg(long, value_name = "CADENCE")]
    pub every: Option<String>,
    /// When work begins.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<NaiveDate>,
    /// When a project must be done.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<NaiveDate>,
    /// A target group: exchange, eu or non-eu (repeat for more).
    #[arg(long = "group", value_name = "GROUP", value_enum)]
    pub groups: Vec<GroupArg>,
    /// The unit that carries the item, like "central" or "D-sektionen".
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// The id to use instead of the next free one.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The file of the year to add to: a unit file's name, like d-sektionen.toml
    /// [default: plan.toml]. A new name starts a new unit file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Options of `item set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The item id, like 2b-2.
    pub id: String,
    /// The new status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// The new due date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<NaiveDate>,
    /// The new start date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<NaiveDate>,
    /// The new owner (a post from [plan] owners).
    #[arg(long, value_name = "POST")]
    pub owner: Option<String>,
    /// The new title.
    #[command(flatten)]
    pub title: TitleArgs,
    /// The goals, replacing the list (repeat for more).
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
    /// The new cadence of ongoing work.
    #[arg(long, value_name = "CADENCE")]
    pub every: Option<String>,
}

/// Options of `item done`.
#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The item id, like 2a-1.
    pub id: String,
    /// The day it was done [default: --as-of].
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<NaiveDate>,
}

/// Options of `item note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The item id, like 2b-2.
    pub id: String,
    /// What happened.
    pub text: String,
    /// The post writing the note [default: the item's owner].
    #[arg(long, value_name = "POST")]
    pub by: Option<String>,
}

/// Options of `init`; the new year is the global `--year`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The year to carry over from [default: the latest year before --year].
    #[arg(long, value_name = "YYYY-YY", value_parser = crate::cli::parse_year)]
    pub from: Option<String>,
    /// The first day of the new period [default: 1 July]; it ends a year later.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<NaiveDate>,
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
