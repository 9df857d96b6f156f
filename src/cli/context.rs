//! What every subcommand needs: the open notebook, today's date, the output,
//! and turning what the user typed (names, ids, dates) into records.

use crate::domain::dates::{parse_date, Direction};
use crate::domain::matching::find_by_name;
use crate::domain::{Account, AccountId, Rep, RepId, Skill, SkillId};
use crate::store::names::Named;
use crate::store::Store;
use anyhow::{anyhow, Context as _, Result};
use chrono::NaiveDate;
use std::io::Write;

/// The state a subcommand runs against.
pub struct Ctx<'a> {
    /// The open notebook.
    pub store: Store,
    /// Today's date, from `clock`.
    pub today: NaiveDate,
    /// The one clock (fixed in tests), for anything that needs the time too.
    pub clock: crate::clock::Clock,
    /// Where results go (stdout).
    pub out: &'a mut dyn Write,
    /// The settings in effect.
    pub config: crate::domain::config::Config,
}

/// Reads "12" or "#12" as an id.
fn as_id(text: &str) -> Option<i64> {
    text.trim().trim_start_matches('#').parse().ok()
}

impl Ctx<'_> {
    /// Refuses a second rep or account of the same name (any case, archived
    /// ones too) unless asked for: two "Dana Ortiz" make every later name
    /// ambiguous. The message names the ids that have it.
    pub fn refuse_duplicate(&self, named: Named, name: &str, allowed: bool) -> Result<()> {
        let what = match named {
            Named::Reps => "a rep",
            Named::Accounts => "an account",
        };
        let ids = self.store.ids_named(named, name, true)?;
        if allowed || ids.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = ids.iter().map(|id| format!("id {id}")).collect();
        Err(anyhow!(
            "{what} named \"{}\" already exists ({}); nothing was added. Add --allow-duplicate to add another",
            name.trim(),
            ids.join(", ")
        ))
    }

    /// A rep by id or name; archived reps only when `include_archived`.
    pub fn rep(&self, query: &str, include_archived: bool) -> Result<Rep> {
        let id = self.find(Named::Reps, "rep", query, include_archived)?;
        Ok(self.store.rep(RepId(id))?)
    }

    /// An account by id or name; archived accounts only when `include_archived`.
    pub fn account(&self, query: &str, include_archived: bool) -> Result<Account> {
        let id = self.find(Named::Accounts, "account", query, include_archived)?;
        Ok(self.store.account(AccountId(id))?)
    }

    /// The id `query` names: an id of a record there, the one record with
    /// exactly that name (through the name index), or the one whose name the
    /// words pick, as everywhere else names are matched.
    fn find(&self, named: Named, what: &'static str, query: &str, include_archived: bool) -> Result<i64> {
        if let Some(id) = as_id(query) {
            if self.store.has_id(named, id, include_archived)? {
                return Ok(id);
            }
        }
        if let [id] = self.store.ids_named(named, query, include_archived)?[..] {
            return Ok(id);
        }
        let names = self.store.names(named, include_archived)?;
        let names: Vec<(i64, &str)> = names.iter().map(|(id, n)| (*id, n.as_str())).collect();
        Ok(find_by_name(what, query, &names)?)
    }

    /// A skill by name or alias; retired skills only when `include_retired`.
    pub fn skill(&self, query: &str, include_retired: bool) -> Result<Skill> {
        let skills = self.store.skills(include_retired)?;
        let wanted = query.trim().to_lowercase();
        if let Some(skill) = skills.iter().find(|s| s.data.alias == wanted) {
            return Ok(skill.clone());
        }
        let names: Vec<(SkillId, &str)> = skills.iter().map(|s| (s.id, s.data.name.as_str())).collect();
        let id = find_by_name("skill", query, &names)?;
        skills
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| anyhow!("no skill with id {id}"))
    }

    /// A date in the past ("fri" is the most recent Friday): session dates.
    pub fn past_date(&self, text: &str, what: &str) -> Result<NaiveDate> {
        parse_date(text, self.today, Direction::Past).with_context(|| format!("--{what}"))
    }

    /// A date in the future ("fri" is the coming Friday): due and follow-up dates.
    pub fn future_date(&self, text: &str, what: &str) -> Result<NaiveDate> {
        parse_date(text, self.today, Direction::Future).with_context(|| format!("--{what}"))
    }

    /// An optional date flag where "none" or "" clears the value.
    pub fn optional_date(&self, text: &str, what: &str, direction: Direction) -> Result<Option<NaiveDate>> {
        if is_clear(text) {
            return Ok(None);
        }
        parse_date(text, self.today, direction)
            .map(Some)
            .with_context(|| format!("--{what}"))
    }

    /// Writes one line of output.
    pub fn say(&mut self, line: impl AsRef<str>) -> Result<()> {
        writeln!(self.out, "{}", line.as_ref())?;
        Ok(())
    }

    /// Writes `text` to standard output, or to a private file and says so.
    pub fn emit(&mut self, text: &str, out: Option<&std::path::Path>) -> Result<()> {
        match out {
            None => {
                write!(self.out, "{text}")?;
                Ok(())
            }
            Some(path) => {
                crate::store::private_files::write_private(path, text.as_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))?;
                self.say(format!("Wrote {}", path.display()))
            }
        }
    }

    /// Writes a value as pretty JSON.
    pub fn json<T: serde::Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut *self.out, value)?;
        writeln!(self.out)?;
        Ok(())
    }
}

/// Whether a flag's value means "clear this field".
pub fn is_clear(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || t.eq_ignore_ascii_case("none")
}
