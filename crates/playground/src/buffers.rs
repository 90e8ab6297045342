//! Where results wait for the page to read them. A WebAssembly function
//! returns one number; a widget needs arrays and text. So a call leaves its
//! numbers in [`NUMBERS`] and its text in [`TEXT`], and the page reads them
//! from the module's memory at the address and length the module reports.
//! Text from the page arrives the same way, through [`INPUT`].
//!
//! The module runs on one thread (the page's), so thread-local cells are
//! all the sharing there is.

use std::cell::RefCell;

thread_local! {
    /// The numbers of the last call.
    pub static NUMBERS: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
    /// The text of the last call: an answer, or an error to show.
    pub static TEXT: RefCell<String> = const { RefCell::new(String::new()) };
    /// Bytes the page writes before a call that reads text.
    pub static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Leaves `numbers` for the page; returns how many there are.
pub fn put_numbers(numbers: Vec<f64>) -> usize {
    let n = numbers.len();
    NUMBERS.with(|cell| *cell.borrow_mut() = numbers);
    n
}

/// Leaves `text` for the page; returns its length in bytes.
pub fn put_text(text: String) -> usize {
    let n = text.len();
    TEXT.with(|cell| *cell.borrow_mut() = text);
    n
}

/// Makes room for `len` bytes of input and returns where they go.
pub fn input_at(len: usize) -> usize {
    INPUT.with(|cell| {
        let mut input = cell.borrow_mut();
        input.clear();
        input.resize(len, 0);
        input.as_ptr() as usize
    })
}

/// The input the page wrote, as text (invalid UTF-8 replaced, not refused:
/// the parsers then name what they cannot read).
pub fn input_text() -> String {
    INPUT.with(|cell| String::from_utf8_lossy(&cell.borrow()).into_owned())
}

/// The address of the numbers of the last call.
pub fn numbers_at() -> usize {
    NUMBERS.with(|cell| cell.borrow().as_ptr() as usize)
}

/// The address of the text of the last call.
pub fn text_at() -> usize {
    TEXT.with(|cell| cell.borrow().as_ptr() as usize)
}
