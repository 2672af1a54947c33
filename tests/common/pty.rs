//! Runs the binary with one stream on a real pseudo-terminal (rustix's pty) and the
//! other on a pipe, as a person at a terminal sees it: what decides colour and what
//! reaches the screen can only be tested there.

use std::fs;
use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};

/// Which of the child's streams is the pseudo-terminal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tty {
    Stdout,
    Stderr,
}

/// What a run on a terminal showed.
pub struct Shown {
    pub code: i32,
    /// What the terminal showed, line ends as the program wrote them.
    pub terminal: String,
    /// What went into the pipe.
    pub piped: String,
}

/// Runs `intplan ARGS` in `cwd` with `tty` on a 200-column pseudo-terminal of
/// TERM `xterm-256color`, no colour variables set unless `vars` sets them, and
/// no backtraces.
pub fn on_terminal(cwd: &Path, args: &[&str], vars: &[(&str, &str)], tty: Tty) -> Shown {
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    // A terminal 200 columns wide, so that tables are laid out as on a desktop.
    let size = rustix::termios::Winsize {
        ws_row: 50,
        ws_col: 200,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    rustix::termios::tcsetwinsize(&master, size).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    let slave = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_intplan"));
    command
        .current_dir(cwd)
        .env("RUST_BACKTRACE", "0")
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("INTPLAN_LANG")
        .env_remove("INTPLAN_PLAN")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .envs(vars.iter().copied())
        .args(args)
        .stdin(Stdio::null());
    if tty == Tty::Stdout {
        command.stdout(slave).stderr(Stdio::piped());
    } else {
        command.stderr(slave).stdout(Stdio::piped());
    }
    let mut child = command.spawn().unwrap();
    // The parent's copy of the terminal's end goes with `command`, so that reading
    // ends when the child closes its own.
    drop(command);
    let mut shown = Vec::new();
    let mut master = fs::File::from(master);
    let mut chunk = [0u8; 4096];
    loop {
        match master.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => shown.extend_from_slice(&chunk[..n]),
        }
    }
    let mut piped = Vec::new();
    if let Some(mut pipe) = child.stdout.take() {
        pipe.read_to_end(&mut piped).unwrap();
    }
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_end(&mut piped).unwrap();
    }
    let code = child.wait().unwrap().code().unwrap_or(-1);
    Shown {
        code,
        // The terminal turns each line feed into CR LF.
        terminal: String::from_utf8(shown).unwrap().replace("\r\n", "\n"),
        piped: String::from_utf8(piped).unwrap(),
    }
}

/// The text without SGR colour codes (`ESC [ ... m`), to compare words.
pub fn without_colour(text: &str) -> String {
    let mut out = String::new();
    let mut parts = text.split('\u{1b}');
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let end = part.find('m').map_or(0, |i| i + 1);
        out.push_str(&part[end..]);
    }
    out
}
