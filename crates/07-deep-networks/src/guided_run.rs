//! `cargo run --release -p deep-networks`: the chapter's tables, each
//! recorded for the book, and the commands `flower` and `image` for
//! comparing a run with the notebook.

use std::io::Write;

use clap::Subcommand;
use toolkit::cli::Failure;
use toolkit::guide::{Guide, NoKnobs, Record, Section};

use crate::commands::flower::FlowerArgs;
use crate::commands::image::ImageArgs;
use crate::tables;

pub const GUIDE: Guide<NoKnobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Shallow and deep networks as the course builds them, with numpy's random numbers",
    run_as: "cargo run --release -p deep-networks --",
    sections: &[
        Section::new("course-costs.txt", tables::course_costs),
        Section::new("course-sweep.txt", tables::course_sweep),
        Section::new("activations.txt", tables::activations),
        Section::new("symmetry.txt", tables::symmetry),
        Section::new("init-scale.txt", tables::init_scale),
        Section::new("held-out.txt", tables::held_out),
        Section::new("planar.txt", tables::planar),
        Section::new("dims.md", tables::dims),
        Section::new("hyperparameters.txt", tables::hyperparameters),
        Section::new("parity.txt", tables::parity),
        Section::new("fashion.txt", tables::fashion),
    ],
    // The two commands as a learner types them: week 3's run, and week 4's
    // L-layer model on the bundled images.
    records: &[
        Record::Commands {
            file: "flower.txt",
            commands: &[&["flower"]],
        },
        Record::Commands {
            file: "image.txt",
            commands: &[&[
                "image",
                "--data datasets/fashion_train.csv --test datasets/fashion_test.csv",
                "--layers 784,20,7,5,1 --print-every 500",
            ]],
        },
        Record::Text {
            file: "values.tsv",
            write: crate::values::record,
        },
        Record::Text {
            file: "speed.md",
            write: crate::measured::speed_table,
        },
    ],
    commands: run_command,
    figures: crate::figures::FIGURES,
};

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Week 3: one hidden tanh layer on the course's flower, printed as the notebook prints it
    Flower(FlowerArgs),
    /// Week 4: an L-layer ReLU network on your images (the course's .h5 files or a CSV)
    Image(ImageArgs),
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    match command {
        Command::Flower(args) => crate::commands::flower::run(args, out),
        Command::Image(args) => crate::commands::image::run(args, out),
    }
}
