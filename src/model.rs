//! The plan as the rest of the tool sees it, after loading: the strategy's areas and
//! goals, and each operating year's header, goal owners and items. Values that a
//! diagnostic may need to point at carry their span. The fields' doc comments are the
//! user's documentation of the file format.

use std::fmt;
use std::ops::Deref;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::Lang;
use crate::schedule::Cadence;
use crate::source::{FileId, Span};

/// A value and the byte span it came from, so a later check can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it stands in its file.
    pub span: Span,
}

impl<T> Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// A text in Swedish and English, or a plain string in either. Output falls back to
/// the other language, so a half-translated plan still shows something.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// Swedish.
    pub sv: Option<String>,
    /// English.
    pub en: Option<String>,
    /// A plain string, language unknown.
    pub plain: Option<String>,
}

/// JSON readers get both languages, each with the same fallback as on screen.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Text", 2)?;
        st.serialize_field("sv", self.get(Lang::Sv))?;
        st.serialize_field("en", self.get(Lang::En))?;
        st.end()
    }
}

impl Text {
    /// The text in `lang`, else the plain string, else the other language, else "".
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::En => (&self.en, &self.sv),
            Lang::Sv => (&self.sv, &self.en),
        };
        first
            .as_deref()
            .or(self.plain.as_deref())
            .or(second.as_deref())
            .unwrap_or("")
    }
}

/// `strategy.toml`: what the council adopted. Goal ids come from here.
#[derive(Clone, Debug, Default)]
pub struct Strategy {
    /// The file it was read from.
    pub file: Option<FileId>,
    /// The strategy's title.
    pub title: Text,
    /// The vision the goals serve.
    pub vision: Text,
    /// Who adopted it (the council, fullmäktige).
    pub adopted_by: Option<String>,
    /// The goal areas, in order.
    pub areas: Vec<Area>,
}

impl Strategy {
    /// Every goal of every area, in the strategy's order.
    pub fn goals(&self) -> impl Iterator<Item = &Goal> {
        self.areas.iter().flat_map(|a| a.goals.iter())
    }

    /// The goal with an id, if the strategy has it.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals().find(|g| g.id.value == id)
    }
}

/// A goal area (`[[area]]`), such as 1 representation.
#[derive(Clone, Debug)]
pub struct Area {
    /// The area's number as a string: "1" to "4".
    pub id: Spanned<String>,
    /// The area's name.
    pub title: Text,
    /// Its goals (`[[area.goal]]`).
    pub goals: Vec<Goal>,
}

/// A goal (`[[area.goal]]`), such as 2b.
#[derive(Clone, Debug)]
pub struct Goal {
    /// The goal's id: area number and letter, such as "2b".
    pub id: Spanned<String>,
    /// The area it belongs to.
    pub area: String,
    /// The goal's text, word for word from the strategy.
    pub text: Text,
}

/// One operating year's folder, `YYYY-YY`: `plan.toml` and any unit files.
#[derive(Clone, Debug)]
pub struct Year {
    /// The folder name, such as "2026-27".
    pub name: String,
    /// The folder.
    pub dir: PathBuf,
    /// `plan.toml`, when the folder has one.
    pub plan_file: Option<FileId>,
    /// Every TOML file of the year, `plan.toml` first.
    pub files: Vec<FileId>,
    /// `[plan]`.
    pub header: PlanHeader,
    /// `[goals.X]`, in file order.
    pub goals: Vec<GoalOwner>,
    /// Every `[[item]]` of every file, in file order.
    pub items: Vec<Item>,
}

impl Year {
    /// "2026/27", the way the union writes an operating year in prose.
    pub fn label(&self) -> String {
        self.name.replacen('-', "/", 1)
    }

    /// The goal owner table for a goal id.
    pub fn goal_owner(&self, id: &str) -> Option<&GoalOwner> {
        self.goals.iter().find(|g| g.id.value == id)
    }

    /// The item with an id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id.value == id)
    }
}

/// An operating year's first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// First day, usually 1 July.
    pub start: NaiveDate,
    /// Last day, usually 30 June.
    pub end: NaiveDate,
}

impl Period {
    /// Whether a day falls inside the period, both ends included.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// `[plan]`: the year's header, set by the board.
#[derive(Clone, Debug, Default)]
pub struct PlanHeader {
    /// Where the `[plan]` table starts, for diagnostics about the whole plan.
    pub span: Option<Span>,
    /// `period = { start, end }`: the operating year, 1 July to 30 June.
    pub period: Option<Spanned<Period>>,
    /// `lead`: the post the board appointed to lead the plan.
    pub lead: Option<Spanned<String>>,
    /// `reviewed`: when the board last went through the plan.
    pub reviewed: Option<Spanned<NaiveDate>>,
    /// `owners`: the roster of posts that may own goals and items; when present, any
    /// other owner is a typo.
    pub owners: Option<Vec<Spanned<String>>>,
}

/// `[goals.X]`: who answers for a goal this year.
#[derive(Clone, Debug)]
pub struct GoalOwner {
    /// The file (always `plan.toml`).
    pub file: FileId,
    /// The goal id, the `X` of the table name.
    pub id: Spanned<String>,
    /// The table's span.
    pub span: Span,
    /// `owner`: the accountable post.
    pub owner: Option<Spanned<String>>,
    /// `note`: a remark for the year.
    pub note: Option<String>,
}

macro_rules! keyword_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every value, in the order the format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The word written in the file.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s { $($text => Ok($name::$variant),)* _ => Err(()) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

keyword_enum! {
    /// `kind`: a project finishes; ongoing work (löpande arbete) recurs.
    Kind {
        /// Has a due date and ends when done.
        Project = "project",
        /// Recurs on a cadence (`every`) and is never finished.
        Ongoing = "ongoing",
    }
}

keyword_enum! {
    /// `status`: where an item stands.
    Status {
        /// Not started.
        Planned = "planned",
        /// Under way.
        Active = "active",
        /// Stuck on something outside the owner's hands.
        Blocked = "blocked",
        /// Finished (set `completed`).
        Done = "done",
        /// Given up (keep it, with a log line saying why).
        Dropped = "dropped",
    }
}

keyword_enum! {
    /// `groups`: the strategy's three kinds of international student.
    Group {
        /// Exchange students.
        Exchange = "exchange",
        /// Programme students from the EU.
        Eu = "eu",
        /// Programme students from outside the EU.
        NonEu = "non-eu",
    }
}

impl Status {
    /// Whether the item still needs work: not done and not dropped.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Done | Status::Dropped)
    }
}

/// `[[item]]`: one activity of the plan.
#[derive(Clone, Debug)]
pub struct Item {
    /// The file the item is in.
    pub file: FileId,
    /// The `[[item]]` header's span.
    pub span: Span,
    /// `id`: unique in the year, by convention goal and number, such as "2b-1".
    pub id: Spanned<String>,
    /// `title`: what is done, `{ sv, en }` or a plain string.
    pub title: Text,
    /// `description`: more words on the item, optional.
    pub description: Option<Text>,
    /// `goals`: the strategy goals the item serves.
    pub goals: Vec<Spanned<String>>,
    /// `owner`: the post that answers for the item.
    pub owner: Option<Spanned<String>>,
    /// `kind`: project (default) or ongoing.
    pub kind: Kind,
    /// `status`: planned (default), active, blocked, done or dropped.
    pub status: Spanned<Status>,
    /// `start`: when work begins.
    pub start: Option<Spanned<NaiveDate>>,
    /// `due`: when a project must be done.
    pub due: Option<Spanned<NaiveDate>>,
    /// `completed`: when a project was done.
    pub completed: Option<Spanned<NaiveDate>>,
    /// `every`: an ongoing item's cadence.
    pub every: Option<Spanned<Cadence>>,
    /// `last_done`: when ongoing work was last carried out.
    pub last_done: Option<Spanned<NaiveDate>>,
    /// `groups`: the student groups the item is aimed at.
    pub groups: Vec<Group>,
    /// `unit`: the union unit that runs it ("central", a section, a committee).
    pub unit: Option<String>,
    /// `[[item.log]]`: what happened, oldest first.
    pub log: Vec<LogEntry>,
}

/// `[[item.log]]`: a dated note on an item.
#[derive(Clone, Debug, Serialize)]
pub struct LogEntry {
    /// `date`: when it happened.
    pub date: NaiveDate,
    /// `by`: the post that wrote it.
    pub by: Option<String>,
    /// `note`: what happened.
    pub note: String,
}
