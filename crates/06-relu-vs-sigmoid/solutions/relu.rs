pub fn relu(z: f64) -> f64 {
    if z > 0.0 { z } else { 0.0 }
}

pub fn relu_derivative(z: f64) -> f64 {
    if z > 0.0 { 1.0 } else { 0.0 }
}
