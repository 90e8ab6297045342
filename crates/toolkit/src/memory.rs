//! Refusing work that cannot fit in memory, before anything is allocated.
//!
//! A size a person types (a layer of 10⁶ units, a file of 10⁸ rows) can ask
//! for more memory than the machine has. An allocation that fails aborts
//! the program with no word of why; these checks say it in one line first.

use std::fmt;

/// More memory asked for than the machine has available.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{what} needs {need} of memory, more than the {available} this machine has available"
)]
pub struct TooLarge {
    pub what: String,
    pub need: Bytes,
    pub available: Bytes,
}

/// A number of bytes, shown in decimal units; `None` is too many to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bytes(pub Option<u64>);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(n) = self.0 else {
            return f.write_str("more bytes than can be counted");
        };
        #[expect(clippy::cast_precision_loss, reason = "for display only")]
        let x = n as f64;
        match n {
            0..1_000 => write!(f, "{n} bytes"),
            1_000..1_000_000 => write!(f, "{:.1} kB", x / 1e3),
            1_000_000..1_000_000_000 => write!(f, "{:.1} MB", x / 1e6),
            1_000_000_000..1_000_000_000_000 => write!(f, "{:.1} GB", x / 1e9),
            _ => write!(f, "{:.1} TB", x / 1e12),
        }
    }
}

/// The bytes of `count` f64 values, or `None` if that overflows.
pub fn of_f64s(count: Option<u64>) -> Option<u64> {
    count?.checked_mul(8)
}

/// What this process can be given now: the kernel's estimate of available
/// memory (`MemAvailable`), and no more than the address-space limit
/// (`ulimit -v`) if one is set. `None` where neither can be read.
pub fn available() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok();
    let free = meminfo.as_deref().and_then(|text| {
        let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        kb.checked_mul(1024)
    });
    let limits = std::fs::read_to_string("/proc/self/limits").ok();
    let limit = limits.as_deref().and_then(|text| {
        let line = text.lines().find(|l| l.starts_with("Max address space"))?;
        line.split_whitespace().nth(3)?.parse::<u64>().ok()
    });
    match (free, limit) {
        (Some(f), Some(l)) => Some(f.min(l)),
        (f, l) => f.or(l),
    }
}

/// Fails, saying so, when `need` bytes (`None`: too many to count) are
/// more than the machine has available; `what` names what needs them.
pub fn check(
    what: impl Into<String>,
    need: Option<u64>,
) -> Result<(), TooLarge> {
    check_against(what, need, available())
}

/// [`check`] against a given amount available (`None`: unknown, and then
/// only a need too large to count fails).
pub fn check_against(
    what: impl Into<String>,
    need: Option<u64>,
    available: Option<u64>,
) -> Result<(), TooLarge> {
    let fits = match (need, available) {
        (None, _) => false,
        (Some(n), Some(a)) => n <= a,
        (Some(_), None) => true,
    };
    if fits {
        Ok(())
    } else {
        Err(TooLarge {
            what: what.into(),
            need: Bytes(need),
            available: Bytes(available),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_beyond_what_is_available_is_one_line_with_both_amounts() {
        let err = check_against(
            "layers 2,100000,100000,1",
            Some(80_000_000_000),
            Some(21_300_000_000),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "layers 2,100000,100000,1 needs 80.0 GB of memory, more than the 21.3 GB \
             this machine has available"
        );
        assert!(check_against("x", Some(10), Some(10)).is_ok());
        assert!(check_against("x", Some(10), None).is_ok());
        let err = check_against("x", None, Some(5)).unwrap_err().to_string();
        assert!(err.contains("more bytes than can be counted"), "{err}");
    }

    #[test]
    fn this_machine_reports_what_it_has() {
        let bytes = available().expect("Linux reports MemAvailable");
        assert!(bytes > 1_000_000, "{bytes}");
        assert_eq!(of_f64s(Some(3)), Some(24));
        assert_eq!(of_f64s(Some(u64::MAX)), None);
        assert_eq!(Bytes(Some(999)).to_string(), "999 bytes");
        assert_eq!(Bytes(Some(1_500)).to_string(), "1.5 kB");
    }
}
