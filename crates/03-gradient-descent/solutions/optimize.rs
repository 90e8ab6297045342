use logistic::loss::Loss;
use logistic::model::{Gradients, Params};
use ndarray::Array2;

/// What `optimize` returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Optimized {
    pub params: Params,
    pub last_gradients: Gradients,
    pub costs: Vec<f64>,
}

#[allow(clippy::expect_used)] // the task says the shapes fit
pub fn optimize(
    params: Params,
    x: &Array2<f64>,
    y: &Array2<f64>,
    iterations: usize,
    learning_rate: f64,
    record_every: usize,
) -> Optimized {
    let mut params = params;
    let mut last_gradients = Gradients {
        dw: Array2::zeros(params.w.dim()),
        db: 0.0,
    };
    let mut costs = Vec::new();
    for i in 0..iterations {
        let (grads, cost) = params
            .propagate(x, y, Loss::CrossEntropy)
            .expect("shapes fit");
        if i % record_every == 0 {
            costs.push(cost);
        }
        let (w, b) = super::update(
            &params.w,
            params.b,
            &grads.dw,
            grads.db,
            learning_rate,
        );
        params = Params { w, b };
        last_gradients = grads;
    }
    Optimized {
        params,
        last_gradients,
        costs,
    }
}
