//! The bundled datasets, counted from the files.

use std::io::Write;

use toolkit::bundled::ALL;
use toolkit::cli::Failure;

/// A Markdown table of the bundled datasets, one column per dataset, counted from the files.
pub fn table(out: &mut dyn Write) -> Result<(), Failure> {
    let mut rows: [Vec<String>; 5] = Default::default();
    let names = [
        "file",
        "examples $m$",
        "features $n_x$",
        "classes",
        "examples per class",
    ];
    for set in ALL {
        let data = set.load()?;
        let mut counts = vec![0usize; set.classes];
        for &label in &data.y {
            // Labels were checked to be class numbers below `classes` when loading.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let class = label as usize;
            counts[class] += 1;
        }
        let per_class: Vec<String> = counts
            .iter()
            .enumerate()
            .map(|(class, n)| format!("{class}: {n}"))
            .collect();
        rows[0].push(format!("`datasets/{}`", set.file));
        rows[1].push(data.len().to_string());
        rows[2].push(data.n_features().to_string());
        rows[3].push(counts.len().to_string());
        rows[4].push(per_class.join(", "));
    }
    let titles: Vec<&str> = ALL.iter().map(|s| s.name).collect();
    writeln!(out, "| | {} |", titles.join(" | "))?;
    writeln!(out, "|---|{}", "---|".repeat(titles.len()))?;
    for (name, row) in names.iter().zip(&rows) {
        writeln!(out, "| {name} | {} |", row.join(" | "))?;
    }
    Ok(())
}
