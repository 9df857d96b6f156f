//! Meeting the manager's other tools: CRM CSV files in, calendars and
//! documents out. Text in, text out; no files touched here.

pub mod crm;
pub mod ics;
pub mod markdown;
