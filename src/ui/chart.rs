//! The selected indicator's chart (plotters on a canvas) and the facts beside it.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::dashboard::{capitalised, target_words};
use super::i18n::{num, tr, verdict_text, Text};
use super::state::AppState;
use crate::edge::canvas;
use crate::model::number::{format_number, Lang};
use crate::model::plan::TargetKind;
use crate::model::project::{project, Period};
use crate::model::solve::SolveError;
use crate::model::target::{target_level, target_total};
use crate::model::{Assumption, Band, Indicator, Plan, Projection, Status};

// Okabe-Ito colours: distinct for colour-blind viewers; the line styles differ too, so
// they stay apart in greyscale print.
const BLUE: RGBColor = RGBColor(0, 114, 178);
const VERMILLION: RGBColor = RGBColor(213, 94, 0);
const ORANGE: RGBColor = RGBColor(230, 159, 0);
const INK: RGBColor = RGBColor(30, 30, 30);

/// What one chart shows, in the series' own units (running totals for term targets).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub years: Vec<u16>,
    pub projection: Vec<f64>,
    /// Index of the latest actual: values up to it are data, not projection.
    pub start: usize,
    pub required: Option<Vec<f64>>,
    pub band: Option<(Vec<f64>, Vec<f64>)>,
    pub target: Option<(u16, f64)>,
    pub lang: Lang,
}

fn running_total(v: &[f64]) -> Vec<f64> {
    let mut sum = 0.0;
    v.iter()
        .enumerate()
        .map(|(i, x)| {
            if i > 0 {
                sum += x;
            }
            sum
        })
        .collect()
}

impl ChartData {
    pub fn build(
        plan: &Plan,
        ind: &Indicator,
        a: &Assumption,
        p: &Projection,
        s: &Status,
        band: Option<&Band>,
        lang: Lang,
    ) -> ChartData {
        let period = Period::of(plan);
        let cumulative = matches!(
            ind.target.kind,
            TargetKind::Cumulative | TargetKind::TermChange
        );
        let shape = |v: &[f64]| {
            if cumulative {
                running_total(v)
            } else {
                v.to_vec()
            }
        };
        let required = s.required.as_ref().ok().map(|&r| {
            let with = Assumption {
                method: a.method.with_parameter(r),
                ..a.clone()
            };
            shape(&project(ind, &with, period).values)
        });
        let level = if cumulative {
            target_total(ind, &plan.settings)
        } else {
            target_level(ind, &plan.settings, p.values[0], period)
        };
        ChartData {
            years: period.years().collect(),
            projection: shape(&p.values),
            start: p.start,
            required,
            band: band.map(|b| (shape(&b.p10), shape(&b.p90))),
            target: level.map(|l| (ind.target.year, l)),
            lang,
        }
    }
}

/// Draws the chart at any backend size; `scale` is the device pixel ratio.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &ChartData,
    scale: f64,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    root.fill(&WHITE).map_err(err)?;
    let px = |v: f64| (v * scale).round() as u32;
    let font = |size: f64| ("sans-serif", size * scale).into_font();
    let mut hi = d.projection.iter().copied().fold(0.0_f64, f64::max);
    let mut lo = d.projection.iter().copied().fold(f64::INFINITY, f64::min);
    let mut widen = |v: f64| {
        hi = hi.max(v);
        lo = lo.min(v);
    };
    if let Some((_, t)) = d.target {
        widen(t);
    }
    for s in d
        .required
        .iter()
        .chain(d.band.iter().map(|b| &b.1))
        .chain(d.band.iter().map(|b| &b.0))
    {
        s.iter().copied().for_each(&mut widen);
    }
    let pad = ((hi - lo) * 0.12).max(hi.abs() * 0.02).max(1e-6);
    let (y0, y1) = ((lo - pad).max(0.0), hi + pad);
    let (x0, x1) = (
        f64::from(d.years[0]),
        f64::from(*d.years.last().unwrap_or(&d.years[0])),
    );
    let lang = d.lang;
    let mut chart = ChartBuilder::on(root)
        .margin(px(12.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(64.0))
        .build_cartesian_2d(x0 - 0.2..x1 + 0.2, y0..y1)
        .map_err(err)?;
    let y_decimals = if y1 - y0 >= 100.0 {
        0
    } else if y1 - y0 >= 5.0 {
        1
    } else {
        2
    };
    chart
        .configure_mesh()
        .x_labels(d.years.len())
        .x_label_formatter(&|x| format!("{}", x.round() as i64))
        .y_label_formatter(&|y| format_number(*y, y_decimals, lang))
        .label_style(font(13.0))
        .light_line_style(RGBColor(236, 236, 236))
        .bold_line_style(RGBColor(210, 210, 210))
        .draw()
        .map_err(err)?;
    let xs: Vec<f64> = d.years.iter().map(|y| f64::from(*y)).collect();
    if let Some((p10, p90)) = &d.band {
        let mut outline: Vec<(f64, f64)> = xs.iter().copied().zip(p90.iter().copied()).collect();
        outline.extend(xs.iter().copied().zip(p10.iter().copied()).rev());
        chart
            .draw_series(std::iter::once(Polygon::new(
                outline,
                BLUE.mix(0.18).filled(),
            )))
            .map_err(err)?;
    }
    if let Some(req) = &d.required {
        chart
            .draw_series(DashedLineSeries::new(
                xs.iter().copied().zip(req.iter().copied()),
                px(3.0),
                px(5.0),
                ORANGE.stroke_width(px(2.0)),
            ))
            .map_err(err)?;
    }
    if let Some((year, level)) = d.target {
        chart
            .draw_series(DashedLineSeries::new(
                [(x0 - 0.2, level), (x1 + 0.2, level)],
                px(10.0),
                px(6.0),
                VERMILLION.stroke_width(px(2.0)),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(TriangleMarker::new(
                (f64::from(year), level),
                px(7.0),
                VERMILLION.filled(),
            )))
            .map_err(err)?;
    }
    chart
        .draw_series(LineSeries::new(
            xs.iter().copied().zip(d.projection.iter().copied()),
            BLUE.stroke_width(px(3.0)),
        ))
        .map_err(err)?;
    chart
        .draw_series(xs.iter().zip(&d.projection).enumerate().map(|(i, (x, y))| {
            // Data points (baseline, actuals) filled black; projected ones hollow blue.
            if i <= d.start {
                Circle::new((*x, *y), px(5.0), INK.filled())
            } else {
                Circle::new((*x, *y), px(4.0), BLUE.stroke_width(px(2.0)))
            }
        }))
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

#[component]
pub fn IndicatorChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    // Bumped on resize so the chart is redrawn at the new size and pixel ratio.
    let (resized, set_resized) = signal(0u32);
    let resize =
        window_event_listener(leptos::ev::resize, move |_| set_resized.update(|n| *n += 1));
    on_cleanup(move || resize.remove());

    let selected = move || {
        let i = state.selected.get();
        let ind = state.plan.with_value(|p| p.indicators.get(i).cloned())?;
        let a = state.assumptions.with(|l| l.get(i).cloned())?;
        let (p, s) = state.results.with(|r| r.get(i).cloned())?;
        Some((ind, a, p, s))
    };
    let data =
        Memo::new(move |_| {
            let (ind, a, p, s) = selected()?;
            let band = state.band.get();
            Some(state.plan.with_value(|plan| {
                ChartData::build(plan, &ind, &a, &p, &s, band.as_ref(), lang.get())
            }))
        });
    Effect::new(move |_| {
        resized.track();
        let Some(d) = data.get() else { return };
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if let Some((backend, ratio)) = canvas::backend(&canvas) {
            let root = backend.into_drawing_area();
            if let Err(e) = draw(&root, &d, ratio) {
                leptos::logging::warn!("chart not drawn: {e}");
            }
        }
    });

    let title = move || {
        selected()
            .map(|(ind, ..)| format!("{} · {}", ind.id, capitalised(ind.name(lang.get().is_vi()))))
            .unwrap_or_default()
    };
    let aria = move || {
        let Some((ind, _, p, s)) = selected() else {
            return String::new();
        };
        let l = lang.get();
        let values: Vec<String> = p
            .period
            .years()
            .zip(&p.values)
            .map(|(y, v)| format!("{y}: {}", num(*v, l)))
            .collect();
        format!(
            "{} {}. {}: {}. {}. {}",
            tr(l, Text::ChartLabel),
            ind.id,
            tr(l, Text::Target),
            target_words(&ind, l),
            values.join("; "),
            verdict_text(l, s.verdict)
        )
    };
    let required = move || {
        let (_, a, _, s) = selected()?;
        let l = lang.get();
        Some(match &s.required {
            Ok(r) => format!("{} {}", num(*r, l), parameter_unit(&a, l)),
            Err(SolveError::NotParametric) => tr(l, Text::NotParametric).to_string(),
            Err(SolveError::Settled) => tr(l, Text::Settled).to_string(),
            Err(SolveError::Unreachable { .. }) => tr(l, Text::Unreachable).to_string(),
        })
    };
    let first_year = move || {
        let (_, _, _, s) = selected()?;
        Some(match s.first_year_met {
            Some(y) => y.to_string(),
            None => tr(lang.get(), Text::NotBy).to_string(),
        })
    };
    let probability = move || state.band.get().map(|b| b.probability_met);
    let note =
        move || selected().and_then(|(ind, ..)| ind.note(lang.get().is_vi()).map(str::to_string));
    let source = move || {
        selected().map(|(ind, ..)| {
            if lang.get().is_vi() {
                ind.baseline.source_vi.clone()
            } else {
                ind.baseline.source_en.clone()
            }
        })
    };

    view! {
        <section class="detail" aria-live="polite" data-selected=move || selected().map(|s| s.0.id).unwrap_or_default()>
            <h2>{title}</h2>
            <canvas node_ref=canvas_ref class="chart" role="img" aria-label=aria></canvas>
            <ul class="legend">
                <li class="projection">{move || tr(lang.get(), Text::ChartProjection)}</li>
                <li class="target">{move || tr(lang.get(), Text::ChartTarget)}</li>
                <li class="required">{move || tr(lang.get(), Text::ChartRequired)}</li>
                <li class="band">{move || tr(lang.get(), Text::ChartBand)}</li>
                <li class="actual">{move || tr(lang.get(), Text::ChartActual)}</li>
            </ul>
            <dl class="facts">
                <dt>{move || tr(lang.get(), Text::RequiredRate)}</dt>
                <dd data-required=move || selected().and_then(|s| s.3.required.ok()).map(|r| r.to_string()).unwrap_or_default()>
                    {required}
                </dd>
                <dt>{move || tr(lang.get(), Text::FirstYearMet)}</dt>
                <dd data-first-year=move || selected().and_then(|s| s.3.first_year_met).map(|y| y.to_string()).unwrap_or_default()>
                    {first_year}
                </dd>
                <dt>{move || tr(lang.get(), Text::Probability)}</dt>
                <dd data-probability=move || probability().map(|p| p.to_string()).unwrap_or_default()>
                    {move || probability().map(|p| format!("{} %", format_number(p * 100.0, 0, lang.get()))).unwrap_or_default()}
                </dd>
                <dt>{move || tr(lang.get(), Text::Source)}</dt>
                <dd>{source}</dd>
                <Show when=move || note().is_some()>
                    <dt>{move || tr(lang.get(), Text::Note)}</dt>
                    <dd class="note">{note}</dd>
                </Show>
            </dl>
        </section>
    }
}

/// The unit of the method's main parameter.
pub fn parameter_unit(a: &Assumption, lang: Lang) -> &'static str {
    use crate::model::assumption::ParameterKind::*;
    let vi = lang.is_vi();
    match a.method.parameter_kind() {
        PercentPerYear => {
            if vi {
                "%/năm"
            } else {
                "%/yr"
            }
        }
        UnitsPerYear => {
            if vi {
                "/năm"
            } else {
                "/yr"
            }
        }
        PointsPerYear => {
            if vi {
                "điểm %/năm"
            } else {
                "pp/yr"
            }
        }
        PercentOfGap => {
            if vi {
                "% khoảng cách/năm"
            } else {
                "% of gap/yr"
            }
        }
        Percent => "%",
        HectaresPerYear => {
            if vi {
                "ha/năm"
            } else {
                "ha/yr"
            }
        }
    }
}
