//! Reading a decimal number from a data file, fast and exactly.
//!
//! Nearly every number in a data file is short: a pixel value `255`, a
//! measurement `0.482353`. Such a number is `m × 10^e` with an integer `m`
//! below 2⁵³ and `|e|` at most 22, and then both `m` and `10^e` are exact
//! doubles, so one multiplication or division, which IEEE arithmetic rounds
//! correctly, gives the nearest double to the decimal number — the same bits
//! `str::parse::<f64>` gives (Clinger's fast path). Anything else (more
//! digits, a larger exponent, `inf`, a typo) is left to `str::parse`.

/// 10⁰ to 10²², every one exactly representable as an f64.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The largest integer below which every integer is an exact f64.
const EXACT: u64 = 1 << 53;

/// The value of `text` — optional spaces or tabs, an optional sign, digits
/// with an optional point, an optional exponent, optional spaces or tabs —
/// when the fast path converts it exactly; `None` otherwise, including for
/// anything `str::parse` would reject.
pub fn parse_fast(text: &[u8]) -> Option<f64> {
    scan(text)
        .filter(|&(_, used)| used == text.len())
        .map(|(v, _)| v)
}

/// The number at the start of `text` and how many bytes it takes with the
/// blanks around it, when the fast path converts it exactly; it ends at the
/// first byte that cannot continue it (a comma, say). Always finite.
pub fn scan(text: &[u8]) -> Option<(f64, usize)> {
    let mut value = 0.0;
    let used = scan_into(text, &mut value);
    (used > 0).then_some((value, used))
}

/// [`scan`] for a reader's inner loop: the number goes into `out`, and the
/// result is the bytes it takes, 0 when the fast path does not read it
/// (then `out` is unchanged). Always inlined, with the rare forms out of
/// line, so that a reader's loop over many cells stays tight.
#[inline(always)]
pub fn scan_into(text: &[u8], out: &mut f64) -> usize {
    // Most cells are unsigned digits, perhaps with a fraction, followed by
    // a comma or a line end: eight bytes at a time, the rest in `scan_any`.
    let ends = |b: Option<&u8>| matches!(b, Some(b',' | b'\n' | b'\r'));
    if let Some((whole, digits)) = eight_digits(text) {
        // At most 15 digits, so `exact` applies; one division rounds.
        match text.get(digits) {
            b if ends(b) => {
                *out = exact(whole);
                return digits;
            }
            Some(b'.') => {
                if let Some((part, places)) = eight_digits(&text[digits + 1..])
                    && digits + places <= 15
                    && ends(text.get(digits + 1 + places))
                {
                    let m = whole * POWERS_U64[places] + part;
                    *out = exact(m) / POWERS[places];
                    return digits + 1 + places;
                }
            }
            _ => {}
        }
    }
    scan_any_into(text, out)
}

#[inline(never)]
fn scan_any_into(text: &[u8], out: &mut f64) -> usize {
    match scan_any(text) {
        Some((value, used)) => {
            *out = value;
            used
        }
        None => 0,
    }
}

/// `m`, below 2⁵³ (every caller's is under 10¹⁵), as the f64 it equals:
/// converted from i64, one instruction.
#[inline(always)]
#[expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_wrap,
    reason = "below 2⁵³, exact"
)]
fn exact(m: u64) -> f64 {
    m as i64 as f64
}

/// The high bit of each byte of `x` that is not a digit, where `x` is a
/// word of text with `'0'` subtracted from each byte by `^ 0x30…`: a digit
/// is then 0 to 9, and adding 0x76 to the low seven bits carries into the
/// high bit for anything above 9, with no carry between bytes.
#[inline(always)]
fn not_digits(x: u64) -> u64 {
    (((x & 0x7f7f_7f7f_7f7f_7f7f) + 0x7676_7676_7676_7676) | x)
        & 0x8080_8080_8080_8080
}

/// 10⁰ to 10⁸ as integers.
const POWERS_U64: [u64; 9] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
];

/// The digits at the start of `text`, read eight bytes at a time: their
/// value and how many there are, when there are 1 to 7 of them followed by
/// some other byte within the eight. `None` otherwise (and near the end of
/// the data, where there are no eight bytes to read).
#[inline]
fn eight_digits(text: &[u8]) -> Option<(u64, usize)> {
    let bytes: [u8; 8] = text.get(..8)?.try_into().ok()?;
    let chunk = u64::from_le_bytes(bytes);
    let x = chunk ^ 0x3030_3030_3030_3030;
    let other = not_digits(x);
    let count = (other.trailing_zeros() / 8) as usize;
    if count == 0 || count == 8 {
        return None;
    }
    // The digits to the top of the word, zeros (leading zero digits) below.
    Some((combine(x << (8 * (8 - count))), count))
}

/// The value of eight digits, 0 to 9 a byte, the most significant in the
/// lowest byte (as a little-endian load of their text puts them): pairs,
/// quads and the whole eight are combined by three multiplications.
#[inline]
fn combine(digits: u64) -> u64 {
    let pairs = digits.wrapping_mul(10).wrapping_add(digits >> 8);
    ((pairs & 0x0000_00ff_0000_00ff)
        .wrapping_mul(100 + (1_000_000 << 32))
        .wrapping_add(
            ((pairs >> 16) & 0x0000_00ff_0000_00ff)
                .wrapping_mul(1 + (10_000 << 32)),
        ))
        >> 32
}

/// The value of a whole cell of `len` bytes, 1 to 8, held in the low bytes
/// of `word` (the bytes after the cell are ignored): when it is digits, or
/// digits, a point and digits, read as `str::parse` reads them. `None` for
/// any other cell, which the caller reads with [`scan_into`]. A reader that
/// already knows where its cells end gets their numbers without a search
/// for the end and with one branch on the common forms.
#[inline(always)]
pub fn short_cell(word: u64, len: usize) -> Option<f64> {
    debug_assert!((1..=8).contains(&len), "a short cell is 1 to 8 bytes");
    // The cell to the top of the word: the bytes after it fall off, and
    // the zeros shifted in below read as leading zero digits. At most eight
    // digits, below 10⁸: `exact` applies.
    let x = (word ^ 0x3030_3030_3030_3030) << (8 * (8 - len));
    let other = not_digits(x);
    if other == 0 {
        return Some(exact(combine(x)));
    }
    // One other byte, a point, with a digit on each side of it.
    let at = other.trailing_zeros() / 8;
    let first = 8 - len as u32;
    if other & other.wrapping_sub(1) != 0
        || (x >> (8 * at)) & 0xff != u64::from(b'.' ^ b'0')
        || at <= first
        || at >= 7
    {
        return None;
    }
    // The point taken out: the digits before it move up a byte.
    let below = (1u64 << (8 * at)) - 1;
    let digits = ((x & below) << 8) | (x & !(below << 8 | 0xff));
    Some(exact(combine(digits)) / POWERS[(7 - at) as usize])
}

/// [`scan`] for every form the fast path reads: a sign, blanks, an
/// exponent, up to 19 digits.
fn scan_any(text: &[u8]) -> Option<(f64, usize)> {
    let blank = |b: &u8| *b == b' ' || *b == b'\t';
    let mut i = text.iter().position(|b| !blank(b))?;
    let negative = match text[i] {
        b'-' => {
            i += 1;
            true
        }
        b'+' => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut exponent: i32 = 0;
    let mut point = false;
    while let Some(&b) = text.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 19 {
                    return None; // might not fit in a u64
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                if point {
                    exponent -= 1;
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = text.get(i) {
        i += 1;
        let sign = match text.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let mut written: i32 = 0;
        let mut exponent_digits = 0;
        while let Some(&b) = text.get(i).filter(|b| b.is_ascii_digit()) {
            exponent_digits += 1;
            if exponent_digits > 4 {
                return None;
            }
            written = written * 10 + i32::from(b - b'0');
            i += 1;
        }
        if exponent_digits == 0 {
            return None;
        }
        exponent += sign * written;
    }
    // A letter or a second point right after the digits is a typo, not
    // the end of the number.
    if text
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.')
        || mantissa > EXACT
    {
        return None;
    }
    while text.get(i).is_some_and(blank) {
        i += 1;
    }
    // `mantissa` is exact, and so is the power of ten: one rounding.
    #[expect(clippy::cast_precision_loss, reason = "mantissa ≤ 2⁵³ is exact")]
    let m = mantissa as f64;
    let power = POWERS.get(usize::try_from(exponent.unsigned_abs()).ok()?)?;
    let value = if exponent >= 0 { m * power } else { m / power };
    Some((if negative { -value } else { value }, i))
}

/// The value of `text` as `str::parse` reads it, by the fast path when it
/// applies. `text` must be UTF-8 (its caller has checked); `None` if it is
/// not a number.
pub fn parse(text: &[u8]) -> Option<f64> {
    parse_fast(text)
        .or_else(|| std::str::from_utf8(text).ok()?.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngExt;

    fn same(text: &str) {
        let expected: Result<f64, _> = text.trim().parse();
        let got = parse(text.as_bytes());
        match expected {
            Ok(v) => assert_eq!(
                got.map(f64::to_bits),
                Some(v.to_bits()),
                "{text:?}: {got:?} against {v:?}"
            ),
            Err(_) => assert_eq!(got, None, "{text:?}"),
        }
    }

    #[test]
    fn the_forms_of_a_number_read_as_str_parse_reads_them() {
        for text in [
            "0",
            "-0",
            "+0",
            "255",
            "0.482353",
            "-1.5",
            ".5",
            "5.",
            "1e5",
            "1E-5",
            "2.5e+3",
            " 7 ",
            "\t3.25\t",
            "00012",
            "1.000000000000000000001",
            "12345678901234567890",
            "9007199254740993",
            "9007199254740992",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "4.9e-324",
            "1.7976931348623157e308",
            "1e400",
            "inf",
            "-infinity",
            "NaN",
            "nan",
            "",
            " ",
            ".",
            "-",
            "+.",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1,5",
            "0x10",
            "1 2",
            "--1",
            "1_000",
            "١",
            "0.1",
            "0.3",
            "123.456e-7",
            "3.141592653589793",
        ] {
            same(text);
        }
    }

    #[test]
    fn eight_bytes_at_a_time_read_every_short_integer() {
        for n in 0..100_000u64 {
            for text in [format!("{n},12345678"), format!("{n:0>7}\n0")] {
                let digits =
                    text.bytes().take_while(u8::is_ascii_digit).count();
                assert_eq!(
                    eight_digits(text.as_bytes()),
                    Some((n, digits)),
                    "{text:?}"
                );
            }
        }
        assert_eq!(
            eight_digits(b"12345678,"),
            None,
            "eight digits: the slow way"
        );
        assert_eq!(eight_digits(b",1234567"), None);
        assert_eq!(eight_digits(b"12"), None, "fewer than eight bytes");
        assert_eq!(
            eight_digits(b"1/345678"),
            Some((1, 1)),
            "'/' is just below '0'"
        );
        assert_eq!(
            eight_digits(b"1:345678"),
            Some((1, 1)),
            "':' is just above '9'"
        );
        assert_eq!(
            eight_digits(b"7\xff\xff\xff\xff\xff\xff\xff"),
            Some((7, 1))
        );
    }

    /// `text` (1 to 8 bytes) as [`short_cell`] reads it with `after` in
    /// the rest of the word.
    fn short(text: &[u8], after: u8) -> Option<f64> {
        let mut word = [after; 8];
        word[..text.len()].copy_from_slice(text);
        short_cell(u64::from_le_bytes(word), text.len())
    }

    #[test]
    fn a_short_cell_reads_as_str_parse_reads_it_or_not_at_all() {
        // Every cell of up to five bytes over an alphabet of digits, the
        // point and what a number may also hold, and random longer ones.
        let alphabet = b"0123456789.-+e x";
        let mut cells: Vec<Vec<u8>> = vec![Vec::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            cells = cells
                .iter()
                .flat_map(|c| {
                    alphabet.iter().map(move |&b| [c.as_slice(), &[b]].concat())
                })
                .collect();
            all.extend(cells.iter().cloned());
        }
        let mut rng = crate::rng::seeded(29);
        for _ in 0..200_000 {
            let len = rng.random_range(1..=8);
            let point = rng.random_range(0..12usize);
            let cell: Vec<u8> = (0..len)
                .map(|i| {
                    if i == point {
                        b'.'
                    } else {
                        b'0' + rng.random_range(0..10u8)
                    }
                })
                .collect();
            all.push(cell);
        }
        let mut read = 0;
        for cell in &all {
            let text = std::str::from_utf8(cell).unwrap();
            let plain = cell.iter().filter(|b| b.is_ascii_digit()).count();
            let point = cell.iter().position(|&b| b == b'.');
            // Digits, or digits with one point between two of them.
            let common = plain == cell.len()
                || (plain + 1 == cell.len()
                    && point.is_some_and(|p| p > 0 && p + 1 < cell.len()));
            for after in [b'0', b',', 0xff] {
                let got = short(cell, after);
                match text.parse::<f64>() {
                    Ok(v) if common => {
                        assert_eq!(
                            got.map(f64::to_bits),
                            Some(v.to_bits()),
                            "{text:?}"
                        );
                        read += 1;
                    }
                    _ if common => panic!("{text:?} is a number"),
                    _ => assert_eq!(got, None, "{text:?}: the careful way's"),
                }
            }
        }
        assert!(read > 300_000, "only {read} cells were of the common forms");
    }

    #[test]
    fn cells_are_scanned_as_str_parse_reads_them() {
        for text in [
            "0,1",
            "255,0",
            "0.482353,1",
            "12.5\n",
            "3.0000001\r\n",
            "1234567.12345678,",
            "123456789012345.5,",
            "1.5e3,",
            "-2,",
            " 4,",
            "9.99999999999999,x",
        ] {
            let end = text.find([',', '\n', '\r']).unwrap();
            let got = scan(text.as_bytes());
            let want: f64 = text[..end].trim().parse().unwrap();
            assert_eq!(
                got.map(|(v, n)| (v.to_bits(), n)),
                Some((want.to_bits(), end)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_million_random_decimals_read_bit_for_bit_as_str_parse() {
        let mut rng = crate::rng::seeded(53);
        for _ in 0..1_000_000 {
            let width = rng.random_range(1..19);
            let digits: u64 = rng.random_range(0..10u64.pow(width));
            let point = rng.random_range(0..20usize);
            let mut text = digits.to_string();
            if point < text.len() {
                text.insert(text.len() - point, '.');
            }
            if rng.random_bool(0.3) {
                text.push_str(&format!("e{}", rng.random_range(-30..30)));
            }
            if rng.random_bool(0.5) {
                text.insert(0, '-');
            }
            same(&text);
            let cell = format!("{text},0.5,1");
            if let Some((v, n)) = scan(cell.as_bytes()) {
                assert_eq!(
                    v.to_bits(),
                    text.parse::<f64>().unwrap().to_bits(),
                    "{cell:?}"
                );
                assert_eq!(n, text.len(), "{cell:?}");
            }
        }
    }
}
