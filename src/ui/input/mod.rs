//! Everything the terminal and the system send the app, on one channel: the
//! bytes typed (read on a thread of their own), signals, and the terminal
//! going away. Nothing here can spin on a dead terminal: the reading thread
//! ends on end of file or an error, and the loop never asks a library to read.

pub mod burst;
pub mod keys;
mod mouse;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the reading thread waits for input before looking at its flags.
const WAIT: Duration = Duration::from_millis(100);

/// What woke the event loop.
#[derive(Debug)]
pub enum Wake {
    /// Bytes the terminal sent, and when they came.
    Bytes(Vec<u8>, Instant),
    /// The terminal hung up (its window closed): nothing more will come.
    Closed,
    /// The window changed size.
    Resized,
    /// SIGTERM, SIGHUP or SIGINT: save and end.
    Stop(i32),
}

/// The thread reading the terminal, and the signal thread.
pub struct TerminalInput {
    /// True while another program (the editor) has the terminal: no reading then.
    paused: Arc<Mutex<bool>>,
    /// Set by SIGTERM, SIGHUP and SIGINT, for waits that cannot take messages
    /// (the editor running).
    pub stopping: Arc<AtomicBool>,
}

impl TerminalInput {
    /// Starts reading standard input (the terminal) and listening for
    /// signals; everything comes as `Wake` on `wake`.
    pub fn start(wake: Sender<Wake>) -> io::Result<TerminalInput> {
        let paused = Arc::new(Mutex::new(false));
        let stopping = Arc::new(AtomicBool::new(false));
        let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH])?;
        let to_loop = wake.clone();
        let flag = Arc::clone(&stopping);
        std::thread::Builder::new()
            .name("coachbook-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    let message = if signal == SIGWINCH {
                        Wake::Resized
                    } else {
                        flag.store(true, Ordering::SeqCst);
                        Wake::Stop(signal)
                    };
                    if to_loop.send(message).is_err() {
                        return;
                    }
                }
            })?;
        let gate = Arc::clone(&paused);
        std::thread::Builder::new()
            .name("coachbook-input".into())
            .spawn(move || read_terminal(libc::STDIN_FILENO, &gate, &wake))?;
        Ok(TerminalInput { paused, stopping })
    }

    /// Stops reading until `resume`; when it returns no read is under way,
    /// so the editor gets every key.
    pub fn pause(&self) {
        if let Ok(mut paused) = self.paused.lock() {
            *paused = true;
        }
    }

    /// Reads the terminal again after `pause`.
    pub fn resume(&self) {
        if let Ok(mut paused) = self.paused.lock() {
            *paused = false;
        }
    }
}

/// Reads `fd` until it ends, sending what comes. Ends (and says so) on end of
/// file or an error such as EIO, which is what a hung-up terminal gives.
fn read_terminal(fd: libc::c_int, paused: &Mutex<bool>, wake: &Sender<Wake>) {
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let mut watch = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, and its count.
        let ready = unsafe { libc::poll(&mut watch, 1, WAIT.as_millis() as i32) };
        if ready < 0 {
            if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                continue;
            }
            let _ = wake.send(Wake::Closed);
            return;
        }
        if ready == 0 {
            continue;
        }
        let Ok(gate) = paused.lock() else {
            return;
        };
        if *gate {
            drop(gate);
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        // SAFETY: reads into a buffer of the length given.
        let read = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len()) };
        drop(gate);
        let message = match read {
            n if n > 0 => Wake::Bytes(buffer[..n as usize].to_vec(), Instant::now()),
            0 => Wake::Closed,
            _ => match io::Error::last_os_error().kind() {
                io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => continue,
                _ => Wake::Closed,
            },
        };
        let closed = matches!(message, Wake::Closed);
        if wake.send(message).is_err() || closed {
            return;
        }
    }
}
