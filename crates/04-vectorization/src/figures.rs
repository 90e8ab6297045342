//! The chapter's figures: a diagram of SIMD lanes, and two drawn from the
//! recorded benchmark run (see [`crate::measured`]).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::measured::charts::{draw_dot_f32, draw_dot_f64, draw_steps};

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "simd-lanes",
        caption: "Summing x·y over eight elements. Top: one accumulator — every addition \
                  waits for the one before it. Bottom: four accumulators held in one \
                  256-bit (AVX2) register of four f64 lanes — one instruction does four \
                  independent additions, and the four partial sums are added at the end. \
                  With SSE2's 128-bit registers, which this book's builds use, the same \
                  four sums take two registers of two lanes.",
        size: (720, 330),
        draw: Render::Svg(simd_lanes),
    },
    Figure {
        name: "dot-speed",
        caption: "Median time of each dot-product variant against n, f64, both axes \
                  logarithmic, from the recorded benchmark run (machine and date above the \
                  plot). numpy appears when the run had a python3 with numpy.",
        size: Figure::SIZE,
        draw: Render::Svg(draw_dot_f64),
    },
    Figure {
        name: "dot-speed-f32",
        caption: "The same variants in f32: half the bytes per element, and twice the \
                  lanes per vector register.",
        size: Figure::SIZE,
        draw: Render::Svg(draw_dot_f32),
    },
    Figure {
        name: "step-speedup",
        caption: "How many times faster than chapter 02's loop each way of computing one \
                  logistic-regression step is, for three shapes (n_x × m), from the \
                  recorded benchmark run.",
        size: Figure::SIZE,
        draw: Render::Svg(draw_steps),
    },
];

fn simd_lanes(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let text = theme
        .font(TICK_SIZE)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let title = theme.font(TICK_SIZE + 2.0);
    let cell = |x: i32,
                y: i32,
                label: String,
                colour: RGBColor|
     -> Result<(), FigureError> {
        area.draw(&Rectangle::new(
            [(x, y), (x + 62, y + 30)],
            colour.mix(0.25).filled(),
        ))?;
        area.draw(&Rectangle::new(
            [(x, y), (x + 62, y + 30)],
            colour.stroke_width(1),
        ))?;
        area.draw(&Text::new(label, (x + 31, y + 15), text.clone()))?;
        Ok(())
    };
    // One accumulator: a chain.
    area.draw(&Text::new(
        format!(
            "{}: 8 {}",
            theme.t("one accumulator"),
            theme.t("dependent additions")
        ),
        (20, 12),
        title.clone(),
    ))?;
    for i in 0..8 {
        let x = 20 + i * 86;
        cell(x, 40, format!("x{i}·y{i}"), theme.series(0))?;
        if i > 0 {
            let arrow = [(x - 22, 55), (x - 2, 55)];
            area.draw(&PathElement::new(arrow, theme.muted.stroke_width(2)))?;
            area.draw(&Text::new("+", (x - 12, 45), text.clone()))?;
        }
    }
    // Four lanes: two register-wide steps, then a horizontal sum.
    area.draw(&Text::new(
        format!(
            "{} (4 × f64): 2 {} 3",
            theme.t("four accumulators, one SIMD register"),
            theme.t("vector additions, then")
        ),
        (20, 110),
        title,
    ))?;
    for step in 0..2 {
        let y = 140 + step * 50;
        area.draw(&Rectangle::new(
            [(16, y - 4), (16 + 4 * 70 + 4, y + 34)],
            theme.muted.stroke_width(1),
        ))?;
        for lane in 0..4 {
            let i = step * 4 + lane;
            cell(
                20 + lane * 70,
                y,
                format!("x{i}·y{i}"),
                theme.series(lane as usize + 1),
            )?;
        }
    }
    let sums_y = 260;
    for lane in 0..4 {
        let x = 20 + lane * 70;
        cell(
            x,
            sums_y,
            format!("s{lane}"),
            theme.series(lane as usize + 1),
        )?;
        area.draw(&PathElement::new(
            [(x + 31, 224), (x + 31, sums_y)],
            theme.muted.stroke_width(2),
        ))?;
    }
    area.draw(&Text::new(
        format!("+ {}", theme.t("lane by lane")),
        (380, 205),
        text.clone(),
    ))?;
    area.draw(&PathElement::new(
        [(306, 275), (380, 275)],
        theme.muted.stroke_width(2),
    ))?;
    let total = [(390, sums_y), (520, sums_y + 30)];
    area.draw(&Rectangle::new(total, theme.series(0).mix(0.25).filled()))?;
    area.draw(&Rectangle::new(total, theme.series(0).stroke_width(1)))?;
    area.draw(&Text::new(
        "s0 + s1 + s2 + s3",
        (455, sums_y + 15),
        text.clone(),
    ))?;
    Ok(())
}
