"""The coordination unit's side of the sync: its own encrypted home, enrolment of laptops, the witness of
their audit trails, and the reading of the share."""
