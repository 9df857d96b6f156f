//! `coachbook man`: one manual page with every command, the keys, the
//! quick-capture syntax, the environment, the files and the exit status;
//! or, with `--dir`, that page plus one page per command, so every
//! `coachbook-rep(1)` it names exists.

use super::context::Ctx;
use crate::domain::capture::SYNTAX;
use anyhow::{bail, Context as _, Result};
use clap::{Args, CommandFactory};
use clap_mangen::Man;
use std::path::{Path, PathBuf};

/// `coachbook man` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  coachbook man > ~/.local/share/man/man1/coachbook.1\n  \
coachbook man --dir ~/.local/share/man/man1   # also coachbook-rep.1, coachbook-rep-add.1, ...")]
pub struct ManArgs {
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE", conflicts_with = "dir")]
    out: Option<PathBuf>,
    /// Write coachbook.1 and one page per command into this folder.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Replace pages that are already there.
    #[arg(long)]
    force: bool,
}

/// Text for a roff line: backslashes escaped, and no line starting with a
/// dot or quote, which roff would read as a request.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}

/// A section of (term, description) entries.
fn section(title: &str, intro: &str, entries: &[(String, String)]) -> String {
    let mut out = format!(".SH \"{title}\"\n");
    if !intro.is_empty() {
        out.push_str(&format!("{}\n", escape(intro)));
    }
    for (term, text) in entries {
        out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", escape(term), escape(text)));
    }
    out
}

fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// Every visible command under `cmd`, with its about, depth first.
fn commands(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, String)>) {
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let name = format!("{prefix} {}", sub.get_name());
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        out.push((name.clone(), about));
        commands(sub, &name, out);
    }
}

const ENVIRONMENT: &[(&str, &str)] = &[
    ("COACHBOOK_DB", "The notebook file, as --db."),
    ("COACHBOOK_CONFIG", "The config file, as --config."),
    (
        "COACHBOOK_PAGER, PAGER",
        "The pager for long output on a terminal (default less -FRX); empty or cat means none.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor Ctrl-E opens for a long note (default vi).",
    ),
    ("NO_COLOR", "Any value: the app draws without colour."),
    (
        "LANG, LC_ALL",
        "Without UTF-8, the app draws ASCII borders and symbols.",
    ),
    (
        "COACHBOOK_PASSPHRASE",
        "The passphrase of an encrypted notebook (builds with the encryption feature).",
    ),
    (
        "COACHBOOK_TODAY",
        "Pretend today is this date (YYYY-MM-DD), for demos and tests.",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/coachbook/coachbook.db",
        "The notebook (the platform data folder; --db chooses another). demo.db beside it is the sample.",
    ),
    (
        "~/.local/share/coachbook/backups/",
        "One backup a day, the newest kept (daily_backups in the config).",
    ),
    (
        "~/.config/coachbook/config.toml",
        "The settings; coachbook config --print shows them.",
    ),
    (
        "~/.local/state/coachbook/crash-*.txt",
        "Crash reports, without note text.",
    ),
];

const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success, also when a pipe such as | head closes early."),
    (
        "1",
        "A user error, said in one line on stderr; or a search that found nothing.",
    ),
    ("2", "A usage error: an unknown command or flag."),
];

/// The main page: clap's name, synopsis, description and options, then a
/// command list that names no other page, then the sections help cannot
/// show. With `pages`, the commands' own pages are listed too.
fn main_page(pages: &[String]) -> Result<Vec<u8>> {
    let cmd = super::Cli::command();
    let man = Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    let mut listed = Vec::new();
    commands(&cmd, "coachbook", &mut listed);
    let mut text = section(
        "COMMANDS",
        "coachbook COMMAND --help shows a command's flags and examples.",
        &listed,
    );
    if let Some(examples) = cmd.get_after_help() {
        text.push_str(&format!(".SH EXAMPLES\n.nf\n{}\n.fi\n", escape(&examples.to_string())));
    }
    let keys: Vec<(String, String)> = crate::ui::keymap::rows()
        .map(|(context, keys, label)| (format!("{context}: {keys}"), label.to_string()))
        .collect();
    text.push_str(&section(
        "KEYS",
        "In the app (coachbook with no command); ? shows the same list.",
        &keys,
    ));
    text.push_str(&section(
        "QUICK CAPTURE",
        "One line is a session: coachbook add LINE, or : in the app.",
        &pairs(SYNTAX),
    ));
    text.push_str(&section("ENVIRONMENT", "", &pairs(ENVIRONMENT)));
    text.push_str(&section("FILES", "", &pairs(FILES)));
    text.push_str(&section("EXIT STATUS", "", &pairs(EXIT_STATUS)));
    if !pages.is_empty() {
        text.push_str(&format!(".SH \"SEE ALSO\"\n{}\n", escape(&pages.join(", "))));
    }
    page.extend_from_slice(text.as_bytes());
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// Every command's own page, named as its references name it.
fn command_pages(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
        let man = Man::new(sub.clone());
        let mut page = Vec::new();
        man.render(&mut page)?;
        out.push((man.get_filename(), page));
        command_pages(sub, out)?;
    }
    Ok(())
}

fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if path.exists() && !force {
        bail!("{} exists; nothing was written (--force replaces it)", path.display());
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// Writes the page, or every page into `--dir`.
pub fn man(args: ManArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let Some(dir) = args.dir else {
        let page = main_page(&[])?;
        return match args.out {
            None => Ok(ctx.out.write_all(&page)?),
            Some(path) => {
                write_new(&path, &page, args.force)?;
                ctx.say(format!("Wrote {}", path.display()))
            }
        };
    };
    let mut cmd = super::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    command_pages(cmd, &mut pages)?;
    let names: Vec<String> = pages
        .iter()
        .map(|(file, _)| file.trim_end_matches(".1").to_string() + "(1)")
        .collect();
    pages.insert(0, ("coachbook.1".to_string(), main_page(&names)?));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    if !args.force {
        if let Some((file, _)) = pages.iter().find(|(file, _)| dir.join(file).exists()) {
            bail!(
                "{} exists; nothing was written (--force replaces the pages)",
                dir.join(file).display()
            );
        }
    }
    for (file, page) in &pages {
        write_new(&dir.join(file), page, true)?;
    }
    ctx.say(format!("Wrote {} pages to {}", pages.len(), dir.display()))
}
