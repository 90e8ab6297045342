use deep_networks::experiments::*;
fn main() {
    vectorization::parallel::use_this_thread();
    let which = std::env::args().nth(1).unwrap();
    let t = std::time::Instant::now();
    match which.as_str() {
        "course" => { let r = course_runs::four_units().unwrap(); println!("{:?} {}", r.costs, r.accuracy);
            for s in course_runs::sweep().unwrap() { println!("{} {:?}", s.hidden, s.accuracy); } }
        "act" => for r in activations::activations().unwrap() { println!("{:?} acc {} mean {} {} cost100 {} c1000 {} end {}", r.activation, r.accuracy, r.mean_start, r.mean_end, activations::cost_at(&r.costs,100), activations::cost_at(&r.costs,1000), r.costs.last().unwrap().1); },
        "sym" => { for r in symmetry::symmetry().unwrap() { println!("{:?} spread {} acc {} cost {}", r.start, r.spread(), r.accuracy, r.final_cost); } println!("{:?}", symmetry::logistic_from_zeros()); }
        "init" => for r in init_scale::init_scales().unwrap() { println!("{} sat {} g {} acc {} c: {:?}", r.scale, r.saturated, r.first_gradient, r.accuracy, [0,10,100,1000,10000].map(|i| activations::cost_at(&r.costs,i))); },
        "held" => for r in held_out::held_out().unwrap() { println!("{:?}", r); },
        "hyper" => for r in hyperparameters::hyperparameters().unwrap() { println!("{} {} {:?} {:?}", r.hidden, r.lr, r.accuracy, r.diverged); },
        "planar" => for r in planar_sets::planar_sets().unwrap() { println!("{} {} {}", r.set.name(), r.hidden, r.accuracy); },
        "parity" => for r in parity::trained().unwrap() { println!("{:?} {} {} {:?}", r.hidden, r.hidden_units, r.params, r.accuracy); },
        "fashion" => for r in fashion::models().unwrap() { println!("{} {:?} {:?} train {} test {} wrong {}", r.name, r.sizes, &r.costs[..3], r.train_accuracy, r.test_accuracy, r.wrong.len()); println!("{:?}", r.costs.last()); },
        _ => {}
    }
    println!("{:?}", t.elapsed());
}
