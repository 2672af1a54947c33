//! The process exit codes of the contract, in one leaf module so that every command
//! family returns the same values and `main` maps them without knowing the commands.

/// The process exit codes of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// `check` found errors, an edit was refused, or `overdue --exit-code` found items.
    Failure = 1,
    /// Usage error, or a file or folder that cannot be read or written.
    Usage = 2,
}

/// A failure that knows its exit code and a stable code for the JSON error object
/// (`{"error": {"code", "message"}}`), for a command that stops before it has
/// anything to print. Other failures are classified in `main`.
#[derive(Debug)]
pub struct Stop {
    /// The exit code.
    pub exit: Exit,
    /// The stable code: `invalid-plan`, ...
    pub code: &'static str,
    /// The sentence a person reads, in the run's language.
    pub message: String,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Stop {}
