//! Word pools for sample notebooks: names, companies and the phrases of a
//! field coach's notes.

pub const FIRST: &[&str] = &[
    "Dana", "Sam", "Priya", "Marcus", "Elena", "Tom", "Aisha", "Jonas", "Mei", "Carlos", "Hannah", "Kofi", "Ingrid",
    "Luca", "Zoë", "Rafael", "Yuki", "Olivia", "Mateo", "Sofia", "Ahmed", "Greta", "Noah", "Amara",
];
pub const LAST: &[&str] = &[
    "Ortiz", "Lee", "Sharma", "Bennett", "Rossi", "Kowalski", "Okafor", "Berg", "Chen", "Núñez", "Fischer", "Mensah",
    "Larsen", "Moretti", "Dubois", "Silva", "Tanaka", "Walsh", "García", "Novak", "Haddad", "Lund",
];
pub const TERRITORIES: &[&str] = &["North", "South", "East", "West", "Central", "Coast", "Metro", "Valley"];
pub const COMPANY_A: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
    "Wonka",
    "Gringotts",
    "Oceanic",
    "Massive",
    "Nakatomi",
    "Pied Piper",
    "Duff",
    "Monarch",
    "Aperture",
    "Black Mesa",
    "Blue Sun",
    "Dunder",
    "Gekko",
    "Kramerica",
    "Prestige",
    "Sterling",
    "Wernham",
];
pub const COMPANY_B: &[&str] = &[
    "Tools",
    "Industries",
    "Logistics",
    "Foods",
    "Medical",
    "Systems",
    "Energy",
    "Plastics",
    "Metals",
    "Labs",
    "Packaging",
    "Motors",
    "Textiles",
    "Chemicals",
    "Paper",
    "Electric",
];
pub const INDUSTRIES: &[&str] = &[
    "Manufacturing",
    "Logistics",
    "Food & beverage",
    "Healthcare",
    "Energy",
    "Automotive",
    "Retail",
    "Construction",
];
pub const ROLES: &[&str] = &[
    "CFO",
    "Head of procurement",
    "Plant manager",
    "Maintenance lead",
    "Buyer",
    "Operations director",
    "CEO",
    "Engineering manager",
    "Quality manager",
];
pub const OBSERVED: &[&str] = &[
    "Opened well and set a clear agenda",
    "Strong discovery: asked about downtime costs before pitching",
    "Talked too much in the first ten minutes",
    "Handled the price objection calmly and traded for volume",
    "Rushed the close; no dated next step",
    "Good rapport with the plant manager",
    "Presentation was generic; did not link to what discovery found",
    "Prepared a one-page account plan before the visit",
    "Let the buyer drive the agenda and lost control of the meeting",
    "Brought the engineer in at the right moment",
    "Did not know the competitor's new pricing",
    "Multi-threaded well: met the CFO and the operations director",
];
pub const STRENGTHS: &[&str] = &[
    "Open questions, let the customer talk",
    "Calm under pressure on price",
    "Clear pre-call plan",
    "Strong product knowledge on the new line",
    "Good follow-up discipline",
    "Builds trust quickly",
];
pub const IMPROVEMENTS: &[&str] = &[
    "Ask for a dated next step before leaving",
    "Summarise the customer's needs before presenting",
    "Prepare for the competitor's pricing",
    "Pause after asking a question",
    "Meet a second contact at the account",
    "Update the CRM the same day",
];
pub const OBJECTIVES: &[&str] = &[
    "Book a pilot",
    "Agree the annual volume",
    "Introduce the successor to the CFO",
    "Present the new maintenance contract",
    "Understand why orders dropped",
    "Get access to the operations director",
];
pub const OUTCOMES: &[&str] = &[
    "Pilot agreed in principle",
    "Customer asked for a revised quote",
    "No decision; follow-up meeting booked",
    "Order confirmed",
    "Lost to the competitor on price",
];
pub const COMMITMENTS: &[&str] = &[
    "Send the ROI case study",
    "Book a joint visit with the engineer",
    "Prepare a one-page account plan",
    "Practise closing questions in role play",
    "Call the CFO to confirm the budget",
    "Update the opportunity in the CRM",
    "Shadow a senior rep on a negotiation",
    "Map the buying committee",
];
pub const MANAGER_COMMITMENTS: &[&str] = &[
    "Get pricing approval from the sales director",
    "Arrange product training",
    "Join the next visit",
];
