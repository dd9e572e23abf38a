//! Running programs in memory with `cranelift-jit` on the host.
//!
//! The ISA comes from `cranelift-native` (host-generic: x86-64 or aarch64). Symbols no unit
//! defines (libc) are resolved with `dlsym` in the compiler's own process, and checked before
//! finalization so a missing one is an error, not a panic inside `cranelift-jit`.
//!
//! # Process isolation
//!
//! A Go program ends by calling libc `exit` (the runtime's `main`), may trap (integer
//! division by zero, `trap`, `unreachable`) and may write to fds 1 and 2 directly. Running
//! it on a thread of the compiler would let it kill the compiler, so [`JitProgram::run`]
//! forks: the child calls the runtime's C `main(argc, argv)` and never returns to Rust (if
//! `main` returns, the child `_exit`s with its result); the parent waits and reports the exit
//! status or the terminating signal. This keeps one runtime for JIT and object files (no
//! JIT-only `exit` replacement, no longjmp) and makes traps ordinary signal terminations.
//! The child runs only generated code, libc and the kernel; glibc's `fork` keeps `malloc`
//! usable in the child of a multi-threaded parent.

use crate::runtime_abi::PROCESS_ENTRY;
use crate::{compile_units, CodegenError, CodegenOptions, Listing};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncOrDataId, Linkage, Module};
use loopc_ir as ir;
use std::ffi::CString;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};

/// A compiled, finalized program in executable memory.
pub struct JitProgram {
    module: Option<JITModule>,
    entry: *const u8,
}

/// How a JIT-run program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Termination {
    /// It exited with this status.
    Exit(i32),
    /// A signal (e.g. a trap: SIGILL, SIGTRAP, SIGFPE) killed it.
    Signal(i32),
}

/// The result of [`JitProgram::run`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutput {
    /// Exit status or signal.
    pub termination: Termination,
    /// Captured fd 1 (empty when not capturing).
    pub stdout: Vec<u8>,
    /// Captured fd 2 (empty when not capturing).
    pub stderr: Vec<u8>,
}

/// Compiles `units` (program, runtime, [`entry_shim`](crate::entry_shim)) for the host.
pub fn compile(units: &[&ir::Module], opts: &CodegenOptions) -> Result<(JitProgram, Listing), CodegenError> {
    let flags = crate::flag_settings(opts.opt_level);
    let builder = JITBuilder::with_flags(&flags, default_libcall_names())
        .map_err(|e| CodegenError::module("JIT for the host", e))?;
    let mut module = JITModule::new(builder);
    let listing = compile_units(&mut module, units, opts)?;
    check_imports_resolve(&module)?;
    module.finalize_definitions().map_err(|e| CodegenError::module("JIT finalization", e))?;
    let entry = match module.get_name(PROCESS_ENTRY) {
        Some(FuncOrDataId::Func(id)) if module.declarations().get_function_decl(id).linkage != Linkage::Import => {
            module.get_finalized_function(id)
        }
        _ => return Err(CodegenError::MissingEntry(PROCESS_ENTRY.into())),
    };
    Ok((JitProgram { module: Some(module), entry }, listing))
}

/// Every imported function or data symbol must exist in this process (`dlsym`), or
/// `cranelift-jit` would panic while finalizing.
fn check_imports_resolve(module: &JITModule) -> Result<(), CodegenError> {
    let decls = module.declarations();
    let funcs = decls.get_functions().map(|(_, d)| (d.linkage, d.name.clone()));
    let data = decls.get_data_objects().map(|(_, d)| (d.linkage, d.name.clone()));
    for (linkage, name) in funcs.chain(data) {
        let Some(name) = name.filter(|_| linkage == Linkage::Import) else { continue };
        let resolved = CString::new(name.as_str())
            .ok()
            // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only reads.
            .is_some_and(|c| !unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) }.is_null());
        if !resolved {
            return Err(CodegenError::Unsupported {
                func: name,
                message: "symbol is neither defined by a unit nor found in the process (dlsym)".into(),
            });
        }
    }
    Ok(())
}

fn pipe() -> Result<(OwnedFd, OwnedFd), CodegenError> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe(2) writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return Err(CodegenError::Io { context: "pipe".into(), source: std::io::Error::last_os_error() });
    }
    // SAFETY: pipe(2) succeeded, so both descriptors are open and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

impl JitProgram {
    /// Runs the program in a forked child (see the module docs) with `args` as its command
    /// line (`args[0]` is the program name). With `capture`, the child's fds 1 and 2 are
    /// pipes whose contents are returned; otherwise it shares the caller's.
    pub fn run(&self, args: &[&str], capture: bool) -> Result<RunOutput, CodegenError> {
        self.run_limited(args, capture, None)
    }

    /// [`JitProgram::run`] with a wall-clock limit: a child still running after
    /// `time_limit` (rounded up to whole seconds) is killed by `SIGALRM` and reported as
    /// [`Termination::Signal`]`(SIGALRM)`, so a test harness never hangs on a program that
    /// does not terminate. `None` is no limit, as `go run` has none.
    pub fn run_limited(
        &self,
        args: &[&str],
        capture: bool,
        time_limit: Option<std::time::Duration>,
    ) -> Result<RunOutput, CodegenError> {
        let alarm_secs =
            time_limit.map(|d| u32::try_from(d.as_secs() + u64::from(d.subsec_nanos() > 0)).unwrap_or(u32::MAX).max(1));
        let cargs: Vec<CString> = args
            .iter()
            .map(|a| CString::new(a.replace('\0', "")))
            .collect::<Result<_, _>>()
            .expect("invariant: NULs were removed");
        let mut argv: Vec<*const libc::c_char> = cargs.iter().map(|c| c.as_ptr()).collect();
        argv.push(std::ptr::null());
        let pipes = if capture { Some((pipe()?, pipe()?)) } else { None };
        // SAFETY: `entry` is the finalized runtime `main` with the C signature
        // `int main(int, char **)`; the module stays alive while `self` does.
        let main: extern "C" fn(i32, *const *const libc::c_char) -> i32 = unsafe { std::mem::transmute(self.entry) };
        // SAFETY: fork(2) has no preconditions; the child only calls async-signal-safe
        // functions and generated code (which calls libc) and ends with _exit.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(CodegenError::Io { context: "fork".into(), source: std::io::Error::last_os_error() });
        }
        if pid == 0 {
            if let Some(((_, out_w), (_, err_w))) = &pipes {
                use std::os::fd::AsRawFd;
                // SAFETY: duplicating open descriptors onto 1 and 2 in the child.
                unsafe {
                    libc::dup2(out_w.as_raw_fd(), 1);
                    libc::dup2(err_w.as_raw_fd(), 2);
                }
            }
            if let Some(secs) = alarm_secs {
                // SAFETY: alarm(2) is async-signal-safe; SIGALRM's default action (the
                // runtime installs no handler) terminates the child.
                unsafe { libc::alarm(secs) };
            }
            let code = main(argv.len() as i32 - 1, argv.as_ptr());
            // SAFETY: leaves the child without running the parent's Rust destructors.
            unsafe { libc::_exit(code) }
        }
        let (stdout, stderr) = match pipes {
            Some(((out_r, out_w), (err_r, err_w))) => {
                drop((out_w, err_w));
                let err_thread = std::thread::spawn(move || read_all(err_r));
                let out = read_all(out_r);
                let err = err_thread.join().unwrap_or_default();
                (out, err)
            }
            None => (Vec::new(), Vec::new()),
        };
        let mut status = 0;
        // SAFETY: waiting for our own child.
        if unsafe { libc::waitpid(pid, &mut status, 0) } < 0 {
            return Err(CodegenError::Io { context: "waitpid".into(), source: std::io::Error::last_os_error() });
        }
        let termination = if libc::WIFEXITED(status) {
            Termination::Exit(libc::WEXITSTATUS(status))
        } else {
            Termination::Signal(libc::WTERMSIG(status))
        };
        Ok(RunOutput { termination, stdout, stderr })
    }
}

fn read_all(fd: OwnedFd) -> Vec<u8> {
    let mut buf = Vec::new();
    // A read error only truncates the captured output; the exit status still reports.
    let _ = std::fs::File::from(fd).read_to_end(&mut buf);
    buf
}

impl Drop for JitProgram {
    fn drop(&mut self) {
        if let Some(m) = self.module.take() {
            // SAFETY: `entry` is the only pointer into the module's memory and it dies with
            // `self`; no child process shares this address space after `run` returned.
            unsafe { m.free_memory() };
        }
    }
}
