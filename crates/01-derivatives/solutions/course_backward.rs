use crate::graph::Backward;

pub fn course_backward(a: f64, b: f64, c: f64) -> Backward {
    let _ = a; // J = 3(a + bc) is linear in a: ∂J/∂a does not depend on it
    let dj_dv = 3.0;
    let dj_du = dj_dv; // v = a + u
    let dj_da = dj_dv;
    let dj_db = c * dj_du; // u = b·c
    let dj_dc = b * dj_du;
    Backward {
        dj_dv,
        dj_du,
        dj_da,
        dj_db,
        dj_dc,
    }
}
