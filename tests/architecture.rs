//! The shape of the code, checked: the crate's top-level modules form layers, each
//! importing only from the layers below it (so the module graph has no cycle), and no
//! source file grows past 1,000 lines, and no code outside tests lowers text with the
//! standard library's case table. ARCHITECTURE.md describes the layers.
//!
//! Imports are read from the source text: every `crate::name` path outside comments
//! and outside the `#[cfg(test)] mod tests` block that ends a file (tests may use the
//! public API), with names re-exported at the crate root resolved to the module that
//! defines them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first; modules of one layer may not import each other.
#[rustfmt::skip]
const LAYERS: &[&[&str]] = &[
    &["basics"],
    &["data"],
    &["text"],
    &["document"],
    &["scoring", "entities", "keywords"],
    &["api"],
    &["wasm"],
];

/// Longest source file, in lines.
const MAX_FILE_LINES: usize = 1000;

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| layer.contains(&module))
        .unwrap_or_else(|| panic!("src/{module} is in no layer: add it to LAYERS here and to ARCHITECTURE.md"))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The top-level module a file of `src/` belongs to (`None` for lib.rs).
fn module_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix("src").unwrap();
    let first = relative.components().next()?.as_os_str().to_string_lossy().to_string();
    (first != "lib.rs").then(|| first.trim_end_matches(".rs").to_string())
}

/// The code of a file without comments and without its closing test module.
fn code(source: &str) -> String {
    let end = source.find("#[cfg(test)]\nmod tests").unwrap_or(source.len());
    source[..end].lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every name `text` reaches through `crate::`: `crate::a::b`, `crate::{a, b::c}`.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            names.extend(inner.split(',').map(|item| first_name(item.trim())).filter(|n| !n.is_empty()));
        } else {
            names.insert(first_name(rest));
        }
    }
    names
}

fn first_name(path: &str) -> String {
    path.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// The module each name re-exported by lib.rs comes from: `pub use api::{summarize, ..}`.
fn root_exports(lib: &str) -> BTreeMap<String, String> {
    let mut exports = BTreeMap::new();
    let lib = code(lib);
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else { continue };
        let (module, items) = rest.split_once("::").unwrap();
        let items = items.trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            exports.insert(item.to_string(), module.to_string());
        }
    }
    exports
}

/// The imports between the crate's top-level modules: module → modules it uses.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let exports = root_exports(&std::fs::read_to_string("src/lib.rs").unwrap());
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in rust_files(Path::new("src")) {
        let Some(module) = module_of(&path) else { continue };
        let used = crate_paths(&code(&std::fs::read_to_string(&path).unwrap()));
        let targets = graph.entry(module.clone()).or_default();
        for name in used {
            let target = exports.get(&name).cloned().unwrap_or(name);
            if target != module {
                targets.insert(target);
            }
        }
    }
    graph
}

#[test]
fn each_layer_imports_only_from_the_layers_below_it() {
    let graph = module_graph();
    assert!(graph.len() >= LAYERS.iter().map(|l| l.len()).sum::<usize>(), "modules missing: {graph:?}");
    let mut wrong = Vec::new();
    for (module, targets) in &graph {
        for target in targets {
            if layer_of(target) >= layer_of(module) {
                wrong.push(format!("{module} imports {target}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that go up or sideways: {wrong:?}");
}

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = module_graph();
    // Kahn's algorithm: repeatedly remove modules that import nothing left
    let mut left = graph.clone();
    while let Some(free) = left.iter().find(|(_, targets)| targets.iter().all(|t| !left.contains_key(t))) {
        let free = free.0.clone();
        left.remove(&free);
    }
    assert!(left.is_empty(), "modules on a cycle of imports, or importing one: {:?}", left.keys().collect::<Vec<_>>());
}

#[test]
fn the_import_reader_sees_grouped_and_nested_paths() {
    let text = "use crate::basics::{Span, Language};\nuse crate::{text::Sentence, api};\nlet x = crate::data::f();";
    let found: Vec<String> = crate_paths(text).into_iter().collect();
    assert_eq!(found, ["api", "basics", "data", "text"]);
    assert_eq!(code("use crate::a; // crate::b\n#[cfg(test)]\nmod tests { use crate::c; }"), "use crate::a; ");
    let exports = root_exports("pub use api::{summarize, Stats};\npub use basics::Span;\nmod x;");
    assert_eq!(exports.get("Stats").map(String::as_str), Some("api"));
    assert_eq!(exports.get("Span").map(String::as_str), Some("basics"));
}

#[test]
fn no_source_file_is_over_a_thousand_lines() {
    for path in rust_files(Path::new("src")) {
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        assert!(lines <= MAX_FILE_LINES, "{} has {lines} lines: split it by idea", path.display());
    }
}

#[test]
fn the_crate_lowers_text_only_through_its_own_table() {
    // `str::to_lowercase` would bring the standard library's case table back (8 KB gzip).
    for path in rust_files(Path::new("src")) {
        let code = code(&std::fs::read_to_string(&path).unwrap());
        for call in [".to_lowercase()", ".to_uppercase()"] {
            assert!(!code.contains(call), "{} calls {call}: use basics::lowercase", path.display());
        }
    }
}

#[test]
fn the_readme_is_a_manual_and_the_rest_lives_beside_it() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.len() <= 20_000, "README.md has {} bytes: move measurements to BENCHMARKS.md", readme.len());
    for doc in ["ARCHITECTURE.md", "BENCHMARKS.md", "CHANGELOG.md"] {
        assert!(readme.contains(&format!("]({doc}")), "README.md links to {doc}");
        assert!(Path::new(doc).is_file(), "{doc} exists");
    }
    for entry in std::fs::read_dir("docs").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let link = format!("](docs/{}", path.file_name().unwrap().to_string_lossy());
            assert!(readme.contains(&link), "README.md links to {}", path.display());
        }
    }
    let architecture = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    for module in LAYERS.iter().flat_map(|layer| layer.iter()) {
        assert!(architecture.contains(&format!("src/{module}")), "ARCHITECTURE.md describes src/{module}");
    }
}
