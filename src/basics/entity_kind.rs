//! Entity kinds: person, place, organisation or other.

/// What kind of thing an entity names, as far as the text and a few built-in lists tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person (or a personal name): titles, "said", "who", "Dear ..." point here.
    Person,
    /// A place: countries, cities, regions, rivers, streets, buildings...
    Place,
    /// An organisation: companies, ministries, universities, parties, agencies...
    Organization,
    /// Anything else, or not enough evidence: nationalities and languages, events,
    /// works, products.
    #[default]
    Other,
}

impl EntityKind {
    /// Every kind, in the order of their codes.
    pub const ALL: [EntityKind; 4] =
        [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Other];

    /// The kind's name in the JavaScript API: "person", "place", "organization" or "other".
    pub fn code(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
        }
    }

    /// The kind named by `code` (see [`EntityKind::code`]).
    pub fn from_code(code: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.code() == code)
    }
}
