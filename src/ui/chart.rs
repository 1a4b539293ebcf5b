//! Charts drawn with plotters on a canvas: the indicator view's large chart and each
//! card's small one. What a chart shows is `ChartData`, built from the model; how it is
//! drawn is `draw`, at any size and pixel ratio.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::edge::{canvas, idle};
use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::TargetKind;
use crate::model::projection::project::Period;
use crate::model::projection::solve::required_path;
use crate::model::projection::target::{target_level, target_total};
use crate::model::{Assumption, Band, Indicator, Plan, Projection};

// Okabe-Ito colours: distinct for colour-blind viewers; the line styles differ too
// (solid, dashed, dotted, filled band), so they stay apart in greyscale print.
const BLUE: RGBColor = RGBColor(0, 114, 178);
const VERMILLION: RGBColor = RGBColor(213, 94, 0);
const ORANGE: RGBColor = RGBColor(230, 159, 0);
const INK: RGBColor = RGBColor(30, 30, 30);
/// Compared scenarios: bluish green, reddish purple, sky blue (Okabe-Ito), each dotted
/// differently.
pub const OTHERS: [RGBColor; 3] = [
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
];

/// What one chart shows, in the series' own units (running totals for term targets).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub years: Vec<u16>,
    pub projection: Vec<f64>,
    /// Index of the latest known value: values up to it are data, not projection.
    pub start: usize,
    pub required: Option<Vec<f64>>,
    pub band: Option<(Vec<f64>, Vec<f64>)>,
    pub target: Option<(u16, f64)>,
    /// The series cannot pass this (100 % for rates): the axis stops there.
    pub ceiling: Option<f64>,
    /// Projections of compared scenarios, drawn over this one.
    pub others: Vec<Vec<f64>>,
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

/// Whether an indicator is charted as a running total against its term total.
pub fn charted_as_total(ind: &Indicator) -> bool {
    matches!(
        ind.target.kind,
        TargetKind::Cumulative | TargetKind::TermChange
    )
}

impl ChartData {
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        plan: &Plan,
        ind: &Indicator,
        a: &Assumption,
        p: &Projection,
        band: Option<&Band>,
        others: &[&Projection],
        lang: Lang,
    ) -> ChartData {
        let period = Period::of(plan);
        let total = charted_as_total(ind);
        let shape = |v: &[f64]| if total { running_total(v) } else { v.to_vec() };
        // The plan's own path from the baseline: actuals are drawn against it, not into it.
        let required = required_path(ind, a, &plan.settings, period).map(|v| shape(&v));
        // A window's mark is the end the projection is judged against (`model::window`).
        let side = crate::model::projection::window::side_for(ind, a, &plan.settings, period);
        let level = if total {
            target_total(&side, &plan.settings)
        } else {
            target_level(&side, &plan.settings, p.values[0], period)
        };
        ChartData {
            years: period.years().collect(),
            projection: shape(&p.values),
            start: p.start,
            required,
            band: band.map(|b| (shape(&b.p10), shape(&b.p90))),
            target: level.map(|l| (ind.target.year, l)),
            ceiling: if total { None } else { ind.ceiling },
            others: others.iter().map(|o| shape(&o.values)).collect(),
            lang,
        }
    }

    fn y_range(&self) -> (f64, f64) {
        let mut hi = f64::NEG_INFINITY;
        let mut lo = f64::INFINITY;
        let mut widen = |v: f64| {
            if v.is_finite() {
                hi = hi.max(v);
                lo = lo.min(v);
            }
        };
        self.projection.iter().copied().for_each(&mut widen);
        if let Some((_, t)) = self.target {
            widen(t);
        }
        for s in self
            .required
            .iter()
            .chain(self.band.iter().flat_map(|b| [&b.0, &b.1]))
            .chain(&self.others)
        {
            s.iter().copied().for_each(&mut widen);
        }
        if !hi.is_finite() {
            return (0.0, 1.0);
        }
        let pad = ((hi - lo) * 0.12).max(hi.abs() * 0.02).max(1e-6);
        let top = match self.ceiling {
            Some(c) if hi <= c => (hi + pad).min(c),
            _ => hi + pad,
        };
        ((lo - pad).max(0.0), top)
    }
}

/// How much of the chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartSize {
    /// Axes, labels, every series.
    Full,
    /// A card's sparkline: no axes; projection, target and band only.
    Mini,
    /// Full, with type and lines 1,6 times larger: read from the back of a council room.
    Slide,
}

/// Draws the chart at any backend size; `scale` is the device pixel ratio.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &ChartData,
    scale: f64,
    size: ChartSize,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    root.fill(&WHITE).map_err(err)?;
    let px = |v: f64| (v * scale).round().max(1.0) as u32;
    let full = size != ChartSize::Mini;
    let (y0, y1) = d.y_range();
    let x0 = f64::from(d.years[0]);
    let x1 = f64::from(*d.years.last().unwrap_or(&d.years[0]));
    let lang = d.lang;
    let mut builder = ChartBuilder::on(root);
    if full {
        builder
            .margin(px(12.0))
            .x_label_area_size(px(30.0))
            .y_label_area_size(px(70.0));
    } else {
        builder.margin(px(3.0));
    }
    let mut chart = builder
        .build_cartesian_2d(x0 - 0.2..x1 + 0.2, y0..y1)
        .map_err(err)?;
    if full {
        let span = y1 - y0;
        let y_decimals = if span >= 100.0 {
            0
        } else if span >= 5.0 {
            1
        } else {
            2
        };
        chart
            .configure_mesh()
            .x_labels(d.years.len())
            .x_label_formatter(&|x| format!("{}", x.round() as i64))
            .y_label_formatter(&|y| format_number(*y, y_decimals, lang))
            // The family as a value, not the string "sans-serif": plotters reads a string through
            // `to_lowercase`, which brings Unicode's case tables (about 8 KB gzip).
            .label_style((FontFamily::SansSerif, 13.0 * scale).into_font())
            .light_line_style(RGBColor(238, 238, 238))
            .bold_line_style(RGBColor(214, 214, 214))
            .draw()
            .map_err(err)?;
    }
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
    if let (true, Some(req)) = (full, &d.required) {
        chart
            .draw_series(DashedLineSeries::new(
                xs.iter().copied().zip(req.iter().copied()),
                px(2.0),
                px(4.0),
                ORANGE.stroke_width(px(2.5)),
            ))
            .map_err(err)?;
    }
    if let Some((year, level)) = d.target {
        chart
            .draw_series(DashedLineSeries::new(
                [(x0 - 0.2, level), (x1 + 0.2, level)],
                px(9.0),
                px(6.0),
                VERMILLION.stroke_width(px(if full { 2.0 } else { 1.5 })),
            ))
            .map_err(err)?;
        if full {
            chart
                .draw_series(std::iter::once(Circle::new(
                    (f64::from(year), level),
                    px(6.0),
                    VERMILLION.filled(),
                )))
                .map_err(err)?;
        }
    }
    for (k, other) in d.others.iter().enumerate() {
        let colour = OTHERS[k % OTHERS.len()];
        chart
            .draw_series(DashedLineSeries::new(
                xs.iter().copied().zip(other.iter().copied()),
                px(6.0 + 4.0 * k as f64),
                px(3.0),
                colour.stroke_width(px(if full { 2.5 } else { 1.5 })),
            ))
            .map_err(err)?;
        // A marker of its own at each year: a compared line (the plan's own, say) can lie
        // exactly on the required path and must still be told apart.
        if full {
            let style = colour.stroke_width(px(2.0));
            let points = xs.iter().copied().zip(other.iter().copied());
            let r = px(4.0) as i32;
            match k % 3 {
                0 => {
                    chart
                        .draw_series(points.map(|p| {
                            EmptyElement::at(p) + Rectangle::new([(-r, -r), (r, r)], style)
                        }))
                        .map(|_| ())
                }
                1 => chart
                    .draw_series(points.map(|p| Cross::new(p, px(5.0), style)))
                    .map(|_| ()),
                _ => chart
                    .draw_series(points.map(|p| TriangleMarker::new(p, px(6.0), style)))
                    .map(|_| ()),
            }
            .map_err(err)?;
        }
    }
    chart
        .draw_series(LineSeries::new(
            xs.iter().copied().zip(d.projection.iter().copied()),
            BLUE.stroke_width(px(if full { 3.0 } else { 2.0 })),
        ))
        .map_err(err)?;
    if full {
        chart
            .draw_series(xs.iter().zip(&d.projection).enumerate().map(|(i, (x, y))| {
                // Known values (baseline, actuals) filled black; projected ones hollow blue.
                if i <= d.start {
                    Circle::new((*x, *y), px(5.0), INK.filled())
                } else {
                    Circle::new((*x, *y), px(4.0), BLUE.stroke_width(px(2.0)))
                }
            }))
            .map_err(err)?;
    }
    root.present().map_err(err)?;
    Ok(())
}

/// Bumped when the device pixel ratio changes (browser zoom, a move to a projector), so
/// every chart redraws crisply; a change of size reaches each chart from its own watch.
#[derive(Clone, Copy)]
pub struct Viewport(pub ReadSignal<u32>);

/// Sets up the one pixel-ratio watch all charts share.
pub fn provide_viewport() {
    let (tick, set_tick) = signal(0u32);
    canvas::watch_pixel_ratio(move || set_tick.update(|n| *n = n.wrapping_add(1)));
    provide_context(Viewport(tick));
}

/// A canvas that draws `data` whenever it or the viewport changes.
#[component]
pub fn ChartCanvas(
    #[prop(into)] data: Signal<Option<ChartData>>,
    size: ChartSize,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] name: String,
    /// A size fixed in advance (CSS pixels): drawn at once, without waiting for layout, as
    /// the printed report needs when the browser prints.
    #[prop(optional)]
    fixed: Option<(f64, f64)>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let viewport = use_context::<Viewport>();
    // The CSS size comes from the browser's layout (a ResizeObserver), never from a read
    // that forces one: 37 cards mounting cost one layout, and a redraw reuses the size.
    let css = RwSignal::new(fixed);
    if fixed.is_none() {
        // Dropped, and so stopped, with the chart.
        let watch = StoredValue::new_local(None);
        Effect::new(move |_| {
            if let Some(canvas) = canvas_ref.get() {
                watch.set_value(Some(canvas::watch_size(&canvas, move |size| css.set(size))));
            }
        });
    }
    let style = fixed.map(|(w, h)| format!("width:{w}px;height:{h}px"));
    let paint = move || {
        let Some(size_px) = css.get_untracked() else {
            return;
        };
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        data.with_untracked(|d| {
            let Some(d) = d else { return };
            if let Some((backend, ratio)) = canvas::backend(&canvas, size_px) {
                // Large type on a projector; a phone's narrow slide keeps the usual size, or
                // the year labels would run into each other.
                let zoom = if size == ChartSize::Slide && size_px.0 >= 600.0 {
                    1.6
                } else {
                    1.0
                };
                if let Err(e) = draw(&backend.into_drawing_area(), d, ratio * zoom, size) {
                    leptos::logging::warn!("chart not drawn: {e}");
                }
            }
        });
    };
    // A card's first drawing waits for the first screen to paint and then runs in short
    // slices (37 at once would block the page); every later one, a slider moving, is
    // drawn at once.
    let first = StoredValue::new(size == ChartSize::Mini);
    let queued = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(v) = viewport {
            v.0.track();
        }
        css.track();
        data.track();
        canvas_ref.track();
        if !first.get_value() {
            paint();
        } else if !queued.get_value() {
            queued.set_value(true);
            idle::later(move || {
                // The chart may be gone by now (another plan shown before its turn).
                if first.is_disposed() {
                    return;
                }
                first.set_value(false);
                paint();
            });
        }
    });
    let class = match size {
        ChartSize::Full | ChartSize::Slide => "chart",
        ChartSize::Mini => "mini-chart",
    };
    view! { <canvas node_ref=canvas_ref class=class style=style data-chart=name role="img" aria-label=move || label.get()></canvas> }
}
