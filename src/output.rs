//! The one place that holds stdout and stderr. Everything else writes to the
//! `Write` it is handed, which keeps all output testable and lets colour be decided
//! once: anstream strips ANSI styles when the stream is not a terminal, when
//! `NO_COLOR` is set, or under `--color never`.

use std::io::{self, Stderr, Stdout};

use anstream::{AutoStream, ColorChoice};

use crate::cli::ColorWhen;

/// The process's two output streams, with colour decided.
pub struct Output {
    /// Reports and machine-readable output.
    pub stdout: AutoStream<Stdout>,
    /// Diagnostics, notes and errors.
    pub stderr: AutoStream<Stderr>,
}

impl Output {
    /// Opens both streams under the `--color` choice.
    pub fn new(when: ColorWhen) -> Self {
        let choice = match when {
            ColorWhen::Auto => ColorChoice::Auto,
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        };
        Output {
            stdout: AutoStream::new(io::stdout(), choice),
            stderr: AutoStream::new(io::stderr(), choice),
        }
    }

    /// Whether stdout shows colour, for renderers that style cells themselves.
    pub fn stdout_color(&self) -> bool {
        !matches!(self.stdout.current_choice(), ColorChoice::Never)
    }
}
