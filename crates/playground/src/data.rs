//! The bundled data sets some widgets need. A chapter reads them from
//! `datasets/`; the module has no files, so the page hands it the same
//! bytes (from a script the book build writes), and the module checks them
//! as the chapters do — SHA-256 and shape — before anything uses them.

use std::cell::RefCell;

use toolkit::bundled::{ALL, Bundled};
use toolkit::dataset::Dataset;

thread_local! {
    static LOADED: RefCell<Vec<(Bundled, Dataset)>> = const { RefCell::new(Vec::new()) };
}

/// Reads `text`, a bundled file's name, a line end, then its bytes;
/// returns the name once the bytes are checked.
pub fn provide(text: &[u8]) -> Result<String, String> {
    let split = text.iter().position(|&b| b == b'\n').ok_or(
        "the data must start with its file's name on a line of its own",
    )?;
    let (name, bytes) = (&text[..split], &text[split + 1..]);
    let name = String::from_utf8_lossy(name).into_owned();
    let bundled = ALL
        .into_iter()
        .find(|b| b.file == name)
        .ok_or_else(|| format!("{name:?} is not a bundled data set"))?;
    let data = bundled
        .verify(&format!("datasets/{name}"), bytes)
        .map_err(|e| e.to_string())?;
    LOADED.with(|cell| {
        let mut loaded = cell.borrow_mut();
        loaded.retain(|(b, _)| b.file != bundled.file);
        loaded.push((bundled, data));
    });
    Ok(name)
}

/// Runs `f` on the data set `bundled`, if the page has provided it.
pub fn with<T>(
    bundled: Bundled,
    f: impl FnOnce(&Dataset) -> Result<T, String>,
) -> Result<T, String> {
    LOADED.with(|cell| {
        let loaded = cell.borrow();
        let data = loaded
            .iter()
            .find(|(b, _)| b.file == bundled.file)
            .map(|(_, d)| d)
            .ok_or_else(|| {
                format!("datasets/{} has not been provided", bundled.file)
            })?;
        f(data)
    })
}

/// For the tests: the bundled file as the page would hand it over.
#[cfg(test)]
pub fn provide_from_disk(bundled: Bundled) {
    let mut text = format!("{}\n", bundled.file).into_bytes();
    text.extend(std::fs::read(bundled.path()).unwrap_or_default());
    if let Err(e) = provide(&text) {
        panic!("{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toolkit::bundled::BREAST_CANCER;

    #[test]
    fn the_bytes_are_checked_as_the_chapters_check_them() {
        let mut text = b"breast_cancer.csv\n".to_vec();
        text.extend(std::fs::read(BREAST_CANCER.path()).unwrap());
        assert_eq!(provide(&text).unwrap(), "breast_cancer.csv");
        let n = with(BREAST_CANCER, |d| Ok(d.len())).unwrap();
        assert_eq!(n, 569);
        text.push(b'1');
        assert!(
            provide(&text).unwrap_err().contains("SHA-256"),
            "a changed byte"
        );
        assert!(
            provide(b"tulips.csv\n1,2")
                .unwrap_err()
                .contains("not a bundled")
        );
        assert!(provide(b"no line").is_err());
    }
}
