//! The chapter's figures: a few rows of a structured table, the first
//! images of an unstructured one, and accuracy against the amount of data.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use toolkit::bundled::{BREAST_CANCER, DIGITS};
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::data_scale;

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "structured",
        caption: "Structured data: a few rows of the breast-cancer table as they stand in \
                  datasets/breast_cancer.csv, three of each class. Each row is one example, \
                  each column one measured feature with a meaning of its own; most feature \
                  columns are left out here. The label is 0 for malignant, 1 for benign.",
        size: (720, 280),
        draw: Render::Svg(draw_structured),
    },
    Figure {
        name: "unstructured",
        caption: "Unstructured data: the first images of the digits dataset, each drawn \
                  from its 8 × 8 pixel values, with its label. No single pixel means much by \
                  itself; the digit is in the pattern.",
        size: (720, 300),
        draw: Render::Svg(draw_unstructured),
    },
    Figure {
        name: "data-scale",
        caption: "Why deep learning took off, measured on the digits (even against odd): \
                  accuracy on 397 held-out digits against the number of training examples \
                  (a log scale). Logistic regression levels off early; the networks go on \
                  gaining from more data for longer, and the larger one ends highest.",
        size: (720, 360),
        draw: Render::Svg(draw_data_scale),
    },
];

/// The feature columns the table figure shows, by name.
const SHOWN: [&str; 5] = [
    "mean_radius",
    "mean_texture",
    "mean_area",
    "mean_smoothness",
    "worst_concavity",
];

fn draw_structured(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let data = BREAST_CANCER.load()?;
    let shown = data.with_features(&SHOWN)?;
    // The first three malignant (0) and the first three benign (1) examples.
    let mut rows: Vec<usize> = Vec::new();
    for class in [0.0, 1.0] {
        #[expect(clippy::float_cmp, reason = "labels are exactly 0 or 1")]
        let of_class = |j: &usize| data.y[[0, *j]] == class;
        rows.extend((0..data.len()).filter(of_class).take(3));
    }

    let text = theme.font(TICK_SIZE + 1.0);
    let head = theme.font_in(TICK_SIZE, theme.muted);
    let right =
        |s: &TextStyle<'static>| s.pos(Pos::new(HPos::Right, VPos::Center));
    let centre =
        |s: &TextStyle<'static>| s.pos(Pos::new(HPos::Center, VPos::Center));
    // Right edges of: row number, four features, (elision), the last feature, the label.
    let edges = [55, 150, 250, 335, 460, 0, 650, 705];
    let elision_x = 510;
    let top = 40;
    let row_h = 30;

    area.draw(&Text::new(theme.t("line"), (edges[0], top), right(&head)))?;
    for (c, name) in SHOWN.iter().enumerate() {
        area.draw(&Text::new(
            *name,
            (column_edge(&edges, c), top),
            right(&head),
        ))?;
    }
    let more = theme.t_with("{} more", &[&(data.n_features() - SHOWN.len())]);
    area.draw(&Text::new(more, (elision_x, top), centre(&head)))?;
    area.draw(&Text::new("label", (edges[7], top), right(&head)))?;
    let rule = |y| PathElement::new(vec![(10, y), (710, y)], theme.grid);
    area.draw(&rule(top + row_h / 2))?;

    for (r, &j) in rows.iter().enumerate() {
        let y = top + row_h * (r as i32 + 1);
        // The line in the file: the header is line 1, example j (from 0) is line j + 2.
        area.draw(&Text::new(
            format!("{}", j + 2),
            (edges[0], y),
            right(&head),
        ))?;
        for c in 0..SHOWN.len() {
            let value = format!("{}", shown.x[[c, j]]);
            area.draw(&Text::new(
                value,
                (column_edge(&edges, c), y),
                right(&text),
            ))?;
        }
        area.draw(&Text::new("…", (elision_x, y), centre(&text)))?;
        let label = format!("{}", data.y[[0, j]]);
        area.draw(&Text::new(label, (edges[7], y), right(&text)))?;
    }
    area.draw(&rule(top + row_h * 7 - row_h / 2))?;
    let note = theme.t_with(
        "{} rows × {} features + label in the whole file",
        &[&BREAST_CANCER.examples, &BREAST_CANCER.features],
    );
    area.draw(&Text::new(note, (10, top + row_h * 7 + 6), head))?;
    Ok(())
}

/// The right edge of shown feature `c`: the last one sits after the elision column.
fn column_edge(edges: &[i32; 8], c: usize) -> i32 {
    if c + 1 == SHOWN.len() {
        edges[6]
    } else {
        edges[c + 1]
    }
}

fn draw_unstructured(
    area: &Area<'_>,
    theme: &Theme,
) -> Result<(), FigureError> {
    let data = DIGITS.load()?;
    let pixel = 7; // one of the 8 × 8 cells, in figure pixels
    let (cols, rows) = (10, 3);
    let cell_w = 72;
    let cell_h = 96;
    let label = theme.font_in(TICK_SIZE, theme.muted);
    for k in 0..cols * rows {
        let x0 = 8 + (k % cols) as i32 * cell_w;
        let y0 = 12 + (k / cols) as i32 * cell_h;
        let frame =
            [(x0 - 2, y0 - 2), (x0 + 8 * pixel + 2, y0 + 8 * pixel + 2)];
        area.draw(&Rectangle::new(frame, theme.grid))?;
        for p in 0..64 {
            let ink = data.x[[p, k]] / 16.0;
            if ink > 0.0 {
                let (r, c) = ((p / 8) as i32, (p % 8) as i32);
                let corner = (x0 + c * pixel, y0 + r * pixel);
                let style = theme.text.mix(ink).filled();
                area.draw(&Rectangle::new(
                    [corner, (corner.0 + pixel, corner.1 + pixel)],
                    style,
                ))?;
            }
        }
        let caption = format!("{}", data.y[[0, k]]);
        let at = (x0 + 4 * pixel, y0 + 8 * pixel + 16);
        let centred = label.pos(Pos::new(HPos::Center, VPos::Center));
        area.draw(&Text::new(caption, at, centred))?;
    }
    Ok(())
}

fn draw_data_scale(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let curves = data_scale::curves().map_err(FigureError::Draw)?;
    let sizes = data_scale::SIZES.map(|m| m as f64);
    let (first, last) = (sizes[0], sizes[sizes.len() - 1]);
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(
            (first * 0.85..last * 1.15)
                .log_scale()
                .with_key_points(sizes.to_vec()),
            75.0..100.0,
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("training examples"))
        .y_desc(theme.t("held-out accuracy (%)"))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;
    for (i, ((name, _), row)) in
        data_scale::MODELS.iter().zip(&curves.accuracy).enumerate()
    {
        let points = sizes.iter().zip(row).map(|(&m, &a)| (m, 100.0 * a));
        theme.marked_line(&mut chart, i, &theme.t(name), points.collect())?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::LowerRight)
        .draw()?;
    Ok(())
}
