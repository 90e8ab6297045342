//! A tiny scalar reverse-mode autodiff, written the way the notes describe backpropagation.
//!
//! Every operation appends a node to a [`Tape`]. While computing its value (the forward pass)
//! the node also records its *local* gradients: the derivative of its output with respect to
//! each input, evaluated right there. [`Var::backward`] then walks the nodes from the output
//! back to the inputs, and at every node multiplies each local gradient by the *upstream*
//! gradient — the derivative of the final output with respect to this node, which has already
//! arrived from above — and adds the product to that input's gradient.
//!
//! Nodes are only ever appended, and an operation's inputs exist before it does, so the order
//! of the tape is a topological order; walking it backwards visits every node after all the
//! nodes that use it.

use std::cell::RefCell;
use std::ops::{Add, Div, Mul, Neg, Sub};

// ANCHOR: node
/// One value in the graph and what it needs for the backward pass.
#[derive(Debug, Clone)]
struct Node {
    value: f64,
    /// ∂(final output)/∂(this node), filled in by `backward`.
    grad: f64,
    /// (input node, ∂(this node)/∂(input)) for each input, computed in the
    /// forward pass.
    local: Vec<(usize, f64)>,
}
// ANCHOR_END: node

/// The record of a computation. Create one, make variables with [`Tape::var`], compute.
#[derive(Debug, Default)]
pub struct Tape {
    nodes: RefCell<Vec<Node>>,
}

/// A value on a tape. It is `Copy`: using it twice really uses the same node twice.
#[derive(Debug, Clone, Copy)]
pub struct Var<'t> {
    tape: &'t Tape,
    id: usize,
}

impl Tape {
    pub fn new() -> Self {
        Self::default()
    }

    /// A new input (leaf) with `value`.
    pub fn var(&self, value: f64) -> Var<'_> {
        self.push(value, Vec::new())
    }

    /// How many nodes the computation has made so far.
    pub fn len(&self) -> usize {
        self.nodes.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn push(&self, value: f64, local: Vec<(usize, f64)>) -> Var<'_> {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            value,
            grad: 0.0,
            local,
        });
        Var {
            tape: self,
            id: nodes.len() - 1,
        }
    }
}

// ANCHOR: ops
impl<'t> Var<'t> {
    pub fn value(self) -> f64 {
        self.tape.nodes.borrow()[self.id].value
    }

    /// ∂(output)/∂(self) from the last [`Var::backward`] (0 before any).
    pub fn grad(self) -> f64 {
        self.tape.nodes.borrow()[self.id].grad
    }

    fn unary(self, value: f64, local: f64) -> Var<'t> {
        self.tape.push(value, vec![(self.id, local)])
    }

    /// `self^n` for a constant `n`; d/dx xⁿ = n·xⁿ⁻¹.
    pub fn pow(self, n: f64) -> Var<'t> {
        let x = self.value();
        self.unary(x.powf(n), n * x.powf(n - 1.0))
    }

    /// d/dx eˣ = eˣ: the local gradient is the output itself.
    pub fn exp(self) -> Var<'t> {
        let out = self.value().exp();
        self.unary(out, out)
    }

    /// Natural logarithm; d/dx ln x = 1/x.
    pub fn log(self) -> Var<'t> {
        let x = self.value();
        self.unary(x.ln(), 1.0 / x)
    }

    /// σ(x) = 1/(1+e⁻ˣ); σ'(x) = σ(x)(1−σ(x)), again from the output alone.
    pub fn sigmoid(self) -> Var<'t> {
        let out = sigmoid(self.value());
        self.unary(out, out * (1.0 - out))
    }

    /// d/dx tanh x = 1 − tanh²x.
    pub fn tanh(self) -> Var<'t> {
        let out = self.value().tanh();
        self.unary(out, 1.0 - out * out)
    }

    /// max(0, x); the slope is 1 for x > 0 and 0 otherwise (0 at the kink,
    /// by convention).
    pub fn relu(self) -> Var<'t> {
        let x = self.value();
        self.unary(x.max(0.0), if x > 0.0 { 1.0 } else { 0.0 })
    }
}

impl<'t> Add for Var<'t> {
    type Output = Var<'t>;
    /// ∂(a+b)/∂a = 1, ∂(a+b)/∂b = 1.
    fn add(self, rhs: Var<'t>) -> Var<'t> {
        self.tape.push(
            self.value() + rhs.value(),
            vec![(self.id, 1.0), (rhs.id, 1.0)],
        )
    }
}

impl<'t> Mul for Var<'t> {
    type Output = Var<'t>;
    /// ∂(a·b)/∂a = b, ∂(a·b)/∂b = a: each input's slope is the other input.
    fn mul(self, rhs: Var<'t>) -> Var<'t> {
        let (a, b) = (self.value(), rhs.value());
        self.tape.push(a * b, vec![(self.id, b), (rhs.id, a)])
    }
}
// ANCHOR_END: ops

// ANCHOR: backward
impl Var<'_> {
    /// Fills in ∂(self)/∂(node) for every node that `self` depends on.
    ///
    /// Gradients are *reset* first, so calling `backward` twice gives the
    /// same gradients, not twice them. A node used by several operations
    /// collects one contribution from each (`+=`): that is the multivariable
    /// chain rule, summing over every path.
    pub fn backward(self) {
        let mut nodes = self.tape.nodes.borrow_mut();
        for node in nodes.iter_mut() {
            node.grad = 0.0;
        }
        nodes[self.id].grad = 1.0; // ∂J/∂J
        // Later nodes only depend on earlier ones: going down from `self`
        // is reverse topological order, so a node's upstream gradient is
        // complete when we reach it.
        for id in (0..=self.id).rev() {
            let upstream = nodes[id].grad;
            let local = std::mem::take(&mut nodes[id].local);
            for &(input, local_grad) in &local {
                nodes[input].grad += local_grad * upstream;
            }
            nodes[id].local = local;
        }
    }
}
// ANCHOR_END: backward

/// The logistic function, computed without overflow for any finite `x`.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

// Constants and the remaining operators, built from the primitives above.
impl<'t> Var<'t> {
    /// A constant on the same tape (a leaf whose gradient nobody reads).
    pub fn constant(self, value: f64) -> Var<'t> {
        self.tape.var(value)
    }
}

impl<'t> Add<f64> for Var<'t> {
    type Output = Var<'t>;
    fn add(self, rhs: f64) -> Var<'t> {
        self + self.constant(rhs)
    }
}

impl<'t> Add<Var<'t>> for f64 {
    type Output = Var<'t>;
    fn add(self, rhs: Var<'t>) -> Var<'t> {
        rhs.constant(self) + rhs
    }
}

impl<'t> Mul<f64> for Var<'t> {
    type Output = Var<'t>;
    fn mul(self, rhs: f64) -> Var<'t> {
        self * self.constant(rhs)
    }
}

impl<'t> Mul<Var<'t>> for f64 {
    type Output = Var<'t>;
    fn mul(self, rhs: Var<'t>) -> Var<'t> {
        rhs.constant(self) * rhs
    }
}

impl<'t> Neg for Var<'t> {
    type Output = Var<'t>;
    fn neg(self) -> Var<'t> {
        self * -1.0
    }
}

impl<'t> Sub for Var<'t> {
    type Output = Var<'t>;
    fn sub(self, rhs: Var<'t>) -> Var<'t> {
        self + (-rhs)
    }
}

impl<'t> Sub<f64> for Var<'t> {
    type Output = Var<'t>;
    fn sub(self, rhs: f64) -> Var<'t> {
        self + (-rhs)
    }
}

impl<'t> Div for Var<'t> {
    type Output = Var<'t>;
    fn div(self, rhs: Var<'t>) -> Var<'t> {
        self * rhs.pow(-1.0)
    }
}

impl<'t> Div<f64> for Var<'t> {
    type Output = Var<'t>;
    fn div(self, rhs: f64) -> Var<'t> {
        self * (1.0 / rhs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn the_course_graph() {
        let tape = Tape::new();
        let (a, b, c) = (tape.var(5.0), tape.var(3.0), tape.var(2.0));
        let u = b * c;
        let v = a + u;
        let j = 3.0 * v;
        j.backward();
        assert_abs_diff_eq!(j.value(), 33.0);
        let grads = [v.grad(), a.grad(), u.grad(), b.grad(), c.grad()];
        assert_abs_diff_eq!(
            grads.as_slice(),
            [3.0, 3.0, 3.0, 6.0, 9.0].as_slice()
        );
    }

    #[test]
    fn a_node_used_twice_collects_both_gradients() {
        let tape = Tape::new();
        let x = tape.var(3.0);
        let y = x * x + x; // dy/dx = 2x + 1 = 7: three uses, three contributions
        y.backward();
        assert_abs_diff_eq!(x.grad(), 7.0);
    }

    #[test]
    fn backward_twice_resets_instead_of_doubling() {
        let tape = Tape::new();
        let x = tape.var(2.0);
        let y = (x * x).tanh();
        y.backward();
        let once = x.grad();
        y.backward();
        assert_abs_diff_eq!(x.grad(), once);
        assert!(once != 0.0);
    }

    #[test]
    fn each_primitive_has_its_textbook_derivative() {
        type Case = (fn(Var) -> Var, fn(f64) -> f64, f64);
        let cases: [Case; 6] = [
            (|x| x.pow(3.0), |x| 3.0 * x * x, 1.5),
            (|x| x.exp(), f64::exp, 0.7),
            (|x| x.log(), |x| 1.0 / x, 2.5),
            (|x| x.sigmoid(), |x| sigmoid(x) * (1.0 - sigmoid(x)), -0.4),
            (|x| x.tanh(), |x| 1.0 - x.tanh().powi(2), 0.3),
            (|x| x.relu(), |x| if x > 0.0 { 1.0 } else { 0.0 }, -2.0),
        ];
        for (op, derivative, at) in cases {
            let tape = Tape::new();
            let x = tape.var(at);
            op(x).backward();
            assert_abs_diff_eq!(x.grad(), derivative(at), epsilon = 1e-12);
        }
    }

    #[test]
    fn sigmoid_is_finite_and_accurate_far_out() {
        assert_abs_diff_eq!(sigmoid(0.0), 0.5);
        assert_abs_diff_eq!(sigmoid(-800.0), 0.0);
        assert_abs_diff_eq!(sigmoid(800.0), 1.0);
        // e^-40 is about 4.2e-18; the naive 1/(1+e^40) is accurate too, but 1 - σ(40) is not.
        assert!((sigmoid(-40.0) - (-40f64).exp()).abs() < 1e-30);
    }
}
