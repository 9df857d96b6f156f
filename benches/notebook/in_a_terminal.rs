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
}

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
        }
    }

    /// Reads output until `done` holds for the screen; when the chunk that
    /// made it so arrived.
    fn until(&mut self, done: impl Fn(&str) -> bool) -> Instant {
        loop {
            let (bytes, at) = self
                .output
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no frame came; screen:\n{}", self.screen.screen().contents()));
            self.screen.process(&bytes);
            if done(&self.screen.screen().contents()) {
                return at;
            }
        }
    }

    /// Writes a key and waits for the screen to change; how long that took.
    fn key(&mut self, key: &str) -> Duration {
        while let Ok((bytes, _)) = self.output.try_recv() {
            self.screen.process(&bytes);
        }
        let before = self.screen.screen().contents();
        let sent = Instant::now();
        self.writer.write_all(key.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        self.until(|now| now != before) - sent
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
    group.bench_function("start to the first full frame", |b| {
        b.iter_custom(|starts| {
            let mut total = Duration::ZERO;
            for _ in 0..starts {
                let mut app = Running::start(db);
                let shown = app.until(whole) - app.started;
                frames.push(shown);
                total += shown;
                app.quit();
            }
            total
        })
    });
    let mut presses: Vec<(&str, Vec<Duration>)> = Vec::new();
    let mut app: Option<Running> = None;
    for (tab, name) in [("4", "Today"), ("1", "Reps"), ("2", "Accounts"), ("3", "Sessions")] {
        let mut times = Vec::new();
        group.bench_function(format!("{name}: j/k with its redraw"), |b| {
            let app = app.get_or_insert_with(|| {
                let mut app = Running::start(db);
                app.until(|s| whole(s) && !s.contains("Working out"));
                app
            });
            app.key(tab);
            b.iter_custom(|keys| {
                let mut total = Duration::ZERO;
                for i in 0..keys {
                    let took = app.key(if (i / 10) % 2 == 0 { "j" } else { "k" });
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
    }
    for (name, times) in presses.into_iter().filter(|(_, t)| !t.is_empty()) {
        println!("| {name}: j/k with its redraw | {} | {} |", times.len(), spread(times));
    }
}

fn whole(screen: &str) -> bool {
    FULL_FRAME.iter().all(|t| screen.contains(t))
}
