//! The README's map of the code (issue 26): every `src/` path it names exists, and every
//! folder of `src/` is on the map. scripts/house_check.py holds the rest (cycles, file
//! lengths, each folder's purpose and Imports lines).

use std::collections::BTreeSet;
use std::path::Path;

/// The `src/...` paths the README writes between backticks.
fn named_paths(readme: &str) -> BTreeSet<String> {
    readme
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.starts_with("src/") && !s.contains(' '))
        .map(str::to_string)
        .collect()
}

fn folders(dir: &Path, out: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let rel = path
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(&path);
            out.insert(format!("{}/", rel.display()));
            folders(&path, out);
        }
    }
}

#[test]
fn every_folder_the_readme_names_exists_and_every_folder_is_named() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let named = named_paths(&readme);
    let missing: Vec<_> = named
        .iter()
        .filter(|p| !root.join(p.trim_end_matches('/')).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "the README names paths that do not exist: {missing:?}"
    );
    let mut all = BTreeSet::new();
    folders(&root.join("src"), &mut all);
    assert!(all.len() >= 20, "src/ has its folders: {all:?}");
    let unnamed: Vec<_> = all.difference(&named).collect();
    assert!(
        unnamed.is_empty(),
        "folders missing from the README's map: {unnamed:?}"
    );
}
