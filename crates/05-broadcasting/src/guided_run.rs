//! `cargo run -p broadcasting`: the chapter's examples, each recorded for
//! the book, and `shape` for trying the rule on shapes of your own.

use std::io::Write;

use clap::Subcommand;
use ndarray::{ArrayD, IxDyn, array};
use toolkit::cli::Failure;
use toolkit::guide::{Guide, NoKnobs, Record, Section};

use crate::nd::{broadcast_add, broadcast_strides, repeat_to};
use crate::pitfalls::{column, rank1_plus_column, rank1_self_dot};
use crate::rule::{ShapeError, broadcast_shape, show};
use crate::uses::{calories, percent_of_column};
use crate::views::stretch_row;

pub const GUIDE: Guide<NoKnobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Broadcasting: which shapes combine, how without copying, and the traps",
    run_as: "cargo run -q -p broadcasting --",
    sections: &[
        Section::new("rule.txt", rule),
        Section::new("stride-zero.txt", stride_zero),
        Section::new("calories.txt", calorie_table),
        Section::new("pitfalls.txt", pitfalls),
    ],
    // What `shape` says of shapes that do not broadcast: the error line
    // every chapter binary uses.
    records: &[Record::Commands {
        file: "shape-error.txt",
        commands: &[&["shape 3,1,4 2,5"]],
    }],
    commands: run_command,
    figures: crate::figures::FIGURES,
};

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// The shape that SHAPES broadcast to, e.g. `shape 3,1,4 2,1` prints 3,2,4
    Shape {
        /// Sizes separated by commas: 3,1,4 (or numpy's (3, 1, 4), or 5, for a vector)
        #[arg(required = true, value_parser = parse_shape, allow_hyphen_values = true)]
        shapes: Vec<Vec<usize>>,
    },
}

/// A shape as typed: `3,1,4`, `(3, 1, 4)`, `5` or `(5,)`.
pub fn parse_shape(text: &str) -> Result<Vec<usize>, String> {
    let inner = text.trim();
    let inner = inner
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(inner);
    let mut parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    // numpy writes a one-axis shape as (5,): allow one trailing comma.
    if parts.len() > 1 && parts.last() == Some(&"") {
        parts.pop();
    }
    parts
        .iter()
        .map(|part| {
            if part.is_empty() {
                Err(format!(
                    "{text:?} has an empty size: write sizes separated by \
                     commas, like 3,1,4"
                ))
            } else {
                part.parse::<usize>().map_err(|_| {
                    let whole = if *part == text {
                        String::new()
                    } else {
                        format!(" in {text:?}")
                    };
                    format!(
                        "{part:?}{whole} is not a size (a whole number, 0 or \
                         more)"
                    )
                })
            }
        })
        .collect()
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    let Command::Shape { shapes } = command;
    writeln!(out, "{}", shape_answer(shapes)?)?;
    Ok(())
}

/// What `shape` prints for `shapes`: the broadcast shape as sizes
/// separated by commas, or why they do not broadcast. The book's shape
/// calculator calls this too.
pub fn shape_answer(shapes: &[Vec<usize>]) -> Result<String, ShapeError> {
    let shapes: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let result = broadcast_shape(&shapes)?;
    let sizes: Vec<String> = result.iter().map(ToString::to_string).collect();
    Ok(sizes.join(","))
}

/// Pairs of shapes the chapter discusses, and what the rule makes of them.
pub const EXAMPLES: &[(&[usize], &[usize])] = &[
    (&[4, 3], &[1, 3]),
    (&[4, 1], &[1, 3]),
    (&[1, 209], &[]),
    (&[30, 569], &[30, 1]),
    (&[3, 1, 4], &[2, 1]),
    (&[8, 1, 6, 1], &[7, 1, 5]),
    (&[5], &[5, 1]),
    (&[2, 0], &[1]),
    (&[4, 3], &[4]),
    (&[3, 1, 4], &[2, 5]),
];

fn rule(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(out, "1. The rule: align at the last axis; sizes equal or 1")?;
    writeln!(out)?;
    for (a, b) in EXAMPLES {
        let verdict = match broadcast_shape(&[a, b]) {
            Ok(shape) => show(&shape),
            Err(e) => {
                let (x, y) = e.sizes();
                format!("error: axis {} has sizes {x} and {y}", e.axis)
            }
        };
        writeln!(out, "{:>14} + {:<10} -> {verdict}", show(a), show(b))?;
    }
    Ok(())
}

fn stride_zero(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(out, "2. A row stretched to 3 rows, without a copy")?;
    let row = array![[1.0, 2.0, 3.0, 4.0]];
    let facts = stretch_row(&row, 3).ok_or("the row does not stretch")?;
    writeln!(out)?;
    writeln!(out, "ndarray view of a (1, 4) row as (3, 4):")?;
    writeln!(out, "  strides (elements)  {:?}", facts.strides)?;
    writeln!(out, "  elements shown      {}", facts.elements)?;
    writeln!(out, "  distinct addresses  {}", facts.addresses)?;
    writeln!(out, "  starts at the row   {}", facts.same_start)?;
    let row = row.into_dyn();
    let copied = repeat_to(&row, &[3, 4]).ok_or("repeat failed")?;
    writeln!(out)?;
    writeln!(
        out,
        "repeated by hand instead: {} floats of new memory",
        copied.len()
    )?;
    writeln!(out)?;
    writeln!(out, "Strides for reading a small shape as a larger one:")?;
    for (small, big) in [
        (&[1, 4][..], &[3, 4][..]),
        (&[3, 1], &[3, 4]),
        (&[4], &[2, 3, 4]),
    ] {
        writeln!(
            out,
            "  {:>7} as {:<10} strides {:?}",
            show(small),
            show(big),
            broadcast_strides(small, big)
        )?;
    }
    let col = ArrayD::from_shape_vec(IxDyn(&[3, 1]), vec![0.0, 10.0, 20.0])?;
    let sum = broadcast_add(&col, &row)?;
    writeln!(out)?;
    writeln!(out, "(3, 1) + (1, 4), by hand with those strides:")?;
    for r in sum.rows() {
        let cells: Vec<String> = r.iter().map(|v| format!("{v:4}")).collect();
        writeln!(out, "  {}", cells.join(" "))?;
    }
    Ok(())
}

fn calorie_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "3. The course's calories: each food's share from each source"
    )?;
    let a = calories();
    let (totals, percent) = percent_of_column(&a);
    let foods = ["apples", "beef", "eggs", "potatoes"];
    let sources = ["carbohydrate", "protein", "fat"];
    writeln!(out)?;
    write!(out, "{:<14}", "calories")?;
    for food in foods {
        write!(out, "{food:>10}")?;
    }
    writeln!(out)?;
    for (source, row) in sources.iter().zip(a.rows()) {
        write!(out, "{source:<14}")?;
        for v in row {
            write!(out, "{v:>10.1}")?;
        }
        writeln!(out)?;
    }
    write!(out, "{:<14}", "total (1, 4)")?;
    for v in totals.row(0) {
        write!(out, "{v:>10.1}")?;
    }
    writeln!(out)?;
    writeln!(out)?;
    writeln!(out, "100 · A / total, (3, 4) / (1, 4):")?;
    for (source, row) in sources.iter().zip(percent.rows()) {
        write!(out, "{source:<14}")?;
        for v in row {
            write!(out, "{:>9.1}%", v)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn pitfalls(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(out, "4. Rank-1 arrays")?;
    let v = array![1.0, 2.0, 3.0];
    let c = array![[10.0], [20.0], [30.0]];
    writeln!(out)?;
    writeln!(out, "v = [1, 2, 3], shape {}", show(v.shape()))?;
    writeln!(out, "v transposed, shape {}", show(v.t().shape()))?;
    writeln!(out, "v·v = {} (a number, not a matrix)", rank1_self_dot(&v))?;
    let sum = rank1_plus_column(&v, &c);
    writeln!(out, "v + (3, 1) column, shape {}:", show(sum.shape()))?;
    for r in sum.rows() {
        let cells: Vec<String> = r.iter().map(|v| format!("{v:4}")).collect();
        writeln!(out, "  {}", cells.join(" "))?;
    }
    let fixed = column(v) + &c;
    writeln!(
        out,
        "column(v) + (3, 1) column, shape {}: {:?}",
        show(fixed.shape()),
        fixed.iter().collect::<Vec<_>>()
    )?;
    Ok(())
}
