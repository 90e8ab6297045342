//! The course's computation graph, `J = 3(a + bc)`, computed by hand: the forward pass
//! left to right, then the backward pass right to left with the chain rule.

/// The intermediate values of the forward pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Forward {
    pub u: f64,
    pub v: f64,
    pub j: f64,
}

/// ∂J/∂(each node).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backward {
    pub dj_dv: f64,
    pub dj_du: f64,
    pub dj_da: f64,
    pub dj_db: f64,
    pub dj_dc: f64,
}

/// The course's inputs.
pub const COURSE_INPUTS: (f64, f64, f64) = (5.0, 3.0, 2.0);

// ANCHOR: by_hand
/// u = b·c, v = a + u, J = 3v.
pub fn forward(a: f64, b: f64, c: f64) -> Forward {
    let u = b * c;
    let v = a + u;
    Forward { u, v, j: 3.0 * v }
}

/// Each line is (local gradient) × (upstream gradient), from J back.
pub fn backward(a: f64, b: f64, c: f64) -> Backward {
    let _ = a; // J is linear in a: its gradient does not depend on a's value
    let dj_dv = 3.0; // J = 3v: ∂J/∂v = 3
    let dj_du = 1.0 * dj_dv; // v = a + u: ∂v/∂u = 1
    let dj_da = 1.0 * dj_dv; // and ∂v/∂a = 1
    let dj_db = c * dj_du; // u = b·c: ∂u/∂b = c
    let dj_dc = b * dj_du; // and ∂u/∂c = b
    Backward {
        dj_dv,
        dj_du,
        dj_da,
        dj_db,
        dj_dc,
    }
}
// ANCHOR_END: by_hand

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn the_course_values() {
        let (a, b, c) = COURSE_INPUTS;
        let f = forward(a, b, c);
        assert_abs_diff_eq!(
            [f.u, f.v, f.j].as_slice(),
            [6.0, 11.0, 33.0].as_slice()
        );
        let g = backward(a, b, c);
        let got = [g.dj_dv, g.dj_da, g.dj_du, g.dj_db, g.dj_dc];
        assert_abs_diff_eq!(
            got.as_slice(),
            [3.0, 3.0, 3.0, 6.0, 9.0].as_slice()
        );
    }
}
