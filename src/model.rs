//! The plan as the rest of the tool sees it, after loading: the strategy's areas and
//! goals, and each operating year's header, goal owners and items. Values that a
//! diagnostic may need to point at carry their span. The fields' doc comments are the
//! user's documentation of the file format.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
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

/// In the file a spanned value is just the value: the span is the loader's note.
impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
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

/// The file shape of a text: a plain string, or a table of the two languages with at
/// least one of them (the loader reports `missing-field` for an empty table).
impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A plain string, or `{ sv = \"...\", en = \"...\" }`; output falls back to the other language.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "sv": { "type": "string", "description": "Swedish." },
                        "en": { "type": "string", "description": "English." }
                    },
                    "additionalProperties": false,
                    "minProperties": 1
                }
            ]
        })
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

/// `strategy.toml`: what the council adopted. Goal ids come from here. In the file,
/// `[strategy]` holds the title, vision and adopted_by; the areas are `[[area]]`.
#[derive(Clone, Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Strategy {
    /// The file it was read from.
    #[schemars(skip)]
    pub file: Option<FileId>,
    /// `title`: the strategy's title.
    pub title: Text,
    /// `vision`: the vision the goals serve.
    #[schemars(with = "Option<Text>")]
    pub vision: Text,
    /// `adopted_by`: who adopted it (the council, fullmäktige).
    pub adopted_by: Option<String>,
    /// The goal areas, in order.
    #[schemars(skip)]
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
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Area {
    /// `id`: the area's number as a string: "1" to "4".
    pub id: Spanned<String>,
    /// `title`: the area's name.
    pub title: Text,
    /// `[[area.goal]]`: its goals.
    #[schemars(rename = "goal")]
    pub goals: Vec<Goal>,
}

/// A goal (`[[area.goal]]`), such as 2b.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Goal {
    /// `id`: the goal's id, area number and letter, such as "2b".
    pub id: Spanned<String>,
    /// The area it belongs to.
    #[schemars(skip)]
    pub area: String,
    /// `text`: the goal's text, word for word from the strategy.
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
        year_label(&self.name)
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

/// "2026/27" for the folder name "2026-27": how the union writes an operating year
/// in prose, for every message and heading that names one.
pub fn year_label(name: &str) -> String {
    name.replacen('-', "/", 1)
}

/// An operating year's first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Period {
    /// `start`: the first day, usually 1 July.
    pub start: NaiveDate,
    /// `end`: the last day, usually 30 June.
    pub end: NaiveDate,
}

impl Period {
    /// Whether a day falls inside the period, both ends included.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// `[plan]`: the year's header, set by the board.
#[derive(Clone, Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PlanHeader {
    /// Where the `[plan]` table starts, for diagnostics about the whole plan.
    #[schemars(skip)]
    pub span: Option<Span>,
    /// `period = { start, end }`: the operating year, 1 July to 30 June.
    #[schemars(required)]
    pub period: Option<Spanned<Period>>,
    /// `lead`: the post the board appointed to lead the plan.
    #[schemars(required)]
    pub lead: Option<Spanned<String>>,
    /// `reviewed`: when the board last went through the plan.
    pub reviewed: Option<Spanned<NaiveDate>>,
    /// `owners`: the roster of posts that may own goals and items; when present, any
    /// other owner is a typo.
    pub owners: Option<Vec<Spanned<String>>>,
}

/// `[goals.X]`: who answers for a goal this year.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GoalOwner {
    /// The file (always `plan.toml`).
    #[schemars(skip)]
    pub file: FileId,
    /// The goal id, the `X` of the table name.
    #[schemars(skip)]
    pub id: Spanned<String>,
    /// The table's span.
    #[schemars(skip)]
    pub span: Span,
    /// `owner`: the accountable post.
    #[schemars(required)]
    pub owner: Option<Spanned<String>>,
    /// `note`: a remark for the year.
    pub note: Option<String>,
}

macro_rules! keyword_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
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

/// What an item without `kind` is.
impl Default for Kind {
    fn default() -> Self {
        Kind::Project
    }
}

/// What an item without `status` is.
impl Default for Status {
    fn default() -> Self {
        Status::Planned
    }
}

impl Status {
    /// Whether the item still needs work: not done and not dropped.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Done | Status::Dropped)
    }
}

/// `[[item]]`: one activity of the plan.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Item {
    /// The file the item is in.
    #[schemars(skip)]
    pub file: FileId,
    /// The `[[item]]` header's span.
    #[schemars(skip)]
    pub span: Span,
    /// `id`: unique in the year, by convention goal and number, such as "2b-1".
    pub id: Spanned<String>,
    /// `title`: what is done, `{ sv, en }` or a plain string.
    pub title: Text,
    /// `description`: more words on the item, optional.
    pub description: Option<Text>,
    /// `goals`: the strategy goals the item serves.
    #[schemars(length(min = 1))]
    pub goals: Vec<Spanned<String>>,
    /// `owner`: the post that answers for the item.
    #[schemars(required)]
    pub owner: Option<Spanned<String>>,
    /// `kind`: project (default) or ongoing.
    #[schemars(default)]
    pub kind: Kind,
    /// `status`: planned (default), active, blocked, done or dropped.
    #[schemars(with = "Status", default = "Status::default")]
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
    #[schemars(default)]
    pub groups: Vec<Group>,
    /// `unit`: the union unit that runs it ("central", a section, a committee).
    pub unit: Option<String>,
    /// `[[item.log]]`: what happened, oldest first.
    #[schemars(default)]
    pub log: Vec<LogEntry>,
}

/// `[[item.log]]`: a dated note on an item.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LogEntry {
    /// `date`: when it happened.
    pub date: NaiveDate,
    /// `by`: the post that wrote it.
    pub by: Option<String>,
    /// `note`: what happened.
    pub note: String,
}
