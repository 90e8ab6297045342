//! The module's interface to the page: every export is named `dl_…`.
//!
//! - Numbers go in as arguments. A function that answers with numbers
//!   leaves them in the module's memory and returns how many there are;
//!   the page reads them as f64s at `dl_numbers_at()`.
//! - Text goes in through `dl_input_at(len)`: the page writes `len` bytes
//!   of UTF-8 there, then calls the function that reads them.
//! - Text comes out at `dl_text_at()`, `dl_text_len()` bytes long.
//! - A function that fails returns −1 and leaves the one-line reason as
//!   the text.
//!
//! Naming an export is the one thing here the `unsafe_code` lint counts:
//! `#[unsafe(no_mangle)]` promises that no other symbol has the name, which
//! the `dl_` prefix keeps true. There is no `unsafe` block anywhere.
#![allow(unsafe_code)]

use std::cell::RefCell;

use crate::buffers::{
    input_at, input_text, numbers_at, put_numbers, put_text, text_at,
};
use crate::trainer::{Settings, Trainer};
use crate::{data, descent, gradients, shapes, step_size};

thread_local! {
    static TRAINER: RefCell<Option<Trainer>> = const { RefCell::new(None) };
}

/// The page's count: numbers left, or −1 with the reason as the text.
fn answer(result: Result<Vec<f64>, String>) -> i32 {
    match result {
        Ok(numbers) => i32::try_from(put_numbers(numbers)).unwrap_or(-1),
        Err(reason) => {
            put_text(reason);
            -1
        }
    }
}

/// The page's status: 0 with `Ok`'s text, or −1 with the reason, as the text.
fn status(result: Result<String, String>) -> i32 {
    match result {
        Ok(text) => {
            put_text(text);
            0
        }
        Err(reason) => {
            put_text(reason);
            -1
        }
    }
}

fn with_trainer<T>(
    f: impl FnOnce(&mut Trainer) -> Result<T, String>,
) -> Result<T, String> {
    TRAINER.with(|cell| match cell.borrow_mut().as_mut() {
        Some(trainer) => f(trainer),
        None => Err("no network yet: call dl_trainer_new first".to_owned()),
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn dl_numbers_at() -> usize {
    numbers_at()
}

#[unsafe(no_mangle)]
pub extern "C" fn dl_text_at() -> usize {
    text_at()
}

#[unsafe(no_mangle)]
pub extern "C" fn dl_text_len() -> usize {
    crate::buffers::TEXT.with(|t| t.borrow().len())
}

#[unsafe(no_mangle)]
pub extern "C" fn dl_input_at(len: usize) -> usize {
    input_at(len)
}

/// A bundled data set from the input (its file name, a line end, its
/// bytes), checked; 0 with the name as the text, or −1.
#[unsafe(no_mangle)]
pub extern "C" fn dl_provide() -> i32 {
    status(crate::buffers::INPUT.with(|i| data::provide(&i.borrow())))
}

/// Chapter 01: [h, forward, central, exact, forward error, central error].
#[unsafe(no_mangle)]
pub extern "C" fn dl_step_size(h: f64) -> i32 {
    answer(Ok(step_size::estimates(h).to_vec()))
}

/// Chapter 01: the figure's sweep, (h, forward error, central error) rows.
#[unsafe(no_mangle)]
pub extern "C" fn dl_step_sweep() -> i32 {
    answer(Ok(step_size::sweep()))
}

/// Chapter 03: (w, J) along the bowl's path at rate `alpha`.
#[unsafe(no_mangle)]
pub extern "C" fn dl_bowl(alpha: f64) -> i32 {
    answer(Ok(descent::bowl(alpha)))
}

/// Chapter 03: (w, J) along the bowl itself, for drawing it.
#[unsafe(no_mangle)]
pub extern "C" fn dl_bowl_curve() -> i32 {
    answer(Ok(descent::bowl_curve()))
}

/// Chapter 03: (w, b) along the logistic cost's path at rate `alpha`.
#[unsafe(no_mangle)]
pub extern "C" fn dl_logistic_path(alpha: f64) -> i32 {
    answer(descent::logistic(alpha))
}

/// Chapter 03: the logistic cost over its plane (see [`descent::surface`]).
#[unsafe(no_mangle)]
pub extern "C" fn dl_logistic_surface() -> i32 {
    answer(descent::surface())
}

/// Chapter 05: the input's shapes broadcast; 0 with the shape as the text,
/// or −1 with the error.
#[unsafe(no_mangle)]
pub extern "C" fn dl_shape() -> i32 {
    status(shapes::answer(&input_text()))
}

/// Chapter 06: ‖dW‖ of every layer for kind `kind` at `depth`.
#[unsafe(no_mangle)]
pub extern "C" fn dl_gradient_norms(kind: usize, depth: usize) -> i32 {
    answer(gradients::norms(kind, depth))
}

/// Chapter 06: the kinds' labels as the text, one per line.
#[unsafe(no_mangle)]
pub extern "C" fn dl_gradient_kinds() -> usize {
    put_text(gradients::kinds())
}

/// Chapter 07: a new network from the settings in the input; 0, or −1.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_new() -> i32 {
    status(Settings::parse(&input_text()).map(|settings| {
        let trainer = Trainer::new(&settings);
        TRAINER.with(|cell| *cell.borrow_mut() = Some(trainer));
        String::new()
    }))
}

/// Chapter 07: `steps` more steps; leaves the last cost, or −1.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_step(steps: usize) -> i32 {
    answer(with_trainer(|t| t.step(steps).map(|cost| vec![cost])))
}

/// Chapter 07: the cost before every step so far.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_costs() -> i32 {
    answer(with_trainer(|t| Ok(t.costs().to_vec())))
}

/// Chapter 07: [train accuracy, held-out accuracy], in percent.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_accuracy() -> i32 {
    answer(with_trainer(|t| Ok(t.accuracy().to_vec())))
}

/// Chapter 07: [x from, x to, y from, y to] of the plane drawn.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_extent() -> i32 {
    answer(with_trainer(|t| Ok(t.extent().to_vec())))
}

/// Chapter 07: P(class 1) on a `cells × cells` grid, top row first.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_boundary(cells: usize) -> i32 {
    if !(1..=200).contains(&cells) {
        return answer(Err(format!("{cells} cells a side: 1 to 200")));
    }
    answer(with_trainer(|t| Ok(t.boundary(cells))))
}

/// Chapter 07: the training points (`held_out` 0) or the held-out ones
/// (1): x, y, label for each.
#[unsafe(no_mangle)]
pub extern "C" fn dl_trainer_points(held_out: u32) -> i32 {
    answer(with_trainer(|t| Ok(t.points(held_out != 0))))
}
