//! Path and file functions. Paths are handled lexically with `/`, as
//! Terraform's Go code does on Unix; relative file paths are read from the
//! module directory in [`FunctionContext::base_dir`].

use std::io::ErrorKind;
use std::path::PathBuf;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use md5::Md5;
use sha2::{Digest, Sha256, Sha512};

use super::args::{self, arg, call_error, invalid, string};
use super::encoding::hex;
use super::{FunctionContext, FunctionError, Outcome};
use crate::config::eval::render_template;
use crate::value::Value;

/// The last element of a path, as Go's `filepath.Base` gives it.
pub(super) fn basename(args: &[Value]) -> Outcome {
    let path = string(args, 0)?;
    if path.is_empty() {
        return Ok(".".into());
    }
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return Ok("/".into());
    }
    Ok(trimmed.rsplit('/').next().unwrap_or(trimmed).into())
}

/// All but the last element of a path, cleaned, as Go's `filepath.Dir` gives it.
pub(super) fn dirname(args: &[Value]) -> Outcome {
    let path = string(args, 0)?;
    let cut = path.rfind('/').map_or(0, |i| i + 1);
    Ok(clean(&path[..cut]).into())
}

/// Makes a path absolute against the working directory, as Terraform does.
pub(super) fn abspath(args: &[Value]) -> Outcome {
    let path = string(args, 0)?;
    if path.starts_with('/') {
        return Ok(clean(&path).into());
    }
    let cwd = std::env::current_dir()
        .map_err(|e| call_error(format!("cannot find the working directory: {e}")))?;
    let joined = format!("{}/{path}", cwd.to_string_lossy().replace('\\', "/"));
    Ok(clean(&joined).into())
}

/// Lexical path cleaning: drops `.` and empty elements, resolves `..`.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if rooted => {}
            other => parts.push(other),
        }
    }

    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// The path a function argument names, resolved against the module directory.
fn resolve(args: &[Value], ctx: &FunctionContext) -> Result<(String, PathBuf), FunctionError> {
    let given = string(args, 0)?;
    let path = ctx.base_dir.join(&given);
    Ok((given, path))
}

fn read(args: &[Value], ctx: &FunctionContext) -> Result<(String, Vec<u8>), FunctionError> {
    let (given, path) = resolve(args, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok((given, bytes)),
        Err(e) if e.kind() == ErrorKind::NotFound => {
            Err(invalid(0, format!("no file exists at `{given}`")))
        }
        Err(e) => Err(invalid(0, format!("cannot read `{given}`: {e}"))),
    }
}

fn read_text(args: &[Value], ctx: &FunctionContext) -> Result<(String, String), FunctionError> {
    let (given, bytes) = read(args, ctx)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        invalid(
            0,
            format!(
                "contents of `{given}` are not valid utf-8; use `filebase64` to read binary files"
            ),
        )
    })?;
    Ok((given, text))
}

pub(super) fn file(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(read_text(args, ctx)?.1.into())
}

pub(super) fn filebase64(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(STANDARD.encode(read(args, ctx)?.1).into())
}

pub(super) fn filemd5(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(hex(&Md5::digest(read(args, ctx)?.1)).into())
}

pub(super) fn filesha256(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(hex(&Sha256::digest(read(args, ctx)?.1)).into())
}

pub(super) fn filesha512(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(hex(&Sha512::digest(read(args, ctx)?.1)).into())
}

pub(super) fn filebase64sha256(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(STANDARD.encode(Sha256::digest(read(args, ctx)?.1)).into())
}

pub(super) fn filebase64sha512(args: &[Value], ctx: &FunctionContext) -> Outcome {
    Ok(STANDARD.encode(Sha512::digest(read(args, ctx)?.1)).into())
}

/// True for a regular file, false when nothing is there; other things are errors.
pub(super) fn fileexists(args: &[Value], ctx: &FunctionContext) -> Outcome {
    let (given, path) = resolve(args, ctx)?;
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() => Ok(Value::Bool(true)),
        Ok(_) => Err(invalid(
            0,
            format!("`{given}` exists but is not a regular file"),
        )),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(Value::Bool(false)),
        Err(e) => Err(invalid(0, format!("cannot inspect `{given}`: {e}"))),
    }
}

/// Reads a template file and renders it with the given variables.
pub(super) fn templatefile(args: &[Value], ctx: &FunctionContext) -> Outcome {
    if arg(args, 0).is_unknown() || arg(args, 1).is_unknown() {
        return Ok(Value::Unknown);
    }
    let vars = args::map(args, 1)?;
    let (given, text) = read_text(args, ctx)?;

    render_template(&text, vars, ctx)
        .map_err(|e| call_error(format!("cannot render template `{given}`: {e}")))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::{call, FunctionContext, FunctionErrorKind};
    use crate::value::Value;

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn module_dir() -> (tempfile::TempDir, FunctionContext) {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::write(dir.path().join("hello.txt"), "hello\n").expect("write fixture");
        std::fs::write(dir.path().join("binary.bin"), [0xff, 0x00]).expect("write fixture");
        std::fs::create_dir(dir.path().join("sub")).expect("create fixture dir");
        let ctx = FunctionContext {
            base_dir: dir.path().to_path_buf(),
        };
        (dir, ctx)
    }

    #[test]
    fn basename_and_dirname_follow_go() {
        let cases = [
            ("foo/bar/baz.txt", "baz.txt", "foo/bar"),
            ("baz.txt", "baz.txt", "."),
            ("/a/", "a", "/a"),
            ("", ".", "."),
            ("/", "/", "/"),
        ];
        for (path, base, dir) in cases {
            assert_eq!(
                run("basename", vec![s(path)]),
                Ok(s(base)),
                "basename({path:?})"
            );
            assert_eq!(
                run("dirname", vec![s(path)]),
                Ok(s(dir)),
                "dirname({path:?})"
            );
        }
        assert_eq!(run("dirname", vec![s("a/../../b/c")]), Ok(s("../b")));
    }

    #[test]
    fn abspath_is_absolute_and_clean() {
        assert_eq!(run("abspath", vec![s("/a/./b/../c")]), Ok(s("/a/c")));
        let relative = run("abspath", vec![s("x/y")]).unwrap();
        assert!(relative
            .as_str()
            .is_some_and(|p| p.starts_with('/') && p.ends_with("/x/y")));
    }

    #[test]
    fn file_reads_relative_to_the_module() {
        let (_dir, ctx) = module_dir();
        assert_eq!(call("file", vec![s("hello.txt")], &ctx), Ok(s("hello\n")));
        assert_eq!(
            call("filebase64", vec![s("binary.bin")], &ctx),
            Ok(s("/wA="))
        );
        assert_eq!(
            call("file", vec![s("binary.bin")], &ctx).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            call("file", vec![s("missing.txt")], &ctx).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(call("file", vec![Value::Unknown], &ctx), Ok(Value::Unknown));
        assert_eq!(
            call("filemd5", vec![s("hello.txt")], &ctx),
            Ok(s("b1946ac92492d2347c6235b4d2611184"))
        );
        let sha = call("filesha256", vec![s("hello.txt")], &ctx);
        assert_eq!(
            sha,
            Ok(s(
                "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
            ))
        );
    }

    #[test]
    fn fileexists_distinguishes_files() {
        let (_dir, ctx) = module_dir();
        assert_eq!(
            call("fileexists", vec![s("hello.txt")], &ctx),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call("fileexists", vec![s("nope")], &ctx),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            call("fileexists", vec![s("sub")], &ctx).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn templatefile_reads_then_renders() {
        let (_dir, ctx) = module_dir();
        let vars = || Value::Map(Default::default());
        assert_eq!(
            call("templatefile", vec![s("missing.tpl"), vars()], &ctx)
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            call("templatefile", vec![s("hello.txt"), s("x")], &ctx)
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            call("templatefile", vec![s("hello.txt"), Value::Unknown], &ctx),
            Ok(Value::Unknown)
        );
        // The renderer is another module's; here only its errors are checked to surface as call errors.
        if let Err(err) = call("templatefile", vec![s("hello.txt"), vars()], &ctx) {
            assert_eq!(err.kind, FunctionErrorKind::Call);
        }
    }
}
