//! Records of a document found by uuid, or by a name only one of them has:
//! how import resolves the references between records.

use std::collections::HashMap;
use uuid::Uuid;

/// Ids by uuid and by lower-cased name.
pub(super) struct Index<Id> {
    by_uuid: HashMap<Uuid, Id>,
    by_name: HashMap<String, Vec<Id>>,
}

impl<Id: Copy> Index<Id> {
    pub(super) fn new<'a>(items: impl Iterator<Item = (Id, Uuid, &'a str)>) -> Self {
        let mut index = Index {
            by_uuid: HashMap::new(),
            by_name: HashMap::new(),
        };
        for (id, uuid, name) in items {
            index.by_uuid.insert(uuid, id);
            index.by_name.entry(name.to_lowercase()).or_default().push(id);
        }
        index
    }

    pub(super) fn resolve(&self, what: &str, name: &str, uuid: Option<Uuid>) -> Result<Id, String> {
        if let Some(uuid) = uuid {
            return self
                .by_uuid
                .get(&uuid)
                .copied()
                .ok_or_else(|| format!("no {what} with uuid {uuid} in the document"));
        }
        match self.by_name.get(&name.to_lowercase()).map(Vec::as_slice) {
            Some([id]) => Ok(*id),
            Some(_) => Err(format!("several {what}s are named {name:?}; give its uuid")),
            None => Err(format!("no {what} named {name:?} in the document")),
        }
    }
}
