//! The real binary in a pseudo-terminal, timed as a user feels it: from
//! starting `coachbook` to its first full frame on screen, and from a key
//! written to the terminal to the redraw it causes. Each is a distribution
//! (median, 95th percentile, worst), because a key that is slow one time in
//! twenty is what a user notices.

use criterion::Criterion;
use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const COLS: u16 = 120;
const ROWS: u16 = 40;

/// What is on screen once a frame is whole: the tab bar and the status line.
const FULL_FRAME: [&str; 2] = [" 1 Reps", "? help"];

/// A running app and the bytes it writes, each chunk stamped when read.
struct Running {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<(Vec<u8>, Instant)>,
    screen: vt100::Parser,
    started: Instant,
    /// Keys written so far, for a failure's message.
    keys: usize,
    /// The last bytes read, in case a frame's end mark is split.
    tail: Vec<u8>,
}

/// How long without output counts as the app being idle.
const QUIET: Duration = Duration::from_millis(5);

/// How the app ends each frame: the end of a synchronized update.
const FRAME_END: &[u8] = b"\x1b[?2026l";

impl Running {
    fn start(db: &Path) -> Running {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_coachbook"));
        cmd.env("COACHBOOK_DB", db);
        cmd.env("TERM", "xterm-256color");
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (sender, output) = channel();
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || sender.send((buf[..n].to_vec(), Instant::now())).is_err() {
                    break;
                }
            }
        });
        let screen = vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        );
        Running {
            child,
            writer,
            output,
            screen,
            started,
            keys: 0,
            tail: Vec::new(),
        }
    }

    /// Feeds bytes to the screen; whether a frame ended in them.
    fn take(&mut self, bytes: &[u8]) -> bool {
        self.screen.process(bytes);
        self.tail.extend_from_slice(bytes);
        let ended = self.tail.windows(FRAME_END.len()).any(|w| w == FRAME_END);
        let keep = self.tail.len().saturating_sub(FRAME_END.len() - 1);
        self.tail.drain(..keep);
        ended
    }

    /// Reads output until a frame has ended (the app marks each one as a
    /// synchronized update) with `done` holding for the screen; when the
    /// chunk that ended it arrived.
    fn until(&mut self, done: impl Fn(&vt100::Screen) -> bool) -> Instant {
        loop {
            let (bytes, at) = self.output.recv_timeout(Duration::from_secs(20)).unwrap_or_else(|_| {
                panic!(
                    "no such frame came after {} keys; screen:\n{}",
                    self.keys,
                    self.screen.screen().contents()
                )
            });
            if self.take(&bytes) && done(self.screen.screen()) {
                return at;
            }
        }
    }

    /// Waits until the app has written nothing for a moment: a frame still
    /// on its way (a detail read coming in) is not the next key's.
    fn quiet(&mut self) {
        while let Ok((bytes, _)) = self.output.recv_timeout(QUIET) {
            self.take(&bytes);
        }
    }

    /// Writes a key and waits for the end of a frame that changed the
    /// screen, colours included (a moved selection may change only them);
    /// how long that took.
    fn key(&mut self, key: &str) -> Duration {
        self.quiet();
        let before = self.screen.screen().contents_formatted();
        self.keys += 1;
        let sent = Instant::now();
        self.writer.write_all(key.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        self.until(|now| now.contents_formatted() != before) - sent
    }

    fn quit(mut self) {
        self.writer.write_all(b"q").unwrap();
        self.writer.flush().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let _ = self.child.kill();
    }
}

/// Median, 95th percentile and worst, in milliseconds.
fn spread(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    format!("{:.1} / {:.1} / {:.1} ms", at(0.5), at(0.95), at(1.0))
}

/// The app started to its first full frame, and keys pressed on each
/// tab's list (down ten, up ten), under criterion; each timing is kept so
/// the table printed at the end gives the tail, not only the middle.
pub fn bench(c: &mut Criterion, db: &Path) {
    let mut group = c.benchmark_group("in a terminal");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    let mut frames = Vec::new();
    let mut figures = Vec::new();
    group.bench_function("start to the first full frame", |b| {
        b.iter_custom(|starts| {
            let mut total = Duration::ZERO;
            for _ in 0..starts {
                let mut app = Running::start(db);
                let shown = app.until(whole) - app.started;
                frames.push(shown);
                total += shown;
                let filled = if figured(app.screen.screen()) {
                    shown
                } else {
                    app.until(figured) - app.started
                };
                figures.push(filled);
                app.quit();
            }
            total
        })
    });
    let mut presses: Vec<(&str, Vec<Duration>)> = Vec::new();
    let mut app: Option<Running> = None;
    // Criterion calls each routine several times: the tab is left as it
    // was, and the keys go on down ten, up ten across the calls, so the
    // selection never runs into an end of the list where a key does nothing.
    let mut on_tab = "4";
    for (tab, name) in [("4", "Today"), ("1", "Reps"), ("2", "Accounts"), ("3", "Sessions")] {
        let mut times = Vec::new();
        let mut pressed = 0usize;
        group.bench_function(format!("{name}: j/k with its redraw"), |b| {
            let app = app.get_or_insert_with(|| {
                let mut app = Running::start(db);
                if !figured(app.screen.screen()) {
                    app.until(figured);
                }
                app
            });
            if on_tab != tab {
                app.key(tab);
                on_tab = tab;
            }
            b.iter_custom(|keys| {
                let mut total = Duration::ZERO;
                for _ in 0..keys {
                    let took = app.key(if (pressed / 10) % 2 == 0 { "j" } else { "k" });
                    pressed += 1;
                    times.push(took);
                    total += took;
                }
                total
            })
        });
        presses.push((name, times));
    }
    group.finish();
    if let Some(app) = app {
        app.quit();
    }
    if frames.is_empty() && presses.iter().all(|(_, t)| t.is_empty()) {
        return;
    }
    println!("\n| in a terminal, {COLS}x{ROWS} | runs | median / 95th percentile / worst |\n|---|---|---|");
    if !frames.is_empty() {
        println!(
            "| start to the first full frame | {} | {} |",
            frames.len(),
            spread(frames)
        );
        println!(
            "| start to the Today figures shown | {} | {} |",
            figures.len(),
            spread(figures)
        );
    }
    for (name, times) in presses.into_iter().filter(|(_, t)| !t.is_empty()) {
        println!("| {name}: j/k with its redraw | {} | {} |", times.len(), spread(times));
    }
}

fn whole(screen: &vt100::Screen) -> bool {
    let text = screen.contents();
    FULL_FRAME.iter().all(|t| text.contains(t))
}

/// The Today tab once the reader thread's figures are in.
fn figured(screen: &vt100::Screen) -> bool {
    whole(screen) && screen.contents().contains("Commitments (")
}
