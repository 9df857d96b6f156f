//! The JSON import under random damage: it never panics, and a document it
//! refuses changes nothing. PROPTEST_CASES raises the number of cases.

use coachbook::domain::document::{Document, PrivateNotes};
use coachbook::domain::{RepData, SessionData};
use coachbook::store::Store;
use proptest::prelude::*;

fn valid_export() -> String {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    let mut s = SessionData::new(rep.id, chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    s.notes = "Strong discovery".into();
    store.add_session(s, Vec::new()).unwrap();
    serde_json::to_string(&Document::from_notebook(
        &store.load_notebook().unwrap(),
        PrivateNotes::Include,
    ))
    .unwrap()
}

proptest! {
    #[test]
    fn damaged_documents_never_panic_and_change_nothing(
        cut in 0usize..2000,
        flips in prop::collection::vec((0usize..2000, any::<u8>()), 0..4),
    ) {
        let mut bytes = valid_export().into_bytes();
        for (at, byte) in flips {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = byte;
            }
        }
        bytes.truncate(cut.max(1).min(bytes.len()));
        let text = String::from_utf8_lossy(&bytes).to_string();
        let mut target = Store::open_in_memory().unwrap();
        let parsed: Result<Document, _> = serde_json::from_str(&text);
        if let Ok(document) = parsed {
            if let Ok(notebook) = document.into_notebook() {
                if target.import_notebook(&notebook).is_err() {
                    prop_assert!(target.is_empty().unwrap(), "a refused import leaves nothing behind");
                }
            }
        }
    }
}
