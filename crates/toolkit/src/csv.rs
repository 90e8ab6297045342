//! Reading a numeric CSV file into X and Y.
//!
//! A row of plain numbers separated by commas — nearly every row of a data
//! file — is read where it stands: its commas found eight bytes at a time,
//! then each number from its cell's bytes, by [`decimal::short_cell`] for a
//! cell of up to eight bytes of digits and a point, by
//! [`decimal::scan_into`] (which must fill the cell) for any other. A row
//! with anything else in it (a quoted cell, a word, a cell too many) is
//! read again the careful way, cell by cell, so that its error names the
//! row, the line and the column. Both ways read the same numbers (tested).

use std::borrow::Cow;
use std::path::Path;

use ndarray::{Array2, Axis};

use crate::dataset::{Cell, DataError, Dataset, Labels, list_names};
use crate::decimal;

/// Reads `path` and parses it as [`parse_csv`] does, a piece at a time.
pub fn load_csv(
    path: &Path,
    target: &str,
    labels: Labels,
) -> Result<Dataset, DataError> {
    let file = path.display().to_string();
    let (x, y, features) = load(&file, path, Some((target, labels)))?;
    Ok(Dataset {
        x,
        y: y.unwrap_or_else(|| Array2::zeros((1, 0))),
        features,
        target: target.to_owned(),
    })
}

/// Parses CSV text with a header row; the column named `target` becomes `y`,
/// every other column a feature. `file` is only used to name the file in
/// errors.
pub fn parse_csv(
    file: &str,
    bytes: &[u8],
    target: &str,
    labels: Labels,
) -> Result<Dataset, DataError> {
    let (x, y, features) = parse(file, bytes, Some((target, labels)))?;
    Ok(Dataset {
        x,
        y: y.unwrap_or_else(|| Array2::zeros((1, 0))),
        features,
        target: target.to_owned(),
    })
}

/// Reads a CSV file whose every column is a feature (no label): `X` as
/// `(n_x, m)` and the feature names, with the same checks as [`load_csv`].
pub fn load_features_csv(
    path: &Path,
) -> Result<(Array2<f64>, Vec<String>), DataError> {
    let file = path.display().to_string();
    let (x, _, features) = load(&file, path, None)?;
    Ok((x, features))
}

/// X `(n_x, m)`, Y `(1, m)` if there is a target, and the feature names.
pub(crate) type Parsed = (Array2<f64>, Option<Array2<f64>>, Vec<String>);

/// What reading needs to know of the whole file before it starts: its
/// number of lines (X is allocated once, with a column per line), and
/// whether it has anything but blanks.
#[derive(Debug, Clone, Copy, Default)]
struct Survey {
    lines: u64,
    content: bool,
    /// The last byte seen: a last line without `\n` is a line too.
    last: Option<u8>,
}

impl Survey {
    fn add(&mut self, bytes: &[u8]) {
        self.lines += memchr::memchr_iter(b'\n', bytes).count() as u64;
        self.content =
            self.content || !bytes.iter().all(u8::is_ascii_whitespace);
        if let Some(&b) = bytes.last() {
            self.last = Some(b);
        }
    }

    fn lines(&self) -> u64 {
        self.lines + u64::from(self.last.is_some_and(|b| b != b'\n'))
    }
}

/// Reads `bytes`; the column named by `target` (if any) becomes Y. `file`
/// names the file in errors.
pub(crate) fn parse(
    file: &str,
    bytes: &[u8],
    target: Option<(&str, Labels)>,
) -> Result<Parsed, DataError> {
    let mut survey = Survey::default();
    survey.add(bytes);
    let mut reader = Reader::new(file, target, survey)?;
    reader.feed(bytes)?;
    reader.finish()
}

/// The size of the pieces a file is read in.
const PIECE: usize = 1 << 20;

/// Reads the file at `path` as [`parse`] reads its bytes, a piece at a
/// time: once to count its lines, once to read them, so that the whole file
/// is never held in memory beside X.
pub(crate) fn load(
    file: &str,
    path: &Path,
    target: Option<(&str, Labels)>,
) -> Result<Parsed, DataError> {
    use std::io::{Read, Seek};
    let fail = |source| DataError::Read {
        file: file.to_owned(),
        source,
    };
    let mut input = std::fs::File::open(path).map_err(fail)?;
    let mut piece = vec![0u8; PIECE];
    let mut survey = Survey::default();
    loop {
        let n = input.read(&mut piece).map_err(fail)?;
        if n == 0 {
            break;
        }
        survey.add(&piece[..n]);
    }
    input.rewind().map_err(fail)?;
    let mut reader = Reader::new(file, target, survey)?;
    loop {
        let n = input.read(&mut piece).map_err(fail)?;
        if n == 0 {
            break;
        }
        reader.feed(&piece[..n])?;
    }
    reader.finish()
}

/// The state of a reading: the header once it is read, X as it fills, and
/// the start of a line whose end is in the next piece.
struct Reader<'t> {
    file: String,
    target: Option<(&'t str, Labels)>,
    survey: Survey,
    /// The line number of the last line read (from 1).
    line: u64,
    header: Option<Header>,
    /// A line begun in one piece and ended in a later one.
    partial: Vec<u8>,
}

struct Header {
    names: Vec<String>,
    target_col: Option<usize>,
    table: Table,
}

impl<'t> Reader<'t> {
    fn new(
        file: &str,
        target: Option<(&'t str, Labels)>,
        survey: Survey,
    ) -> Result<Reader<'t>, DataError> {
        if !survey.content {
            return Err(DataError::Empty {
                file: file.to_owned(),
            });
        }
        Ok(Reader {
            file: file.to_owned(),
            target,
            survey,
            line: 0,
            header: None,
            partial: Vec::new(),
        })
    }

    /// Reads every line that ends in `bytes`; keeps the rest for later.
    fn feed(&mut self, bytes: &[u8]) -> Result<(), DataError> {
        let Some(last) = memchr::memrchr(b'\n', bytes) else {
            self.partial.extend_from_slice(bytes);
            return Ok(());
        };
        let mut whole = &bytes[..=last];
        if !self.partial.is_empty() {
            let first =
                memchr::memchr(b'\n', whole).map_or(whole.len(), |i| i + 1);
            let mut joined = std::mem::take(&mut self.partial);
            joined.extend_from_slice(&whole[..first]);
            self.lines(&joined)?;
            whole = &whole[first..];
        }
        self.lines(whole)?;
        self.partial.extend_from_slice(&bytes[last + 1..]);
        Ok(())
    }

    /// Reads the last line, if the file does not end in `\n`, and returns
    /// what was read.
    fn finish(mut self) -> Result<Parsed, DataError> {
        let partial = std::mem::take(&mut self.partial);
        self.lines(&partial)?;
        let file = self.file;
        let Some(Header {
            names,
            target_col,
            table,
        }) = self.header
        else {
            return Err(DataError::Empty { file });
        };
        let (x, y) = table.finish();
        let m = x.ncols();
        if m == 0 {
            return Err(DataError::HeaderOnly { file });
        }
        if let Some((name, Labels::Binary)) = self.target {
            #[expect(
                clippy::float_cmp,
                reason = "labels were checked to be exactly 0 or 1"
            )]
            let one_class = y.iter().all(|&v| v == y[0]);
            if one_class {
                return Err(DataError::OneClass {
                    file,
                    target: name.to_owned(),
                    label: y[0],
                });
            }
        }
        let y =
            target_col.map(|_| Array2::from_shape_fn((1, m), |(_, j)| y[j]));
        let features = names
            .iter()
            .enumerate()
            .filter(|&(c, _)| Some(c) != target_col)
            .map(|(_, h)| h.clone())
            .collect();
        Ok((x, y, features))
    }

    /// Reads whole lines: `data` is empty or ends in `\n`, or is the file's
    /// last line.
    fn lines(&mut self, data: &[u8]) -> Result<(), DataError> {
        let mut at = 0;
        while at < data.len() {
            self.line += 1;
            let Some(header) = &mut self.header else {
                let end = line_end(data, at);
                let text = strip_cr(&data[at..end]);
                if !text.is_empty() {
                    self.header = Some(self.read_header(text)?);
                }
                at = end + 1;
                continue;
            };
            let (file, line, target) = (&self.file, self.line, self.target);
            let cells = header.names.len();
            let table = &mut header.table;
            let end = match fast_row(
                data,
                at,
                cells,
                &mut table.block,
                &mut table.ends,
            ) {
                Some(end) => end,
                None => {
                    let end = line_end(data, at);
                    let text = strip_cr(&data[at..end]);
                    if text.is_empty() {
                        at = end + 1;
                        continue; // a blank line
                    }
                    let row = table.m + 1;
                    careful_row(
                        file,
                        &header.names,
                        text,
                        row,
                        line,
                        &mut table.block,
                    )?;
                    end + 1
                }
            };
            if let (Some(c), Some((_, labels))) = (header.target_col, target) {
                let row = table.m + 1;
                let value = table.block[table.block.len() - cells + c];
                check_label(file, value, labels, || Cell {
                    row,
                    line,
                    column: c + 1,
                    name: header.names[c].clone(),
                })?;
            }
            table.end_row();
            at = end;
        }
        Ok(())
    }

    fn read_header(&self, text: &[u8]) -> Result<Header, DataError> {
        let file = &self.file;
        if std::str::from_utf8(text).is_err() {
            return Err(DataError::Malformed {
                file: file.clone(),
                row: 0,
                line: self.line,
                message: "it is not valid UTF-8 text".to_owned(),
            });
        }
        let names: Vec<String> =
            cells(text).iter().map(|c| text_of(c)).collect();
        check_header(file, &names)?;
        let target_col = match self.target {
            None => None,
            Some((name, _)) => {
                Some(names.iter().position(|h| h == name).ok_or_else(|| {
                    DataError::UnknownTarget {
                        file: file.clone(),
                        target: name.to_owned(),
                        columns: list_names(&names),
                    }
                })?)
            }
        };
        if names.len() == usize::from(target_col.is_some()) {
            return Err(DataError::NoFeatures {
                file: file.clone(),
                target: self
                    .target
                    .map_or_else(String::new, |(t, _)| t.to_owned()),
            });
        }
        // At most one example per line left: X is allocated once.
        let rows =
            usize::try_from(self.survey.lines().saturating_sub(self.line))
                .unwrap_or(usize::MAX);
        let values = u64::try_from(names.len())
            .ok()
            .and_then(|c| c.checked_mul(u64::try_from(rows).ok()?));
        crate::memory::check(
            format!("reading {rows} rows of {} numbers", names.len()),
            crate::memory::of_f64s(values),
        )
        .map_err(|source| DataError::TooLarge {
            file: file.clone(),
            source,
        })?;
        let table = Table::new(names.len(), target_col, rows);
        Ok(Header {
            names,
            target_col,
            table,
        })
    }
}

/// Where the line starting at `at` ends: its `\n`, or the end of `bytes`.
fn line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i)
}

fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Reads the row at `data[at..]` if it is `cells` plain numbers separated by
/// commas and ended by `\n`, `\r\n` or the end of the data: its numbers go
/// onto `values`, and the result is where the next line starts. `None`
/// (with `values` as it was) for any other row. `ends` is room for
/// [`fast_cells`], kept from row to row.
fn fast_row(
    data: &[u8],
    at: usize,
    cells: usize,
    values: &mut Vec<f64>,
    ends: &mut Vec<usize>,
) -> Option<usize> {
    let start = values.len();
    values.resize(start + cells, 0.0);
    // The row's values in a slice of their own: no length to keep in step
    // while reading.
    let end = fast_cells(data, at, &mut values[start..], ends);
    if end.is_none() {
        values.truncate(start);
    }
    end
}

/// [`fast_row`]'s loop. Where each cell ends comes from the commas, found
/// eight bytes at a time into `ends` first, not from reading the cell
/// before: the cells' numbers are independent of one another, so the
/// processor reads several at once, and a short cell's length is known
/// before its number is read. A cell is taken only if its number fills it
/// exactly.
fn fast_cells(
    data: &[u8],
    at: usize,
    row: &mut [f64],
    ends: &mut Vec<usize>,
) -> Option<usize> {
    let end = line_end(data, at);
    let next = (end + 1).min(data.len());
    let line = strip_cr(&data[at..end]);
    let cells = row.len();
    // Room for four positions past the last comma a word may write.
    ends.resize(cells + 4, 0);
    let ends = ends.as_mut_slice();
    let words = line.chunks_exact(8);
    let tail = word_at(words.remainder());
    let mut found = 0;
    for (w, word) in words.map(word_at).chain([tail]).enumerate() {
        let mut bits = commas(word);
        // The commas counted by one multiplication (a byte's flag to its
        // low bit, all eight summed into the top byte): the portable
        // build's `count_ones` is a dozen instructions, not one.
        let count =
            ((bits >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        if found + count >= cells {
            return None; // a cell too many
        }
        // Four positions, whether or not there are four commas: no branch
        // to mispredict. (A word holds more only if a cell is empty.)
        for k in 0..4 {
            ends[found + k] = w * 8 + (bits.trailing_zeros() / 8) as usize;
            bits &= bits.wrapping_sub(1);
        }
        if bits != 0 {
            return None; // empty cells: the careful way names them
        }
        found += count;
    }
    if found + 1 != cells {
        return None; // a cell too few
    }
    ends[found] = line.len();
    let mut start = 0;
    for (slot, &end) in row.iter_mut().zip(ends.iter()) {
        let len = end.checked_sub(start)?;
        let cell = &data[at + start..];
        let short = if (1..=8).contains(&len) {
            decimal::short_cell(word_at(cell), len)
        } else {
            None
        };
        match short {
            Some(value) => *slot = value,
            None if len > 0 && decimal::scan_into(cell, slot) == len => {}
            None => return None,
        }
        start = end + 1;
    }
    Some(next)
}

/// The first eight bytes of `bytes` as a little-endian word, zeros past
/// its end.
#[inline]
fn word_at(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(&word) => u64::from_le_bytes(word),
        None => {
            let mut word = [0u8; 8];
            word[..bytes.len()].copy_from_slice(bytes);
            u64::from_le_bytes(word)
        }
    }
}

/// The high bit of each byte of `word` that is a comma (exactly: no carry
/// crosses from one byte into the next).
fn commas(word: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ 0x2c2c_2c2c_2c2c_2c2c;
    // Per byte: the high bit of (low seven bits + 0x7f) | x is set unless
    // the byte is 0, that is, unless it was a comma.
    !((((x & LOW) + LOW) | x) | LOW)
}

/// Reads one line cell by cell onto `values`, or says what is wrong with it.
fn careful_row(
    file: &str,
    header: &[String],
    text: &[u8],
    row: usize,
    line: u64,
    values: &mut Vec<f64>,
) -> Result<(), DataError> {
    if !text.is_ascii() && std::str::from_utf8(text).is_err() {
        return Err(DataError::Malformed {
            file: file.to_owned(),
            row,
            line,
            message: "it is not valid UTF-8 text".to_owned(),
        });
    }
    let cells = cells(text);
    if cells.len() != header.len() {
        return Err(DataError::Ragged {
            file: file.to_owned(),
            row,
            line,
            found: cells.len(),
            expected: header.len(),
        });
    }
    let start = values.len();
    for (c, cell) in cells.iter().enumerate() {
        let place = || Cell {
            row,
            line,
            column: c + 1,
            name: header[c].clone(),
        };
        match number(file, cell, place) {
            Ok(value) => values.push(value),
            Err(e) => {
                values.truncate(start);
                return Err(e);
            }
        }
    }
    Ok(())
}

/// X as it is read: examples arrive a row of the file at a time, but X is
/// `(n_x, m)` with one example per column. Rows are gathered in blocks and
/// each block is written into X column by column, so that both go through
/// memory in order.
struct Table {
    /// Cells per row, the target's among them.
    cells: usize,
    target: Option<usize>,
    /// Columns X has room for (one per line of the file).
    rows: usize,
    /// X, row-major: a row of `rows` values per feature.
    x: Vec<f64>,
    /// The rows read since the last write, cell after cell.
    block: Vec<f64>,
    /// Where the cells of the row being read end (see [`fast_cells`]).
    ends: Vec<usize>,
    y: Vec<f64>,
    /// Examples read.
    m: usize,
}

/// Rows gathered before they are written into X.
const BLOCK: usize = 64;

impl Table {
    fn new(cells: usize, target: Option<usize>, rows: usize) -> Table {
        let n_x = cells - usize::from(target.is_some());
        Table {
            cells,
            target,
            rows,
            x: vec![0.0; n_x * rows],
            block: Vec::with_capacity(BLOCK * cells),
            ends: Vec::with_capacity(cells + 4),
            y: Vec::with_capacity(if target.is_some() { rows } else { 0 }),
            m: 0,
        }
    }

    fn end_row(&mut self) {
        self.m += 1;
        if self.block.len() == BLOCK * self.cells {
            self.write_block();
        }
    }

    /// The gathered rows into their columns of X, and their targets onto Y.
    fn write_block(&mut self) {
        let count = self.block.len() / self.cells;
        let first = self.m - count;
        let features = (0..self.cells).filter(|&c| Some(c) != self.target);
        for (i, c) in features.enumerate() {
            let column = &mut self.x[i * self.rows + first..][..count];
            for (r, value) in column.iter_mut().enumerate() {
                *value = self.block[r * self.cells + c];
            }
        }
        if let Some(c) = self.target {
            let targets = self.block.iter().skip(c).step_by(self.cells);
            self.y.extend(targets);
        }
        self.block.clear();
    }

    fn finish(mut self) -> (Array2<f64>, Vec<f64>) {
        self.write_block();
        let n_x = self.cells - usize::from(self.target.is_some());
        let x = Array2::from_shape_vec((n_x, self.rows), self.x)
            .unwrap_or_else(|_| Array2::zeros((n_x, 0)));
        let x = if self.m < self.rows {
            // Blank lines: fewer examples than lines.
            x.slice_axis(Axis(1), (..self.m).into()).to_owned()
        } else {
            x
        };
        (x, self.y)
    }
}

/// A line's cells. A line without quotes is split at its commas; one with
/// quotes is read as CSV reads it (`"a,b"` is one cell, `""` a quote).
fn cells(line: &[u8]) -> Vec<Cow<'_, [u8]>> {
    if !line.contains(&b'"') {
        return line.split(|&b| b == b',').map(Cow::Borrowed).collect();
    }
    let mut cells = Vec::new();
    let mut cell = Vec::new();
    let mut quoted = false;
    let mut bytes = line.iter().peekable();
    while let Some(&b) = bytes.next() {
        match (b, quoted) {
            (b'"', true) if bytes.peek() == Some(&&b'"') => {
                cell.push(b'"');
                bytes.next();
            }
            (b'"', _) => quoted = !quoted,
            (b',', false) => cells.push(Cow::Owned(std::mem::take(&mut cell))),
            _ => cell.push(b),
        }
    }
    cells.push(Cow::Owned(cell));
    cells
}

/// The cell as text, trimmed.
fn text_of(cell: &[u8]) -> String {
    String::from_utf8_lossy(cell).trim().to_owned()
}

fn check_header(file: &str, header: &[String]) -> Result<(), DataError> {
    let mut seen = std::collections::HashMap::with_capacity(header.len());
    for (c, name) in header.iter().enumerate() {
        if name.is_empty() {
            return Err(DataError::UnnamedColumn {
                file: file.to_owned(),
                column: c + 1,
            });
        }
        if let Some(first) = seen.insert(name.as_str(), c) {
            return Err(DataError::DuplicateColumn {
                file: file.to_owned(),
                name: name.clone(),
                first: first + 1,
                second: c + 1,
            });
        }
    }
    Ok(())
}

/// A cell's number (see [`crate::decimal`]), or the error naming the cell.
fn number(
    file: &str,
    cell: &[u8],
    place: impl Fn() -> Cell,
) -> Result<f64, DataError> {
    match decimal::parse(cell) {
        Some(value) if value.is_finite() => Ok(value),
        Some(_) => Err(DataError::NotFinite {
            file: file.to_owned(),
            cell: place(),
            text: text_of(cell),
        }),
        None => Err(DataError::NotNumber {
            file: file.to_owned(),
            cell: place(),
            text: text_of(cell),
        }),
    }
}

#[expect(
    clippy::float_cmp,
    reason = "a label is exact: 0.0 and 1.0, not near them"
)]
fn check_label(
    file: &str,
    value: f64,
    labels: Labels,
    cell: impl Fn() -> Cell,
) -> Result<(), DataError> {
    let file = file.to_owned();
    match labels {
        Labels::Binary if value != 0.0 && value != 1.0 => {
            Err(DataError::NotBinary {
                file,
                cell: cell(),
                value,
            })
        }
        Labels::Classes if value < 0.0 || value.fract() != 0.0 => {
            Err(DataError::NotClass {
                file,
                cell: cell(),
                value,
            })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` fed in pieces of `size` bytes.
    fn in_pieces(bytes: &[u8], size: usize) -> Result<Parsed, DataError> {
        let mut survey = Survey::default();
        survey.add(bytes);
        let mut reader =
            Reader::new("t.csv", Some(("label", Labels::Binary)), survey)?;
        for piece in bytes.chunks(size) {
            reader.feed(piece)?;
        }
        reader.finish()
    }

    #[test]
    fn a_row_read_the_fast_way_reads_as_the_careful_way_does() {
        use rand::RngExt;
        let mut rng = crate::rng::seeded(5);
        let forms = [
            "0",
            "7",
            "255",
            "0.482353",
            "12345678",
            "123456789",
            "1e3",
            "-2.5",
            "+4",
            " 6 ",
            "1.",
            ".5",
            "",
            "x",
            "\"3\"",
            "1,5",
            "1 2",
            "99999999999999999999",
            "0.1234567890123456",
            "inf",
            "1e-400",
        ];
        for _ in 0..20_000 {
            let cells = rng.random_range(1..5);
            let mut line = (0..cells)
                .map(|_| forms[rng.random_range(0..forms.len())])
                .collect::<Vec<_>>()
                .join(",");
            line.push_str(["\n", "\r\n", "", "\r"][rng.random_range(0..4)]);
            let header: Vec<String> =
                (0..cells).map(|c| format!("c{c}")).collect();
            let mut fast = Vec::new();
            let read =
                fast_row(line.as_bytes(), 0, cells, &mut fast, &mut Vec::new());
            let mut careful = Vec::new();
            let text = strip_cr(line.trim_end_matches('\n').as_bytes());
            let checked = careful_row("t", &header, text, 1, 1, &mut careful);
            if let Some(end) = read {
                assert!(
                    checked.is_ok(),
                    "{line:?}: fast read, careful refused"
                );
                let bits = |v: &[f64]| {
                    v.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
                };
                assert_eq!(bits(&fast), bits(&careful), "{line:?}");
                assert_eq!(end, line.len(), "{line:?}");
            } else {
                assert!(fast.is_empty(), "{line:?}");
            }
        }
    }

    #[test]
    fn lines_split_across_pieces_read_as_a_whole_file_does() {
        let text: &[u8] =
            b"\r\n\"a\",b,label\r\n1.5,2,0\r\n\n3,\"4\",1\n 5 , 6e-1 ,0\n7,8,1";
        let whole =
            parse("t.csv", text, Some(("label", Labels::Binary))).unwrap();
        assert_eq!(
            whole.0,
            ndarray::array![[1.5, 3.0, 5.0, 7.0], [2.0, 4.0, 0.6, 8.0]]
        );
        for size in 1..=text.len() {
            let read = in_pieces(text, size).unwrap();
            assert_eq!(read, whole, "pieces of {size}");
        }
        let bad = b"a,b,label\n1,2,0\n3,x,1\n";
        for size in [1, 2, 5, 100] {
            let err = in_pieces(bad, size).unwrap_err().to_string();
            assert!(
                err.contains(
                    "row 2 (line 3), column 2 `b`: \"x\" is not a number"
                ),
                "{err}"
            );
        }
    }
}
