//! Native engine benchmark: `cargo run --profile bench-native --example bench`. Prints figures; asserts nothing
//! about time: the budgets are for the browser run.

use std::time::Instant;

fn main() {
    let plan = bac_yen_plan::model::Plan::bundled().expect("plan parses");
    let t0 = Instant::now();
    let report = bac_yen_plan::bench::run(&plan, || t0.elapsed().as_secs_f64() * 1000.0);
    println!(
        "native: project all {} indicators: {:.2} µs; {} Monte Carlo draws over all: {:.2} ms; checksum {}",
        report.indicators, report.project_all_us, report.draws, report.monte_carlo_ms, report.checksum
    );
    println!("BENCH_NATIVE {}", report.to_json());
}
