"""followup: prepares post-interview follow-up emails as drafts the user reviews and sends."""

__version__ = "0.1.0"
