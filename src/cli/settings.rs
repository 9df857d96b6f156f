//! The config file: where it is, reading it, and `coachbook config --print`.

use super::context::Ctx;
use crate::domain::config::Config;
use anyhow::{Context as _, Result};
use clap::Args;
use std::path::{Path, PathBuf};

/// `coachbook config` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  coachbook config --print   # the settings in effect, and where they come from\n\nThe file is TOML, for instance:\n\n  weekly_field_target = 2\n  default_cadence = 14\n  \
top_performers = \"by rating\"   # or [\"Dana Ortiz\", \"Sam Lee\"]\n  currency = \"$\"\n  week_start = \"monday\"\n  \
date_format = \"%Y-%m-%d\"\n\n  [tiers]\n  top = 20\n  bottom = 20"
)]
pub struct ConfigArgs {
    /// Print the effective settings.
    #[arg(long)]
    print: bool,
}

/// The default config file: config.toml in the platform config folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "coachbook").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config at `path`; a missing file means defaults.
pub fn load(path: &Path) -> Result<Config> {
    match std::fs::read_to_string(path) {
        Ok(text) => Config::parse(&text).with_context(|| format!("config {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(e).with_context(|| format!("cannot read config {}", path.display())),
    }
}

/// `coachbook config`: where the file is and what is in effect.
pub fn run(args: ConfigArgs, path: Option<&Path>, ctx: &mut Ctx<'_>) -> Result<()> {
    let source = match path {
        Some(p) if p.exists() => format!("# from {}", p.display()),
        Some(p) => format!("# defaults ({} does not exist)", p.display()),
        None => "# defaults (no config folder on this system)".to_string(),
    };
    if args.print {
        let text = format!("{source}\n{}", ctx.config.to_toml());
        ctx.say(text.trim_end())?;
    } else {
        ctx.say(format!(
            "{source}\nRun coachbook config --print for the effective settings."
        ))?;
    }
    // Without a notebook (no file yet) there are no names to check against.
    if ctx.store.path() != Path::new(":memory:") {
        for warning in crate::notebook::config_warnings(&ctx.store, &ctx.config)? {
            ctx.say(format!("# warning: {warning}"))?;
        }
    }
    Ok(())
}
