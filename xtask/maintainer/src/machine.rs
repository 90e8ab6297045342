//! What the benchmarks ran on, recorded beside their times: the processor,
//! its caches and its widest vector instructions. A sentence about the
//! recorded machine quotes these, so a run on another machine updates it.

/// CPU model and core count, so a timing is never read without its machine:
/// "AMD EPYC, 2 cores".
pub fn tag() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    format!("{cpu}, {cores} cores")
}

/// The facts `cargo xtask bench` writes into a measurements file's header:
/// `l1d`, `l2`, `llc` (as the kernel reports cpu0's caches) and `vector`.
pub fn facts() -> Vec<(String, String)> {
    let caches = caches();
    let find = |want: &dyn Fn(u32, &str) -> bool| {
        caches
            .iter()
            .filter(|(level, kind, _)| want(*level, kind))
            .max_by_key(|c| c.0)
            .map_or_else(|| "?".to_owned(), |c| c.2.clone())
    };
    vec![
        ("l1d".to_owned(), find(&|l, k| l == 1 && k == "Data")),
        ("l2".to_owned(), find(&|l, k| l == 2 && k != "Instruction")),
        ("llc".to_owned(), find(&|_, k| k != "Instruction")),
        ("vector".to_owned(), widest_vectors().to_owned()),
    ]
}

/// (level, type, size) of each of cpu0's caches, from sysfs.
fn caches() -> Vec<(u32, String, String)> {
    let dir = std::path::Path::new("/sys/devices/system/cpu/cpu0/cache");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let read = |name: &str| {
            std::fs::read_to_string(entry.path().join(name))
                .map(|s| s.trim().to_owned())
                .ok()
        };
        if let (Some(level), Some(kind), Some(size)) =
            (read("level"), read("type"), read("size"))
            && let Ok(level) = level.parse()
        {
            found.push((level, kind, size_text(&size)));
        }
    }
    found
}

/// sysfs's "48K" or "307200K" as "48 KiB" or "300 MiB".
fn size_text(size: &str) -> String {
    let Some(kib) = size.strip_suffix('K').and_then(|k| k.parse::<u64>().ok())
    else {
        return size.to_owned();
    };
    if kib >= 1024 && kib % 1024 == 0 {
        format!("{} MiB", kib / 1024)
    } else {
        format!("{kib} KiB")
    }
}

/// The widest vector instructions this processor offers for floats.
fn widest_vectors() -> &'static str {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            "AVX-512"
        } else if std::arch::is_x86_feature_detected!("avx2") {
            "AVX2"
        } else if std::arch::is_x86_feature_detected!("avx") {
            "AVX"
        } else {
            "SSE2"
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        std::env::consts::ARCH
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sysfs_sizes_read_as_the_book_writes_them() {
        assert_eq!(super::size_text("48K"), "48 KiB");
        assert_eq!(super::size_text("307200K"), "300 MiB");
        assert_eq!(super::size_text("1536K"), "1536 KiB");
        assert_eq!(super::size_text("odd"), "odd");
    }
}
