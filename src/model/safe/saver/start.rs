//! What the saver does with what the store held when the page opened.

use super::{Saver, Step};
use crate::model::plan::read_error::ReadError;
use crate::model::plan::Plan;
use crate::model::safe::record::{load, Loaded, StoreFailure};
use crate::model::safe::save_status::{newer_app, Banner, Effect, SaveStatus, Why};

impl Saver {
    pub(super) fn loaded(
        &mut self,
        stored: Result<Option<String>, StoreFailure>,
        legacy_lang: Option<String>,
        plan: &Plan,
        out: &mut Vec<Effect>,
    ) {
        let raw = match stored {
            Ok(raw) => raw,
            Err(f) => {
                out.push(Effect::Start {
                    workspace: None,
                    lang: None,
                });
                let why = match f {
                    StoreFailure::Full => Why::Full,
                    StoreFailure::Refused => Why::Refused,
                };
                return self.stop(why, out);
            }
        };
        match load(raw.as_deref(), legacy_lang.as_deref(), plan) {
            Loaded::Fresh { lang } => {
                out.push(Effect::Start {
                    workspace: None,
                    lang,
                });
                out.push(Effect::Status(SaveStatus::Pending));
                out.push(Effect::StartTimer);
            }
            Loaded::Found { record, problems } => {
                let raw = raw.unwrap_or_default();
                // What is in the store is this tab's starting point, not a foreign text.
                self.seen = Some(raw.clone());
                self.revision = record.revision;
                let newer = newer_app(&record.app_version, &self.app_version);
                let lang = record.language();
                out.push(Effect::Start {
                    workspace: Some(record.workspace),
                    lang,
                });
                if newer {
                    return self.stop(
                        Why::NewerApp {
                            version: record.app_version,
                        },
                        out,
                    );
                }
                if problems.is_empty() {
                    out.push(Effect::Status(SaveStatus::Saved {
                        at_ms: record.saved_ms,
                    }));
                } else {
                    let banner = Banner::Repaired {
                        key: None,
                        raw: raw.clone(),
                        problems,
                    };
                    self.step = Step::StartAside {
                        banner,
                        write_after: true,
                    };
                    out.push(Effect::SetAside { raw });
                }
            }
            Loaded::Unreadable { raw, error } => {
                self.seen = Some(raw.clone());
                out.push(Effect::Start {
                    workspace: None,
                    lang: None,
                });
                if let ReadError::NewerVersion { version, .. } = error {
                    return self.stop(Why::Newer { version }, out);
                }
                self.step = Step::StartAside {
                    banner: Banner::Unreadable {
                        key: None,
                        raw: raw.clone(),
                        error,
                    },
                    write_after: true,
                };
                out.push(Effect::SetAside { raw });
            }
        }
    }
}
