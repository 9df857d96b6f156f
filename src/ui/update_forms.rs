//! Actions that open and save forms and the quick-capture prompt.

use super::action::Tab;
use super::app::{App, Chooser, Overlay, Pending, Target};
use super::form::build::{account_form, contact_form, rep_form, session_form, SessionPrefill};
use super::form::{submit, Form, Purpose};
use super::insights::TodayItem;
use super::overlay::Choosing;
use crate::domain::capture::Defaults;
use crate::domain::{AccountId, ContactId, FieldId, RepId, SessionKind};
use crate::notebook::capture;
use crate::store::names::Named;
use crate::store::CommitmentFilter;

impl App {
    /// Opens a form over the list. A message about the list (such as "Add a
    /// rep first") does not follow into it: the form has its own footer.
    fn open_form(&mut self, form: Form) {
        self.status = None;
        self.overlays.push(Overlay::Form(Box::new(form)));
    }

    pub(super) fn open_new(&mut self) {
        let form = match self.tab {
            Tab::Today => return self.capture(),
            Tab::Reps => rep_form(None, &self.data, self.config.default_cadence),
            Tab::Accounts => account_form(None, &self.data),
            Tab::Sessions => {
                if self.data.reps.is_empty() {
                    return self.set_error("Add a rep first: press 1, then n");
                }
                session_form(None, self.prefill(None, None), &self.data)
            }
        };
        self.open_form(form);
    }

    pub(super) fn open_edit(&mut self) {
        let form = match self.selected() {
            None => return self.set_error("Nothing selected to edit"),
            Some(Target::Rep(id)) => self
                .report(self.store.rep(id))
                .map(|rep| rep_form(Some(rep), &self.data, self.config.default_cadence)),
            Some(Target::Account(id)) => {
                let account = self.report(self.store.account(id));
                account.map(|a| account_form(Some(a), &self.data))
            }
            Some(Target::Session(id)) => {
                let filter = CommitmentFilter {
                    session: Some(id),
                    ..CommitmentFilter::default()
                };
                let loaded = self
                    .store
                    .session(id)
                    .and_then(|s| Ok((s, self.store.commitments(&filter)?)));
                let prefill = self.prefill(None, None);
                self.report(loaded)
                    .map(|existing| session_form(Some(existing), prefill, &self.data))
            }
            Some(target @ Target::Play(_)) => self.play_for(target).map(|play| {
                let draft = play.data.clone();
                crate::ui::form::build::play_form(Some(play), draft, &self.data)
            }),
        };
        if let Some(form) = form {
            self.open_form(form);
        }
    }

    pub(super) fn prefill(&self, rep: Option<RepId>, account: Option<AccountId>) -> SessionPrefill {
        SessionPrefill {
            rep,
            account,
            date: self.today,
            time: Some(self.now),
            kind: None,
        }
    }

    /// `c`: a session form for the selection, starting on Notes. A handover
    /// at risk on Today opens a handover visit with its successor at the
    /// account.
    pub(super) fn capture(&mut self) {
        if self.data.reps.is_empty() {
            return self.set_error("Add a rep first: press 1, then n");
        }
        if let Some(TodayItem::Handover(h)) = self.selected_today_item() {
            let rep = h.successor.or(h.owner).filter(|r| self.data.rep(*r).is_some());
            let account = Some(h.account).filter(|a| self.data.account(*a).is_some());
            let prefill = SessionPrefill {
                kind: Some(SessionKind::HandoverVisit),
                ..self.prefill(rep, account)
            };
            return self.open_form(session_form(None, prefill, &self.data));
        }
        let (rep, account) = match self.selected() {
            Some(Target::Rep(rep)) => {
                let account = self.report(self.store.last_account_visited(rep)).flatten();
                (Some(rep), account)
            }
            Some(Target::Account(id)) => (self.data.account(id).and_then(|a| a.data.owner), Some(id)),
            Some(target @ Target::Session(_)) => match self.session_for(target) {
                Some(s) => (Some(s.data.rep), s.data.account),
                None => (None, None),
            },
            Some(target @ Target::Play(_)) => match self.play_for(target) {
                Some(p) => (p.data.author, p.data.account),
                None => (None, None),
            },
            None => (None, None),
        };
        let rep = rep.filter(|r| self.data.rep(*r).is_some());
        let account = account.filter(|a| self.data.account(*a).is_some());
        let form = session_form(None, self.prefill(rep, account), &self.data);
        self.open_form(form);
    }

    pub(super) fn add_contact(&mut self) {
        match (self.tab, self.selected()) {
            (Tab::Accounts, Some(Target::Account(id))) => {
                let form = contact_form(id, None, &self.data);
                self.open_form(form);
            }
            _ => self.set_error("Contacts are added on the Accounts tab: select an account, then a"),
        }
    }

    pub(super) fn choose_contact(&mut self) {
        let Some(Target::Account(account)) = self.selected().filter(|_| self.tab == Tab::Accounts) else {
            return self.set_error("Contacts are edited on the Accounts tab: select an account, then E");
        };
        let Some(contacts) = self.report(self.store.contacts(account, false)) else {
            return;
        };
        if contacts.is_empty() {
            return self.set_error("No contacts at this account yet; a adds one");
        }
        self.overlays.push(Overlay::Chooser(Chooser {
            title: format!("Edit a contact at {}", self.data.account_name(account)),
            options: contacts
                .iter()
                .map(|c| (c.id.0, format!("{} {}", c.data.name, c.data.role)))
                .collect(),
            highlight: 0,
            purpose: Choosing::Contact(account),
        }));
    }

    /// `m` on a rep: the reps rated 4-5 on their focus skills in the last
    /// 180 days, seniors first, to pick a mentor from.
    pub(super) fn choose_mentor(&mut self) {
        let Some(Target::Rep(id)) = self.selected().filter(|_| self.tab == Tab::Reps) else {
            return self.set_error("Select a rep on the Reps tab first, then m");
        };
        let Some(rep) = self.data.reps.iter().find(|r| r.id == id).cloned() else {
            return;
        };
        if rep.data.focus.is_empty() {
            return self.set_error(format!("{} has no focus skill yet: e sets one", rep.data.name));
        }
        let since = self
            .today
            .checked_sub_days(chrono::Days::new(crate::domain::insights::mentors::MENTOR_DAYS))
            .unwrap_or(self.today);
        let mut options: Vec<(i64, String)> = Vec::new();
        for skill in &rep.data.focus {
            let Some(ratings) = self.report(self.store.high_ratings(*skill, since, self.today)) else {
                return;
            };
            let name = self.data.skill_name(*skill).to_string();
            for c in crate::domain::insights::mentors::candidates(id, *skill, &self.data.reps, &ratings, self.today) {
                let senior = if c.senior { "senior, " } else { "" };
                let line = format!(
                    "{}: {} ({senior}rated 4-5 {})",
                    name,
                    c.name,
                    crate::domain::text::count(c.times, "time")
                );
                if !options.iter().any(|(who, _)| *who == c.rep.0) {
                    options.push((c.rep.0, line));
                }
            }
        }
        if options.is_empty() {
            return self.set_error(format!(
                "Nobody was rated 4-5 on {}'s focus skills in 180 days",
                rep.data.name
            ));
        }
        self.overlays.push(Overlay::Chooser(Chooser {
            title: format!("Pick a mentor for {}", rep.data.name),
            options,
            highlight: 0,
            purpose: Choosing::Mentor(id),
        }));
    }

    /// Makes `mentor` the mentor of `rep`.
    pub(super) fn set_mentor(&mut self, rep: RepId, mentor: RepId) {
        let Some(mut record) = self.report(self.store.rep(rep)) else {
            return;
        };
        record.data.mentor = Some(mentor);
        let saved = self.store.save_rep(record);
        if self.report(saved).is_some() {
            self.refresh();
            self.set_status(format!(
                "{} now mentors {}",
                self.data.rep_name(mentor),
                self.data.rep_name(rep)
            ));
        }
    }

    pub(super) fn edit_contact(&mut self, account: AccountId, id: ContactId) {
        let Some(contacts) = self.report(self.store.contacts(account, true)) else {
            return;
        };
        if let Some(contact) = contacts.into_iter().find(|c| c.id == id) {
            let form = contact_form(account, Some(contact), &self.data);
            self.open_form(form);
        }
    }

    /// `K` on an account: the prompt, begun as a harvest answer about it
    /// (`know: `), its preview listing the questions' keys.
    pub(super) fn harvest_prompt(&mut self) {
        let Some(Target::Account(account)) = self.selected().filter(|_| self.tab == Tab::Accounts) else {
            return self.set_error("Select an account first, then K records what its owner knows");
        };
        let mut prompt = crate::ui::prompt::Prompt::new(Defaults {
            rep: self.data.account(account).and_then(|a| a.data.owner),
            account: Some(account),
        });
        prompt.paste("know: ");
        self.overlays
            .push(crate::ui::overlay::Overlay::Prompt(Box::new(prompt)));
        self.prompt_edited();
    }

    /// The rep and account a quick-capture line falls back on: the selection.
    pub(super) fn capture_defaults(&self) -> Defaults {
        match self.selected() {
            Some(Target::Rep(rep)) => Defaults {
                rep: Some(rep),
                account: None,
            },
            Some(Target::Account(id)) => Defaults {
                rep: self.data.account(id).and_then(|a| a.data.owner),
                account: Some(id),
            },
            Some(target @ Target::Session(_)) => match self.session_for(target) {
                Some(s) => Defaults {
                    rep: Some(s.data.rep),
                    account: s.data.account,
                },
                None => Defaults::default(),
            },
            Some(target @ Target::Play(_)) => match self.play_for(target) {
                Some(p) => Defaults {
                    rep: p.data.author,
                    account: p.data.account,
                },
                None => Defaults::default(),
            },
            None => Defaults::default(),
        }
    }

    /// After the prompt's line changed: who last visited the accounts it
    /// names, when that is what tells two reps of one name apart, so the
    /// preview (drawn from the directory) can say which is meant.
    pub(super) fn prompt_edited(&mut self) {
        let Some(Overlay::Prompt(prompt)) = self.overlays.last() else {
            return;
        };
        let (line, defaults) = (prompt.text(), prompt.defaults);
        let loaded = capture::load_visits(&self.store, &mut self.data.directory, &line, self.today, defaults);
        self.report(loaded);
    }

    pub(super) fn submit_prompt(&mut self) {
        self.prompt_edited();
        let Some(Overlay::Prompt(prompt)) = self.overlays.last() else {
            return;
        };
        let line = prompt.text();
        let reading = match capture::read(&line, &self.data.directory, self.today, prompt.defaults) {
            Ok(reading) => reading,
            Err(e) => return self.set_error(format!("Not saved: {e}")),
        };
        let result = capture::save(&mut self.store, &reading);
        let Some(saved) = self.report(result) else {
            return;
        };
        self.overlays.pop();
        self.history.push(line);
        self.refresh();
        match saved {
            capture::Saved::Session(session) => {
                self.select(Target::Session(session.id));
                self.set_status(format!("Saved {}{}", reading.summary, reading.plan));
            }
            capture::Saved::Play(play) => {
                self.set_status(format!("Saved {} (play {})", reading.summary, play.id));
            }
            capture::Saved::Knowledge(answer) => {
                self.select(Target::Account(answer.data.account));
                self.set_status(format!("Saved {}", reading.summary));
            }
            capture::Saved::Stay(stay) => {
                self.select(Target::Rep(stay.data.rep));
                self.set_status(format!("Saved {} (private)", reading.summary));
            }
        }
    }

    /// Ctrl-S in a form: asks first when the name is another rep's or
    /// account's (two of one name make every later mention ambiguous).
    pub(super) fn save_form(&mut self) {
        match self.duplicate_question() {
            Some(question) => self.overlays.push(Overlay::Confirm {
                question,
                on_yes: Pending::SaveDuplicate,
            }),
            None => self.save_form_as_is(),
        }
    }

    /// "A rep named … already exists (id 1). Save a second one?" when the
    /// form gives a new name (any case) that another record has.
    fn duplicate_question(&self) -> Option<String> {
        let Some(Overlay::Form(form)) = self.overlays.last() else {
            return None;
        };
        let (named, what, this, before) = match &form.purpose {
            Purpose::Rep(rep) => (
                Named::Reps,
                "rep",
                rep.as_ref().map(|r| r.id.0),
                rep.as_ref().map(|r| r.data.name.as_str()),
            ),
            Purpose::Account(account) => (
                Named::Accounts,
                "account",
                account.as_ref().map(|a| a.id.0),
                account.as_ref().map(|a| a.data.name.as_str()),
            ),
            _ => return None,
        };
        let name = form.text(FieldId::Name);
        // Only a new name is asked about: a duplicate kept on purpose stays quiet.
        if before.is_some_and(|b| b.eq_ignore_ascii_case(name.trim())) {
            return None;
        }
        let others: Vec<String> = self
            .store
            .ids_named(named, &name, true)
            .ok()?
            .into_iter()
            .filter(|id| Some(*id) != this)
            .map(|id| format!("id {id}"))
            .collect();
        (!others.is_empty() && !name.trim().is_empty()).then(|| {
            format!(
                "A {what} named \"{}\" already exists ({}). Save a second one? y saves, n goes back to the form",
                name.trim(),
                others.join(", ")
            )
        })
    }

    /// Saves the open form without asking about its name.
    pub(super) fn save_form_as_is(&mut self) {
        let Some(Overlay::Form(form)) = self.overlays.last_mut() else {
            return;
        };
        let saved = match submit::save(form, &mut self.store, &self.data, self.today) {
            submit::Outcome::Saved(saved) => saved,
            submit::Outcome::Conflict(_) => {
                return self.overlays.push(Overlay::Confirm {
                    question: "This record was changed in another window since you opened it. \
                               y: overwrite it with yours; n: reload theirs (what you typed is lost)"
                        .into(),
                    on_yes: Pending::Overwrite,
                })
            }
            submit::Outcome::Invalid(_) | submit::Outcome::Failed(_) => return,
        };
        self.overlays.pop();
        self.refresh();
        self.select(saved.target);
        self.set_status(saved.message);
    }
}
