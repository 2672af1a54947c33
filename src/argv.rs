//! A forgiving read of a command line that clap has not parsed, or cannot: what
//! shell completion knows of the words typed so far (`-p DIR`, `--year`), and what
//! a usage error needs to answer in the right language and form (`--lang sv`,
//! `--format json`, which command). Which options take a value comes from the clap
//! declaration in [`cli`](crate::cli), so a new option needs nothing here.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;

/// An option of any command, by how it was written (`--format`, `-p...`).
fn anywhere<'a>(cmd: &'a Command, word: &str) -> Option<&'a Arg> {
    let long = word
        .strip_prefix("--")
        .map(|l| l.split('=').next().unwrap_or(l));
    let short = word.strip_prefix('-').and_then(|s| s.chars().next());
    cmd.get_arguments()
        .find(|a| match long {
            Some(name) => a.get_long() == Some(name),
            None => short.is_some() && a.get_short() == short,
        })
        .or_else(|| cmd.get_subcommands().find_map(|sub| anywhere(sub, word)))
}

/// What a command line says, as far as it can be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// `-p`/`--plan`.
    pub plan: Option<PathBuf>,
    /// `--year`.
    pub year: Option<String>,
    /// `--as-of`.
    pub as_of: Option<String>,
    /// `--lang`.
    pub lang: Option<String>,
    /// `--format` of the command.
    pub format: Option<String>,
    /// The commands named, outermost first: `["item", "show"]`.
    pub commands: Vec<String>,
}

impl Words {
    /// Reads the words after the program name.
    pub fn read(words: &[OsString]) -> Words {
        let mut root = Cli::command();
        root.build();
        let mut found = Words::default();
        let mut cmd = &root;
        let mut i = 0;
        while i < words.len() {
            let word = words[i].to_string_lossy();
            i += 1;
            if word == "--" {
                break;
            }
            let (arg, value) = if let Some(long) = word.strip_prefix("--") {
                let (name, value) = match long.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_owned())),
                    None => (long, None),
                };
                (
                    cmd.get_arguments().find(|a| a.get_long() == Some(name)),
                    value,
                )
            } else if let Some(short) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
                let mut chars = short.chars();
                let letter = chars.next();
                let rest: String = chars.collect();
                let arg = cmd.get_arguments().find(|a| a.get_short() == letter);
                (arg, Some(rest).filter(|r| !r.is_empty()))
            } else {
                if let Some(sub) = cmd.find_subcommand(word.as_ref()) {
                    found.commands.push(sub.get_name().to_owned());
                    cmd = sub;
                }
                continue;
            };
            // An option the command does not have (or a command that is not one)
            // still takes its value if some command's option of that name does.
            let Some(arg) = arg.or_else(|| anywhere(&root, &word)) else {
                continue;
            };
            if !arg.get_action().takes_values() {
                continue;
            }
            let value = match value {
                Some(v) => v,
                None => match words.get(i) {
                    Some(next) => {
                        i += 1;
                        next.to_string_lossy().into_owned()
                    }
                    None => break,
                },
            };
            found.keep(arg.get_id().as_str(), value);
        }
        found
    }

    /// Keeps a value the rest of the program asks about.
    fn keep(&mut self, id: &str, value: String) {
        match id {
            "plan" => self.plan = Some(PathBuf::from(value)),
            "year" => self.year = Some(value),
            "as_of" => self.as_of = Some(value),
            "lang" => self.lang = Some(value),
            "format" => self.format = Some(value),
            _ => {}
        }
    }

    /// The plan folder the command is about: `-p`, else `INTPLAN_PLAN`, else `plans`.
    pub fn plan_or_default(&self) -> PathBuf {
        self.plan
            .clone()
            .or_else(|| std::env::var_os("INTPLAN_PLAN").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("plans"))
    }

    /// Whether the command was asked for one JSON document.
    pub fn wants_json(&self) -> bool {
        self.format.as_deref() == Some("json")
    }

    /// Whether the command was asked for GitHub annotations.
    pub fn wants_github(&self) -> bool {
        self.format.as_deref() == Some("github")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Words {
        let words: Vec<OsString> = line.split(' ').map(OsString::from).collect();
        Words::read(&words)
    }

    #[test]
    fn reads_global_options_in_every_spelling() {
        let w = read("-p /x item --year=2026-27 show --format json 2b-2 --lang sv");
        assert_eq!(w.plan, Some(PathBuf::from("/x")));
        assert_eq!(w.year.as_deref(), Some("2026-27"));
        assert_eq!(w.commands, ["item", "show"]);
        assert!(w.wants_json());
        assert_eq!(w.lang.as_deref(), Some("sv"));
        assert_eq!(read("check -pplans2").plan, Some(PathBuf::from("plans2")));
        assert_eq!(read("--plan=a b").plan, Some(PathBuf::from("a")));
    }

    #[test]
    fn a_value_is_not_taken_for_a_command() {
        let w = read("--plan check status");
        assert_eq!(w.plan, Some(PathBuf::from("check")));
        assert_eq!(w.commands, ["status"]);
        assert_eq!(read("status --owner").commands, ["status"]);
        let typo = read("stats --format json");
        assert!(typo.wants_json() && typo.commands.is_empty());
    }
}
