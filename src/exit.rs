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
