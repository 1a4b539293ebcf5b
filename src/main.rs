fn main() {
    #[cfg(target_arch = "wasm32")]
    bac_yen_plan::ui::mount();
}
