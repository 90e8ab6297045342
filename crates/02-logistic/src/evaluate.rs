//! `logistic evaluate`: the cost and accuracy of saved parameters on a CSV.

use std::path::Path;

use toolkit::csv::load_csv;
use toolkit::dataset::{DataError, Labels, short_names};

use crate::loss::Loss;
use crate::model::ShapeError;
use crate::saved::{SavedModel, SavedModelError};

/// How saved parameters do on a data file.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub examples: usize,
    pub cost: f64,
    pub accuracy: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum EvaluateError {
    #[error(transparent)]
    Model(#[from] SavedModelError),
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(
        "{params} has {weights} weights (for {names}) but {data} has {columns} feature \
         columns besides `{target}`; they must be the same features"
    )]
    FeatureCount {
        params: String,
        weights: usize,
        names: String,
        data: String,
        columns: usize,
        target: String,
    },
    #[error("{data} has no column `{name}`, which {params} was trained on")]
    MissingFeature {
        data: String,
        name: String,
        params: String,
    },
    #[error(transparent)]
    Shape(#[from] ShapeError),
}

/// Loads the parameters and the data, scales the data as the parameters
/// were trained, and measures them. `target` defaults to the saved one.
pub fn evaluate(
    data: &Path,
    target: Option<&str>,
    params: &Path,
) -> Result<Evaluation, EvaluateError> {
    let model = SavedModel::load(params)?;
    let target = target.unwrap_or(&model.target);
    let set = load_csv(data, target, Labels::Binary)?;
    let (params_name, data_name) =
        (params.display().to_string(), data.display().to_string());
    if set.n_features() != model.features.len() {
        return Err(EvaluateError::FeatureCount {
            params: params_name,
            weights: model.weights.len(),
            names: short_names(&model.features),
            data: data_name,
            columns: set.n_features(),
            target: target.to_owned(),
        });
    }
    if let Some(name) =
        model.features.iter().find(|f| !set.features.contains(f))
    {
        return Err(EvaluateError::MissingFeature {
            data: data_name,
            name: name.clone(),
            params: params_name,
        });
    }
    // Same features, maybe in another order: put them in the model's order.
    let names: Vec<&str> = model.features.iter().map(String::as_str).collect();
    let set = set.with_features(&names)?;
    let x = model.scaling.apply(&set.x)?;
    let p = model.params();
    Ok(Evaluation {
        examples: set.len(),
        cost: p.cost(&x, &set.y, Loss::CrossEntropy)?,
        accuracy: p.accuracy(&x, &set.y)?,
    })
}
