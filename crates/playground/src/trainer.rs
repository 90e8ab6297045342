//! Chapter 07's playground: a network of the chapter, on one of its plane
//! data sets, trained a few steps at a time so that the page can redraw
//! the decision boundary, the cost and the held-out accuracy between
//! steps. Every step is the chapter's [`fit`]; every number drawn comes
//! from the chapter's network.

use clap::ValueEnum;
use deep_networks::course::network;
use deep_networks::fit::{Schedule, fit};
use deep_networks::init::Init;
use deep_networks::network::accuracy;
use deep_networks::planar::Planar;
use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower_with_seed;
use relu_vs_sigmoid::network::Network;

/// The widest hidden layer and the most hidden layers the page offers: a
/// size the page's frame rate can afford, refused above.
pub const MAX_WIDTH: usize = 64;
pub const MAX_HIDDEN_LAYERS: usize = 6;
/// Steps of gradient descent a single call may take.
pub const MAX_STEPS: usize = 10_000;

/// What the page asks for, parsed from `key=value` words.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub data: Data,
    pub hidden: Vec<usize>,
    pub activation: Activation,
    pub learning_rate: f64,
    pub init: Init,
    /// numpy's seed before the weights are drawn.
    pub seed: u32,
}

/// A data set: the course's flower or one of the chapter's other four.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Data {
    Flower,
    Other(Planar),
}

impl Data {
    /// `flower`, or a set's name with hyphens: `noisy-moons`.
    fn parse(text: &str) -> Result<Data, String> {
        if text == "flower" {
            return Ok(Data::Flower);
        }
        Planar::ALL
            .into_iter()
            .find(|set| set.name().replace(' ', "-").eq_ignore_ascii_case(text))
            .map(Data::Other)
            .ok_or_else(|| {
                let names: Vec<String> = Planar::ALL
                    .iter()
                    .map(|s| s.name().replace(' ', "-").to_ascii_lowercase())
                    .collect();
                format!(
                    "data {text:?} is not a data set: flower, {}",
                    names.join(", ")
                )
            })
    }

    /// The training set (the chapter's draw) and a held-out set (a second
    /// draw of the same set, another seed), each X (2, m) and Y (1, m).
    fn draw(self) -> [(Array2<f64>, Array2<f64>); 2] {
        match self {
            Data::Flower => [flower_with_seed(1), flower_with_seed(2)],
            Data::Other(set) => [set.generate(1), set.generate(2)],
        }
    }
}

impl Settings {
    /// `data=flower hidden=4 activation=tanh lr=1.2 init=course seed=3`;
    /// every key must be given once.
    pub fn parse(text: &str) -> Result<Settings, String> {
        let mut pairs = std::collections::BTreeMap::new();
        for word in text.split_whitespace() {
            let (key, value) = word
                .split_once('=')
                .ok_or_else(|| format!("{word:?} is not key=value"))?;
            if pairs.insert(key, value).is_some() {
                return Err(format!("{key} is given twice"));
            }
        }
        let get = |key: &str| {
            pairs
                .get(key)
                .copied()
                .ok_or_else(|| format!("{key}= is missing"))
        };
        let hidden = parse_hidden(get("hidden")?)?;
        let activation = Activation::from_str(get("activation")?, true)
            .map_err(|_| {
                format!(
                    "activation {:?} is not one of sigmoid, tanh, relu, leaky-relu, linear",
                    get("activation").unwrap_or_default()
                )
            })?;
        let lr = get("lr")?;
        let learning_rate = lr
            .parse::<f64>()
            .ok()
            .filter(|a| a.is_finite() && *a > 0.0)
            .ok_or_else(|| format!("lr {lr:?} is not a number above 0"))?;
        let init = get("init")?.parse::<Init>()?;
        let seed = get("seed")?;
        let seed = seed
            .parse::<u32>()
            .map_err(|_| format!("seed {seed:?} is not a whole number"))?;
        if let Some(key) = pairs.keys().find(|k| {
            !["data", "hidden", "activation", "lr", "init", "seed"].contains(k)
        }) {
            return Err(format!("{key}= is not a setting"));
        }
        Ok(Settings {
            data: Data::parse(get("data")?)?,
            hidden,
            activation,
            learning_rate,
            init,
            seed,
        })
    }
}

/// `4` or `8,8`: hidden layer widths, read as the chapter's `flower`
/// command reads them; `0` alone for no hidden layer (logistic
/// regression). At most [`MAX_WIDTH`] units a layer, [`MAX_HIDDEN_LAYERS`]
/// layers.
fn parse_hidden(text: &str) -> Result<Vec<usize>, String> {
    if text == "0" {
        return Ok(Vec::new());
    }
    let widths = deep_networks::commands::flower::parse_hidden(text)?.0;
    if let Some(w) = widths.iter().find(|&&w| w > MAX_WIDTH) {
        return Err(format!(
            "hidden width \"{w}\" is not a whole number from 1 to {MAX_WIDTH}"
        ));
    }
    if widths.len() > MAX_HIDDEN_LAYERS {
        return Err(format!(
            "{} hidden layers: the playground takes at most {MAX_HIDDEN_LAYERS}",
            widths.len()
        ));
    }
    Ok(widths)
}

/// A network in training, with its data and its history.
#[derive(Debug, Clone)]
pub struct Trainer {
    net: Network,
    train: (Array2<f64>, Array2<f64>),
    test: (Array2<f64>, Array2<f64>),
    learning_rate: f64,
    /// The cost before every step taken so far.
    costs: Vec<f64>,
}

impl Trainer {
    pub fn new(settings: &Settings) -> Trainer {
        let [train, test] = settings.data.draw();
        let mut sizes = vec![train.0.nrows()];
        sizes.extend(&settings.hidden);
        sizes.push(1);
        Trainer {
            net: network(
                &sizes,
                settings.activation,
                settings.init,
                settings.seed,
            ),
            train,
            test,
            learning_rate: settings.learning_rate,
            costs: Vec::new(),
        }
    }

    /// `steps` steps of the chapter's gradient descent; the cost before the
    /// last of them, or why training stopped.
    pub fn step(&mut self, steps: usize) -> Result<f64, String> {
        if steps > MAX_STEPS {
            return Err(format!("{steps} steps at once: at most {MAX_STEPS}"));
        }
        let schedule = Schedule {
            // As the chapter's runs on these sets: a spike is not fatal,
            // only a cost that is not a number stops.
            keep_going: true,
            ..Schedule::new(self.learning_rate, steps, 1)
        };
        let done = self.costs.len();
        let (x, y) = (&self.train.0, &self.train.1);
        let costs = fit(&mut self.net, x, y, schedule, |_, _| {})
            .map_err(|e| format!("after {} steps: {e}", done))?;
        self.costs.extend(costs.iter().map(|&(_, j)| j));
        Ok(self.costs.last().copied().unwrap_or(f64::NAN))
    }

    /// The cost before each step so far.
    pub fn costs(&self) -> &[f64] {
        &self.costs
    }

    /// Accuracy in percent on the training set and on the held-out one.
    pub fn accuracy(&self) -> [f64; 2] {
        [
            accuracy(&self.net, &self.train.0, &self.train.1),
            accuracy(&self.net, &self.test.0, &self.test.1),
        ]
    }

    /// The plane the page draws: x from, to, y from, to — the points'
    /// range and a tenth more on each side.
    pub fn extent(&self) -> [f64; 4] {
        let range = |row: usize| {
            let (a, b) = (self.train.0.row(row), self.test.0.row(row));
            let all = a.iter().chain(b);
            let (lo, hi) = all
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                    (lo.min(v), hi.max(v))
                });
            let pad = (hi - lo) / 10.0;
            (lo - pad, hi + pad)
        };
        let (x0, x1) = range(0);
        let (y0, y1) = range(1);
        [x0, x1, y0, y1]
    }

    /// The probability of class 1 at the centre of each cell of a
    /// `cells × cells` grid over [`Trainer::extent`], top row first, each
    /// row from the left.
    pub fn boundary(&self, cells: usize) -> Vec<f64> {
        let [x0, x1, y0, y1] = self.extent();
        let n = cells as f64;
        let grid = Array2::from_shape_fn((2, cells * cells), |(axis, k)| {
            let (row, col) = ((k / cells) as f64, (k % cells) as f64);
            if axis == 0 {
                x0 + (col + 0.5) / n * (x1 - x0)
            } else {
                y1 - (row + 0.5) / n * (y1 - y0)
            }
        });
        self.net.probabilities(&grid).into_iter().collect()
    }

    /// The points of the training set (`held_out` false) or the held-out
    /// set: x, y, label, point after point.
    pub fn points(&self, held_out: bool) -> Vec<f64> {
        let (x, y) = if held_out { &self.test } else { &self.train };
        (0..x.ncols())
            .flat_map(|j| [x[[0, j]], x[[1, j]], y[[0, j]]])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use deep_networks::course::{FLOWER_LR, FLOWER_SEED};

    fn course() -> Settings {
        Settings::parse(
            "data=flower hidden=4 activation=tanh lr=1.2 init=course seed=3",
        )
        .unwrap()
    }

    #[test]
    fn the_course_settings_parse() {
        let s = course();
        assert_eq!(s.hidden, vec![4]);
        assert_eq!(s.activation, Activation::Tanh);
        assert_eq!(s.learning_rate.to_bits(), FLOWER_LR.to_bits());
        assert_eq!(s.seed, FLOWER_SEED);
        assert_eq!(s.data, Data::Flower);
    }

    #[test]
    fn steps_in_pieces_are_the_chapters_run_in_one() {
        let mut pieces = Trainer::new(&course());
        for _ in 0..20 {
            pieces.step(10).unwrap();
        }
        let (x, y) = flower_with_seed(1);
        let mut whole = network(&[2, 4, 1], Activation::Tanh, Init::Course, 3);
        let costs =
            fit(&mut whole, &x, &y, Schedule::new(1.2, 200, 1), |_, _| {})
                .unwrap();
        let whole_costs: Vec<f64> = costs.iter().map(|c| c.1).collect();
        assert_eq!(pieces.costs(), whole_costs.as_slice());
        assert_eq!(pieces.net.params(), whole.params());
    }

    #[test]
    fn two_hundred_steps_lower_the_cost_and_raise_the_accuracy() {
        let mut t = Trainer::new(&course());
        let before = t.accuracy();
        t.step(200).unwrap();
        let costs = t.costs();
        assert!(costs[199] < costs[0] * 0.9, "{} → {}", costs[0], costs[199]);
        let after = t.accuracy();
        assert!(after[0] > before[0] + 10.0, "{before:?} → {after:?}");
        assert!(after[1] > before[1] + 10.0, "held out: {after:?}");
    }

    #[test]
    fn the_boundary_is_one_probability_per_cell() {
        let t = Trainer::new(&course());
        let b = t.boundary(8);
        assert_eq!(b.len(), 64);
        assert!(b.iter().all(|p| (0.0..=1.0).contains(p)));
        assert_eq!(t.points(false).len(), 3 * 400);
        let [x0, x1, y0, y1] = t.extent();
        assert!(x0 < x1 && y0 < y1);
    }

    #[test]
    fn bad_settings_are_named() {
        let bad = |text: &str, what: &str| {
            let err = Settings::parse(text).unwrap_err();
            assert!(err.contains(what), "{text}: {err}");
        };
        let ok =
            "data=flower hidden=4 activation=tanh lr=1.2 init=course seed=3";
        bad(
            &ok.replace("flower", "tulip"),
            "\"tulip\" is not a data set",
        );
        bad(&ok.replace("hidden=4", "hidden=65"), "from 1 to 64");
        bad(&ok.replace("hidden=4", "hidden=1,1,1,1,1,1,1"), "at most 6");
        bad(&ok.replace("tanh", "swish"), "\"swish\" is not one of");
        bad(&ok.replace("lr=1.2", "lr=-1"), "above 0");
        bad(&ok.replace("seed=3", "seed=x"), "not a whole number");
        bad(&ok.replace(" seed=3", ""), "seed= is missing");
        bad(&format!("{ok} seed=4"), "given twice");
        bad(&format!("{ok} speed=4"), "speed= is not a setting");
        bad("hidden", "not key=value");
        let mut t = Trainer::new(&course());
        assert!(t.step(MAX_STEPS + 1).unwrap_err().contains("at most"));
        let all = Planar::ALL.map(|s| s.name().replace(' ', "-"));
        for name in all {
            assert!(
                Settings::parse(&ok.replace("flower", &name)).is_ok(),
                "{name}"
            );
        }
    }
}
