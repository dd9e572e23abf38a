//! `-target` from the command line: `-emit=asm` lists the chosen target's machine code, and a
//! missing cross tool (the aarch64 linker driver, user-mode qemu) is a one-line error that
//! names the Debian package to install, never a crash. The tools are hidden by running
//! `loopc` with a `PATH` that lacks them.

use std::path::{Path, PathBuf};
use std::process::Command;

const AARCH64: &str = "aarch64-unknown-linux-gnu";

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loopc-targets-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `examples/hello.go` of the repository.
fn hello() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hello.go")
}

/// Runs `loopc ARGS` (with `PATH` set to `path` if given); returns (stdout, stderr, status).
fn loopc(args: &[&str], path: Option<&Path>) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loopc"));
    cmd.args(args);
    if let Some(p) = path {
        cmd.env("PATH", p);
    }
    let out = cmd.output().expect("run loopc");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The disassembly of one function in an `-emit=asm` listing (`; NAME` header lines).
fn function<'a>(listing: &'a str, name: &str) -> &'a str {
    let header = format!("; {name}\n");
    let start = listing.find(&header).unwrap_or_else(|| panic!("no {name} in the listing")) + header.len();
    let rest = &listing[start..];
    &rest[..rest.find("\n; ").unwrap_or(rest.len())]
}

#[test]
fn emit_asm_lists_the_targets_machine_code() {
    let file = hello();
    let file = file.to_str().expect("UTF-8 path");
    let target = format!("-target={AARCH64}");
    let (arm, err, code) = loopc(&["-emit=asm", &target, file], None);
    assert_eq!(code, 0, "{err}");
    let main = function(&arm, "main.main");
    // aarch64: the frame record is pushed with `stp fp, lr`, and there are no x86 registers.
    assert!(main.contains("stp fp, lr"), "{main}");
    assert!(!arm.contains("%rbp") && !arm.contains("rbp"), "x86 registers in the aarch64 listing");

    let (x86, err, code) = loopc(&["-emit=asm", "-target=x86_64-unknown-linux-gnu", file], None);
    assert_eq!(code, 0, "{err}");
    let main = function(&x86, "main.main");
    assert!(main.contains("rbp") && !main.contains("stp fp, lr"), "{main}");
}

#[test]
fn unknown_target_is_an_error() {
    let file = hello();
    let (_, err, code) = loopc(&["build", "-target=sparc-unknown-none", file.to_str().expect("UTF-8 path")], None);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("sparc-unknown-none") && !err.contains("panicked"), "{err}");
}

#[test]
fn missing_cross_linker_names_its_package() {
    let dir = scratch("no-linker");
    let empty = dir.join("bin");
    std::fs::create_dir_all(&empty).expect("empty bin dir");
    let exe = dir.join("prog");
    let file = hello();
    let args =
        ["build", "-target", AARCH64, "-o", exe.to_str().expect("UTF-8 path"), file.to_str().expect("UTF-8 path")];
    let (_, err, code) = loopc(&args, Some(&empty));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("aarch64-linux-gnu-gcc") && err.contains("apt-get install gcc-aarch64-linux-gnu"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn missing_qemu_names_its_package() {
    // A PATH with the aarch64 cross tools (if installed) but not qemu: `run -target`
    // builds and then cannot run the program.
    let dir = scratch("no-qemu");
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).expect("bin dir");
    let mut have_linker = false;
    for d in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with("aarch64-linux-gnu-") && !bin.join(&name).exists() {
                have_linker |= name == "aarch64-linux-gnu-gcc";
                let _ = std::os::unix::fs::symlink(entry.path(), bin.join(&name));
            }
        }
    }
    let file = hello();
    let (out, err, code) = loopc(&["run", "-target", AARCH64, file.to_str().expect("UTF-8 path")], Some(&bin));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty() && !err.contains("panicked"), "{out}{err}");
    let package = if have_linker { "qemu-user" } else { "gcc-aarch64-linux-gnu" };
    assert!(err.contains(package), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn run_and_build_for_aarch64_under_qemu() {
    // `scripts/test` installs the cross tools; the run corpus's `@aarch64` tests say so too.
    let file = hello();
    let file = file.to_str().expect("UTF-8 path");
    let (host, err, code) = loopc(&["run", file], None);
    assert_eq!(code, 0, "{err}");
    let (arm, err, code) = loopc(&["run", "-target", AARCH64, file], None);
    assert_eq!((code, arm.as_str()), (0, host.as_str()), "{err}");

    let dir = scratch("build");
    let exe = dir.join("hello");
    let (_, err, code) = loopc(&["build", "-target", AARCH64, "-o", exe.to_str().expect("UTF-8 path"), file], None);
    assert_eq!(code, 0, "{err}");
    assert!(!dir.join("hello.o").exists(), "the object file is left behind");
    let elf = std::fs::read(&exe).expect("the executable was written");
    // ELF header: e_machine (offset 18, little-endian) is EM_AARCH64 = 183.
    assert_eq!((&elf[..4], u16::from_le_bytes([elf[18], elf[19]])), (&b"\x7fELF"[..], 183));
    let out = Command::new("qemu-aarch64").arg("-L").arg("/usr/aarch64-linux-gnu").arg(&exe).output();
    let _ = std::fs::remove_dir_all(&dir);
    let out = out.expect("qemu-aarch64 runs (apt-get install qemu-user)");
    assert_eq!(String::from_utf8_lossy(&out.stdout), host);
    assert_eq!(out.status.code(), Some(0));
}
