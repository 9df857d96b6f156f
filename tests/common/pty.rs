//! The real binary in a pseudo-terminal: output drained on a thread into a
//! vt100 screen; waits are for text with a deadline, never fixed sleeps.
#![allow(dead_code)]

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A running `coachbook` in a terminal of `cols` x `rows`.
pub struct Pty {
    child: Box<dyn Child + Send + Sync>,
    writer: Option<Box<dyn Write + Send>>,
    output: Receiver<Vec<u8>>,
    /// Tells the draining thread to stop after its next read.
    closing: Arc<AtomicBool>,
    drainer: Option<JoinHandle<()>>,
    parser: vt100::Parser,
    /// Every byte the program wrote, for checks on escape sequences.
    pub raw: Vec<u8>,
    master: Option<Box<dyn MasterPty + Send>>,
}

impl Pty {
    /// Starts `coachbook ARGS` on the notebook at `db`.
    pub fn start(db: &Path, args: &[&str], cols: u16, rows: u16) -> Pty {
        Pty::start_with(db, args, &[], cols, rows)
    }

    /// Starts `coachbook ARGS` with extra environment variables.
    pub fn start_with(db: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_coachbook"));
        cmd.args(args);
        cmd.env("COACHBOOK_DB", db);
        cmd.env("COACHBOOK_TODAY", super::TODAY);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("VISUAL");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("coachbook starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (sender, output) = channel();
        let closing = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&closing);
        let drainer = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while !stop.load(Ordering::Relaxed) {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if sender.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Pty {
            child,
            writer: Some(writer),
            output,
            closing,
            drainer: Some(drainer),
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(rows).expect("rows"),
                std::num::NonZeroU16::new(cols).expect("cols"),
                0,
            ),
            raw: Vec::new(),
            master: Some(pair.master),
        }
    }

    fn drain(&mut self, wait: Duration) {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(wait),
            Err(RecvTimeoutError::Timeout) => {}
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// The screen as text.
    pub fn screen(&mut self) -> String {
        self.drain(Duration::from_millis(1));
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after 10 s.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_for_within(text, Duration::from_secs(10));
    }

    /// Waits until the screen shows `text`; panics with the screen after `limit`.
    pub fn wait_for_within(&mut self, text: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            self.drain(Duration::from_millis(50));
            if self.parser.screen().contents().contains(text) {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {text:?}; screen:\n{}",
                    self.parser.screen().contents()
                );
            }
        }
    }

    /// Types keys (raw bytes: "\t" Tab, "\r" Enter, "\x13" Ctrl-S, "\x1b" Esc).
    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).expect("write to the terminal");
        writer.flush().expect("flush");
    }

    /// Changes the terminal's size, as a window being resized does (SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let master = self.master.as_ref().expect("the terminal is open");
        master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        self.parser.set_size(
            std::num::NonZeroU16::new(rows).expect("rows"),
            std::num::NonZeroU16::new(cols).expect("cols"),
        );
    }

    /// Every byte the program has written so far.
    pub fn bytes_written(&mut self) -> usize {
        self.drain(Duration::from_millis(1));
        self.raw.len()
    }

    /// Reads what the program writes for `window`, however long that is.
    pub fn watch(&mut self, window: Duration) {
        let end = Instant::now() + window;
        while Instant::now() < end {
            self.drain(Duration::from_millis(50));
        }
    }

    /// Waits up to `limit` for the program to end; its exit code, or None
    /// if it is still running (or was ended by a signal).
    pub fn exit_within(&mut self, limit: Duration) -> Option<Option<u32>> {
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(Some(status.exit_code()));
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the program to exit; returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.drain(Duration::from_millis(50));
            if let Ok(Some(status)) = self.child.try_wait() {
                self.drain(Duration::from_millis(50));
                return status.success();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("coachbook did not exit; screen:\n{}", self.parser.screen().contents());
            }
        }
    }

    /// Closes the terminal as a terminal emulator closing its window does:
    /// SIGHUP to the program, then every handle on the master side goes, so
    /// the program's terminal hangs up under it.
    /// `key` must change a little of the screen: its redraw wakes the
    /// drainer, which then stops; the program is left idle, waiting for keys.
    pub fn hang_up(&mut self, key: &str) {
        self.closing.store(true, Ordering::Relaxed);
        self.send(key);
        if let Some(drainer) = self.drainer.take() {
            drainer.join().expect("the drainer stops");
        }
        // The redraw is one write; let the program get back to waiting.
        std::thread::sleep(Duration::from_millis(200));
        if let Some(pid) = self.pid() {
            // SAFETY: a signal to our own child.
            unsafe { libc::kill(pid as i32, libc::SIGHUP) };
        }
        // Dropping portable_pty's writer types a newline and Ctrl-D (its way
        // to send end of file), which would reach the app as an Enter typed
        // after the window closed; a closing window types nothing.
        std::mem::forget(self.writer.take());
        self.master = None;
    }

    /// Sends `sig` to the program.
    pub fn signal(&self, sig: i32) {
        let pid = self.pid().expect("a pid") as i32;
        // SAFETY: a signal to the child we started.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    }

    /// The process id, for signals.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}
