//! The rule and the broadcasting add against independent references, on
//! hundreds of seeded random shapes up to rank 4 with sizes 0 to 4.

use broadcasting::nd::{broadcast_add, repeat_to};
use broadcasting::rule::broadcast_shape;
use ndarray::{ArrayD, IxDyn};
use rand::RngExt;
use toolkit::rng::Rng;

fn random_shape(rng: &mut Rng) -> Vec<usize> {
    let rank = rng.random_range(0..=4);
    (0..rank).map(|_| rng.random_range(0..=4)).collect()
}

/// A shape that broadcasts with `base`: some axes set to 1, some leading
/// axes dropped.
fn compatible(rng: &mut Rng, base: &[usize]) -> Vec<usize> {
    let drop = rng.random_range(0..=base.len());
    base[drop..]
        .iter()
        .map(|&s| if rng.random_bool(0.4) { 1 } else { s })
        .collect()
}

/// The rule, stated differently: on each axis (from the end) the sizes
/// other than 1 must all be the same number.
fn oracle(shapes: &[&[usize]]) -> Option<Vec<usize>> {
    let rank = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = Vec::new();
    for k in (1..=rank).rev() {
        let mut sizes: Vec<usize> = shapes
            .iter()
            .filter_map(|s| s.len().checked_sub(k).map(|i| s[i]))
            .filter(|&s| s != 1)
            .collect();
        sizes.dedup();
        sizes.sort_unstable();
        sizes.dedup();
        match sizes[..] {
            [] => out.push(1),
            [one] => out.push(one),
            _ => return None,
        }
    }
    Some(out)
}

fn filled(rng: &mut Rng, shape: &[usize]) -> ArrayD<f64> {
    ArrayD::from_shape_fn(IxDyn(shape), |_| rng.random_range(-9.0..9.0))
}

#[test]
fn the_rule_agrees_with_a_second_statement_of_it() {
    let mut rng = toolkit::rng::seeded(2026);
    let (mut ok, mut errors) = (0, 0);
    for _ in 0..600 {
        let base = random_shape(&mut rng);
        let n = rng.random_range(1..=3);
        // Half compatible by construction, half fully random.
        let shapes: Vec<Vec<usize>> = (0..n)
            .map(|_| {
                if rng.random_bool(0.5) {
                    compatible(&mut rng, &base)
                } else {
                    random_shape(&mut rng)
                }
            })
            .collect();
        let refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
        let got = broadcast_shape(&refs);
        assert_eq!(got.clone().ok(), oracle(&refs), "{shapes:?}");
        match got {
            Ok(shape) => {
                ok += 1;
                // And ndarray agrees that every operand stretches to it.
                for s in &shapes {
                    let a = ArrayD::<f64>::zeros(IxDyn(s));
                    assert!(
                        a.broadcast(IxDyn(&shape)).is_some(),
                        "{s:?} to {shape:?}"
                    );
                }
            }
            Err(e) => {
                errors += 1;
                let (i, j) = e.operands;
                assert!(i < j && j < shapes.len(), "{e:?}");
                assert!(e.to_string().contains("do not broadcast"));
            }
        }
    }
    assert!(
        ok > 100 && errors > 100,
        "both outcomes tested: {ok} ok, {errors} errors"
    );
}

#[test]
fn the_broadcasting_add_equals_repeat_then_add() {
    let mut rng = toolkit::rng::seeded(7);
    let mut zero_sized = 0;
    for _ in 0..400 {
        let base = random_shape(&mut rng);
        let (sa, sb) =
            (compatible(&mut rng, &base), compatible(&mut rng, &base));
        let (a, b) = (filled(&mut rng, &sa), filled(&mut rng, &sb));
        let sum = broadcast_add(&a, &b).unwrap();
        let shape = sum.shape().to_vec();
        let expected =
            repeat_to(&a, &shape).unwrap() + repeat_to(&b, &shape).unwrap();
        assert_eq!(sum, expected, "{sa:?} + {sb:?}");
        assert_eq!(&sum, &(&a + &b), "ndarray's operator, {sa:?} + {sb:?}");
        zero_sized += usize::from(sum.is_empty());
    }
    assert!(zero_sized > 10, "empty results covered: {zero_sized}");
}

#[test]
fn incompatible_operands_are_an_error_not_a_panic() {
    let a = ArrayD::<f64>::zeros(IxDyn(&[3, 4]));
    let b = ArrayD::<f64>::zeros(IxDyn(&[2, 4]));
    let err = broadcast_add(&a, &b).unwrap_err();
    assert_eq!(
        err.to_string(),
        "shapes (3, 4) and (2, 4) do not broadcast: on axis 0 (the 2nd from \
         the end) operand 1 has size 3 and operand 2 has size 2"
    );
}
