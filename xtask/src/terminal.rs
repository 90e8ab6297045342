//! Reading single keys from the terminal while `cargo xtask watch` runs.
//!
//! The terminal is switched out of line mode (no waiting for Enter, no echo)
//! and out of signal mode, so that Ctrl-C arrives as a key the watcher
//! handles: it puts the terminal back exactly as it found it before it
//! stops. Nothing else about the terminal is assumed: no colours, no cursor
//! movement, so it works in a plain terminal and over ssh.

use std::io::{IsTerminal, Read};

use rustix::termios::{
    LocalModes, OptionalActions, SpecialCodeIndex, Termios, tcgetattr,
    tcsetattr,
};

/// The terminal in key-at-a-time mode; dropping it restores the terminal.
#[derive(Debug)]
pub struct Keys {
    original: Termios,
}

/// Why keys cannot be read, in words for the reader.
pub fn unavailable() -> Option<String> {
    if !std::io::stdin().is_terminal() {
        return Some(
            "keys are off: standard input is not a terminal (stop with Ctrl-C)"
                .to_owned(),
        );
    }
    None
}

impl Keys {
    /// Switches the terminal on standard input to single keys; `Err` says
    /// why it cannot be.
    pub fn enter() -> Result<Keys, String> {
        if let Some(why) = unavailable() {
            return Err(why);
        }
        let stdin = std::io::stdin();
        let original = tcgetattr(&stdin).map_err(|e| {
            format!(
                "keys are off: the terminal's settings cannot be read ({e})"
            )
        })?;
        let mut keys = original.clone();
        keys.local_modes
            .remove(LocalModes::ICANON | LocalModes::ECHO | LocalModes::ISIG);
        keys.special_codes[SpecialCodeIndex::VMIN] = 1;
        keys.special_codes[SpecialCodeIndex::VTIME] = 0;
        tcsetattr(&stdin, OptionalActions::Now, &keys).map_err(|e| {
            format!("keys are off: the terminal cannot read single keys ({e})")
        })?;
        Ok(Keys { original })
    }

    /// Puts the terminal back as it was.
    pub fn restore(&self) {
        let _ =
            tcsetattr(std::io::stdin(), OptionalActions::Now, &self.original);
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        self.restore();
    }
}

/// Reads keys one byte at a time and hands each to `key` until it returns
/// false or the input ends.
pub fn read_keys(mut key: impl FnMut(u8) -> bool) {
    let mut stdin = std::io::stdin();
    let mut byte = [0u8];
    while let Ok(1) = stdin.read(&mut byte) {
        if !key(byte[0]) {
            break;
        }
    }
}

/// Whether to clear the screen before each new result: only on a terminal
/// that says it can.
pub fn can_clear() -> bool {
    std::io::stdout().is_terminal()
        && std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb")
}

/// Clears the screen and moves to its top (ANSI, which every terminal that
/// is not "dumb" understands).
pub const CLEAR: &str = "\x1b[2J\x1b[H";
