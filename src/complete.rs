//! Shell completion computed by the binary at TAB time (clap_complete's dynamic
//! engine), so that it offers what is in the plan: item ids, posts, goal ids, years
//! and unit files, from the plan folder the words typed so far name (`-p DIR`,
//! else `INTPLAN_PLAN`, else `plans`) and the year they pick (`--year`, else the one
//! holding `--as-of` or today). `intplan completions SHELL` prints a small script
//! that calls `INTPLAN_COMPLETE=SHELL intplan -- WORDS...` on each TAB.
//!
//! Which options complete what follows from the declaration in
//! [`cli`](crate::cli), so a new command gets it without a change here: an
//! argument whose value name is `POST` completes posts, `YYYY-YY` years, `UNIT`
//! units, `FILE` with the id `file` the year's unit files; one with the id `goal`
//! or `goals` goal ids; a positional `id` item ids.
//!
//! Completion never prints an error into the shell: a plan whose files do not all
//! parse completes nothing from the plan (years come from the folder listing, so
//! another year can still be picked), and the binary answers with an empty list.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use clap::{Arg, Command, CommandFactory};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{CompleteEnv, EnvCompleter, Shells};

use crate::argv::Words;
use crate::cli::Cli;
use crate::i18n::Lang;
use crate::load::{self, is_year_name};
use crate::model::Year;

/// The variable the completion scripts set when they call the binary.
pub const VAR: &str = "INTPLAN_COMPLETE";

/// Whether the word being completed was begun with a quote, as typed.
static QUOTED: OnceLock<bool> = OnceLock::new();

/// Answers a completion request when the scripts made one (`INTPLAN_COMPLETE` set):
/// prints the candidates and returns true; otherwise returns false at once.
pub fn answer(args: &[OsString]) -> bool {
    match std::env::var_os(VAR) {
        Some(v) if !v.is_empty() && v != "0" => {}
        _ => return false,
    }
    // Nothing may reach the shell's screen, not even a bug's panic message.
    std::panic::set_hook(Box::new(|_| {}));
    let typed: Vec<OsString> = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].iter().map(dequote).collect(),
        None => Vec::new(),
    };
    let raw_current = env_index()
        .and_then(|i| args.iter().skip_while(|a| *a != "--").nth(i + 1))
        .map(|w| w.to_string_lossy().starts_with(['"', '\'']));
    let _ = QUOTED.set(raw_current.unwrap_or(false));
    let words = Words::read(typed.get(1..).unwrap_or_default());
    let plan = Arc::new(PlanLists::new(&words));
    let factory = move || with_completers(Cli::command(), &plan);
    let shells = Shells(&[
        &BASH,
        &ZSH,
        &Fish,
        &clap_complete::env::Elvish,
        &clap_complete::env::Powershell,
    ]);
    let cwd = std::env::current_dir().ok();
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        CompleteEnv::with_factory(factory)
            .var(VAR)
            .shells(shells)
            .try_complete(dequoted_args(args), cwd.as_deref())
    }));
    true
}

/// The program's own arguments with the typed words unquoted: `"Vice ordf` is the
/// word `Vice ordf`.
fn dequoted_args(args: &[OsString]) -> Vec<OsString> {
    let split = args.iter().position(|a| a == "--").unwrap_or(args.len());
    args[..split]
        .iter()
        .cloned()
        .chain(args[split..].iter().enumerate().map(
            |(i, w)| {
                if i == 0 { w.clone() } else { dequote(w) }
            },
        ))
        .collect()
}

/// A word as the shell will pass it to the program: quotes and backslashes removed.
/// An unfinished quote (`"Vice ordf`) is what is being typed, so it counts as closed.
fn dequote(word: &OsString) -> OsString {
    let Some(text) = word.to_str() else {
        return word.clone();
    };
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None | Some('"'), '\\') => out.extend(chars.next()),
            (_, c) => out.push(c),
        }
    }
    OsString::from(out)
}

/// The script a shell sources: `intplan completions SHELL`. It names the binary by
/// the path it was started with when that is a path, else by its name (found on
/// PATH at TAB time, so it survives upgrades).
pub fn registration(shell: clap_complete::Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let started = std::env::args_os()
        .next()
        .unwrap_or_else(|| "intplan".into());
    let completer = if Path::new(&started).components().count() > 1 {
        std::env::current_exe().unwrap_or_else(|_| PathBuf::from(&started))
    } else {
        PathBuf::from("intplan")
    };
    let completer = completer.to_string_lossy();
    let builtins = Shells::builtins();
    let adapter: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &BASH,
        clap_complete::Shell::Zsh => &ZSH,
        clap_complete::Shell::Fish => &Fish,
        other => match builtins.completer(&other.to_string()) {
            Some(adapter) => adapter,
            None => return Ok(()),
        },
    };
    adapter.write_registration(VAR, "intplan", "intplan", &completer, out)
}

/// The command line with a completer on every argument whose values come from the
/// plan (see the module documentation for the convention).
fn with_completers(cmd: Command, plan: &Arc<PlanLists>) -> Command {
    let cmd = cmd.mut_args(|arg| attach(arg, plan));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        let plan = Arc::clone(plan);
        cmd.mut_subcommand(name, move |sub| with_completers(sub, &plan))
    })
}

fn attach(arg: Arg, plan: &Arc<PlanLists>) -> Arg {
    if !arg.get_possible_values().is_empty() || !arg.get_action().takes_values() {
        return arg;
    }
    let id = arg.get_id().as_str();
    let value_name = arg
        .get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.as_str());
    let list: fn(&Lists) -> &[Choice] = match (id, value_name) {
        (_, Some("POST")) => |l| &l.posts,
        (_, Some("YYYY-YY")) => |l| &l.years,
        (_, Some("UNIT")) => |l| &l.units,
        ("file", Some("FILE")) => |l| &l.unit_files,
        ("goal" | "goals", _) => |l| &l.goals,
        ("id" | "ids", _) if arg.is_positional() => |l| &l.items,
        _ => return arg,
    };
    let plan = Arc::clone(plan);
    arg.add(ArgValueCandidates::new(move || {
        list(plan.lists())
            .iter()
            // A name with a hidden character is an `invalid-value` to fix, never
            // something to type into the shell.
            .filter(|(value, _)| !value.contains(crate::output::is_hidden))
            .map(|(value, help)| {
                let help = help
                    .as_deref()
                    .map(|h| crate::output::visible(h).into_owned());
                CompletionCandidate::new(value).help(help.map(Into::into))
            })
            .collect()
    }))
}

/// The plan the typed words point at, read on first use only: completing a flag or
/// a command never touches the plan.
struct PlanLists {
    root: PathBuf,
    year: Option<String>,
    as_of: NaiveDate,
    lang: Lang,
    lists: OnceLock<Lists>,
}

/// A value to offer, with a description for the shells that show one.
type Choice = (String, Option<String>);

/// What the plan offers, each list sorted and without repeats.
#[derive(Default)]
struct Lists {
    items: Vec<Choice>,
    posts: Vec<Choice>,
    goals: Vec<Choice>,
    years: Vec<Choice>,
    units: Vec<Choice>,
    unit_files: Vec<Choice>,
}

impl PlanLists {
    fn new(words: &Words) -> Self {
        PlanLists {
            root: words.plan_or_default(),
            year: words.year.clone(),
            as_of: words
                .as_of
                .as_deref()
                .and_then(|d| d.parse().ok())
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            lang: crate::usage::lang_of(words),
            lists: OnceLock::new(),
        }
    }

    fn lists(&self) -> &Lists {
        self.lists.get_or_init(|| self.read())
    }

    fn read(&self) -> Lists {
        let mut lists = Lists {
            years: years(&self.root),
            ..Lists::default()
        };
        let years = load::Years::Select {
            year: self.year.as_deref(),
            as_of: self.as_of,
            history: false,
        };
        let Ok(ws) = load::load_years(&self.root, self.lang, years) else {
            return lists;
        };
        // A plan with a file that does not parse completes nothing from it: a
        // half-read list would offer ids that are not all there is.
        if !ws.strategy_complete {
            return lists;
        }
        lists.goals = ws
            .strategy
            .goals()
            .map(|g| candidate(&g.id.value, g.text.get(self.lang)))
            .collect();
        let Ok(index) = ws.select_year(self.year.as_deref(), self.as_of, self.lang) else {
            return lists;
        };
        if !ws.years_complete[index] {
            return lists;
        }
        let year = &ws.years[index];
        lists.items = year
            .items
            .iter()
            .map(|i| candidate(&i.id.value, i.title.get(self.lang)))
            .collect();
        lists.items.sort();
        lists.posts = plain(year.posts());
        lists.units = units(year);
        lists.unit_files = plain(unit_files(&year.dir).iter().map(String::as_str).collect());
        lists
    }
}

/// The roster's units and every item's unit ([`Year::unit_of`]), as `--unit`
/// matches: a unit file's items belong to a unit the roster may not list.
fn units(year: &Year) -> Vec<Choice> {
    let mut units: Vec<&str> = year.header.roster_units().collect();
    units.extend(year.items.iter().map(|i| year.unit_of(i)));
    plain(units)
}

/// A value with its description (fish and zsh show it beside the value).
fn candidate(value: &str, help: &str) -> Choice {
    (value.to_owned(), Some(help.chars().take(60).collect()))
}

/// Values without descriptions, sorted, repeats and blanks dropped.
fn plain(mut values: Vec<&str>) -> Vec<Choice> {
    values.retain(|v| !v.trim().is_empty());
    values.sort_unstable();
    values.dedup();
    values.into_iter().map(|v| (v.to_owned(), None)).collect()
}

/// The year folders, read from the folder listing alone: they complete even when a
/// plan file is broken.
fn years(root: &Path) -> Vec<Choice> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    let names: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| is_year_name(n))
        .collect();
    plain(names.iter().map(String::as_str).collect())
}

/// The unit files of a year folder: its `.toml` files other than `plan.toml`.
fn unit_files(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml") && n != "plan.toml" && !n.starts_with('.'))
        .collect()
}

/// The candidates for the word at `index`. Options are offered only once the word
/// starts with `-`: `item done <TAB>` lists item ids alone, as git lists branches,
/// and a plan that does not load completes nothing rather than a list of flags.
fn candidates(
    cmd: &mut Command,
    args: Vec<OsString>,
    index: usize,
    cwd: Option<&Path>,
) -> Vec<CompletionCandidate> {
    let args = padded(args, index);
    let current = args
        .get(index)
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Ok(mut found) = clap_complete::engine::complete(cmd, args, index, cwd) else {
        return Vec::new();
    };
    if !current.starts_with('-') {
        found.retain(|c| !c.get_value().to_string_lossy().starts_with('-'));
    }
    found
}

/// The words after `--`, with the one being completed at `index` present.
fn padded(mut args: Vec<OsString>, index: usize) -> Vec<OsString> {
    while args.len() <= index {
        args.push(OsString::new());
    }
    args
}

fn env_index() -> Option<usize> {
    std::env::var("_INTPLAN_COMPLETE_INDEX").ok()?.parse().ok()
}

/// A shell whose registration script is ours (bash, zsh) rather than clap's, so
/// that it passes the index of the word being completed
/// (`_INTPLAN_COMPLETE_INDEX`): its template in `src/complete/`, and how it wants
/// the candidates written.
struct Scripted {
    name: &'static str,
    template: &'static str,
    write: fn(Vec<CompletionCandidate>, &mut dyn Write) -> std::io::Result<()>,
}

/// Bash: `complete -F _intplan intplan`.
static BASH: Scripted = Scripted {
    name: "bash",
    template: include_str!("complete/intplan.bash"),
    write: write_bash,
};

/// Zsh: `compdef _intplan intplan`.
static ZSH: Scripted = Scripted {
    name: "zsh",
    template: include_str!("complete/intplan.zsh"),
    write: write_zsh,
};

impl EnvCompleter for Scripted {
    fn name(&self) -> &'static str {
        self.name
    }
    fn is(&self, name: &str) -> bool {
        name == self.name
    }
    fn write_registration(
        &self,
        var: &str,
        _name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let script = self
            .template
            .replace("@VAR@", var)
            .replace("@BIN@", bin)
            .replace("@COMPLETER@", &shell_quote(completer));
        buf.write_all(script.as_bytes())
    }
    fn write_complete(
        &self,
        cmd: &mut Command,
        args: Vec<OsString>,
        cwd: Option<&Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let index = env_index().unwrap_or(args.len().saturating_sub(1));
        (self.write)(candidates(cmd, args, index, cwd), buf)
    }
}

/// Bash's candidates, one a line, escaped for the shell unless the word was begun
/// with a quote (readline then inserts them inside it).
fn write_bash(found: Vec<CompletionCandidate>, buf: &mut dyn Write) -> std::io::Result<()> {
    let quoted = QUOTED.get().copied().unwrap_or(false);
    let values: Vec<String> = found
        .iter()
        .map(|c| c.get_value().to_string_lossy().into_owned())
        .map(|v| if quoted { v } else { backslash_escape(&v) })
        .collect();
    write!(buf, "{}", values.join("\n"))
}

/// Zsh's candidates, with their descriptions for `_describe`, which quotes them as
/// the line needs (a `:` in a value is escaped, since it divides the two).
fn write_zsh(found: Vec<CompletionCandidate>, buf: &mut dyn Write) -> std::io::Result<()> {
    for c in found {
        let value = c.get_value().to_string_lossy().replace(':', "\\:");
        match c.get_help() {
            Some(help) => writeln!(buf, "{value}:{}", one_line(&help.to_string()))?,
            None => writeln!(buf, "{value}")?,
        }
    }
    Ok(())
}

/// Fish: clap's registration; fish escapes what it inserts and shows descriptions.
struct Fish;

impl EnvCompleter for Fish {
    fn name(&self) -> &'static str {
        "fish"
    }
    fn is(&self, name: &str) -> bool {
        name == "fish"
    }
    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        clap_complete::env::Fish.write_registration(var, name, bin, completer, buf)
    }
    fn write_complete(
        &self,
        cmd: &mut Command,
        args: Vec<OsString>,
        cwd: Option<&Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let index = args.len().saturating_sub(1);
        for c in candidates(cmd, args, index, cwd) {
            let value = c.get_value().to_string_lossy().into_owned();
            match c.get_help() {
                Some(help) => writeln!(buf, "{value}\t{}", one_line(&help.to_string()))?,
                None => writeln!(buf, "{value}")?,
            }
        }
        Ok(())
    }
}

fn one_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}

/// A value as bash reads it back as one word: `Vice\ ordförande`.
fn backslash_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_whitespace() || "\\'\"`$&|;<>()[]{}*?!#~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A path for a POSIX shell script, in single quotes.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_unquoted_as_the_shell_would() {
        let d = |s: &str| dequote(&OsString::from(s)).into_string().unwrap();
        assert_eq!(d("\"Vice ordf"), "Vice ordf");
        assert_eq!(d("'a b'"), "a b");
        assert_eq!(d(r"Vice\ ordf"), "Vice ordf");
        assert_eq!(d("plain"), "plain");
    }

    #[test]
    fn bash_values_are_escaped_to_one_word() {
        assert_eq!(backslash_escape("Vice ordförande"), r"Vice\ ordförande");
        assert_eq!(backslash_escape("2b-1"), "2b-1");
    }
}
