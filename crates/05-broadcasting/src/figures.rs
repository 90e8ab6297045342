//! Diagrams of broadcasting: the small operand's real cells, and the cells
//! it only appears to have once stretched.

use ndarray::{Array2, array};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "stretch",
        caption: "Two broadcasts. Solid cells hold data; faint cells are where the \
                  smaller operand is read again, through a stride of 0 — nothing is \
                  copied. Top: a (1, 4) row added to every row of a (3, 4) matrix. \
                  Bottom: a (3, 1) column and a (1, 4) row, both stretched, make a \
                  (3, 4) table.",
        size: (720, 350),
        draw: Render::Svg(stretch),
    },
    Figure {
        name: "rank1-surprise",
        caption: "The rank-1 trap, drawn the same way: a vector of shape (3,) is read \
                  as a row (1, 3), so adding a (3, 1) column gives a (3, 3) matrix, \
                  not three sums.",
        size: (720, 210),
        draw: Render::Svg(surprise),
    },
];

const CELL: (i32, i32) = (40, 30);

/// One operand as drawn: its data, its label, and the shape it is stretched
/// to (the result's).
struct Operand<'a> {
    data: &'a Array2<f64>,
    label: &'a str,
}

/// `left + right = result` in one row of the figure, starting at height `y`.
fn draw_sum(
    area: &Area<'_>,
    theme: &Theme,
    y: i32,
    title: &str,
    left: &Operand<'_>,
    right: &Operand<'_>,
) -> Result<(), FigureError> {
    let result = left.data + right.data;
    let (rows, cols) = result.dim();
    let text = theme.font(TICK_SIZE + 1.0);
    area.draw(&Text::new(title.to_owned(), (20, y), text.clone()))?;
    let grid_width = cols as i32 * CELL.0;
    let top = y + 28;
    let mut x = 20;
    let centred = text.pos(Pos::new(HPos::Center, VPos::Center));
    let middle = top + rows as i32 * CELL.1 / 2;
    for (i, (operand, sign)) in
        [(left, "+"), (right, "=")].into_iter().enumerate()
    {
        grid(
            area,
            theme,
            (x, top),
            operand.data,
            (rows, cols),
            theme.series(i),
        )?;
        label(area, theme, (x, top), (rows, cols), operand.label)?;
        x += grid_width + 16;
        area.draw(&Text::new(sign, (x + 8, middle), centred.clone()))?;
        x += 32;
    }
    grid(
        area,
        theme,
        (x, top),
        &result,
        (rows, cols),
        theme.series(2),
    )?;
    let shape = format!("({rows}, {cols})");
    label(area, theme, (x, top), (rows, cols), &shape)?;
    Ok(())
}

/// `data` drawn over a `shape` grid: its own cells solid, the cells it is
/// stretched over faint, showing the value they read.
fn grid(
    area: &Area<'_>,
    theme: &Theme,
    (x, y): (i32, i32),
    data: &Array2<f64>,
    (rows, cols): (usize, usize),
    colour: RGBColor,
) -> Result<(), FigureError> {
    let style = theme
        .font(TICK_SIZE)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let faint = theme
        .font_in(TICK_SIZE, theme.muted)
        .pos(Pos::new(HPos::Center, VPos::Center));
    for i in 0..rows {
        for j in 0..cols {
            let real = i < data.nrows() && j < data.ncols();
            // A stretched axis has size 1: every index reads element 0.
            let value =
                data[[i.min(data.nrows() - 1), j.min(data.ncols() - 1)]];
            let x0 = x + j as i32 * CELL.0;
            let y0 = y + i as i32 * CELL.1;
            let corners = [(x0, y0), (x0 + CELL.0 - 2, y0 + CELL.1 - 2)];
            let (fill, edge) = if real { (0.35, 1.0) } else { (0.08, 0.35) };
            area.draw(&Rectangle::new(corners, colour.mix(fill).filled()))?;
            area.draw(&Rectangle::new(
                corners,
                colour.mix(edge).stroke_width(1),
            ))?;
            let centre = (x0 + CELL.0 / 2 - 1, y0 + CELL.1 / 2 - 1);
            let style = if real { style.clone() } else { faint.clone() };
            area.draw(&Text::new(format!("{value}"), centre, style))?;
        }
    }
    Ok(())
}

fn label(
    area: &Area<'_>,
    theme: &Theme,
    (x, y): (i32, i32),
    (rows, cols): (usize, usize),
    text: &str,
) -> Result<(), FigureError> {
    let style = theme
        .font_in(TICK_SIZE, theme.muted)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let centre = x + cols as i32 * CELL.0 / 2;
    let below = y + rows as i32 * CELL.1 + 6;
    area.draw(&Text::new(text.to_owned(), (centre, below), style))?;
    Ok(())
}

fn stretch(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let matrix =
        array![[0., 1., 2., 3.], [10., 11., 12., 13.], [20., 21., 22., 23.]];
    let row = array![[100., 200., 300., 400.]];
    let col = array![[0.], [10.], [20.]];
    let small_row = array![[1., 2., 3., 4.]];
    draw_sum(
        area,
        theme,
        14,
        &format!(
            "(m, n) + (1, n): {}",
            theme.t("the row is added to every row")
        ),
        &Operand {
            data: &matrix,
            label: "(3, 4)",
        },
        &Operand {
            data: &row,
            label: "(1, 4)",
        },
    )?;
    draw_sum(
        area,
        theme,
        185,
        &format!("(m, 1) + (1, n): {}", theme.t("both operands stretch")),
        &Operand {
            data: &col,
            label: "(3, 1)",
        },
        &Operand {
            data: &small_row,
            label: "(1, 4)",
        },
    )
}

fn surprise(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    // The vector (3,) behaves exactly like the row (1, 3).
    let v = array![[1., 2., 3.]];
    let col = array![[10.], [20.], [30.]];
    let read_as = format!("(3,), {} (1, 3)", theme.t("read as"));
    draw_sum(
        area,
        theme,
        14,
        &format!(
            "(3,) + (3, 1): {}",
            theme.t("the vector counts as a row, and both stretch")
        ),
        &Operand {
            data: &v,
            label: &read_as,
        },
        &Operand {
            data: &col,
            label: "(3, 1)",
        },
    )
}
