//! The guided run's tables, one function per recorded file.

use std::io::Write;

use toolkit::cli::Failure;

use crate::course::{
    COURSE_ACCURACY, COURSE_COSTS, COURSE_SWEEP, FLOWER_ITERATIONS, FLOWER_LR,
    SWEEP_ITERATIONS, python_float,
};
use crate::experiments::activations::{HIDDEN_UNITS, cost_at};
use crate::experiments::course_runs::{four_units, numpy_runs, sweep};
use crate::experiments::{
    fashion, held_out, hyperparameters, init_scale, parity, planar_sets,
    symmetry,
};

type Written = Result<(), Failure>;

pub fn course_costs(out: &mut dyn Write) -> Written {
    let numpy = numpy_runs()?;
    let ours = four_units()?;
    writeln!(
        out,
        "1. Week 3's run: {HIDDEN_UNITS} hidden tanh units, seed 3, × 0.01, α = {FLOWER_LR}, {FLOWER_ITERATIONS} iterations\n   the cost as the notebook prints it (six decimals)"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>9} {:>10} {:>12} {:>10}",
        "iteration", "course", numpy.version, "dlnotes"
    )?;
    for (k, &(i, cost)) in ours.costs.iter().enumerate() {
        let course = COURSE_COSTS
            .get(k)
            .map_or(String::from("—"), |c| format!("{c:.6}"));
        let here = numpy
            .costs
            .get(k)
            .map_or(String::from("—"), |c| format!("{:.6}", c.1));
        let mark = if format!("{cost:.6}") == here {
            ""
        } else {
            "  ≠ numpy"
        };
        writeln!(out, "{i:>9} {course:>10} {here:>12} {cost:>10.6}{mark}")?;
    }
    writeln!(
        out,
        "{:>9} {:>10} {:>12} {:>10}",
        "accuracy",
        COURSE_ACCURACY,
        format!("{} %", python_float(numpy.accuracy)),
        format!("{} %", python_float(ours.accuracy))
    )?;
    Ok(())
}

pub fn course_sweep(out: &mut dyn Write) -> Written {
    let numpy = numpy_runs()?;
    writeln!(
        out,
        "2. Week 3's sweep over the hidden layer's size, {SWEEP_ITERATIONS} iterations each\n   training accuracy (%)"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>12} {:>8} {:>12} {:>8}",
        "hidden units", "course", numpy.version, "dlnotes"
    )?;
    for run in sweep()? {
        if run.hidden == 0 {
            continue;
        }
        let k = crate::course::SWEEP_SIZES
            .iter()
            .position(|&h| h == run.hidden);
        let course = k
            .and_then(|k| COURSE_SWEEP.get(k))
            .map_or(String::from("—"), |c| python_float(*c));
        let here = numpy
            .sweep
            .iter()
            .find(|s| s.0 == run.hidden)
            .map_or(String::from("—"), |s| python_float(s.1));
        writeln!(
            out,
            "{:>12} {course:>8} {here:>12} {:>8}",
            run.hidden,
            python_float(run.accuracy)
        )?;
    }
    if let Some(logistic) = sweep()?.iter().find(|r| r.hidden == 0) {
        writeln!(
            out,
            "no hidden layer (logistic regression): {} %",
            python_float(logistic.accuracy)
        )?;
    }
    Ok(())
}

pub fn activations(out: &mut dyn Write) -> Written {
    writeln!(
        out,
        "3. The hidden layer's activation ({HIDDEN_UNITS} units, the course's start and α, {FLOWER_ITERATIONS} iterations)"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:>10} {:>10} {:>10} {:>10} {:>11} {:>11}",
        "hidden",
        "cost @100",
        "@1000",
        "@10000",
        "accuracy",
        "mean a, t=0",
        "mean a, end"
    )?;
    for run in crate::experiments::activations::activations()? {
        writeln!(
            out,
            "{:<10} {:>10.6} {:>10.6} {:>10.6} {:>9.2}% {:>11.3} {:>11.3}",
            run.activation.name(),
            cost_at(&run.costs, 100),
            cost_at(&run.costs, 1000),
            cost_at(&run.costs, FLOWER_ITERATIONS),
            run.accuracy,
            run.mean_start,
            run.mean_end
        )?;
    }
    Ok(())
}

pub fn symmetry(out: &mut dyn Write) -> Written {
    use symmetry::{ITERATIONS, logistic_from_zeros};
    writeln!(
        out,
        "4. Where the weights start ({} tanh units, α = {FLOWER_LR}, {ITERATIONS} iterations)",
        symmetry::HIDDEN_UNITS
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<14} {:>24} {:>10} {:>10}",
        "start", "largest W1 row difference", "cost", "accuracy"
    )?;
    for run in symmetry::symmetry()? {
        writeln!(
            out,
            "{:<14} {:>24.3e} {:>10.6} {:>9.2}%",
            run.start.name(),
            run.spread(),
            run.final_cost,
            run.accuracy
        )?;
    }
    let (first, last) = logistic_from_zeros()?;
    writeln!(
        out,
        "logistic regression from w = 0: cost {first:.6} → {last:.6}"
    )?;
    Ok(())
}

pub fn init_scale(out: &mut dyn Write) -> Written {
    use init_scale::{SATURATED, init_scales};
    writeln!(
        out,
        "5. How large the first weights are ({} tanh units, α = {FLOWER_LR})",
        init_scale::HIDDEN_UNITS
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "scale",
        "saturated",
        "‖dW1‖ t=0",
        "cost @0",
        "@100",
        "@1000",
        "@10000",
        "accuracy"
    )?;
    for run in init_scales()? {
        writeln!(
            out,
            "{:>6} {:>9.1}% {:>10.2e} {:>10.6} {:>10.6} {:>10.6} {:>10.6} {:>9.2}%",
            format!("× {}", run.scale),
            100.0 * run.saturated,
            run.first_gradient,
            cost_at(&run.costs, 0),
            cost_at(&run.costs, 100),
            cost_at(&run.costs, 1000),
            cost_at(&run.costs, FLOWER_ITERATIONS),
            run.accuracy
        )?;
    }
    writeln!(
        out,
        "saturated: |a| > {SATURATED} at the start, where tanh's slope is below {:.2}",
        1.0 - SATURATED * SATURATED
    )?;
    Ok(())
}

pub fn held_out(out: &mut dyn Write) -> Written {
    let (train, test) = crate::experiments::flower_split()?;
    writeln!(
        out,
        "6. The sweep again, {} points to train on and {} held out ({SWEEP_ITERATIONS} iterations)",
        train.len(),
        test.len()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>12} {:>9} {:>9}",
        "hidden units", "train", "held out"
    )?;
    for run in held_out::held_out()? {
        writeln!(
            out,
            "{:>12} {:>8.2}% {:>8.2}%",
            run.hidden, run.train, run.test
        )?;
    }
    Ok(())
}

pub fn planar(out: &mut dyn Write) -> Written {
    writeln!(
        out,
        "7. The course's other data sets (200 points each, α = {FLOWER_LR}, {FLOWER_ITERATIONS} iterations)\n   training accuracy"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<20} {:>16} {:>16}",
        "data set", "no hidden layer", "4 hidden units"
    )?;
    let runs = planar_sets::planar_sets()?;
    for pair in runs.chunks(2) {
        let [none, four] = pair else { continue };
        writeln!(
            out,
            "{:<20} {:>15.1}% {:>15.1}%",
            none.set.name(),
            none.accuracy,
            four.accuracy
        )?;
    }
    Ok(())
}

/// The shapes of week 4's L-layer network for the course's 209 cat
/// images, as a Markdown table.
pub fn dims(out: &mut dyn Write) -> Written {
    let sizes = [12288, 20, 7, 5, 1];
    let m = 209;
    writeln!(
        out,
        "| layer l | n^[l] | W^[l], dW^[l] | b^[l], db^[l] | Z^[l], A^[l], dZ^[l], dA^[l] | parameters |"
    )?;
    writeln!(out, "|---:|---:|---|---|---|---:|")?;
    writeln!(
        out,
        "| 0 (input) | {} | | | A^[0] = X: ({}, {m}) | |",
        sizes[0], sizes[0]
    )?;
    let mut total = 0;
    for l in 1..sizes.len() {
        let (n, n_prev) = (sizes[l], sizes[l - 1]);
        let params = n * n_prev + n;
        total += params;
        writeln!(
            out,
            "| {l} | {n} | ({n}, {n_prev}) | ({n}, 1) | ({n}, {m}) | {params} |"
        )?;
    }
    writeln!(out, "| total | | | | | {total} |")?;
    Ok(())
}

pub fn hyperparameters(out: &mut dyn Write) -> Written {
    use hyperparameters::{CHECKPOINTS, hyperparameters};
    writeln!(
        out,
        "8. Hyperparameters on the flower: held-out accuracy (%) after each number of iterations"
    )?;
    writeln!(out)?;
    write!(out, "{:>7} {:>6}", "hidden", "α")?;
    for c in CHECKPOINTS {
        write!(out, " {c:>7}")?;
    }
    writeln!(out)?;
    for setting in hyperparameters()? {
        write!(out, "{:>7} {:>6}", setting.hidden, setting.lr)?;
        for (_, accuracy) in &setting.accuracy {
            write!(out, " {accuracy:>7.1}")?;
        }
        if let Some(message) = &setting.diverged {
            write!(out, "  ({message})")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn parity(out: &mut dyn Write) -> Written {
    use parity::{
        BITS, ITERATIONS, LR, SEEDS, deep_parity, shallow_parity, size, trained,
    };
    let patterns = 1usize << BITS;
    writeln!(out, "9. The parity of {BITS} bits, all {patterns} patterns")?;
    writeln!(out)?;
    writeln!(
        out,
        "built by hand                     hidden units  layers  parameters"
    )?;
    let dnf = 1usize << (BITS - 1);
    writeln!(
        out,
        "{:<33} {dnf:>12} {:>7} {:>11}",
        "one layer of AND gates, then OR",
        2,
        (BITS + 1) * dnf + dnf + 1
    )?;
    for (name, net) in [
        ("one hidden layer of ReLU (sums)", shallow_parity(BITS)),
        ("a tree of XORs, two ReLU each", deep_parity(BITS)),
    ] {
        let (units, params) = size(&net);
        writeln!(
            out,
            "{name:<33} {units:>12} {:>7} {params:>11}",
            net.layers.len()
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "trained by gradient descent (ReLU, He start, α = {LR}, {ITERATIONS} iterations), accuracy per seed {SEEDS:?}"
    )?;
    writeln!(
        out,
        "{:<14} {:>12} {:>11}  accuracy",
        "hidden sizes", "hidden units", "parameters"
    )?;
    for run in trained()? {
        let shape = run
            .hidden
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let accuracy = run
            .accuracy
            .iter()
            .map(|a| format!("{a:.1}%"))
            .collect::<Vec<_>>()
            .join("  ");
        writeln!(
            out,
            "{shape:<14} {:>12} {:>11}  {accuracy}",
            run.hidden_units, run.params
        )?;
    }
    Ok(())
}

pub fn fashion(out: &mut dyn Write) -> Written {
    use crate::course::{IMAGE_ITERATIONS, IMAGE_LR};
    let images = fashion::images()?;
    writeln!(
        out,
        "10. Week 4's models on shirts (1) and T-shirts (0): {} training and {} test images of 28 × 28\n    ReLU hidden layers, seed 1, α = {IMAGE_LR}, {IMAGE_ITERATIONS} iterations",
        images.train.0.ncols(),
        images.test.0.ncols()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:<16} {:>10} {:>10} {:>9} {:>9} {:>6}",
        "model", "layers", "cost @0", "@2500", "train", "test", "wrong"
    )?;
    for run in fashion::models()? {
        let shape = run
            .sizes
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        writeln!(
            out,
            "{:<10} {shape:<16} {:>10.6} {:>10.6} {:>8.2}% {:>8.2}% {:>6}",
            run.name,
            cost_at(&run.costs, 0),
            cost_at(&run.costs, IMAGE_ITERATIONS),
            run.train_accuracy,
            run.test_accuracy,
            run.wrong.len()
        )?;
    }
    Ok(())
}
