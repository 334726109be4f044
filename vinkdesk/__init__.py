"""vinkdesk: encrypted case notes, level assessment and anonymised counts for prevention counsellors."""

__version__ = "0.1.0"
