use std::time::Instant;
use bac_yen_plan::model::*;
use bac_yen_plan::model::project::Period;
fn main() {
    let plan = Plan::bundled().unwrap();
    let t = Instant::now();
    for _ in 0..100 { let _ = bac_yen_plan::model::status::assess_plan(&plan, |i| &i.assumption); }
    println!("assess_plan {:?}", t.elapsed() / 100);
    for ind in &plan.indicators {
        let t = Instant::now();
        for _ in 0..100 { let _ = required_parameter(ind, &ind.assumption, &plan.settings, Period::of(&plan)); }
        let e = t.elapsed() / 100;
        if e.as_micros() > 5 { println!("{} {:?}", ind.id, e); }
    }
    let i = plan.indicator("3a").unwrap();
    let t = Instant::now();
    for _ in 0..100 { let _ = monte_carlo(i, &i.assumption, &plan.settings, Period::of(&plan), 10000, 1, 0); }
    println!("mc one {:?}", t.elapsed() / 100);
}
