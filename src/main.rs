//! The `intplan` binary: parses the command line, runs it, and maps the outcome to
//! the contract's exit code. A closed pipe (`intplan status | head -1`) ends quietly.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use intplan::cli::Cli;
use intplan::commands;
use intplan::exit::Exit;
use intplan::output::Output;
use intplan::render::clean;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = Output::new(cli.global.color);
    let exit = match commands::run(&cli, &mut out) {
        Ok(exit) => exit,
        Err(e) if is_broken_pipe(&e) => Exit::Ok,
        Err(e) => {
            // The message may quote a file name from the plan folder: no escapes.
            let _ = writeln!(out.stderr, "error: {}", clean(&format!("{e:#}")));
            Exit::Usage
        }
    };
    ExitCode::from(exit as u8)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
