//! Ahead-of-time compilation: ELF object files with `cranelift-object` and linking with the
//! system C compiler driver.
//!
//! Objects are always position-independent (`is_pic=true`), which links cleanly into the
//! default PIE executables of Debian's gcc on both targets. The link step is just
//! `<cc> -o EXE OBJ`: the object defines the C `main` (loopc's runtime) and needs only libc.
//! For the host architecture the driver is `cc`; for the other one the Debian cross driver
//! (`aarch64-linux-gnu-gcc`, `x86_64-linux-gnu-gcc`), whose absence is reported with the
//! package to install.

use crate::{compile_units, is_supported_triple, shared_flags, CodegenError, CodegenOptions, Listing};
use cranelift_codegen::isa;
use cranelift_module::default_libcall_names;
use cranelift_object::{ObjectBuilder, ObjectModule};
use loopc_ir as ir;
use std::path::Path;
use std::process::Command;
use target_lexicon::{Architecture, Triple};

/// Compiles `units` into the bytes of a relocatable object file for `triple`.
pub fn compile(
    units: &[&ir::Module],
    triple: &Triple,
    opts: &CodegenOptions,
) -> Result<(Vec<u8>, Listing), CodegenError> {
    if !is_supported_triple(triple) {
        return Err(CodegenError::UnsupportedTarget(triple.to_string()));
    }
    let isa_err = |message: String| CodegenError::Isa { triple: triple.to_string(), message };
    let flags = shared_flags(opts.opt_level, true)?;
    let isa = isa::lookup(triple.clone())
        .map_err(|e| isa_err(e.to_string()))?
        .finish(flags)
        .map_err(|e| isa_err(e.to_string()))?;
    let builder = ObjectBuilder::new(isa, "loopc", default_libcall_names())
        .map_err(|e| CodegenError::module("object builder", e))?;
    let mut module = ObjectModule::new(builder);
    let listing = compile_units(&mut module, units, opts)?;
    let bytes = module.finish().emit().map_err(|e| CodegenError::Io {
        context: "emitting the object file".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok((bytes, listing))
}

/// The C compiler driver that links for `triple` on this host, and the Debian package that
/// provides it.
pub fn linker_for(triple: &Triple) -> (&'static str, &'static str) {
    let host = Triple::host().architecture;
    match triple.architecture {
        a if a == host => ("cc", "gcc"),
        Architecture::Aarch64(_) => ("aarch64-linux-gnu-gcc", "gcc-aarch64-linux-gnu"),
        _ => ("x86_64-linux-gnu-gcc", "gcc-x86-64-linux-gnu"),
    }
}

/// Links `object` into the executable `exe` for `triple`.
pub fn link(object: &Path, exe: &Path, triple: &Triple) -> Result<(), CodegenError> {
    let (linker, package) = linker_for(triple);
    let out = Command::new(linker).arg("-o").arg(exe).arg(object).output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            CodegenError::MissingTool { tool: linker.into(), package: package.into() }
        } else {
            CodegenError::Io { context: format!("running `{linker}`"), source: e }
        }
    })?;
    if !out.status.success() {
        return Err(CodegenError::Link {
            linker: linker.into(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(())
}

/// Compiles `units` for `triple`, writes the object next to `exe` (`exe` + `.o`), links, and
/// removes the object again (as `go build` leaves only the executable).
pub fn build_executable(
    units: &[&ir::Module],
    triple: &Triple,
    opts: &CodegenOptions,
    exe: &Path,
) -> Result<Listing, CodegenError> {
    let (bytes, listing) = compile(units, triple, opts)?;
    let mut obj = exe.as_os_str().to_owned();
    obj.push(".o");
    let obj = Path::new(&obj);
    std::fs::write(obj, bytes)
        .map_err(|e| CodegenError::Io { context: format!("writing {}", obj.display()), source: e })?;
    let linked = link(obj, exe, triple);
    // A leftover object is only clutter; failing to remove it is not an error.
    let _ = std::fs::remove_file(obj);
    linked.map(|()| listing)
}
