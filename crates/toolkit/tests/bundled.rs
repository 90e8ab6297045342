//! The bundled datasets load with the published shape and class counts, and a changed byte is
//! caught by the checksum before anything is parsed.

use toolkit::bundled::{ALL, BREAST_CANCER, DIGITS};

fn class_counts(y: &ndarray::Array2<f64>, classes: usize) -> Vec<usize> {
    let mut counts = vec![0; classes];
    for &label in y {
        counts[label as usize] += 1;
    }
    counts
}

#[test]
fn breast_cancer_is_569_by_30_with_212_malignant() {
    let data = BREAST_CANCER.load().unwrap();
    assert_eq!(data.x.dim(), (30, 569));
    assert_eq!(data.y.dim(), (1, 569));
    assert_eq!(class_counts(&data.y, 2), [212, 357]);
    assert_eq!(data.features[0], "mean_radius");
    assert_eq!(data.features[29], "worst_fractal_dimension");
    // First example, first feature: the published 17.99.
    assert!((data.x[[0, 0]] - 17.99).abs() < 1e-12);
}

#[test]
fn digits_are_1797_images_of_64_pixels_from_0_to_16() {
    let data = DIGITS.load().unwrap();
    assert_eq!(data.x.dim(), (64, 1797));
    assert_eq!(
        class_counts(&data.y, 10),
        [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    );
    assert!(
        data.x
            .iter()
            .all(|&p| (0.0..=16.0).contains(&p) && p.fract() == 0.0)
    );
    // Three pixels are blank in every image: the constant columns scaling must survive.
    for name in ["r0c0", "r4c0", "r4c7"] {
        let row = data.features.iter().position(|f| f == name).unwrap();
        assert!(data.x.row(row).iter().all(|&p| p == 0.0), "{name}");
    }
}

#[test]
fn one_digit_against_the_rest_is_a_binary_task() {
    let eights = DIGITS.load().unwrap().one_vs_rest(8.0);
    assert_eq!(class_counts(&eights.y, 2), [1797 - 174, 174]);
    assert_eq!(eights.target, "label = 8");
}

#[test]
fn a_changed_byte_fails_the_checksum() {
    for set in ALL {
        let mut bytes = std::fs::read(set.path()).unwrap();
        let last = bytes.len() - 2;
        bytes[last] ^= 1;
        let message = set
            .verify("datasets/x.csv", &bytes)
            .unwrap_err()
            .to_string();
        assert!(message.contains("SHA-256 is"), "{message}");
        assert!(message.contains(set.sha256), "{message}");
    }
}

#[test]
#[expect(clippy::float_cmp, reason = "labels are exactly 0 or 1")]
fn the_fashion_files_are_28_by_28_images_of_shirts_and_t_shirts_in_turn() {
    use toolkit::bundled::{FASHION_TEST, FASHION_TRAIN};
    for (set, m) in [(FASHION_TRAIN, 600), (FASHION_TEST, 200)] {
        let data = set.load().unwrap();
        assert_eq!(data.x.dim(), (784, m));
        assert_eq!(class_counts(&data.y, 2), [m / 2, m / 2]);
        assert!(
            data.x
                .iter()
                .all(|&p| (0.0..=255.0).contains(&p) && p.fract() == 0.0)
        );
        // Rows alternate: a shirt (1), then a T-shirt (0).
        assert_eq!(data.y[[0, 0]], 1.0);
        assert_eq!(data.y[[0, 1]], 0.0);
        assert_eq!(data.features[783], "r27c27");
    }
}
