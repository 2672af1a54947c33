//! The `intplan` binary: answers shell completion, parses the command line, runs it,
//! and maps the outcome to the contract's exit code. A closed pipe (`intplan status
//! | head -1`) ends quietly.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use intplan::argv::Words;
use intplan::cli::{Cli, ColorWhen};
use intplan::exit::Exit;
use intplan::output::{Output, visible_line};
use intplan::{commands, complete, t, usage};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if complete::answer(&args) {
        return ExitCode::SUCCESS;
    }
    let words = Words::read(args.get(1..).unwrap_or_default());
    let exit = match Cli::try_parse_from(&args) {
        Ok(cli) => run(&cli, &words),
        Err(e) => usage_error(&e, &words),
    };
    ExitCode::from(exit as u8)
}

fn run(cli: &Cli, words: &Words) -> Exit {
    let mut out = Output::new(cli.global.color);
    let settings = cli.global.settings();
    match commands::run(cli, &mut out) {
        Ok(exit) => exit,
        Err(e) if is_broken_pipe(&e) => Exit::Ok,
        Err(e) => {
            // The message may quote a file name from the plan folder or an
            // argument; on stderr it stays on its one line (its hidden characters
            // and line feeds shown), JSON escapes them.
            let message = usage::message(&e, settings.lang);
            let (exit, code) = usage::classify(&e, &settings.plan);
            let _ = writeln!(
                out.stderr,
                "{}",
                t!(
                    settings.lang,
                    "cli-error",
                    message = visible_line(&message).as_ref()
                )
            );
            if words.wants_json() {
                let _ = usage::write_json(&mut out.stdout, words, code, &message);
            } else if words.wants_github() {
                let _ = usage::write_github(&mut out.stdout, code, &message);
            }
            let _ = out.stdout.flush();
            exit
        }
    }
}

/// A command line clap could not read, or a request for help or the version.
fn usage_error(e: &clap::Error, words: &Words) -> Exit {
    let mut out = Output::new(ColorWhen::Auto);
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // clap writes help to stdout; a reader that has gone is no error.
        let _ = e.print();
        return Exit::Ok;
    }
    let lang = usage::lang_of(words);
    let message = usage::clap_message(e, lang);
    let _ = write!(out.stderr, "{message}");
    let first = message.lines().next().unwrap_or_default();
    let first = first.split_once(": ").map_or(first, |(_, rest)| rest);
    if words.wants_json() {
        let _ = usage::write_json(&mut out.stdout, words, "usage", first);
    } else if words.wants_github() {
        let _ = usage::write_github(&mut out.stdout, "usage", first);
    }
    let _ = out.stdout.flush();
    Exit::Usage
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
