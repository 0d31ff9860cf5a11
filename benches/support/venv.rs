//! The benchmarks' Python peers (sumy, YAKE, pke) run in venvs under `target/`, each made
//! once from pinned `pip install`s.

use std::path::Path;
use std::process::Command;

/// The Python of `venv`, made the first time by `python3 -m venv` and `installs` (the
/// arguments of one `pip install` after another); a failed install removes the venv,
/// so the next run starts over. `bench` names the caller in the progress line.
pub fn python(venv: &str, installs: &[&[&str]], bench: &str) -> Result<String, String> {
    let python = format!("{venv}/bin/python");
    if Path::new(&python).is_file() {
        return Ok(python);
    }
    eprintln!("[{bench}] pip install (once, into {venv})");
    if !Command::new("python3").args(["-m", "venv", venv]).status().is_ok_and(|s| s.success()) {
        let _ = std::fs::remove_dir_all(venv);
        return Err(format!("python3 -m venv {venv} failed"));
    }
    for install in installs {
        let pip = Command::new(&python).args(["-m", "pip", "install", "-q"]).args(*install).status();
        if !pip.is_ok_and(|s| s.success()) {
            let _ = std::fs::remove_dir_all(venv);
            return Err(format!("pip install {} into {venv} failed (see above)", install.join(" ")));
        }
    }
    Ok(python)
}
