//! The plan as the rest of the tool sees it, after loading: the strategy's areas and
//! goals, and each operating year's header, goal owners and items. Values that a
//! diagnostic may need to point at carry their span. The fields' doc comments are the
//! user's documentation of the file format.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike as _, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

use crate::i18n::Lang;
use crate::schedule::Cadence;
use crate::source::{FileId, Span};

/// A byte range in a file, kept in 32 bits a side (a plan file is capped far below
/// 4 GB): a large plan holds a dozen of them per item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct At {
    start: u32,
    end: u32,
}

impl At {
    /// The range `span`.
    pub fn new(span: Span) -> At {
        let at = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        At {
            start: at(span.start),
            end: at(span.end),
        }
    }

    /// The range, as diagnostics take it.
    pub fn span(self) -> Span {
        self.start as usize..self.end as usize
    }
}

/// A value and the byte span it came from, so a later check can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    at: At,
}

impl<T> Spanned<T> {
    /// `value`, found at `span`.
    pub fn new(value: T, span: Span) -> Self {
        Spanned {
            value,
            at: At::new(span),
        }
    }

    /// Where it stands in its file.
    pub fn span(&self) -> Span {
        self.at.span()
    }
}

impl<T> Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// A name the plan writes again and again (a post, a goal id, a unit, an item id):
/// text that is cheap to copy, and that the loader keeps once however many items
/// repeat it ([`Name::shared`]).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(Arc<str>);

impl Name {
    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name, one copy for every use of it in this thread's decoding: the eight
    /// posts of a 100,000-item plan are kept eight times over, not 100,000 times.
    pub fn shared(text: &str) -> Name {
        thread_local! {
            static NAMES: std::cell::RefCell<HashSet<Arc<str>>> = Default::default();
        }
        NAMES.with(|names| {
            let mut names = names.borrow_mut();
            if let Some(found) = names.get(text) {
                return Name(found.clone());
            }
            let name: Arc<str> = Arc::from(text);
            names.insert(name.clone());
            Name(name)
        })
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Self {
        Name(Arc::from(text))
    }
}

impl From<String> for Name {
    fn from(text: String) -> Self {
        Name(Arc::from(text))
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        *self == *other.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// In the file a name is a string.
impl JsonSchema for Name {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
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
/// the other language, so a half-translated plan still shows something. The
/// languages are kept in one allocation: every item has a title.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// Swedish, English and the plain string, one after another.
    buf: Box<str>,
    /// Where each ends in `buf`.
    ends: [u32; 3],
    /// Which of the three the text has (bit 0 Swedish, 1 English, 2 plain).
    has: u8,
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Text")
            .field("sv", &self.sv())
            .field("en", &self.en())
            .field("plain", &self.plain())
            .finish()
    }
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
    /// A text of the languages given and a plain string, each if present.
    pub fn new(sv: Option<&str>, en: Option<&str>, plain: Option<&str>) -> Text {
        let mut buf = String::new();
        let mut ends = [0; 3];
        let mut has = 0;
        for (i, part) in [sv, en, plain].into_iter().enumerate() {
            if let Some(part) = part {
                buf.push_str(part);
                has |= 1 << i;
            }
            ends[i] = u32::try_from(buf.len()).unwrap_or(u32::MAX);
        }
        Text {
            buf: buf.into_boxed_str(),
            ends,
            has,
        }
    }

    /// A plain string, language unknown.
    pub fn plain_text(text: &str) -> Text {
        Text::new(None, None, Some(text))
    }

    fn part(&self, i: usize) -> Option<&str> {
        if self.has & (1 << i) == 0 {
            return None;
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.buf.get(start..self.ends[i] as usize)
    }

    /// Swedish, if given.
    pub fn sv(&self) -> Option<&str> {
        self.part(0)
    }

    /// English, if given.
    pub fn en(&self) -> Option<&str> {
        self.part(1)
    }

    /// The plain string, if the text is one.
    pub fn plain(&self) -> Option<&str> {
        self.part(2)
    }

    /// The text in `lang`, else the plain string, else the other language, else "".
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::En => (self.en(), self.sv()),
            Lang::Sv => (self.sv(), self.en()),
        };
        first.or(self.plain()).or(second).unwrap_or("")
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
    /// `internationalisation_vision`: the strategy's own "Vision för
    /// internationalisering", word for word.
    #[schemars(with = "Option<Text>")]
    pub internationalisation_vision: Text,
    /// `purpose`: the strategy's "Syfte och användning" (purpose and use), word for word.
    #[schemars(with = "Option<Text>")]
    pub purpose: Text,
    /// `adopted_by`: who adopted it (the council, fullmäktige).
    pub adopted_by: Option<String>,
    /// The goal areas, in order.
    #[schemars(skip)]
    pub areas: Vec<Area>,
    /// `[[indicator]]`: how the goals' effect is measured, in file order.
    #[schemars(skip)]
    pub indicators: Vec<Indicator>,
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
#[derive(Clone, Debug, Default)]
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
    /// Each unit file (every file but `plan.toml`) with its name without `.toml`,
    /// whose items belong to the unit of that name.
    pub unit_files: Vec<(FileId, String)>,
    /// `measurements.toml`, when the folder has one (not among `files`: it holds
    /// figures, not items).
    pub measurements_file: Option<FileId>,
    /// Every `[[measurement]]` of `measurements.toml`, in file order.
    pub measurements: Vec<Measurement>,
    /// Item positions by the hash of their id, sorted, built on the first look-up:
    /// `diff`, `init` and `check`'s duplicate ids look items up inside loops.
    index: OnceLock<Vec<(u64, u32)>>,
}

impl Year {
    /// An empty year for the folder `dir` named `name`; the loader fills it.
    pub fn new(name: String, dir: PathBuf) -> Self {
        Year {
            name,
            dir,
            ..Year::default()
        }
    }

    /// "2026/27", the way the union writes an operating year in prose.
    pub fn label(&self) -> String {
        year_label(&self.name)
    }

    /// The goal owner table for a goal id.
    pub fn goal_owner(&self, id: &str) -> Option<&GoalOwner> {
        self.goals.iter().find(|g| g.id.value == id)
    }

    /// The posts that own a goal this year, in the order the plan lists them; empty
    /// when the plan names none.
    pub fn goal_owners(&self, id: &str) -> Vec<&str> {
        self.goal_owner(id)
            .map(GoalOwner::posts)
            .unwrap_or_default()
    }

    /// The posts that own a goal, as one line of text ("A, B"); `None` when the plan
    /// names none. For outputs that show one owner cell.
    pub fn goal_owner_text(&self, id: &str) -> Option<String> {
        let posts = self.goal_owners(id);
        (!posts.is_empty()).then(|| posts.join(", "))
    }

    /// The unit that carries an item: its `unit`; else, in a unit file, the roster
    /// unit named like the file with case ignored (`d-sektionen.toml` gives
    /// "D-sektionen"), or the file's own name without a roster match; else, for an
    /// item of `plan.toml`, [`CENTRAL`] (in the roster's spelling, if it has one).
    /// The one home of "whose item is it".
    pub fn unit_of<'s>(&'s self, item: &'s Item) -> &'s str {
        self.named_unit(item)
            .unwrap_or_else(|| self.roster_spelling(CENTRAL))
    }

    /// The unit an item's files name: its `unit`, or the unit of the unit file that
    /// holds it; `None` for an item of `plan.toml` without `unit`, which is central's
    /// by default. What a listing of the item shows as its unit, so that an item
    /// `--unit` finds never shows an empty unit, while the central items, the many,
    /// are not all marked.
    pub fn named_unit<'s>(&'s self, item: &'s Item) -> Option<&'s str> {
        if let Some(unit) = &item.unit {
            return Some(&unit.value);
        }
        self.unit_files
            .iter()
            .find(|(f, _)| *f == item.file)
            .map(|(_, stem)| self.roster_spelling(stem))
    }

    /// `name` as the roster of units spells it, case ignored; as given without a match.
    fn roster_spelling<'s>(&'s self, name: &'s str) -> &'s str {
        let lower = name.to_lowercase();
        self.header
            .roster_units()
            .find(|u| u.to_lowercase() == lower)
            .unwrap_or(name)
    }

    /// Every post the year names, each once, in the order the plan gives them: the
    /// roster, the lead, the goal owners, then the items' owners. What `--owner`
    /// may name.
    pub fn posts(&self) -> Vec<&str> {
        let header = &self.header;
        let roster = header.owners.iter().flatten().map(|p| p.value.as_str());
        let lead = header.lead.iter().map(|l| l.value.as_str());
        let goals = self.goals.iter().flat_map(|g| g.posts());
        let items = self.items.iter().filter_map(Item::owner);
        let mut seen = std::collections::HashSet::new();
        roster
            .chain(lead)
            .chain(goals)
            .chain(items)
            .filter(|p| seen.insert(*p))
            .collect()
    }

    /// Every unit the year names, each once: its roster, then the units its items
    /// belong to ([`Year::unit_of`]). What `--unit` may name.
    pub fn units(&self) -> Vec<&str> {
        let roster = self.header.roster_units();
        let items = self.items.iter().map(|i| self.unit_of(i));
        let mut seen = std::collections::HashSet::new();
        roster.chain(items).filter(|u| seen.insert(*u)).collect()
    }

    /// The item with an id (the first, when the plan repeats an id), found through
    /// an index so that look-ups inside loops stay linear.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.position(id).and_then(|i| self.items.get(i))
    }

    /// Where in `items` the (first) item with an id is, through the same index:
    /// each item's position under the hash of its id, sorted, so that it is built
    /// with one sort and holds no copy of an id.
    pub fn position(&self, id: &str) -> Option<usize> {
        let index = self.index.get_or_init(|| {
            let mut index: Vec<(u64, u32)> = (self.items.iter().enumerate())
                .map(|(i, item)| (id_hash(&item.id.value), i as u32))
                .collect();
            index.sort_unstable();
            index
        });
        let hash = id_hash(id);
        let from = index.partition_point(|&(h, _)| h < hash);
        index[from..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .map(|&(_, i)| i as usize)
            .find(|&i| self.items[i].id.value == id)
    }
}

/// The hash an item's id is indexed under.
fn id_hash(id: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(id)
}

/// The unit of the board's own items: those in `plan.toml` without a `unit`.
pub const CENTRAL: &str = "central";

/// "2026/27" for the folder name "2026-27": how the union writes an operating year
/// in prose, for every message and heading that names one.
pub fn year_label(name: &str) -> String {
    name.replacen('-', "/", 1)
}

/// The month an operating year starts in unless the board says otherwise (1 July,
/// the union's term): the default period `init` gives a new year.
pub const YEAR_START_MONTH: u32 = 7;

/// The folder name of the default operating year that holds `day`: "2026-27" for
/// 2026-11-28 and for 2027-03-01. Clamped to the years a folder name can hold.
pub fn year_name_of(day: NaiveDate) -> String {
    let first = if day.month() >= YEAR_START_MONTH {
        day.year()
    } else {
        day.year() - 1
    };
    let first = first.clamp(0, 9999);
    format!("{first:04}-{:02}", (first + 1) % 100)
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
    /// `units`: the roster of the union's units that carry items ("central", the
    /// student divisions, committees); when present, every item's `unit` must be one.
    pub units: Option<Vec<Spanned<String>>>,
}

impl PlanHeader {
    /// The names of the `units` roster, as written; none when there is no roster.
    /// One reading of the roster for the unit look-up, the `--unit` completions and
    /// the units report.
    pub fn roster_units(&self) -> impl Iterator<Item = &str> {
        self.units.iter().flatten().map(|u| u.value.as_str())
    }
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
    /// `owner`: the accountable post, or a list of posts (the strategy lets the board
    /// appoint "den post eller de poster" that lead the work).
    #[schemars(required, rename = "owner", with = "OwnerSchema")]
    pub owners: Vec<Spanned<String>>,
    /// `note`: a remark for the year.
    pub note: Option<String>,
}

impl GoalOwner {
    /// The owning posts, as written.
    pub fn posts(&self) -> Vec<&str> {
        self.owners.iter().map(|o| o.value.as_str()).collect()
    }
}

/// The file shape of a goal's `owner`: one post, or a list of at least one.
struct OwnerSchema;

impl JsonSchema for OwnerSchema {
    fn schema_name() -> Cow<'static, str> {
        "GoalOwnerPosts".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The accountable post, or a list of posts.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" }, "minItems": 1 }
            ]
        })
    }
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

mod indicator;

pub use indicator::{Cohort, Direction, Indicator, IndicatorUnit, Measurement};

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

/// `[[item]]`: one point (åtgärd) of the plan.
#[derive(Clone, Debug, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Item {
    /// The file the item is in.
    #[schemars(skip)]
    pub file: FileId,
    /// Where the `[[item]]` header is ([`Item::span`]).
    #[schemars(skip)]
    pub(crate) at: At,
    /// `id`: unique in the year, by convention goal and number, such as "2b-1".
    pub id: Spanned<Name>,
    /// `title`: what is done, `{ sv, en }` or a plain string.
    pub title: Text,
    /// `description`: more words on the item, optional.
    pub description: Option<Text>,
    /// `goals`: the strategy goals the item serves.
    #[schemars(length(min = 1))]
    pub goals: Box<[Spanned<Name>]>,
    /// `owner`: the post that answers for the item.
    #[schemars(required)]
    pub owner: Option<Spanned<Name>>,
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
    // Boxed: most items are projects, and a cadence is five words wide.
    pub every: Option<Box<Spanned<Cadence>>>,
    /// `last_done`: when ongoing work was last carried out.
    pub last_done: Option<Spanned<NaiveDate>>,
    /// `groups`: the student groups the item is aimed at.
    #[schemars(default)]
    pub groups: Box<[Group]>,
    /// `unit`: the union unit that runs it ("central", a student division, a
    /// committee); default: the unit named by a unit file, "central" in plan.toml.
    pub unit: Option<Spanned<Name>>,
    /// `[[item.log]]`: what happened, oldest first.
    #[schemars(default)]
    pub log: Box<[LogEntry]>,
}

impl Item {
    /// Where the `[[item]]` header is, for diagnostics about the whole item.
    pub fn span(&self) -> Span {
        self.at.span()
    }

    /// Whether the item counts towards its goals: every item but a dropped one.
    /// The one home of "dropped items don't count".
    pub fn is_live(&self) -> bool {
        self.status.value != Status::Dropped
    }

    /// Whether the item still needs work: neither done nor dropped.
    pub fn is_open(&self) -> bool {
        self.status.value.is_open()
    }

    /// Whether the item serves the goal with this id (as the strategy writes it).
    pub fn serves(&self, goal: &str) -> bool {
        self.goals.iter().any(|g| g.value == goal)
    }

    /// The owning post, if the item names one.
    pub fn owner(&self) -> Option<&str> {
        self.owner.as_ref().map(|o| o.value.as_str())
    }
}

/// `[[item.log]]`: a dated note on an item.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LogEntry {
    /// `date`: when it happened.
    pub date: NaiveDate,
    /// `by`: the post that wrote it.
    pub by: Option<Name>,
    /// `note`: what happened.
    pub note: Box<str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_year_of_a_day_turns_on_the_first_of_july() {
        let name = |d: &str| year_name_of(d.parse().unwrap());
        assert_eq!(name("2026-07-01"), "2026-27");
        assert_eq!(name("2026-06-30"), "2025-26");
        assert_eq!(name("2027-03-01"), "2026-27");
        assert_eq!(name("2099-12-31"), "2099-00");
        assert_eq!(name("0000-01-01"), "0000-01");
        assert_eq!(name("9999-12-31"), "9999-00");
    }
}
